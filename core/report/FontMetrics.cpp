#include "FontMetrics.h"

#include "report/ReportFont.h"

namespace trygg::report {

double advance(char32_t codePoint, bool bold)
{
    return glyphWidth(reportGlyph(codePoint, bold), bold) / 1000.0;
}

} // namespace trygg::report
