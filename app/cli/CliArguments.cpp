// SPDX-License-Identifier: EUPL-1.2
#include "CliArguments.h"

#include "CliText.h"

#include <charconv>

namespace trygg::cli {

CliArguments::CliArguments(const std::vector<std::string> &args, const std::set<std::string> &valueOptions,
                           const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            m_positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name)) {
            if (inlineValue)
                throw UsageError(trygg::cli::cliMsg("--%1 takes no value", name));
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (!inlineValue && i + 1 >= args.size())
                throw UsageError(trygg::cli::cliMsg("--%1 needs a value", name));
            m_values[name] = inlineValue ? *inlineValue : args[++i];
            m_allValues[name].push_back(m_values[name]);
        } else {
            throw UsageError(trygg::cli::cliMsg("unknown option --%1", name));
        }
    }
}

void CliArguments::expectPositional(std::size_t count, const std::string &usage) const
{
    if (m_positional.size() != count)
        throw UsageError(trygg::cli::cliMsg("usage: %1", usage));
}

std::optional<std::string> CliArguments::value(const std::string &option) const
{
    auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string CliArguments::required(const std::string &option, const std::string &usage) const
{
    auto found = value(option);
    if (!found)
        throw UsageError(trygg::cli::cliMsg("--%1 is required; usage: %2", option, usage));
    return *found;
}

long long CliArguments::number(const std::string &option, long long fallback, long long min, long long max) const
{
    auto text = value(option);
    if (!text)
        return fallback;
    long long result = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (ec != std::errc() || end != text->data() + text->size() || result < min || result > max)
        throw UsageError(
            trygg::cli::cliMsg("--%1 must be a whole number from %2 to %3, not '%4'", option, min, max, *text));
    return result;
}

std::vector<std::string> CliArguments::values(const std::string &option) const
{
    auto found = m_allValues.find(option);
    return found == m_allValues.end() ? std::vector<std::string>() : found->second;
}

} // namespace trygg::cli
