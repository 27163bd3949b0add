// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trygg::ui {

class RegisterDocument;

// Settings > Register: the register's name, the language of its printed reports, and the names of the
// asset classification levels 0-4 (the preset's, KLASSA style for `se`, in the register's own words),
// and the references to the municipality's own policy for the rules Trygg checks (issue 13), which the
// warnings and printed forms cite.
// OK saves them as one undoable change; a refusal (an empty name, say) is shown in the dialog, which
// stays open.
class RegisterInfoDialog : public EditDialog {
    Q_OBJECT

public:
    explicit RegisterInfoDialog(RegisterDocument *document, QWidget *parent = nullptr);

    void save();

private:
    RegisterDocument *m_document;
    QLineEdit *m_name;
    QComboBox *m_language;
    std::vector<QLineEdit *> m_levelLabels;
    std::vector<QLineEdit *> m_levelDefinitions;
    QLineEdit *m_ownerReference = nullptr;
    QLineEdit *m_deputyReference = nullptr;
    QLineEdit *m_separationReference = nullptr;
    QLineEdit *m_manyAffectedReference = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace trygg::ui
