// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace trygg::ui {

// A measure's cost in one fixed form per language (issue 18): whole kroner with the locale's digit
// grouping and the currency after it, as the language writes it ("1 368 068 kr", Danish
// "1.368.068 kr."), never 0, 1 or 2 decimals by the value. The stored value keeps its øre; the
// CSV and XLSX files carry the number as it is.
QString costText(double kroner);

} // namespace trygg::ui
