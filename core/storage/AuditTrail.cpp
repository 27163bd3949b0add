// The audit trail of a register (sporbarhed: 001 goal 8, 002 §76 stk. 3): written by every change
// in the change's own transaction, read by history(). Nothing here updates or deletes a row.
#include "storage/RegisterFile.h"

#include "model/Clock.h"
#include "model/Error.h"
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

struct AuditedTable {
    const char *objectType;
    // Selects the record with id ?1; its columns are the fields an edit compares. Links to other
    // records (an assessment's scope, a measure's risks) are folded into one column so that a change
    // to them is an edit of the record too.
    const char *snapshotSql;
    const char *nameColumn;
};

constexpr AuditedTable AuditedTables[] = {
    {"register",
     "SELECT name, language, created, current_matrix_id, review_rule, "
     "(SELECT group_concat(level || ' ' || label, ' | ') FROM (SELECT level, label FROM classification_level "
     "ORDER BY level)) AS classification_levels, "
     "(SELECT group_concat(level || ' ' || definition, ' | ') FROM (SELECT level, definition FROM "
     "classification_level ORDER BY level)) AS classification_definitions FROM register WHERE id = ?1",
     "name"},
    {"matrix", "SELECT preset, many_affected_raises FROM matrix WHERE id = ?1", "preset"},
    {"unit", "SELECT * FROM unit WHERE id = ?1", "name"},
    {"person", "SELECT * FROM person WHERE id = ?1", "name"},
    {"asset", "SELECT * FROM asset WHERE id = ?1", "name"},
    {"assessment",
     "SELECT *, (SELECT group_concat(asset_id, ',') FROM (SELECT asset_id FROM assessment_asset "
     "WHERE assessment_id = ?1 ORDER BY asset_id)) AS assets FROM assessment WHERE id = ?1",
     "name"},
    {"risk", "SELECT * FROM risk WHERE id = ?1", "threat"},
    {"measure",
     "SELECT *, (SELECT group_concat(risk_id, ',') FROM (SELECT risk_id FROM measure_risk WHERE measure_id = ?1 "
     "ORDER BY risk_id)) AS risks FROM measure WHERE id = ?1",
     "what"},
    {"document", "SELECT * FROM policy_document WHERE id = ?1", "name"},
    {"review", "SELECT * FROM review WHERE id = ?1", "kind"},
    {"acceptance", "SELECT * FROM risk_acceptance WHERE id = ?1", "accepted_by"},
    {"approval", "SELECT * FROM approval WHERE id = ?1", "subject"},
    {"incident",
     "SELECT *, (SELECT group_concat(asset_id, ',') FROM (SELECT asset_id FROM incident_asset WHERE incident_id = ?1 "
     "ORDER BY asset_id)) AS assets, (SELECT group_concat(risk_id, ',') FROM (SELECT risk_id FROM incident_risk "
     "WHERE incident_id = ?1 ORDER BY risk_id)) AS risks, (SELECT group_concat(measure_id, ',') FROM (SELECT "
     "measure_id FROM incident_measure WHERE incident_id = ?1 ORDER BY measure_id)) AS measures FROM incident "
     "WHERE id = ?1",
     "description"},
    {"exception", "SELECT * FROM rule_exception WHERE id = ?1", "rule"},
};

const AuditedTable &auditedTable(std::string_view objectType)
{
    for (const AuditedTable &table : AuditedTables)
        if (objectType == table.objectType)
            return table;
    throw std::logic_error("no audited table for '" + std::string(objectType) + "'");
}

std::string nameIn(const std::vector<std::pair<std::string, std::optional<std::string>>> &snapshot,
                   std::string_view column)
{
    for (const auto &[field, value] : snapshot)
        if (field == column)
            return value.value_or("");
    return {};
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
    Statement &query = cached(auditedTable(objectType).snapshotSql);
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

void RegisterFile::recordEdits(std::string_view objectType, Id id, const Snapshot &before)
{
    const Snapshot after = snapshot(objectType, id);
    if (after.size() != before.size())
        return; // the record did not exist: nothing was changed
    const std::string name = nameIn(after, auditedTable(objectType).nameColumn);
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

void RegisterFile::recordDelete(std::string_view objectType, Id id, const Snapshot &before)
{
    writeAudit("delete", objectType, id, nameIn(before, auditedTable(objectType).nameColumn));
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
    saveCopy(target);
    return target;
}

} // namespace trygg
