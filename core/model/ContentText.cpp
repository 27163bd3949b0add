// SPDX-License-Identifier: EUPL-1.2
#include "model/ContentText.h"

#include <charconv>
#include <cstdint>
#include <system_error>

namespace trygg {

void ContentText::addInteger(long long value)
{
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    m_text.append(text, result.ptr);
}

void ContentText::add(double value)
{
    // Fixed with six decimals: what std::to_string wrote under the C locale, so approvals recorded by
    // earlier versions under C stay valid.
    char text[400];
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, 6);
    if (result.ec != std::errc()) { // beyond any real resource figure; still the same on every machine
        const auto general = std::to_chars(text, text + sizeof text, value);
        m_text.append(text, general.ptr);
        return;
    }
    std::string_view written(text, static_cast<std::size_t>(result.ptr - text));
    if (m_mark == DecimalMark::Comma)
        if (auto point = written.find('.'); point != std::string_view::npos) {
            m_text.append(written.substr(0, point));
            m_text += ',';
            m_text.append(written.substr(point + 1));
            return;
        }
    m_text.append(written);
}

void ContentText::add(const std::vector<Id> &ids)
{
    for (Id id : ids) {
        addInteger(id);
        m_text += ',';
    }
}

std::string ContentText::withDecimalPoint(std::string_view legacy)
{
    std::string text(legacy);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of("\x1e\x1f", start);
        if (end == std::string::npos)
            end = text.size();
        // -?digits,dddddd
        const std::string_view field(text.data() + start, end - start);
        const std::size_t comma = field.find(',');
        const std::size_t digitsFrom = !field.empty() && field[0] == '-' ? 1 : 0;
        auto digits = [](std::string_view part) {
            return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
        };
        if (comma != std::string_view::npos && field.size() - comma == 7 &&
            digits(field.substr(digitsFrom, comma - digitsFrom)) && digits(field.substr(comma + 1)))
            text[start + comma] = '.';
        start = end + 1;
    }
    return text;
}

std::string ContentText::digest() const
{
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char ch : m_text) {
        hash ^= ch;
        hash *= 1099511628211ull;
    }
    static const char digits[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        hex[static_cast<std::size_t>(i)] = digits[hash & 0xf];
    return hex;
}

} // namespace trygg
