#pragma once

#include "matrix/RiskMatrix.h"
#include "model/Review.h"

#include <string>
#include <string_view>
#include <vector>

namespace trygg {

// The national presets a new register starts from (DOMAIN.md; 003 section 5.1 for `no`).
std::vector<std::string> presetNames();
bool isPreset(std::string_view name);
// Throws InputError for an unknown name.
RiskMatrix presetMatrix(std::string_view name);
// The language of a preset's texts: no -> nb, dk -> da, se -> sv, iso -> en.
std::string presetLanguage(std::string_view name);
// The review rules a register starts with (DOMAIN.md, "Cycles and deadlines"): assessments before
// the end of every odd year (002 §26 stk. 2), assets yearly, measures every six months, and the
// policy documents every 2nd year in dk (002 §4 stk. 3), yearly in no (003 section 10) and iso (000),
// and in se by the end of October, when the yearly plan is followed up (004). Zone days are not
// part of it: they depend on the matrix (schema::writeReviewDefaults).
ReviewRules presetReviewRules(std::string_view name);

} // namespace trygg
