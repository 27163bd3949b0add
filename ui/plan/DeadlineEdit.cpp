#include "DeadlineEdit.h"

namespace trygg::ui {

DeadlineEdit::DeadlineEdit(QWidget *parent) : DateField(parent, true)
{
    setEmptyText(tr("No deadline"));
}

} // namespace trygg::ui
