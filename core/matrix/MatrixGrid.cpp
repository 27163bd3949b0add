// SPDX-License-Identifier: EUPL-1.2
#include "matrix/MatrixGrid.h"

#include "model/RegisterData.h"
#include "model/Risk.h"
#include "plan/Prioritisation.h"
#include "risk/RiskRules.h"

namespace trygg {

int MatrixGrid::count(int probability, int consequence) const
{
    if (!matrix || probability < 1 || consequence < 1 || probability > matrix->probabilityLevels() ||
        consequence > matrix->consequenceLevels())
        return 0;
    return counts[static_cast<std::size_t>((probability - 1) * matrix->consequenceLevels() + consequence - 1)];
}

std::vector<int> MatrixGrid::countsByZone() const
{
    std::vector<int> result(matrix ? matrix->zones.size() : 0, 0);
    if (!matrix)
        return result;
    for (int p = 1; p <= matrix->probabilityLevels(); ++p)
        for (int c = 1; c <= matrix->consequenceLevels(); ++c)
            if (const int zone = matrix->zoneIndexOf(p, c); zone >= 0)
                result[static_cast<std::size_t>(zone)] += count(p, c);
    return result;
}

std::optional<GridPlace> placeOf(const RegisterData &data, const Risk &risk, bool residual)
{
    const RiskMatrix &current = data.currentMatrix();
    const RiskMatrix &own = data.matrixOf(risk);
    if (own.probabilityLevels() != current.probabilityLevels() ||
        own.consequenceLevels() != current.consequenceLevels())
        return std::nullopt;
    GridPlace place{scoreOf(own, risk), false};
    if (residual)
        if (auto after = residualScoreOf(own, risk)) {
            place.score = *after;
            place.residualAssessed = true;
        }
    const RiskScore &s = place.score;
    if (s.probability < 1 || s.probability > current.probabilityLevels() || s.effectiveConsequence < 1 ||
        s.effectiveConsequence > current.consequenceLevels())
        return std::nullopt;
    return place;
}

MatrixGrid countRisks(const RegisterData &data, const RiskScope &scope, bool residual)
{
    MatrixGrid grid;
    grid.matrix = &data.currentMatrix();
    const int levelsC = grid.matrix->consequenceLevels();
    grid.counts.assign(static_cast<std::size_t>(grid.matrix->probabilityLevels() * levelsC), 0);
    for (const Risk &risk : data.risks) {
        if (!scope.includes(data, risk))
            continue;
        ++grid.total;
        if (!scored(risk)) {
            ++grid.notScored;
            continue;
        }
        const std::optional<GridPlace> place = placeOf(data, risk, residual);
        if (!place) {
            ++grid.notPlaced;
            continue;
        }
        if (residual && !place->residualAssessed)
            ++grid.withoutResidual;
        const RiskScore &s = place->score;
        ++grid.counts[static_cast<std::size_t>((s.probability - 1) * levelsC + s.effectiveConsequence - 1)];
    }
    return grid;
}

} // namespace trygg
