// SPDX-License-Identifier: EUPL-1.2
#include "model/Message.h"

namespace trygg {
namespace {

// Fills %1 ... %9 with the values and %n with the count in one pass, so that a value containing "%1"
// stays as it is. A "%" followed by anything else is kept.
std::string fill(const std::string &pattern, const std::optional<long long> &count,
                 const std::vector<std::string> &values)
{
    std::string out;
    out.reserve(pattern.size() + 16 * values.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && next >= '1' && next <= '9' &&
            static_cast<std::size_t>(next - '1') < values.size()) {
            out += values[static_cast<std::size_t>(next - '1')];
            ++i;
        } else if (pattern[i] == '%' && next == 'n' && count) {
            out += std::to_string(*count);
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace

Message Message::pattern(const char *context, const char *pattern, const char *plural,
                         std::optional<long long> count, std::vector<Message> values)
{
    Message message;
    message.m_context = context;
    message.m_text = pattern;
    message.m_plural = plural;
    message.m_count = count;
    message.m_values = std::move(values);
    return message;
}

std::string Message::english() const
{
    if (isVerbatim())
        return m_text;
    std::vector<std::string> values;
    values.reserve(m_values.size());
    for (const Message &value : m_values)
        values.push_back(value.english());
    return fill(englishPattern(), m_count, values);
}

std::string Message::englishPattern() const
{
    if (m_plural && m_count && *m_count != 1)
        return m_plural;
    // One source with Qt's "(s)" plural ("%n row(s)"): English without a translator (a trygg-cli built
    // without Qt) still says "1 row" and "2 rows".
    std::string text = m_text;
    if (!m_plural && m_count)
        for (std::size_t at = text.find("(s)"); at != std::string::npos; at = text.find("(s)", at))
            text.replace(at, 3, *m_count == 1 ? "" : "s");
    return text;
}

std::string Message::render(const Translate &translate) const
{
    if (isVerbatim())
        return m_text;
    std::vector<std::string> values;
    values.reserve(m_values.size());
    for (const Message &value : m_values)
        values.push_back(value.render(translate));
    std::string translated = translate(m_context, m_text.c_str(), m_plural, m_count.value_or(-1));
    return fill(translated.empty() ? englishPattern() : translated, m_count, values);
}

} // namespace trygg
