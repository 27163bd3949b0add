#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace trygg::cli {

// trygg-cli export plan|form|matrix|assets FILE --format pdf|html ...: the printed reports,
// headless, laid out exactly as the GUI's Export PDF. With --all-units, each unit that fails is told on
// `err` and the others are still written.
int exportReport(const std::vector<std::string> &rest, std::ostream &out, std::ostream &err);

} // namespace trygg::cli
