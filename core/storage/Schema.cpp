// SPDX-License-Identifier: EUPL-1.2
#include "storage/Schema.h"

#include "matrix/Presets.h"
#include "model/Error.h"
#include "model/Tokens.h"
#include "storage/AuditChain.h"
#include "storage/SchemaChecks.h"
#include "storage/SchemaDescription.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::schema {
namespace {

void upgradeToV1(Database &db)
{
    db.exec(R"sql(
CREATE TABLE register (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    created TEXT NOT NULL,
    current_matrix_id INTEGER REFERENCES matrix(id),
    review_rule TEXT NOT NULL
);
CREATE TABLE matrix (
    id INTEGER PRIMARY KEY,
    preset TEXT NOT NULL,
    many_affected_raises INTEGER NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE matrix_level (
    matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    axis TEXT NOT NULL CHECK (axis IN ('probability', 'consequence')),
    level INTEGER NOT NULL,
    label TEXT NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (matrix_id, axis, level)
);
CREATE TABLE matrix_zone (
    matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    min_score INTEGER NOT NULL,
    max_score INTEGER NOT NULL,
    acceptable INTEGER NOT NULL,
    PRIMARY KEY (matrix_id, idx)
);
CREATE TABLE matrix_cell (
    matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    probability INTEGER NOT NULL,
    consequence INTEGER NOT NULL,
    zone_idx INTEGER NOT NULL,
    PRIMARY KEY (matrix_id, probability, consequence)
);
CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES unit(id) ON DELETE SET NULL
);
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT '',
    security_leader INTEGER NOT NULL DEFAULT 0,
    it_responsible INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE asset (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    unit_id INTEGER REFERENCES unit(id),
    owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    deputy_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT '',
    information TEXT NOT NULL DEFAULT '',
    personal_data TEXT NOT NULL,
    persons INTEGER,
    legal_basis TEXT NOT NULL DEFAULT '',
    operator TEXT NOT NULL DEFAULT '',
    dpa INTEGER NOT NULL DEFAULT 0,
    confidentiality INTEGER,
    integrity INTEGER,
    availability INTEGER,
    classification TEXT NOT NULL DEFAULT '',
    archiving TEXT NOT NULL DEFAULT '',
    safeguards TEXT NOT NULL DEFAULT '',
    storage TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX asset_unit ON asset(unit_id, name);
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_id INTEGER REFERENCES unit(id),
    assessor_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    date TEXT NOT NULL,
    status TEXT NOT NULL,
    matrix_id INTEGER NOT NULL REFERENCES matrix(id),
    approved_by_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    approved_on TEXT
);
CREATE TABLE assessment_asset (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    PRIMARY KEY (assessment_id, asset_id)
) WITHOUT ROWID;
CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    asset_id INTEGER REFERENCES asset(id) ON DELETE SET NULL,
    position INTEGER NOT NULL,
    threat TEXT NOT NULL,
    aspects INTEGER NOT NULL,
    probability INTEGER NOT NULL,
    consequence INTEGER NOT NULL,
    many_affected INTEGER NOT NULL,
    knowledge TEXT NOT NULL,
    existing_measures TEXT NOT NULL DEFAULT '',
    residual_probability INTEGER,
    residual_consequence INTEGER
);
CREATE INDEX risk_assessment ON risk(assessment_id, position);
CREATE INDEX risk_asset ON risk(asset_id);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    responsible_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    deadline TEXT,
    status TEXT NOT NULL,
    hours REAL NOT NULL DEFAULT 0,
    cost REAL NOT NULL DEFAULT 0,
    follow_up TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measure_assessment ON measure(assessment_id, what);
CREATE TABLE measure_risk (
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    risk_id INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, risk_id)
) WITHOUT ROWID;
CREATE INDEX measure_risk_risk ON measure_risk(risk_id);
)sql");
}

// The audit trail (sporbarhed: 001 goal 8, 002 §76 stk. 3): who changed what, when. Rows are only
// ever inserted; nothing in Trygg updates or deletes them.
void upgradeToV2(Database &db)
{
    db.exec(R"sql(
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL, -- UTC, ISO 8601: YYYY-MM-DDTHH:MM:SSZ
    os_user TEXT NOT NULL,
    person TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL, -- create, edit, delete, import, approve
    object_type TEXT NOT NULL,
    object_id INTEGER,
    object_name TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_object ON audit(object_type, object_id);
CREATE INDEX audit_at ON audit(at);
)sql");
}

// Issue 4: the names of the asset classification levels 0-4 (KLASSA style in Sweden) become data of
// the register. An existing register gets the names in its own language.
void upgradeToV3(Database &db)
{
    db.exec(R"sql(
CREATE TABLE classification_level (
    level INTEGER PRIMARY KEY CHECK (level BETWEEN 0 AND 4),
    label TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT ''
);
)sql");
    std::string language;
    {
        Statement registerRow(db, "SELECT language FROM register WHERE id = 1");
        if (!registerRow.step())
            return; // a register being created: it writes its preset's levels itself
        language = registerRow.text(0);
    }
    Statement insert(db, "INSERT INTO classification_level (level, label, definition) VALUES (?1, ?2, ?3)");
    const std::vector<Level> levels = classificationLevelsFor(language);
    for (std::size_t level = 0; level < levels.size(); ++level) {
        insert.bind(1, static_cast<int>(level)).bind(2, levels[level].label).bind(3, levels[level].definition).run();
    }
}

// The yearly cycle (issue 6): review rules per kind of object and days per zone, policy documents,
// reviews, management's acceptance of residual risk and approvals (002 §25 stk. 6), incidents
// (003 3.7-3.9, 002 §79-82), approved exceptions (002 §7 stk. 4), and the origin of objects
// combined from section registers (002 §27) under the register's stable id (uid).
void upgradeToV4(Database &db)
{
    db.exec(R"sql(
ALTER TABLE register ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE register SET uid = lower(hex(randomblob(16)));
CREATE TABLE review_rule (
    kind TEXT PRIMARY KEY CHECK (kind IN ('asset', 'measure', 'policy')), -- assessment: register.review_rule
    rule TEXT NOT NULL
);
CREATE TABLE review_zone (
    zone_idx INTEGER PRIMARY KEY,
    days INTEGER NOT NULL CHECK (days > 0)
);
CREATE TABLE policy_document (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL
);
CREATE TABLE review (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL, -- assessment, asset, measure, policy
    object_id INTEGER NOT NULL,
    date TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_object ON review(kind, object_id, date);
CREATE TABLE risk_acceptance (
    id INTEGER PRIMARY KEY,
    risk_id INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
    accepted_by TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    justification TEXT NOT NULL,
    expires TEXT NOT NULL
);
CREATE INDEX risk_acceptance_risk ON risk_acceptance(risk_id);
CREATE TABLE approval (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL CHECK (subject IN ('plan', 'assessment')),
    object_id INTEGER, -- plan: unit (NULL: whole register); assessment: its id
    approved_by TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);
CREATE TABLE incident (
    id INTEGER PRIMARY KEY,
    discovered TEXT NOT NULL, -- local time, YYYY-MM-DD HH:MM
    unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
    reported_by TEXT NOT NULL,
    type TEXT NOT NULL,
    description TEXT NOT NULL,
    observed TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    authority_notified INTEGER NOT NULL DEFAULT 0,
    notified_at TEXT
);
CREATE TABLE incident_asset (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, asset_id)
) WITHOUT ROWID;
CREATE TABLE incident_risk (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    risk_id INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, risk_id)
) WITHOUT ROWID;
CREATE TABLE incident_measure (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, measure_id)
) WITHOUT ROWID;
CREATE TABLE rule_exception (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    valid_until TEXT,
    unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL
);
CREATE TABLE origin (
    source_uid TEXT NOT NULL,
    object_type TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    local_id INTEGER NOT NULL,
    source_name TEXT NOT NULL, -- the section register's name when last combined
    fingerprint TEXT, -- the object as last taken over; NULL while in conflict
    PRIMARY KEY (source_uid, object_type, source_id)
) WITHOUT ROWID;
CREATE INDEX origin_local ON origin(object_type, local_id);
)sql");
    // Defaults from the preset the register's current matrix came from.
    std::string preset = "iso";
    {
        Statement query(db, "SELECT m.preset FROM register r JOIN matrix m ON m.id = r.current_matrix_id");
        if (query.step())
            preset = query.text(0);
    }
    writeReviewDefaults(db, preset);
}

// Issue 12: the audit trail becomes a chain (AuditChain.h): each entry carries the state of its object
// after the change, that state's fingerprint and a hash over the entry and the one before. The entries
// there are get their hashes in order, every object's state is recorded, and an entry says the upgrade
// started the chain.
void upgradeToV7(Database &db)
{
    auditchain::start(db);
}

// Issue 15, rounds: an assessment started from the last round names it (previous_id) and closes it
// (frozen); a line copied from it names the line it came from and is "carried over, not reassessed"
// until its scores are confirmed or changed. Existing assessments and lines are neither. Issue 14: an asset
// carries 003 Vedlegg 1's "melding/konsesjon" (notified to or licensed by the authority, and when). Issue
// 13: the register's own policy's references for the rules Trygg checks (RegisterInfo.h), one row per rule
// that has one; none is made, as the seed documents' numbers are no register's own.
void upgradeToV8(Database &db)
{
    // Safe to re-run: a column already there is not added again.
    auto hasColumn = [&](const char *table, const char *column) {
        Statement columns(db, ("PRAGMA table_info(" + std::string(table) + ")").c_str());
        while (columns.step())
            if (columns.text(1) == column)
                return true;
        return false;
    };
    if (!hasColumn("assessment", "previous_id"))
        db.exec("ALTER TABLE assessment ADD COLUMN previous_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL");
    if (!hasColumn("assessment", "frozen"))
        db.exec("ALTER TABLE assessment ADD COLUMN frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1))");
    if (!hasColumn("risk", "carried_from_id"))
        db.exec("ALTER TABLE risk ADD COLUMN carried_from_id INTEGER REFERENCES risk(id) ON DELETE SET NULL");
    if (!hasColumn("risk", "not_reassessed"))
        db.exec("ALTER TABLE risk ADD COLUMN not_reassessed INTEGER NOT NULL DEFAULT 0 CHECK (not_reassessed IN (0, 1))");
    db.exec("CREATE INDEX IF NOT EXISTS risk_carried_from ON risk(carried_from_id)");
    if (!hasColumn("asset", "notification"))
        db.exec("ALTER TABLE asset ADD COLUMN notification TEXT NOT NULL DEFAULT ''");
    db.exec(R"sql(
CREATE TABLE IF NOT EXISTS policy_reference (
    rule TEXT PRIMARY KEY CHECK (rule IN ('owner', 'deputy', 'separation', 'many_affected')),
    reference TEXT NOT NULL
) WITHOUT ROWID;
)sql");
}

// Issue 15: a measure keeps the day it was done (completed), so that the trend counts measures done per year
// and the comparison of two rounds the measures completed between them by that day. Measures done before
// have none (the trend then goes by the deadline's year). Safe to re-run.
void upgradeToV10(Database &db)
{
    Statement columns(db, "SELECT 1 FROM pragma_table_info('measure') WHERE name = 'completed'");
    if (!columns.step())
        db.exec("ALTER TABLE measure ADD COLUMN completed TEXT "
                "CHECK (completed IS NULL OR completed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')");
}

using Upgrade = void (*)(Database &);
// Step N upgrades a file from version N to N + 1. Append, never edit a released step.
constexpr std::array<Upgrade, CurrentVersion> Upgrades = {upgradeToV1,         upgradeToV2, upgradeToV3, upgradeToV4,
                                                          upgradeToV5,         upgradeToV6, upgradeToV7, upgradeToV8,
                                                          schema::upgradeToV9, upgradeToV10};

// SQL text with every run of white space made one space, for comparing statements as written.
std::string collapsedSpace(std::string_view sql)
{
    std::string out;
    bool space = false;
    for (const char c : sql) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

int pragmaInt(SqlConnection &db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.integer(0) : 0;
}

} // namespace

void writeReviewDefaults(Database &db, std::string_view preset)
{
    const ReviewRules rules = presetReviewRules(preset);
    Statement rule(db, "INSERT INTO review_rule (kind, rule) VALUES (?1, ?2) ON CONFLICT (kind) DO UPDATE SET rule = excluded.rule");
    for (ReviewKind kind : {ReviewKind::Asset, ReviewKind::Measure, ReviewKind::Policy})
        rule.bind(1, toToken(kind)).bind(2, rules.rule(kind)).run();
    // Higher zones are reviewed more often: the most severe zone every 90 days, the one below it every
    // 180 days, as long as they are above the acceptance line.
    db.exec(R"sql(
DELETE FROM review_zone;
INSERT INTO review_zone (zone_idx, days)
SELECT z.idx, CASE WHEN z.idx = top.idx THEN 90 ELSE 180 END
FROM matrix_zone z, (SELECT max(idx) AS idx FROM matrix_zone WHERE matrix_id = (SELECT current_matrix_id FROM register)) top
WHERE z.matrix_id = (SELECT current_matrix_id FROM register) AND z.acceptable = 0 AND z.idx >= top.idx - 1;
)sql");
}

int applicationId(SqlConnection &db)
{
    return pragmaInt(db, "PRAGMA application_id");
}

int version(SqlConnection &db)
{
    return pragmaInt(db, "PRAGMA user_version");
}

void upgrade(Database &db, int target)
{
    const int start = version(db);
    if (start < 0 || start > CurrentVersion)
        throw FileError(trygg::trMsg("%1: no upgrade from file version %2", db.path(), start));
    if (target < 0 || target > CurrentVersion)
        throw std::logic_error("no schema version " + std::to_string(target));
    // A caller inside a transaction has turned them off itself (ForeignKeysOff): SQLite ignores it there.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (!db.inTransaction())
        foreignKeysOff.emplace(db);
    for (int from = start; from < target; ++from) {
        Transaction transaction(db);
        Upgrades[static_cast<std::size_t>(from)](db);
        db.exec(("PRAGMA user_version = " + std::to_string(from + 1)).c_str());
        transaction.commit();
    }
}

void requireOwnObjects(Database &db)
{
    // Issue 12: SQLite keeps an index up to date on every write, evaluating what it is made of: an index
    // brought by a file (on an expression, or partial) would run the file's code on every change Trygg
    // makes. Every index must be one Trygg creates, as Trygg creates it; SQLite's own indexes of UNIQUE and
    // PRIMARY KEY constraints (sqlite_autoindex_..., no SQL) hold only column values. Triggers and views
    // are never Trygg's.
    Statement objects(db, "SELECT type, name, tbl_name, sql, sql IS NULL FROM sqlite_schema "
                          "WHERE type IN ('trigger', 'view', 'index') ORDER BY type DESC, name");
    while (objects.step()) {
        const std::string type = objects.text(0);
        const std::string name = objects.text(1);
        if (type == "index") {
            if (objects.integer(4) != 0 && name.starts_with("sqlite_autoindex_"))
                continue;
            // Compared with the description's statements, not with a schema built by running every upgrade
            // step at each opening (that took a quarter of `trygg-cli export`'s time, issue 14);
            // SchemaDescriptionTest holds the description to what the steps make.
            const Index *own = nullptr;
            const Table *ownTable = nullptr;
            for (const Table &table : tables())
                for (const Index &index : table.indexes)
                    if (index.name == name) {
                        own = &index;
                        ownTable = &table;
                    }
            if (own && objects.integer(4) == 0 && ownTable->name == objects.textView(2) &&
                createIndexSql(*ownTable, *own) == collapsedSpace(objects.textView(3)))
                continue;
        }
        throw FileError(trygg::trMsg("%1: the file contains a %2 ('%3') that Trygg did not create; it is refused so "
                                     "that no code from the file runs",
                                     db.path(), type, name));
    }
}

void validate(Database &db)
{
    requireOwnObjects(db);
    Statement columns(db, "SELECT name FROM pragma_table_info(?1)");
    // Every table and column of the current version (SchemaDescription.h).
    for (const Table &table : tables()) {
        columns.bind(1, table.name);
        std::vector<std::string> present;
        while (columns.step())
            present.push_back(columns.text(0));
        columns.reset();
        if (present.empty())
            throw FileError(
                trygg::trMsg("%1: the register is incomplete: table '%2' is missing", db.path(), table.name));
        for (const Column &column : table.columns)
            if (std::find(present.begin(), present.end(), column.name) == present.end())
                throw FileError(trygg::trMsg("%1: the register is incomplete: column '%2' of table '%3' is missing",
                                             db.path(), column.name, table.name));
    }
}

} // namespace trygg::schema
