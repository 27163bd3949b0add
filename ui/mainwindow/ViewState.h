// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QWidget;

namespace trygg::ui::viewstate {

// Issue 13: column widths, order and sort of every table and the sizes of every splitter under `root`, kept in
// the settings under `prefix` (one entry per table and splitter, in the order the page creates them) so that
// the next start shows them as the user left them.
void save(const QWidget *root, const QString &prefix);
// Puts back what save() kept; a table that sorts is sorted again by the column and order kept.
void restore(QWidget *root, const QString &prefix);

} // namespace trygg::ui::viewstate
