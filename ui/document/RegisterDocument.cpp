#include "RegisterDocument.h"

#include "DocumentCommand.h"
#include "DocumentRecords.h"

#include "common/Translations.h"
#include "cycle/Approvals.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <stdexcept>

namespace trygg::ui {

using namespace documentdetail;

RegisterDocument::RegisterDocument(std::unique_ptr<RegisterFile> file, std::optional<LockHolder> lockHolder)
    : m_file(std::move(file)), m_data(m_file->load()), m_undoStack(new QUndoStack(this)),
      m_lockHolder(std::move(lockHolder)), m_heartbeat(new QTimer(this))
{
    // Well inside WriteLock::StaleAfterSeconds, so a lock in use never looks stale.
    m_heartbeat->setInterval(60 * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, &RegisterDocument::refreshLock);
    if (!m_file->readOnly())
        m_heartbeat->start();
}

void RegisterDocument::refreshLock()
{
    if (m_file->refreshLock())
        return;
    m_heartbeat->stop();
    emit editFailed(tr("Another instance has taken over %1: it is read-only here now, and nothing more is saved from "
                       "this window.")
                        .arg(path()));
}

RegisterDocument::~RegisterDocument() = default;

std::unique_ptr<RegisterDocument> RegisterDocument::open(const QString &path, bool readOnly)
{
    const std::string name = path.toStdString();
    if (readOnly)
        return std::unique_ptr<RegisterDocument>(new RegisterDocument(
            std::make_unique<RegisterFile>(RegisterFile::open(name, RegisterFile::Access::ReadOnly))));
    std::optional<LockHolder> holder;
    std::unique_ptr<RegisterFile> file;
    try {
        file = std::make_unique<RegisterFile>(RegisterFile::open(name, RegisterFile::Access::ReadWrite));
    } catch (const FileInUse &inUse) {
        // Someone else is writing it: reading is still safe, and more useful than a refusal.
        holder = inUse.holder();
        file = std::make_unique<RegisterFile>(RegisterFile::open(name, RegisterFile::Access::ReadOnly));
    }
    return std::unique_ptr<RegisterDocument>(new RegisterDocument(std::move(file), std::move(holder)));
}

std::unique_ptr<RegisterDocument> RegisterDocument::takeOver(const QString &path, bool evenIfHeld)
{
    auto file = std::make_unique<RegisterFile>(RegisterFile::takeOver(path.toStdString(), evenIfHeld));
    return std::unique_ptr<RegisterDocument>(new RegisterDocument(std::move(file)));
}

std::unique_ptr<RegisterDocument> RegisterDocument::create(const QString &path, const QString &preset,
                                                           const QString &name)
{
    auto file = std::make_unique<RegisterFile>(
        RegisterFile::create(path.toStdString(), preset.toStdString(), name.toStdString()));
    return std::unique_ptr<RegisterDocument>(new RegisterDocument(std::move(file)));
}

QString RegisterDocument::path() const
{
    return QString::fromStdString(m_file->path());
}

bool RegisterDocument::readOnly() const
{
    return m_file->readOnly();
}

template <typename T> Id RegisterDocument::apply(const std::optional<T> &before, const std::optional<T> &after)
{
    if constexpr (std::is_same_v<T, RegisterInfo>) {
        m_file->updateInfo(*after);
        m_data.info = *after;
        emit recordChanged(RecordKind::Register, 0);
        return 0;
    } else {
        using R = Record<T>;
        std::vector<T> &items = R::items(m_data);
        if (after && !before) {
            T added = *after;
            added.id = R::add(*m_file, added);
            items.insert(position(items, added.id), added);
            emit recordsReset(R::kind);
            return added.id;
        }
        if (before && !after) {
            R::remove(*m_file, before->id);
            if (auto it = position(items, before->id); it != items.end() && it->id == before->id)
                items.erase(it);
            pruneCycle(R::kind, before->id);
            emit recordsReset(R::kind);
            return before->id;
        }
        R::update(*m_file, *after);
        if (auto it = position(items, after->id); it != items.end() && it->id == after->id)
            *it = *after;
        emit recordChanged(R::kind, after->id);
        return after->id;
    }
}

template Id RegisterDocument::apply(const std::optional<OrgUnit> &, const std::optional<OrgUnit> &);
template Id RegisterDocument::apply(const std::optional<Person> &, const std::optional<Person> &);
template Id RegisterDocument::apply(const std::optional<Asset> &, const std::optional<Asset> &);
template Id RegisterDocument::apply(const std::optional<RiskAssessment> &, const std::optional<RiskAssessment> &);
template Id RegisterDocument::apply(const std::optional<Risk> &, const std::optional<Risk> &);
template Id RegisterDocument::apply(const std::optional<Measure> &, const std::optional<Measure> &);
template Id RegisterDocument::apply(const std::optional<RegisterInfo> &, const std::optional<RegisterInfo> &);
template Id RegisterDocument::apply(const std::optional<PolicyDocument> &, const std::optional<PolicyDocument> &);
template Id RegisterDocument::apply(const std::optional<Review> &, const std::optional<Review> &);
template Id RegisterDocument::apply(const std::optional<RiskAcceptance> &, const std::optional<RiskAcceptance> &);
template Id RegisterDocument::apply(const std::optional<Approval> &, const std::optional<Approval> &);
template Id RegisterDocument::apply(const std::optional<Incident> &, const std::optional<Incident> &);
template Id RegisterDocument::apply(const std::optional<RuleException> &, const std::optional<RuleException> &);

bool RegisterDocument::push(std::unique_ptr<DocumentCommand> command)
{
    if (readOnly()) {
        emit editFailed(tr("The register is open read-only; nothing was changed."));
        return false;
    }
    try {
        Transaction transaction(m_file->database());
        command->QUndoCommand::redo(); // the children, in order
        transaction.commit();
    } catch (const std::exception &error) {
        reloadAfterFailure(errorText(error));
        return false;
    }
    command->markApplied();
    m_undoStack->push(command.release());
    return true;
}

ImportSummary RegisterDocument::importRows(ImportKind kind, const CsvTable &table, const QString &fileName,
                                           const ImportOptions &options)
{
    const ImportSummary summary = importTable(*m_file, kind, table, fileName.toStdString(), options);
    if (options.dryRun)
        return summary;
    m_undoStack->clear();
    m_data = m_file->load();
    for (RecordKind record : {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset,
                              RecordKind::Assessment, RecordKind::Risk, RecordKind::Measure})
        emit recordsReset(record);
    return summary;
}

void RegisterDocument::stepFailed(bool forward, const QString &message)
{
    const int index = m_undoStack->index(); // QUndoStack changes it after the command returns
    QTimer::singleShot(0, this, [this, index] { m_undoStack->setIndex(index); });
    reloadAfterFailure(forward ? tr("Redo failed, nothing was changed: %1").arg(message)
                               : tr("Undo failed, nothing was changed: %1").arg(message));
}

void RegisterDocument::reloadAfterFailure(const QString &message)
{
    // The transaction was rolled back: make memory match the file again.
    try {
        m_data = m_file->load();
    } catch (const std::exception &) {
        // Keep what we had; the message below tells the user what went wrong.
    }
    for (RecordKind kind : {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset,
                            RecordKind::Assessment, RecordKind::Risk, RecordKind::Measure, RecordKind::Document,
                            RecordKind::Review,
                            RecordKind::Acceptance, RecordKind::Approval, RecordKind::Incident, RecordKind::Exception})
        emit recordsReset(kind);
    emit editFailed(message);
}

std::optional<Id> RegisterDocument::addUnit(const OrgUnit &unit)
{
    return pushChange<OrgUnit>(tr("Add unit %1").arg(quoted(unit.name)), std::nullopt, unit);
}

bool RegisterDocument::editUnit(const OrgUnit &unit)
{
    return pushChange<OrgUnit>(tr("Edit unit %1").arg(quoted(unit.name)), current<OrgUnit>(unit.id), unit).has_value();
}

bool RegisterDocument::removeUnit(Id id)
{
    const auto unit = current<OrgUnit>(id);
    if (!unit)
        return false;
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete unit %1").arg(quoted(unit->name)));
    for (const OrgUnit &child : m_data.units)
        if (child.parentId == id) {
            OrgUnit changed = child;
            changed.parentId.reset();
            new RecordChange<OrgUnit>(this, child, changed, command.get());
        }
    new RecordChange<OrgUnit>(this, unit, std::nullopt, command.get());
    return push(std::move(command));
}

std::optional<Id> RegisterDocument::addPerson(const Person &person)
{
    return pushChange<Person>(tr("Add person %1").arg(quoted(person.name)), std::nullopt, person);
}

bool RegisterDocument::editPerson(const Person &person)
{
    return pushChange<Person>(tr("Edit person %1").arg(quoted(person.name)), current<Person>(person.id), person)
        .has_value();
}

bool RegisterDocument::removePerson(Id id)
{
    const auto person = current<Person>(id);
    if (!person)
        return false;
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete person %1").arg(quoted(person->name)));
    // The file clears these references itself; as explicit changes they come back on undo.
    for (const Asset &asset : m_data.assets)
        if (asset.ownerId == id || asset.deputyId == id) {
            Asset changed = asset;
            if (changed.ownerId == id)
                changed.ownerId.reset();
            if (changed.deputyId == id)
                changed.deputyId.reset();
            new RecordChange<Asset>(this, asset, changed, command.get());
        }
    for (const RiskAssessment &assessment : m_data.assessments)
        if (assessment.assessorId == id || assessment.approvedById == id) {
            RiskAssessment changed = assessment;
            if (changed.assessorId == id)
                changed.assessorId.reset();
            if (changed.approvedById == id)
                changed.approvedById.reset();
            new RecordChange<RiskAssessment>(this, assessment, changed, command.get());
        }
    for (const Measure &measure : m_data.measures)
        if (measure.responsibleId == id) {
            Measure changed = measure;
            changed.responsibleId.reset();
            new RecordChange<Measure>(this, measure, changed, command.get());
        }
    new RecordChange<Person>(this, person, std::nullopt, command.get());
    return push(std::move(command));
}

std::optional<Id> RegisterDocument::addAsset(const Asset &asset)
{
    return pushChange<Asset>(tr("Add asset %1").arg(quoted(asset.name)), std::nullopt, asset);
}

bool RegisterDocument::editAsset(const Asset &asset)
{
    return pushChange<Asset>(tr("Edit asset %1").arg(quoted(asset.name)), current<Asset>(asset.id), asset).has_value();
}

bool RegisterDocument::removeAsset(Id id)
{
    const auto asset = current<Asset>(id);
    if (!asset)
        return false;
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete asset %1").arg(quoted(asset->name)));
    detachCycle({.assets = {id}}, command.get());
    for (const Risk &risk : m_data.risks)
        if (risk.assetId == id) {
            Risk changed = risk;
            changed.assetId.reset();
            new RecordChange<Risk>(this, risk, changed, command.get());
        }
    for (const RiskAssessment &assessment : m_data.assessments)
        if (std::find(assessment.assetIds.begin(), assessment.assetIds.end(), id) != assessment.assetIds.end()) {
            RiskAssessment changed = assessment;
            std::erase(changed.assetIds, id);
            new RecordChange<RiskAssessment>(this, assessment, changed, command.get());
        }
    new RecordChange<Asset>(this, asset, std::nullopt, command.get());
    return push(std::move(command));
}

std::optional<Id> RegisterDocument::addAssessment(const RiskAssessment &assessment)
{
    // The criteria are fixed now (003 section 5): memory then holds what the file does, and a redo after
    // the matrix has changed restores the assessment with the criteria it was made with.
    RiskAssessment added = assessment;
    if (added.matrixId == 0)
        added.matrixId = m_data.info.currentMatrixId;
    return pushChange<RiskAssessment>(tr("Add assessment %1").arg(quoted(assessment.name)), std::nullopt, added);
}

bool RegisterDocument::editAssessment(const RiskAssessment &assessment)
{
    return pushChange<RiskAssessment>(tr("Edit assessment %1").arg(quoted(assessment.name)),
                                      current<RiskAssessment>(assessment.id), assessment)
        .has_value();
}

bool RegisterDocument::removeAssessment(Id id)
{
    const auto assessment = current<RiskAssessment>(id);
    if (!assessment)
        return false;
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete assessment %1").arg(quoted(assessment->name)));
    std::vector<Id> risks;
    for (const Risk &risk : m_data.risks)
        if (risk.assessmentId == id)
            risks.push_back(risk.id);
    auto isRemovedRisk = [&](Id riskId) { return std::binary_search(risks.begin(), risks.end(), riskId); };
    Removal removal{.assessments = {id}, .risks = risks};
    for (const Measure &measure : m_data.measures)
        if (measure.assessmentId == id)
            removal.measures.push_back(measure.id);
    detachCycle(removal, command.get());
    for (const Measure &measure : m_data.measures) {
        if (measure.assessmentId == id) {
            new RecordChange<Measure>(this, measure, std::nullopt, command.get());
        } else if (std::any_of(measure.riskIds.begin(), measure.riskIds.end(), isRemovedRisk)) {
            Measure changed = measure;
            std::erase_if(changed.riskIds, isRemovedRisk);
            new RecordChange<Measure>(this, measure, changed, command.get());
        }
    }
    for (Id riskId : risks)
        new RecordChange<Risk>(this, current<Risk>(riskId), std::nullopt, command.get());
    new RecordChange<RiskAssessment>(this, assessment, std::nullopt, command.get());
    return push(std::move(command));
}

std::optional<Id> RegisterDocument::addRisk(const Risk &risk)
{
    Risk added = risk;
    if (added.position == 0) {
        for (const Risk &other : m_data.risks)
            if (other.assessmentId == risk.assessmentId)
                added.position = std::max(added.position, other.position);
        ++added.position;
    }
    return pushChange<Risk>(tr("Add risk line %1").arg(quoted(risk.threat)), std::nullopt, added);
}

bool RegisterDocument::editRisk(const Risk &risk)
{
    return pushChange<Risk>(tr("Edit risk line %1").arg(quoted(risk.threat)), current<Risk>(risk.id), risk).has_value();
}

bool RegisterDocument::removeRisks(const std::vector<Id> &ids)
{
    std::vector<Id> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.empty())
        return false;
    const int count = static_cast<int>(sorted.size());
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete %n risk line(s)", nullptr, count));
    auto isRemoved = [&](Id riskId) { return std::binary_search(sorted.begin(), sorted.end(), riskId); };
    detachCycle({.risks = sorted}, command.get());
    for (const Measure &measure : m_data.measures)
        if (std::any_of(measure.riskIds.begin(), measure.riskIds.end(), isRemoved)) {
            Measure changed = measure;
            std::erase_if(changed.riskIds, isRemoved);
            new RecordChange<Measure>(this, measure, changed, command.get());
        }
    for (Id id : sorted)
        if (auto risk = current<Risk>(id))
            new RecordChange<Risk>(this, risk, std::nullopt, command.get());
    return push(std::move(command));
}

bool RegisterDocument::moveRisk(Id id, int direction)
{
    const auto risk = current<Risk>(id);
    if (!risk || direction == 0)
        return false;
    // The neighbour in the form: the closest position above (direction < 0) or below.
    std::optional<Risk> neighbour;
    for (const Risk &other : m_data.risks) {
        if (other.assessmentId != risk->assessmentId || other.id == id)
            continue;
        const bool onSide = direction < 0 ? other.position < risk->position : other.position > risk->position;
        if (onSide &&
            (!neighbour || std::abs(other.position - risk->position) < std::abs(neighbour->position - risk->position)))
            neighbour = other;
    }
    if (!neighbour)
        return false;
    auto command =
        std::make_unique<DocumentCommand>(this, direction < 0 ? tr("Move %1 up").arg(quoted(risk->threat))
                                                              : tr("Move %1 down").arg(quoted(risk->threat)));
    Risk moved = *risk;
    Risk other = *neighbour;
    std::swap(moved.position, other.position);
    new RecordChange<Risk>(this, risk, moved, command.get());
    new RecordChange<Risk>(this, neighbour, other, command.get());
    return push(std::move(command));
}

std::optional<Id> RegisterDocument::addMeasure(const Measure &measure)
{
    return pushChange<Measure>(tr("Add measure %1").arg(quoted(measure.what)), std::nullopt, measure);
}

bool RegisterDocument::editMeasure(const Measure &measure)
{
    return pushChange<Measure>(tr("Edit measure %1").arg(quoted(measure.what)), current<Measure>(measure.id), measure)
        .has_value();
}

bool RegisterDocument::removeMeasure(Id id)
{
    const auto measure = current<Measure>(id);
    if (!measure)
        return false;
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete measure %1").arg(quoted(measure->what)));
    detachCycle({.measures = {id}}, command.get());
    new RecordChange<Measure>(this, measure, std::nullopt, command.get());
    return push(std::move(command));
}

Id RegisterDocument::storeMatrix(const RiskMatrix &matrix)
{
    RiskMatrix stored = matrix;
    stored.id = m_file->addMatrix(matrix);
    m_data.matrices.insert(position(m_data.matrices, stored.id), stored);
    return stored.id;
}

bool RegisterDocument::addMatrixVersion(const RiskMatrix &matrix)
{
    auto command = std::make_unique<DocumentCommand>(this, tr("Edit the risk matrix"));
    new MatrixVersionChange(this, matrix, m_data.info, command.get());
    return push(std::move(command));
}

bool RegisterDocument::editInfo(const RegisterInfo &info)
{
    return pushChange<RegisterInfo>(tr("Edit register %1").arg(quoted(info.name)), m_data.info, info).has_value();
}

} // namespace trygg::ui
