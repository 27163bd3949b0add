// SPDX-License-Identifier: EUPL-1.2
// Issues 12 and 19: the files SQLite keeps beside a register (-journal, -wal, -shm). A side file that is
// not SQLite's own, or not this register's, is refused before SQLite reads the register through it, and
// both files are left byte-for-byte as they were; a change interrupted by a kill is rolled back by a
// command that only reads, or the message says it must be.
#include "ErrorOf.h"
#include "RawSql.h"
#include "TempDir.h"
#include "../support/TestPlatform.h"
#include "TestFiles.h"

#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/SchemaDescription.h"
#include "storage/SideFiles.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cctype>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace trygg;

namespace {

using Access = RegisterFile::Access;

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

std::string contentOf(const std::string &path)
{
    const RegisterFile file = RegisterFile::open(path, Access::ReadOnly);
    const RegisterData data = file.load();
    return exportAssetsCsv(data) + exportRisksCsv(data) + std::to_string(file.history().size()) + " audit rows";
}

void makeRegister(const std::string &path, int assets, int risks)
{
    RegisterFile file = RegisterFile::create(path, "no", "Eksempel kommune");
    generateDemo(file, DemoOptions{assets, risks, 3});
}

// A change killed in the middle, as a kill leaves it: another connection makes a change too big for its
// page cache, so SQLite syncs the journal and writes part of the change into the register before the
// commit; the register and its journal are copied as they are at that moment to `to` and `to-journal`.
void copyInterrupted(const std::string &from, const std::string &to)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(from.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA cache_size = 5; BEGIN IMMEDIATE; "
                           "UPDATE audit SET object_name = object_name || hex(randomblob(300))",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db);
    const std::string journal = readBytes(from + "-journal");
    ASSERT_FALSE(journal.empty());
    ASSERT_NE(journal[0], '\0') << "the change did not reach the register before the commit";
    writeBytes(to, readBytes(from));
    writeBytes(to + "-journal", journal);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

class SideFilesTest : public ::testing::Test {
protected:
    void SetUp() override { makeRegister(path, 12, 30); }

    // Opening for writing and for reading are both refused with a message naming `side`, and the register
    // and every side file stay byte-for-byte as they were.
    void expectRefused(const std::string &side, const std::string &reason)
    {
        const std::string bytes = readBytes(path);
        const std::string sideBytes = std::filesystem::is_regular_file(side) ? readBytes(side) : std::string();
        for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
            const std::string message = fileErrorOf([&] { RegisterFile::open(path, access); });
            EXPECT_TRUE(contains(message, side)) << message;
            EXPECT_TRUE(contains(message, reason)) << message;
            EXPECT_TRUE(contains(message, "Nothing was read or changed")) << message;
            EXPECT_EQ(readBytes(path), bytes);
            EXPECT_TRUE(std::filesystem::exists(std::filesystem::symlink_status(side)));
            if (std::filesystem::is_regular_file(side)) {
                EXPECT_EQ(readBytes(side), sideBytes);
            }
            EXPECT_FALSE(std::filesystem::exists(path + ".lock"));
        }
    }

    TempDir dir;
    const std::string path = dir.file("register.trygg");
};

} // namespace

// Issue 19 (critical): a -wal file beside a register is read by SQLite as the register's newest content and
// written into it by the next writer. Trygg never uses WAL (RegisterFile::configure: journal_mode DELETE).
TEST_F(SideFilesTest, PlantedWalWithOtherContentIsRefusedAndNeitherFileIsTouched)
{
    const std::string before = contentOf(path);
    // A real write-ahead log of a changed copy of this register, put beside it.
    const std::string copy = dir.file("copy.trygg");
    writeBytes(copy, readBytes(path));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(copy.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; UPDATE asset SET "
                           "confidentiality = 0, owner_id = NULL",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    std::filesystem::copy_file(copy + "-wal", path + "-wal");
    sqlite3_close(db);

    expectRefused(path + "-wal", "write-ahead log");
    std::filesystem::remove(path + "-wal");
    EXPECT_EQ(contentOf(path), before); // the planted content never reached the register
    EXPECT_NO_THROW(RegisterFile::open(path));
}

// Issue 19: a window keeps a register open for hours, and SQLite looks for a -wal at every read. One put
// there while the register is open is never read nor written into the register: the next read or write
// fails, naming it, and the register stays as it was.
TEST_F(SideFilesTest, WalOrJournalLinkPutThereWhileTheRegisterIsOpenIsNeverUsed)
{
    TRYGG_SKIP_ON_WINDOWS("symbolic links");
    RegisterFile file = RegisterFile::open(path);
    const std::string bytes = readBytes(path);
    const std::string before = contentOf(path);
    const std::string copy = dir.file("copy.trygg");
    writeBytes(copy, bytes);
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(copy.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; UPDATE asset SET "
                           "confidentiality = 0, owner_id = NULL",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    std::filesystem::copy_file(copy + "-wal", path + "-wal");
    sqlite3_close(db);

    std::string message = fileErrorOf([&] { file.load(); });
    EXPECT_TRUE(contains(message, path + "-wal")) << message;
    OrgUnit unit;
    unit.name = "Ny enhet";
    message = fileErrorOf([&] { file.addUnit(unit); });
    EXPECT_TRUE(contains(message, path + "-wal")) << message;
    EXPECT_EQ(readBytes(path), bytes);
    std::filesystem::remove(path + "-wal");
    EXPECT_EQ(contentOf(path), before);

    // A journal link put there: the next change is not written through it.
    const std::string victim = dir.file("victim.txt");
    writeBytes(victim, "precious");
    std::filesystem::create_symlink(victim, path + "-journal");
    message = fileErrorOf([&] { file.addUnit(unit); });
    EXPECT_TRUE(contains(message, path + "-journal")) << message;
    EXPECT_TRUE(contains(message, "a symbolic link")) << message;
    EXPECT_EQ(readBytes(victim), "precious");
    EXPECT_EQ(readBytes(path), bytes);
}

// A register another program switched to the write-ahead log (and closed, so no -wal is left) is refused
// with what to do, and left as it is.
TEST_F(SideFilesTest, RegisterSwitchedToTheWriteAheadLogIsRefusedWithWhatToDo)
{
    rawSql(path, "PRAGMA journal_mode = WAL");
    ASSERT_FALSE(std::filesystem::exists(path + "-wal"));
    const std::string bytes = readBytes(path);
    for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
        const std::string message = fileErrorOf([&] { RegisterFile::open(path, access); });
        EXPECT_TRUE(contains(message, "switched the register to SQLite's write-ahead log")) << message;
        EXPECT_TRUE(contains(message, "PRAGMA journal_mode = DELETE")) << message;
        EXPECT_EQ(readBytes(path), bytes);
        EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    }
    rawSql(path, "PRAGMA journal_mode = DELETE");
    EXPECT_NO_THROW(RegisterFile::open(path));
}

TEST_F(SideFilesTest, ShmAndEmptyWalAndWalFolderAreRefused)
{
    writeBytes(path + "-shm", std::string(32768, '\0'));
    expectRefused(path + "-shm", "write-ahead log");
    std::filesystem::remove(path + "-shm");
    writeBytes(path + "-wal", "");
    expectRefused(path + "-wal", "write-ahead log");
    std::filesystem::remove(path + "-wal");
    std::filesystem::create_directory(path + "-wal");
    expectRefused(path + "-wal", "write-ahead log");
}

// Issue 19: a -journal that is a link, a folder, a pipe or a second name of another file.
TEST_F(SideFilesTest, JournalThatIsALinkAFolderAPipeOrAHardLinkIsRefused)
{
    TRYGG_SKIP_ON_WINDOWS("symbolic links and FIFOs");
    const std::string side = path + "-journal";
    const std::string victim = dir.file("victim.txt");
    writeBytes(victim, "precious");
    std::filesystem::create_symlink(victim, side);
    expectRefused(side, "a symbolic link");
    std::filesystem::remove(side);
    std::filesystem::create_symlink(dir.file("nothing-here"), side); // dangling
    expectRefused(side, "a symbolic link");
    std::filesystem::remove(side);
    std::filesystem::create_directory(side);
    expectRefused(side, "a folder");
    std::filesystem::remove(side);
    ASSERT_TRUE(test::makeFifo(side));
    expectRefused(side, "a device, a pipe or another special file");
    std::filesystem::remove(side);
    std::filesystem::create_hard_link(victim, side);
    expectRefused(side, "hard links");
    std::filesystem::remove(side);
    EXPECT_EQ(readBytes(victim), "precious");
}

TEST_F(SideFilesTest, JournalThatIsNotSqlitesIsRefused)
{
    writeBytes(path + "-journal", "This is not a journal, but SQLite would roll it back");
    expectRefused(path + "-journal", "does not begin with SQLite's journal header");
}

// A journal with nothing to roll back (empty, or a header of zeros: the change stopped before the register
// was touched) is SQLite's own leftover and harmless: the register opens, both ways, and writes.
TEST_F(SideFilesTest, JournalWithNothingToRollBackIsTaken)
{
    const std::string before = contentOf(path);
    writeBytes(path + "-journal", "");
    EXPECT_EQ(contentOf(path), before);
    writeBytes(path + "-journal", std::string(4096, '\0'));
    EXPECT_EQ(contentOf(path), before);
    RegisterFile file = RegisterFile::open(path);
    OrgUnit unit;
    unit.name = "Ny enhet";
    EXPECT_GT(file.addUnit(unit), 0);
}

// Issue 12: after a kill inside a write, a command that only reads rolls the change back when it may write
// the file and its folder, as opening for writing does; the register is then exactly as before the change.
TEST_F(SideFilesTest, ReadOnlyOpenRollsBackAChangeInterruptedByAKill)
{
    const std::string original = readBytes(path);
    const std::string before = contentOf(path);
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(path, killed);
    ASSERT_NE(readBytes(killed), original) << "nothing of the change reached the file";

    EXPECT_EQ(contentOf(killed), before);
    EXPECT_FALSE(std::filesystem::exists(killed + "-journal"));
    EXPECT_EQ(readBytes(killed), original);

    // Opening for writing does the same.
    const std::string killedAgain = dir.file("killed-again.trygg");
    copyInterrupted(path, killedAgain);
    RegisterFile file = RegisterFile::open(killedAgain);
    EXPECT_TRUE(file.integrityProblems().empty());
    EXPECT_FALSE(std::filesystem::exists(killedAgain + "-journal"));
}

// Where the file may not be written, SQLite cannot roll the change back: the message says so and what to do,
// not "read-only" (issue 12). A read-only connection stands in for a user without write access (root may
// write any file).
TEST_F(SideFilesTest, AnInterruptedChangeThatCannotBeRolledBackIsNamedAsSuch)
{
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(path, killed);
    const std::string bytes = readBytes(killed);
    const std::string message = fileErrorOf([&] {
        Database db(killed, Database::Mode::ReadOnly);
        schema::version(db);
    });
    EXPECT_TRUE(contains(message, "must be rolled back")) << message;
    EXPECT_TRUE(contains(message, "Open it once for writing")) << message;
    EXPECT_FALSE(contains(message, "read-only")) << message;
    EXPECT_EQ(readBytes(killed), bytes);
    EXPECT_TRUE(std::filesystem::exists(killed + "-journal"));
}

// The same as a second user who may read the register but not write it nor its folder: as root (who may
// write anything) a child process that has become the user nobody; as anyone else, a read-only file.
TEST_F(SideFilesTest, ReadOnlyUserIsToldToHaveTheChangeRolledBack)
{
    TRYGG_SKIP_ON_WINDOWS("a second user by setuid, and permission bits");
#ifndef _WIN32
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(path, killed);
    std::filesystem::permissions(killed, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                             std::filesystem::perms::others_read);
    const std::string bytes = readBytes(killed);
    std::string message;
    if (::geteuid() == 0) {
        int channel[2];
        ASSERT_EQ(::pipe(channel), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(channel[0]);
            std::string result = "could not become the user nobody";
            if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
                try {
                    RegisterFile::open(killed, Access::ReadOnly);
                    result = "opened";
                } catch (const std::exception &error) {
                    result = error.what();
                }
            }
            const ssize_t written = ::write(channel[1], result.data(), result.size());
            ::_exit(written == static_cast<ssize_t>(result.size()) ? 0 : 1);
        }
        ::close(channel[1]);
        char buffer[4096];
        for (ssize_t got; (got = ::read(channel[0], buffer, sizeof buffer)) > 0;)
            message.append(buffer, static_cast<std::size_t>(got));
        ::close(channel[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (message == "could not become the user nobody")
            GTEST_SKIP() << message;
    } else {
        message = fileErrorOf([&] { RegisterFile::open(killed, Access::ReadOnly); });
    }
    EXPECT_TRUE(contains(message, "must be rolled back")) << message;
    EXPECT_FALSE(contains(message, "read-only")) << message;
    EXPECT_EQ(readBytes(killed), bytes);
    EXPECT_TRUE(std::filesystem::exists(killed + "-journal"));
#endif
}

// Issue 12: a register restored from a backup lies next to the journal of a change killed in the newer file.
// Rolling that journal into the backup would mix two states of the register: refused, both files kept.
TEST_F(SideFilesTest, JournalOfAnotherStateOfTheRegisterIsNotRolledIntoARestoredBackup)
{
    const std::string backup = readBytes(path);
    {
        RegisterFile file = RegisterFile::open(path);
        for (int i = 0; i < 3; ++i) {
            OrgUnit unit;
            unit.name = "Enhet etter kopien " + std::to_string(i);
            file.addUnit(unit);
        }
    }
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(path, killed);
    std::filesystem::rename(killed + "-journal", path + "-journal");
    writeBytes(path, backup); // the backup put back in place
    expectRefused(path + "-journal", "does not belong to this file");
    EXPECT_EQ(readBytes(path), backup);
}

// Issue 12: the journal of another register (another database) beside this one.
TEST_F(SideFilesTest, JournalOfAnotherRegisterIsRefused)
{
    const std::string other = dir.file("other.trygg");
    makeRegister(other, 20, 60);
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(other, killed);
    std::filesystem::rename(killed + "-journal", path + "-journal");
    expectRefused(path + "-journal", "does not belong to this file");

    // A journal with pages of another size is refused on its header alone.
    std::string journal = readBytes(path + "-journal");
    journal[24] = 0;
    journal[25] = 0;
    journal[26] = 0x20;
    journal[27] = 0;
    writeBytes(path + "-journal", journal);
    expectRefused(path + "-journal", "its pages are of 8192 bytes, the register's of 4096");
}

// Issue 12: a journal whose header fits the register but whose saved pages do not: rolled back in memory
// first, it would give a damaged file. (A saved page's first byte is outside SQLite's checksum.)
TEST_F(SideFilesTest, JournalWhoseRollbackWouldDamageTheRegisterIsRefused)
{
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(path, killed);
    std::string journal = readBytes(killed + "-journal");
    const auto word = [&](std::size_t at) {
        return (std::uint32_t{static_cast<unsigned char>(journal[at])} << 24) |
               (std::uint32_t{static_cast<unsigned char>(journal[at + 1])} << 16) |
               (std::uint32_t{static_cast<unsigned char>(journal[at + 2])} << 8) |
               std::uint32_t{static_cast<unsigned char>(journal[at + 3])};
    };
    const std::size_t sector = word(20);
    const std::size_t pageSize = word(24);
    std::size_t damaged = 0;
    for (std::size_t at = sector; at + 8 + pageSize <= journal.size() && damaged < 4; at += 8 + pageSize)
        if (word(at) > 1) {
            for (std::size_t i = 0; i < 8; ++i)
                journal[at + 4 + i] = '\x7f';
            ++damaged;
        }
    ASSERT_GT(damaged, 0u);
    writeBytes(killed + "-journal", journal);
    std::filesystem::rename(killed + "-journal", path + "-journal");
    writeBytes(path, readBytes(killed));
    expectRefused(path + "-journal", "rolled back, the file would be damaged");
}

// Issue 12: a journal that would cut the register to nothing (made for an empty file).
TEST_F(SideFilesTest, JournalThatWouldEmptyTheRegisterIsRefused)
{
    std::string journal(512 + 4096 + 8, '\0');
    const unsigned char header[] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7, 0, 0, 0, 0, 0,    0,
                                    0,    0,    0,    0,    0,    0,    0,    0,    2, 0, 0, 0, 0x10, 0};
    journal.replace(0, sizeof header, reinterpret_cast<const char *>(header), sizeof header);
    writeBytes(path + "-journal", journal);
    expectRefused(path + "-journal", "it describes a file of 0 pages");
}

// Issue 12: an index brought by a file runs on every write; the schema check refuses it before anything is
// written, like triggers and views.
TEST(RegisterFileSchema, RefusesAnIndexTrygdDidNotCreateBeforeAnyWrite)
{
    TempDir dir;
    for (const char *sql :
         {"CREATE INDEX evil ON asset(length(name) * 2)", "CREATE INDEX evil ON risk(threat) WHERE probability > 2",
          "CREATE INDEX plain ON unit(parent_id)",
          "DROP INDEX asset_unit; CREATE INDEX asset_unit ON asset(lower(name))"}) {
        const std::string path = dir.file("k.trygg");
        std::filesystem::remove(path);
        RegisterFile::create(path, "no", "K");
        rawSql(path, sql);
        const std::string bytes = readBytes(path);
        for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
            const std::string message = fileErrorOf([&] { RegisterFile::open(path, access); });
            EXPECT_TRUE(contains(message, "an index") || contains(message, "a index")) << sql << ": " << message;
            EXPECT_TRUE(contains(message, "Trygg did not create")) << message;
            EXPECT_EQ(readBytes(path), bytes) << sql;
        }
    }
}

// The indexes the check takes as Trygg's own (the schema description's, so that opening does not run every
// upgrade step on an empty database) are exactly what the upgrade steps make, as they write them.
TEST(RegisterFileSchema, OwnIndexesAreThoseTheUpgradeStepsMake)
{
    Database fresh(":memory:", Database::Mode::Create);
    schema::upgrade(fresh);
    std::map<std::string, std::pair<std::string, std::string>> made;
    Statement query(fresh, "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL");
    while (query.step()) {
        std::string sql;
        for (const char c : query.text(2)) // white space collapsed, as the check compares
            if (!std::isspace(static_cast<unsigned char>(c)) || (!sql.empty() && sql.back() != ' '))
                sql += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
        made[query.text(0)] = {query.text(1), sql};
    }
    std::map<std::string, std::pair<std::string, std::string>> listed;
    for (const schema::Table &table : schema::tables())
        for (const schema::Index &index : table.indexes)
            listed[index.name] = {table.name, schema::createIndexSql(table, index)};
    EXPECT_EQ(listed, made) << "the schema description must list every index the upgrade steps create, as created";
}

TEST(RegisterFileSchema, TakesEveryIndexTryggCreatesAndThoseOfAnUpgradedFile)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "K");
    EXPECT_NO_THROW(RegisterFile::open(path));
    EXPECT_NO_THROW(RegisterFile::open(path, Access::ReadOnly));
}

// Issue 19: a writable register whose write lock cannot be made beside it (here: the lock's name is too
// long for the folder; in use, a folder the user may not write) is not refused as such: LockUnavailable
// lets the window open it read-only with the reason, and reading works.
TEST(RegisterFileLock, LockThatCannotBeMadeIsLockUnavailableAndReadingStillWorks)
{
    TempDir dir;
    const std::string path = dir.file(std::string(245, 'r') + ".trygg"); // 251 characters; with ".lock" 256
    RegisterFile::create(dir.file("short.trygg"), "no", "K");
    std::filesystem::copy_file(dir.file("short.trygg"), path);
    const std::string bytes = readBytes(path);
    try {
        RegisterFile::open(path);
        FAIL() << "opened for writing without a lock";
    } catch (const LockUnavailable &error) {
        EXPECT_TRUE(contains(error.what(), "lock file")) << error.what();
    }
    const RegisterFile file = RegisterFile::open(path, Access::ReadOnly);
    EXPECT_TRUE(file.readOnly());
    EXPECT_EQ(file.info().name, "K");
    EXPECT_EQ(readBytes(path), bytes);
}
