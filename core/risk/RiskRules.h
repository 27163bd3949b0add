// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <optional>
#include <vector>

namespace trygg {

class RiskMatrix;
struct Measure;
struct Risk;

// What the rules of DOMAIN.md make of one risk line under a given matrix.
struct RiskScore {
    int probability = 0;
    int consequence = 0;          // as entered
    int effectiveConsequence = 0; // after rule 1 (many affected)
    int score = 0;                // rule 2: probability x effective consequence ("Produkt")
    int zone = -1;                // index into RiskMatrix::zones

    // Issue 13: a line not scored yet has every value 0 and zone -1.
    bool scored() const { return probability > 0 && consequence > 0; }
};

// Rule 1 (003 section 5.1): many people affected raises the consequence one level, capped at the top.
int effectiveConsequence(const RiskMatrix &matrix, int consequence, bool manyAffected);

// Current risk: the probability and consequence as assessed.
RiskScore scoreOf(const RiskMatrix &matrix, const Risk &risk);
// Residual risk after measures; nullopt when no residual value has been assessed. A missing residual
// probability or consequence is taken from the current one.
std::optional<RiskScore> residualScoreOf(const RiskMatrix &matrix, const Risk &risk);

// The score that stands for the risk now: the residual where it has been assessed, else the current.
RiskScore standingScoreOf(const RiskMatrix &matrix, const Risk &risk);

// Above the acceptance line: the score lies in a zone of its matrix that is not acceptable, so the risk
// needs a measure or management's explicit acceptance (DOMAIN.md rule 7; 002 §25 stk. 5). A score
// outside every zone is not above it (riskProblems reports such a line).
bool aboveAcceptanceLine(const RiskMatrix &matrix, const RiskScore &score);

// A measure that is done or cancelled asks for nothing more: no deadline, no follow-up.
bool measureFinished(const Measure &measure);

// Why this line cannot be scored on this matrix (levels outside the scales, no threat text...);
// empty when it is valid.
std::vector<Message> riskProblems(const RiskMatrix &matrix, const Risk &risk);

} // namespace trygg
