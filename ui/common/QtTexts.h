// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <utility>
#include <vector>

namespace trygg::ui {

// The texts of Qt's own that a user of Trygg meets: the standard buttons of dialogs and message
// boxes (OK, Cancel, Yes, No, ...), the context menus of text fields and spin boxes, a message box's
// details button, the print preview, the print and page-setup dialogs, the file dialog and the colour dialog. Trygg's translations carry them in Qt's
// contexts, so they speak the program's language even where the system has no Qt translations, and switch with it.
// Pairs of (context, text).
const std::vector<std::pair<const char *, const char *>> &qtTexts();

} // namespace trygg::ui
