// The audit trail of a register (sporbarhed: 001 goal 8, 002 §76 stk. 3): written by every change
// in the change's own transaction, read by history(). Nothing here updates or deletes a row.
#include "storage/RegisterFile.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "storage/RecordSql.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#if defined(__unix__) || defined(__APPLE__)
#include <pwd.h>
#include <unistd.h>
#endif

namespace trygg {
namespace {

// The statement whose columns are the fields an edit of an object compares, its id as ?1: the
// register's own and the matrix versions', and each kind of record's from its description.
const char *snapshotSql(std::string_view objectType)
{
    if (objectType == "register")
        return "SELECT name, language, created, current_matrix_id, review_rule, "
               "(SELECT group_concat(level || ' ' || label, ' | ') FROM (SELECT level, label FROM "
               "classification_level ORDER BY level)) AS classification_levels, "
               "(SELECT group_concat(level || ' ' || definition, ' | ') FROM (SELECT level, definition FROM "
               "classification_level ORDER BY level)) AS classification_definitions FROM register WHERE id = ?1";
    if (objectType == "matrix")
        return "SELECT preset, many_affected_raises FROM matrix WHERE id = ?1";
    const char *sql = nullptr;
    records::forEachKind([&]<typename T>(T *) {
        if (objectType == records::Kind<T>::objectType)
            sql = records::snapshotSql<T>();
    });
    if (!sql)
        throw std::logic_error("no audited table for '" + std::string(objectType) + "'");
    return sql;
}

// The login name, as the shells of Linux, macOS and Windows set it, or else the account's name in the
// user database; the trail needs some name even when there is none (a bare container).
std::string osUserFromEnvironment()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const char *value = std::getenv(variable); value && *value)
            return value;
#if defined(__unix__) || defined(__APPLE__)
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return account->pw_name;
#endif
    return "unknown";
}

} // namespace

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
    Statement &query = cached(snapshotSql(objectType));
    query.bind(1, id);
    Snapshot fields;
    if (query.step())
        for (int column = 0; column < query.columnCount(); ++column) {
            const std::string_view name = query.columnName(column);
            if (name == "id")
                continue;
            fields.emplace_back(std::string(name),
                                query.isNull(column) ? std::nullopt : std::optional<std::string>(query.text(column)));
        }
    query.reset();
    return fields;
}

void RegisterFile::recordEdits(std::string_view objectType, Id id, const Snapshot &before, std::string_view name)
{
    const Snapshot after = snapshot(objectType, id);
    if (after.size() != before.size())
        return; // the record did not exist: nothing was changed
    for (std::size_t i = 0; i < after.size(); ++i) {
        const auto &[field, newValue] = after[i];
        const std::optional<std::string> &oldValue = before[i].second;
        if (oldValue == newValue)
            continue;
        // An approval is what the trail is most often asked about (003: management signs off), so it
        // is its own action rather than one edit among others.
        const bool approval = objectType == "assessment" && field == "status" && newValue == "approved";
        writeAudit(approval ? "approve" : "edit", objectType, id, name, field, oldValue, newValue);
    }
}

void RegisterFile::writeAudit(std::string_view action, std::string_view objectType, std::optional<Id> objectId,
                              std::string_view objectName, std::string_view field,
                              const std::optional<std::string> &oldValue, const std::optional<std::string> &newValue)
{
    if (m_osUser.empty())
        m_osUser = osUserFromEnvironment();
    cached("INSERT INTO audit (at, os_user, person, action, object_type, object_id, object_name, field, old_value, "
           "new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, Clock::nowUtcStamp())
        .bind(2, m_osUser)
        .bind(3, m_actingPerson)
        .bind(4, action)
        .bind(5, objectType)
        .bind(6, objectId)
        .bind(7, objectName)
        .bind(8, field)
        .bind(9, oldValue)
        .bind(10, newValue)
        .run();
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
    Statement query(*m_db, "SELECT id, at, os_user, person, action, object_type, object_id, object_name, field, "
                           "old_value, new_value FROM audit WHERE (?1 IS NULL OR at >= ?1) "
                           "AND (?2 IS NULL OR (object_type = ?2 AND object_id = ?3)) ORDER BY at, id");
    query.bind(1, since);
    if (object)
        query.bind(2, object->first).bind(3, object->second);
    std::vector<AuditEntry> entries;
    auto optionalText = [&](int column) {
        return query.isNull(column) ? std::nullopt : std::optional<std::string>(query.text(column));
    };
    while (query.step())
        entries.push_back({query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5),
                           query.optionalInt64(6), query.text(7), query.text(8), optionalText(9), optionalText(10)});
    return entries;
}

std::string RegisterFile::backupBeforeUpgrade() const
{
    const std::string stamp = Clock::nowLocalCompact();
    const std::filesystem::path original(path());
    const std::string extension = original.has_extension() ? original.extension().string() : ".trygg";
    const std::string base = (original.parent_path() / original.stem()).string() + ".before-v" +
                             std::to_string(schema::CurrentVersion) + "-" + stamp;
    std::string target = base + extension;
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(target, ec); ++n)
        target = base + "-" + std::to_string(n) + extension;
    saveCopy(target, CopyIdentity::Same); // the same register: combining knows it by its id
    return target;
}

} // namespace trygg
