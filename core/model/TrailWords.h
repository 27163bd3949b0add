// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/AuditEntry.h"
#include "model/Message.h"

#include <string_view>

namespace trygg {

// The audit trail keeps the file's own words: column names ("current_matrix_id"), tokens ("in
// progress", "1") and what a record was created with ("Kari until 2027-01-01"). These are their
// words for a reader, shared by the window's history (ui/mainwindow/HistoryModel) and `trygg-cli
// history` (issue 18), translated in the window's context "trygg::ui::HistoryModel".

// "Matrix in use" for "current_matrix_id"; a column without a word is given as it is.
Message fieldWord(std::string_view field);

// A value of an entry in words where the trail holds a token: yes/no, the values of asset types,
// personal data, knowledge and the statuses of measures and assessments, and the acceptance of a
// residual risk ("Kari until 2027-01-01") and an import's counts ("12 rows: 10 new, 2 updated"). Dates,
// ids and free text are given as they are.
Message trailValueWord(const AuditEntry &entry, const std::string &value);

} // namespace trygg
