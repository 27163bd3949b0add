// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Steps of the schema upgrade (Schema.cpp) kept apart for its size (not part of the public API).

namespace trygg {

class Database;

namespace schema {

// Version 4 to 5: CHECK constraints on every column that holds an enumeration token or a date, the
// tables rebuilt to carry them. Throws FileError naming the record and field when a row breaks one;
// needs foreign keys off (ForeignKeysOff).
void upgradeToV5(Database &db);
// Version 5 to 6: an incident's times (discovered, notified_at) from the user's wall-clock time to UTC
// instants, "YYYY-MM-DDTHH:MMZ", by the time zone of the clock in use (the machine's), with CHECKs on the
// new form. Throws FileError naming the record and field for a time that is no date and time; needs
// foreign keys off (ForeignKeysOff).
void upgradeToV6(Database &db);
// Version 8 to 9 (issue 13): a risk line's probability and consequence may be empty, a line not scored
// yet; the risk table is rebuilt without their NOT NULL. Needs foreign keys off (ForeignKeysOff).
void upgradeToV9(Database &db);

} // namespace schema
} // namespace trygg
