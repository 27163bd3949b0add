// SPDX-License-Identifier: EUPL-1.2
#include "IncidentDialog.h"

#include "CycleTexts.h"

#include "common/DateTimeField.h"
#include "common/DomainTexts.h"
#include "common/Today.h"
#include "cycle/DueList.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

// The incident's times are UTC instants; the form shows and takes the user's wall-clock time, converted by
// Clock (its zone, not Qt's: the edits hold plain wall-clock values, common/Today.h).
QDateTime toWallClock(const DateTime &utc)
{
    return wallClockQDateTime(Clock::toLocal(utc));
}

DateTime fromWallClock(const QDateTime &time)
{
    return Clock::toUtc(DateTime{Date{time.date().year(), time.date().month(), time.date().day()}, time.time().hour(),
                                 time.time().minute()});
}

void fillChecked(QListWidget *list, const std::vector<std::pair<Id, QString>> &items, const std::vector<Id> &checked)
{
    for (const auto &[id, text] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(std::find(checked.begin(), checked.end(), id) != checked.end() ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
}

std::vector<Id> checkedIds(const QListWidget *list)
{
    std::vector<Id> ids;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            ids.push_back(list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace

IncidentDialog::IncidentDialog(RegisterDocument *document, const Incident &incident, QWidget *parent)
    : EditDialog(parent), m_document(document), m_incident(incident), m_discovered(new DateTimeField(this)),
      m_reportedBy(new QLineEdit(this)), m_type(new QComboBox(this)), m_severity(new QComboBox(this)),
      m_status(new QComboBox(this)), m_unit(new QComboBox(this)), m_description(new QPlainTextEdit(this)),
      m_observed(new QPlainTextEdit(this)),
      m_notified(new QCheckBox(tr("The data protection authority was told"), this)),
      m_notifiedAt(new DateTimeField(this)), m_deadline(new QLabel(this)), m_assets(new QListWidget(this)),
      m_measures(new QListWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(incident.id == 0 ? tr("New incident") : tr("Edit incident"));
    const RegisterData &data = document->data();
    for (DateTimeField *edit : {m_discovered, m_notifiedAt}) {
        // Issue 19: the core refuses a time more than a day in the future (a mistyped year would stay the
        // latest for ever); the editor does not go past it and says why.
        edit->setMaximumDateTime(toWallClock(Clock::utcAt(Clock::nowSeconds() + 24 * 60 * 60)));
        edit->setToolTip(tr("At most a day ahead of now: a time further in the future is a mistake Trygg does "
                            "not record."));
    }
    m_discovered->setDateTime(toWallClock(incident.id == 0 ? Clock::nowUtc() : incident.discovered));
    m_reportedBy->setText(toQString(incident.reportedBy));
    for (int i = 0; i < IncidentTypeCount; ++i)
        m_type->addItem(CycleTexts::incidentType(static_cast<IncidentType>(i)), i);
    m_type->setCurrentIndex(static_cast<int>(incident.type));
    for (int i = 0; i < SeverityCount; ++i)
        m_severity->addItem(CycleTexts::severity(static_cast<Severity>(i)), i);
    m_severity->setCurrentIndex(static_cast<int>(incident.severity));
    for (int i = 0; i < IncidentStatusCount; ++i)
        m_status->addItem(CycleTexts::incidentStatus(static_cast<IncidentStatus>(i)), i);
    m_status->setCurrentIndex(static_cast<int>(incident.status));
    m_unit->addItem(tr("(no unit)"), QVariant());
    for (const OrgUnit &unit : data.units)
        m_unit->addItem(toQString(unit.name), QVariant::fromValue<qlonglong>(unit.id));
    if (incident.unitId)
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(QVariant::fromValue<qlonglong>(*incident.unitId))));
    m_description->setPlainText(toQString(incident.description));
    m_description->setPlaceholderText(tr("What happened"));
    m_observed->setPlainText(toQString(incident.observed));
    m_observed->setPlaceholderText(tr("What was seen: messages on the screen, the error"));
    for (QPlainTextEdit *edit : {m_description, m_observed})
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
    m_notified->setChecked(incident.authorityNotified);
    m_notifiedAt->setDateTime(incident.notifiedAt ? toWallClock(*incident.notifiedAt) : m_discovered->dateTime());

    std::vector<std::pair<Id, QString>> assets;
    for (const Asset &asset : data.assets)
        assets.emplace_back(
            asset.id,
            toQString(asset.name) +
                (asset.unitId ? QStringLiteral(" (%1)").arg(toQString(data.unitName(asset.unitId))) : QString()));
    fillChecked(m_assets, assets, incident.assetIds);
    std::vector<std::pair<Id, QString>> measures;
    for (const Measure &measure : data.measures)
        measures.emplace_back(measure.id, toQString(measure.what));
    fillChecked(m_measures, measures, incident.measureIds);

    auto *form = new QFormLayout;
    form->addRow(tr("Discovered:"), m_discovered);
    form->addRow(tr("Reported by:"), m_reportedBy);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("What was seen:"), m_observed);
    auto *authority = new QHBoxLayout;
    authority->addWidget(m_notified);
    authority->addWidget(m_notifiedAt);
    authority->addStretch(1);
    form->addRow(QString(), authority);
    form->addRow(QString(), m_deadline);
    auto *links = new QHBoxLayout;
    auto *assetColumn = new QVBoxLayout;
    assetColumn->addWidget(new QLabel(tr("Assets concerned:"), this));
    assetColumn->addWidget(m_assets);
    auto *measureColumn = new QVBoxLayout;
    measureColumn->addWidget(new QLabel(tr("Corrective measures:"), this));
    measureColumn->addWidget(m_measures);
    links->addLayout(assetColumn);
    links->addLayout(measureColumn);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(links, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_discovered, &DateTimeField::dateTimeChanged, this, &IncidentDialog::updateState);
    connect(m_notifiedAt, &DateTimeField::dateTimeChanged, this, &IncidentDialog::updateState);
    connect(m_notified, &QCheckBox::toggled, this, &IncidentDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IncidentDialog::updateState);
    connect(m_reportedBy, &QLineEdit::textChanged, this, &IncidentDialog::updateState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &IncidentDialog::updateState);
    updateState();
    resize(std::max(width(), fontMetrics().averageCharWidth() * 100), height());
}

Incident IncidentDialog::incident() const
{
    Incident incident = m_incident; // keeps the links to risks, which this form does not show
    if (m_discovered->dateTime().isValid()) // a date being typed: the stored time stays until it is one
        incident.discovered = fromWallClock(m_discovered->dateTime());
    incident.reportedBy = toStdString(m_reportedBy->text().trimmed());
    incident.type = static_cast<IncidentType>(m_type->currentData().toInt());
    incident.severity = static_cast<Severity>(m_severity->currentData().toInt());
    incident.status = static_cast<IncidentStatus>(m_status->currentData().toInt());
    incident.unitId =
        m_unit->currentData().isValid() ? std::optional<Id>(m_unit->currentData().toLongLong()) : std::nullopt;
    incident.description = toStdString(m_description->toPlainText().trimmed());
    incident.observed = toStdString(m_observed->toPlainText().trimmed());
    incident.authorityNotified = m_notified->isChecked();
    incident.notifiedAt = incident.authorityNotified && m_notifiedAt->dateTime().isValid()
                              ? std::optional<DateTime>(fromWallClock(m_notifiedAt->dateTime()))
                              : std::nullopt;
    incident.assetIds = checkedIds(m_assets);
    incident.measureIds = checkedIds(m_measures);
    return incident;
}

void IncidentDialog::updateState()
{
    m_notifiedAt->setEnabled(m_notified->isChecked());
    const Incident current = incident();
    switch (notificationState(current, Clock::nowUtc())) {
    case NotificationState::NotRequired: m_deadline->clear(); break;
    case NotificationState::Pending:
        m_deadline->setText(tr("A personal data breach: tell the data protection authority by %1 (72 hours).")
                                .arg(dateTimeText(Clock::toLocal(notificationDeadline(current)))));
        break;
    case NotificationState::Late:
        m_deadline->setText(tr("More than 72 hours have passed since %1 and the authority has not been told.")
                                .arg(dateTimeText(Clock::toLocal(current.discovered))));
        break;
    case NotificationState::NotifiedInTime: m_deadline->setText(tr("Told within 72 hours.")); break;
    case NotificationState::NotifiedLate: m_deadline->setText(tr("Told after more than 72 hours.")); break;
    }
    QString problem;
    if (!m_discovered->hasValidInput())
        problem = tr("Type the date the incident was discovered, at most a day ahead of now.");
    else if (m_notified->isChecked() && !m_notifiedAt->hasValidInput())
        problem = tr("Type the date the authority was told, at most a day ahead of now.");
    else if (m_reportedBy->text().trimmed().isEmpty())
        problem = tr("Say who reported the incident.");
    else if (m_description->toPlainText().trimmed().isEmpty())
        problem = tr("Describe what happened.");
    else if (current.notifiedAt && *current.notifiedAt < current.discovered)
        problem = tr("The authority cannot have been told before the incident was discovered.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace trygg::ui
