#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace trygg::cli {

// Runs one trygg-cli command. Returns the exit code: 0 success, 1 bad input (message on `err`
// naming file, row and field), 2 bad usage.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace trygg::cli
