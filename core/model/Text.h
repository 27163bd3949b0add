#pragma once

#include <string>
#include <string_view>

namespace trygg {

// Lower-cases ASCII and the Latin-1 letters of the Nordic alphabets (Æ Ø Å Ä Ö É ...) in UTF-8,
// for case-insensitive matching of names, header cells and keywords.
std::string foldCase(std::string_view text);
std::string_view trim(std::string_view text);
bool isValidUtf8(std::string_view text);
// The number of characters (code points) of UTF-8 text: the bytes that do not continue a character.
std::size_t characterCount(std::string_view text);

} // namespace trygg
