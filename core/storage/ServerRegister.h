// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A register on a PostgreSQL server (issue 16), as far as it goes now: created in an empty database, read,
// and copied from a file to a server and back. Editing it on the server comes later.

#include <string>
#include <string_view>

namespace trygg {

class SqlConnection;

namespace server {

// The shape of the server's tables: version 1 is the file's schema version 10 (schema::CurrentVersion)
// created from the one description (SchemaDescription.h); version 3 adds access by unit (ServerAccess.h,
// applyAccessSchema). Kept in the table trygg_schema (one row).
inline constexpr int SchemaVersion = 3;

// Refuses (FileError) a database that holds no Trygg register, or one of a newer server schema version.
void requireRegister(SqlConnection &db);
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
