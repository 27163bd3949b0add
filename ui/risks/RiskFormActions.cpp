// SPDX-License-Identifier: EUPL-1.2
// What the risk form's toolbar and buttons do: adding, copying, deleting and moving lines, a measure from the
// selected lines, confirming carried scores (issue 15), and the dialog of a new or edited assessment.
#include "RiskFormView.h"

#include "RiskFormFilter.h"
#include "RiskFormModel.h"

#include "common/DateField.h"
#include "common/DomainTexts.h"
#include "common/EditDialog.h"
#include "common/Icons.h"
#include "cycle/Rounds.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"
#include "plan/MeasureDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace trygg::ui {
namespace {

QDate toQDate(const Date &date)
{
    return QDate(date.year, date.month, date.day);
}

Date toDate(const QDate &date)
{
    return Date{date.year(), date.month(), date.day()};
}

} // namespace

void RiskFormView::createActions()
{
    auto action = [this](const QString &text, const char *icon, const QKeySequence &shortcut, const QString &tip,
                         void (RiskFormView::*slot)()) {
        auto *created = new QAction(actionIcon(icon), text, this);
        created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        created->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_addLine = action(tr("Add line"), "add-line", QKeySequence(Qt::CTRL | Qt::Key_Return),
                       tr("Add a line at the end of the form"), &RiskFormView::addLine);
    m_duplicate = action(tr("Duplicate"), "duplicate", QKeySequence(Qt::CTRL | Qt::Key_D),
                         tr("Copy the selected lines to the end of the form"), &RiskFormView::duplicateLines);
    m_delete = action(tr("Delete"), "delete", QKeySequence(QKeySequence::Delete), tr("Delete the selected lines"),
                      &RiskFormView::deleteLines);
    m_moveUp = action(tr("Move up"), "move-up", QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the line one place up"),
                      &RiskFormView::moveLineUp);
    m_moveDown = action(tr("Move down"), "move-down", QKeySequence(Qt::ALT | Qt::Key_Down),
                        tr("Move the line one place down"), &RiskFormView::moveLineDown);
    m_createMeasure =
        action(tr("Create measure from selected lines..."), "create-measure", QKeySequence(Qt::CTRL | Qt::Key_M),
               tr("Add a measure to the action plan that treats the selected lines"), &RiskFormView::createMeasure);
    m_confirmScores = action(tr("Confirm scores"), "confirm", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                             tr("Confirm the scores of the selected lines carried over from the last round"),
                             &RiskFormView::confirmScores);
    m_lineHistory = new QAction(actionIcon("history"), tr("History of the line..."), this);
    m_lineHistory->setToolTip(tr("Who changed the selected line, when, and what"));
    connect(m_lineHistory, &QAction::triggered, this, [this] {
        const std::vector<Id> ids = selectedRiskIds();
        if (ids.size() != 1)
            return;
        if (const Risk *risk = RegisterData::findById(m_document->data().risks, ids.front()))
            emit historyRequested(QStringLiteral("risk"), risk->id, toQString(risk->threat));
    });
}

void RiskFormView::updateActions()
{
    const bool writable = !m_document->readOnly();
    const RiskAssessment *shown = RegisterData::findById(m_document->data().assessments, m_model->assessmentId());
    // A closed round stays as it was scored (issue 15); on a server, only a unit the user may change (issue 16).
    const bool form = writable && shown && !shown->frozen && m_document->mayEdit(shown->unitId);
    const std::vector<Id> selected = selectedRiskIds();
    const bool anyCarried = std::any_of(selected.begin(), selected.end(), [&](Id id) {
        const Risk *risk = RegisterData::findById(m_document->data().risks, id);
        return risk && risk->notReassessed;
    });
    m_confirmScores->setEnabled(form && anyCarried);
    // Moving a line means up or down in the form: in its own order only, not as sorted by another column.
    const int row = m_model->rowOf(riskIdAtView(m_table->currentIndex().row()));
    const bool lineOrder = m_filter->inLineOrder();
    m_newAssessment->setEnabled(writable && m_document->mayEditSomeUnit());
    m_editAssessment->setEnabled(form);
    m_addLine->setEnabled(form);
    m_duplicate->setEnabled(form && !selected.empty());
    m_delete->setEnabled(form && !selected.empty());
    m_moveUp->setEnabled(form && lineOrder && row > 0);
    m_moveDown->setEnabled(form && lineOrder && row >= 0 && row + 1 < m_model->rowCount());
    m_createMeasure->setEnabled(form && !selected.empty());
    m_lineHistory->setEnabled(selected.size() == 1);
    m_assessmentHistory->setEnabled(m_model->assessmentId().has_value());
}

std::vector<Id> RiskFormView::selectedRiskIds() const
{
    std::vector<int> rows; // in the form's order, whatever the view's
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.push_back(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    std::vector<Id> ids;
    for (int row : rows)
        ids.push_back(m_model->riskIdAt(row));
    return ids;
}

void RiskFormView::addLine()
{
    if (!m_model->assessmentId())
        return;
    Risk risk;
    risk.assessmentId = *m_model->assessmentId();
    risk.threat = toStdString(tr("New line"));
    // 003 Vedlegg 2: "Vurderes for personvern konfidensialitet og integritet".
    risk.aspects = AspectPrivacy | AspectConfidentiality | AspectIntegrity;
    // Issue 13: a new line is not scored until its levels are entered; it is not "acceptable" at 1x1.
    risk.probability.reset();
    risk.consequence.reset();
    const std::optional<Id> added = m_document->addRisk(risk);
    if (!added)
        return;
    // The new line is typed into at once: a filter that would hide it goes.
    if (!viewIndex(*added).isValid())
        clearFilters();
    const QModelIndex cell = viewIndex(*added, RiskFormModel::ThreatColumn);
    m_table->setFocus();
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
    m_table->edit(cell); // "New line" is selected, so typing replaces it
}

void RiskFormView::duplicateLines()
{
    std::vector<Id> added;
    for (Id id : selectedRiskIds())
        if (const Risk *risk = RegisterData::findById(m_document->data().risks, id)) {
            Risk copy = *risk;
            copy.id = 0;
            copy.position = 0; // at the end of the form
            if (const std::optional<Id> copied = m_document->addRisk(copy))
                added.push_back(*copied);
        }
    if (added.empty())
        return;
    if (!viewIndex(added.back()).isValid())
        clearFilters();
    m_table->clearSelection();
    for (Id id : added)
        m_table->selectionModel()->select(viewIndex(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->scrollTo(viewIndex(added.back()));
}

void RiskFormView::deleteLines()
{
    const std::vector<Id> ids = selectedRiskIds();
    if (ids.empty())
        return;
    const int count = static_cast<int>(ids.size());
    const auto answer = QMessageBox::question(
        this, tr("Delete lines"),
        (count == 1 ? tr("Delete the selected line?") : tr("Delete the %1 selected lines?").arg(count)) +
            QLatin1Char(' ') + tr("Measures stop treating them. Undo brings them back."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    const int firstRow = viewIndex(ids.front()).row();
    const int column = std::max(0, m_table->currentIndex().column());
    if (answer != QMessageBox::Yes || !m_document->removeRisks(ids))
        return;
    // Stay where the first deleted line was in the view, for the next keystroke.
    if (const int row = std::min(firstRow, m_filter->rowCount() - 1); row >= 0)
        m_table->setCurrentIndex(m_filter->index(row, column));
}

void RiskFormView::moveLineUp()
{
    moveLine(-1);
}

void RiskFormView::moveLineDown()
{
    moveLine(+1);
}

void RiskFormView::moveLine(int direction)
{
    const Id id = riskIdAtView(m_table->currentIndex().row());
    if (id != 0 && m_filter->inLineOrder() && m_document->moveRisk(id, direction))
        m_table->scrollTo(m_table->currentIndex()); // the current cell follows the line
    updateActions();
}

void RiskFormView::createMeasure()
{
    const std::vector<Id> ids = selectedRiskIds();
    if (ids.empty() || !m_model->assessmentId())
        return;
    // The action plan's own dialog (what, responsible, deadline...), with this form's lines ticked.
    Measure measure;
    measure.assessmentId = *m_model->assessmentId();
    measure.riskIds = ids;
    MeasureDialog dialog(m_document, measure, this);
    dialog.exec();
}

void RiskFormView::confirmScores()
{
    m_document->confirmRisks(selectedRiskIds());
    updateActions();
}

void RiskFormView::newAssessment()
{
    RiskAssessment assessment;
    assessment.date = Clock::todayLocal();
    if (const RiskAssessment *shown = RegisterData::findById(m_document->data().assessments, m_model->assessmentId()))
        assessment.unitId = shown->unitId;
    std::optional<Id> startFrom;
    if (!runAssessmentDialog(assessment, true, &startFrom))
        return;
    if (startFrom) {
        // The next round (issue 15): the last round's lines carried over, its open measures along.
        if (const std::optional<Id> added = m_document->startRound(*startFrom, assessment))
            showAssessment(*added);
        return;
    }
    // matrixId 0: the core fixes the register's current acceptance criteria for it (003 section 5).
    if (const std::optional<Id> added = m_document->addAssessment(assessment))
        showAssessment(*added);
}

void RiskFormView::editAssessment()
{
    const RiskAssessment *shown = RegisterData::findById(m_document->data().assessments, m_model->assessmentId());
    if (!shown)
        return;
    RiskAssessment assessment = *shown;
    if (runAssessmentDialog(assessment, false))
        m_document->editAssessment(assessment);
}

bool RiskFormView::runAssessmentDialog(RiskAssessment &assessment, bool creating, std::optional<Id> *startFrom)
{
    const RegisterData &data = m_document->data();
    EditDialog dialog(this); // Escape with changes asks first (issue 13)
    dialog.setWindowTitle(creating ? tr("New assessment") : tr("Edit assessment"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(toQString(assessment.name), &dialog);
    name->setMinimumWidth(320);
    form->addRow(tr("&Name:"), name);
    auto *unit = new QComboBox(&dialog);
    unit->addItem(tr("(no unit)"), QVariant::fromValue<qlonglong>(0));
    for (const OrgUnit &candidate : data.units)
        unit->addItem(toQString(candidate.name), QVariant::fromValue<qlonglong>(candidate.id));
    unit->setCurrentIndex(std::max(0, unit->findData(QVariant::fromValue<qlonglong>(assessment.unitId.value_or(0)))));
    if (creating)
        form->addRow(tr("&Unit:"), unit);
    else
        unit->hide(); // the unit of an assessment stays; its lines and assets belong to it
    auto *date = new DateField(&dialog);
    date->setDate(toQDate(assessment.date));
    form->addRow(tr("&Date:"), date);
    auto *assessor = new QComboBox(&dialog);
    assessor->addItem(tr("(none)"), QVariant::fromValue<qlonglong>(0));
    for (const Person &person : data.people)
        assessor->addItem(toQString(person.name), QVariant::fromValue<qlonglong>(person.id));
    assessor->setCurrentIndex(
        std::max(0, assessor->findData(QVariant::fromValue<qlonglong>(assessment.assessorId.value_or(0)))));
    form->addRow(tr("&Assessor:"), assessor);
    // The assets the assessment covers, printed on its form (issue 14; 003 Vedlegg 2 "assessed assets").
    auto *assets = new QListWidget(&dialog);
    assets->setObjectName(QStringLiteral("assessedAssets"));
    assets->setToolTip(tr("The assets this assessment covers: printed on its form"));
    for (const Asset &asset : data.assets) {
        const std::string unitName = data.unitName(asset.unitId);
        auto *item = new QListWidgetItem(
            unitName.empty() ? toQString(asset.name) : tr("%1 (%2)").arg(toQString(asset.name), toQString(unitName)),
            assets);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(asset.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool assessed =
            std::find(assessment.assetIds.begin(), assessment.assetIds.end(), asset.id) != assessment.assetIds.end();
        item->setCheckState(assessed ? Qt::Checked : Qt::Unchecked);
    }
    assets->sortItems();
    assets->setMaximumHeight(140);
    form->addRow(tr("Assessed a&ssets:"), assets);
    auto *status = new QComboBox(&dialog);
    for (AssessmentStatus value : {AssessmentStatus::Draft, AssessmentStatus::Submitted, AssessmentStatus::Approved})
        status->addItem(DomainTexts::assessmentStatus(value), static_cast<int>(value));
    status->setCurrentIndex(static_cast<int>(assessment.status));
    QCheckBox *fromLast = nullptr;
    if (creating && startFrom) {
        // Issue 15: the next round starts from the last one of the unit.
        fromLast = new QCheckBox(&dialog);
        fromLast->setObjectName(QString::fromLatin1(StartFromLastRoundName));
        auto updateLast = [&data, unit, fromLast] {
            const qlonglong chosen = unit->currentData().toLongLong();
            const std::optional<Id> last = lastRound(data, chosen > 0 ? std::optional<Id>(chosen) : std::nullopt);
            const RiskAssessment *round = RegisterData::findById(data.assessments, last);
            fromLast->setEnabled(round != nullptr);
            if (!round)
                fromLast->setChecked(false);
            fromLast->setText(round ? tr("Start from the last round (%1): its lines carried over, open measures along")
                                          .arg(toQString(round->name))
                                    : tr("Start from the last round (the unit has none)"));
            fromLast->setProperty("round", QVariant::fromValue<qlonglong>(round ? round->id : 0));
        };
        updateLast();
        connect(unit, &QComboBox::currentIndexChanged, &dialog, updateLast);
        form->addRow(fromLast);
    }
    if (creating) {
        auto *note = new QLabel(tr("The register's current acceptance criteria are fixed for this assessment when it "
                                   "is created."),
                                &dialog);
        note->setWordWrap(true);
        form->addRow(note);
        status->hide(); // a new assessment starts as a draft
    } else {
        form->addRow(tr("&Status:"), status);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto enableOk = [buttons, name, date] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty() && date->hasValidInput());
    };
    enableOk();
    connect(name, &QLineEdit::textChanged, &dialog, enableOk);
    connect(date, &QLineEdit::textChanged, &dialog, enableOk);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto optionalId = [](const QComboBox *combo) {
        const qlonglong id = combo->currentData().toLongLong();
        return id > 0 ? std::optional<Id>(id) : std::nullopt;
    };
    assessment.name = toStdString(name->text().trimmed());
    if (creating)
        assessment.unitId = optionalId(unit);
    if (fromLast && fromLast->isEnabled() && fromLast->isChecked())
        *startFrom = fromLast->property("round").toLongLong();
    assessment.date = toDate(date->date());
    assessment.assessorId = optionalId(assessor);
    assessment.status = static_cast<AssessmentStatus>(status->currentData().toInt());
    assessment.assetIds.clear();
    for (int row = 0; row < assets->count(); ++row) {
        if (assets->item(row)->checkState() == Qt::Checked)
            assessment.assetIds.push_back(static_cast<Id>(assets->item(row)->data(Qt::UserRole).toLongLong()));
    }
    std::sort(assessment.assetIds.begin(), assessment.assetIds.end());
    return true;
}

} // namespace trygg::ui
