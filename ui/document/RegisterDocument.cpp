#include "RegisterDocument.h"

#include "DocumentCommand.h"

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
namespace {

// How each kind of record is stored, mirrored in memory and announced.
template <typename T> struct Record;

template <> struct Record<OrgUnit> {
    static constexpr RecordKind kind = RecordKind::Unit;
    static std::vector<OrgUnit> &items(RegisterData &d) { return d.units; }
    static Id add(RegisterFile &f, const OrgUnit &r) { return f.addUnit(r); }
    static void update(RegisterFile &f, const OrgUnit &r) { f.updateUnit(r); }
    static void remove(RegisterFile &f, Id id) { f.removeUnit(id); }
};
template <> struct Record<Person> {
    static constexpr RecordKind kind = RecordKind::Person;
    static std::vector<Person> &items(RegisterData &d) { return d.people; }
    static Id add(RegisterFile &f, const Person &r) { return f.addPerson(r); }
    static void update(RegisterFile &f, const Person &r) { f.updatePerson(r); }
    static void remove(RegisterFile &f, Id id) { f.removePerson(id); }
};
template <> struct Record<Asset> {
    static constexpr RecordKind kind = RecordKind::Asset;
    static std::vector<Asset> &items(RegisterData &d) { return d.assets; }
    static Id add(RegisterFile &f, const Asset &r) { return f.addAsset(r); }
    static void update(RegisterFile &f, const Asset &r) { f.updateAsset(r); }
    static void remove(RegisterFile &f, Id id) { f.removeAsset(id); }
};
template <> struct Record<RiskAssessment> {
    static constexpr RecordKind kind = RecordKind::Assessment;
    static std::vector<RiskAssessment> &items(RegisterData &d) { return d.assessments; }
    static Id add(RegisterFile &f, const RiskAssessment &r) { return f.addAssessment(r); }
    static void update(RegisterFile &f, const RiskAssessment &r) { f.updateAssessment(r); }
    static void remove(RegisterFile &f, Id id) { f.removeAssessment(id); }
};
template <> struct Record<Risk> {
    static constexpr RecordKind kind = RecordKind::Risk;
    static std::vector<Risk> &items(RegisterData &d) { return d.risks; }
    static Id add(RegisterFile &f, const Risk &r) { return f.addRisk(r); }
    static void update(RegisterFile &f, const Risk &r) { f.updateRisk(r); }
    static void remove(RegisterFile &f, Id id) { f.removeRisk(id); }
};
template <> struct Record<Measure> {
    static constexpr RecordKind kind = RecordKind::Measure;
    static std::vector<Measure> &items(RegisterData &d) { return d.measures; }
    static Id add(RegisterFile &f, const Measure &r) { return f.addMeasure(r); }
    static void update(RegisterFile &f, const Measure &r) { f.updateMeasure(r); }
    static void remove(RegisterFile &f, Id id) { f.removeMeasure(id); }
};

template <> struct Record<PolicyDocument> {
    static constexpr RecordKind kind = RecordKind::Document;
    static std::vector<PolicyDocument> &items(RegisterData &d) { return d.documents; }
    static Id add(RegisterFile &f, const PolicyDocument &r) { return f.addPolicyDocument(r); }
    static void update(RegisterFile &f, const PolicyDocument &r) { f.updatePolicyDocument(r); }
    static void remove(RegisterFile &f, Id id) { f.removePolicyDocument(id); }
};
template <> struct Record<Review> {
    static constexpr RecordKind kind = RecordKind::Review;
    static std::vector<Review> &items(RegisterData &d) { return d.reviews; }
    static Id add(RegisterFile &f, const Review &r) { return f.addReview(r); }
    static void update(RegisterFile &, const Review &) { throw std::logic_error("reviews are not edited"); }
    static void remove(RegisterFile &f, Id id) { f.removeReview(id); }
};
template <> struct Record<RiskAcceptance> {
    static constexpr RecordKind kind = RecordKind::Acceptance;
    static std::vector<RiskAcceptance> &items(RegisterData &d) { return d.acceptances; }
    static Id add(RegisterFile &f, const RiskAcceptance &r) { return f.addAcceptance(r); }
    static void update(RegisterFile &, const RiskAcceptance &) { throw std::logic_error("acceptances are not edited"); }
    static void remove(RegisterFile &f, Id id) { f.removeAcceptance(id); }
};
template <> struct Record<Approval> {
    static constexpr RecordKind kind = RecordKind::Approval;
    static std::vector<Approval> &items(RegisterData &d) { return d.approvals; }
    static Id add(RegisterFile &f, const Approval &r) { return f.addApproval(r); }
    static void update(RegisterFile &, const Approval &) { throw std::logic_error("approvals are not edited"); }
    static void remove(RegisterFile &f, Id id) { f.removeApproval(id); }
};
template <> struct Record<Incident> {
    static constexpr RecordKind kind = RecordKind::Incident;
    static std::vector<Incident> &items(RegisterData &d) { return d.incidents; }
    static Id add(RegisterFile &f, const Incident &r) { return f.addIncident(r); }
    static void update(RegisterFile &f, const Incident &r) { f.updateIncident(r); }
    static void remove(RegisterFile &f, Id id) { f.removeIncident(id); }
};
template <> struct Record<RuleException> {
    static constexpr RecordKind kind = RecordKind::Exception;
    static std::vector<RuleException> &items(RegisterData &d) { return d.exceptions; }
    static Id add(RegisterFile &f, const RuleException &r) { return f.addException(r); }
    static void update(RegisterFile &f, const RuleException &r) { f.updateException(r); }
    static void remove(RegisterFile &f, Id id) { f.removeException(id); }
};

template <typename T> typename std::vector<T>::iterator position(std::vector<T> &items, Id id)
{
    return std::lower_bound(items.begin(), items.end(), id, [](const T &item, Id key) { return item.id < key; });
}

QString quoted(const std::string &text)
{
    QString name = QString::fromStdString(text);
    if (name.size() > 40)
        name = name.left(39) + QChar(0x2026);
    return QChar(0x201C) + name + QChar(0x201D);
}

} // namespace

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

void RegisterDocument::pruneCycle(RecordKind kind, Id id)
{
    auto erase = [](auto &items, auto predicate) {
        const auto before = items.size();
        items.erase(std::remove_if(items.begin(), items.end(), predicate), items.end());
        return items.size() != before;
    };
    auto unlink = [&](std::vector<Id> Incident::*member) {
        for (Incident &incident : m_data.incidents)
            erase(incident.*member, [id](Id linked) { return linked == id; });
    };
    std::optional<ReviewKind> reviewed;
    switch (kind) {
    case RecordKind::Asset:
        unlink(&Incident::assetIds);
        reviewed = ReviewKind::Asset;
        break;
    case RecordKind::Risk:
        unlink(&Incident::riskIds);
        erase(m_data.acceptances, [id](const RiskAcceptance &a) { return a.riskId == id; });
        break;
    case RecordKind::Measure:
        unlink(&Incident::measureIds);
        reviewed = ReviewKind::Measure;
        break;
    case RecordKind::Assessment: reviewed = ReviewKind::Assessment; break;
    case RecordKind::Document: reviewed = ReviewKind::Policy; break;
    default: return;
    }
    if (reviewed)
        erase(m_data.reviews, [&](const Review &r) { return r.kind == *reviewed && r.objectId == id; });
    emit recordsReset(RecordKind::Review);
    emit recordsReset(RecordKind::Incident);
}

void RegisterDocument::detachCycle(const Removal &removal, QUndoCommand *command)
{
    const auto in = [](const std::vector<Id> &ids, Id id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    for (const Incident &incident : m_data.incidents) {
        // One change per incident, however many of its links go.
        Incident changed = incident;
        std::erase_if(changed.assetIds, [&](Id id) { return in(removal.assets, id); });
        std::erase_if(changed.riskIds, [&](Id id) { return in(removal.risks, id); });
        std::erase_if(changed.measureIds, [&](Id id) { return in(removal.measures, id); });
        if (changed.assetIds != incident.assetIds || changed.riskIds != incident.riskIds ||
            changed.measureIds != incident.measureIds)
            new RecordChange<Incident>(this, incident, changed, command);
    }
    for (const Review &review : m_data.reviews) {
        const std::vector<Id> &reviewed = review.kind == ReviewKind::Assessment ? removal.assessments
                                          : review.kind == ReviewKind::Asset    ? removal.assets
                                          : review.kind == ReviewKind::Measure  ? removal.measures
                                                                                : removal.documents;
        if (in(reviewed, review.objectId))
            new RecordChange<Review>(this, review, std::nullopt, command);
    }
    for (const RiskAcceptance &acceptance : m_data.acceptances)
        if (in(removal.risks, acceptance.riskId))
            new RecordChange<RiskAcceptance>(this, acceptance, std::nullopt, command);
}

std::optional<Id> RegisterDocument::addPolicyDocument(const PolicyDocument &document)
{
    return pushChange<PolicyDocument>(tr("Add policy document %1").arg(quoted(document.name)), std::nullopt, document);
}

bool RegisterDocument::removePolicyDocument(Id id)
{
    const auto document = current<PolicyDocument>(id);
    if (!document)
        return false;
    // Its reviews go with it, and come back on undo.
    auto command = std::make_unique<DocumentCommand>(this, tr("Delete policy document %1").arg(quoted(document->name)));
    detachCycle({.documents = {id}}, command.get());
    new RecordChange<PolicyDocument>(this, document, std::nullopt, command.get());
    return push(std::move(command));
}

std::optional<Id> RegisterDocument::addReview(const Review &review)
{
    return pushChange<Review>(tr("Record a review"), std::nullopt, review);
}

std::optional<Id> RegisterDocument::addAcceptance(const RiskAcceptance &acceptance)
{
    return pushChange<RiskAcceptance>(tr("Accept a residual risk"), std::nullopt, acceptance);
}

std::optional<Id> RegisterDocument::addApproval(const Approval &approval)
{
    Approval approved = approval;
    approved.fingerprint = approvalFingerprint(m_data, approval.subject, approval.objectId); // memory is the file
    return pushChange<Approval>(approval.subject == Approval::Subject::Plan ? tr("Approve the action plan")
                                                                            : tr("Approve the assessment"),
                                std::nullopt, approved);
}

std::optional<Id> RegisterDocument::addIncident(const Incident &incident)
{
    return pushChange<Incident>(tr("Add incident %1").arg(quoted(incident.description)), std::nullopt, incident);
}

bool RegisterDocument::editIncident(const Incident &incident)
{
    return pushChange<Incident>(tr("Edit incident %1").arg(quoted(incident.description)),
                                current<Incident>(incident.id), incident)
        .has_value();
}

bool RegisterDocument::removeIncident(Id id)
{
    const auto incident = current<Incident>(id);
    return incident &&
           pushChange<Incident>(tr("Delete incident %1").arg(quoted(incident->description)), incident, std::nullopt)
               .has_value();
}

std::optional<Id> RegisterDocument::addException(const RuleException &exception)
{
    return pushChange<RuleException>(tr("Add exception %1").arg(quoted(exception.rule)), std::nullopt, exception);
}

bool RegisterDocument::editException(const RuleException &exception)
{
    return pushChange<RuleException>(tr("Edit exception %1").arg(quoted(exception.rule)),
                                     current<RuleException>(exception.id), exception)
        .has_value();
}

bool RegisterDocument::removeException(Id id)
{
    const auto exception = current<RuleException>(id);
    return exception &&
           pushChange<RuleException>(tr("Delete exception %1").arg(quoted(exception->rule)), exception, std::nullopt)
               .has_value();
}

bool RegisterDocument::setReviewRules(const ReviewRules &rules)
{
    if (readOnly()) {
        emit editFailed(tr("The register is open read-only; nothing was changed."));
        return false;
    }
    try {
        Transaction transaction(m_file->database());
        for (int kind = 0; kind < ReviewKindCount; ++kind)
            m_file->setReviewRule(static_cast<ReviewKind>(kind), rules.rules[static_cast<std::size_t>(kind)]);
        const std::size_t zones = m_data.currentMatrix().zones.size();
        for (std::size_t zone = 0; zone < zones; ++zone) {
            const auto days = rules.zoneDays.find(static_cast<int>(zone));
            m_file->setZoneReviewDays(static_cast<int>(zone),
                                      days == rules.zoneDays.end() ? std::nullopt : std::optional<int>(days->second));
        }
        transaction.commit();
    } catch (const std::exception &error) {
        reloadAfterFailure(errorText(error));
        return false;
    }
    m_data.info = m_file->info();
    m_data.reviewRules = m_file->reviewRules();
    emit recordChanged(RecordKind::Register, 0);
    return true;
}

CombineSummary RegisterDocument::combine(const std::vector<std::string> &sectionPaths)
{
    if (readOnly())
        throw FileError(m_file->path() + ": the register is open read-only; nothing was changed");
    const CombineSummary summary = combineRegisters(*m_file, sectionPaths);
    m_undoStack->clear(); // the commands refer to records as they were before
    m_data = m_file->load();
    for (RecordKind kind :
         {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset, RecordKind::Assessment,
          RecordKind::Risk, RecordKind::Measure, RecordKind::Incident, RecordKind::Exception})
        emit recordsReset(kind);
    return summary;
}

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

void RegisterDocument::reloadAfterFailure(const QString &message)
{
    // The transaction was rolled back: make memory match the file again.
    try {
        m_data = m_file->load();
    } catch (const std::exception &) {
        // Keep what we had; the message below tells the user what went wrong.
    }
    for (RecordKind kind : {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset,
                            RecordKind::Assessment, RecordKind::Risk, RecordKind::Measure, RecordKind::Review,
                            RecordKind::Acceptance, RecordKind::Approval, RecordKind::Incident, RecordKind::Exception})
        emit recordsReset(kind);
    emit editFailed(message);
}

template <typename T>
std::optional<Id> RegisterDocument::pushChange(const QString &text, std::optional<T> before, std::optional<T> after)
{
    if constexpr (!std::is_same_v<T, RegisterInfo>) {
        if (!before && after && after->id != 0) {
            emit editFailed(tr("This record no longer exists; nothing was changed."));
            return std::nullopt;
        }
    }
    auto command = std::make_unique<DocumentCommand>(this, text);
    auto *change = new RecordChange<T>(this, std::move(before), std::move(after), command.get());
    if (!push(std::move(command)))
        return std::nullopt;
    if constexpr (std::is_same_v<T, RegisterInfo>)
        return Id{0};
    else
        return change->after() ? change->after()->id : Id{0};
}

template <typename T> std::optional<T> RegisterDocument::current(Id id) const
{
    if constexpr (std::is_same_v<T, RegisterInfo>) {
        return m_data.info;
    } else {
        const T *found = RegisterData::findById(Record<T>::items(const_cast<RegisterData &>(m_data)), id);
        return found ? std::optional<T>(*found) : std::nullopt;
    }
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
