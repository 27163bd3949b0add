// SPDX-License-Identifier: EUPL-1.2
#include "combine/OfflineCopy.h"

#include "combine/CombineContent.h"
#include "edit/Edit.h"
#include "model/Error.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/SqlConnection.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace trygg {
namespace {

using Key = std::pair<std::string, Id>; // an object as the trail names it: its type and id

// What the two trails say: the last entry they share, and the objects each changed after it.
struct Trails {
    Id fork = 0;
    std::vector<Key> changedOffline; // in the order the copy changed them first
    std::set<Key> createdOffline;    // of those, the ones the copy made: its first entry of them is their making
    std::set<Key> changedInRegister; // by the register's entries after the fork
};

Trails compare(const std::vector<AuditEntry> &offline, const std::vector<AuditEntry> &server)
{
    Trails trails;
    std::map<Id, const std::string *> serverHashes;
    for (const AuditEntry &entry : server)
        serverHashes.emplace(entry.id, &entry.chainHash);
    for (const AuditEntry &entry : offline)
        if (const auto found = serverHashes.find(entry.id);
            found != serverHashes.end() && *found->second == entry.chainHash && !entry.chainHash.empty())
            trails.fork = std::max(trails.fork, entry.id);
    std::set<Key> seen;
    for (const AuditEntry &entry : offline) {
        if (entry.id <= trails.fork || !entry.objectId)
            continue;
        Key key{entry.objectType, *entry.objectId};
        if (!seen.insert(key).second)
            continue;
        // Made: "create", or "approve" for what is recorded so (an assessment's approval is an edit of a field).
        if (entry.field.empty() && (entry.action == "create" || entry.action == "approve"))
            trails.createdOffline.insert(key);
        trails.changedOffline.push_back(std::move(key));
    }
    for (const AuditEntry &entry : server)
        if (entry.id > trails.fork && entry.objectId)
            trails.changedInRegister.emplace(entry.objectType, *entry.objectId);
    return trails;
}

class BringBack {
public:
    BringBack(RegisterFile &target, const std::string &path, const RegisterData &copy, const RegisterData &data,
              const Trails &trails, const CombineResolver &resolve)
        : m_target(target), m_path(path), m_copy(copy), m_data(data), m_trails(trails), m_resolve(resolve)
    {
    }

    CombineSummary run()
    {
        m_summary.sections = 1;
        // What the copy added first (what changes refer to it), then what it changed, then what it removed, the
        // records referring to others before those (a line's asset cleared before the asset goes).
        records::forEachKind([&]<typename T>(T *) { planAdditions<T>(); });
        records::forEachKind([&]<typename T>(T *) { planChanges<T>(); });
        for (auto removal = m_removals.rbegin(); removal != m_removals.rend(); ++removal)
            m_edit.records.push_back(std::move(*removal));
        // Reviews and approvals name their object by kind and id, not by a reference the edit follows: those of
        // records new in the copy are written once those have their ids here.
        Edit written = applyEdit(m_target, m_edit);
        std::map<Key, Id> ids;
        for (const auto &[key, step] : m_added)
            ids[key] = idOf(*written.records[step].after);
        Edit later;
        // (Their objects are new here, so an equal record here would be one brought back before: never.)
        for (Review review : m_laterReviews)
            if (const auto id = ids.find({combine::reviewedType(review.kind), review.objectId}); id != ids.end()) {
                review.objectId = id->second;
                review.id = 0;
                later.records.push_back({std::nullopt, Record(review)});
            }
        for (Approval approval : m_laterApprovals)
            if (const auto id = ids.find({"assessment", *approval.objectId}); id != ids.end()) {
                approval.objectId = id->second;
                approval.id = 0;
                approval.fingerprint.clear(); // of the assessment as it is here
                later.records.push_back({std::nullopt, Record(approval)});
            }
        if (!later.empty())
            applyEdit(m_target, later);
        m_summary.created += static_cast<int>(later.records.size());
        return m_summary;
    }

private:
    template <typename T> const T *inCopy(Id id) const { return RegisterData::findById(records::in<T>(m_copy), id); }
    template <typename T> const T *inRegister(Id id) const
    {
        return RegisterData::findById(records::in<T>(m_data), id);
    }
    bool newInCopy(const Key &key) const { return m_trails.createdOffline.count(key) > 0; }

    // `record` of the copy with its references to records new in the copy turned to what they are here: the
    // placeholder of one added (Edit.h), or the register's unit or person of the same name.
    template <typename T> T mapped(T record) const
    {
        records::forEachReference(record, [&](std::string_view table, Id &id) {
            if (const auto found = m_newIds.find({std::string(table), id}); found != m_newIds.end())
                id = found->second;
        });
        return record;
    }

    // The register's record that a record new in the copy is already: a unit or person of the same name, or
    // one changed since the copy with the same content (the copy brought back before: not added twice).
    template <typename T> std::optional<Id> alreadyHere(const T &record)
    {
        if constexpr (std::is_same_v<T, OrgUnit> || std::is_same_v<T, Person>) {
            for (const T &here : records::in<T>(m_data))
                if (here.name == record.name)
                    return here.id;
        } else if constexpr (requires { combine::contentOf(m_data, record); }) {
            auto &contents = m_contentsHere[records::Kind<T>::objectType];
            if (contents.empty())
                for (const T &here : records::in<T>(m_data))
                    if (m_trails.changedInRegister.count({records::Kind<T>::objectType, here.id}))
                        contents.emplace(combine::contentOf(m_data, here), here.id);
            if (const auto found = contents.find(combine::contentOf(m_copy, record)); found != contents.end())
                return found->second;
        }
        return std::nullopt;
    }

    // `standsForIt`: the copy's references to the record are to this one (not so for a second record kept
    // beside the register's, Both).
    template <typename T> void add(const T &record, const Key &key, bool standsForIt = true)
    {
        T added = mapped(record);
        added.id = -static_cast<Id>(m_added.size() + 1);
        if (standsForIt)
            m_newIds[{records::Kind<T>::table, record.id}] = added.id;
        m_added.emplace_back(key, m_edit.records.size());
        m_edit.records.push_back({std::nullopt, Record(std::move(added))});
        ++m_summary.created;
    }

    // A review or approval of a record new in the copy waits for its id.
    template <typename T> bool waitsForItsObject(const T &record)
    {
        if constexpr (std::is_same_v<T, Review>) {
            if (newInCopy({combine::reviewedType(record.kind), record.objectId})) {
                m_laterReviews.push_back(record);
                return true;
            }
        } else if constexpr (std::is_same_v<T, Approval>) {
            if (record.subject == Approval::Subject::Assessment && record.objectId &&
                newInCopy({"assessment", *record.objectId})) {
                m_laterApprovals.push_back(record);
                return true;
            }
        }
        return false;
    }

    // In the order the copy made them (a unit before its sub-units).
    template <typename T> void planAdditions()
    {
        const std::string type = records::Kind<T>::objectType;
        for (const Key &key : m_trails.changedOffline) {
            if (key.first != type || !newInCopy(key))
                continue;
            const T *record = inCopy<T>(key.second);
            if (!record || waitsForItsObject(*record))
                continue; // added and removed again offline
            if (const std::optional<Id> here = alreadyHere(*record)) {
                m_newIds[{records::Kind<T>::table, record->id}] = *here;
                ++m_summary.unchanged;
                continue;
            }
            add(*record, key);
        }
    }

    // A removal's cascades are the copy's own entries, each brought back on its own.
    template <typename T> void planChanges()
    {
        for (const Key &key : m_trails.changedOffline)
            if (key.first == records::Kind<T>::objectType && !newInCopy(key))
                bringBackChange<T>(key);
    }

    template <typename T> void bringBackChange(const Key &key)
    {
        const T *offline = inCopy<T>(key.second);
        const T *here = inRegister<T>(key.second);
        const std::optional<T> wanted = offline ? std::optional<T>(mapped(*offline)) : std::nullopt;
        if ((!wanted && !here) || (wanted && here && *wanted == *here)) {
            ++m_summary.unchanged;
            return;
        }
        if (m_trails.changedInRegister.count(key)) {
            CombineConflict conflict;
            conflict.section = m_path;
            conflict.sectionName = m_copy.info.name;
            conflict.objectType = key.first;
            conflict.name = combine::objectName(offline ? m_copy : m_data, key.first, key.second);
            conflict.reason =
                trygg::trMsg("changed in the offline copy and in the register since the copy was made");
            conflict.sectionId = key.second;
            conflict.combinedId = here ? key.second : 0;
            conflict.gone = !offline;
            conflict.resolution = m_resolve ? m_resolve(conflict) : std::nullopt;
            m_summary.conflicts.push_back(conflict);
            if (conflict.resolution == CombineResolution::Both && offline) {
                add(*offline, key, false);
                return;
            }
            if (conflict.resolution != CombineResolution::Section)
                return;
        }
        if constexpr (records::recordOnly<T>()) {
            if (wanted && here) { // recorded again as the copy has it
                m_edit.records.push_back({Record(*here), std::nullopt});
                m_edit.records.push_back({std::nullopt, Record(*wanted)});
                ++m_summary.updated;
                return;
            }
        }
        if (!wanted) {
            m_removals.push_back({Record(*here), std::nullopt});
            ++m_summary.removed;
            return;
        }
        m_edit.records.push_back({here ? std::optional<Record>(*here) : std::nullopt, Record(*wanted)});
        ++(here ? m_summary.updated : m_summary.created);
    }

    RegisterFile &m_target;
    const std::string &m_path;
    const RegisterData &m_copy;
    const RegisterData &m_data;
    const Trails &m_trails;
    const CombineResolver &m_resolve;
    CombineSummary m_summary;
    Edit m_edit;
    std::map<std::pair<std::string, Id>, Id> m_newIds;    // (table, id in the copy) -> here
    std::vector<std::pair<Key, std::size_t>> m_added;     // records new in the copy: their step in m_edit
    std::map<std::string, std::multimap<std::string, Id>> m_contentsHere; // by type: content -> id
    std::vector<RecordEdit> m_removals;                   // in the order of the kinds: written in reverse
    std::vector<Review> m_laterReviews;
    std::vector<Approval> m_laterApprovals;
};

} // namespace

bool isOfflineCopy(RegisterFile &target, const std::string &sectionUid, const std::string &sectionPath)
{
    return target.database().dialect() == SqlDialect::Postgres && !isServerAddress(sectionPath) &&
           sectionUid == target.info().uid;
}

CombineSummary bringBackOfflineCopy(RegisterFile &target, const std::string &path, const CombineResolver &resolve)
{
    const RegisterFile offline = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const RegisterData copy = offline.load();
    const std::vector<AuditEntry> copyTrail = offline.history();
    Transaction transaction(target.database()); // the register as it is now, while no other client writes
    const RegisterData data = target.load();
    const Trails trails = compare(copyTrail, target.history());
    if (trails.fork == 0)
        throw InputError(trygg::trMsg("%1 has this register's id but shares none of its audit trail: it is no "
                                      "offline copy of it (trygg-cli copy); combine it as a new section",
                                      path));
    CombineSummary summary = BringBack(target, path, copy, data, trails, resolve).run();
    target.recordImport("offline copy", path,
                        trygg::trMsg("%1 new, %2 updated, %3 removed, %4 unchanged, %5 conflicts", summary.created,
                                     summary.updated, summary.removed, summary.unchanged,
                                     static_cast<long long>(summary.conflicts.size()))
                            .english());
    transaction.commit();
    return summary;
}

} // namespace trygg
