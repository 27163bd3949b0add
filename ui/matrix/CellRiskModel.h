// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"
#include "risk/RiskRules.h"

#include <QAbstractTableModel>

#include <optional>
#include <utility>
#include <vector>

// Not included: moc (Qt 6.4) cannot parse <compare>, which plan/Prioritisation.h brings in first.
namespace trygg {
struct RankedRisk;
struct RiskScope;
} // namespace trygg

namespace trygg::ui {

class RegisterDocument;

// The risks of one matrix cell, most urgent first, with their priority in the chosen scope (the same
// numbers as the risk form and the action plan, from prioritiseRisks). In the residual view the
// levels, score and zone are the residual ones, as the cell counts them.
class CellRiskModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Priority, Threat, Unit, Assessment, Asset, Probability, Consequence, Score, Zone, ColumnCount };
    using Cell = std::pair<int, int>; // (probability, effective consequence)

    explicit CellRiskModel(const RegisterDocument *document, QObject *parent = nullptr);
    ~CellRiskModel() override;

    // Lists the cell among the risks of the scope. The ranking is made once and kept until the next
    // setQuery() or reload(), so changing cell or view is cheap.
    void setQuery(const RiskScope &scope, bool residual, std::optional<Cell> cell);
    void setResidual(bool residual);
    void setCell(std::optional<Cell> cell);
    std::optional<Cell> cell() const { return m_cell; }
    // Lists every risk whose cell lies in this zone of the current matrix instead of one cell.
    void setZone(std::optional<int> zone);
    std::optional<int> zone() const { return m_zone; }
    bool residual() const { return m_residual; }
    // The document changed: rank again and refill. Call it before anything else after a change.
    void reload();

    Id riskIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Id riskId = 0;
        int priority = 0;
        RiskScore score;             // as placed in the cell: residual in the residual view
        bool currentInstead = false; // residual view, but no residual value assessed yet
    };
    void fill();
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;

    const RegisterDocument *m_document;
    std::optional<Id> m_unitId; // the RiskScope of the list
    std::optional<Id> m_assessmentId;
    bool m_residual = false;
    std::optional<Cell> m_cell;
    std::optional<int> m_zone;
    std::vector<RankedRisk> m_ranking; // of the scope, priority order; valid while m_ranked
    bool m_ranked = false;
    std::vector<Row> m_rows;
};

} // namespace trygg::ui
