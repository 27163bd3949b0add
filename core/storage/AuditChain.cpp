// SPDX-License-Identifier: EUPL-1.2
// The audit trail's chain (issue 12): hashing, the state of objects as the trail records it, the start of
// the chain by the upgrade to schema version 7, and its verification by check.
#include "storage/AuditChain.h"

#include "model/Clock.h"
#include "model/Sha256.h"
#include "platform/System.h"
#include "storage/RecordSql.h"
#include "storage/Sqlite.h"

#include <charconv>
#include <cstdlib>
#include <map>
#include <set>
#include <stdexcept>

namespace trygg::auditchain {
namespace {

void appendValue(std::string &out, const std::optional<std::string> &value)
{
    if (!value) {
        out += '-';
        return;
    }
    out += std::to_string(value->size());
    out += ':';
    out += *value;
}

std::optional<std::string> optionalText(const Statement &query, int column)
{
    return query.isNull(column) ? std::nullopt : std::optional<std::string>(query.text(column));
}

// The columns of an entry, in the order its hash takes them.
constexpr const char *EntriesSql =
    "SELECT id, at, os_user, person, action, object_type, object_id, object_name, field, old_value, new_value, "
    "state, fingerprint, chain_hash FROM audit ORDER BY id";

Entry readEntry(const Statement &query)
{
    Entry entry;
    entry.id = query.int64(0);
    entry.at = query.text(1);
    entry.osUser = query.text(2);
    entry.person = query.text(3);
    entry.action = query.text(4);
    entry.objectType = query.text(5);
    entry.objectId = query.optionalInt64(6);
    entry.objectName = query.text(7);
    entry.field = query.text(8);
    entry.oldValue = optionalText(query, 9);
    entry.newValue = optionalText(query, 10);
    entry.state = optionalText(query, 11);
    entry.fingerprint = optionalText(query, 12);
    return entry;
}

// The object's name in messages, in the reader's language.
Message objectWord(const std::string &type)
{
    static const std::map<std::string, Message> words = {
        {"register", trygg::trMsg("the register")},
        {"matrix", trygg::trMsg("risk matrix")},
        {"unit", trygg::trMsg("unit")},
        {"person", trygg::trMsg("person")},
        {"asset", trygg::trMsg("asset")},
        {"assessment", trygg::trMsg("assessment")},
        {"risk", trygg::trMsg("risk")},
        {"measure", trygg::trMsg("measure")},
        {"document", trygg::trMsg("policy document")},
        {"review", trygg::trMsg("review")},
        {"acceptance", trygg::trMsg("risk acceptance")},
        {"approval", trygg::trMsg("approval")},
        {"incident", trygg::trMsg("incident")},
        {"exception", trygg::trMsg("exception")},
    };
    const auto it = words.find(type);
    return it == words.end() ? Message(type) : it->second;
}

Message valueWord(const std::optional<std::string> &value)
{
    if (!value)
        return trygg::trMsg("(none)");
    return value->empty() ? trygg::trMsg("(empty)") : Message(*value);
}

// A trail recomputed by someone else breaks everywhere: the first ones say enough.
constexpr int MaxBrokenEntries = 10;

// What the trail last recorded of one object.
struct Recorded {
    bool deleted = false;
    std::optional<std::string> state;
    std::string name;
    std::string at;
};

} // namespace

std::string serialise(const Fields &fields)
{
    std::string out;
    for (const auto &[name, value] : fields) {
        out += name;
        out += '\t';
        appendValue(out, value);
        out += '\n';
    }
    return out;
}

std::optional<Fields> parse(std::string_view text)
{
    Fields fields;
    while (!text.empty()) {
        const std::size_t tab = text.find('\t');
        if (tab == std::string_view::npos)
            return std::nullopt;
        std::string name(text.substr(0, tab));
        text.remove_prefix(tab + 1);
        if (text.starts_with("-\n")) {
            fields.emplace_back(std::move(name), std::nullopt);
            text.remove_prefix(2);
            continue;
        }
        std::size_t length = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), length);
        if (error != std::errc() || end == text.data() || end == text.data() + text.size() || *end != ':')
            return std::nullopt;
        text.remove_prefix(static_cast<std::size_t>(end - text.data()) + 1);
        if (length >= text.size() || text[length] != '\n') // no overflow whatever length a file gives
            return std::nullopt;
        fields.emplace_back(std::move(name), std::string(text.substr(0, length)));
        text.remove_prefix(length + 1);
    }
    return fields;
}

std::string entryHash(const Entry &entry, std::string_view previousHash)
{
    std::string content = "trygg-audit-1;";
    for (const std::optional<std::string> &value :
         {std::optional<std::string>(std::to_string(entry.id)), std::optional<std::string>(entry.at),
          std::optional<std::string>(entry.osUser), std::optional<std::string>(entry.person),
          std::optional<std::string>(entry.action), std::optional<std::string>(entry.objectType),
          entry.objectId ? std::optional<std::string>(std::to_string(*entry.objectId)) : std::nullopt,
          std::optional<std::string>(entry.objectName), std::optional<std::string>(entry.field), entry.oldValue,
          entry.newValue, entry.state, entry.fingerprint, std::optional<std::string>(previousHash)}) {
        appendValue(content, value);
        content += ';';
    }
    return sha256Hex(content);
}

const std::vector<Audited> &auditedObjects()
{
    static const std::vector<Audited> objects = [] {
        std::vector<Audited> list{{"register", "register"}, {"matrix", "matrix"}};
        records::forEachKind([&]<typename T>(T *) {
            list.push_back({records::Kind<T>::objectType, records::Kind<T>::table});
        });
        return list;
    }();
    return objects;
}

namespace {

// The register's state: when assets, measures and policy documents are next due, and the days between reviews
// per zone (a review date moved behind Trygg's back shows as these), its classification levels; and, since
// version 8, the register's own policy's references (issue 13). The upgrade to version 7 recorded it without.
std::string registerStateSql(SqlDialect dialect, bool withReferences)
{
    using records::joinedRows;
    std::string sql =
        "SELECT name, language, created, current_matrix_id, review_rule, " +
        joinedRows(dialect, "level || ' ' || label", " | ", "level, label", "classification_level", "level") +
        " AS classification_levels, " +
        joinedRows(dialect, "level || ' ' || definition", " | ", "level, definition", "classification_level",
                   "level") +
        " AS classification_definitions, " +
        joinedRows(dialect, "kind || ' ' || rule", " | ", "kind, rule", "review_rule", "kind", true) +
        " AS review_rules, " +
        joinedRows(dialect, "zone_idx || ' ' || days", " | ", "zone_idx, days", "review_zone", "zone_idx") +
        " AS review_zone_days";
    if (withReferences)
        sql += ", " +
               joinedRows(dialect, "rule || ' ' || reference", " | ", "rule, reference", "policy_reference", "rule",
                          true) +
               " AS policy_references";
    return sql + " FROM register WHERE id = ?1";
}

// A matrix version never changes once stored: its scales, zones and cells are in its state so that acceptance
// criteria changed behind Trygg's back show (003 section 5: fixed before the assessment).
std::string matrixStateSql(SqlDialect dialect)
{
    using records::joinedRows;
    return "SELECT preset, many_affected_raises, " +
           joinedRows(dialect, "axis || ' ' || level || ' ' || label || ' ' || definition", " | ",
                      "axis, level, label, definition", "matrix_level WHERE matrix_id = ?1", "axis", true, "level") +
           " AS levels, " +
           joinedRows(dialect,
                      "idx || ' ' || name || ' ' || colour || ' ' || min_score || '-' || max_score || ' ' || acceptable",
                      " | ", "idx, name, colour, min_score, max_score, acceptable", "matrix_zone WHERE matrix_id = ?1",
                      "idx") +
           " AS zones, " +
           joinedRows(dialect, "probability || 'x' || consequence || ' ' || zone_idx", " | ",
                      "probability, consequence, zone_idx", "matrix_cell WHERE matrix_id = ?1", "probability", false,
                      "consequence") +
           " AS cells FROM matrix WHERE id = ?1";
}

// A real number as SQLite writes it as text ("%!.15g": 15 digits, always a decimal point), whatever the locale.
std::string sqliteRealText(double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
    std::string text(buffer, error == std::errc() ? end : buffer);
    if (text.find_first_of(".ein") == std::string::npos) // not "inf" or "nan" either
        text += ".0";
    else if (const std::size_t e = text.find('e'); e != std::string::npos && text.find('.') == std::string::npos)
        text.insert(e, ".0");
    return text;
}

} // namespace

const char *snapshotSql(std::string_view objectType, SqlDialect dialect)
{
    const bool server = dialect == SqlDialect::Postgres;
    if (objectType == "register") {
        static const std::string file = registerStateSql(SqlDialect::Sqlite, true),
                                 onServer = registerStateSql(SqlDialect::Postgres, true);
        return (server ? onServer : file).c_str();
    }
    if (objectType == "matrix") {
        static const std::string file = matrixStateSql(SqlDialect::Sqlite),
                                 onServer = matrixStateSql(SqlDialect::Postgres);
        return (server ? onServer : file).c_str();
    }
    const char *sql = nullptr;
    records::forEachKind([&]<typename T>(T *) {
        if (objectType == records::Kind<T>::objectType)
            sql = records::snapshotSql<T>(dialect);
    });
    if (!sql)
        throw std::logic_error("no audited table for '" + std::string(objectType) + "'");
    return sql;
}

Fields readSnapshot(Statement &query, SqlDialect dialect)
{
    Fields fields;
    if (query.step())
        for (int column = 0; column < query.columnCount(); ++column) {
            const std::string_view name = query.columnName(column);
            if (name == "id")
                continue;
            const bool real = dialect == SqlDialect::Postgres && !query.isNull(column) && query.isNumber(column) &&
                              !query.isInteger(column);
            fields.emplace_back(std::string(name),
                                real ? std::optional<std::string>(sqliteRealText(query.real(column)))
                                     : optionalText(query, column));
        }
    query.reset();
    return fields;
}

void append(Statement &lastEntry, Statement &insert, Entry entry)
{
    std::string previousHash;
    entry.id = 1;
    if (lastEntry.step()) {
        entry.id = lastEntry.int64(0) + 1;
        previousHash = lastEntry.isNull(1) ? std::string() : lastEntry.text(1);
    }
    lastEntry.reset();
    entry.fingerprint = entry.state ? std::optional<std::string>(sha256Hex(*entry.state)) : std::nullopt;
    const std::string hash = entryHash(entry, previousHash);
    insert.bind(1, entry.id)
        .bind(2, entry.at)
        .bind(3, entry.osUser)
        .bind(4, entry.person)
        .bind(5, entry.action)
        .bind(6, entry.objectType)
        .bind(7, entry.objectId)
        .bind(8, entry.objectName)
        .bind(9, entry.field)
        .bind(10, entry.oldValue)
        .bind(11, entry.newValue)
        .bind(12, entry.state)
        .bind(13, entry.fingerprint)
        .bind(14, hash)
        .run();
}

std::string osUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const char *value = std::getenv(variable); value && *value)
            return value;
    if (std::string account = platform::accountName(); !account.empty())
        return account;
    return "unknown";
}

namespace {

// The snapshot statement of `object` as the file's table has it: a step before a later version's columns
// (version 8's rounds) records the object without them, and check takes a field it has no record of at its
// default as unchanged.
std::string snapshotSqlOfTable(Database &db, const Audited &object)
{
    std::string sql = snapshotSql(object.objectType, SqlDialect::Sqlite);
    std::set<std::string> present;
    {
        Statement columns(db, ("PRAGMA table_info(" + object.table + ")").c_str());
        while (columns.step())
            present.insert(columns.text(1));
    }
    records::forEachKind([&]<typename T>(T *) {
        if (object.objectType != records::Kind<T>::objectType)
            return;
        records::forEachField<T>([&](const auto &field) {
            if (present.count(field.column))
                return;
            const std::string listed = std::string(", ") + field.column;
            for (const char after : {',', ' '})
                if (const auto at = sql.find(listed + after); at != std::string::npos) {
                    sql.erase(at, listed.size());
                    break;
                }
        });
    });
    return sql;
}

} // namespace

void start(Database &db)
{
    db.exec("ALTER TABLE audit ADD COLUMN state TEXT; ALTER TABLE audit ADD COLUMN fingerprint TEXT; "
            "ALTER TABLE audit ADD COLUMN chain_hash TEXT;");
    {
        Statement entries(db, EntriesSql);
        Statement update(db, "UPDATE audit SET chain_hash = ?1 WHERE id = ?2");
        std::string previousHash;
        std::vector<std::pair<Id, std::string>> hashes;
        while (entries.step()) {
            const Entry entry = readEntry(entries);
            previousHash = entryHash(entry, previousHash);
            hashes.emplace_back(entry.id, previousHash);
        }
        entries.reset();
        for (const auto &[id, hash] : hashes)
            update.bind(1, hash).bind(2, id).run();
    }
    Statement registerName(db, "SELECT name FROM register WHERE id = 1");
    if (!registerName.step())
        return; // a new file: its first entries start the chain
    const std::string name = registerName.text(0);
    Statement lastEntry(db, lastEntrySql(SqlDialect::Sqlite));
    Statement insert(db, InsertSql);
    Entry started;
    started.at = Clock::nowUtcStamp();
    started.osUser = osUser();
    started.action = "chain";
    started.objectType = "register";
    started.objectId = 1;
    started.objectName = name;
    started.newValue = "7";
    append(lastEntry, insert, started);
    // Every object as it stands: what check compares it with until the next change.
    bool hasReferences = false;
    {
        Statement table(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'policy_reference'");
        hasReferences = table.step();
    }
    for (const Audited &object : auditedObjects()) {
        Statement ids(db, ("SELECT id FROM " + object.table + " ORDER BY id").c_str());
        // Started by the upgrade to version 7, before the register had references to its policy (version 8).
        Statement snapshot(db, (object.objectType == "register" && !hasReferences ? registerStateSql(SqlDialect::Sqlite, false)
                                                                                 : snapshotSqlOfTable(db, object))
                                   .c_str());
        Statement lastName(db, "SELECT object_name FROM audit WHERE object_type = ?1 AND object_id = ?2 "
                               "ORDER BY id DESC LIMIT 1");
        while (ids.step()) {
            const Id id = ids.int64(0);
            Entry baseline = started;
            baseline.action = "baseline";
            baseline.objectType = object.objectType;
            baseline.objectId = id;
            baseline.newValue.reset();
            baseline.state = serialise(readSnapshot(snapshot.bind(1, id), SqlDialect::Sqlite));
            lastName.bind(1, object.objectType).bind(2, id);
            baseline.objectName = lastName.step() ? lastName.text(0) : std::string();
            lastName.reset();
            append(lastEntry, insert, baseline);
        }
    }
}

namespace {

// A table whose rows belong to an object the trail follows: a row changed is a change of that object, the one
// `idColumn` names (none: the register, id 1). A link's table (`links`) has its rows added and removed only.
struct Followed {
    std::string table;
    std::string objectType;
    std::string idColumn;
    bool links = false;
};

std::vector<Followed> followedTables()
{
    std::vector<Followed> tables;
    for (const Audited &object : auditedObjects())
        tables.push_back({object.table, object.objectType, "id"});
    // A link belongs to its owner's fields: removing a risk takes it off the measures treating it.
    records::forEachKind([&]<typename T>(T *) {
        if constexpr (records::hasLinks<T>())
            for (const records::Link<T> &link : records::Kind<T>::links())
                tables.push_back({link.table, records::Kind<T>::objectType, link.ownerColumn, true});
    });
    for (const char *table : {"classification_level", "review_rule", "review_zone"})
        tables.push_back({table, "register", ""});
    for (const char *table : {"matrix_level", "matrix_zone", "matrix_cell"})
        tables.push_back({table, "matrix", "matrix_id"});
    return tables;
}

} // namespace

const char *lastEntrySql(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? "SELECT id, chain_hash FROM trygg_audit_tail()"
                                           : "SELECT id, chain_hash FROM audit ORDER BY id DESC LIMIT 1";
}

const char *touchedSql(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? "SELECT object_type, object_id FROM pg_temp.trygg_touched ORDER BY seq"
                                           : "SELECT object_type, object_id FROM temp.trygg_touched ORDER BY rowid";
}

const char *clearTouchedSql(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? "DELETE FROM pg_temp.trygg_touched" : "DELETE FROM temp.trygg_touched";
}

const char *forgetTouchedSql(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres
               ? "DELETE FROM pg_temp.trygg_touched WHERE object_type = ?1 AND object_id = ?2"
               : "DELETE FROM temp.trygg_touched WHERE object_type = ?1 AND object_id = ?2";
}

void followChanges(SqlConnection &db)
{
    if (db.dialect() == SqlDialect::Postgres) {
        // The server's triggers (followTriggersSql) fill it; a temporary table is this session's only.
        db.exec("CREATE TEMP TABLE IF NOT EXISTS trygg_touched (seq BIGSERIAL, object_type TEXT NOT NULL, "
                "object_id BIGINT NOT NULL, PRIMARY KEY (object_type, object_id))");
        return;
    }
    // TEMP triggers run although the connection disables triggers (SQLITE_DBCONFIG_ENABLE_TRIGGER, so that a
    // file's own never run; SQLite 3.35 and later): these are this connection's, made from constants.
    std::string sql = "CREATE TEMP TABLE IF NOT EXISTS trygg_touched (object_type TEXT NOT NULL, object_id INTEGER "
                      "NOT NULL, PRIMARY KEY (object_type, object_id));\n";
    for (const Followed &followed : followedTables())
        for (const std::string event : {"INSERT", "UPDATE", "DELETE"}) {
            if (followed.links && event == "UPDATE")
                continue;
            const std::string type = "'" + followed.objectType + "'";
            const std::string id = followed.idColumn.empty() ? std::string("1")
                                   : (event == "INSERT" ? "NEW." : "OLD.") + followed.idColumn;
            // No INSERT OR IGNORE: a statement's own conflict clause (INSERT OR REPLACE ...) would override it.
            sql += "CREATE TEMP TRIGGER IF NOT EXISTS trygg_follow_" + followed.table + "_" + event + " AFTER " +
                   event + " ON main." + followed.table + " BEGIN INSERT INTO trygg_touched SELECT " + type + ", " +
                   id + " WHERE NOT EXISTS (SELECT 1 FROM trygg_touched WHERE object_type = " + type +
                   " AND object_id = " + id + "); END;\n";
        }
    db.exec(sql.c_str());
}

std::vector<std::string> followTriggersSql()
{
    // A session without the table (psql, another program) notes nothing: check finds what it changed.
    std::vector<std::string> statements{R"(CREATE FUNCTION trygg_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed_id BIGINT := 1;
BEGIN
    IF to_regclass('pg_temp.trygg_touched') IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_ARGV[1] <> '' THEN
        IF TG_OP = 'INSERT' THEN
            changed_id := (to_jsonb(NEW) ->> TG_ARGV[1])::BIGINT;
        ELSE
            changed_id := (to_jsonb(OLD) ->> TG_ARGV[1])::BIGINT;
        END IF;
    END IF;
    INSERT INTO pg_temp.trygg_touched (object_type, object_id) VALUES (TG_ARGV[0], changed_id)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$)"};
    // Every transaction that writes the trail tells the clients listening (SqlConnection::takeChangeNotice),
    // once, when it commits.
    statements.push_back(R"(CREATE FUNCTION trygg_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('trygg_changes', '');
    RETURN NULL;
END
$$)");
    statements.push_back("CREATE TRIGGER trygg_notify AFTER INSERT ON audit FOR EACH STATEMENT EXECUTE FUNCTION "
                         "trygg_notify()");
    for (const Followed &followed : followedTables())
        statements.push_back("CREATE TRIGGER trygg_follow AFTER INSERT OR " +
                             std::string(followed.links ? "" : "UPDATE OR ") + "DELETE ON " + followed.table +
                             " FOR EACH ROW EXECUTE FUNCTION trygg_follow('" + followed.objectType + "', '" +
                             followed.idColumn + "')");
    return statements;
}

std::vector<Message> verify(SqlConnection &db)
{
    std::vector<Message> problems;
    std::map<std::pair<std::string, Id>, Recorded> recorded;
    {
        Statement entries(db, EntriesSql);
        std::string previousHash;
        std::optional<Id> previousId;
        int broken = 0;
        while (entries.step()) {
            const Entry entry = readEntry(entries);
            const std::optional<std::string> stored = optionalText(entries, 13);
            const bool fingerprintHolds =
                entry.state ? entry.fingerprint == sha256Hex(*entry.state) : !entry.fingerprint.has_value();
            if (!stored || *stored != entryHash(entry, previousHash) || !fingerprintHolds) {
                if (++broken <= MaxBrokenEntries) {
                    const Id firstMissing = previousId ? *previousId + 1 : 1;
                    if (!stored)
                        problems.push_back(
                            trygg::trMsg("the audit trail was changed outside Trygg: entry %1 has no chain "
                                         "hash (added outside Trygg)",
                                         entry.id));
                    else if (entry.id == firstMissing + 1)
                        problems.push_back(
                            trygg::trMsg("the audit trail was changed outside Trygg: entry %1 is missing "
                                         "(removed outside Trygg)",
                                         firstMissing));
                    else if (entry.id > firstMissing)
                        problems.push_back(
                            trygg::trMsg("the audit trail was changed outside Trygg: entries %1 to %2 are "
                                         "missing (removed outside Trygg)",
                                         firstMissing, entry.id - 1));
                    else
                        problems.push_back(
                            trygg::trMsg("the audit trail was changed outside Trygg: entry %1 does not match "
                                         "its chain hash (changed, or an entry before it added or removed)",
                                         entry.id));
                }
            }
            previousHash = stored.value_or(std::string());
            previousId = entry.id;
            if (entry.objectId && (entry.state || entry.action == "delete"))
                recorded[{entry.objectType, *entry.objectId}] = {entry.action == "delete", entry.state,
                                                                 entry.objectName, entry.at};
        }
        if (broken > MaxBrokenEntries)
            problems.push_back(trygg::trCount("the audit trail: %n more entry does not match its chain hash",
                                              "the audit trail: %n more entries do not match their chain hash",
                                              broken - MaxBrokenEntries));
    }
    for (const Audited &object : auditedObjects()) {
        Statement ids(db, ("SELECT id FROM " + object.table + " ORDER BY id").c_str());
        Statement snapshot(db, snapshotSql(object.objectType, db.dialect()));
        std::map<Id, bool> present;
        while (ids.step()) {
            const Id id = ids.int64(0);
            present[id] = true;
            const Message what = trygg::trMsg("%1 %2", objectWord(object.objectType), id);
            const auto found = recorded.find({object.objectType, id});
            if (found == recorded.end()) {
                problems.push_back(trygg::trMsg("%1: added outside Trygg: the audit trail has no record of it", what));
                continue;
            }
            const Recorded &last = found->second;
            if (last.deleted) {
                problems.push_back(
                    trygg::trMsg("%1 ('%2'): added outside Trygg: the audit trail says it was deleted on %3", what,
                                 last.name, last.at));
                continue;
            }
            const Fields now = readSnapshot(snapshot.bind(1, id), db.dialect());
            const std::optional<Fields> then = parse(last.state.value_or(std::string()));
            if (!then) {
                problems.push_back(trygg::trMsg("%1: the audit trail's record of it is damaged", what));
                continue;
            }
            for (const auto &[field, value] : now) {
                std::optional<std::string> trailValue;
                bool known = false;
                for (const auto &[trailField, recordedValue] : *then)
                    if (trailField == field) {
                        trailValue = recordedValue;
                        known = true;
                    }
                // A field a later schema version added (version 8: rounds, an asset's notification) that the
                // trail's record of the object predates holds its column's default (none, 0 or empty) until
                // Trygg changes it.
                if (!known && (!value || *value == "0" || value->empty()))
                    continue;
                if (!known || trailValue != value)
                    problems.push_back(
                        trygg::trMsg("%1, %2: changed outside Trygg: the trail says %3, the file says %4", what, field,
                                     known ? valueWord(trailValue) : trygg::trMsg("(no value)"), valueWord(value)));
            }
        }
        for (const auto &[key, last] : recorded)
            if (key.first == object.objectType && !last.deleted && !present.count(key.second))
                problems.push_back(
                    trygg::trMsg("%1 %2 ('%3'): removed outside Trygg: the audit trail last recorded it on %4",
                                 objectWord(object.objectType), key.second, last.name, last.at));
    }
    return problems;
}

std::string lastHash(SqlConnection &db)
{
    Statement query(db, "SELECT chain_hash FROM audit ORDER BY id DESC LIMIT 1");
    return query.step() && !query.isNull(0) ? query.text(0) : std::string();
}

} // namespace trygg::auditchain
