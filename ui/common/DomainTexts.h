// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"
#include "model/Asset.h"
#include "model/Measure.h"
#include "model/Risk.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace trygg {
struct Date;
} // namespace trygg

namespace trygg::ui {

// User-visible words for the core's values, all through tr() so they can be translated.
class DomainTexts {
    Q_DECLARE_TR_FUNCTIONS(DomainTexts)

public:
    static QString assetType(AssetType type);
    static QString personalData(PersonalData personalData);
    static QString knowledge(Knowledge knowledge);
    static QString measureStatus(MeasureStatus status);
    static QString assessmentStatus(AssessmentStatus status);
    static QString aspect(Aspect aspect);
    static QString aspects(unsigned aspects); // "Privacy, Integrity"
    static QString yesNo(bool value);
    // A kind of record as the file and the audit trail name it ("asset", "review", ...).
    static QString objectType(const std::string &objectType);
    // "3 Moderat": a level of a matrix scale, 1-based.
    static QString probabilityLevel(const RiskMatrix &matrix, int level);
    static QString consequenceLevel(const RiskMatrix &matrix, int level);
    static QString zoneName(const RiskMatrix &matrix, int zone);
    // "3 Allvarlig": an asset classification level 0-4 with the register's name for it (empty for
    // none); with `definition`, its definition after it ("3 Allvarlig: Allvarlig skada ...").
    static QString classificationLevel(const std::vector<Level> &levels, const std::optional<int> &level,
                                       bool definition = false);
};

QString toQString(const std::string &text);
std::string toStdString(const QString &text);
// Issue 13: the language's one date format, everywhere dates are shown (tables, dialogs, date fields,
// reports): dd.MM.yyyy in Danish and Norwegian, yyyy-MM-dd in Swedish and English.
QString dateFormat();
QString dateText(const Date &date); // in dateFormat()
// The colour of a zone, and a text colour readable on it.
QColor zoneColour(const RiskMatrix &matrix, int zone);
QColor textColourOn(const QColor &background);

} // namespace trygg::ui
