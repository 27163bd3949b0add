// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>

namespace trygg::sidefiles {

// The files SQLite keeps beside a database, checked before SQLite opens a register (issues 12 and 19).
// SQLite reads a register through them: a `-wal` file is taken as the newest content of the register, a
// `-journal` with a header is rolled back into it by the first connection that may write. Anyone who can
// create a file in a shared folder can put one there, and copies and restored backups leave them beside
// files they do not belong to. Every refusal throws FileError naming the side file and saying what to do,
// before anything reads through it: the register and the side file are left as they are.
//
// - `-wal` and `-shm`: Trygg never uses SQLite's write-ahead log (RegisterFile::configure sets
//   journal_mode DELETE), so one beside a register is foreign or left over: always refused.
// - `-journal` that is a link, a folder, a device, a FIFO, or a file with more than one name (a hard
//   link; writing it would change another file): refused.
// - `-journal` with nothing to roll back (empty, or a header of zeros: a change that stopped before the
//   register was touched): taken; SQLite ignores it and the next change replaces it. For writing it must
//   be writable by us, else every change fails.
// - `-journal` with a header (SQLite would roll it back, "hot"): taken only when it belongs to this file.
//   Its header must be SQLite's (magic, sector and page size), its page size the register's, the file it
//   describes no longer than the register; the register's page 1 saved in it (when it is there) must
//   be the same state of the register as the register's own page 1 (its change counter equal or one
//   less); and rolling it back (done in memory, on a copy) must give a register that is
//   sound (SQLite's quick check), is a Trygg register (application id), and has the same register id
//   (register.uid) as the file has now (when both have one: a register before version 4 has none). A journal of another
//   database, of another register, or of another copy of this register (a backup restored next to the journal of a
//   crash) fails one of these.
enum class Purpose { Read, Write };
void check(const std::string &registerPath, Purpose purpose);
// The checks of check() that need no reading: a -wal or -shm, a -journal that is not a plain file with one
// name. For naming the side file in the way when SQLite fails on an open register (Database::fail); the
// file system Database gives SQLite (Sqlite.cpp) cannot use a write-ahead log and opens no such journal.
void checkKinds(const std::string &registerPath);
void checkWriteAheadLog(const std::string &registerPath);

// Whether a journal with a header lies beside the register (SQLite would roll it back when no other
// connection is in the middle of a change).
bool hotJournal(const std::string &registerPath);

// A journal larger than this, or a register larger than this beside a journal with a header, is not
// verified in memory: it is refused.
inline constexpr long long MaxVerifiedBytes = 1024LL * 1024 * 1024;

} // namespace trygg::sidefiles
