// SPDX-License-Identifier: EUPL-1.2
// Who may do what on a register on a server (ServerAccess.h): the connected user's access, and the grants
// trygg-cli grant lists, gives and takes.
#include "storage/ServerAccess.h"

#include "model/Error.h"
#include "model/Message.h"
#include "model/Text.h"
#include "storage/SqlConnection.h"

#include <algorithm>
#include <map>

namespace trygg::server {
namespace {

bool contains(const std::vector<Id> &ids, Id id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool hasAccessSchema(SqlConnection &db)
{
    return *Statement(db, "SELECT count(*) FROM pg_proc WHERE proname = 'trygg_grant' AND pronamespace = "
                          "to_regnamespace(current_schema())")
                .scalar() > 0;
}

std::vector<Id> idArray(SqlConnection &db, const char *function)
{
    std::vector<Id> ids;
    Statement query(db, (std::string("SELECT unnest(") + function + "())").c_str());
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

std::map<Id, std::string> names(SqlConnection &db, const char *table)
{
    std::map<Id, std::string> byId;
    Statement query(db, (std::string("SELECT id, name FROM ") + table).c_str());
    while (query.step())
        byId[query.int64(0)] = query.text(1);
    return byId;
}

// The register's name for `wanted`, matched as trygg-cli matches names (RegisterData::unitByName): whole,
// case and surrounding spaces aside.
std::optional<Id> byName(const std::map<Id, std::string> &all, std::string_view wanted)
{
    const std::string folded = foldCase(trim(wanted));
    for (const auto &[id, name] : all)
        if (foldCase(name) == folded)
            return id;
    return std::nullopt;
}

std::string listed(const std::map<Id, std::string> &all)
{
    std::string text;
    for (const auto &[id, name] : all)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

std::vector<Id> unitIds(SqlConnection &db, const std::vector<std::string> &units)
{
    const std::map<Id, std::string> all = names(db, "unit");
    std::vector<Id> ids;
    for (const std::string &unit : units) {
        const auto id = byName(all, unit);
        if (!id)
            throw InputError(
                all.empty()
                    ? trygg::trMsg("%1: there is no unit named '%2' (the register has no units)", db.path(), unit)
                    : trygg::trMsg("%1: there is no unit named '%2' (units: %3)", db.path(), unit, listed(all)));
        ids.push_back(*id);
    }
    return ids;
}

std::string idList(const std::vector<Id> &ids)
{
    std::string text = "{";
    for (const Id id : ids)
        text += (text.size() > 1 ? "," : "") + std::to_string(id);
    return text + "}";
}

// Only those the server lets grant are asked to: the message names who may.
void requireMayGrant(SqlConnection &db)
{
    if (!hasAccessSchema(db))
        throw FileError(trygg::trMsg("%1: the register's server schema has no access by unit yet (it is older than "
                                     "server schema version %2)",
                                     db.path(), 3));
    if (!*Statement(db, "SELECT trygg_may_grant()").scalar()) {
        Statement user(db, "SELECT session_user");
        user.step();
        throw FileError(trygg::trMsg("%1: only a security officer or the register's owner may grant or revoke "
                                     "access, and %2 is neither",
                                     db.path(), user.text(0)));
    }
}

void requireRole(SqlConnection &db, const std::string &role)
{
    if (!*Statement(db, "SELECT count(*) FROM pg_roles WHERE rolname = ?1").bind(1, role).scalar())
        throw InputError(trygg::trMsg("%1: there is no database role '%2' on the server (the server's administrator "
                                      "makes it: CREATE ROLE %2 LOGIN)",
                                      db.path(), role));
    Statement database(db, "SELECT current_database()");
    database.step();
    for (const Duty duty : {Duty::SectionLeader, Duty::SecurityOfficer, Duty::Management, Duty::Reader})
        if (role == database.text(0) + "_" + std::string(toToken(duty)))
            throw InputError(
                trygg::trMsg("%1: '%2' is the group role of a duty; grant a person's own role", db.path(), role));
}

} // namespace

void requireGranted(SqlConnection &db)
{
    if (db.dialect() != SqlDialect::Postgres)
        return;
    Statement schema(db, "SELECT session_user, has_table_privilege(c.oid, 'SELECT') FROM pg_class c WHERE "
                         "c.relname = 'trygg_schema' AND c.relnamespace = to_regnamespace(current_schema())");
    if (schema.step() && !schema.int64(1))
        throw FileError(trygg::trMsg("%1: the database user %2 has not been granted access to this register (the "
                                     "security officer grants it: trygg-cli grant)",
                                     db.path(), schema.text(0)));
}

bool Access::mayRead(std::optional<Id> unit) const
{
    return everything || readsAll || (unit && contains(readUnits, *unit));
}

bool Access::mayEdit(std::optional<Id> unit) const
{
    return everything || duty == Duty::SecurityOfficer || (unit && contains(editUnits, *unit));
}

bool Access::mayApprove() const
{
    return everything || duty == Duty::SecurityOfficer || duty == Duty::Management;
}

bool Access::mayGrant() const
{
    return everything || duty == Duty::SecurityOfficer;
}

Access access(SqlConnection &db)
{
    Access access;
    if (db.dialect() != SqlDialect::Postgres || !hasAccessSchema(db)) {
        access.everything = true;
        access.readsAll = true;
        return access;
    }
    // The owner and a superuser pass row-level security.
    access.everything =
        *Statement(db, "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) OR "
                       "pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'register'::regclass), "
                       "'MEMBER')")
             .scalar() != 0;
    Statement granted(db, "SELECT trygg_duty(), trygg_person(), trygg_reads_all()");
    granted.step();
    if (!granted.isNull(0))
        access.duty = parseDuty(granted.text(0));
    access.personId = granted.optionalInt64(1);
    access.readsAll = access.everything || granted.int64(2) != 0;
    access.readUnits = idArray(db, "trygg_read_units");
    access.editUnits = idArray(db, "trygg_edit_units");
    return access;
}

std::vector<RoleAccess> grants(SqlConnection &db)
{
    requireMayGrant(db);
    const std::map<Id, std::string> units = names(db, "unit");
    std::vector<RoleAccess> list;
    Statement roles(db, "SELECT a.role_name, a.duty, p.name FROM trygg_access a LEFT JOIN person p ON p.id = "
                        "a.person_id ORDER BY a.role_name");
    Statement unitsOf(db, "SELECT unit_id FROM trygg_access_unit WHERE role_name = ?1 ORDER BY unit_id");
    while (roles.step()) {
        RoleAccess role{roles.text(0), parseDuty(roles.text(1)).value_or(Duty::Reader), {}, {}};
        if (!roles.isNull(2))
            role.person = roles.text(2);
        unitsOf.bind(1, role.role);
        while (unitsOf.step())
            if (const auto unit = units.find(unitsOf.int64(0)); unit != units.end())
                role.units.push_back(unit->second);
        unitsOf.reset();
        list.push_back(std::move(role));
    }
    return list;
}

RoleAccess grant(SqlConnection &db, const std::string &role, Duty duty, const std::vector<std::string> &units,
                 const std::optional<std::string> &person)
{
    Transaction transaction(db);
    requireMayGrant(db);
    requireRole(db, role);
    const std::vector<Id> ids = unitIds(db, units);
    std::optional<Id> personId;
    if (person) {
        const std::map<Id, std::string> people = names(db, "person");
        personId = byName(people, *person);
        if (!personId)
            throw InputError(trygg::trMsg("%1: there is no person named '%2' in the register", db.path(), *person));
    }
    Statement(db, "SELECT trygg_grant(?1, ?2, ?3::bigint[], ?4)")
        .bind(1, role)
        .bind(2, toToken(duty))
        .bind(3, idList(ids))
        .bind(4, personId)
        .step();
    std::vector<RoleAccess> now = grants(db);
    transaction.commit();
    for (RoleAccess &granted : now)
        if (granted.role == role)
            return granted;
    throw std::logic_error("the grant was not recorded");
}

void revoke(SqlConnection &db, const std::string &role, const std::vector<std::string> &units)
{
    Transaction transaction(db);
    requireMayGrant(db);
    if (!*Statement(db, "SELECT count(*) FROM trygg_access WHERE role_name = ?1").bind(1, role).scalar())
        throw InputError(
            trygg::trMsg("%1: the role '%2' has been granted no access to this register", db.path(), role));
    Statement(db, "SELECT trygg_revoke(?1, ?2::bigint[])").bind(1, role).bind(2, idList(unitIds(db, units))).step();
    transaction.commit();
}

} // namespace trygg::server
