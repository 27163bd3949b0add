// SPDX-License-Identifier: EUPL-1.2
#include "ReviewRulesDialog.h"

#include "CycleTexts.h"

#include "common/DomainTexts.h"
#include "deadlines/DeadlineRule.h"
#include "matrix/RiskMatrix.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trygg::ui {

ReviewRulesDialog::ReviewRulesDialog(const ReviewRules &rules, const RiskMatrix &matrix, QWidget *parent)
    : EditDialog(parent), m_error(new QLabel(this))
{
    setWindowTitle(tr("Review rules"));
    auto *ruleBox = new QGroupBox(tr("When each kind of object is reviewed"), this);
    auto *ruleForm = new QFormLayout(ruleBox);
    for (int kind = 0; kind < ReviewKindCount; ++kind) {
        auto *edit = new QLineEdit(toQString(rules.rules[static_cast<std::size_t>(kind)]), this);
        connect(edit, &QLineEdit::textChanged, this, &ReviewRulesDialog::validate);
        ruleForm->addRow(CycleTexts::reviewKind(static_cast<ReviewKind>(kind)) + QLatin1Char(':'), edit);
        m_rules.push_back(edit);
    }
    auto *help = new QLabel(tr("odd-year: by the end of every odd year\n"
                               "even-year-q1: by the end of Q1 of every even year\n"
                               "months:N: N months after the last review\n"
                               "yearly:MM-DD: once a year by that date"),
                            this);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ruleForm->addRow(help);

    auto *zoneBox = new QGroupBox(tr("At most this many days between reviews of what has a risk in the zone"), this);
    auto *zoneForm = new QFormLayout(zoneBox);
    for (std::size_t zone = 0; zone < matrix.zones.size(); ++zone) {
        auto *days = new QSpinBox(this);
        days->setRange(0, 3660);
        days->setSpecialValueText(tr("no limit"));
        days->setSuffix(tr(" days"));
        const auto found = rules.zoneDays.find(static_cast<int>(zone));
        days->setValue(found == rules.zoneDays.end() ? 0 : found->second);
        zoneForm->addRow(toQString(matrix.zones[zone].name) + QLatin1Char(':'), days);
        m_zoneDays.push_back(days);
    }

    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ruleBox);
    layout->addWidget(zoneBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
}

void ReviewRulesDialog::validate()
{
    QString problem;
    for (int kind = 0; kind < ReviewKindCount && problem.isEmpty(); ++kind)
        if (!DeadlineRule::parse(toStdString(m_rules[static_cast<std::size_t>(kind)]->text())))
            problem = tr("The rule for %1 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.")
                          .arg(CycleTexts::reviewKind(static_cast<ReviewKind>(kind)));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ReviewRules ReviewRulesDialog::rules() const
{
    ReviewRules rules;
    for (std::size_t kind = 0; kind < m_rules.size(); ++kind)
        rules.rules[kind] = toStdString(m_rules[kind]->text().trimmed());
    for (std::size_t zone = 0; zone < m_zoneDays.size(); ++zone)
        if (m_zoneDays[zone]->value() > 0)
            rules.zoneDays[static_cast<int>(zone)] = m_zoneDays[zone]->value();
    return rules;
}

} // namespace trygg::ui
