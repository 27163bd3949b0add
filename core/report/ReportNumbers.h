// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <charconv>
#include <cmath>
#include <string>

namespace trygg::report {

// A coordinate or size with at most two decimals ("12.5", "3", "-0.25"), never in the locale's words (a
// decimal comma would break the PDF's operators and the HTML's SVG under a Nordic locale): the precision
// of a page is 1/7200 inch, more than enough. The PDF and the HTML writers both write their numbers so.
inline void appendDecimal(std::string &out, double value)
{
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, hundredths / 100).ptr);
    if (const long long fraction = hundredths % 100; fraction != 0) {
        out += '.';
        out += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += static_cast<char>('0' + fraction % 10);
    }
}

inline std::string decimalText(double value)
{
    std::string text;
    appendDecimal(text, value);
    return text;
}

} // namespace trygg::report
