#include "RegisterDocument.h"

#include "DocumentCommand.h"
#include "DocumentRecords.h"

#include "combine/Combine.h"
#include "common/Translations.h"
#include "cycle/Approvals.h"
#include "model/Error.h"
#include "storage/Sqlite.h"

#include <QUndoStack>

#include <algorithm>

// The yearly cycle's records (policy documents, reviews, acceptances, approvals, incidents, exceptions)
// and combining section registers; the rest of RegisterDocument is in RegisterDocument.cpp.
namespace trygg::ui {

using namespace documentdetail;

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
    reloadAfterCombine();
    return summary;
}

CombineSummary RegisterDocument::resolveConflict(const CombineConflict &conflict, CombineResolution resolution)
{
    if (readOnly())
        throw FileError(m_file->path() + ": the register is open read-only; nothing was changed");
    const CombineSummary summary = trygg::resolveConflict(*m_file, conflict, resolution);
    reloadAfterCombine();
    return summary;
}

void RegisterDocument::reloadAfterCombine()
{
    m_undoStack->clear(); // the commands refer to records as they were before
    m_data = m_file->load();
    for (RecordKind kind :
         {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset, RecordKind::Assessment,
          RecordKind::Risk, RecordKind::Measure, RecordKind::Document, RecordKind::Review, RecordKind::Acceptance,
          RecordKind::Approval, RecordKind::Incident, RecordKind::Exception})
        emit recordsReset(kind);
}

} // namespace trygg::ui
