// SPDX-License-Identifier: EUPL-1.2
#include "RegisterDocument.h"

#include "DocumentCommand.h"

#include "common/Translations.h"
#include "cycle/Approvals.h"
#include "cycle/Rounds.h"
#include "model/Error.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/SqlConnection.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <stdexcept>

namespace trygg::ui {

RegisterDocument::RegisterDocument(std::unique_ptr<RegisterFile> file, std::optional<LockHolder> lockHolder)
    : m_file(std::move(file)), m_trailEntry(m_file->lastTrailEntry()), m_data(m_file->load()),
      m_undoStack(new QUndoStack(this)), m_lockHolder(std::move(lockHolder)), m_heartbeat(new QTimer(this))
{
    startFollowing();
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
    if (isServerAddress(name)) { // issue 16: no write lock; the address kept (in memory only) to connect again
        auto document = std::unique_ptr<RegisterDocument>(new RegisterDocument(std::make_unique<RegisterFile>(
            RegisterFile::open(name, readOnly ? RegisterFile::Access::ReadOnly : RegisterFile::Access::ReadWrite))));
        document->m_address = name;
        return document;
    }
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
    } catch (const LockUnavailable &noLock) {
        // Issue 19: without the lock nothing may be written, but reading is safe and says more than a refusal.
        auto document = std::unique_ptr<RegisterDocument>(new RegisterDocument(
            std::make_unique<RegisterFile>(RegisterFile::open(name, RegisterFile::Access::ReadOnly))));
        document->m_lockProblem = errorText(noLock);
        return document;
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
    return m_file->readOnly() || m_offline || !mayChangeAnything();
}

namespace {

// RecordKind lists the kinds in the order of Record's alternatives.
static_assert(std::variant_size_v<Record> == static_cast<std::size_t>(RecordKind::Exception) + 1);
static_assert(
    std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(RecordKind::Measure), Record>, Measure>);
RecordKind kindOf(const Record &record)
{
    return static_cast<RecordKind>(record.index());
}

// The record an action is about: the last one its edit writes (its cascades come first).
template <typename T> const T *subject(const RegisterData &data, Id id)
{
    return RegisterData::findById(records::in<T>(data), id);
}

} // namespace

QString RegisterDocument::quoted(const std::string &text)
{
    QString name = QString::fromStdString(text);
    if (name.size() > 40)
        name = name.left(39) + QChar(0x2026);
    return QChar(0x201C) + name + QChar(0x201D);
}

Edit RegisterDocument::write(const Edit &edit)
{
    Edit written = applyEdit(*m_file, edit);
    mirrorEdit(m_data, written);
    announce(written);
    return written;
}

void RegisterDocument::announce(const Edit &written)
{
    emit edited(written);
    std::vector<RecordKind> reset;
    for (const RecordEdit &step : written.records) {
        const Record &record = step.after ? *step.after : *step.before;
        const RecordKind kind = kindOf(record);
        if (step.before && step.after)
            emit recordChanged(kind, idOf(record));
        else if (std::find(reset.begin(), reset.end(), kind) == reset.end())
            reset.push_back(kind);
    }
    for (RecordKind kind : reset)
        emit recordsReset(kind);
}

std::optional<Edit> RegisterDocument::push(const QString &text, const Edit &edit)
{
    if (readOnly()) {
        emit editFailed(readOnlyReason());
        return std::nullopt;
    }
    if (edit.empty()) {
        emit editFailed(tr("This record no longer exists; nothing was changed."));
        return std::nullopt;
    }
    Edit written;
    try {
        written = write(edit);
    } catch (const std::exception &error) {
        reloadAfterFailure(errorText(error), &error);
        return std::nullopt;
    }
    m_undoStack->push(new DocumentCommand(this, text, written));
    return written;
}

std::optional<Id> RegisterDocument::pushAdded(const QString &text, const Edit &edit)
{
    const std::optional<Edit> written = push(text, edit);
    if (!written)
        return std::nullopt;
    return idOf(*written->records.back().after);
}

ImportSummary RegisterDocument::importRows(ImportKind kind, const CsvTable &table, const QString &fileName,
                                           const ImportOptions &options)
{
    const ImportSummary summary = importTable(*m_file, kind, table, fileName.toStdString(), options);
    if (options.dryRun)
        return summary;
    m_undoStack->clear();
    const Id entry = m_file->lastTrailEntry();
    m_data = m_file->load();
    m_trailEntry = entry;
    emit reloaded();
    for (RecordKind record : {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset,
                              RecordKind::Assessment, RecordKind::Risk, RecordKind::Measure})
        emit recordsReset(record);
    return summary;
}

void RegisterDocument::stepFailed(bool forward, const std::exception &error)
{
    const int index = m_undoStack->index(); // QUndoStack changes it after the command returns
    QTimer::singleShot(0, this, [this, index] { m_undoStack->setIndex(index); });
    const QString message = errorText(error);
    reloadAfterFailure(forward ? tr("Redo failed, nothing was changed: %1").arg(message)
                               : tr("Undo failed, nothing was changed: %1").arg(message),
                       &error);
}

void RegisterDocument::reloadAfterFailure(const QString &message, const std::exception *error)
{
    // Issue 16: the server went; nothing was written. Read-only until it is back (nothing to read now).
    if (dynamic_cast<const ConnectionLost *>(error)) {
        loseConnection(message);
        return;
    }
    // Another client's change since (EditConflict, or a refusal for any reason): what is stored now is shown.
    m_trailEntry = m_file->lastTrailEntry();
    // The transaction was rolled back: make memory match the file again.
    try {
        m_data = m_file->load();
    } catch (const std::exception &) {
        // Keep what we had; the message below tells the user what went wrong.
    }
    emit reloaded();
    for (RecordKind kind :
         {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset, RecordKind::Assessment,
          RecordKind::Risk, RecordKind::Measure, RecordKind::Document, RecordKind::Review, RecordKind::Acceptance,
          RecordKind::Approval, RecordKind::Incident, RecordKind::Exception})
        emit recordsReset(kind);
    if (dynamic_cast<const RegisterReplaced *>(error)) {
        emit fileReplaced();
    } else {
        emit editFailed(message);
    }
}

std::optional<Id> RegisterDocument::addUnit(const OrgUnit &unit)
{
    return pushAdded(tr("Add unit %1").arg(quoted(unit.name)), edits::add(unit));
}

bool RegisterDocument::editUnit(const OrgUnit &unit)
{
    return push(tr("Edit unit %1").arg(quoted(unit.name)), edits::change(m_data, unit)).has_value();
}

bool RegisterDocument::removeUnit(Id id)
{
    const OrgUnit *unit = subject<OrgUnit>(m_data, id);
    return unit && push(tr("Delete unit %1").arg(quoted(unit->name)), edits::removeUnit(m_data, id));
}

std::optional<Id> RegisterDocument::addPerson(const Person &person)
{
    return pushAdded(tr("Add person %1").arg(quoted(person.name)), edits::add(person));
}

bool RegisterDocument::editPerson(const Person &person)
{
    return push(tr("Edit person %1").arg(quoted(person.name)), edits::change(m_data, person)).has_value();
}

bool RegisterDocument::removePerson(Id id)
{
    const Person *person = subject<Person>(m_data, id);
    return person && push(tr("Delete person %1").arg(quoted(person->name)), edits::removePerson(m_data, id));
}

std::optional<Id> RegisterDocument::addAsset(const Asset &asset)
{
    return pushAdded(tr("Add asset %1").arg(quoted(asset.name)), edits::add(asset));
}

bool RegisterDocument::editAsset(const Asset &asset)
{
    return push(tr("Edit asset %1").arg(quoted(asset.name)), edits::change(m_data, asset)).has_value();
}

bool RegisterDocument::removeAsset(Id id)
{
    const Asset *asset = subject<Asset>(m_data, id);
    return asset && push(tr("Delete asset %1").arg(quoted(asset->name)), edits::removeAsset(m_data, id));
}

std::optional<Id> RegisterDocument::addAssessment(const RiskAssessment &assessment)
{
    return pushAdded(tr("Add assessment %1").arg(quoted(assessment.name)), edits::addAssessment(m_data, assessment));
}

std::optional<Id> RegisterDocument::startRound(Id fromId, const RiskAssessment &next)
{
    const RiskAssessment *from = subject<RiskAssessment>(m_data, fromId);
    if (!from)
        return std::nullopt;
    Edit edit;
    try {
        edit = edits::startRound(m_data, fromId, next);
    } catch (const std::exception &error) {
        emit editFailed(errorText(error));
        return std::nullopt;
    }
    const std::optional<Edit> written =
        push(tr("Start round %1 from %2").arg(quoted(next.name), quoted(from->name)), edit);
    if (!written)
        return std::nullopt;
    return idOf(*written->records.front().after);
}

bool RegisterDocument::confirmRisks(const std::vector<Id> &ids)
{
    const Edit edit = edits::confirmRisks(m_data, ids);
    return !edit.empty() &&
           push(tr("Confirm the scores of %n line(s)", nullptr, static_cast<int>(edit.records.size())), edit)
               .has_value();
}

bool RegisterDocument::editAssessment(const RiskAssessment &assessment)
{
    return push(tr("Edit assessment %1").arg(quoted(assessment.name)), edits::change(m_data, assessment)).has_value();
}

bool RegisterDocument::removeAssessment(Id id)
{
    const RiskAssessment *assessment = subject<RiskAssessment>(m_data, id);
    return assessment &&
           push(tr("Delete assessment %1").arg(quoted(assessment->name)), edits::removeAssessment(m_data, id));
}

std::optional<Id> RegisterDocument::addRisk(const Risk &risk)
{
    return pushAdded(tr("Add risk line %1").arg(quoted(risk.threat)), edits::addRisk(m_data, risk));
}

bool RegisterDocument::editRisk(const Risk &risk)
{
    return push(tr("Edit risk line %1").arg(quoted(risk.threat)), edits::change(m_data, risk)).has_value();
}

bool RegisterDocument::removeRisks(const std::vector<Id> &ids)
{
    const Edit edit = edits::removeRisks(m_data, ids);
    const int count = static_cast<int>(std::count_if(edit.records.begin(), edit.records.end(), [](const RecordEdit &e) {
        return !e.after && std::holds_alternative<Risk>(*e.before);
    }));
    return count > 0 && push(tr("Delete %n risk line(s)", nullptr, count), edit);
}

bool RegisterDocument::moveRisk(Id id, int direction)
{
    const Risk *risk = subject<Risk>(m_data, id);
    if (!risk)
        return false;
    const Edit edit = edits::moveRisk(m_data, id, direction);
    return !edit.empty() && push(direction < 0 ? tr("Move %1 up").arg(quoted(risk->threat))
                                               : tr("Move %1 down").arg(quoted(risk->threat)),
                                 edit);
}

std::optional<Id> RegisterDocument::addMeasure(const Measure &measure, const std::optional<Person> &newResponsible)
{
    return pushAdded(tr("Add measure %1").arg(quoted(measure.what)),
                     newResponsible ? edits::withNewResponsible(m_data, *newResponsible, measure)
                                    : edits::add(measure));
}

bool RegisterDocument::editMeasure(const Measure &measure, const std::optional<Person> &newResponsible)
{
    return push(tr("Edit measure %1").arg(quoted(measure.what)),
                newResponsible ? edits::withNewResponsible(m_data, *newResponsible, measure)
                               : edits::change(m_data, measure))
        .has_value();
}

bool RegisterDocument::removeMeasures(const std::vector<Id> &ids)
{
    if (ids.size() == 1)
        return removeMeasure(ids.front());
    const Edit edit = edits::removeMeasures(m_data, ids);
    const int count = static_cast<int>(std::count_if(edit.records.begin(), edit.records.end(), [](const RecordEdit &e) {
        return !e.after && std::holds_alternative<Measure>(*e.before);
    }));
    return count > 0 && push(tr("Delete %n measures", nullptr, count), edit);
}

bool RegisterDocument::removeMeasure(Id id)
{
    const Measure *measure = subject<Measure>(m_data, id);
    return measure && push(tr("Delete measure %1").arg(quoted(measure->what)), edits::removeMeasure(m_data, id));
}

bool RegisterDocument::addMatrixVersion(const RiskMatrix &matrix)
{
    if (readOnly()) {
        emit editFailed(readOnlyReason());
        return false;
    }
    try {
        NewMatrixVersion version = applyNewMatrixVersion(*m_file, m_data, matrix);
        m_data.matrices.insert(std::lower_bound(m_data.matrices.begin(), m_data.matrices.end(), version.matrix.id,
                                                [](const RiskMatrix &m, Id key) { return m.id < key; }),
                               version.matrix);
        mirrorEdit(m_data, version.written);
        announce(version.written);
        m_undoStack->push(new DocumentCommand(this, tr("Edit the risk matrix"), version.written));
        return true;
    } catch (const std::exception &error) {
        reloadAfterFailure(errorText(error), &error);
        return false;
    }
}

bool RegisterDocument::editInfo(const RegisterInfo &info)
{
    return push(tr("Edit register %1").arg(quoted(info.name)), edits::change(m_data, info)).has_value();
}

} // namespace trygg::ui
