// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <optional>
#include <string>

namespace trygg {

// One row of a register's audit trail (sporbarhed: 001 goal 8, 002 §76 stk. 3). An edit has one
// entry per changed field; create, delete, import and approve have one entry each.
struct AuditEntry {
    Id id = 0;
    std::string at;         // UTC, ISO 8601: "2026-11-23T10:00:00Z"
    std::string osUser;     // who was logged in to the computer
    std::string person;     // the person's name, if the program was told it (may be empty)
    std::string action;     // create, edit, delete, import, approve
    std::string objectType; // register, matrix, unit, person, asset, assessment, risk, measure
    std::optional<Id> objectId;
    std::string objectName; // its name, threat or what, as it was then; an import names the file
    std::string field;      // the column an edit changed; empty otherwise
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
    std::string chainHash; // SHA-256 over the entry and the one before (issue 12; storage/AuditChain.h)
};

} // namespace trygg
