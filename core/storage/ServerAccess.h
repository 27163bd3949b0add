// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Access by unit on a register on a PostgreSQL server, enforced by the server (issue 16): database roles
// are given a duty (DOMAIN.md, "Who uses it": section leaders, security officers, management, and readers)
// and a section leader the units of their section. Row-level security lets a section leader connecting with
// psql read and change nothing of another unit; the audit trail cannot be changed or deleted, and each entry
// names the database user who made it. A file has none of this: whoever opens it may do everything.

#include "model/Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

class SqlConnection;

namespace server {

enum class Duty { SectionLeader, SecurityOfficer, Management, Reader };

// section_leader, security_officer, management, reader: the words of the server's tables and trygg-cli grant.
std::string_view toToken(Duty duty);
std::optional<Duty> parseDuty(std::string_view token);
// "section_leader, security_officer, management, reader"
std::string dutyChoices();

// The access schema step (server schema version 3: ServerRegister.h), in the caller's transaction, on a register whose tables exist (and whose rows
// were copied: from here on every audit entry must name the database user): a group role per duty
// (<database>_<duty>: roles are the server's, not the database's), the tables mapping roles to duties and
// units, the privileges of each duty, row-level security on every table that belongs to a unit, and the
// audit trail made append-only. The register's owner needs CREATEROLE, or the group roles made beforehand
// by the administrator and granted to the owner WITH ADMIN OPTION (FileError saying so otherwise).
void applyAccessSchema(SqlConnection &db);

// Refuses (FileError) a register the connected user has not been granted access to, saying so: the server
// shows such a user none of its tables.
void requireGranted(SqlConnection &db);

// What the connected user may do (the window shows it). On a file, or for the register's owner or a
// superuser, everything.
struct Access {
    bool everything = false;
    std::optional<Duty> duty;   // as granted; none for a file, the owner, or a user granted nothing
    bool readsAll = false;      // every unit (a security officer, management, a reader without units)
    std::vector<Id> readUnits;  // the units read, each with its sub-units (when not readsAll)
    std::vector<Id> editUnits;  // a section leader's units and their sub-units
    std::optional<Id> personId; // the register's person the role is, if the grant says so

    bool mayRead(std::optional<Id> unit) const;
    // A row of `unit` (none: the register's own, such as its matrices and units).
    bool mayEdit(std::optional<Id> unit) const;
    // Management's approvals and acceptances (002 §25 stk. 5-6).
    bool mayApprove() const;
    bool mayGrant() const;
};
Access access(SqlConnection &db);

// One role's grant as the register holds it: unit and person by name.
struct RoleAccess {
    std::string role;
    Duty duty = Duty::Reader;
    std::vector<std::string> units;
    std::optional<std::string> person;
};
std::vector<RoleAccess> grants(SqlConnection &db);

// Gives the database role `role` (made by the server's administrator) `duty`: membership in the duty's
// group role, and for a section leader or a reader the units named (added to those it has; a new duty
// replaces the old one and its units). `person` names the register's person the role is. Only a security
// officer, the register's owner or a superuser may. InputError naming what is wrong: no such role, unit or
// person; FileError when the user may not grant. Returns the grant as it now is.
RoleAccess grant(SqlConnection &db, const std::string &role, Duty duty, const std::vector<std::string> &units,
                 const std::optional<std::string> &person);
// Takes the named units from the role's grant, or with none every access the role has to the register.
void revoke(SqlConnection &db, const std::string &role, const std::vector<std::string> &units);

} // namespace server
} // namespace trygg
