// SPDX-License-Identifier: EUPL-1.2
// Issues 12 and 19 end to end: side files beside a register and changes interrupted by a kill, as the
// commands that only read meet them (check, export, matrix, history, due) and as import meets them.
#include "CliRun.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

// A change killed in the middle (see tests/core/SideFilesTest.cpp): the register and its journal copied
// while another connection has written part of a change into the register and not committed it.
void copyInterrupted(const std::string &from, const std::string &to)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(from.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA cache_size = 5; BEGIN IMMEDIATE; "
                           "UPDATE audit SET object_name = object_name || hex(randomblob(300))",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const std::string journal = readBytes(from + "-journal");
    ASSERT_FALSE(journal.empty());
    ASSERT_NE(journal[0], '\0');
    writeBytes(to, readBytes(from));
    writeBytes(to + "-journal", journal);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

const std::vector<std::vector<std::string>> readingCommands = {{"check"},  {"export", "assets"}, {"export", "plan"},
                                                               {"matrix"}, {"history"},          {"due"}};

} // namespace

// Issue 19: a planted -wal is refused by every command before anything is read through it.
TEST_F(CliTest, PlantedWalIsRefusedByEveryCommandAndNothingIsTouched)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string bytes = readBytes(file);
    const std::string wal = write("k.trygg-wal", std::string(4096, 'w'));
    std::vector<std::vector<std::string>> commands = readingCommands;
    commands.push_back({"import", "assets", file, write("a.csv", "name;type;unit\nNytt;it system;IKT\n")});
    for (std::vector<std::string> args : commands) {
        if (args[0] != "import")
            args.push_back(file);
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << args[0] << ": " << r.out;
        EXPECT_NE(r.err.find(file + "-wal"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("Move"), std::string::npos) << r.err;
        EXPECT_EQ(readBytes(file), bytes) << args[0];
        EXPECT_EQ(readBytes(wal), std::string(4096, 'w'));
    }
}

// Issue 12: after a kill inside a write, the commands that only read work (they roll the change back, as
// the file and folder may be written) and never say the false "read-only".
TEST_F(CliTest, ReadingCommandsWorkAfterAKillInsideAWrite)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string original = readBytes(file);
    int n = 0;
    for (std::vector<std::string> args : readingCommands) {
        const std::string killed = dir.file("killed" + std::to_string(++n) + ".trygg");
        copyInterrupted(file, killed);
        args.push_back(killed);
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << args[0] << ": " << r.err;
        EXPECT_EQ(r.err.find("read-only"), std::string::npos) << r.err;
        EXPECT_FALSE(std::filesystem::exists(killed + "-journal")) << args[0];
        EXPECT_EQ(readBytes(killed), original) << args[0];
    }
}

// Issue 12: the journal of another copy of the register beside a restored backup is not rolled into it.
TEST_F(CliTest, JournalOfAnotherCopyIsRefusedWithWhatToDo)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string backup = readBytes(file);
    ASSERT_EQ(cli({"import", "assets", file, write("a.csv", "name;type;unit\nNytt;it system;IKT\n")}).exitCode, 0);
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(file, killed);
    std::filesystem::rename(killed + "-journal", file + "-journal");
    writeBytes(file, backup);
    const std::string journal = readBytes(file + "-journal");
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"check", file},
          std::vector<std::string>{"import", "assets", file, dir.file("a.csv")}}) {
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << args[0];
        EXPECT_NE(r.err.find("does not belong to this file"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(file + "-journal"), std::string::npos) << r.err;
        EXPECT_EQ(readBytes(file), backup);
        EXPECT_EQ(readBytes(file + "-journal"), journal);
    }
}

namespace {

// trygg-cli run by a second user who may read the register but not write it or its folder. As root (who may
// write anything) it runs as the user nobody (setpriv); as anyone else, the file and folder are made
// read-only for the test. Empty when neither is possible.
std::optional<Result> runAsReader(const TempDir &dir, const std::vector<std::string> &args)
{
    if (trygg::test::OnWindows) // no second user and no permission bits to make one
        return std::nullopt;
    std::string command = "LC_ALL=C LANGUAGE= TRYGG_NOW=" + quote(trygg::TestNowText) + " ";
#ifndef _WIN32
    if (::geteuid() == 0) {
        if (std::system("setpriv --reuid=65534 --regid=65534 --clear-groups true") != 0)
            return std::nullopt;
        command += "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
#endif
    return runCommand(dir, command, args, "reader-");
}

// The register readable by everyone, writable by no one but root; the folder too.
void readOnlyForOthers(const TempDir &dir, const std::string &file)
{
    using std::filesystem::perms;
    std::filesystem::permissions(file, perms::owner_read | perms::group_read | perms::others_read);
    std::filesystem::permissions(dir.path(), perms::owner_read | perms::owner_exec | perms::group_read |
                                                 perms::group_exec | perms::others_read | perms::others_exec);
}

void writableAgain(const TempDir &dir)
{
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::add);
}

} // namespace

// Issue 19, as a second user who may only read the register: a planted -wal is refused before anything is
// read through it, and nothing is changed.
TEST_F(CliTest, SecondUserWhoMayOnlyReadIsRefusedAPlantedWal)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string bytes = readBytes(file);
    write("k.trygg-wal", std::string(4096, 'w'));
    // The reader's output files, made before the folder is closed to writing.
    write("reader-stdout.txt", "");
    write("reader-stderr.txt", "");
    std::filesystem::permissions(dir.file("reader-stdout.txt"), std::filesystem::perms::all);
    std::filesystem::permissions(dir.file("reader-stderr.txt"), std::filesystem::perms::all);
    readOnlyForOthers(dir, file);
    const std::optional<Result> r = runAsReader(dir, {"check", file});
    writableAgain(dir);
    if (!r)
        GTEST_SKIP() << "cannot run as a second user here";
    EXPECT_EQ(r->exitCode, 1) << r->out;
    EXPECT_NE(r->err.find(file + "-wal"), std::string::npos) << r->err;
    EXPECT_EQ(readBytes(file), bytes);
    EXPECT_EQ(readBytes(file + "-wal"), std::string(4096, 'w'));
}

// Issue 12, as a second user who may only read: after a kill inside a write the change cannot be rolled back
// by this user, and the message says exactly that (not "read-only"); the files are left as they are.
TEST_F(CliTest, SecondUserWhoMayOnlyReadIsToldAnInterruptedChangeMustBeRolledBack)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string killed = dir.file("killed.trygg");
    copyInterrupted(file, killed);
    std::filesystem::permissions(killed + "-journal", std::filesystem::perms::owner_read |
                                                          std::filesystem::perms::group_read |
                                                          std::filesystem::perms::others_read);
    const std::string bytes = readBytes(killed);
    const std::string journal = readBytes(killed + "-journal");
    write("reader-stdout.txt", "");
    write("reader-stderr.txt", "");
    std::filesystem::permissions(dir.file("reader-stdout.txt"), std::filesystem::perms::all);
    std::filesystem::permissions(dir.file("reader-stderr.txt"), std::filesystem::perms::all);
    readOnlyForOthers(dir, killed);
    const std::optional<Result> r = runAsReader(dir, {"check", killed});
    writableAgain(dir);
    if (!r)
        GTEST_SKIP() << "cannot run as a second user here";
    EXPECT_EQ(r->exitCode, 1) << r->out;
    EXPECT_NE(r->err.find("must be rolled back"), std::string::npos) << r->err;
    EXPECT_NE(r->err.find("Open it once for writing"), std::string::npos) << r->err;
    EXPECT_EQ(r->err.find("read-only"), std::string::npos) << r->err;
    EXPECT_EQ(readBytes(killed), bytes);
    EXPECT_EQ(readBytes(killed + "-journal"), journal);

    // The owner's next command rolls it back.
    const Result owner = cli({"check", killed});
    EXPECT_EQ(owner.exitCode, 0) << owner.err;
    EXPECT_FALSE(std::filesystem::exists(killed + "-journal"));
}
