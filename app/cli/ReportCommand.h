#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace trygg::cli {

// trygg-cli export plan|form|matrix|assets FILE --format pdf|html ...: the printed reports,
// headless, laid out exactly as the GUI's Export PDF.
int exportReport(const std::vector<std::string> &rest, std::ostream &out);

} // namespace trygg::cli
