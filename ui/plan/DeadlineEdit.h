// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/DateField.h"

namespace trygg::ui {

// A deadline: the window's date field (DateField) that may be empty; it then reads "No deadline" and
// typing a date fills it in.
class DeadlineEdit : public DateField {
    Q_OBJECT

public:
    explicit DeadlineEdit(QWidget *parent = nullptr);

    // A null QDate when there is no deadline.
    QDate deadline() const { return date(); }
    void setDeadline(const QDate &deadline) { setDate(deadline); }
};

} // namespace trygg::ui
