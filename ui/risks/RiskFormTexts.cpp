// SPDX-License-Identifier: EUPL-1.2
// The risk form's words and colours: column titles and their explanations, the tooltips of the cells (level
// definitions, how a product came about, where a carried line came from) and the shades of the cells.
#include "RiskFormModel.h"

#include "common/DomainTexts.h"

#include "cycle/RoundComparison.h"
#include "risk/RiskRules.h"

#include <QApplication>
#include <QStyle>

namespace trygg::ui {
namespace {

QString levelToolTip(const std::vector<Level> &scale, int level)
{
    if (level < 1 || level > static_cast<int>(scale.size()))
        return {};
    const Level &entry = scale[static_cast<std::size_t>(level - 1)];
    return QStringLiteral("<b>%1 %2</b><br>%3")
        .arg(level)
        .arg(toQString(entry.label).toHtmlEscaped(), toQString(entry.definition).toHtmlEscaped());
}

// Issue 13: a level cell keeps a shade of its own, lighter for the low levels and darker for the high
// ones, so "1 Meget liten" never takes the red of a zone; the zone colour is on the product and zone.
QColor levelShade(int level, int levels)
{
    if (level < 1 || levels < 1)
        return {};
    const int lightness = 245 - (level - 1) * 60 / std::max(1, levels - 1);
    return QColor::fromHsl(215, 40, lightness);
}

} // namespace

QVariant RiskFormModel::colourData(const Risk &risk, int column, int role) const
{
    const RiskMatrix &matrix = m_document->data().matrixOf(risk);
    QColor background;
    // Issue 13: the levels keep their own shade; the zone colour is on the product and the zone, as
    // the coloured squares of a printed matrix. A line not scored yet has no zone colour.
    if (column == ProbabilityColumn && risk.probability)
        background = levelShade(*risk.probability, matrix.probabilityLevels());
    else if (column == ConsequenceColumn && risk.consequence)
        background = levelShade(*risk.consequence, matrix.consequenceLevels());
    else if (column == ScoreColumn || column == ZoneColumn) {
        const RiskScore score = scoreOf(matrix, risk);
        if (score.scored())
            background = zoneColour(matrix, score.zone);
    }
    if (!background.isValid())
        return {};
    return role == Qt::BackgroundRole ? background : textColourOn(background);
}

// A line carried over from the last round (issue 15): where it came from, its score there, and whether it
// is still to be reassessed.
QString RiskFormModel::carriedToolTip(const Risk &risk) const
{
    const RegisterData &data = m_document->data();
    const Risk *from = RegisterData::findById(data.risks, risk.carriedFromId);
    if (!from)
        return {};
    const RiskAssessment *round = RegisterData::findById(data.assessments, from->assessmentId);
    const RiskMatrix &matrix = data.matrixOf(*from);
    const RiskScore score = standingScoreOf(matrix, *from);
    const QString zone = score.zone >= 0 && score.zone < static_cast<int>(matrix.zones.size())
                             ? toQString(matrix.zones[static_cast<std::size_t>(score.zone)].name)
                             : QString();
    QString tip = tr("Carried over from %1, where it scored %2 (%3).")
                      .arg(round ? toQString(round->name) : QString(), QString::number(score.score), zone)
                      .toHtmlEscaped();
    if (risk.notReassessed)
        tip += QStringLiteral("<br>") + tr("Not reassessed yet: confirm or change its scores.").toHtmlEscaped();
    return tip;
}

// Up or down when the line scores higher or lower than where it was carried over from, by zone first.
QVariant RiskFormModel::roundMark(const Risk &risk) const
{
    const RegisterData &data = m_document->data();
    const Risk *from = RegisterData::findById(data.risks, risk.carriedFromId);
    if (!from || risk.notReassessed)
        return {};
    const RiskMatrix &fromMatrix = data.matrixOf(*from), &matrix = data.matrixOf(risk);
    const LineChange change =
        compareScores(fromMatrix, standingScoreOf(fromMatrix, *from), matrix, standingScoreOf(matrix, risk));
    if (change == LineChange::Higher)
        return QApplication::style()->standardIcon(QStyle::SP_ArrowUp);
    if (change == LineChange::Lower)
        return QApplication::style()->standardIcon(QStyle::SP_ArrowDown);
    return {};
}

QVariant RiskFormModel::toolTipData(const Risk &risk, int column) const
{
    const RiskMatrix &matrix = m_document->data().matrixOf(risk);
    const RiskScore score = scoreOf(matrix, risk);
    switch (column) {
    case NumberColumn: return carriedToolTip(risk);
    case ThreatColumn: {
        const QString carried = carriedToolTip(risk);
        return toQString(risk.threat).toHtmlEscaped() +
               (carried.isEmpty() ? QString() : QStringLiteral("<br><br>") + carried);
    }
    case ProbabilityColumn:
        return risk.probability ? levelToolTip(matrix.probability, *risk.probability)
                                : tr("Not scored yet. Type a level.");
    case ConsequenceColumn:
    case EffectiveConsequenceColumn: {
        if (!risk.consequence)
            return tr("Not scored yet. Type a level.");
        QString tip = levelToolTip(matrix.consequence, *risk.consequence);
        if (score.effectiveConsequence != score.consequence)
            tip += QStringLiteral("<br><br>") +
                   tr("Many are affected: counted as %1.")
                       .arg(DomainTexts::consequenceLevel(matrix, score.effectiveConsequence).toHtmlEscaped());
        return tip;
    }
    case ScoreColumn:
    case PriorityColumn:
        if (!score.scored())
            return tr("Not scored yet: the line has no product, no zone and no priority until its probability "
                      "and consequence are entered. The Due page lists it.");
        if (column == PriorityColumn)
            return {};
        return tr("Product = P %1 × effective C %2 = %3")
            .arg(score.probability)
            .arg(score.effectiveConsequence)
            .arg(score.score);
    case ZoneColumn:
        if (!score.scored())
            return tr("Not scored yet: the line has no product, no zone and no priority until its probability "
                      "and consequence are entered. The Due page lists it.");
        if (score.zone >= 0 && score.zone < static_cast<int>(matrix.zones.size()))
            return aboveAcceptanceLine(matrix, score)
                       ? tr("Above the acceptance line: needs measures or management acceptance.")
                       : tr("Below the acceptance line: acceptable without measures.");
        return {};
    case ResidualProbabilityColumn:
        return risk.residualProbability ? levelToolTip(matrix.probability, *risk.residualProbability)
                                        : tr("Not assessed yet. Type a level, Backspace clears it.");
    case ResidualConsequenceColumn:
        return risk.residualConsequence ? levelToolTip(matrix.consequence, *risk.residualConsequence)
                                        : tr("Not assessed yet. Type a level, Backspace clears it.");
    case ExistingMeasuresColumn: return toQString(risk.existingMeasures).toHtmlEscaped();
    case MeasuresColumn: {
        const auto it = m_measures.find(risk.id);
        if (it == m_measures.end())
            return tr("No measure treats this line yet.");
        return QStringLiteral("\u2022 ") + it->second.join(QStringLiteral("\n\u2022 "));
    }
    default: return {};
    }
}

QVariant RiskFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    struct Title {
        const char *text;
        const char *toolTip;
    };
    static constexpr Title titles[ColumnCount] = {
        {QT_TR_NOOP("No."), QT_TR_NOOP("Line number in the form.")},
        {QT_TR_NOOP("What can happen?"), QT_TR_NOOP("What can happen? Work and conditions that may cause risk: "
                                                    "unwanted events or states.")},
        {QT_TR_NOOP("P"), QT_TR_NOOP("Probability (S): how likely it is to happen. Type the level's number.")},
        {QT_TR_NOOP("C"), QT_TR_NOOP("Consequence (K) as assessed for one event. Type the level's number.")},
        {QT_TR_NOOP("Many"), QT_TR_NOOP("Many people affected: the consequence counts one level higher, up to the "
                                        "top level.")},
        {QT_TR_NOOP("Eff. C"), QT_TR_NOOP("The consequence the line is scored with: C, raised one level (\u2191) "
                                          "when many are affected.")},
        {QT_TR_NOOP("Product"), QT_TR_NOOP("Product = P × effective C.")},
        {QT_TR_NOOP("Priority"),
         QT_TR_NOOP("Priority within this assessment: highest product first; for equal products the higher "
                    "consequence first, so 1×5 ranks above 5×1.")},
        {QT_TR_NOOP("Zone"), QT_TR_NOOP("The acceptance zone of the product, from the assessment's acceptance "
                                        "criteria.")},
        {QT_TR_NOOP("Asset"), QT_TR_NOOP("The information asset the line is about.")},
        {QT_TR_NOOP("Aspects"),
         QT_TR_NOOP("What the line is assessed for: privacy, confidentiality, integrity, availability.")},
        {QT_TR_NOOP("Knowledge"), QT_TR_NOOP("How well the assessment of this line is founded.")},
        {QT_TR_NOOP("Existing measures"), QT_TR_NOOP("Measures already in place, taken into account in P and C.")},
        {QT_TR_NOOP("Res. P"), QT_TR_NOOP("Residual probability after the planned measures.")},
        {QT_TR_NOOP("Res. C"), QT_TR_NOOP("Residual consequence after the planned measures.")},
        {QT_TR_NOOP("Measures"), QT_TR_NOOP("Measures of the action plan that treat this line.")},
    };
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr(titles[section].text);
    if (role == Qt::ToolTipRole)
        return tr(titles[section].toolTip);
    return {};
}

} // namespace trygg::ui
