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

// trygg-cli export plan|form|matrix|assets FILE --format pdf|html ...: the printed reports,
// headless, laid out exactly as the GUI's Export PDF. With --all-units, each unit that fails is told on
// `err` and the others are still written.
// trygg-cli compare ... --format html|pdf: the comparison of two rounds as the window prints it; a PDF
// needs `output`, HTML without it goes to `out`.
int exportComparison(const RegisterData &data, const std::vector<Id> &from, const std::vector<Id> &to,
                     std::optional<Id> assetId, const std::string &format, const std::optional<std::string> &output,
                     const std::optional<std::string> &language, const std::string &path, std::ostream &out);

int exportReport(const std::vector<std::string> &rest, std::ostream &out, std::ostream &err);

} // namespace trygg::cli
