#pragma once

#include <QDateEdit>

namespace trygg::ui {

// A date field for a deadline that can also be empty: it then reads "No deadline". A date is picked
// from the calendar popup (which opens on the current month when empty) or typed; Delete or
// Backspace on the whole field clears it.
class DeadlineEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit DeadlineEdit(QWidget *parent = nullptr);

    // A null QDate when there is no deadline.
    QDate deadline() const;
    void setDeadline(const QDate &deadline);
    void clear() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace trygg::ui
