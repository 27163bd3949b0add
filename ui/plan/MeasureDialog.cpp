// SPDX-License-Identifier: EUPL-1.2
#include "MeasureDialog.h"

#include "DeadlineEdit.h"
#include "MeasureItemDelegate.h"

#include "common/DateField.h"
#include "common/DomainTexts.h"
#include "common/Today.h"
#include "document/RegisterDocument.h"
#include "plan/Prioritisation.h"
#include "risk/RiskRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

constexpr double MaxHours = 1'000'000;
constexpr double MaxCost = 1'000'000'000'000;

QIcon zoneIcon(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

} // namespace

MeasureDialog::MeasureDialog(RegisterDocument *document, const Measure &measure, QWidget *parent)
    : EditDialog(parent), m_document(document), m_measure(measure), m_assessment(new QComboBox(this)),
      m_what(new QLineEdit(this)), m_responsible(new QComboBox(this)), m_deadline(new DeadlineEdit(this)),
      m_status(new QComboBox(this)), m_completed(new DateField(this, true)),
      m_completedLabel(new QLabel(tr("Com&pleted:"), this)), m_hours(new QDoubleSpinBox(this)),
      m_cost(new QDoubleSpinBox(this)), m_followUp(new QLineEdit(this)), m_risks(new QListWidget(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(measure.id == 0 ? tr("New measure") : tr("Edit measure"));

    fillAssessments();
    m_what->setText(toQString(measure.what));
    m_what->setPlaceholderText(tr("What is done, e.g. \"Review access rights every quarter\""));
    m_responsible->setEditable(true);
    m_responsible->setInsertPolicy(QComboBox::NoInsert);
    m_responsible->setToolTip(tr("Pick a person, or type a new name to add the person to the register"));
    MeasureItemDelegate::addPeople(m_responsible, document->data(), QString());
    if (measure.responsibleId)
        m_responsible->setCurrentIndex(
            std::max(0, m_responsible->findData(QVariant::fromValue<qlonglong>(*measure.responsibleId))));
    if (measure.deadline)
        m_deadline->setDeadline(QDate(measure.deadline->year, measure.deadline->month, measure.deadline->day));
    for (MeasureStatus status :
         {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done, MeasureStatus::Cancelled})
        m_status->addItem(DomainTexts::measureStatus(status), static_cast<int>(status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(measure.status)));
    if (measure.completed)
        m_completed->setDate(QDate(measure.completed->year, measure.completed->month, measure.completed->day));
    m_completed->setEmptyText(tr("Not recorded"));
    m_completed->setToolTip(tr("The day the measure was done: today when it is set to done, unless you give it"));
    m_completedLabel->setBuddy(m_completed);
    m_hours->setRange(0, MaxHours);
    m_hours->setDecimals(1);
    m_hours->setGroupSeparatorShown(true);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(measure.hours);
    m_hours->setToolTip(tr("Personnel resources the measure needs"));
    m_cost->setRange(0, MaxCost);
    m_cost->setDecimals(2);
    m_cost->setGroupSeparatorShown(true);
    m_cost->setValue(measure.cost);
    m_cost->setToolTip(tr("Economic resources the measure needs"));
    m_followUp->setText(toQString(measure.followUp));
    m_followUp->setPlaceholderText(tr("How and when it is followed up"));
    m_risks->setToolTip(tr("The risks of the assessment this measure treats, numbered as the lines of the form"));
    m_risks->setMinimumHeight(160);
    m_risks->setWordWrap(true);
    m_risks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Assessment:"), m_assessment);
    form->addRow(tr("&Measure:"), m_what);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_completedLabel, m_completed);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Cost:"), m_cost);
    form->addRow(tr("&Follow-up:"), m_followUp);
    auto *risksLabel = new QLabel(tr("&Treats these risks:"), this);
    risksLabel->setBuddy(m_risks);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeasureDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(risksLabel);
    layout->addWidget(m_risks, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(600, 620);

    fillRisks();
    connect(m_assessment, &QComboBox::currentIndexChanged, this, [this] {
        m_measure.riskIds.clear(); // risks of another assessment do not carry over
        fillRisks();
        updateOkButton();
    });
    connect(m_what, &QLineEdit::textChanged, this, &MeasureDialog::updateOkButton);
    connect(m_deadline, &QLineEdit::textChanged, this, &MeasureDialog::updateOkButton);
    connect(m_completed, &QLineEdit::textChanged, this, &MeasureDialog::updateOkButton);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Set to done now: done today, unless the user gives another day.
        if (static_cast<MeasureStatus>(m_status->currentData().toInt()) == MeasureStatus::Done &&
            m_completed->text().isEmpty())
            m_completed->setDate(todayQDate());
        showCompleted();
    });
    showCompleted();
    connect(m_document, &RegisterDocument::editFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    updateOkButton();
    m_what->setFocus();
    m_initial = edited();
    m_initialResponsible = m_responsible->currentText();
}

bool MeasureDialog::hasChanges() const
{
    const Measure now = edited();
    auto sorted = [](std::vector<Id> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    return now.assessmentId != m_initial.assessmentId || now.what != m_initial.what ||
           now.deadline != m_initial.deadline || now.status != m_initial.status || now.hours != m_initial.hours ||
           now.cost != m_initial.cost || now.followUp != m_initial.followUp || now.completed != m_initial.completed ||
           sorted(now.riskIds) != sorted(m_initial.riskIds) || m_responsible->currentText() != m_initialResponsible ||
           !m_deadline->hasValidInput();
}

void MeasureDialog::fillAssessments()
{
    const RegisterData &data = m_document->data();
    std::vector<const RiskAssessment *> assessments;
    for (const RiskAssessment &assessment : data.assessments)
        assessments.push_back(&assessment);
    std::sort(assessments.begin(), assessments.end(), [](const RiskAssessment *a, const RiskAssessment *b) {
        return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
    });
    for (const RiskAssessment *assessment : assessments) {
        QString text = toQString(assessment->name);
        if (const std::string unit = data.unitName(assessment->unitId); !unit.empty())
            text = tr("%1 (%2)").arg(text, toQString(unit));
        m_assessment->addItem(text, QVariant::fromValue<qlonglong>(assessment->id));
    }
    m_assessment->setCurrentIndex(m_assessment->findData(QVariant::fromValue<qlonglong>(m_measure.assessmentId)));
    if (m_assessment->currentIndex() < 0 && m_assessment->count() > 0)
        m_assessment->setCurrentIndex(0);
}

void MeasureDialog::fillRisks()
{
    m_risks->clear();
    const QVariant assessment = m_assessment->currentData();
    if (!assessment.isValid())
        return;
    const RegisterData &data = m_document->data();
    // Issue 13: the lines as the form numbers and orders them (by position), with their priority beside.
    std::vector<const Risk *> lines;
    for (const Risk &risk : data.risks)
        if (risk.assessmentId == assessment.toLongLong())
            lines.push_back(&risk);
    std::sort(lines.begin(), lines.end(), [](const Risk *a, const Risk *b) {
        return std::pair(a->position, a->id) < std::pair(b->position, b->id);
    });
    for (std::size_t line = 0; line < lines.size(); ++line) {
        const Risk &risk = *lines[line];
        const RiskMatrix &matrix = data.matrixOf(risk);
        const RiskScore score = scoreOf(matrix, risk);
        QString what = toQString(risk.threat);
        if (const Asset *asset = RegisterData::findById(data.assets, risk.assetId))
            what = tr("%1 (%2)").arg(what, toQString(asset->name));
        auto *item = new QListWidgetItem(
            zoneIcon(zoneColour(matrix, score.zone)),
            score.scored()
                ? tr("%1. %2: %3, %4").arg(line + 1).arg(what).arg(score.score).arg(DomainTexts::zoneName(matrix, score.zone))
                : tr("%1. %2: not scored").arg(line + 1).arg(what),
            m_risks);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(risk.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool treated =
            std::find(m_measure.riskIds.begin(), m_measure.riskIds.end(), risk.id) != m_measure.riskIds.end();
        item->setCheckState(treated ? Qt::Checked : Qt::Unchecked);
    }
    if (m_risks->count() == 0) {
        auto *item = new QListWidgetItem(tr("This assessment has no risk lines yet."), m_risks);
        item->setFlags(Qt::NoItemFlags);
    }
}

void MeasureDialog::showCompleted()
{
    const bool done = static_cast<MeasureStatus>(m_status->currentData().toInt()) == MeasureStatus::Done;
    m_completedLabel->setVisible(done);
    m_completed->setVisible(done);
}

void MeasureDialog::updateOkButton()
{
    const bool complete = m_assessment->currentIndex() >= 0 && !m_what->text().trimmed().isEmpty();
    const bool dateValid = m_deadline->hasValidInput() && m_completed->hasValidInput();
    m_ok->setEnabled(complete && dateValid && !m_document->readOnly());
    m_ok->setToolTip(!complete ? tr("A measure needs an assessment and a text saying what is done")
                     : !m_completed->hasValidInput() ? tr("The completion date is no date: type it as %1")
                                                           .arg(QLocale().toString(QDate(2027, 1, 31), dateFormat()))
                     : !dateValid ? tr("The deadline is no date: type it as %1, or leave it empty")
                                        .arg(QLocale().toString(QDate(2027, 1, 31), dateFormat()))
                                  : QString());
}

Measure MeasureDialog::edited() const
{
    Measure measure = m_measure;
    measure.assessmentId = m_assessment->currentData().toLongLong();
    measure.what = toStdString(m_what->text().trimmed());
    const QDate deadline = m_deadline->deadline();
    if (deadline.isValid())
        measure.deadline = Date{deadline.year(), deadline.month(), deadline.day()};
    else
        measure.deadline.reset();
    measure.status = static_cast<MeasureStatus>(m_status->currentData().toInt());
    const QDate completed = m_completed->date();
    if (measure.status == MeasureStatus::Done && completed.isValid())
        measure.completed = Date{completed.year(), completed.month(), completed.day()};
    else
        measure.completed.reset();
    measure.hours = m_hours->value();
    measure.cost = m_cost->value();
    measure.followUp = toStdString(m_followUp->text().trimmed());
    measure.riskIds.clear();
    for (int i = 0; i < m_risks->count(); ++i) {
        const QListWidgetItem *item = m_risks->item(i);
        if (item->checkState() == Qt::Checked)
            measure.riskIds.push_back(item->data(Qt::UserRole).toLongLong());
    }
    return measure;
}

void MeasureDialog::accept()
{
    m_error->hide();
    Measure measure = edited();
    const QVariant responsible = MeasureItemDelegate::responsibleChoice(m_responsible);
    if (responsible.typeId() != QMetaType::QString) {
        measure.responsibleId = responsible.isValid() ? std::optional<Id>(responsible.toLongLong()) : std::nullopt;
        if (unchanged(measure) || store(measure))
            QDialog::accept();
        return;
    }
    // A new name: the person is added in the same undo step as the measure.
    if (store(measure, Person{0, toStdString(responsible.toString()), {}, false, false}))
        QDialog::accept();
}

bool MeasureDialog::unchanged(const Measure &measure) const
{
    const Measure *stored = RegisterData::findById(m_document->data().measures, measure.id);
    if (!stored)
        return false;
    auto sorted = [](std::vector<Id> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    return stored->assessmentId == measure.assessmentId && stored->what == measure.what &&
           stored->responsibleId == measure.responsibleId && stored->deadline == measure.deadline &&
           stored->status == measure.status && stored->hours == measure.hours && stored->cost == measure.cost &&
           stored->followUp == measure.followUp && stored->completed == measure.completed &&
           sorted(stored->riskIds) == sorted(measure.riskIds);
}

bool MeasureDialog::store(const Measure &measure, const std::optional<Person> &newResponsible)
{
    if (measure.id == 0) {
        const std::optional<Id> id = m_document->addMeasure(measure, newResponsible);
        if (id)
            m_measure.id = *id;
        return id.has_value();
    }
    if (!m_document->editMeasure(measure, newResponsible))
        return false;
    m_measure = *RegisterData::findById(m_document->data().measures, measure.id);
    return true;
}

} // namespace trygg::ui
