// SPDX-License-Identifier: EUPL-1.2
#include "SignOffDialog.h"

#include "common/DateField.h"

#include "common/DomainTexts.h"
#include "common/Today.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trygg::ui {
namespace {

Date fromQDate(const QDate &date)
{
    return Date{date.year(), date.month(), date.day()};
}

} // namespace

SignOffDialog::SignOffDialog(Mode mode, const QString &what, QWidget *parent)
    : EditDialog(parent), m_mode(mode), m_who(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_date(new DateField(this)), m_expires(new DateField(this)),
      m_text(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    switch (mode) {
    case Mode::Review:
        setWindowTitle(tr("Record a review"));
        heading->setText(tr("Reviewed: %1").arg(what));
        form->addRow(tr("Reviewed by:"), m_who);
        form->addRow(tr("Date:"), m_date);
        form->addRow(tr("Note:"), m_text);
        m_role->hide();
        m_expires->hide();
        break;
    case Mode::Acceptance:
        setWindowTitle(tr("Accept the residual risk"));
        heading->setText(tr("Management accepts the residual risk of %1 until the expiry date; after it the risk is "
                            "flagged again.")
                             .arg(what));
        form->addRow(tr("Accepted by:"), m_who);
        form->addRow(tr("Role:"), m_role);
        form->addRow(tr("Date:"), m_date);
        form->addRow(tr("Valid until:"), m_expires);
        form->addRow(tr("Justification:"), m_text);
        break;
    case Mode::Approval:
        setWindowTitle(tr("Approve"));
        heading->setText(tr("Management approves %1. A later change to it marks the approval as outdated.").arg(what));
        form->addRow(tr("Approved by:"), m_who);
        form->addRow(tr("Role:"), m_role);
        form->addRow(tr("Date:"), m_date);
        m_expires->hide();
        m_text->hide();
        break;
    }
    m_role->setPlaceholderText(tr("e.g. chief executive, director"));
    // Dates that matter are plausible (issue 19): at most a day ahead, as the register requires.
    m_date->setDateRange(QDate(), todayQDate().addDays(1));
    m_date->setDate(todayQDate());
    m_expires->setDate(todayQDate().addYears(1));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_who, m_role})
        connect(edit, &QLineEdit::textChanged, this, &SignOffDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SignOffDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &SignOffDialog::validate);
    connect(m_expires, &QLineEdit::textChanged, this, &SignOffDialog::validate);
    validate();
}

void SignOffDialog::validate()
{
    QString problem;
    const QString example = QLocale().toString(QDate(2027, 1, 31), dateFormat());
    if (m_who->text().trimmed().isEmpty())
        problem = tr("Say who signs it off.");
    else if (!m_date->hasValidInput())
        problem = tr("The date is no date, or lies ahead: type it as %1.").arg(example);
    else if (m_mode == Mode::Acceptance && !m_expires->hasValidInput())
        problem = tr("The valid-until date is no date: type it as %1.").arg(example);
    else if (m_mode == Mode::Acceptance && m_text->toPlainText().trimmed().isEmpty())
        problem = tr("Give the justification for accepting the risk.");
    else if (m_mode == Mode::Acceptance && m_expires->date() <= m_date->date())
        problem = tr("The acceptance must be valid until a date after it is given.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString SignOffDialog::who() const
{
    return m_who->text().trimmed();
}

QString SignOffDialog::role() const
{
    return m_role->text().trimmed();
}

Date SignOffDialog::date() const
{
    return fromQDate(m_date->date());
}

Date SignOffDialog::expires() const
{
    return fromQDate(m_expires->date());
}

QString SignOffDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

Review SignOffDialog::review(ReviewKind kind, Id objectId) const
{
    return Review{0, kind, objectId, date(), toStdString(who()), toStdString(text())};
}

RiskAcceptance SignOffDialog::acceptance(Id riskId) const
{
    return RiskAcceptance{0, riskId, toStdString(who()), toStdString(role()), date(), toStdString(text()), expires()};
}

Approval SignOffDialog::approval(Approval::Subject subject, std::optional<Id> objectId) const
{
    return Approval{0, subject, objectId, toStdString(who()), toStdString(role()), date(), std::string()};
}

} // namespace trygg::ui
