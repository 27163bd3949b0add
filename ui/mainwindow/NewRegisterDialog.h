// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trygg::ui {

// File > New: the register's name, the national preset its matrix starts from, and where to keep it.
class NewRegisterDialog : public EditDialog {
    Q_OBJECT

public:
    explicit NewRegisterDialog(const QString &folder, QWidget *parent = nullptr);

    QString name() const;
    QString preset() const; // no, dk, se, iso
    QString path() const;

private:
    void browse();
    void updateState();

    QLineEdit *m_name;
    QComboBox *m_preset;
    QLabel *m_presetDescription;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    QString m_folder;
};

} // namespace trygg::ui
