#include "DeadlineEdit.h"
#include "common/Today.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace trygg::ui {
namespace {

// The value that stands for "no deadline", shown as the special value text. Far enough back that no
// real deadline is clamped to it.
const QDate NoDeadline(1900, 1, 1);

} // namespace

DeadlineEdit::DeadlineEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(NoDeadline);
    setSpecialValueText(tr("No deadline"));
    // The locale's short format, but with four-digit years: "yy" would read 26 as 1926.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    setDisplayFormat(format);
    setToolTip(tr("Pick the deadline from the calendar or type it; Delete clears it"));
    calendarWidget()->installEventFilter(this);
    setDate(NoDeadline);
}

QDate DeadlineEdit::deadline() const
{
    return date() == NoDeadline ? QDate() : date();
}

void DeadlineEdit::setDeadline(const QDate &deadline)
{
    setDate(deadline.isValid() && deadline > NoDeadline ? deadline : NoDeadline);
}

void DeadlineEdit::clear()
{
    setDate(NoDeadline);
}

void DeadlineEdit::keyPressEvent(QKeyEvent *event)
{
    const bool wholeField = lineEdit()->selectedText() == lineEdit()->text() || date() == NoDeadline;
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && wholeField) {
        clear();
        selectAll();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool DeadlineEdit::eventFilter(QObject *watched, QEvent *event)
{
    // An empty field would open the calendar on January 1900.
    if (watched == calendarWidget() && event->type() == QEvent::Show && date() == NoDeadline) {
        const QDate today = todayQDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace trygg::ui
