// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trygg::report {

// Text measured with the advances of the report font (DejaVu Sans, regular or bold; ReportFont.h),
// read from its own hmtx table: the same numbers on every machine, so a PDF from the CLI and one from
// the GUI are laid out alike, and the printer draws the same font at the same places.

// The advance of one character in units of the font size.
double advance(char32_t codePoint, bool bold);

// The next code point of UTF-8 text at `position`, which it moves past it; U+FFFD for a broken byte.
char32_t nextCodePoint(std::string_view text, std::size_t &position);

double textWidth(std::string_view text, double size, bool bold);

// `text` broken into lines no wider than `width`: at its line breaks, then between words, and inside
// a word only when the word alone is wider than the line: between characters, or with `hyphenate`
// after a hyphen it has or at a syllable with a hyphen added (Kunnskaps-styrke, Personopplys-ninger),
// the way column headers are broken.
std::vector<std::string> wrapText(std::string_view text, double width, double size, bool bold,
                                  bool hyphenate = false);

// The longest start of `text` that fits in `width` with "…" appended; `text` itself when it fits.
std::string elide(std::string_view text, double width, double size, bool bold);

} // namespace trygg::report
