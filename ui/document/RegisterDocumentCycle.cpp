// SPDX-License-Identifier: EUPL-1.2
#include "RegisterDocument.h"

#include "DocumentCommand.h"

#include "combine/Combine.h"
#include "common/Translations.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <QUndoStack>

#include <algorithm>

// The yearly cycle's records (policy documents, reviews, acceptances, approvals, incidents, exceptions)
// and combining section registers; the rest of RegisterDocument is in RegisterDocument.cpp.
namespace trygg::ui {

std::optional<Id> RegisterDocument::addPolicyDocument(const PolicyDocument &document)
{
    return pushAdded(tr("Add policy document %1").arg(quoted(document.name)), edits::add(document));
}

bool RegisterDocument::removePolicyDocument(Id id)
{
    const PolicyDocument *document = RegisterData::findById(m_data.documents, id);
    // Its reviews go with it, and come back on undo.
    return document &&
           push(tr("Delete policy document %1").arg(quoted(document->name)), edits::removePolicyDocument(m_data, id));
}

std::optional<Id> RegisterDocument::addReview(const Review &review)
{
    return pushAdded(tr("Record a review"), edits::add(review));
}

std::optional<Id> RegisterDocument::addAcceptance(const RiskAcceptance &acceptance)
{
    return pushAdded(tr("Accept a residual risk"), edits::add(acceptance));
}

std::optional<Id> RegisterDocument::addApproval(const Approval &approval)
{
    return pushAdded(approval.subject == Approval::Subject::Plan ? tr("Approve the action plan")
                                                                 : tr("Approve the assessment"),
                     edits::approve(m_data, approval));
}

std::optional<Id> RegisterDocument::addIncident(const Incident &incident)
{
    return pushAdded(tr("Add incident %1").arg(quoted(incident.description)), edits::add(incident));
}

bool RegisterDocument::editIncident(const Incident &incident)
{
    return push(tr("Edit incident %1").arg(quoted(incident.description)), edits::change(m_data, incident)).has_value();
}

bool RegisterDocument::removeIncident(Id id)
{
    const Incident *incident = RegisterData::findById(m_data.incidents, id);
    return incident &&
           push(tr("Delete incident %1").arg(quoted(incident->description)), edits::removeIncident(m_data, id));
}

std::optional<Id> RegisterDocument::addException(const RuleException &exception)
{
    return pushAdded(tr("Add exception %1").arg(quoted(exception.rule)), edits::add(exception));
}

bool RegisterDocument::editException(const RuleException &exception)
{
    return push(tr("Edit exception %1").arg(quoted(exception.rule)), edits::change(m_data, exception)).has_value();
}

bool RegisterDocument::removeException(Id id)
{
    const RuleException *exception = RegisterData::findById(m_data.exceptions, id);
    return exception &&
           push(tr("Delete exception %1").arg(quoted(exception->rule)), edits::removeException(m_data, id));
}

bool RegisterDocument::setReviewRules(const ReviewRules &rules)
{
    if (readOnly()) {
        emit editFailed(readOnlyReason());
        return false;
    }
    try {
        m_file->setReviewRules(rules);
    } catch (const std::exception &error) {
        reloadAfterFailure(errorText(error), &error);
        return false;
    }
    m_data.info = m_file->info();
    m_data.reviewRules = m_file->reviewRules();
    emit recordChanged(RecordKind::Register, 0);
    return true;
}

CombineSummary RegisterDocument::combine(const std::vector<std::string> &sectionPaths,
                                         const std::set<std::string> &asNewSections)
{
    if (readOnly())
        throw FileError(m_file->path() + ": the register is open read-only; nothing was changed");
    const CombineSummary summary = combineRegisters(*m_file, sectionPaths, {}, asNewSections);
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
    reloadAll();
}

} // namespace trygg::ui
