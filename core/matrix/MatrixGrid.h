// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"
#include "risk/RiskRules.h"

#include <optional>
#include <vector>

namespace trygg {

class RiskMatrix;
struct RegisterData;
struct Risk;
struct RiskScope;

// How many risks fall in each cell of the register's current matrix: the heat map of the GUI, the
// `matrix` command and the printed matrix.
struct MatrixGrid {
    const RiskMatrix *matrix = nullptr;
    std::vector<int> counts; // probability-major: (p - 1) * consequenceLevels + (c - 1)
    int total = 0;
    int notPlaced = 0;       // scored on a matrix version with other scales
    int notScored = 0;       // issue 13: lines without probability and consequence yet, in no cell
    int withoutResidual = 0; // residual view: placed by their current values

    int count(int probability, int consequence) const;
    // The placed risks per zone of the matrix (index as in RiskMatrix::zones).
    std::vector<int> countsByZone() const;
};

// Where a risk sits in the register's current matrix: its score (probability and effective
// consequence, rule 1), in the residual view from its residual values where they have been
// assessed. nullopt for a risk scored on scales of another size, which has no cell here.
struct GridPlace {
    RiskScore score;
    bool residualAssessed = false;
};
std::optional<GridPlace> placeOf(const RegisterData &data, const Risk &risk, bool residual);

// Risks are placed by placeOf().
MatrixGrid countRisks(const RegisterData &data, const RiskScope &scope, bool residual);

} // namespace trygg
