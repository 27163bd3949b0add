// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "document/RegisterDocument.h"

#include "common/EditDialog.h"
#include <QString>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace trygg::ui {

// Edits every field of one asset of the register (002 §30, 003 Vedlegg 1, 004), or a new one.
// Warnings (no owner, no deputy, roles 002 §20 keeps apart) update as the user types. A name typed
// into the owner or deputy field that is not in the register becomes a new person on OK; "New
// unit..." in the unit list adds a unit at once. When the document refuses the change, its message
// is shown and the dialog stays open.
class AssetEditorDialog : public EditDialog {
    Q_OBJECT

public:
    // assetId empty: a new asset. Returns true when the asset was stored.
    static bool editAsset(RegisterDocument *document, std::optional<Id> assetId, QWidget *parent);

    AssetEditorDialog(RegisterDocument *document, std::optional<Id> assetId, QWidget *parent = nullptr);

    // The asset as the form shows it. Owner or deputy names not yet in the register give negative
    // ids (the same one for the same name), which assetWarnings() treats as people.
    Asset formAsset() const;
    std::vector<QString> warnings() const;
    // The asset's id once stored (for a new asset: after a successful OK).
    std::optional<Id> assetId() const { return m_assetId; }

public slots:
    void accept() override;

private:
    struct PersonChoice {
        std::optional<Id> id;
        QString newName; // typed, not in the register
    };

    QWidget *buildAssetTab();
    QWidget *buildPersonalDataTab();
    QWidget *buildClassificationTab();
    QWidget *buildProtectionTab();
    QWidget *buildNotesTab();
    void fillUnits(std::optional<Id> selected);
    void fillPeople(QComboBox *combo, std::optional<Id> selected);
    void fillClassifications();
    void load(const Asset &asset);
    PersonChoice personChoice(const QComboBox *combo) const;
    std::optional<Id> storePerson(const QString &name);
    void unitChosen(int index);
    void updateState();
    void showError(const QString &message);

    RegisterDocument *m_document;
    std::optional<Id> m_assetId;
    Asset m_original;
    int m_unitIndex = 0; // the unit chosen before "New unit..."

    QLabel *m_warningIcon;
    QLabel *m_warnings;
    QWidget *m_warningPanel;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_unit;
    QComboBox *m_owner;
    QComboBox *m_deputy;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_information;
    QLineEdit *m_operator;
    QComboBox *m_personalData;
    QLineEdit *m_persons;
    QLineEdit *m_legalBasis;
    QLineEdit *m_notification;
    QCheckBox *m_agreement;
    QComboBox *m_confidentiality;
    QComboBox *m_integrity;
    QComboBox *m_availability;
    QComboBox *m_classification;
    QPlainTextEdit *m_archiving;
    QPlainTextEdit *m_safeguards;
    QPlainTextEdit *m_storage;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace trygg::ui
