// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"
#include "report/ReportDocument.h"

#include <QString>

#include <string>

// What the report builders (ReportBuilder, AssetRegisterReport, RoundReports) share to fill a report
// document: its text and the zones' colours, without Qt Gui (trygg-cli prints reports and links no
// QColor, so it does not load Qt Gui and its libraries at every start).
namespace trygg::ui::reporttext {

// A translated text as the report's UTF-8.
inline std::string text(const QString &value)
{
    return value.toStdString();
}

// The zone's colour as the window shows it (zoneColour in DomainTexts.h), light grey for a zone missing or
// whose colour is not #rrggbb.
inline report::Colour zoneColour(const RiskMatrix &matrix, int zone)
{
    constexpr report::Colour LightGrey{160, 160, 164}; // Qt::lightGray
    if (zone < 0 || zone >= static_cast<int>(matrix.zones.size()))
        return LightGrey;
    return report::parseColour(matrix.zones[static_cast<std::size_t>(zone)].colour).value_or(LightGrey);
}

} // namespace trygg::ui::reporttext
