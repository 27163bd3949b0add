// SPDX-License-Identifier: EUPL-1.2
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
// The names for a message: "no, no-dsb, dk, se or iso".
Message presetChoices();
// Throws InputError for an unknown name.
RiskMatrix presetMatrix(std::string_view name);
// The language of a preset's texts: no and no-dsb -> nb, dk -> da, se -> sv, iso -> en.
std::string presetLanguage(std::string_view name);
// The preset of a language's country, for what the program proposes or makes by itself (the demo):
// da -> dk, nb -> no, sv -> se, anything else -> iso.
std::string presetForLanguage(std::string_view language);
// The review rules a register starts with (DOMAIN.md, "Cycles and deadlines"): assessments before
// the end of every odd year (002 §26 stk. 2), assets yearly, measures every six months, and the
// policy documents every 2nd year in dk (002 §4 stk. 3), yearly in no (003 section 10) and iso (000),
// and in se by the end of October, when the yearly plan is followed up (004). Zone days are not
// part of it: they depend on the matrix (schema::writeReviewDefaults).
ReviewRules presetReviewRules(std::string_view name);

// The asset classification levels 0-4 (index = level) a register starts with, in the preset's language:
// KLASSA's Försumbar ... Synnerligen allvarlig for `se`, the same steps in Norwegian, Danish and English.
std::vector<Level> presetClassificationLevels(std::string_view preset);
// The same by language (da, nb, sv, en; anything else gets English).
std::vector<Level> classificationLevelsFor(std::string_view language);

} // namespace trygg
