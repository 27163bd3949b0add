// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>

namespace trygg {
struct MatrixGrid;
}

namespace trygg::cli {

// The grid as text: probability rows from the highest level down, consequence columns, each cell
// with its number of risks and the letter of its zone, then the scales and the zones.
std::string matrixText(const MatrixGrid &grid);

} // namespace trygg::cli
