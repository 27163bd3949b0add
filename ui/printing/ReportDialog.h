// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include "reports/ReportBuilder.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

// Which report to print or export, and for what part of the register: the whole register, a unit,
// or an assessment (the risk assessment form is always of one assessment). Units are listed in the
// alphabetical order of the program's language; the report, unit, assessment and "open measures only"
// chosen last are chosen again the next time (issue 14).
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(const RegisterData &data, const QString &actionText, QWidget *parent = nullptr);

    void setKind(ReportKind kind);
    ReportRequest request() const;

private:
    void updateChoices();
    void remember() const;
    void restore();

    const RegisterData &m_data;
    QComboBox *m_kind = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_assessment = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace trygg::ui
