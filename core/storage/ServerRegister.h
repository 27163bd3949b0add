// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A register on a PostgreSQL server (issue 16): created in an empty database, and copied from a file to a
// server and back. RegisterFile opens, reads and edits it as it does a file.

#include <string>
#include <string_view>

namespace trygg {

class SqlConnection;

namespace server {

// The shape of the server's tables, kept in the table trygg_schema (one row). Version 1 is the file's schema
// version 10 (schema::CurrentVersion) created from the one description (SchemaDescription.h); version 2 adds
// the triggers that note what a Trygg client's statement changed and tell the others of a commit
// (auditchain::followTriggersSql); version 3 access by unit (ServerAccess.h, applyAccessSchema).
inline constexpr int SchemaVersion = 3;

// Refuses (FileError) a database that holds no Trygg register, or one of a newer server schema version.
void requireRegister(SqlConnection &db);
// Brings a register of an older server schema version up to SchemaVersion, step by step, in one transaction
// (nothing changed when a step fails: the message says so, and that the register's owner must open it once
// when the user may not change the schema). Nothing to do for one of this version.
void upgrade(SqlConnection &db);
// Creates a register from a national preset in the empty database at `address`: the schema, its version
// record, and the register's rows as a new file gets them (RegisterFile::create). A database that has
// tables already, or a register, is refused untouched.
void create(const std::string &address, std::string_view preset, std::string_view name);
// Copies the register at `source` to `target`: a file to an empty database on a server, or a server's
// register to a new file (refused if it exists; made whole before it appears). Every table's rows as they
// are, ids, the register's uid and the audit trail kept, in one transaction.
void copy(const std::string &source, const std::string &target);

} // namespace server
} // namespace trygg
