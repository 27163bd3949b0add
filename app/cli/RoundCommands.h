// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace trygg::cli {

// Rounds (issue 15): `round FILE --unit NAME [--from ASSESSMENT] --name NAME --date YYYY-MM-DD` starts the
// next round from the last, as the window's "start from the last round" does (one core operation);
// `compare FILE --from NAME --to NAME [--unit NAME] [--asset NAME] [--format text|csv|html|pdf]` and
// `trend FILE [--unit NAME] [--format text|csv]` print what changed.
int roundCommand(const std::vector<std::string> &rest, std::ostream &out);
int compareCommand(const std::vector<std::string> &rest, std::ostream &out);
int trendCommand(const std::vector<std::string> &rest, std::ostream &out);

} // namespace trygg::cli
