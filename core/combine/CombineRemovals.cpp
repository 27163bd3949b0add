// SPDX-License-Identifier: EUPL-1.2
// What a section no longer holds (Combiner.h).
#include "combine/Combiner.h"

#include "combine/CombineContent.h"
#include "storage/Sqlite.h"

namespace trygg::combine {

void Combiner::removeDeleted()
{
    m_holders.clear();
    for (const auto &[key, origin] : m_origins)
        ++m_holders[{origin.objectType, origin.localId}][origin.sourceUid];
    for (const char *type :
         {"acceptance", "review", "measure", "risk", "assessment", "incident", "exception", "document", "asset"}) {
        std::vector<RegisterFile::Origin> gone;
        for (const auto &[key, origin] : m_origins)
            if (origin.sourceUid == m_uid && origin.objectType == type && !m_seen.count({type, origin.sourceId}))
                gone.push_back(origin);
        for (const RegisterFile::Origin &origin : gone) {
            const auto local = m_localContent.find({type, origin.localId});
            if (local == m_localContent.end() || m_claimed.count({type, origin.localId}) || heldElsewhere(origin)) {
                forget(origin);
                continue;
            }
            const bool unchanged = origin.fingerprint && local->second == *origin.fingerprint;
            const bool others = holdsOthers(type, origin.localId);
            if (unchanged && !others) {
                remove(origin);
                continue;
            }
            CombineConflict conflict{
                m_path,
                m_src->info.name,
                type,
                objectName(m_local, type, origin.localId),
                unchanged ? trygg::trMsg("no longer in the section, but it holds risk lines or measures that are "
                                         "not from it; kept")
                          : trygg::trMsg("no longer in the section, but changed in the combined register since the "
                                         "last combine; kept"),
                origin.sourceId,
                origin.localId,
                true,
                std::nullopt,
                score(type, origin.localId),
                std::nullopt};
            conflict.resolution = m_resolve ? m_resolve(conflict) : std::nullopt;
            // Taking the section's version (its removal) would take lines from elsewhere along.
            if (conflict.resolution == CombineResolution::Section && others)
                conflict.resolution = std::nullopt;
            m_summary.conflicts.push_back(conflict);
            if (conflict.resolution == CombineResolution::Section)
                remove(origin);
            else if (conflict.resolution) // the combined register's own from now on
                forget(origin);
        }
    }
}

void Combiner::remove(const RegisterFile::Origin &origin)
{
    removeObject(m_target, origin.objectType, origin.localId);
    m_lines.clear(); // a removed asset or assessment takes lines along, or changes them
    m_localContent.erase({origin.objectType, origin.localId});
    forget(origin);
    ++m_summary.removed;
}

bool Combiner::heldElsewhere(const RegisterFile::Origin &gone) const
{
    const auto holders = m_holders.find({gone.objectType, gone.localId});
    if (holders == m_holders.end())
        return false;
    for (const auto &[uid, count] : holders->second)
        if (uid != gone.sourceUid && count > 0)
            return true;
    return false;
}

void Combiner::forget(const RegisterFile::Origin &origin)
{
    m_target.removeOrigin(origin);
    const auto found = m_origins.find({origin.sourceUid, origin.objectType, origin.sourceId});
    if (found == m_origins.end())
        return;
    if (auto holders = m_holders.find({found->second.objectType, found->second.localId}); holders != m_holders.end())
        if (auto count = holders->second.find(found->second.sourceUid); count != holders->second.end())
            --count->second;
    m_origins.erase(found);
}

bool Combiner::holdsOthers(const std::string &type, Id id) const
{
    return type == "assessment" &&
           Statement(m_target.database(), "SELECT 1 FROM risk WHERE assessment_id = ?1 UNION ALL "
                                          "SELECT 1 FROM measure WHERE assessment_id = ?1")
               .bind(1, id)
               .scalar()
               .has_value();
}

} // namespace trygg::combine
