#pragma once

#include <QDialog>

#include "model/Incident.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace trygg::ui {

class RegisterDocument;

// An approved exception from a rule (fravigelse, 002 §7 stk. 4): what rule, why, who approved it,
// when, and until when.
class ExceptionDialog : public QDialog {
    Q_OBJECT

public:
    ExceptionDialog(RegisterDocument *document, const RuleException &exception, QWidget *parent = nullptr);

    RuleException exception() const;

    QLineEdit *ruleEdit() const { return m_rule; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *approvedByEdit() const { return m_approvedBy; }
    QCheckBox *untilCheck() const { return m_hasUntil; }
    QDateEdit *untilEdit() const { return m_until; }

private:
    void validate();
    RuleException m_exception;
    QLineEdit *m_rule;
    QPlainTextEdit *m_reason;
    QLineEdit *m_approvedBy;
    QDateEdit *m_approvedOn;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QComboBox *m_unit;
    QLabel *m_error;
};

} // namespace trygg::ui
