// SPDX-License-Identifier: EUPL-1.2
// The server schema step of access by unit (ServerAccess.h): group roles, the access tables, privileges,
// row-level security and the append-only audit trail. The grants themselves are in ServerGrants.cpp.
#include "storage/ServerAccess.h"

#include "model/Error.h"
#include "model/Message.h"
#include "storage/SchemaDescription.h"
#include "storage/SqlConnection.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace trygg::server {
namespace {

constexpr Duty AllDuties[] = {Duty::SectionLeader, Duty::SecurityOfficer, Duty::Management, Duty::Reader};

std::string quoted(std::string_view identifier)
{
    std::string text = "\"";
    for (const char ch : identifier)
        text += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return text + "\"";
}

void replaceAll(std::string &text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// How a table belongs to a unit: the unit of a row as the policies that read see it (a child row goes with
// its parent, which the reader sees or not by the parent's own policy) and as those that write check it.
struct Guarded {
    const char *read; // true for the rows a role that reads by unit sees, beside those who read all
    const char *unit; // the unit a written row belongs to
    const char *writesAll = "trygg_edits_all"; // the function naming who writes every unit's rows
};

constexpr const char *InReadUnits = "unit_id = ANY ((SELECT trygg_read_units())::bigint[])";

// DOMAIN.md, "Who uses it": a section leader works on their own section's assets, assessments and their
// risk lines and measures, incidents and exceptions; management approves and accepts (002 §25 stk. 5-6).
const std::map<std::string, Guarded, std::less<>> &guardedTables()
{
    static const std::map<std::string, Guarded, std::less<>> tables = {
        {"asset", {InReadUnits, "unit_id"}},
        {"assessment", {InReadUnits, "unit_id"}},
        {"assessment_asset",
         {"assessment_id IN (SELECT id FROM assessment)", "trygg_unit_of('assessment', assessment_id)"}},
        {"risk", {"assessment_id IN (SELECT id FROM assessment)", "trygg_unit_of('assessment', assessment_id)"}},
        {"measure", {"assessment_id IN (SELECT id FROM assessment)", "trygg_unit_of('assessment', assessment_id)"}},
        {"measure_risk", {"measure_id IN (SELECT id FROM measure)", "trygg_unit_of('measure', measure_id)"}},
        // A document of no unit is the municipality's policy, which every unit works under.
        {"policy_document", {"unit_id IS NULL OR unit_id = ANY ((SELECT trygg_read_units())::bigint[])", "unit_id"}},
        {"review",
         {"(kind = 'asset' AND object_id IN (SELECT id FROM asset)) OR (kind = 'assessment' AND object_id IN "
          "(SELECT id FROM assessment)) OR (kind = 'measure' AND object_id IN (SELECT id FROM measure)) OR "
          "(kind = 'policy' AND object_id IN (SELECT id FROM policy_document))",
          "trygg_unit_of(CASE kind WHEN 'policy' THEN 'document' ELSE kind END, object_id)"}},
        {"risk_acceptance", {"risk_id IN (SELECT id FROM risk)", "trygg_unit_of('risk', risk_id)", "trygg_approves"}},
        {"approval",
         {"(subject = 'assessment' AND object_id IN (SELECT id FROM assessment)) OR (subject = 'plan' AND "
          "object_id = ANY ((SELECT trygg_read_units())::bigint[]))",
          "CASE subject WHEN 'assessment' THEN trygg_unit_of('assessment', object_id) ELSE object_id END",
          "trygg_approves"}},
        {"incident", {InReadUnits, "unit_id"}},
        {"incident_asset", {"incident_id IN (SELECT id FROM incident)", "trygg_unit_of('incident', incident_id)"}},
        {"incident_risk", {"incident_id IN (SELECT id FROM incident)", "trygg_unit_of('incident', incident_id)"}},
        {"incident_measure", {"incident_id IN (SELECT id FROM incident)", "trygg_unit_of('incident', incident_id)"}},
        {"rule_exception", {InReadUnits, "unit_id"}},
        {"origin",
         {"trygg_unit_of(object_type, local_id) = ANY ((SELECT trygg_read_units())::bigint[])",
          "trygg_unit_of(object_type, local_id)"}},
    };
    return tables;
}

// The register's own tables: read by every duty, written by the security officer.
const std::vector<std::string> &registerTables()
{
    static const std::vector<std::string> tables = {
        "matrix", "matrix_level", "matrix_zone", "matrix_cell", "register",         "classification_level",
        "unit",   "person",       "review_rule", "review_zone", "policy_reference",
    };
    return tables;
}

// What a section leader writes beside the audit trail: their units' rows, and people (a new assessor or
// someone responsible for a measure).
const std::vector<std::string> &sectionLeaderTables()
{
    static const std::vector<std::string> tables = {
        "asset",          "assessment", "assessment_asset", "risk",          "measure",          "measure_risk",
        "review",         "incident",   "incident_asset",   "incident_risk", "incident_measure", "policy_document",
        "rule_exception",
    };
    return tables;
}

// The functions the policies use, SECURITY DEFINER (the access tables are not the users' to read) with a
// fixed search path, STABLE; the policies call them as (SELECT f()) so that each runs once per statement.
// @S@ is the register's schema.
constexpr const char *Functions[] = {
    R"(CREATE FUNCTION trygg_duty() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @S@, pg_temp
       AS $$ SELECT duty FROM trygg_access WHERE role_name = session_user $$)",
    R"(CREATE FUNCTION trygg_person() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$ SELECT person_id FROM trygg_access WHERE role_name = session_user $$)",
    R"(CREATE FUNCTION trygg_reads_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       SELECT EXISTS (SELECT 1 FROM trygg_access a WHERE a.role_name = session_user AND (a.duty IN
         ('security_officer', 'management') OR (a.duty = 'reader' AND NOT EXISTS (SELECT 1 FROM trygg_access_unit u
         WHERE u.role_name = a.role_name)))) $$)",
    R"(CREATE FUNCTION trygg_edits_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       SELECT EXISTS (SELECT 1 FROM trygg_access WHERE role_name = session_user AND duty = 'security_officer') $$)",
    R"(CREATE FUNCTION trygg_approves() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       SELECT EXISTS (SELECT 1 FROM trygg_access WHERE role_name = session_user
         AND duty IN ('security_officer', 'management')) $$)",
    // The units granted for these duties, each with its sub-units: a unit's leader leads what lies under it
    // (DOMAIN.md: a section leader assesses "their own section"; a section's units are the section).
    R"(CREATE FUNCTION trygg_units_for(duties text[]) RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       WITH RECURSIVE granted(id) AS (
         SELECT u.unit_id FROM trygg_access_unit u JOIN trygg_access a ON a.role_name = u.role_name
         WHERE a.role_name = session_user AND a.duty = ANY (duties)
         UNION SELECT c.id FROM unit c JOIN granted g ON c.parent_id = g.id)
       SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM granted $$)",
    R"(CREATE FUNCTION trygg_read_units() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$ SELECT trygg_units_for(ARRAY['section_leader', 'reader']) $$)",
    R"(CREATE FUNCTION trygg_edit_units() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$ SELECT trygg_units_for(ARRAY['section_leader']) $$)",
    // The unit of an object as it is now (none when it is gone or belongs to no unit), by its type in the
    // audit trail.
    R"(CREATE FUNCTION trygg_unit_of(kind text, obj bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       SELECT CASE kind
         WHEN 'asset' THEN (SELECT unit_id FROM asset WHERE id = obj)
         WHEN 'assessment' THEN (SELECT unit_id FROM assessment WHERE id = obj)
         WHEN 'risk' THEN (SELECT a.unit_id FROM risk r JOIN assessment a ON a.id = r.assessment_id WHERE r.id = obj)
         WHEN 'measure' THEN (SELECT a.unit_id FROM measure m JOIN assessment a ON a.id = m.assessment_id
                              WHERE m.id = obj)
         WHEN 'document' THEN (SELECT unit_id FROM policy_document WHERE id = obj)
         WHEN 'incident' THEN (SELECT unit_id FROM incident WHERE id = obj)
         WHEN 'exception' THEN (SELECT unit_id FROM rule_exception WHERE id = obj)
         WHEN 'acceptance' THEN (SELECT a.unit_id FROM risk_acceptance x JOIN risk r ON r.id = x.risk_id
                                 JOIN assessment a ON a.id = r.assessment_id WHERE x.id = obj)
         WHEN 'approval' THEN (SELECT CASE p.subject WHEN 'plan' THEN p.object_id
                                 ELSE (SELECT unit_id FROM assessment WHERE id = p.object_id) END
                               FROM approval p WHERE p.id = obj)
         WHEN 'review' THEN (SELECT CASE v.kind
                                 WHEN 'asset' THEN (SELECT unit_id FROM asset WHERE id = v.object_id)
                                 WHEN 'assessment' THEN (SELECT unit_id FROM assessment WHERE id = v.object_id)
                                 WHEN 'measure' THEN (SELECT a.unit_id FROM measure m JOIN assessment a
                                                      ON a.id = m.assessment_id WHERE m.id = v.object_id)
                                 WHEN 'policy' THEN (SELECT unit_id FROM policy_document WHERE id = v.object_id) END
                             FROM review v WHERE v.id = obj)
       END $$)",
    // A field of an audit entry's state (AuditChain.h, serialise: "name\t<length>:<value>\n").
    R"(CREATE FUNCTION trygg_state_field(state text, field text) RETURNS text LANGUAGE sql IMMUTABLE
       SET search_path = @S@, pg_temp AS $$
       SELECT substring(state FROM '(?:^|\n)' || field || '\t[0-9]+:([^\n]*)\n') $$)",
    // The unit an audit entry belongs to: from the state it records (its unit, or its parent's), else the
    // object's unit now, else (the object is gone) the unit the trail last placed it in.
    R"(CREATE FUNCTION trygg_audit_unit_for(kind text, obj bigint, state text) RETURNS bigint LANGUAGE plpgsql
       STABLE SECURITY DEFINER SET search_path = @S@, pg_temp AS $$
       DECLARE
         parent text;
         parent_id text;
         found_unit bigint;
       BEGIN
         IF state IS NOT NULL THEN
           IF kind IN ('asset', 'assessment', 'document', 'incident', 'exception') THEN
             RETURN nullif(trygg_state_field(state, 'unit_id'), '')::bigint;
           ELSIF kind IN ('risk', 'measure') THEN
             parent := 'assessment'; parent_id := trygg_state_field(state, 'assessment_id');
           ELSIF kind = 'acceptance' THEN
             parent := 'risk'; parent_id := trygg_state_field(state, 'risk_id');
           ELSIF kind = 'review' THEN
             parent := trygg_state_field(state, 'kind'); parent_id := trygg_state_field(state, 'object_id');
             IF parent = 'policy' THEN parent := 'document'; END IF;
           ELSIF kind = 'approval' THEN
             IF trygg_state_field(state, 'subject') = 'plan' THEN
               RETURN nullif(trygg_state_field(state, 'object_id'), '')::bigint;
             END IF;
             parent := 'assessment'; parent_id := trygg_state_field(state, 'object_id');
           ELSE
             RETURN NULL;
           END IF;
           IF parent_id IS NULL OR parent_id !~ '^[0-9]+$' THEN
             RETURN NULL;
           END IF;
           RETURN trygg_audit_unit_for(parent, parent_id::bigint, NULL);
         END IF;
         found_unit := trygg_unit_of(kind, obj);
         IF found_unit IS NULL THEN
           SELECT x.unit_id INTO found_unit FROM audit a JOIN trygg_audit_unit x ON x.audit_id = a.id
           WHERE a.object_type = kind AND a.object_id = obj AND x.unit_id IS NOT NULL ORDER BY a.id DESC LIMIT 1;
         END IF;
         RETURN found_unit;
       END $$)",
    // The register's own objects' entries (its settings, matrices, units, people) are every reader's.
    R"(CREATE FUNCTION trygg_place_audit_entry(entry bigint, kind text, obj bigint, state text) RETURNS void
       LANGUAGE sql SECURITY DEFINER SET search_path = @S@, pg_temp AS $$
       INSERT INTO trygg_audit_unit (audit_id, unit_bound, unit_id)
       SELECT entry, bound, CASE WHEN bound THEN trygg_audit_unit_for(kind, obj, state) END
       FROM (SELECT kind NOT IN ('register', 'matrix', 'unit', 'person') AS bound) b $$)",
    R"(CREATE FUNCTION trygg_audit_placed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       BEGIN
         PERFORM trygg_place_audit_entry(NEW.id, NEW.object_type, NEW.object_id, NEW.state);
         RETURN NULL;
       END $$)",
    // Issue 16: "no role can change or delete audit rows". Only a superuser, who can set triggers aside
    // (session_replication_role), gets past this.
    R"(CREATE FUNCTION trygg_audit_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = @S@, pg_temp
       AS $$
       BEGIN
         RAISE EXCEPTION 'the audit trail is append-only: % on audit is refused', TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$)",
    // Issue 16: "the audit trail on the server names the database user of every change". The client hashes
    // the entry with its user into the chain, so a wrong one is refused, not corrected.
    R"(CREATE FUNCTION trygg_audit_names_user() RETURNS trigger LANGUAGE plpgsql SET search_path = @S@, pg_temp
       AS $$
       BEGIN
         IF NEW.os_user IS DISTINCT FROM session_user::text THEN
           RAISE EXCEPTION 'an audit entry names the database user who makes it: % is not %', NEW.os_user, session_user
             USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$)",
    // The trail's last entry, which every writer appends after, whatever part of the trail it may read.
    R"(CREATE FUNCTION trygg_audit_tail() RETURNS TABLE (id bigint, chain_hash text) LANGUAGE sql STABLE
       SECURITY DEFINER SET search_path = @S@, pg_temp AS $$
       SELECT a.id, a.chain_hash FROM audit a ORDER BY a.id DESC LIMIT 1 $$)",
    // Who may grant: the register's owner (who made it), a superuser, a security officer.
    R"(CREATE FUNCTION trygg_may_grant() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'register'::regclass), 'MEMBER')
         OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
         OR EXISTS (SELECT 1 FROM trygg_access WHERE role_name = session_user AND duty = 'security_officer') $$)",
    // The grants go through these (as the owner, who administers the group roles), so that the access
    // tables and the roles' memberships always agree. trygg-cli grant checks and explains first.
    R"(CREATE FUNCTION trygg_member(target text, duty text) RETURNS boolean LANGUAGE sql STABLE
       SET search_path = @S@, pg_temp AS $$
       SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
         JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = current_database() || '_' || duty
         AND r.rolname = target) $$)",
    R"(CREATE FUNCTION trygg_grant(target text, new_duty text, units bigint[], person bigint) RETURNS void
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = @S@, pg_temp AS $$
       DECLARE
         d text;
       BEGIN
         IF NOT trygg_may_grant() THEN
           RAISE EXCEPTION 'only a security officer or the register''s owner may grant access'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target) THEN
           RAISE EXCEPTION 'there is no role %', target USING ERRCODE = 'undefined_object';
         END IF;
         IF EXISTS (SELECT 1 FROM trygg_access WHERE role_name = target AND duty <> new_duty) THEN
           DELETE FROM trygg_access_unit WHERE role_name = target;
         END IF;
         INSERT INTO trygg_access (role_name, duty, person_id) VALUES (target, new_duty, person)
           ON CONFLICT (role_name) DO UPDATE SET duty = excluded.duty,
             person_id = coalesce(excluded.person_id, trygg_access.person_id);
         INSERT INTO trygg_access_unit (role_name, unit_id) SELECT target, u FROM unnest(units) u ON CONFLICT DO NOTHING;
         FOREACH d IN ARRAY ARRAY['section_leader', 'security_officer', 'management', 'reader'] LOOP
           IF d = new_duty AND NOT trygg_member(target, d) THEN
             EXECUTE format('GRANT %I TO %I', current_database() || '_' || d, target);
           ELSIF d <> new_duty AND trygg_member(target, d) THEN
             EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || d, target);
           END IF;
         END LOOP;
       END $$)",
    R"(CREATE FUNCTION trygg_revoke(target text, units bigint[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = @S@, pg_temp AS $$
       DECLARE
         d text;
       BEGIN
         IF NOT trygg_may_grant() THEN
           RAISE EXCEPTION 'only a security officer or the register''s owner may revoke access'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF cardinality(units) > 0 THEN
           DELETE FROM trygg_access_unit WHERE role_name = target AND unit_id = ANY (units);
           RETURN;
         END IF;
         DELETE FROM trygg_access WHERE role_name = target;
         FOREACH d IN ARRAY ARRAY['section_leader', 'security_officer', 'management', 'reader'] LOOP
           IF trygg_member(target, d) THEN
             EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || d, target);
           END IF;
         END LOOP;
       END $$)",
};

constexpr const char *Tables[] = {
    R"(CREATE TABLE trygg_access (
         role_name TEXT PRIMARY KEY,
         duty TEXT NOT NULL CHECK (duty IN ('section_leader', 'security_officer', 'management', 'reader')),
         person_id BIGINT REFERENCES person(id) ON DELETE SET NULL))",
    R"(CREATE TABLE trygg_access_unit (
         role_name TEXT NOT NULL REFERENCES trygg_access(role_name) ON DELETE CASCADE,
         unit_id BIGINT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
         PRIMARY KEY (role_name, unit_id)))",
    // The unit each audit entry belongs to, placed when it is added (an entry that is in no unit's, such as
    // a change to the matrix, is every reader's: unit_bound false).
    R"(CREATE TABLE trygg_audit_unit (
         audit_id BIGINT PRIMARY KEY REFERENCES audit(id),
         unit_bound BOOLEAN NOT NULL,
         unit_id BIGINT))",
    // The policies look rows up by unit and by parent.
    "CREATE INDEX trygg_audit_unit_unit ON trygg_audit_unit (unit_id)",
    "CREATE INDEX trygg_unit_parent ON unit (parent_id)",
    "CREATE INDEX trygg_assessment_unit ON assessment (unit_id)",
    "CREATE INDEX trygg_incident_unit ON incident (unit_id)",
    "CREATE INDEX trygg_policy_document_unit ON policy_document (unit_id)",
    "CREATE INDEX trygg_rule_exception_unit ON rule_exception (unit_id)",
    "CREATE INDEX trygg_approval_object ON approval (subject, object_id)",
};

std::string groupRole(const std::string &database, Duty duty)
{
    return database + "_" + std::string(toToken(duty));
}

// The group roles of the duties, made unless the administrator made them (a database made again under an
// old name finds them too).
void makeGroupRoles(SqlConnection &db, const std::string &database)
{
    Statement exists(db, "SELECT count(*) FROM pg_roles WHERE rolname = ?1");
    Statement mayCreate(db, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user");
    Statement administers(db, "SELECT pg_has_role(current_user, ?1, 'MEMBER WITH ADMIN OPTION') OR rolcreaterole "
                              "OR rolsuper FROM pg_roles WHERE rolname = current_user");
    for (const Duty duty : AllDuties) {
        const std::string role = groupRole(database, duty);
        if (role.size() > 63)
            throw FileError(trygg::trMsg("%1: the database's name is too long for the roles of the register's "
                                         "duties (%2 is longer than PostgreSQL's 63 bytes); choose a shorter name",
                                         db.path(), role));
        if (*exists.bind(1, role).scalar() == 0) {
            if (!*mayCreate.scalar())
                throw FileError(trygg::trMsg(
                    "%1: the role %2 of the register's duties does not exist, and the register's owner may not "
                    "create roles: the server's administrator creates it (CREATE ROLE %2 NOLOGIN; GRANT %2 TO the "
                    "owner WITH ADMIN OPTION) or gives the owner CREATEROLE; nothing was changed",
                    db.path(), role));
            db.exec(("CREATE ROLE " + quoted(role) + " NOLOGIN").c_str());
        } else if (!*administers.bind(1, role).scalar()) {
            throw FileError(trygg::trMsg("%1: the register's owner may not grant the role %2 (it needs it WITH "
                                         "ADMIN OPTION, or CREATEROLE); nothing was changed",
                                         db.path(), role));
        }
    }
}

void grantPrivileges(SqlConnection &db, const std::string &database, const std::string &schema)
{
    auto role = [&](Duty duty) { return quoted(groupRole(database, duty)); };
    const std::string everyone = role(Duty::SectionLeader) + ", " + role(Duty::SecurityOfficer) + ", " +
                                 role(Duty::Management) + ", " + role(Duty::Reader);
    const std::string writers =
        role(Duty::SectionLeader) + ", " + role(Duty::SecurityOfficer) + ", " + role(Duty::Management);
    auto run = [&](const std::string &sql) { db.exec(sql.c_str()); };
    run("GRANT USAGE ON SCHEMA " + schema + " TO " + everyone);
    run("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + writers);
    for (const schema::Table &table : schema::tables()) {
        run("GRANT SELECT ON " + table.name + " TO " + everyone);
        if (table.name != "audit")
            run("GRANT INSERT, UPDATE, DELETE ON " + table.name + " TO " + role(Duty::SecurityOfficer));
    }
    run("GRANT SELECT ON trygg_schema, trygg_audit_unit TO " + everyone);
    run("GRANT SELECT ON trygg_access, trygg_access_unit TO " + role(Duty::SecurityOfficer) + ", " +
        role(Duty::Management));
    run("GRANT INSERT ON audit TO " + writers);
    for (const std::string &table : sectionLeaderTables())
        run("GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + role(Duty::SectionLeader));
    run("GRANT INSERT ON person TO " + role(Duty::SectionLeader));
    run("GRANT INSERT ON approval, risk_acceptance TO " + role(Duty::Management));
    run("REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC");
    for (const char *function : {"trygg_grant(text, text, bigint[], bigint)", "trygg_revoke(text, bigint[])",
                                 "trygg_place_audit_entry(bigint, text, bigint, text)"})
        run(std::string("REVOKE EXECUTE ON FUNCTION ") + function + " FROM PUBLIC");
    run("GRANT EXECUTE ON FUNCTION trygg_grant(text, text, bigint[], bigint), trygg_revoke(text, bigint[]) TO " +
        role(Duty::SecurityOfficer));
}

void protect(SqlConnection &db, const std::string &table, const Guarded &guarded)
{
    const std::string write = "(SELECT " + std::string(guarded.writesAll) + "()) OR " + guarded.unit +
                              " = ANY ((SELECT trygg_edit_units())::bigint[])";
    auto run = [&](const std::string &sql) { db.exec(sql.c_str()); };
    run("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
    run("CREATE POLICY trygg_read ON " + table + " FOR SELECT USING ((SELECT trygg_reads_all()) OR " + guarded.read +
        ")");
    run("CREATE POLICY trygg_insert ON " + table + " FOR INSERT WITH CHECK (" + write + ")");
    run("CREATE POLICY trygg_update ON " + table + " FOR UPDATE USING (" + write + ") WITH CHECK (" + write + ")");
    run("CREATE POLICY trygg_delete ON " + table + " FOR DELETE USING (" + write + ")");
}

} // namespace

std::string_view toToken(Duty duty)
{
    switch (duty) {
    case Duty::SectionLeader: return "section_leader";
    case Duty::SecurityOfficer: return "security_officer";
    case Duty::Management: return "management";
    case Duty::Reader: return "reader";
    }
    return "reader";
}

std::optional<Duty> parseDuty(std::string_view token)
{
    for (const Duty duty : AllDuties)
        if (toToken(duty) == token)
            return duty;
    return std::nullopt;
}

std::string dutyChoices()
{
    std::string text;
    for (const Duty duty : AllDuties)
        text += (text.empty() ? "" : ", ") + std::string(toToken(duty));
    return text;
}

void applyAccessSchema(SqlConnection &db)
{
    if (db.dialect() != SqlDialect::Postgres)
        throw std::logic_error("access by unit is a server's");
    // Every table is either the register's own or belongs to a unit: a new table must be placed here.
    for (const schema::Table &table : schema::tables())
        if (!guardedTables().count(table.name) && table.name != "audit" &&
            std::find(registerTables().begin(), registerTables().end(), table.name) == registerTables().end())
            throw std::logic_error("access by unit: the table " + table.name +
                                   " is neither guarded nor the register's");

    Statement names(db, "SELECT current_database(), quote_ident(current_schema())");
    names.step();
    const std::string database = names.text(0);
    std::string schema = names.text(1);
    makeGroupRoles(db, database);
    for (const char *sql : Tables)
        db.exec(sql);
    for (const char *function : Functions) {
        std::string sql = function;
        replaceAll(sql, "@S@", schema);
        db.exec(sql.c_str());
    }
    grantPrivileges(db, database, schema);
    for (const auto &[table, guarded] : guardedTables())
        protect(db, table, guarded);

    // The audit trail: each entry placed in its unit, read by unit, added by any writer, never changed.
    db.exec("DO $$ DECLARE e record; BEGIN FOR e IN SELECT id, object_type, object_id, state FROM audit ORDER BY id "
            "LOOP PERFORM trygg_place_audit_entry(e.id, e.object_type, e.object_id, e.state); END LOOP; END $$");
    db.exec("CREATE TRIGGER trygg_audit_placed AFTER INSERT ON audit FOR EACH ROW EXECUTE FUNCTION "
            "trygg_audit_placed()");
    db.exec("CREATE TRIGGER trygg_audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION "
            "trygg_audit_append_only()");
    db.exec("CREATE TRIGGER trygg_audit_not_truncated BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION "
            "trygg_audit_append_only()");
    db.exec("CREATE TRIGGER trygg_audit_names_user BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION "
            "trygg_audit_names_user()");
    db.exec("ALTER TABLE audit ENABLE ROW LEVEL SECURITY");
    db.exec("CREATE POLICY trygg_read ON audit FOR SELECT USING ((SELECT trygg_reads_all()) OR id IN (SELECT "
            "audit_id FROM trygg_audit_unit WHERE NOT unit_bound OR unit_id = ANY ((SELECT "
            "trygg_read_units())::bigint[])))");
    db.exec("CREATE POLICY trygg_insert ON audit FOR INSERT WITH CHECK (true)");
}


} // namespace trygg::server
