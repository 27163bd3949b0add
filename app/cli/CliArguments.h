// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Error.h"

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace trygg::cli {

// Wrong use of the command line: exit code 2.
class UsageError : public Error {
public:
    using Error::Error;
};

// Positional arguments and --options of one command. Options given that the command does not know,
// or options missing their value, are usage errors.
class CliArguments {
public:
    // `valueOptions` take a value (--unit NAME or --unit=NAME); `flags` take none.
    CliArguments(const std::vector<std::string> &args, const std::set<std::string> &valueOptions,
                 const std::set<std::string> &flags);

    const std::vector<std::string> &positional() const { return m_positional; }
    // Throws UsageError unless there are exactly `count` positional arguments.
    void expectPositional(std::size_t count, const std::string &usage) const;
    std::optional<std::string> value(const std::string &option) const;
    // Every value of an option that may be given more than once, in order.
    std::vector<std::string> values(const std::string &option) const;
    std::string required(const std::string &option, const std::string &usage) const;
    bool flag(const std::string &option) const { return m_flags.count(option) > 0; }
    // A whole number from `min` to `max`, or `fallback` if the option is absent.
    long long number(const std::string &option, long long fallback, long long min, long long max) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_allValues;
    std::set<std::string> m_flags;
};

} // namespace trygg::cli
