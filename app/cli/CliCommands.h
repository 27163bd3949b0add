// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace trygg {
struct RegisterData;
}

namespace trygg::cli {

class CliArguments;

// The unit --unit names (case does not matter), none without --unit; InputError listing the units when
// the register has none of that name.
std::optional<Id> unitOption(const RegisterData &data, const CliArguments &args, const std::string &file);

// Runs one trygg-cli command. Returns the exit code: 0 success, 1 bad input (message on `err`
// naming file, row and field), 2 bad usage.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace trygg::cli
