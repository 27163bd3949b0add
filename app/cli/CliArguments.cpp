#include "CliArguments.h"

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
                throw UsageError("--" + name + " takes no value");
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (!inlineValue && i + 1 >= args.size())
                throw UsageError("--" + name + " needs a value");
            m_values[name] = inlineValue ? *inlineValue : args[++i];
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

void CliArguments::expectPositional(std::size_t count, const std::string &usage) const
{
    if (m_positional.size() != count)
        throw UsageError("usage: " + usage);
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
        throw UsageError("--" + option + " is required; usage: " + usage);
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
        throw UsageError("--" + option + " must be a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + *text + "'");
    return result;
}

} // namespace trygg::cli
