#pragma once

#include <QDialog>

#include "reports/ReportBuilder.h"

class QComboBox;
class QPushButton;
class QSpinBox;

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

// Which report to print or export, and for what part of the register: the whole register, a unit,
// or an assessment (the risk assessment form is always of one assessment).
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(const RegisterData &data, const QString &actionText, QWidget *parent = nullptr);

    void setKind(ReportKind kind);
    ReportRequest request() const;

private:
    void updateChoices();

    const RegisterData &m_data;
    QComboBox *m_kind = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_assessment = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_year = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace trygg::ui
