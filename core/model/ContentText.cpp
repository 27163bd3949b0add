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
