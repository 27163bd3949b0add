// SPDX-License-Identifier: EUPL-1.2
#include "DeadlineEdit.h"

namespace trygg::ui {

DeadlineEdit::DeadlineEdit(QWidget *parent) : DateField(parent, true)
{
    setEmptyText(tr("No deadline"));
}

} // namespace trygg::ui
