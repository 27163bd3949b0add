// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <optional>
#include <string>

namespace trygg {

// A municipality's organisation unit: forvaltning, afdeling, seksjon, enhet.
struct OrgUnit {
    Id id = 0;
    std::string name;
    std::optional<Id> parentId;

    bool operator==(const OrgUnit &) const = default;
};

// Someone who owns assets, assesses risks or is responsible for measures.
struct Person {
    Id id = 0;
    std::string name;
    std::string role; // free text: "seksjonsleder", "systemejer", ...
    // 002 §20: the security leader, a system owner and the IT-responsible must not be one person.
    bool securityLeader = false;
    bool itResponsible = false;

    bool operator==(const Person &) const = default;
};

} // namespace trygg
