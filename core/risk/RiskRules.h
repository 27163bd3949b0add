#pragma once

#include "model/Message.h"

#include <optional>
#include <vector>

namespace trygg {

class RiskMatrix;
struct Risk;

// What the rules of DOMAIN.md make of one risk line under a given matrix.
struct RiskScore {
    int probability = 0;
    int consequence = 0;          // as entered
    int effectiveConsequence = 0; // after rule 1 (many affected)
    int score = 0;                // rule 2: probability x effective consequence ("Produkt")
    int zone = -1;                // index into RiskMatrix::zones
};

// Rule 1 (003 section 5.1): many people affected raises the consequence one level, capped at the top.
int effectiveConsequence(const RiskMatrix &matrix, int consequence, bool manyAffected);

// Current risk: the probability and consequence as assessed.
RiskScore scoreOf(const RiskMatrix &matrix, const Risk &risk);
// Residual risk after measures; nullopt when no residual value has been assessed. A missing residual
// probability or consequence is taken from the current one.
std::optional<RiskScore> residualScoreOf(const RiskMatrix &matrix, const Risk &risk);

// Why this line cannot be scored on this matrix (levels outside the scales, no threat text...);
// empty when it is valid.
std::vector<Message> riskProblems(const RiskMatrix &matrix, const Risk &risk);

} // namespace trygg
