// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct AuditEntry;
struct RegisterData;

// CSV exports of the CLI contract (README, "CSV"): UTF-8 with BOM, `;`, CRLF. With a unit, only that
// unit's rows.
std::string exportAssetsCsv(const RegisterData &data, std::optional<Id> unitId = std::nullopt);
// Risks in priority order, with priority, effective consequence, score and zone first.
std::string exportRisksCsv(const RegisterData &data, std::optional<Id> unitId = std::nullopt);
// One row per measure in plan order; `today` decides what is overdue.
std::string exportPlanCsv(const RegisterData &data, Date today, std::optional<Id> unitId = std::nullopt);

// The audit trail: at,user,person,action,object_type,object_id,object_name,field,old_value,new_value,
// chain_hash (the entry's hash in the chain, issue 12).
std::string exportHistoryCsv(const std::vector<AuditEntry> &entries);

} // namespace trygg
