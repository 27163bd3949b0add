// SPDX-License-Identifier: EUPL-1.2
#include "ExceptionDialog.h"

#include "common/DateField.h"

#include "common/DomainTexts.h"
#include "common/Today.h"
#include "document/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

QDate toQDate(const Date &date)
{
    return QDate(date.year, date.month, date.day);
}

Date fromQDate(const QDate &date)
{
    return Date{date.year(), date.month(), date.day()};
}

} // namespace

ExceptionDialog::ExceptionDialog(RegisterDocument *document, const RuleException &exception, QWidget *parent)
    : EditDialog(parent), m_exception(exception), m_rule(new QLineEdit(toQString(exception.rule), this)),
      m_reason(new QPlainTextEdit(toQString(exception.reason), this)),
      m_approvedBy(new QLineEdit(toQString(exception.approvedBy), this)), m_approvedOn(new DateField(this)),
      m_hasUntil(new QCheckBox(tr("Valid until:"), this)), m_until(new DateField(this)), m_unit(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(exception.id == 0 ? tr("New exception") : tr("Edit exception"));
    m_rule->setPlaceholderText(tr("The rule it departs from, e.g. \"a deputy for every IT system\""));
    m_reason->setPlaceholderText(tr("Why the exception is made"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    const bool isNew = exception.id == 0;
    m_approvedOn->setDate(isNew ? todayQDate() : toQDate(exception.approvedOn));
    m_hasUntil->setChecked(isNew || exception.validUntil.has_value());
    m_until->setDate(exception.validUntil ? toQDate(*exception.validUntil) : todayQDate().addYears(1));
    m_unit->addItem(tr("(whole register)"), QVariant());
    for (const OrgUnit &unit : document->data().units)
        m_unit->addItem(toQString(unit.name), QVariant::fromValue<qlonglong>(unit.id));
    if (exception.unitId)
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(QVariant::fromValue<qlonglong>(*exception.unitId))));

    auto *form = new QFormLayout;
    form->addRow(tr("Rule:"), m_rule);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Approved by:"), m_approvedBy);
    form->addRow(tr("Approved on:"), m_approvedOn);
    form->addRow(m_hasUntil, m_until);
    form->addRow(tr("Unit:"), m_unit);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_rule, &QLineEdit::textChanged, this, &ExceptionDialog::validate);
    connect(m_approvedBy, &QLineEdit::textChanged, this, &ExceptionDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExceptionDialog::validate);
    connect(m_hasUntil, &QCheckBox::toggled, this, &ExceptionDialog::validate);
    connect(m_approvedOn, &QLineEdit::textChanged, this, &ExceptionDialog::validate);
    connect(m_until, &QLineEdit::textChanged, this, &ExceptionDialog::validate);
    validate();
}

RuleException ExceptionDialog::exception() const
{
    RuleException exception = m_exception;
    exception.rule = toStdString(m_rule->text().trimmed());
    exception.reason = toStdString(m_reason->toPlainText().trimmed());
    exception.approvedBy = toStdString(m_approvedBy->text().trimmed());
    exception.approvedOn = fromQDate(m_approvedOn->date());
    exception.validUntil = m_hasUntil->isChecked() ? std::optional<Date>(fromQDate(m_until->date())) : std::nullopt;
    exception.unitId =
        m_unit->currentData().isValid() ? std::optional<Id>(m_unit->currentData().toLongLong()) : std::nullopt;
    return exception;
}

void ExceptionDialog::validate()
{
    m_until->setEnabled(m_hasUntil->isChecked());
    QString problem;
    if (m_rule->text().trimmed().isEmpty())
        problem = tr("Name the rule the exception departs from.");
    else if (m_reason->toPlainText().trimmed().isEmpty())
        problem = tr("Say why the exception is made.");
    else if (m_approvedBy->text().trimmed().isEmpty())
        problem = tr("Say who approved the exception.");
    else if (!m_approvedOn->hasValidInput() || (m_hasUntil->isChecked() && !m_until->hasValidInput()))
        problem = tr("A date is no date: type it as %1.")
                      .arg(QLocale().toString(QDate(2027, 1, 31), dateFormat()));
    else if (m_hasUntil->isChecked() && m_until->date() < m_approvedOn->date())
        problem = tr("The exception cannot run out before it was approved.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace trygg::ui
