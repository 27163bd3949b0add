// SPDX-License-Identifier: EUPL-1.2
// The audit trail of a register (sporbarhed: 001 goal 8, 002 §76 stk. 3): written by every change
// in the change's own transaction, read by history(). Nothing here updates or deletes a row.
#include "storage/RegisterFile.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "platform/Paths.h"
#include "storage/AuditChain.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

#include <filesystem>

namespace trygg {

void RegisterFile::checkActingPerson(std::string_view person)
{
    validation::requireOneLine(trygg::trMsg("the name of the person making changes"), person);
    validation::requireText(trygg::trMsg("the name of the person making changes"), person, validation::MaxNameLength,
                            false);
}

void RegisterFile::setActingPerson(std::string person)
{
    checkActingPerson(person);
    m_actingPerson = std::move(person);
}

RegisterFile::Snapshot RegisterFile::snapshot(std::string_view objectType, Id id) const
{
    Statement &query = cached(auditchain::snapshotSql(objectType, m_db->dialect()));
    query.bind(1, id);
    return auditchain::readSnapshot(query, m_db->dialect());
}

std::string RegisterFile::trailUser() const
{
    // Issue 16: on a server the trail names the database user the change was made as, which the server
    // vouches for (its login), not what the client's environment says.
    if (m_db->dialect() == SqlDialect::Postgres) {
        Statement user(*m_db, "SELECT session_user");
        if (user.step())
            return user.text(0);
    }
    return auditchain::osUser();
}

void RegisterFile::recordEdits(std::string_view objectType, Id id, const Snapshot &before, std::string_view name)
{
    const Snapshot after = snapshot(objectType, id);
    if (after.size() != before.size())
        return; // the record did not exist: nothing was changed
    const std::string state = auditchain::serialise(after);
    for (std::size_t i = 0; i < after.size(); ++i) {
        const auto &[field, newValue] = after[i];
        const std::optional<std::string> &oldValue = before[i].second;
        if (oldValue == newValue)
            continue;
        // An approval is what the trail is most often asked about (003: management signs off), so it
        // is its own action rather than one edit among others.
        const bool approval = objectType == "assessment" && field == "status" && newValue == "approved";
        appendAudit(approval ? "approve" : "edit", objectType, id, name, field, oldValue, newValue, state);
    }
}

void RegisterFile::writeAudit(std::string_view action, std::string_view objectType, std::optional<Id> objectId,
                              std::string_view objectName, std::string_view field,
                              const std::optional<std::string> &oldValue, const std::optional<std::string> &newValue)
{
    std::optional<std::string> state;
    if (objectId && action != "delete")
        if (const Snapshot after = snapshot(objectType, *objectId); !after.empty())
            state = auditchain::serialise(after);
    appendAudit(action, objectType, objectId, objectName, field, oldValue, newValue, std::move(state));
}

void RegisterFile::appendAudit(std::string_view action, std::string_view objectType, std::optional<Id> objectId,
                               std::string_view objectName, std::string_view field,
                               const std::optional<std::string> &oldValue, const std::optional<std::string> &newValue,
                               std::optional<std::string> state)
{
    if (m_osUser.empty())
        m_osUser = trailUser();
    auditchain::Entry entry;
    entry.at = Clock::nowUtcStamp();
    entry.osUser = m_osUser;
    entry.person = m_actingPerson;
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.objectName = objectName;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.state = std::move(state);
    // The entry records the object as it is now: the commit need not look at it again unless it changes.
    if (m_followsChanges && objectId && (entry.state || action == "delete"))
        cached(auditchain::forgetTouchedSql(m_db->dialect())).bind(1, objectType).bind(2, *objectId).run();
    auditchain::append(cached(auditchain::lastEntrySql(m_db->dialect())), cached(auditchain::InsertSql), std::move(entry));
}

void RegisterFile::followChanges()
{
    auditchain::followChanges(*m_db);
    m_followsChanges = true;
    m_db->setBeforeCommit([this] { recordUnrecordedChanges(); });
}

void RegisterFile::recordUnrecordedChanges()
{
    std::vector<std::pair<std::string, Id>> touched;
    for (Statement &query = cached(auditchain::touchedSql(m_db->dialect())); query.step();)
        touched.emplace_back(query.text(0), query.int64(1));
    if (touched.empty())
        return;
    cached(auditchain::clearTouchedSql(m_db->dialect())).run();
    // A cascade (an assessment's lines removed with it, a person's name cleared from the assets they
    // owned, a removed line taken off its measures) or any other change no entry recorded: the trail
    // says what changed against the state it last recorded, so that check finds only changes made
    // behind Trygg's back.
    for (const auto &[objectType, id] : touched) {
        Statement &last = cached(auditchain::LastStateSql);
        last.bind(1, objectType).bind(2, id);
        std::optional<std::string> action, state;
        std::string name;
        if (last.step()) {
            action = last.text(0);
            state = last.isNull(1) ? std::nullopt : std::optional<std::string>(last.text(1));
            name = last.text(2);
        }
        last.reset();
        const Snapshot now = snapshot(objectType, id);
        const bool recordedAsPresent = action && *action != "delete";
        if (now.empty()) {
            if (recordedAsPresent)
                appendAudit("delete", objectType, id, name, {}, std::nullopt, std::nullopt, std::nullopt);
            continue;
        }
        const std::string nowState = auditchain::serialise(now);
        if (recordedAsPresent && state == nowState)
            continue;
        const std::optional<auditchain::Fields> before =
            recordedAsPresent && state ? auditchain::parse(*state) : std::nullopt;
        if (!before) {
            appendAudit("create", objectType, id, name, {}, std::nullopt, std::nullopt, nowState);
            continue;
        }
        for (const auto &[field, value] : now) {
            std::optional<std::string> oldValue;
            for (const auto &[recordedField, recordedValue] : *before)
                if (recordedField == field)
                    oldValue = recordedValue;
            if (oldValue != value)
                appendAudit("edit", objectType, id, name, field, oldValue, value, nowState);
        }
    }
}

std::vector<Message> RegisterFile::trailProblems() const
{
    return auditchain::verify(*m_db);
}

std::string RegisterFile::trailFingerprint() const
{
    return auditchain::lastHash(*m_db);
}

Id RegisterFile::lastTrailEntry() const
{
    return cached("SELECT max(id) FROM audit").scalar().value_or(0);
}

std::vector<std::pair<std::string, Id>> RegisterFile::changedSince(Id entry) const
{
    std::vector<std::pair<std::string, Id>> changed;
    Statement &query = cached("SELECT object_type, object_id FROM audit WHERE id > ?1 AND object_id IS NOT NULL "
                              "GROUP BY object_type, object_id ORDER BY min(id)");
    for (query.bind(1, entry); query.step();)
        changed.emplace_back(query.text(0), query.int64(1));
    query.reset();
    return changed;
}

bool RegisterFile::othersChanged()
{
    return m_db->takeChangeNotice();
}

void RegisterFile::reconnect()
{
    m_statements.clear(); // prepared on the connection that went
    m_db->reconnect();
    if (m_followsChanges)
        auditchain::followChanges(*m_db); // a server forgets a session's temporary table with the session
}

void RegisterFile::recordImport(std::string_view objectType, std::string_view fileName, std::string_view counts)
{
    requireWritable();
    writeAudit("import", objectType, std::nullopt, fileName, {}, std::nullopt, std::string(counts));
}

std::vector<AuditEntry> RegisterFile::history(std::optional<std::string> sinceIsoDate,
                                              std::optional<std::pair<std::string, Id>> object) const
{
    std::optional<std::string> since;
    if (sinceIsoDate) {
        const std::optional<Date> date = Date::parse(*sinceIsoDate);
        if (!date)
            throw InputError(trygg::trMsg("'%1' is not a valid date (YYYY-MM-DD)", *sinceIsoDate));
        since = date->toIso(); // "2026-11-23" sorts before every time of that day
    }
    Statement query(
        *m_db, "SELECT id, at, os_user, person, action, object_type, object_id, object_name, field, "
               "old_value, new_value, chain_hash FROM audit WHERE action <> 'baseline' AND (?1 IS NULL OR at >= ?1) "
               "AND (?2 IS NULL OR (object_type = ?2 AND object_id = ?3)) ORDER BY at, id");
    query.bind(1, since);
    if (object)
        query.bind(2, object->first).bind(3, object->second);
    else
        query.bind(3, Id{0}); // unused, but typed: a server compares no bigint with an untyped NULL (issue 16)
    std::vector<AuditEntry> entries;
    auto optionalText = [&](int column) {
        return query.isNull(column) ? std::nullopt : std::optional<std::string>(query.text(column));
    };
    while (query.step())
        entries.push_back({query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5),
                           query.optionalInt64(6), query.text(7), query.text(8), optionalText(9), optionalText(10),
                           optionalText(11).value_or(std::string())});
    return entries;
}

std::string RegisterFile::backupBeforeUpgrade() const
{
    const std::string stamp = Clock::nowLocalCompact();
    const std::filesystem::path original = files::pathFromUtf8(path());
    const std::string extension = original.has_extension() ? files::utf8Of(original.extension()) : ".trygg";
    const std::string base = files::utf8Of(original.parent_path() / original.stem()) + ".before-v" +
                             std::to_string(schema::CurrentVersion) + "-" + stamp;
    std::string target = base + extension;
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(files::pathFromUtf8(target), ec); ++n)
        target = base + "-" + std::to_string(n) + extension;
    saveCopy(target, CopyIdentity::Same); // the same register: combining knows it by its id
    return target;
}

} // namespace trygg
