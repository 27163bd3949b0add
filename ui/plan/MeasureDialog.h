// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Qt first: moc 6.4 cannot parse <compare> (via the core headers) when it comes before <QObject>.
#include "common/EditDialog.h"

#include "model/Ids.h"
#include "model/Measure.h"
#include "model/Organisation.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace trygg::ui {

class DateField;
class DeadlineEdit;
class RegisterDocument;

// Creates or edits one measure (tiltak): what is done, by when, by whom (003 Trinn 4), status,
// resources and follow-up (004), and which risks of its assessment it treats. OK stores it through
// the document as one undo step (a responsible typed as a new name is added as a person in the same
// step); if the document refuses, the dialog stays open and says why.
//
// To create a measure from selected risks, pass a Measure with assessmentId and riskIds set.
class MeasureDialog : public EditDialog {
    Q_OBJECT

public:
    // `measure.id` 0 = a new measure; its assessmentId (if any) and riskIds are preselected.
    MeasureDialog(RegisterDocument *document, const Measure &measure, QWidget *parent = nullptr);

    // The stored measure's id once accepted; 0 before.
    Id measureId() const { return m_measure.id; }
    void accept() override;
    // Issue 13: the measure differs from what the dialog opened with (EditDialog asks before Escape or Cancel
    // throws it away).
    bool hasChanges() const override;

private:
    void fillAssessments();
    void fillRisks();
    void updateOkButton();
    void showCompleted();
    Measure edited() const;
    // True when editing and nothing differs from the stored measure: no empty undo step.
    bool unchanged(const Measure &measure) const;
    bool store(const Measure &measure, const std::optional<Person> &newResponsible = {});

    RegisterDocument *m_document;
    Measure m_measure;
    QComboBox *m_assessment;
    QLineEdit *m_what;
    QComboBox *m_responsible;
    DeadlineEdit *m_deadline;
    QComboBox *m_status;
    DateField *m_completed; // shown when done (issue 15)
    QLabel *m_completedLabel;
    QDoubleSpinBox *m_hours;
    QDoubleSpinBox *m_cost;
    QLineEdit *m_followUp;
    QListWidget *m_risks;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    Measure m_initial;
    QString m_initialResponsible;
};

} // namespace trygg::ui
