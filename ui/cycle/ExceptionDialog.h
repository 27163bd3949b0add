// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

#include "model/Incident.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace trygg::ui {

class DateField;

class RegisterDocument;

// An approved exception from a rule (fravigelse, 002 §7 stk. 4): what rule, why, who approved it,
// when, and until when.
class ExceptionDialog : public EditDialog {
    Q_OBJECT

public:
    ExceptionDialog(RegisterDocument *document, const RuleException &exception, QWidget *parent = nullptr);

    RuleException exception() const;

    QLineEdit *ruleEdit() const { return m_rule; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *approvedByEdit() const { return m_approvedBy; }
    QCheckBox *untilCheck() const { return m_hasUntil; }
    DateField *untilEdit() const { return m_until; }

private:
    void validate();
    RuleException m_exception;
    QLineEdit *m_rule;
    QPlainTextEdit *m_reason;
    QLineEdit *m_approvedBy;
    DateField *m_approvedOn;
    QCheckBox *m_hasUntil;
    DateField *m_until;
    QComboBox *m_unit;
    QLabel *m_error;
};

} // namespace trygg::ui
