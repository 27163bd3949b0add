// SPDX-License-Identifier: EUPL-1.2
#include "DateTimeField.h"

#include "DateField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QTimeEdit>

namespace trygg::ui {

DateTimeField::DateTimeField(QWidget *parent) : QWidget(parent), m_date(new DateField(this)), m_time(new QTimeEdit(this))
{
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTimeSpec(Qt::UTC);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_time);
    setFocusProxy(m_date);
    setTabOrder(m_date, m_time);
    connect(m_date, &DateField::dateChanged, this, &DateTimeField::onChanged);
    connect(m_time, &QTimeEdit::timeChanged, this, &DateTimeField::onChanged);
}

QDateTime DateTimeField::dateTime() const
{
    const QDate date = m_date->date();
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(m_time->time().hour(), m_time->time().minute()), Qt::UTC);
}

void DateTimeField::setDateTime(const QDateTime &dateTime)
{
    const QDateTime shown = m_maximum.isValid() && dateTime > m_maximum ? m_maximum : dateTime;
    {
        const QSignalBlocker dateBlocker(m_date);
        const QSignalBlocker timeBlocker(m_time);
        m_date->setDate(shown.date());
        m_time->setTime(shown.time());
    }
    onChanged();
}

void DateTimeField::setMaximumDateTime(const QDateTime &latest)
{
    m_maximum = latest;
    m_date->setDateRange(QDate(), latest.date());
    onChanged();
}

bool DateTimeField::hasValidInput() const
{
    const QDateTime shown = dateTime();
    return shown.isValid() && m_date->hasValidInput() && (!m_maximum.isValid() || shown <= m_maximum);
}

QString DateTimeField::text() const
{
    return m_date->text() + QLatin1Char(' ') + m_time->text();
}

void DateTimeField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTipChange) {
        m_date->setToolTip(toolTip() + QLatin1Char('\n') + m_date->toolTip().section(QLatin1Char('\n'), -1));
        m_time->setToolTip(toolTip());
    }
    QWidget::changeEvent(event);
}

void DateTimeField::onChanged()
{
    emit dateTimeChanged(dateTime());
}

} // namespace trygg::ui
