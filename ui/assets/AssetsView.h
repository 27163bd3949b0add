// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPoint;
class QTableView;

namespace trygg::ui {

class AssetFilterModel;
class AssetTableModel;
class RegisterDocument;
enum class RecordKind;

// The asset register (002 §30): a filter bar, the sortable table and the actions New, Edit and
// Delete. Warnings are shown in the table and counted in the status line.
class AssetsView : public QWidget {
    Q_OBJECT

public:
    AssetsView(RegisterDocument *document, QWidget *parent = nullptr);

    AssetTableModel *model() const { return m_model; }
    AssetFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QAction *newAssetAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *historyAction() const { return m_historyAction; }
    std::optional<Id> selectedAssetId() const;
    // Selects the asset's row (clearing filters that hide it) and scrolls to it.
    void selectAsset(Id assetId);
    QString statusText() const;

signals:
    // History...: the audit trail of one object (objectType as the audit trail names it: "asset").
    void historyRequested(const QString &objectType, trygg::Id id, const QString &name);

public slots:
    void newAsset();
    void editSelected();
    void deleteSelected();
    void showOnlyWarnings(bool only);
    void showUnit(std::optional<trygg::Id> unitId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    int warningsWidth() const;
    void fitColumnsToWidth();
    void buildFilterBar(QWidget *bar);
    void fillFilterCombos();
    void applyFilters();
    void updateStatus();
    void updateActions();
    void onRecordsChanged(RecordKind kind);
    void setDefaultColumnWidths();
    // Right-click on the header: choose the columns shown.
    void showColumnMenu(const QPoint &position);

    RegisterDocument *m_document;
    AssetTableModel *m_model;
    AssetFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_unit;
    QComboBox *m_owner;
    QComboBox *m_type;
    QComboBox *m_personalData;
    QCheckBox *m_onlyWarnings;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_historyAction;
    bool m_columnsFitted = false;
};

} // namespace trygg::ui
