// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "document/RegisterDocument.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace trygg {
struct MatrixGrid;
struct RiskScope;
} // namespace trygg

namespace trygg::ui {

class CellRiskModel;
class MatrixWidget;

// The Matrix page: the heat map of the register's current matrix for all risks, one unit or one
// assessment, current or residual; a legend of the acceptance zones; and the risks of the clicked cell.
class MatrixView : public QWidget {
    Q_OBJECT

public:
    explicit MatrixView(RegisterDocument *document, QWidget *parent = nullptr);

    bool residual() const { return m_residual; }
    std::optional<std::pair<int, int>> selectedCell() const;
    MatrixWidget *matrixWidget() const { return m_matrix; }
    CellRiskModel *cellModel() const { return m_cellModel; }

public slots:
    // Selects the cell and lists its risks (probability and effective consequence, 1-based).
    void showCell(int probability, int consequence);
    void clearCell();
    // Lists the risks of a whole zone (the overview's zone figures lead here).
    void showZone(int zone);
    void setResidual(bool residual);

signals:
    // A listed risk was double-clicked or activated with Enter: the main window opens it in its form.
    void riskActivated(trygg::Id riskId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterRow();
    QWidget *createSidePanel();
    QWidget *createCellList();
    void onCellClicked(int probability, int consequence);
    void onRecordsChanged(RecordKind kind);
    void scheduleRefresh();
    void refreshIfDirty();
    // Units and assessments lists, then everything else.
    void reloadAll();
    // Counts, legend and cell list for the chosen scope and view.
    void refresh();
    void updateCounts();
    void fillUnits();
    void fillAssessments();
    void updateLegend(const MatrixGrid &grid);
    void updateSummary(const MatrixGrid &grid);
    void updateCellHint();
    void fitColumns();
    void fitThreatColumn();
    RiskScope scope() const;

    RegisterDocument *m_document;
    QToolButton *m_currentButton = nullptr;
    QToolButton *m_residualButton = nullptr;
    QComboBox *m_unitCombo = nullptr;
    QComboBox *m_assessmentCombo = nullptr;
    MatrixWidget *m_matrix = nullptr;
    QVBoxLayout *m_legendLayout = nullptr;
    QWidget *m_legend = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_cellHint = nullptr;
    CellRiskModel *m_cellModel = nullptr;
    QSortFilterProxyModel *m_sortModel = nullptr;
    QTableView *m_table = nullptr;
    bool m_residual = false;
    bool m_dirty = false;
    bool m_refreshQueued = false;
};

} // namespace trygg::ui
