// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>

namespace trygg {

// Lower-cases ASCII, the letters of Latin-1 (the Nordic Æ Ø Å Ä Ö, É, Ü ...) and of Latin Extended-A
// (Č, Ł, Ő, Š ...) in UTF-8, for case-insensitive matching of names (units: issue 12), header cells and
// keywords. Other text is copied as it is.
std::string foldCase(std::string_view text);
std::string_view trim(std::string_view text);
bool isValidUtf8(std::string_view text);
// The number of characters (code points) of UTF-8 text: the bytes that do not continue a character.
std::size_t characterCount(std::string_view text);

} // namespace trygg
