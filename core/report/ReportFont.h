// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::report {

// DejaVu Sans and DejaVu Sans Bold, the one font of every printed report (issue 14): compiled into the
// program from resources/fonts (Debian's fonts-dejavu-core, Bitstream Vera licence), so a report looks
// and measures the same on every machine whatever fonts it has. It covers the Nordic, Sámi (Č Đ Ŋ Š Ŧ Ž)
// and Latin Extended letters. The PDF writer embeds subsets of it; the printer draws it through Qt.
std::string_view reportFontBytes(bool bold);
// The sRGB profile (resources/color/sRGB.icc, ICC version 2) of the PDF/A output intent.
std::string_view srgbProfileBytes();

// The font's glyph for `codePoint`: a space for a tab or control character, and the glyph of U+FFFD
// for a character the font lacks, so no text ever shows the .notdef glyph (PDF/A-2 6.2.11.8).
unsigned reportGlyph(char32_t codePoint, bool bold);
// The advance of a glyph in thousandths of the font size, as the PDF's /W array gives it: the layout
// measures with these same numbers.
int glyphWidth(unsigned glyph, bool bold);

struct FontFacts {
    std::string postscriptName;  // DejaVuSans, DejaVuSans-Bold
    std::array<int, 4> box{};    // the font's bounding box, in thousandths of the size
    int ascent = 0;
    int descent = 0;
    int capHeight = 0;
};
const FontFacts &reportFontFacts(bool bold);

// The font program reduced to `glyphs` (and .notdef) with HarfBuzz's hb-subset, glyph numbers kept, so
// a glyph number is its CID in the PDF (CIDToGIDMap /Identity). Throws Error if HarfBuzz fails.
std::string subsetReportFont(bool bold, const std::vector<unsigned> &glyphs);

} // namespace trygg::report
