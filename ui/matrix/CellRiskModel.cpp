// SPDX-License-Identifier: EUPL-1.2
#include "CellRiskModel.h"

#include "common/DomainTexts.h"
#include "document/RegisterDocument.h"
#include "matrix/MatrixGrid.h"
#include "plan/Prioritisation.h"

#include <QFont>

namespace trygg::ui {

CellRiskModel::CellRiskModel(const RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

CellRiskModel::~CellRiskModel() = default;

void CellRiskModel::setQuery(const RiskScope &scope, bool residual, std::optional<Cell> cell)
{
    m_unitId = scope.unitId;
    m_assessmentId = scope.assessmentId;
    m_cell = cell;
    if (cell)
        m_zone.reset();
    if (residual != m_residual) {
        m_residual = residual;
        emit headerDataChanged(Qt::Horizontal, Probability, Zone);
    }
    reload();
}

void CellRiskModel::setResidual(bool residual)
{
    if (residual == m_residual)
        return;
    m_residual = residual;
    emit headerDataChanged(Qt::Horizontal, Probability, Zone);
    fill();
}

void CellRiskModel::setCell(std::optional<Cell> cell)
{
    m_cell = cell;
    m_zone.reset();
    fill();
}

void CellRiskModel::setZone(std::optional<int> zone)
{
    m_zone = zone;
    m_cell.reset();
    fill();
}

void CellRiskModel::reload()
{
    // Ranked when a cell is listed: with no cell chosen there is nothing to rank for.
    m_ranking.clear();
    m_ranked = false;
    fill();
}

void CellRiskModel::fill()
{
    beginResetModel();
    m_rows.clear();
    if (m_cell || m_zone) {
        const RegisterData &data = m_document->data();
        const RiskMatrix &current = data.currentMatrix();
        if (!m_ranked) {
            m_ranking = prioritiseRisks(data, RiskScope{m_unitId, m_assessmentId});
            m_ranked = true;
        }
        for (const RankedRisk &ranked : m_ranking) {
            const Risk &risk = data.risks[ranked.index];
            // The same placement as countRisks, so the list matches the cell's number.
            const std::optional<GridPlace> place = placeOf(data, risk, m_residual);
            if (!place)
                continue;
            const int p = place->score.probability;
            const int c = place->score.effectiveConsequence;
            if (m_cell ? std::pair{p, c} != *m_cell : current.zoneIndexOf(p, c) != *m_zone)
                continue;
            m_rows.push_back(Row{risk.id, ranked.priority, place->score, m_residual && !place->residualAssessed});
        }
    }
    endResetModel();
}

Id CellRiskModel::riskIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].riskId;
}

int CellRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CellRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellRiskModel::displayData(const Row &row, int column) const
{
    const RegisterData &data = m_document->data();
    const Risk *risk = RegisterData::findById(data.risks, row.riskId);
    if (!risk)
        return {};
    const RiskMatrix &own = data.matrixOf(*risk);
    switch (column) {
    case Priority: return row.priority;
    case Threat: return toQString(risk->threat);
    case Unit: return toQString(data.unitName(data.unitOf(*risk)));
    case Assessment: {
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, risk->assessmentId);
        return assessment ? toQString(assessment->name) : QString();
    }
    case Asset: {
        const trygg::Asset *asset = RegisterData::findById(data.assets, risk->assetId);
        return asset ? toQString(asset->name) : QString();
    }
    case Probability: return DomainTexts::probabilityLevel(own, row.score.probability);
    case Consequence: {
        const QString effective = DomainTexts::consequenceLevel(own, row.score.effectiveConsequence);
        // DOMAIN.md rule 1: the entered and the raised value are both shown.
        if (row.score.consequence != row.score.effectiveConsequence)
            return tr("%1 (entered %2)").arg(effective).arg(row.score.consequence);
        return effective;
    }
    case Score: return row.score.score;
    case Zone: return DomainTexts::zoneName(own, row.score.zone);
    default: return {};
    }
}

QVariant CellRiskModel::toolTipData(const Row &row, int column) const
{
    const RegisterData &data = m_document->data();
    const Risk *risk = RegisterData::findById(data.risks, row.riskId);
    if (!risk)
        return {};
    const bool scoreColumn = column >= Probability && column <= Zone;
    if (scoreColumn && row.currentInstead)
        return tr("No residual risk assessed yet: the current risk is shown.");
    switch (column) {
    case Threat: return toQString(risk->threat);
    case Consequence:
        if (row.score.consequence != row.score.effectiveConsequence)
            return tr("Entered as %1, raised one level because many people are affected.")
                .arg(DomainTexts::consequenceLevel(data.matrixOf(*risk), row.score.consequence));
        return {};
    default: return {};
    }
}

QVariant CellRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case Qt::ToolTipRole: return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        if (column == Priority || column == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row.currentInstead && column >= Probability) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (column != Zone)
            return {};
        const RegisterData &data = m_document->data();
        const Risk *risk = RegisterData::findById(data.risks, row.riskId);
        if (!risk)
            return {};
        const QColor colour = zoneColour(data.matrixOf(*risk), row.score.zone);
        return role == Qt::BackgroundRole ? colour : textColourOn(colour);
    }
    default: return {};
    }
}

QVariant CellRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Priority: return tr("Place in the prioritised list of the chosen unit and assessment");
        case Consequence: return tr("Raised one level when many people are affected");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return tr("Priority");
    case Threat: return tr("What can happen");
    case Unit: return tr("Unit");
    case Assessment: return tr("Assessment");
    case Asset: return tr("Asset");
    case Probability: return m_residual ? tr("Residual\nprobability") : tr("Probability");
    case Consequence: return m_residual ? tr("Residual\nconsequence") : tr("Consequence");
    case Score: return m_residual ? tr("Residual\nscore") : tr("Score");
    case Zone: return m_residual ? tr("Residual\nzone") : tr("Zone");
    default: return {};
    }
}

} // namespace trygg::ui
