// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"
#include "report/ReportDocument.h"

#include <optional>

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

// The asset register's content (002 §30, 003 Vedlegg 1), in the open LanguageScope's language: the
// assets of `unitId` (all when none) sorted by unit and then name in that language's alphabet, an
// overview table with the unit first, then a block per asset with every Vedlegg 1 field the register
// keeps and a row cannot hold (purpose, information, legal basis, operator, number of persons,
// safeguards, storage ...; issue 14).
void addAssetRegister(report::ReportDocument &document, const RegisterData &data, std::optional<Id> unitId);

} // namespace trygg::ui
