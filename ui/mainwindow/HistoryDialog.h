// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/AuditEntry.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

class HistoryModel;

// File > History: the register's audit trail, filterable by any text, exportable to CSV.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    // `data` names the people, units and records the entries point to.
    HistoryDialog(std::vector<AuditEntry> entries, const RegisterData &data, QWidget *parent = nullptr);
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    void setFilterText(const QString &text);
    // Writes the rows shown (after the filter) as CSV; returns an error message or an empty string.
    QString exportCsv(const QString &path) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void exportClicked();
    // Issue 13: every column in view, the short ones at their content's width, the texts sharing the rest.
    void fitColumns();

    HistoryModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    std::vector<int> m_contentWidths; // per column, as its content asked when the dialog was made
};

} // namespace trygg::ui
