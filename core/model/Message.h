// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace trygg {

// A user-visible message of the core, in a form the front ends can translate: an English pattern with
// %1 ... %9 for the values filled in (and %n for a count, which chooses the plural form), and those
// values. A value is either verbatim (a path, a name, a number) or a Message itself, translated too.
//
// Patterns are written as trMsg("...", values...) or trCount("%n row", "%n rows", n, values...) so that
// lupdate collects them (it runs with -tr-function-alias, scripts/update-translations.sh) in the context
// of the namespace they are in: "trygg" for the core, "trygg::cli" for the command line. A count's
// English plural pattern is its disambiguation in the .ts files, so translators see both forms.
class Message {
public:
    Message() = default;
    // Verbatim text, never translated.
    Message(std::string verbatim) : m_text(std::move(verbatim)) {}
    Message(const char *verbatim) : m_text(verbatim) {}

    // A pattern of `context` (string literals) with its values; `plural` and `count` for a count.
    static Message pattern(const char *context, const char *pattern, const char *plural,
                           std::optional<long long> count, std::vector<Message> values);

    bool isVerbatim() const { return m_context == nullptr; }
    bool empty() const { return isVerbatim() && m_text.empty(); }

    // The message in English, as the core states it (exceptions' what(), tests, logs).
    std::string english() const;

    // The message in the reader's language. `translate` is given context, pattern, English plural
    // pattern (or null) and count (or -1) and answers the translated pattern, or "" when it has none
    // (the English pattern is used then). Values are filled in after translation.
    using Translate = std::function<std::string(const char *context, const char *pattern, const char *plural,
                                                long long count)>;
    std::string render(const Translate &translate) const;

private:
    std::string englishPattern() const;

    const char *m_context = nullptr; // null: m_text is verbatim
    std::string m_text;              // the pattern (a literal's text) or the verbatim text
    const char *m_plural = nullptr;
    std::optional<long long> m_count;
    std::vector<Message> m_values;
};

namespace detail {
inline Message messageValue(Message value) { return value; }
inline Message messageValue(const std::string &value) { return Message(value); }
inline Message messageValue(const char *value) { return Message(value); }
template <typename Number, std::enable_if_t<std::is_arithmetic_v<Number>, int> = 0>
Message messageValue(Number value)
{
    return Message(std::to_string(value));
}
} // namespace detail

// The core's own messages (lupdate context "trygg").
template <typename... Values>
Message trMsg(const char *pattern, const Values &...values)
{
    return Message::pattern("trygg", pattern, nullptr, std::nullopt, {detail::messageValue(values)...});
}

template <typename... Values>
Message trCount(const char *singular, const char *plural, long long count, const Values &...values)
{
    return Message::pattern("trygg", singular, plural, count, {detail::messageValue(values)...});
}

} // namespace trygg
