// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTableView;

namespace trygg::ui {

class DueModel;
class RegisterDocument;

// The "Due" page: what is overdue and what falls due within 30 or 90 days (reviews, deadlines,
// acceptances, approvals, notifications), with the sign-offs that settle them: record a review,
// accept a residual risk, approve a plan or an assessment (again).
class DueView : public QWidget {
    Q_OBJECT

public:
    explicit DueView(RegisterDocument *document, QWidget *parent = nullptr);

    DueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Issue 13: the table shows the list through this filter, sortable by every column.
    QSortFilterProxyModel *filter() const { return m_filter; }
    QComboBox *kindChoice() const { return m_kind; }
    QComboBox *unitChoice() const { return m_unit; }
    QComboBox *stateChoice() const { return m_state; }
    QLineEdit *searchEdit() const { return m_search; }
    // What the page says when the list is empty ("nothing due" and what that covers).
    QLabel *emptyLabel() const { return m_empty; }
    QComboBox *windowChoice() const { return m_window; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *approvePlanButton() const { return m_approvePlan; }
    QPushButton *rulesButton() const { return m_rules; }
    QPushButton *documentsButton() const { return m_documents; }

    // The sign-offs for the selected line; each opens its dialog, and returns whether it was recorded.
    bool recordReview();
    bool acceptRisk();
    bool approveAgain();
    bool approvePlan();
    bool editRules();
    // The policy documents reviewed on the policy rule (002 §4 stk. 3): add one by name.
    bool addPolicyDocument();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActions();
    void updateSummary();
    int selectedRow() const; // in the model, whatever the sort and filter
    void fillUnits();
    void updateEmptyText();

    RegisterDocument *m_document;
    DueModel *m_model;
    QLabel *m_summary;
    QComboBox *m_window;
    QTableView *m_table;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_kind;
    QComboBox *m_unit;
    QComboBox *m_state;
    QLineEdit *m_search;
    QLabel *m_empty;
    QPushButton *m_review;
    QPushButton *m_accept;
    QPushButton *m_approve;
    QPushButton *m_approvePlan;
    QPushButton *m_rules;
    QPushButton *m_documents;
};

} // namespace trygg::ui
