// SPDX-License-Identifier: EUPL-1.2
#include "edit/Edit.h"

#include "cycle/Approvals.h"
#include "model/Clock.h"
#include "model/TrailWords.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <map>
#include <type_traits>

namespace trygg {
namespace {

template <typename T> auto position(std::vector<T> &items, Id id)
{
    return std::lower_bound(items.begin(), items.end(), id, [](const T &item, Id key) { return item.id < key; });
}

bool contains(const std::vector<Id> &ids, Id id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The records that go with removed objects and point to them (the yearly cycle's): their reviews and
// risk acceptances are removed, incidents unlinked. Added to `edit` ahead of the removals.
struct Removal {
    std::vector<Id> assessments{}, assets{}, risks{}, measures{}, documents{};
};

void detachCycle(const RegisterData &data, const Removal &removal, Edit &edit)
{
    for (const Incident &incident : data.incidents) {
        Incident changed = incident; // one change per incident, however many of its links go
        std::erase_if(changed.assetIds, [&](Id id) { return contains(removal.assets, id); });
        std::erase_if(changed.riskIds, [&](Id id) { return contains(removal.risks, id); });
        std::erase_if(changed.measureIds, [&](Id id) { return contains(removal.measures, id); });
        if (changed.assetIds != incident.assetIds || changed.riskIds != incident.riskIds ||
            changed.measureIds != incident.measureIds)
            edit.records.push_back({incident, changed});
    }
    for (const Review &review : data.reviews) {
        const std::vector<Id> &reviewed = review.kind == ReviewKind::Assessment ? removal.assessments
                                          : review.kind == ReviewKind::Asset    ? removal.assets
                                          : review.kind == ReviewKind::Measure  ? removal.measures
                                                                                : removal.documents;
        if (contains(reviewed, review.objectId))
            edit.records.push_back({review, std::nullopt});
    }
    for (const RiskAcceptance &acceptance : data.acceptances)
        if (contains(removal.risks, acceptance.riskId))
            edit.records.push_back({acceptance, std::nullopt});
}

// Measures outside `keep` stop treating the removed risks.
void unlinkRisks(const RegisterData &data, const std::vector<Id> &risks, Edit &edit,
                 const std::vector<Id> &measuresRemoved = {})
{
    for (const Measure &measure : data.measures) {
        if (contains(measuresRemoved, measure.id))
            continue;
        Measure changed = measure;
        std::erase_if(changed.riskIds, [&](Id id) { return contains(risks, id); });
        if (changed.riskIds != measure.riskIds)
            edit.records.push_back({measure, changed});
    }
}

// When `round` was started from the last round (edits::startRound), the undoing of that start as far as
// the round's removal calls for it: the round it was started from no longer closed (added to `edit`), and
// the measures of `round` that go back to it, as they will be: those treating a line carried over from it,
// now treating the line it was carried from (not the lines new in `round`), and those treating no line,
// which may have come along too; a measure treating only new lines was made in `round` and goes with it.
// None when `round` was not started from another, or that one is not closed or was continued by another.
std::vector<Measure> reopenPreviousRound(const RegisterData &data, const RiskAssessment &round, Edit &edit)
{
    const RiskAssessment *previous = RegisterData::findById(data.assessments, round.previousId);
    if (!previous || !previous->frozen)
        return {};
    for (const RiskAssessment &other : data.assessments)
        if (other.id != round.id && other.previousId == previous->id)
            return {};
    RiskAssessment reopened = *previous;
    reopened.frozen = false;
    edit.records.push_back({*previous, reopened});

    std::map<Id, Id> carriedFrom; // line of `round` -> the line of the previous round it was carried from
    for (const Risk &risk : data.risks) {
        if (risk.assessmentId != round.id || !risk.carriedFromId)
            continue;
        const Risk *origin = RegisterData::findById(data.risks, *risk.carriedFromId);
        if (origin && origin->assessmentId == previous->id)
            carriedFrom[risk.id] = origin->id;
    }
    std::vector<Measure> goingBack;
    for (const Measure &measure : data.measures) {
        if (measure.assessmentId != round.id)
            continue;
        Measure back = measure;
        back.assessmentId = previous->id;
        back.riskIds.clear();
        for (Id riskId : measure.riskIds)
            if (const auto it = carriedFrom.find(riskId);
                it != carriedFrom.end() && !contains(back.riskIds, it->second))
                back.riskIds.push_back(it->second);
        if (!back.riskIds.empty() || measure.riskIds.empty())
            goingBack.push_back(std::move(back));
    }
    return goingBack;
}

// Records an edit adds under a placeholder id (Edit.h), by table and placeholder: the id each was given
// when written, which the records after it in the edit refer to it by.
using NewIds = std::map<std::pair<std::string_view, Id>, Id>;

// `record` with every reference to a placeholder replaced by the id its record was given.
template <typename T> T withIds(T record, const NewIds &ids)
{
    records::forEachReference(record, [&](std::string_view table, Id &id) {
        if (id >= 0)
            return;
        const auto it = ids.find({table, id});
        if (it == ids.end()) // a planner's mistake: the record referred to comes later or not at all
            throw std::logic_error("an edit refers to a placeholder id before the record added under it");
        id = it->second;
    });
    return record;
}

// Who made the last change the trail records of an object, and when: "Kari Nordmann (kari), 2026-12-06T10:42Z".
Message lastChangeOf(const RegisterFile &file, std::string_view objectType, Id id)
{
    const std::vector<AuditEntry> entries = file.history(std::nullopt, std::pair{std::string(objectType), id});
    if (entries.empty())
        return trygg::trMsg("someone else");
    const AuditEntry &last = entries.back();
    const Message who = last.person.empty() ? Message(last.osUser) : trygg::trMsg("%1 (%2)", last.person, last.osUser);
    return trygg::trMsg("%1, %2", who, last.at);
}

// Issue 16: a change or removal is made on the record as its user saw it (`seen`). When the register holds it
// otherwise now (another user or window changed or removed it since), nothing is written and the message says
// who did what: a later write never silently undoes an earlier one.
template <typename T> void requireAsSeen(const RegisterFile &file, const T &seen)
{
    using Kind = records::Kind<T>;
    const std::optional<T> now = file.stored<T>(seen.id);
    if (now && *now == seen)
        return;
    const Message who = lastChangeOf(file, Kind::objectType, seen.id);
    if (!now)
        throw EditConflict(trygg::trMsg("'%1' was removed by %2 since it was shown here; nothing was saved",
                                        Kind::nameOf(seen), who));
    Message fields;
    records::forEachField<T>([&](const auto &field) {
        if (!((*now).*(field.member) == seen.*(field.member)))
            fields = fields.empty() ? fieldWord(field.column) : trygg::trMsg("%1, %2", fields, fieldWord(field.column));
    });
    if constexpr (records::hasLinks<T>())
        for (const records::Link<T> &link : Kind::links())
            if ((*now).*(link.member) != seen.*(link.member))
                fields = fields.empty() ? fieldWord(link.auditField)
                                        : trygg::trMsg("%1, %2", fields, fieldWord(link.auditField));
    throw EditConflict(trygg::trMsg("'%1' was changed by %2 since it was shown here (%3); nothing was saved; it is "
                                    "shown as it is now, to change again if need be",
                                    Kind::nameOf(*now), who, fields));
}

// Writes one step, and puts in its `after` the record as the file now holds it (its id when added, its
// texts trimmed, an approval's fingerprint): memory then mirrors what was stored, not what was asked.
template <typename T> void written(RegisterFile &file, RecordEdit &step, NewIds &ids)
{
    Id id = 0;
    if (step.before)
        requireAsSeen(file, std::get<T>(*step.before));
    if (!step.before) {
        T record = withIds(std::get<T>(*step.after), ids);
        const bool underPlaceholder = record.id < 0;
        const Id placeholder = record.id;
        if (underPlaceholder)
            record.id = 0; // the file gives it its id
        id = file.add(record);
        if (underPlaceholder)
            ids[{records::Kind<T>::table, placeholder}] = id;
    } else if (!step.after) {
        file.remove<T>(std::get<T>(*step.before).id);
        return;
    } else if constexpr (!records::recordOnly<T>()) {
        id = std::get<T>(*step.after).id;
        file.update(withIds(std::get<T>(*step.after), ids));
    } else {
        throw std::logic_error("this kind of record is recorded, never changed");
    }
    std::optional<T> stored = file.stored<T>(id);
    if (!stored)
        throw std::logic_error("a record just written is not in the file");
    step.after = std::move(*stored);
}

// The register's information as the file holds it, with only the fields an edit changes set to their new
// value: undoing a new name must not take back a review rule set since (that is set outside the undo
// stack). The uid and the creation date never change.
RegisterInfo changedFields(RegisterInfo current, const RegisterInfo &before, const RegisterInfo &after)
{
    if (before.name != after.name)
        current.name = after.name;
    if (before.language != after.language)
        current.language = after.language;
    if (before.currentMatrixId != after.currentMatrixId)
        current.currentMatrixId = after.currentMatrixId;
    if (before.reviewRule != after.reviewRule)
        current.reviewRule = after.reviewRule;
    if (before.classificationLevels != after.classificationLevels)
        current.classificationLevels = after.classificationLevels;
    if (before.policyReferences != after.policyReferences)
        current.policyReferences = after.policyReferences;
    return current;
}

template <typename T> void mirrored(RegisterData &data, const RecordEdit &step)
{
    auto &items = records::in<T>(data);
    const T &record = std::get<T>(step.after ? *step.after : *step.before);
    const auto it = position(items, record.id);
    const bool there = it != items.end() && it->id == record.id;
    if (!step.after) {
        if (there)
            items.erase(it);
    } else if (there) {
        *it = record;
    } else {
        items.insert(it, record);
    }
}

} // namespace

Edit Edit::inverse() const
{
    Edit undo;
    undo.records.reserve(records.size());
    for (auto it = records.rbegin(); it != records.rend(); ++it)
        undo.records.push_back({it->after, it->before});
    return undo;
}

OthersChanges changesByOthers(const RegisterFile &file, const RegisterData &data, Id &sinceEntry)
{
    OthersChanges changes;
    const Id last = file.lastTrailEntry();
    for (const auto &changed : file.changedSince(sinceEntry)) {
        const std::string &objectType = changed.first; // named, not bound: a lambda below uses them
        const Id id = changed.second;
        if (objectType == "register") {
            if (const RegisterInfo info = file.info(); !(info == data.info))
                changes.edit.records.push_back({Record(data.info), Record(info)});
            if (ReviewRules rules = file.reviewRules(); !(rules == data.reviewRules))
                changes.reviewRules = std::move(rules);
            continue;
        }
        if (objectType == "matrix") {
            changes.matrices = true;
            continue;
        }
        records::forEachKind([&]<typename T>(T *) {
            if (objectType != records::Kind<T>::objectType)
                return;
            const T *known = RegisterData::findById(records::in<T>(data), id);
            std::optional<T> now = file.stored<T>(id);
            if (known && now && *known == *now)
                return;
            if (known || now)
                changes.edit.records.push_back({known ? std::optional<Record>(*known) : std::nullopt,
                                                now ? std::optional<Record>(std::move(*now)) : std::nullopt});
        });
    }
    sinceEntry = std::max(sinceEntry, last);
    return changes;
}

Id idOf(const Record &record)
{
    return std::visit(
        [](const auto &r) -> Id {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, RegisterInfo>)
                return 0;
            else
                return r.id;
        },
        record);
}

namespace edits {

Measure withCompletion(const Measure *before, Measure after, Date today)
{
    if (after.status != MeasureStatus::Done)
        after.completed.reset();
    else if (!after.completed)
        after.completed = before && before->status == MeasureStatus::Done ? before->completed : std::optional(today);
    return after;
}

Measure withCompletion(const Measure *before, Measure after)
{
    return withCompletion(before, std::move(after), Clock::todayLocal());
}

Edit approve(const RegisterData &data, Approval approval)
{
    approval.fingerprint = approvalFingerprint(data, approval.subject, approval.objectId);
    return add(approval);
}

Edit addAssessment(const RegisterData &data, RiskAssessment assessment)
{
    if (assessment.matrixId == 0)
        assessment.matrixId = data.info.currentMatrixId;
    return add(assessment);
}

Edit addRisk(const RegisterData &data, Risk risk)
{
    if (risk.position == 0) {
        for (const Risk &other : data.risks)
            if (other.assessmentId == risk.assessmentId)
                risk.position = std::max(risk.position, other.position);
        ++risk.position;
    }
    return add(risk);
}

Edit moveRisk(const RegisterData &data, Id riskId, int direction)
{
    const Risk *risk = RegisterData::findById(data.risks, riskId);
    if (!risk || direction == 0)
        return {};
    // The neighbour in the form: the closest position above (direction < 0) or below.
    const Risk *neighbour = nullptr;
    for (const Risk &other : data.risks) {
        if (other.assessmentId != risk->assessmentId || other.id == riskId)
            continue;
        const bool onSide = direction < 0 ? other.position < risk->position : other.position > risk->position;
        if (onSide &&
            (!neighbour || std::abs(other.position - risk->position) < std::abs(neighbour->position - risk->position)))
            neighbour = &other;
    }
    if (!neighbour)
        return {};
    Risk moved = *risk;
    Risk other = *neighbour;
    std::swap(moved.position, other.position);
    return {{{*risk, moved}, {*neighbour, other}}};
}

Edit removeUnit(const RegisterData &data, Id id)
{
    const OrgUnit *unit = RegisterData::findById(data.units, id);
    if (!unit)
        return {};
    Edit edit;
    for (const OrgUnit &child : data.units)
        if (child.parentId == id) {
            OrgUnit changed = child;
            changed.parentId.reset();
            edit.records.push_back({child, changed});
        }
    auto clearUnit = [&](const auto &items) {
        for (const auto &item : items)
            if (item.unitId == id) {
                auto changed = item;
                changed.unitId.reset();
                edit.records.push_back({item, changed});
            }
    };
    clearUnit(data.documents);
    clearUnit(data.incidents);
    clearUnit(data.exceptions);
    edit.records.push_back({*unit, std::nullopt});
    return edit;
}

Edit removePerson(const RegisterData &data, Id id)
{
    const Person *person = RegisterData::findById(data.people, id);
    if (!person)
        return {};
    Edit edit;
    for (const Asset &asset : data.assets)
        if (asset.ownerId == id || asset.deputyId == id) {
            Asset changed = asset;
            if (changed.ownerId == id)
                changed.ownerId.reset();
            if (changed.deputyId == id)
                changed.deputyId.reset();
            edit.records.push_back({asset, changed});
        }
    for (const RiskAssessment &assessment : data.assessments)
        if (assessment.assessorId == id || assessment.approvedById == id) {
            RiskAssessment changed = assessment;
            if (changed.assessorId == id)
                changed.assessorId.reset();
            if (changed.approvedById == id)
                changed.approvedById.reset();
            edit.records.push_back({assessment, changed});
        }
    for (const Measure &measure : data.measures)
        if (measure.responsibleId == id) {
            Measure changed = measure;
            changed.responsibleId.reset();
            edit.records.push_back({measure, changed});
        }
    edit.records.push_back({*person, std::nullopt});
    return edit;
}

Edit removeAsset(const RegisterData &data, Id id)
{
    const Asset *asset = RegisterData::findById(data.assets, id);
    if (!asset)
        return {};
    Edit edit;
    detachCycle(data, {.assets = {id}}, edit);
    for (const Risk &risk : data.risks)
        if (risk.assetId == id) {
            Risk changed = risk;
            changed.assetId.reset();
            edit.records.push_back({risk, changed});
        }
    for (const RiskAssessment &assessment : data.assessments)
        if (contains(assessment.assetIds, id)) {
            RiskAssessment changed = assessment;
            std::erase(changed.assetIds, id);
            edit.records.push_back({assessment, changed});
        }
    edit.records.push_back({*asset, std::nullopt});
    return edit;
}

Edit removeAssessment(const RegisterData &data, Id id)
{
    const RiskAssessment *assessment = RegisterData::findById(data.assessments, id);
    if (!assessment)
        return {};
    Edit edit;
    // Removing a round started from the last one takes back that start (issue 15; Rounds.h): the round it
    // was started from opens again and the measures that came along go back to it.
    const std::vector<Measure> goingBack = reopenPreviousRound(data, *assessment, edit);
    std::vector<Id> handled; // the measures going back, then also those removed: none unlinked on top
    for (const Measure &measure : goingBack)
        handled.push_back(measure.id);
    Removal removal{.assessments = {id}};
    for (const Risk &risk : data.risks)
        if (risk.assessmentId == id)
            removal.risks.push_back(risk.id);
    for (const Measure &measure : data.measures)
        if (measure.assessmentId == id && !contains(handled, measure.id))
            removal.measures.push_back(measure.id);
    detachCycle(data, removal, edit);
    for (const Measure &measure : goingBack)
        edit.records.push_back({*RegisterData::findById(data.measures, measure.id), measure});
    handled.insert(handled.end(), removal.measures.begin(), removal.measures.end());
    unlinkRisks(data, removal.risks, edit, handled);
    for (Id measure : removal.measures)
        edit.records.push_back({*RegisterData::findById(data.measures, measure), std::nullopt});
    for (Id risk : removal.risks)
        edit.records.push_back({*RegisterData::findById(data.risks, risk), std::nullopt});
    edit.records.push_back({*assessment, std::nullopt});
    return edit;
}

Edit removeRisks(const RegisterData &data, std::vector<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::erase_if(ids, [&](Id id) { return !RegisterData::findById(data.risks, id); });
    if (ids.empty())
        return {};
    Edit edit;
    detachCycle(data, {.risks = ids}, edit);
    unlinkRisks(data, ids, edit);
    for (Id id : ids)
        edit.records.push_back({*RegisterData::findById(data.risks, id), std::nullopt});
    return edit;
}

Edit removeMeasure(const RegisterData &data, Id id)
{
    return removeMeasures(data, {id});
}

Edit removeMeasures(const RegisterData &data, std::vector<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::erase_if(ids, [&](Id id) { return !RegisterData::findById(data.measures, id); });
    if (ids.empty())
        return {};
    Edit edit;
    detachCycle(data, {.measures = ids}, edit);
    for (Id id : ids)
        edit.records.push_back({*RegisterData::findById(data.measures, id), std::nullopt});
    return edit;
}

Edit removePolicyDocument(const RegisterData &data, Id id)
{
    const PolicyDocument *document = RegisterData::findById(data.documents, id);
    if (!document)
        return {};
    Edit edit;
    detachCycle(data, {.documents = {id}}, edit);
    edit.records.push_back({*document, std::nullopt});
    return edit;
}

Edit removeIncident(const RegisterData &data, Id id)
{
    const Incident *incident = RegisterData::findById(data.incidents, id);
    return incident ? Edit{{{*incident, std::nullopt}}} : Edit{};
}

Edit removeException(const RegisterData &data, Id id)
{
    const RuleException *exception = RegisterData::findById(data.exceptions, id);
    return exception ? Edit{{{*exception, std::nullopt}}} : Edit{};
}

} // namespace edits

Edit edits::withNewResponsible(const RegisterData &data, Person person, Measure measure)
{
    person.id = Placeholder;
    measure.responsibleId = Placeholder;
    Edit edit = measure.id == 0 ? add(measure) : change(data, measure);
    if (!edit.empty())
        edit.records.insert(edit.records.begin(), RecordEdit{std::nullopt, Record(person)});
    return edit;
}

Edit applyEdit(RegisterFile &file, const Edit &edit)
{
    Edit done = edit;
    NewIds newIds;
    Transaction transaction(file.database());
    for (RecordEdit &step : done.records) {
        const Record &record = step.after ? *step.after : *step.before;
        std::visit(
            [&](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, RegisterInfo>) {
                    file.updateInfo(changedFields(file.info(), std::get<RegisterInfo>(*step.before),
                                                  std::get<RegisterInfo>(*step.after)));
                    step.after = file.info();
                } else
                    written<T>(file, step, newIds);
            },
            record);
    }
    transaction.commit();
    return done;
}

NewMatrixVersion applyNewMatrixVersion(RegisterFile &file, const RegisterData &data, const RiskMatrix &matrix)
{
    Transaction transaction(file.database());
    try {
        RiskMatrix stored = matrix;
        stored.id = file.addMatrix(matrix);
        RegisterInfo info = data.info;
        info.currentMatrixId = stored.id;
        Edit written = applyEdit(file, edits::change(data, info));
        transaction.commit();
        return {std::move(stored), std::move(written)};
    } catch (...) {
        file.discardCachedMatrices(); // the version was rolled back; its id may be given again
        throw;
    }
}

void mirrorEdit(RegisterData &data, const Edit &written)
{
    for (const RecordEdit &step : written.records) {
        const Record &record = step.after ? *step.after : *step.before;
        std::visit(
            [&](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, RegisterInfo>)
                    data.info = r;
                else
                    mirrored<T>(data, step);
            },
            record);
    }
}

} // namespace trygg
