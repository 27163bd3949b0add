// SPDX-License-Identifier: EUPL-1.2
#include "ReportDialog.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "model/Clock.h"
#include "model/RegisterData.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace trygg::ui {

ReportDialog::ReportDialog(const RegisterData &data, const QString &actionText, QWidget *parent)
    : QDialog(parent), m_data(data)
{
    setWindowTitle(tr("Report"));
    m_kind = new QComboBox(this);
    for (const ReportKind kind :
         {ReportKind::Plan, ReportKind::Form, ReportKind::Matrix, ReportKind::Assets, ReportKind::Review})
        m_kind->addItem(ReportBuilder::kindName(kind), static_cast<int>(kind));
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("All units"));
    std::vector<const OrgUnit *> units;
    for (const OrgUnit &unit : data.units)
        units.push_back(&unit);
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(units.begin(), units.end(), [&](const OrgUnit *a, const OrgUnit *b) {
        return collator.compare(toQString(a->name), toQString(b->name)) < 0;
    });
    for (const OrgUnit *unit : units)
        m_unit->addItem(toQString(unit->name), QVariant::fromValue(static_cast<qlonglong>(unit->id)));
    m_assessment = new QComboBox(this);

    // A register's reports are in its own language, whatever the program speaks (a Swedish officer
    // prints a Danish section's plan in Danish); another can be chosen.
    m_language = new QComboBox(this);
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(QString::fromStdString(data.info.language)));
    m_language->setToolTip(tr("Reports are printed in the register's language unless you choose another."));

    // The yearly report for management's review is of a calendar year.
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::todayLocal().year);

    m_openOnly = new QCheckBox(tr("&Open measures only"), this);
    m_openOnly->setToolTip(tr("The plan leaves out measures that are done or cancelled."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Assessment:"), m_assessment);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_openOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(actionText);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateChoices);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ReportDialog::updateChoices);
    updateChoices();
    restore();
}

// Units and assessments are remembered by name: the same name in another register is the same choice.
void ReportDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("reportDialog"));
    settings.setValue(QStringLiteral("kind"), m_kind->currentData());
    settings.setValue(QStringLiteral("unit"), m_unit->currentIndex() > 0 ? m_unit->currentText() : QString());
    settings.setValue(QStringLiteral("assessment"),
                      m_assessment->currentData().isValid() ? m_assessment->currentText() : QString());
    settings.setValue(QStringLiteral("openOnly"), m_openOnly->isChecked());
}

void ReportDialog::restore()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("reportDialog"));
    if (const int kind = m_kind->findData(settings.value(QStringLiteral("kind"))); kind >= 0)
        m_kind->setCurrentIndex(kind);
    if (const QString unit = settings.value(QStringLiteral("unit")).toString(); !unit.isEmpty()) {
        if (const int index = m_unit->findText(unit); index > 0)
            m_unit->setCurrentIndex(index);
    }
    if (const QString assessment = settings.value(QStringLiteral("assessment")).toString(); !assessment.isEmpty()) {
        if (const int index = m_assessment->findText(assessment); index >= 0)
            m_assessment->setCurrentIndex(index);
    }
    m_openOnly->setChecked(settings.value(QStringLiteral("openOnly"), false).toBool());
}

void ReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ReportDialog::updateChoices()
{
    const auto kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    const QVariant unit = m_unit->currentData();
    const QVariant chosen = m_assessment->currentData();
    m_assessment->clear();
    // The form is of one assessment; the plan and matrix may be narrowed to one.
    if (kind != ReportKind::Form)
        m_assessment->addItem(tr("All assessments"));
    for (const RiskAssessment &assessment : m_data.assessments) {
        if (unit.isValid() && assessment.unitId != static_cast<Id>(unit.toLongLong()))
            continue;
        m_assessment->addItem(tr("%1 (%2)").arg(toQString(assessment.name), dateText(assessment.date)),
                              QVariant::fromValue(static_cast<qlonglong>(assessment.id)));
    }
    if (const int index = m_assessment->findData(chosen); chosen.isValid() && index >= 0)
        m_assessment->setCurrentIndex(index);
    m_assessment->setEnabled(kind != ReportKind::Assets && kind != ReportKind::Review);
    m_unit->setEnabled(kind != ReportKind::Review);
    m_year->setEnabled(kind == ReportKind::Review);
    m_openOnly->setEnabled(kind == ReportKind::Plan);
    m_okButton->setEnabled(kind != ReportKind::Form || m_assessment->count() > 0);
}

ReportRequest ReportDialog::request() const
{
    ReportRequest request;
    request.kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    request.today = Clock::todayLocal();
    if (const QVariant unit = m_unit->currentData(); unit.isValid())
        request.unitId = static_cast<Id>(unit.toLongLong());
    if (const QVariant assessment = m_assessment->currentData();
        assessment.isValid() && request.kind != ReportKind::Assets)
        request.assessmentId = static_cast<Id>(assessment.toLongLong());
    request.language = m_language->currentData().toString().toStdString();
    request.openOnly = request.kind == ReportKind::Plan && m_openOnly->isChecked();
    if (request.kind == ReportKind::Review) {
        request.unitId.reset();
        request.assessmentId.reset();
        request.year = m_year->value();
    }
    return request;
}

} // namespace trygg::ui
