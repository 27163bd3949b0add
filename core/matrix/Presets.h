#pragma once

#include "matrix/RiskMatrix.h"

#include <string>
#include <string_view>
#include <vector>

namespace trygg {

// The national presets a new register starts from (DOMAIN.md; 003 section 5.1 for `no`).
std::vector<std::string> presetNames();
bool isPreset(std::string_view name);
// The names for a message: "no, no-dsb, dk, se or iso".
std::string presetChoices();
// Throws InputError for an unknown name.
RiskMatrix presetMatrix(std::string_view name);
// The language of a preset's texts: no and no-dsb -> nb, dk -> da, se -> sv, iso -> en.
std::string presetLanguage(std::string_view name);

// The asset classification levels 0-4 (index = level) a register starts with, in the preset's language:
// KLASSA's Försumbar ... Synnerligen allvarlig for `se`, the same steps in Norwegian, Danish and English.
std::vector<Level> presetClassificationLevels(std::string_view preset);
// The same by language (da, nb, sv, en; anything else gets English).
std::vector<Level> classificationLevelsFor(std::string_view language);

} // namespace trygg
