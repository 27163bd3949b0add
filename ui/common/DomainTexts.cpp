// SPDX-License-Identifier: EUPL-1.2
#include "DomainTexts.h"

#include "common/Translations.h"
#include "matrix/RiskMatrix.h"
#include "model/Date.h"
#include "model/ValueWords.h"

#include <QDate>
#include <QLocale>

#include <map>

namespace trygg::ui {

// The words of the values are the core's (model/ValueWords.h): import reads back what is shown here.
QString DomainTexts::assetType(AssetType type)
{
    return messageText(wordOf(type));
}

QString DomainTexts::personalData(PersonalData personalData)
{
    return messageText(wordOf(personalData));
}

QString DomainTexts::knowledge(Knowledge knowledge)
{
    return messageText(wordOf(knowledge));
}

QString DomainTexts::measureStatus(MeasureStatus status)
{
    return messageText(wordOf(status));
}

QString DomainTexts::assessmentStatus(AssessmentStatus status)
{
    return messageText(wordOf(status));
}

QString DomainTexts::aspect(Aspect aspect)
{
    return messageText(wordOf(aspect));
}

QString DomainTexts::aspects(unsigned aspects)
{
    QStringList names;
    for (Aspect a : {AspectPrivacy, AspectConfidentiality, AspectIntegrity, AspectAvailability})
        if (aspects & a)
            names << aspect(a);
    return names.join(QStringLiteral(", "));
}

QString DomainTexts::yesNo(bool value)
{
    return messageText(yesNoWord(value));
}

QString DomainTexts::objectType(const std::string &objectType)
{
    static const std::map<std::string, const char *, std::less<>> words = {
        {"register", QT_TRANSLATE_NOOP("DomainTexts", "Register")},
        {"matrix", QT_TRANSLATE_NOOP("DomainTexts", "Risk matrix")},
        {"unit", QT_TRANSLATE_NOOP("DomainTexts", "Unit")},
        {"person", QT_TRANSLATE_NOOP("DomainTexts", "Person")},
        {"asset", QT_TRANSLATE_NOOP("DomainTexts", "Asset")},
        {"assessment", QT_TRANSLATE_NOOP("DomainTexts", "Assessment")},
        {"risk", QT_TRANSLATE_NOOP("DomainTexts", "Risk")},
        {"measure", QT_TRANSLATE_NOOP("DomainTexts", "Measure")},
        {"document", QT_TRANSLATE_NOOP("DomainTexts", "Policy document")},
        {"review", QT_TRANSLATE_NOOP("DomainTexts", "Review")},
        {"acceptance", QT_TRANSLATE_NOOP("DomainTexts", "Acceptance")},
        {"approval", QT_TRANSLATE_NOOP("DomainTexts", "Approval")},
        {"incident", QT_TRANSLATE_NOOP("DomainTexts", "Incident")},
        {"exception", QT_TRANSLATE_NOOP("DomainTexts", "Exception")},
    };
    const auto it = words.find(objectType);
    return it == words.end() ? toQString(objectType) : tr(it->second);
}

QString DomainTexts::probabilityLevel(const RiskMatrix &matrix, int level)
{
    if (level < 1 || level > matrix.probabilityLevels())
        return QString::number(level);
    return QStringLiteral("%1 %2").arg(level).arg(
        toQString(matrix.probability[static_cast<std::size_t>(level - 1)].label));
}

QString DomainTexts::classificationLevel(const std::vector<Level> &levels, const std::optional<int> &level,
                                         bool definition)
{
    if (!level)
        return {};
    if (*level < 0 || *level >= static_cast<int>(levels.size()))
        return QString::number(*level);
    const Level &named = levels[static_cast<std::size_t>(*level)];
    QString text = QStringLiteral("%1 %2").arg(*level).arg(toQString(named.label));
    if (definition && !named.definition.empty())
        text += QStringLiteral(": ") + toQString(named.definition);
    return text;
}

QString DomainTexts::consequenceLevel(const RiskMatrix &matrix, int level)
{
    if (level < 1 || level > matrix.consequenceLevels())
        return QString::number(level);
    return QStringLiteral("%1 %2").arg(level).arg(
        toQString(matrix.consequence[static_cast<std::size_t>(level - 1)].label));
}

QString DomainTexts::zoneName(const RiskMatrix &matrix, int zone)
{
    if (zone < 0 || zone >= static_cast<int>(matrix.zones.size()))
        return {};
    return toQString(matrix.zones[static_cast<std::size_t>(zone)].name);
}

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toStdString(const QString &text)
{
    return text.toStdString();
}

QString dateFormat()
{
    switch (QLocale().language()) {
    case QLocale::Danish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk: return QStringLiteral("dd.MM.yyyy");
    default: return QStringLiteral("yyyy-MM-dd"); // Swedish and English: ISO 8601, as Swedish writes it
    }
}

QString dateText(const Date &date)
{
    return QLocale().toString(QDate(date.year, date.month, date.day), dateFormat());
}

} // namespace trygg::ui
