// SPDX-License-Identifier: EUPL-1.2
// Version 5 of the register file: CHECK constraints on every token and date column. Version 6: an
// incident's times as UTC instants.
#include "storage/SchemaChecks.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "model/Tokens.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::schema {
namespace {

// Issue 11: every column that holds an enumeration token or a date gets a CHECK constraint, so that
// another program cannot write a value Trygg would have to refuse on loading. The allowed tokens come
// from model/Tokens.cpp (tokensOf), written once. SQLite cannot add a CHECK to a table, so each table
// is rebuilt (create, copy, drop, rename) with its ids, links and indexes; a file whose rows break a
// constraint is refused, naming the record and field, before anything is changed. A token added to
// Tokens.cpp later needs a new schema version that rebuilds the table again: files of this version
// refuse it.
struct ColumnCheck {
    enum class Kind { Token, Date, DateTime, UtcInstant };
    const char *column;
    Kind kind;
    bool nullable = false;
    std::vector<std::string_view> tokens = {};
};

struct CheckedTable {
    const char *name;
    const char *columns; // the definition of the columns and constraints as version 4 had them
    std::vector<ColumnCheck> checks;
    const char *indexes = ""; // recreated after the rebuild
};

using Kind = ColumnCheck::Kind;

const std::vector<CheckedTable> &checkedTables()
{
    static const std::vector<CheckedTable> tables = {
        {"register",
         "id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, language TEXT NOT NULL, created TEXT NOT NULL, "
         "current_matrix_id INTEGER REFERENCES matrix(id), review_rule TEXT NOT NULL, uid TEXT NOT NULL DEFAULT ''",
         {{"language", Kind::Token, false, {"da", "nb", "sv", "en"}}, {"created", Kind::Date}}},
        {"asset",
         "id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, unit_id INTEGER REFERENCES unit(id), "
         "owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL, "
         "deputy_id INTEGER REFERENCES person(id) ON DELETE SET NULL, purpose TEXT NOT NULL DEFAULT '', "
         "information TEXT NOT NULL DEFAULT '', personal_data TEXT NOT NULL, persons INTEGER, "
         "legal_basis TEXT NOT NULL DEFAULT '', operator TEXT NOT NULL DEFAULT '', dpa INTEGER NOT NULL DEFAULT 0, "
         "confidentiality INTEGER, integrity INTEGER, availability INTEGER, "
         "classification TEXT NOT NULL DEFAULT '', archiving TEXT NOT NULL DEFAULT '', "
         "safeguards TEXT NOT NULL DEFAULT '', storage TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''",
         {{"type", Kind::Token, false, tokensOf<AssetType>()},
          {"personal_data", Kind::Token, false, tokensOf<PersonalData>()}},
         "CREATE INDEX asset_unit ON asset(unit_id, name);"},
        {"assessment",
         "id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit_id INTEGER REFERENCES unit(id), "
         "assessor_id INTEGER REFERENCES person(id) ON DELETE SET NULL, date TEXT NOT NULL, status TEXT NOT NULL, "
         "matrix_id INTEGER NOT NULL REFERENCES matrix(id), "
         "approved_by_id INTEGER REFERENCES person(id) ON DELETE SET NULL, approved_on TEXT",
         {{"date", Kind::Date},
          {"status", Kind::Token, false, tokensOf<AssessmentStatus>()},
          {"approved_on", Kind::Date, true}}},
        {"risk",
         "id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, "
         "asset_id INTEGER REFERENCES asset(id) ON DELETE SET NULL, position INTEGER NOT NULL, "
         "threat TEXT NOT NULL, aspects INTEGER NOT NULL, probability INTEGER NOT NULL, "
         "consequence INTEGER NOT NULL, many_affected INTEGER NOT NULL, knowledge TEXT NOT NULL, "
         "existing_measures TEXT NOT NULL DEFAULT '', residual_probability INTEGER, residual_consequence INTEGER",
         {{"knowledge", Kind::Token, false, tokensOf<Knowledge>()}},
         "CREATE INDEX risk_assessment ON risk(assessment_id, position); CREATE INDEX risk_asset ON risk(asset_id);"},
        {"measure",
         "id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, "
         "what TEXT NOT NULL, responsible_id INTEGER REFERENCES person(id) ON DELETE SET NULL, deadline TEXT, "
         "status TEXT NOT NULL, hours REAL NOT NULL DEFAULT 0, cost REAL NOT NULL DEFAULT 0, "
         "follow_up TEXT NOT NULL DEFAULT ''",
         {{"deadline", Kind::Date, true}, {"status", Kind::Token, false, tokensOf<MeasureStatus>()}},
         "CREATE INDEX measure_assessment ON measure(assessment_id, what);"},
        {"review",
         "id INTEGER PRIMARY KEY, kind TEXT NOT NULL, object_id INTEGER NOT NULL, date TEXT NOT NULL, "
         "reviewer TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''",
         {{"kind", Kind::Token, false, tokensOf<ReviewKind>()}, {"date", Kind::Date}},
         "CREATE INDEX review_object ON review(kind, object_id, date);"},
        {"risk_acceptance",
         "id INTEGER PRIMARY KEY, risk_id INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE, "
         "accepted_by TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', date TEXT NOT NULL, "
         "justification TEXT NOT NULL, expires TEXT NOT NULL",
         {{"date", Kind::Date}, {"expires", Kind::Date}},
         "CREATE INDEX risk_acceptance_risk ON risk_acceptance(risk_id);"},
        {"approval",
         "id INTEGER PRIMARY KEY, subject TEXT NOT NULL, object_id INTEGER, approved_by TEXT NOT NULL, "
         "role TEXT NOT NULL DEFAULT '', date TEXT NOT NULL, fingerprint TEXT NOT NULL",
         {{"subject", Kind::Token, false, tokensOf<Approval::Subject>()}, {"date", Kind::Date}}},
        {"incident",
         "id INTEGER PRIMARY KEY, discovered TEXT NOT NULL, unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL, "
         "reported_by TEXT NOT NULL, type TEXT NOT NULL, description TEXT NOT NULL, "
         "observed TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL, status TEXT NOT NULL, "
         "authority_notified INTEGER NOT NULL DEFAULT 0, notified_at TEXT",
         {{"discovered", Kind::DateTime},
          {"type", Kind::Token, false, tokensOf<IncidentType>()},
          {"severity", Kind::Token, false, tokensOf<Severity>()},
          {"status", Kind::Token, false, tokensOf<IncidentStatus>()},
          {"notified_at", Kind::DateTime, true}}},
        {"rule_exception",
         "id INTEGER PRIMARY KEY, rule TEXT NOT NULL, reason TEXT NOT NULL, approved_by TEXT NOT NULL, "
         "approved_on TEXT NOT NULL, valid_until TEXT, unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL",
         {{"approved_on", Kind::Date}, {"valid_until", Kind::Date, true}}},
    };
    return tables;
}

std::string quoted(std::string_view text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

FileError notALocalTime(const char *table, std::int64_t id, const char *column, const std::string &value)
{
    return FileError(
        trygg::trMsg("%1 %2, field '%3': '%4' is not a date and time (YYYY-MM-DD HH:MM)", table, id, column, value));
}

// What the CHECK of `check` holds true; SQL NULL (a NULL token) counts as a violation when scanning.
std::string condition(const ColumnCheck &check)
{
    const std::string column = check.column;
    std::string test;
    switch (check.kind) {
    case Kind::Token: {
        test = column + " IN (";
        for (std::size_t i = 0; i < check.tokens.size(); ++i)
            test += (i > 0 ? ", " : "") + quoted(check.tokens[i]);
        test += ")";
        break;
    }
    case Kind::Date: test = column + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"; break;
    case Kind::DateTime:
        test = column + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]'";
        break;
    case Kind::UtcInstant:
        test = column + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]Z'";
        break;
    }
    return check.nullable ? column + " IS NULL OR " + test : test;
}

// The first row of `table` that breaks a check, as FileError naming the record and field.
void requireChecksHold(Database &db, const CheckedTable &table)
{
    for (const ColumnCheck &check : table.checks) {
        const std::string sql = std::string("SELECT id, ") + check.column + ", " + check.column + " IS NULL FROM " +
                                table.name + " WHERE NOT coalesce(" + condition(check) + ", 0) ORDER BY id LIMIT 1";
        Statement bad(db, sql.c_str());
        if (!bad.step())
            continue;
        const std::string value = bad.text(1).substr(0, 60);
        if (bad.integer(2) != 0)
            throw FileError(trygg::trMsg("%1 %2, field '%3' holds no value", table.name, bad.int64(0), check.column));
        std::string choices;
        for (const std::string_view token : check.tokens)
            choices += (choices.empty() ? "" : ", ") + std::string(token);
        switch (check.kind) {
        case Kind::Token:
            throw FileError(trygg::trMsg("%1 %2, field '%3': '%4' is not one of %5", table.name, bad.int64(0),
                                         check.column, value, choices));
        case Kind::Date:
            throw FileError(trygg::trMsg("%1 %2, field '%3': '%4' is not a date (YYYY-MM-DD)", table.name, bad.int64(0),
                                         check.column, value));
        case Kind::DateTime: throw notALocalTime(table.name, bad.int64(0), check.column, value);
        case Kind::UtcInstant: // only upgradeToV6 writes them, converting what it reads (notALocalTime)
            throw std::logic_error("UTC instants are written by the upgrade, not scanned");
        }
    }
}

// The columns of `table`, in order, separated by commas.
std::string columnList(Database &db, const std::string &table)
{
    Statement columns(db, "SELECT name FROM pragma_table_info(?1)");
    columns.bind(1, table);
    std::string list;
    while (columns.step())
        list += (list.empty() ? "" : ", ") + columns.text(0);
    return list;
}

void requireForeignKeysOff(Database &db, const char *step)
{
    // Dropping a table with foreign keys enforced would delete or null the rows that refer to it.
    if (Statement keys(db, "PRAGMA foreign_keys"); keys.step() && keys.int64(0) != 0)
        throw std::logic_error(std::string(step) + " needs foreign keys off (ForeignKeysOff)");
}

// "CREATE TABLE name_suffix (columns, CHECK (...), ...)".
std::string createChecked(const CheckedTable &table, const std::string &suffix)
{
    std::string create = std::string("CREATE TABLE ") + table.name + suffix + " (" + table.columns;
    for (const ColumnCheck &check : table.checks)
        create += ", CHECK (" + condition(check) + ")";
    return create + ")";
}

// A time of an incident as version 5 kept it (the user's wall-clock time, "YYYY-MM-DD HH:MM") as the UTC
// instant version 6 keeps ("YYYY-MM-DDTHH:MMZ"), by the zone of the clock in use: the machine's.
std::optional<std::string> localToUtcText(std::string_view local)
{
    const std::optional<DateTime> parsed = DateTime::parse(local);
    if (!parsed || parsed->toText() != local)
        return std::nullopt;
    return Clock::toUtc(*parsed).toUtcText();
}

// An incident's content as combining last took it over (combine/CombineContent.cpp, ContentText fields
// ending in 0x1f) with its two times, discovered (field 0) and notified (field 9, '-' if none), as UTC
// instants like version 6 writes them. nullopt if it is not such a content; it is then left as it was (the
// next combine reports a conflict rather than take over a change it cannot tell).
std::optional<std::string> incidentContentInUtc(const std::string &content)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (start < content.size()) {
        const std::size_t end = content.find('\x1f', start);
        if (end == std::string::npos)
            return std::nullopt;
        fields.push_back(content.substr(start, end - start));
        start = end + 1;
    }
    if (fields.size() != 13)
        return std::nullopt;
    for (const std::size_t field : {std::size_t{0}, std::size_t{9}}) {
        if (field == 9 && fields[field] == "-")
            continue;
        const std::optional<std::string> utc = localToUtcText(fields[field]);
        if (!utc)
            return std::nullopt;
        fields[field] = *utc;
    }
    std::string text;
    for (const std::string &field : fields)
        text += field + '\x1f';
    return text;
}

} // namespace

void upgradeToV5(Database &db)
{
    requireForeignKeysOff(db, "upgradeToV5");
    for (const CheckedTable &table : checkedTables())
        requireChecksHold(db, table);
    for (const CheckedTable &table : checkedTables()) {
        db.exec(createChecked(table, "_v5").c_str());
        const std::string name = table.name;
        const std::string columns = columnList(db, name + "_v5");
        const std::string sql = "INSERT INTO " + name + "_v5 (" + columns + ") SELECT " + columns + " FROM " + name +
                                ";\nDROP TABLE " + name + ";\nALTER TABLE " + name + "_v5 RENAME TO " + name + ";\n" +
                                table.indexes;
        db.exec(sql.c_str());
    }
}

// Issue 11: an incident's times become UTC instants, so that the 72 hours of GDPR art. 33 are real hours
// whatever the clocks do in between. Versions up to 5 kept the user's wall-clock time; it is read as the
// program that wrote it meant it, in the machine's time zone at the time of the upgrade (the first of the
// two readings in the hour the clocks go back). The table is rebuilt with CHECKs on the new form; the
// contents combining last took over from a section (origin.fingerprint) get the same times.
void upgradeToV6(Database &db)
{
    requireForeignKeysOff(db, "upgradeToV6");
    static const CheckedTable incident = {
        "incident",
        "id INTEGER PRIMARY KEY, discovered TEXT NOT NULL, unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL, "
        "reported_by TEXT NOT NULL, type TEXT NOT NULL, description TEXT NOT NULL, "
        "observed TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL, status TEXT NOT NULL, "
        "authority_notified INTEGER NOT NULL DEFAULT 0, notified_at TEXT",
        {{"discovered", Kind::UtcInstant},
         {"type", Kind::Token, false, tokensOf<IncidentType>()},
         {"severity", Kind::Token, false, tokensOf<Severity>()},
         {"status", Kind::Token, false, tokensOf<IncidentStatus>()},
         {"notified_at", Kind::UtcInstant, true}}};

    db.exec("CREATE TEMP TABLE incident_utc (id INTEGER PRIMARY KEY, discovered TEXT NOT NULL, notified_at TEXT)");
    {
        Statement rows(db, "SELECT id, discovered, notified_at FROM incident ORDER BY id");
        Statement insert(db, "INSERT INTO temp.incident_utc (id, discovered, notified_at) VALUES (?1, ?2, ?3)");
        while (rows.step()) {
            const std::int64_t id = rows.int64(0);
            const std::string discovered = rows.text(1);
            const std::optional<std::string> discoveredUtc = localToUtcText(discovered);
            if (!discoveredUtc)
                throw notALocalTime("incident", id, "discovered", discovered.substr(0, 60));
            std::optional<std::string> notifiedUtc;
            if (!rows.isNull(2)) {
                const std::string notified = rows.text(2);
                notifiedUtc = localToUtcText(notified);
                if (!notifiedUtc)
                    throw notALocalTime("incident", id, "notified_at", notified.substr(0, 60));
            }
            insert.bind(1, id).bind(2, *discoveredUtc).bind(3, notifiedUtc).run();
        }
    }
    db.exec(createChecked(incident, "_v6").c_str());
    db.exec(R"sql(
INSERT INTO incident_v6 (id, discovered, unit_id, reported_by, type, description, observed, severity, status,
                         authority_notified, notified_at)
SELECT i.id, u.discovered, i.unit_id, i.reported_by, i.type, i.description, i.observed, i.severity, i.status,
       i.authority_notified, u.notified_at
FROM incident i JOIN temp.incident_utc u ON u.id = i.id;
DROP TABLE incident;
ALTER TABLE incident_v6 RENAME TO incident;
DROP TABLE temp.incident_utc;
)sql");

    struct Converted {
        std::string sourceUid;
        std::int64_t sourceId;
        std::string content;
    };
    std::vector<Converted> converted;
    {
        Statement origins(db, "SELECT source_uid, source_id, fingerprint FROM origin WHERE object_type = 'incident' "
                              "AND fingerprint IS NOT NULL");
        while (origins.step())
            if (std::optional<std::string> utc = incidentContentInUtc(origins.text(2)))
                converted.push_back({origins.text(0), origins.int64(1), std::move(*utc)});
    }
    Statement update(db, "UPDATE origin SET fingerprint = ?3 WHERE source_uid = ?1 AND object_type = 'incident' "
                         "AND source_id = ?2");
    for (const Converted &origin : converted)
        update.bind(1, origin.sourceUid).bind(2, origin.sourceId).bind(3, origin.content).run();
}

void upgradeToV9(Database &db)
{
    requireForeignKeysOff(db, "upgradeToV9");
    static const CheckedTable risk = {
        "risk",
        "id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, "
        "asset_id INTEGER REFERENCES asset(id) ON DELETE SET NULL, position INTEGER NOT NULL, "
        "threat TEXT NOT NULL, aspects INTEGER NOT NULL, probability INTEGER, consequence INTEGER, "
        "many_affected INTEGER NOT NULL, knowledge TEXT NOT NULL, existing_measures TEXT NOT NULL DEFAULT '', "
        "residual_probability INTEGER, residual_consequence INTEGER, "
        "carried_from_id INTEGER REFERENCES risk(id) ON DELETE SET NULL, "
        "not_reassessed INTEGER NOT NULL DEFAULT 0 CHECK (not_reassessed IN (0, 1))",
        {{"knowledge", Kind::Token, false, tokensOf<Knowledge>()}},
        "CREATE INDEX risk_assessment ON risk(assessment_id, position); CREATE INDEX risk_asset ON risk(asset_id); "
        "CREATE INDEX risk_carried_from ON risk(carried_from_id);"};
    db.exec(createChecked(risk, "_v9").c_str());
    const std::string columns = columnList(db, "risk_v9");
    const std::string sql = "INSERT INTO risk_v9 (" + columns + ") SELECT " + columns +
                            " FROM risk;\nDROP TABLE risk;\nALTER TABLE risk_v9 RENAME TO risk;\n" + risk.indexes;
    db.exec(sql.c_str());
}

} // namespace trygg::schema
