// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The combining of section registers into a combined one (Combine.h), one section after another in
// one transaction: what Combine.cpp runs. Its parts: Combiner.cpp (the sections, origins and the
// decision for one object), CombineMerges.cpp (each kind of object), CombineRemovals.cpp (what a
// section no longer holds).

#include "combine/Combine.h"

#include "model/RegisterData.h"
#include "storage/RegisterFile.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace trygg::combine {

// Messages in members are written trygg::trMsg: lupdate files an unqualified one under the class, where the
// translator never looks.
class Combiner {
public:
    Combiner(RegisterFile &target, CombineResolver resolve);
    // Combines the sections in order; those of `asNewSections` (their files) as sections of their own
    // whatever register id they have.
    void combineAll(const std::vector<std::string> &paths, const std::set<std::string> &asNewSections);
    CombineSummary summary() const { return m_summary; }

private:
    void combine(const std::string &path);
    // The identity the section has in this register (the uid its objects' origins are kept under): its
    // register id, or for a section combined as a new one an id of its own, kept for its file. Throws
    // InputError for a register id this register knows from another file that still exists.
    std::string identityOf(const std::string &uid, const std::string &file, const std::string &path, bool asNew);
    // May the section (register id `sectionUid`) speak for objects it says came from register `uid`?
    bool mayCarry(const std::string &uid, const std::string &sectionUid) const;
    // May the section speak for this object of such a register (`claim`: a row of the section's origin
    // table)? Records the section as its carrier when none did before.
    bool mayCarryObject(const RegisterFile::Origin &claim, const RegisterData &src);
    // Where an object of the section comes from: the section itself, or the register it was combined
    // from in its turn (objects taken from a combined register keep their first origin).
    std::pair<std::string, Id> originOf(const std::string &type, Id srcId) const;
    // The objects of the target that an object the section still holds stands for: the name fallback
    // passes them by, so that two identical lines of the section never become one.
    void claimLiveOrigins(const RegisterData &src);
    template <typename T> void remember(const char *type, const std::vector<T> &items);
    std::optional<Id> mapped(const char *type, std::optional<Id> srcId) const;
    std::vector<Id> mappedAll(const char *type, const std::vector<Id> &srcIds) const;
    Id unitFor(const std::string &name);
    Id personFor(const Person &person);
    Id matrixFor(Id srcMatrixId);
    // Takes one object over: see combineRegisters. Returns the object it is in the target, if any.
    // `byName`: the target's objects that would be the same by name; `addSeparate`: adds the section's
    // version beside the target's (a conflict resolved by keeping both), returning it and its content.
    std::optional<Id> merge(const char *type, Id srcId, const std::string &name, const std::string &content,
                            const std::function<std::vector<Id>()> &byName, const std::function<Id()> &add,
                            const std::function<void(Id)> &update,
                            const std::function<std::pair<Id, std::string>()> &addSeparate,
                            std::optional<int> sectionScore = std::nullopt);
    Message conflictReason(const std::string &type, Id local, const std::string &uid, Id originId,
                           bool changedSinceLastCombine) const;
    std::optional<int> score(const std::string &type, Id local) const;
    // A name for the section's version beside the target's, for objects whose names are unique in
    // their unit: "Visma (NAV)".
    std::string separateName(const std::string &name, const std::function<bool(const std::string &)> &taken) const;
    static std::vector<Id> listOf(std::optional<Id> id) { return id ? std::vector<Id>{*id} : std::vector<Id>{}; }
    // The target's lines of an assessment with this text about this asset, as RegisterFile::findRisks gives
    // them, from the assessment's lines read once (issue 19: a search through the assessment for every
    // line made combining a large section quadratic). A line added is placed in them; a line changed or
    // removed makes its assessment's read again.
    std::vector<Id> linesLike(Id assessmentId, std::optional<Id> assetId, const std::string &threat);
    void lineAdded(const Risk &line);
    void linesChanged(Id assessmentId) { m_lines.erase(assessmentId); }
    void mergeAsset(const Asset &asset);
    void mergeAssessment(const RiskAssessment &assessment);
    void mergeRisk(const Risk &risk);
    void mergeMeasure(const Measure &measure);
    // The section's closed rounds closed here too, once their lines and measures are in (issue 15).
    void closeRounds(const RegisterData &src);
    void mergeIncident(const Incident &incident);
    void mergeException(const RuleException &exception);
    void mergeDocument(const PolicyDocument &document);
    // Reviews and acceptances are records, never edited: their content changes only with the names of
    // what they point to, which the objects' own merges take care of.
    void mergeReview(const Review &review);
    void mergeAcceptance(const RiskAcceptance &acceptance);
    // A line or measure (`type`) of the section whose assessment is now the section's own copy beside
    // the combined register's (a conflict resolved by keeping both) goes with it.
    void followSplit(const char *type, Id srcId, Id assessmentId);
    // What was taken over from this section before and is gone from it now is removed here too, unless
    // it was changed here since (or was in conflict): then it stays, listed as a conflict. What another
    // object of the section, or another section, stands for now only stops following this one. Records
    // that point to others go first, so that removing an assessment never takes along a kept risk line.
    void removeDeleted();
    void remove(const RegisterFile::Origin &origin);
    // Does another section's origin (or a nested one) still stand for the object?
    bool heldElsewhere(const RegisterFile::Origin &gone) const;
    void forget(const RegisterFile::Origin &origin);
    bool holdsOthers(const std::string &type, Id id) const;

    struct KnownSection {
        std::string identity;    // the uid its objects' origins are kept under here
        std::string path;        // its file, absolute
        std::string registerUid; // its own register id
    };

    RegisterFile &m_target;
    RegisterData m_local; // as it was before combining; m_localContent follows the changes
    std::map<std::tuple<std::string, std::string, Id>, RegisterFile::Origin> m_origins;
    std::map<std::pair<std::string, Id>, std::string> m_localContent;
    std::map<std::string, Id> m_matrices;                            // signature -> matrix id in the target
    std::map<std::pair<std::string, Id>, std::string> m_updatedFrom; // updated in this combine from a section
    std::map<Id, int> m_riskScores;                                  // risk lines of the target: score
    // The target's lines by assessment, then asset and text: (position, id), in that order (linesLike).
    std::map<Id, std::map<std::pair<std::optional<Id>, std::string>, std::vector<std::pair<int, Id>>>> m_lines;
    CombineResolver m_resolve;
    std::map<std::string, std::string> m_sectionPaths; // uid -> path of the sections combined under their own id
    std::vector<KnownSection> m_known;                 // the sections combined into this register, ever
    std::map<std::string, std::string> m_carriers;     // register id -> identity of the first section carrying it
    // (register id, type, id there) -> identity of the first section carrying that object
    std::map<std::tuple<std::string, std::string, Id>, std::string> m_objectCarriers;
    std::set<std::string> m_uidsFromBefore; // the source uids of the objects' origins when started
    std::set<std::string> m_asNew;          // files to combine as new sections, absolute
    std::set<std::string> m_runUids;        // the register ids of this run's sections
    std::set<std::string> m_sectionUids;    // the identities of the sections combined so far
    std::set<Id> m_split;                   // assessments added as a section's own copy beside the combined register's
    std::string m_uid;                      // the identity of the section being combined
    CombineSummary m_summary;
    const RegisterData *m_src = nullptr;
    std::string m_path;
    std::map<std::pair<std::string, Id>, Id> m_ids; // (type, id in the section) -> id in the target
    std::map<std::pair<std::string, Id>, std::pair<std::string, Id>> m_nested; // the section's own origins
    std::set<std::pair<std::string, Id>> m_seen;    // (type, id in the section) of what the section holds
    std::set<std::pair<std::string, Id>> m_claimed; // (type, id in the target) the section's objects stand for
    // While removing (removeDeleted): (type, id in the target) -> the source uids whose origins stand for it,
    // each with how many, so that heldElsewhere is no search through every origin.
    std::map<std::pair<std::string, Id>, std::map<std::string, int>> m_holders;
};

} // namespace trygg::combine
