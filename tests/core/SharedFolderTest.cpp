// SPDX-License-Identifier: EUPL-1.2
// Issue 12, "Safe on a shared folder": what Trygg writes beside a register in a folder others can write.
// Temporary files are created exclusively under names no one can predict and never through a link; an
// output path that is a link, a device, a FIFO, a folder or a register is refused; registers, locks and
// exports are for owner and group only; of two writers taking over one stale lock, one wins.
#include "FileModes.h"
#include "TempDir.h"
#include "TestFiles.h"

#include "exchange/CsvExport.h"
#include "exchange/ExportTable.h"
#include "exchange/Xlsx.h"
#include "model/Error.h"
#include "platform/SafeFiles.h"
#include "storage/RegisterFile.h"
#include "storage/WriteLock.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <latch>
#include <memory>
#include <thread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace trygg;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> namesIn(const TempDir &dir)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir.path()))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string messageOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.what();
    }
    return {};
}

// A pid that no process of this machine has: a child that has exited and been reaped.
long deadPid()
{
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return pid;
}

std::string thisMachine()
{
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    return name;
}

ExportTable smallTable()
{
    ExportTable table;
    table.title = "assets";
    table.header = {"name", "owner"};
    table.kinds = {ExportTable::Cell::Text, ExportTable::Cell::Text};
    table.rows = {{"Lønn", "Kari"}};
    return table;
}

} // namespace

TEST(SharedFolder, ATemporaryFileIsNeverWrittenThroughALinkPlantedAtItsName)
{
    // Issue 12: someone who can write the folder plants `OUT.part` linking to a file of yours; the export
    // must neither follow it nor be stopped by it.
    TempDir dir;
    const std::string victim = dir.file("victim.txt");
    writeBytes(victim, "your SSH key");
    const std::string out = dir.file("out.csv");
    fs::create_symlink(victim, out + ".part");
    fs::create_symlink(victim, out + ".tmp");
    writeFileWhole(out, "name;owner\r\n");
    EXPECT_EQ(readBytes(victim), "your SSH key");
    EXPECT_EQ(readBytes(out), "name;owner\r\n");
    // The temporary name is not predictable, and nothing of it is left.
    EXPECT_NE(files::unpredictableName(out, ".part"), files::unpredictableName(out, ".part"));
    EXPECT_EQ(namesIn(dir), (std::vector<std::string>{"out.csv", "out.csv.part", "out.csv.tmp", "victim.txt"}));

    // The same for a workbook, which libxlsxwriter writes by name.
    const std::string xlsx = dir.file("out.xlsx");
    fs::create_symlink(victim, xlsx + ".part");
    writeXlsx(smallTable(), xlsx);
    EXPECT_EQ(readBytes(victim), "your SSH key");
    EXPECT_EQ(readBytes(xlsx).rfind("PK\x03\x04", 0), 0u);
}

TEST(SharedFolder, TheLockIsNeverWrittenThroughALinkPlantedAtItsTemporaryNames)
{
    // Issue 12: the lock's `NAME.trygg.lock.PID.new` / `.tmp` were opened with truncation, following links.
    TempDir dir;
    const std::string reg = dir.file("k.trygg");
    RegisterFile::create(reg, "no", "Kommune");
    const std::string victim = dir.file("victim.txt");
    writeBytes(victim, "your SSH key");
    const std::string lock = WriteLock::lockPath(reg);
    const std::string pid = std::to_string(::getpid());
    for (const std::string &name : {lock + "." + pid + ".new", lock + "." + pid + ".tmp"})
        fs::create_symlink(victim, name);
    {
        RegisterFile file = RegisterFile::open(reg);
        EXPECT_TRUE(WriteLock::holder(reg));
        RegisterFile taken = RegisterFile::takeOver(reg, true);
        EXPECT_EQ(WriteLock::holder(reg)->pid, ::getpid());
    }
    EXPECT_EQ(readBytes(victim), "your SSH key");
    EXPECT_EQ(namesIn(dir), (std::vector<std::string>{"k.trygg", "k.trygg.lock." + pid + ".new",
                                                      "k.trygg.lock." + pid + ".tmp", "victim.txt"}));
}

TEST(SharedFolder, ATemporaryFileIsCreatedExclusivelyNeverThroughALink)
{
    TempDir dir;
    const std::string victim = dir.file("victim.txt");
    writeBytes(victim, "keep");
    const std::string link = dir.file("link");
    fs::create_symlink(victim, link);
    EXPECT_LT(files::createExclusive(link, 0600), 0);
    const std::string dangling = dir.file("dangling");
    fs::create_symlink(dir.file("nowhere"), dangling);
    EXPECT_LT(files::createExclusive(dangling, 0600), 0);
    EXPECT_FALSE(fs::exists(dir.file("nowhere")));
    EXPECT_LT(files::createExclusive(victim, 0600), 0);
    EXPECT_EQ(readBytes(victim), "keep");
    const int fd = files::createExclusive(dir.file("new"), 0600);
    ASSERT_GE(fd, 0);
    EXPECT_TRUE(files::writeAll(fd, "x"));
    EXPECT_TRUE(files::syncAndClose(fd));
    EXPECT_EQ(readBytes(dir.file("new")), "x");
}

TEST(SharedFolder, AnOutputThatIsALinkDeviceFifoFolderOrRegisterIsRefusedAndLeftAlone)
{
    // Issue 12: "--output replaces whatever is there: the register itself, another register, a device
    // node, a FIFO, a symlink". Each is refused with a message naming the path; nothing is written.
    TempDir dir;
    const std::string victim = dir.file("victim.txt");
    writeBytes(victim, "keep");
    const std::string link = dir.file("link.csv");
    fs::create_symlink(victim, link);
    const std::string fifo = dir.file("fifo.csv");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string folder = dir.file("folder.csv");
    fs::create_directory(folder);
    const std::string reg = dir.file("k.trygg");
    RegisterFile::create(reg, "no", "Kommune");
    const std::string registerBytes = readBytes(reg);
    const std::string database = dir.file("other.db");
    writeBytes(database, std::string("SQLite format 3\0", 16) + std::string(100, '\0'));

    const std::vector<std::pair<std::string, std::string>> cases = {
        {link, "is a symbolic link"}, {fifo, "is a device, a FIFO or a socket"},
        {"/dev/null", "is a device"}, {folder, "is a folder"},
        {reg, "is a Trygg register"}, {database, "is a database (SQLite)"},
    };
    for (const auto &[path, says] : cases) {
        const std::string message = messageOf([&] { writeFileWhole(path, "name;owner\r\n"); });
        EXPECT_NE(message.find(path), std::string::npos) << message;
        EXPECT_NE(message.find(says), std::string::npos) << message;
        const std::string xlsxMessage = messageOf([&] { writeXlsx(smallTable(), path); });
        EXPECT_NE(xlsxMessage.find(says), std::string::npos) << xlsxMessage;
    }
    EXPECT_EQ(readBytes(victim), "keep");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_TRUE(fs::is_directory(folder));
    EXPECT_TRUE(fs::is_empty(folder));
    EXPECT_EQ(readBytes(reg), registerBytes);
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    // No temporary file was left either.
    for (const std::string &name : namesIn(dir))
        EXPECT_EQ(name.find(".part"), std::string::npos) << name;
}

TEST(SharedFolder, ANewRegisterIsNotCreatedThroughADanglingLinkAndTheLinkStays)
{
    // Issue 12: "init on a dangling symlink deletes it".
    TempDir dir;
    const std::string target = dir.file("elsewhere.trygg");
    const std::string link = dir.file("k.trygg");
    fs::create_symlink(target, link);
    const std::string message = messageOf([&] { RegisterFile::create(link, "no", "Kommune"); });
    EXPECT_NE(message.find(link + " is a symbolic link"), std::string::npos) << message;
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_FALSE(fs::exists(target));
    EXPECT_FALSE(fs::exists(WriteLock::lockPath(link)));
}

TEST(SharedFolder, RegistersLocksAndExportsAreForOwnerAndGroupAsTheUmaskAllows)
{
    // Issue 12, permissions: 0660 narrowed by the umask, never anything for others, and an export never
    // wider than its register.
    for (const auto &[mask, expected] :
         std::vector<std::pair<mode_t, unsigned>>{{002, 0660}, {000, 0660}, {022, 0640}, {027, 0640}, {077, 0600}}) {
        SCOPED_TRACE(mask);
        const Umask umask(mask);
        TempDir dir;
        const std::string reg = dir.file("k.trygg");
        {
            RegisterFile file = RegisterFile::create(reg, "no", "Kommune");
            EXPECT_EQ(modeOf(reg), expected);
            EXPECT_EQ(modeOf(WriteLock::lockPath(reg)), expected);
        }
        writeFileWhole(dir.file("a.csv"), "x", reg);
        EXPECT_EQ(modeOf(dir.file("a.csv")), expected);
        writeXlsx(smallTable(), dir.file("a.xlsx"), reg);
        EXPECT_EQ(modeOf(dir.file("a.xlsx")), expected);
        // A register its owner keeps private gives private exports, whatever the umask.
        fs::permissions(reg, fs::perms::owner_read | fs::perms::owner_write);
        writeFileWhole(dir.file("b.csv"), "x", reg);
        EXPECT_EQ(modeOf(dir.file("b.csv")), 0600u);
        writeXlsx(smallTable(), dir.file("b.xlsx"), reg);
        EXPECT_EQ(modeOf(dir.file("b.xlsx")), 0600u);
    }
}

TEST(SharedFolder, OfTwoWritersTakingOverOneStaleLockExactlyOneWins)
{
    // Issue 12: "two writers finding the same stale lock can both take it over". Two threads race for a
    // lock left by a dead process of this machine, many times; each time exactly one holds it and the
    // other is told it is in use.
    TempDir dir;
    const std::string reg = dir.file("k.trygg");
    RegisterFile::create(reg, "no", "Kommune");
    const std::string stale =
        "user=kari;machine=" + thisMachine() + ";pid=" + std::to_string(deadPid()) + ";since=2026-11-23T10:15:00Z\n";
    for (int round = 0; round < 200; ++round) {
        writeBytes(WriteLock::lockPath(reg), stale);
        std::latch start(2);
        std::unique_ptr<WriteLock> locks[2];
        std::atomic<int> inUse = 0;
        auto race = [&](int which, bool explicitTakeOver) {
            start.arrive_and_wait();
            try {
                locks[which] = explicitTakeOver ? WriteLock::takeOver(reg) : WriteLock::acquire(reg);
            } catch (const FileInUse &) {
                ++inUse;
            }
        };
        std::thread first(race, 0, round % 2 == 0);
        std::thread second(race, 1, true);
        first.join();
        second.join();
        const int held = (locks[0] && locks[0]->held() ? 1 : 0) + (locks[1] && locks[1]->held() ? 1 : 0);
        const int winners = (locks[0] ? 1 : 0) + (locks[1] ? 1 : 0);
        ASSERT_EQ(winners, 1) << "round " << round;
        ASSERT_EQ(held, 1) << "round " << round;
        ASSERT_EQ(inUse, 1) << "round " << round;
        locks[0].reset();
        locks[1].reset();
        ASSERT_FALSE(fs::exists(WriteLock::lockPath(reg)));
    }
    for (const std::string &name : namesIn(dir))
        EXPECT_EQ(name.find(".stale"), std::string::npos) << name;
}

TEST(SharedFolder, OfTwoProcessesTakingOverOneStaleLockExactlyOneWins)
{
    // The same race between two processes, as two colleagues' instances on one machine: each child says
    // whether it got the lock ('W') or was told it is in use ('U'); the winner holds it until both spoke.
    TempDir dir;
    const std::string reg = dir.file("k.trygg");
    RegisterFile::create(reg, "no", "Kommune");
    const std::string stale =
        "user=kari;machine=" + thisMachine() + ";pid=" + std::to_string(deadPid()) + ";since=2026-11-23T10:15:00Z\n";
    for (int round = 0; round < 50; ++round) {
        writeBytes(WriteLock::lockPath(reg), stale);
        int start[2], results[2], release[2];
        ASSERT_EQ(::pipe(start), 0);
        ASSERT_EQ(::pipe(results), 0);
        ASSERT_EQ(::pipe(release), 0);
        pid_t children[2];
        for (pid_t &child : children) {
            child = ::fork();
            ASSERT_GE(child, 0);
            if (child == 0) {
                ::close(start[1]);
                ::close(results[0]);
                ::close(release[1]);
                char go = 0;
                [[maybe_unused]] const ssize_t started = ::read(start[0], &go, 1); // returns when the parent closes
                char said = 'E';
                std::unique_ptr<WriteLock> lock;
                try {
                    lock = WriteLock::acquire(reg);
                    said = 'W';
                } catch (const FileInUse &) {
                    said = 'U';
                } catch (...) {
                }
                [[maybe_unused]] const ssize_t wrote = ::write(results[1], &said, 1);
                [[maybe_unused]] const ssize_t released = ::read(release[0], &go, 1);
                lock.reset();
                ::_exit(0);
            }
        }
        ::close(start[0]);
        ::close(results[1]);
        ::close(release[0]);
        ::close(start[1]); // both go
        std::string said;
        char one = 0;
        while (said.size() < 2 && ::read(results[0], &one, 1) == 1)
            said += one;
        ::close(release[1]); // the winner lets go
        for (const pid_t child : children) {
            int status = 0;
            ::waitpid(child, &status, 0);
        }
        ::close(results[0]);
        std::sort(said.begin(), said.end());
        ASSERT_EQ(said, "UW") << "round " << round;
        ASSERT_FALSE(fs::exists(WriteLock::lockPath(reg)));
    }
}
