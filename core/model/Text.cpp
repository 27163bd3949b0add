// SPDX-License-Identifier: EUPL-1.2
#include "model/Text.h"

#include <cstdint>

namespace trygg {
namespace {

// Unicode's simple case folding of U+0100..U+017F: capitals and small letters alternate, the capital on
// the even code point up to U+0137 and from U+014A, on the odd one in U+0139..U+0148 and U+0179..U+017E.
// İ (U+0130), ı, ĸ and ŉ have no simple folding; Ÿ folds to ÿ (U+00FF), the long s to s.
char32_t foldExtendedA(char32_t c)
{
    if ((c <= 0x12F || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) && c % 2 == 0)
        return c + 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1)
        return c + 1;
    if (c == 0x178)
        return 0xFF;
    if (c == 0x17F)
        return 's';
    return c;
}

} // namespace

std::string foldCase(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out.push_back(static_cast<char>(c + ('a' - 'A')));
            continue;
        }
        // U+00C0..U+00DE are C3 80..C3 9E; their lower-case forms are exactly 0x20 higher.
        // U+00D7 is the multiplication sign, which has no case.
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) {
                out.push_back(static_cast<char>(c));
                out.push_back(static_cast<char>(next + 0x20));
                ++i;
                continue;
            }
        }
        // Latin Extended-A, U+0100..U+017F (C4 80..C5 BF): Č/č, Ł/ł, Ő/ő, Š/š, Ž/ž ... as Unicode folds them.
        if ((c == 0xC4 || c == 0xC5) && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if ((next & 0xC0) == 0x80) {
                const char32_t folded = foldExtendedA(static_cast<char32_t>(((c & 0x1Fu) << 6) | (next & 0x3Fu)));
                if (folded < 0x80) {
                    out.push_back(static_cast<char>(folded));
                } else {
                    out.push_back(static_cast<char>(0xC0 | (folded >> 6)));
                    out.push_back(static_cast<char>(0x80 | (folded & 0x3F)));
                }
                ++i;
                continue;
            }
        }
        out.push_back(static_cast<char>(c));
    }
    return out;
}

std::string_view trim(std::string_view text)
{
    constexpr std::string_view whitespace = " \t\r\n";
    const auto first = text.find_first_not_of(whitespace);
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(whitespace);
    return text.substr(first, last - first + 1);
}

std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (char ch : text)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80)
            ++count;
    return count;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t codePoint = 0;
        std::uint32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (text.size() - i < length) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(text[i + k]);
            if ((byte & 0xC0) != 0x80) {
                return false;
            }
            codePoint = (codePoint << 6) | (byte & 0x3F);
        }
        // Overlong forms would let the same text have several encodings; surrogates are UTF-16 only.
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace trygg
