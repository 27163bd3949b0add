// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string_view>

namespace trygg {

class Database;
class SqlConnection;

namespace schema {

// "Tryg" in ASCII: marks a SQLite file as a Trygg register (PRAGMA application_id).
inline constexpr int ApplicationId = 0x54727967;
inline constexpr int CurrentVersion = 10;

int applicationId(SqlConnection &db);
int version(SqlConnection &db);
// Brings a file at any older version up to `target` (CurrentVersion; an older one only in tests that
// make files as older versions wrote them) one step at a time, each step in its own transaction. A
// brand-new file (version 0) is created this way. Foreign keys must be off (ForeignKeysOff) when the
// caller has a transaction open; outside one, upgrade turns them off itself for its steps.
void upgrade(Database &db, int target = CurrentVersion);
// Refuses a file whose schema is not what this version expects (missing tables or columns, or
// triggers, views and indexes someone added, requireOwnObjects): throws FileError.
void validate(Database &db);
// Refuses (FileError) a file with a trigger, a view, or an index Trygg does not create as Trygg creates
// it: SQLite would run an index's expressions on every write. Checked before anything is written.
void requireOwnObjects(Database &db);
// The review rules of asset, measure and policy and the days per zone, from the preset (no, dk, se,
// iso) for the register's current matrix.
void writeReviewDefaults(Database &db, std::string_view preset);

} // namespace schema
} // namespace trygg
