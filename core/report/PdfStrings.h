// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The strings of a PDF that are not page content, for PdfWriter.cpp; not part of the public API.

#include <string>

namespace trygg::report {

struct PdfInfo;

namespace pdf {

// Four hex digits of a 16-bit value.
std::string hex4(unsigned value);
// The character `c` as UTF-16BE hex digits (a surrogate pair beyond the BMP).
std::string utf16Hex(char32_t c);
// A text string of the document information dictionary: UTF-16BE with a byte-order mark, as hex.
std::string infoString(const std::string &text);
// Text for XML (the XMP metadata).
std::string xmlText(const std::string &text);
// A PDF string literal of ASCII text (the language tag).
std::string literal(const std::string &text);
// The XMP metadata of PDF/A-2u (ISO 19005-2 6.6): Dublin Core title, creator and language, the producer, and
// the PDF/A identification. No dates: the same report gives the same bytes.
std::string xmp(const PdfInfo &info);

} // namespace pdf
} // namespace trygg::report
