// SPDX-License-Identifier: EUPL-1.2
#include "DateField.h"

#include "Today.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

namespace trygg::ui {

DateField::DateField(QWidget *parent, bool mayBeEmpty) : QLineEdit(parent), m_mayBeEmpty(mayBeEmpty)
{
    setClearButtonEnabled(false);
    auto *open = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    open->setToolTip(tr("Calendar (F4)"));
    connect(open, &QAction::triggered, this, &DateField::showCalendar);
    setToolTip(mayBeEmpty ? tr("Type a date (e.g. %1) or pick it with F4; empty for none")
                                .arg(QLocale().toString(QDate(2027, 1, 31), dateFormat()))
                          : tr("Type a date (e.g. %1) or pick it with F4")
                                .arg(QLocale().toString(QDate(2027, 1, 31), dateFormat())));
    const QFontMetrics metrics(font());
    setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("00.00.00000")) + 48);
    connect(this, &QLineEdit::textChanged, this, &DateField::onTextChanged);
    connect(this, &QLineEdit::editingFinished, this, &DateField::normalise);
}

std::optional<QDate> DateField::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression separators(QStringLiteral("[.\\-/ ]+"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.size() == 1 && (text.size() == 8 || text.size() == 6) &&
        text.contains(QRegularExpression(QStringLiteral("^\\d+$")))) {
        // 20270131 or 310127 / 31012027
        if (text.size() == 8 && text.startsWith(QLatin1String("20")))
            parts = {text.left(4), text.mid(4, 2), text.mid(6, 2)};
        else
            parts = {text.left(2), text.mid(2, 2), text.mid(4)};
    }
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    std::vector<int> numbers;
    for (const QString &part : parts) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok || number < 0)
            return std::nullopt;
        numbers.push_back(number);
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (parts.size() == 3 && parts[0].size() == 4) { // ISO: 2027-01-31
        year = numbers[0];
        month = numbers[1];
        day = numbers[2];
    } else {
        day = numbers[0];
        month = numbers[1];
        if (parts.size() == 3) {
            year = numbers[2];
            if (parts[2].size() <= 2)
                year += 2000;
            else if (parts[2].size() != 4)
                return std::nullopt;
        } else {
            year = todayQDate().year();
        }
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QDate DateField::date() const
{
    const std::optional<QDate> parsed = parse(text());
    return parsed ? *parsed : QDate();
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? QLocale().toString(date, dateFormat()) : QString());
}

bool DateField::hasValidInput() const
{
    if (text().trimmed().isEmpty())
        return m_mayBeEmpty;
    const QDate shown = date();
    return shown.isValid() && (!m_minimum.isValid() || shown >= m_minimum) &&
           (!m_maximum.isValid() || shown <= m_maximum);
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    onTextChanged();
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &picked) {
            setDate(picked);
            m_calendar->hide();
            setFocus();
            emit editingFinished();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &picked) {
            setDate(picked);
            m_calendar->hide();
            setFocus();
            emit editingFinished();
        });
    }
    if (m_minimum.isValid() || m_maximum.isValid())
        m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                                 m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
    const QDate shown = date().isValid() ? date() : todayQDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier))) {
        showCalendar();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    normalise();
    QLineEdit::focusOutEvent(event);
}

void DateField::onTextChanged()
{
    // A text that is no date is marked, never silently replaced.
    const bool valid = hasValidInput();
    setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { color: #b00020; }"));
    const QDate now = date();
    if (now != m_last) {
        m_last = now;
        emit dateChanged(now);
    }
}

void DateField::normalise()
{
    if (const std::optional<QDate> parsed = parse(text())) {
        const QString shown = QLocale().toString(*parsed, dateFormat());
        if (shown != text())
            setText(shown);
    }
}

} // namespace trygg::ui
