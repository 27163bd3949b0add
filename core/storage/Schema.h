#pragma once

namespace trygg {

class Database;

namespace schema {

// "Tryg" in ASCII: marks a SQLite file as a Trygg register (PRAGMA application_id).
inline constexpr int ApplicationId = 0x54727967;
inline constexpr int CurrentVersion = 3;

int applicationId(Database &db);
int version(Database &db);
// Brings a file at any older version up to CurrentVersion one step at a time, each step in its own
// transaction. A brand-new file (version 0) is created this way.
void upgrade(Database &db);
// Refuses a file whose schema is not what this version expects (missing tables or columns, or
// triggers and views someone added): throws FileError.
void validate(Database &db);

} // namespace schema
} // namespace trygg
