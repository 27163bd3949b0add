// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QModelIndex>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace trygg {
struct RiskAssessment;
}

namespace trygg::ui {

class RegisterDocument;
class RiskFormFilter;
class RiskFormModel;
class RoundComparisonPanel;

// The risk assessment form (003 Vedlegg 2) of one assessment: which assessment at the top with its
// acceptance criteria, the lines as an editable table in the middle, the level definitions of the
// matrix at the side, and a status line with the lines above the acceptance line.
class RiskFormView : public QWidget {
    Q_OBJECT

public:
    RiskFormView(RegisterDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The form's lines; the table shows them through filter() (issue 13: filtered and sorted).
    RiskFormModel *model() const { return m_model; }
    RiskFormFilter *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterText; }
    QComboBox *zoneChoice() const { return m_zoneChoice; }
    QComboBox *assetChoice() const { return m_assetChoice; }
    // The risk of a row of the table (as it is filtered and sorted); 0 for none.
    Id riskIdAtView(int viewRow) const;
    // The table's cell of a line, or an invalid index while the filter hides it.
    QModelIndex viewIndex(Id riskId, int column = 0) const;
    std::optional<Id> assessmentId() const;
    QAction *lineHistoryAction() const { return m_lineHistory; }
    QPushButton *assessmentHistoryButton() const { return m_assessmentHistory; }
    QAction *confirmScoresAction() const { return m_confirmScores; }
    RoundComparisonPanel *comparisonPanel() const { return m_comparison; }
    // New assessment's dialog, for tests: it is made and shown by newAssessment().
    static constexpr const char *StartFromLastRoundName = "startFromLastRound";

signals:
    // History...: the audit trail of one object ("risk" for a line, "assessment").
    void historyRequested(const QString &objectType, trygg::Id id, const QString &name);
    // Print the comparison of two rounds (the panel beside the form).
    void comparisonPrintRequested(const std::vector<trygg::Id> &fromRound, const std::vector<trygg::Id> &toRound);

public slots:
    void showAssessment(trygg::Id assessmentId);
    // Selects a line and scrolls to it, taking away filters that hide it.
    void selectRisk(trygg::Id riskId);
    void clearFilters();
    // Appends a line to the assessment and opens its "What can happen?" cell for typing.
    void addLine();
    void duplicateLines();
    void deleteLines();
    void moveLineUp();
    void moveLineDown();
    void createMeasure();
    void newAssessment();
    void editAssessment();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createFilterBar();
    // The zones of the assessment's criteria and the assets of its lines, as filter choices.
    void refreshFilterChoices();
    void createActions();
    void setUpTable();
    // When creating, `startFrom` (if given) is set to the round to start from when the user ticks "Start from
    // the last round".
    bool runAssessmentDialog(RiskAssessment &assessment, bool creating, std::optional<Id> *startFrom = nullptr);
    void confirmScores();
    void refreshAssessments();
    void onAssessmentChosen();
    void updateCriteria();
    void updateDefinitions();
    void updateStatus();
    void updateActions();
    void fitRows();
    std::vector<Id> selectedRiskIds() const;
    void moveLine(int direction);

    RegisterDocument *m_document;
    RiskFormModel *m_model;
    RiskFormFilter *m_filter;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_zoneChoice = nullptr;
    QComboBox *m_assetChoice = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QComboBox *m_assessments = nullptr;
    QPushButton *m_newAssessment = nullptr;
    QPushButton *m_editAssessment = nullptr;
    QPushButton *m_assessmentHistory = nullptr;
    QLabel *m_criteria = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_definitions = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_narrowChecked = false;
    QAction *m_addLine = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_createMeasure = nullptr;
    QAction *m_lineHistory = nullptr;
    QAction *m_confirmScores = nullptr;
    RoundComparisonPanel *m_comparison = nullptr;
};

} // namespace trygg::ui
