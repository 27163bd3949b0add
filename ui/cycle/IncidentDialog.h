// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

#include "model/Incident.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace trygg::ui {

class DateTimeField;
class RegisterDocument;

// Registers or edits an incident (003 Vedlegg 7, 002 §79): when it was discovered, who reported it,
// the kind of breach, what happened and what was seen, severity, status, the assets concerned, the
// corrective measures in the action plan, and whether the data protection authority was told, with
// the 72-hour deadline of a personal data breach shown as it runs. Its times are typed as any date field's
// (issue 13), with the time of day beside.
class IncidentDialog : public EditDialog {
    Q_OBJECT

public:
    IncidentDialog(RegisterDocument *document, const Incident &incident, QWidget *parent = nullptr);

    Incident incident() const;

    // For tests.
    DateTimeField *discoveredEdit() const { return m_discovered; }
    QLineEdit *reportedByEdit() const { return m_reportedBy; }
    QComboBox *typeChoice() const { return m_type; }
    QComboBox *severityChoice() const { return m_severity; }
    QComboBox *statusChoice() const { return m_status; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *notifiedCheck() const { return m_notified; }
    DateTimeField *notifiedEdit() const { return m_notifiedAt; }
    QListWidget *assetList() const { return m_assets; }
    QListWidget *measureList() const { return m_measures; }
    QLabel *deadlineLabel() const { return m_deadline; }

private:
    void updateState();

    RegisterDocument *m_document;
    Incident m_incident;
    DateTimeField *m_discovered;
    QLineEdit *m_reportedBy;
    QComboBox *m_type;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_unit;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_observed;
    QCheckBox *m_notified;
    DateTimeField *m_notifiedAt;
    QLabel *m_deadline;
    QListWidget *m_assets;
    QListWidget *m_measures;
    QLabel *m_error;
};

} // namespace trygg::ui
