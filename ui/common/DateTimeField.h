// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QWidget>

class QTimeEdit;

namespace trygg::ui {

class DateField;

// A date and a time of day (an incident's discovery, say): the window's one date field (DateField: typed as
// "31.01.2027", "31.1.27" or ISO, F4 or Alt+Down for the calendar) and an hours:minutes field beside it, Tab
// going from one to the other (issue 13). The values are plain wall-clock times in a QDateTime of time spec
// Qt::UTC (common/Today.h, wallClockQDateTime), never converted by the machine's zone.
class DateTimeField : public QWidget {
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);

    // Invalid while the date typed is no date.
    QDateTime dateTime() const;
    // A time after the latest allowed is taken as the latest.
    void setDateTime(const QDateTime &dateTime);
    void setMaximumDateTime(const QDateTime &latest);
    QDateTime maximumDateTime() const { return m_maximum; }
    // A date, and not after the latest allowed.
    bool hasValidInput() const;
    // The date and time as shown, "31.01.2027 14:05".
    QString text() const;

    DateField *dateField() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }

signals:
    void dateTimeChanged(const QDateTime &dateTime);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged();

    DateField *m_date;
    QTimeEdit *m_time;
    QDateTime m_maximum;
};

} // namespace trygg::ui
