// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/DomainTexts.h"

#include <QDate>
#include <QLineEdit>

#include <optional>

class QCalendarWidget;

namespace trygg::ui {

// The one date field of the window (issue 13): a line to type in and a calendar beside it. Any usual way of
// writing a date is read ("31.01.2027", "31.1.27", "2027-01-31", "31/1/2027") and shown again in the
// language's one date format (dateFormat()); F4 or Alt+Down opens the calendar on the date shown or on
// today. A field that may be empty shows its empty text ("No deadline") greyed, and typing simply
// replaces it; Tab always moves on.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr, bool mayBeEmpty = false);

    // The date shown; a null QDate when the field is empty or its text is no date.
    QDate date() const;
    void setDate(const QDate &date);
    // Empty, or a date (and one within the range, if set).
    bool hasValidInput() const;
    void setDateRange(const QDate &minimum, const QDate &maximum);
    void setEmptyText(const QString &text) { setPlaceholderText(text); }
    bool mayBeEmpty() const { return m_mayBeEmpty; }
    // Opens the calendar below the field, on the date shown or today.
    void showCalendar();
    QCalendarWidget *calendar() const { return m_calendar; }

    // A typed date in any of the accepted forms; nullopt when the text is no date. A two-digit year is
    // 20xx; a day and month without a year are in the current year.
    static std::optional<QDate> parse(const QString &text);

signals:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onTextChanged();
    void normalise();

    bool m_mayBeEmpty;
    QDate m_minimum;
    QDate m_maximum;
    QDate m_last;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace trygg::ui
