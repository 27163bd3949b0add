// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

// DOMAIN.md rule 4: each line is assessed for privacy, confidentiality and integrity (003), and
// availability (001 FIT, 004). Stored as a bit set.
enum Aspect : unsigned {
    AspectPrivacy = 1u << 0,
    AspectConfidentiality = 1u << 1,
    AspectIntegrity = 1u << 2,
    AspectAvailability = 1u << 3,
};
inline constexpr unsigned AllAspects = 0xFu;

enum class Knowledge { Low, Medium, High };
inline constexpr int KnowledgeCount = 3;

enum class AssessmentStatus { Draft, Submitted, Approved };
inline constexpr int AssessmentStatusCount = 3;

// A risk assessment of a unit and/or some assets. It is scored against the matrix version
// (the acceptance criteria) it was created with: 003 section 5, criteria before assessment.
struct RiskAssessment {
    Id id = 0;
    std::string name;
    std::optional<Id> unitId;
    std::vector<Id> assetIds; // scope
    std::optional<Id> assessorId;
    Date date;
    AssessmentStatus status = AssessmentStatus::Draft;
    Id matrixId = 0;
    std::optional<Id> approvedById;
    std::optional<Date> approvedOn;
    // Rounds (DOMAIN.md "Cycles and deadlines"): the round this one was started from, and whether it is
    // closed because the next round was started from it. A closed round stays as it was scored.
    std::optional<Id> previousId;
    bool frozen = false;

    bool operator==(const RiskAssessment &) const = default;
};

// One line of the 003 Vedlegg 2 form.
struct Risk {
    Id id = 0;
    Id assessmentId = 0;
    std::optional<Id> assetId;
    int position = 0;   // entry order within the assessment
    std::string threat; // "Hva kan skje?"
    unsigned aspects = 0;
    // Issue 13: a line is "not scored" until both are set (a new line on the form): it has no product
    // and lies in no zone; the Due list asks for its score.
    std::optional<int> probability = 1;
    std::optional<int> consequence = 1; // as entered, before the many-affected rule
    bool manyAffected = false;
    Knowledge knowledge = Knowledge::Medium;
    std::string existingMeasures;
    std::optional<int> residualProbability;
    std::optional<int> residualConsequence;
    // A line copied from the last round: the line it came from, and "carried over, not reassessed" until
    // someone confirms or changes its scores.
    std::optional<Id> carriedFromId;
    bool notReassessed = false;

    bool operator==(const Risk &) const = default;
};

// Both levels entered: the line has a product and a zone.
inline bool scored(const Risk &risk)
{
    return risk.probability.has_value() && risk.consequence.has_value();
}

} // namespace trygg
