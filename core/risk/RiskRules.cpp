// SPDX-License-Identifier: EUPL-1.2
#include "risk/RiskRules.h"

#include "matrix/RiskMatrix.h"
#include "model/Measure.h"
#include "model/Risk.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace trygg {

namespace {

RiskScore makeScore(const RiskMatrix &matrix, std::optional<int> probabilityLevel,
                    std::optional<int> consequenceLevel, bool manyAffected)
{
    RiskScore score;
    // Issue 13: a line not scored yet has no product and lies in no zone.
    if (!probabilityLevel || !consequenceLevel)
        return score;
    const int probability = *probabilityLevel;
    const int consequence = *consequenceLevel;
    score.probability = probability;
    score.consequence = consequence;
    score.effectiveConsequence = effectiveConsequence(matrix, consequence, manyAffected);
    // DOMAIN.md rule 2: "Produkt" = S x K, with K after rule 1.
    score.score = probability * score.effectiveConsequence;
    score.zone = matrix.zoneIndexOf(probability, score.effectiveConsequence);
    return score;
}

// `field` names the value ("residual probability"), `scale` the matrix scale it is read on.
void checkLevel(const Message &field, const Message &scale, int value, int levels, std::vector<Message> &problems)
{
    if (value >= 1 && value <= levels)
        return;
    if (levels < 1)
        problems.push_back(trygg::trMsg("%1 %2 cannot be scored: the matrix has no %3 levels", field, value, scale));
    else
        problems.push_back(trygg::trMsg("%1 %2 is outside 1-%3", field, value, levels));
}

} // namespace

int effectiveConsequence(const RiskMatrix &matrix, int consequence, bool manyAffected)
{
    // 003 section 5.1: "Personvernkonsekvens må rangeres høyere, eksempelvis ett nivå, dersom hendelsen får
    // følger for mange mennesker." One level, never past the top of the scale. A value already off the
    // scale is left alone so that riskProblems() still sees it.
    if (!manyAffected || !matrix.manyAffectedRaises)
        return consequence;
    if (consequence < 1 || consequence >= matrix.consequenceLevels())
        return consequence;
    return consequence + 1;
}

RiskScore scoreOf(const RiskMatrix &matrix, const Risk &risk)
{
    return makeScore(matrix, risk.probability, risk.consequence, risk.manyAffected);
}

RiskScore standingScoreOf(const RiskMatrix &matrix, const Risk &risk)
{
    if (auto residual = residualScoreOf(matrix, risk))
        return *residual;
    return scoreOf(matrix, risk);
}

bool aboveAcceptanceLine(const RiskMatrix &matrix, const RiskScore &score)
{
    return score.zone >= 0 && score.zone < static_cast<int>(matrix.zones.size()) &&
           !matrix.zones[static_cast<std::size_t>(score.zone)].acceptable;
}

bool measureFinished(const Measure &measure)
{
    return measure.status == MeasureStatus::Done || measure.status == MeasureStatus::Cancelled;
}

std::optional<RiskScore> residualScoreOf(const RiskMatrix &matrix, const Risk &risk)
{
    if (!risk.residualProbability && !risk.residualConsequence)
        return std::nullopt;
    // The many who are affected stay many after a measure, so rule 1 applies to the residual too.
    return makeScore(matrix, risk.residualProbability ? risk.residualProbability : risk.probability,
                     risk.residualConsequence ? risk.residualConsequence : risk.consequence, risk.manyAffected);
}

std::vector<Message> riskProblems(const RiskMatrix &matrix, const Risk &risk)
{
    std::vector<Message> problems;
    // 003 Vedlegg 2: every line starts from "Hva kan skje?".
    const bool blank = std::all_of(risk.threat.begin(), risk.threat.end(),
                                   [](char ch) { return std::isspace(static_cast<unsigned char>(ch)) != 0; });
    if (blank)
        problems.push_back(trygg::trMsg("what can happen is empty"));
    const Message probability = trygg::trMsg("probability");
    const Message consequence = trygg::trMsg("consequence");
    // Issue 13: a level not entered yet is a line not scored, not a problem.
    if (risk.probability)
        checkLevel(probability, probability, *risk.probability, matrix.probabilityLevels(), problems);
    if (risk.consequence)
        checkLevel(consequence, consequence, *risk.consequence, matrix.consequenceLevels(), problems);
    if (risk.residualProbability)
        checkLevel(trygg::trMsg("residual probability"), probability, *risk.residualProbability,
                   matrix.probabilityLevels(), problems);
    if (risk.residualConsequence)
        checkLevel(trygg::trMsg("residual consequence"), consequence, *risk.residualConsequence,
                   matrix.consequenceLevels(), problems);
    // DOMAIN.md rule 4: privacy, confidentiality, integrity and availability are the only aspects.
    if ((risk.aspects & ~AllAspects) != 0)
        problems.push_back(trygg::trMsg("aspects %1 include unknown aspects; allowed are privacy, confidentiality, "
                                        "integrity and availability",
                                        risk.aspects));
    return problems;
}

} // namespace trygg
