#pragma once

// A step of the schema upgrade (Schema.cpp) kept apart for its size (not part of the public API).

namespace trygg {

class Database;

namespace schema {

// Version 4 to 5: CHECK constraints on every column that holds an enumeration token or a date, the
// tables rebuilt to carry them. Throws FileError naming the record and field when a row breaks one;
// needs foreign keys off (ForeignKeysOff).
void upgradeToV5(Database &db);

} // namespace schema
} // namespace trygg
