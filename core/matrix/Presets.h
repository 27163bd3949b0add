#pragma once

#include "matrix/RiskMatrix.h"

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

} // namespace trygg
