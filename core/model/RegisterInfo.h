// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"
#include "model/Date.h"
#include "model/Ids.h"

#include <string>
#include <vector>

namespace trygg {

// The register's own policy's references for the rules Trygg checks (issue 13), cited by warnings and
// printed forms: "Internkontroll pkt. 5.1", "IT-sikkerhedsregulativ §30". Empty: the rule is said in
// words only. No preset sets any: another municipality's document numbers mean nothing to a register.
struct PolicyReferences {
    std::string owner;        // every asset has an owner
    std::string deputy;       // an IT system has a deputy for its system owner
    std::string separation;   // the IT security leader, a system owner and the IT-responsible are three people
    std::string manyAffected; // an event that affects many people counts one consequence level higher

    bool operator==(const PolicyReferences &) const = default;
};

// The register a file holds: a municipality, or a section of one.
struct RegisterInfo {
    std::string name;
    std::string language = "nb"; // da, nb, sv, en: the language of its printed reports
    Date created;
    Id currentMatrixId = 0;              // the criteria new assessments are created with
    std::string reviewRule = "odd-year"; // when an assessment is next due, see DeadlineRule
    // The names of the asset classification levels 0-4 (confidentiality, integrity, availability; KLASSA
    // style in the `se` preset), in the register's words: index = level. Set from the preset at New.
    std::vector<Level> classificationLevels;
    // Stable id of the register, made when it is created: objects combined from it into another
    // register keep it as their origin (002 §27).
    std::string uid;
    PolicyReferences policyReferences;

    bool operator==(const RegisterInfo &) const = default;
};

} // namespace trygg
