// SPDX-License-Identifier: EUPL-1.2
#include "ReportDocument.h"

#include <cstdio>

namespace trygg::report {

std::optional<Colour> parseColour(const std::string &text)
{
    if (text.size() != 7 || text[0] != '#')
        return std::nullopt;
    unsigned value = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + static_cast<unsigned>(digit);
    }
    return Colour{static_cast<unsigned char>(value >> 16), static_cast<unsigned char>(value >> 8),
                  static_cast<unsigned char>(value)};
}

std::string colourName(Colour colour)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", colour.red, colour.green, colour.blue);
    return buffer;
}

} // namespace trygg::report
