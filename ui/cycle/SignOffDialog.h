// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

#include "model/Approval.h"
#include "model/Review.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace trygg::ui {

class DateField;

// Someone signs something off: records a review (who, date, note), management's acceptance of a
// residual risk (who, role, date, justification, until when) or an approval (who, role, date;
// 002 §25 stk. 6). One form, the fields each needs.
class SignOffDialog : public EditDialog {
    Q_OBJECT

public:
    enum class Mode { Review, Acceptance, Approval };

    // `what` names the object in the heading.
    SignOffDialog(Mode mode, const QString &what, QWidget *parent = nullptr);

    QString who() const;
    QString role() const;
    Date date() const;
    Date expires() const;
    QString text() const; // the note or justification

    Review review(ReviewKind kind, Id objectId) const;
    RiskAcceptance acceptance(Id riskId) const;
    Approval approval(Approval::Subject subject, std::optional<Id> objectId) const;

    // For tests.
    QLineEdit *whoEdit() const { return m_who; }
    QLineEdit *roleEdit() const { return m_role; }
    QPlainTextEdit *textEdit() const { return m_text; }
    DateField *dateEdit() const { return m_date; }
    DateField *expiresEdit() const { return m_expires; }

private:
    void validate();
    Mode m_mode;
    QLineEdit *m_who;
    QLineEdit *m_role;
    DateField *m_date;
    DateField *m_expires;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace trygg::ui
