#include "matrix/MatrixGrid.h"

#include "model/RegisterData.h"
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

MatrixGrid countRisks(const RegisterData &data, const RiskScope &scope, bool residual)
{
    MatrixGrid grid;
    grid.matrix = &data.currentMatrix();
    const int levelsP = grid.matrix->probabilityLevels();
    const int levelsC = grid.matrix->consequenceLevels();
    grid.counts.assign(static_cast<std::size_t>(levelsP * levelsC), 0);
    for (const Risk &risk : data.risks) {
        if (!scope.includes(data, risk))
            continue;
        ++grid.total;
        const RiskMatrix &own = data.matrixOf(risk);
        if (own.probabilityLevels() != levelsP || own.consequenceLevels() != levelsC) {
            ++grid.notPlaced;
            continue;
        }
        RiskScore score = scoreOf(own, risk);
        if (residual) {
            if (auto after = residualScoreOf(own, risk))
                score = *after;
            else
                ++grid.withoutResidual;
        }
        if (score.probability < 1 || score.probability > levelsP || score.effectiveConsequence < 1 ||
            score.effectiveConsequence > levelsC) {
            ++grid.notPlaced;
            continue;
        }
        ++grid.counts[static_cast<std::size_t>((score.probability - 1) * levelsC + score.effectiveConsequence - 1)];
    }
    return grid;
}

} // namespace trygg
