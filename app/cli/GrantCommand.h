// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace trygg::cli {

// `grant URI ROLE --duty DUTY [--unit NAME]... [--person NAME]`, `grant URI ROLE --revoke [--unit NAME]...` and
// `grant URI --list` (issue 16): who may do what on a register on a server, enforced by the server
// (storage/ServerAccess.h).
int grantCommand(const std::vector<std::string> &rest, std::ostream &out);

} // namespace trygg::cli
