#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>

namespace trygg {

struct RegisterData;

// CSV exports of the CLI contract (README, "CSV"): UTF-8 with BOM, `;`, CRLF. With a unit, only that
// unit's rows.
std::string exportAssetsCsv(const RegisterData &data, std::optional<Id> unitId = std::nullopt);
// Risks in priority order, with priority, effective consequence, score and zone first.
std::string exportRisksCsv(const RegisterData &data, std::optional<Id> unitId = std::nullopt);
// One row per measure in plan order; `today` decides what is overdue.
std::string exportPlanCsv(const RegisterData &data, Date today, std::optional<Id> unitId = std::nullopt);

} // namespace trygg
