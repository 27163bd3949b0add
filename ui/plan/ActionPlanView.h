// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace trygg::ui {

class ActionPlanModel;
class PlanFilterModel;
class RegisterDocument;
enum class RecordKind;

// The handlingsplan as a page of the main window (003 Trinn 4, 002 §25 stk. 6, 004): measures in
// priority order with what, who, by when, status, resources and the risks they treat; overdue rows
// marked; filters by unit, responsible, status and deadline; cells edited in place, measures
// created, edited and deleted with a dialog; a summary line of what is shown.
class ActionPlanView : public QWidget {
    Q_OBJECT

public:
    ActionPlanView(RegisterDocument *document, QWidget *parent = nullptr);

    ActionPlanModel *model() const { return m_model; }
    PlanFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The measures of the selected rows.
    std::vector<Id> selectedMeasures() const;
    void selectMeasure(Id measureId);
    QString summaryText() const;
    QPushButton *historyButton() const { return m_history; }

signals:
    // History...: the audit trail of one measure.
    void historyRequested(const QString &objectType, trygg::Id id, const QString &name);

public slots:
    // For the overview: each clears the other filters first, so the list matches what was counted.
    void showOverdue();
    void showDueSoon();
    void showAll();
    void showUnit(std::optional<trygg::Id> unitId);
    void newMeasure();
    void editMeasure();
    void deleteMeasures();
    void showHistory();

protected:
    // The plan follows edits while its page is shown; hidden, it catches up when shown again.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillUnits();
    void fillPeople();
    void applyFilters();
    void resetFilterControls();
    void updateActions();
    void updateSummary();
    void documentChanged(RecordKind kind);
    void setColumnWidths();
    void showColumnMenu(const QPoint &position);

    RegisterDocument *m_document;
    ActionPlanModel *m_model;
    PlanFilterModel *m_filter;
    QComboBox *m_unit;
    QComboBox *m_responsible;
    QComboBox *m_status;
    QComboBox *m_due;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_history;
    QLabel *m_summary;
    QTimer m_summaryTimer; // coalesces the model's signals into one recount
};

} // namespace trygg::ui
