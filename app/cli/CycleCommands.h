// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace trygg::cli {

// The yearly cycle from the command line, recording what the window's Due page records (002 §25 stk. 5-6):
// `approve FILE plan|assessment ...`, `accept FILE --risk ID ...`, `review FILE KIND NAME ...`. Each
// writes one transaction with its audit entry through RegisterFile, which validates it as for the window.
int approveCommand(const std::vector<std::string> &rest, std::ostream &out);
int acceptCommand(const std::vector<std::string> &rest, std::ostream &out);
int reviewCommand(const std::vector<std::string> &rest, std::ostream &out);

} // namespace trygg::cli
