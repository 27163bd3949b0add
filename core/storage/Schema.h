#pragma once

#include <string_view>

namespace trygg {

class Database;

namespace schema {

// "Tryg" in ASCII: marks a SQLite file as a Trygg register (PRAGMA application_id).
inline constexpr int ApplicationId = 0x54727967;
inline constexpr int CurrentVersion = 4;

int applicationId(Database &db);
int version(Database &db);
// Brings a file at any older version up to CurrentVersion one step at a time, each step in its own
// transaction. A brand-new file (version 0) is created this way.
void upgrade(Database &db);
// Refuses a file whose schema is not what this version expects (missing tables or columns, or
// triggers and views someone added): throws FileError.
void validate(Database &db);
// The review rules of asset, measure and policy and the days per zone, from the preset (no, dk, se,
// iso) for the register's current matrix.
void writeReviewDefaults(Database &db, std::string_view preset);

} // namespace schema
} // namespace trygg
