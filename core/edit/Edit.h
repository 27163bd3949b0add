// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Every user action on a register is one core operation (issue 11: every edit has one home in the core).
// An action is planned here as an Edit, from the register as stored, with every cascade it brings (what
// points to what it removes), so that undoing it brings all of it back; applyEdit writes it in one
// transaction through RegisterFile, which checks each record and writes the audit trail, and returns it
// as written, together with which the inverse undoes it. The window's undo commands, the command line,
// import and combine write through the same RegisterFile operations.

#include "model/Error.h"
#include "model/RegisterData.h"
#include "storage/RecordKinds.h"

#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace trygg {

class RegisterFile;

// Every kind of record one user action changes.
using Record = std::variant<RegisterInfo, OrgUnit, Person, Asset, RiskAssessment, Risk, Measure, PolicyDocument, Review,
                            RiskAcceptance, Approval, Incident, RuleException>;

// One record before and after the action: no `before` = added, no `after` = removed, both = changed.
struct RecordEdit {
    std::optional<Record> before;
    std::optional<Record> after;
};

// What one user action changes, in the order it is written: what points to a removed record is changed
// or removed before it. A record the action adds can be referred to by the records after it before it
// has an id: it is added under a placeholder id (a negative one, Placeholder), and applyEdit gives it
// its id and puts that in every reference to the placeholder (the references and links its kind's
// description knows, storage/RecordKinds.h).
inline constexpr Id Placeholder = -1;
struct Edit {
    std::vector<RecordEdit> records;

    // Undoes the edit: the records in reverse order, before and after swapped.
    Edit inverse() const;
    bool empty() const { return records.empty(); }
};

namespace edits {

// A measure as an action leaves it (issue 15): done without a completion date given, the day it was done:
// the one it had when it was done already (none for one done before file version 10), else `today`; not
// done, none.
Measure withCompletion(const Measure *before, Measure after, Date today);
// The same with today by the clock (model/Clock.h).
Measure withCompletion(const Measure *before, Measure after);

// A record added, or changed on its own: `after` in place of the record with its id in `data` (an
// empty edit when there is none: it was removed meanwhile).
template <typename T> Edit add(const T &record)
{
    if constexpr (std::is_same_v<T, Measure>)
        return {{{std::nullopt, Record(withCompletion(nullptr, record))}}};
    else
        return {{{std::nullopt, Record(record)}}};
}
template <typename T> Edit change(const RegisterData &data, const T &after)
{
    if constexpr (std::is_same_v<T, RegisterInfo>) {
        return {{{Record(data.info), Record(after)}}};
    } else {
        const T *before = RegisterData::findById(records::in<T>(data), after.id);
        if constexpr (std::is_same_v<T, Measure>)
            return before ? Edit{{{Record(*before), Record(withCompletion(before, after))}}} : Edit{};
        else
            return before ? Edit{{{Record(*before), Record(after)}}} : Edit{};
    }
}

// A new person made responsible for `measure` (added when its id is 0, else changed): one action, so
// that one undo takes both back and a measure that is refused leaves no person behind.
Edit withNewResponsible(const RegisterData &data, Person person, Measure measure);

// Management's approval of a plan or an assessment (002 §25 stk. 6), with the fingerprint of what it
// approves as `data` holds it now.
Edit approve(const RegisterData &data, Approval approval);

// The criteria are fixed when an assessment is made (003 section 5): one without a matrix gets the
// register's current one, so a redo after the matrix changed restores it with the criteria it had.
Edit addAssessment(const RegisterData &data, RiskAssessment assessment);
// A line without a position goes at the end of its assessment's form.
Edit addRisk(const RegisterData &data, Risk risk);
// Moves a line one place up (direction < 0) or down in its form; empty at the top or bottom.
Edit moveRisk(const RegisterData &data, Id riskId, int direction);

// Removals, each with its cascades. An id that is not in `data` gives an empty edit.
Edit removeUnit(const RegisterData &data, Id id);   // sub-units, documents, incidents, exceptions lose it
Edit removePerson(const RegisterData &data, Id id); // owners, deputies, assessors, approvers, responsibles cleared
Edit removeAsset(const RegisterData &data, Id id);  // lines keep their text without an asset; scopes, reviews, incident links
// An assessment with its lines and measures. One started from the last round (edits::startRound) is that
// start taken back: the round it was started from is open again, and the measures that came along go back
// to it, treating the lines their lines were carried over from; only the measures treating nothing but
// lines new in the removed round go with it.
Edit removeAssessment(const RegisterData &data, Id id);
Edit removeRisks(const RegisterData &data, std::vector<Id> ids); // measures stop treating them
Edit removeMeasure(const RegisterData &data, Id id);
Edit removeMeasures(const RegisterData &data, std::vector<Id> ids); // several as one action
Edit removePolicyDocument(const RegisterData &data, Id id); // with its reviews
Edit removeIncident(const RegisterData &data, Id id);
Edit removeException(const RegisterData &data, Id id);

} // namespace edits

// An edit made on a record as someone saw it, which the register holds otherwise now: another user or window
// changed or removed it since (issue 16: many at once on a server). The message says who changed what, and
// when; nothing was written. The caller shows the register as it is now.
class EditConflict : public InputError {
public:
    using InputError::InputError;
};

// Writes `edit` in one transaction, each record through RegisterFile's checked write with its audit
// entry, and returns it as written: every added or changed record as the file now holds it (added ones
// with their ids, texts trimmed). Throws what RegisterFile throws (then nothing was written). A record
// that is to be changed or removed must be in the register as its `before` has it, else EditConflict: the
// optimistic check of many at once, each record's content its version.
Edit applyEdit(RegisterFile &file, const Edit &edit);

// Stores `matrix` as a new matrix version and makes it current, in one transaction: assessments made
// keep the criteria they were scored against (003 section 5). Returns the version as stored and the
// edit of the register's information that made it current, whose inverse makes the version before
// current again (the stored version stays in the file, unused). `data` is the register as stored.
struct NewMatrixVersion {
    RiskMatrix matrix;
    Edit written;
};
NewMatrixVersion applyNewMatrixVersion(RegisterFile &file, const RegisterData &data, const RiskMatrix &matrix);

// Brings a register in memory in step with an edit that applyEdit wrote.
void mirrorEdit(RegisterData &data, const Edit &written);

// Issue 16, many at once: what others (other clients of a server's register) changed since `data` was in step
// with the trail's entry `sinceEntry`: each record an entry after it records a change of, read again, as an
// edit from `data`'s version to the register's (only those that differ: one's own changes are in `data`
// already), which mirrorEdit brings `data` in step with; `sinceEntry` moves on to the last entry read.
// `matrices`: a new matrix version, `reviewRules`: the register's review rules as they are now when changed.
struct OthersChanges {
    Edit edit;
    bool matrices = false;
    std::optional<ReviewRules> reviewRules;
    bool empty() const { return edit.empty() && !matrices && !reviewRules; }
};
OthersChanges changesByOthers(const RegisterFile &file, const RegisterData &data, Id &sinceEntry);

// The id of a record (0 for the register's own information).
Id idOf(const Record &record);

} // namespace trygg
