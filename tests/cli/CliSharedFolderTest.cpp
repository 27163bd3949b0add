// SPDX-License-Identifier: EUPL-1.2
// Issue 12, "Safe on a shared folder", through trygg-cli as a user or a script runs it: --output refuses
// what must not be replaced, standard output's errors count, --all-units gives every unit a file of its
// own and tells each outcome, and a colleague in the group can read what a register's owner writes.
#include "CliRun.h"
#include "../core/FileModes.h"

#include "storage/RegisterFile.h"
#include "storage/WriteLock.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// trygg-cli run as another local user (uid, gid, no other groups) with setpriv: as root only.
Result runAs(const TempDir &dir, uid_t uid, gid_t gid, const std::vector<std::string> &args)
{
    std::string command = "LC_ALL=C TRYGG_NOW=" + quote(trygg::TestNowText) +
                          " setpriv --reuid=" + std::to_string(uid) + " --regid=" + std::to_string(gid) +
                          " --clear-groups " + quote(TRYGG_CLI);
    for (const std::string &arg : args)
        command += " " + quote(arg);
    command += " >" + quote(dir.file("as-stdout.txt")) + " 2>" + quote(dir.file("as-stderr.txt"));
    const int status = std::system(command.c_str());
    Result result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readBytes(dir.file("as-stdout.txt"));
    result.err = readBytes(dir.file("as-stderr.txt"));
    return result;
}

} // namespace

TEST_F(CliTest, OutputThatIsALinkADeviceAFifoAFolderOrARegisterIsRefusedAndNothingIsWritten)
{
    // Issue 12: "--output replaces whatever is there: the register itself (exit 0), another register
    // that is open, a device node, a FIFO, a symlink".
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", reg, "--assets", "3", "--risks", "3"}).exitCode, 0);
    const std::string other = dir.file("other.trygg");
    ASSERT_EQ(cli({"init", other, "--preset", "dk"}).exitCode, 0);
    const trygg::RegisterFile open = trygg::RegisterFile::open(other); // another register, open
    const std::string regBytes = readBytes(reg);
    const std::string otherBytes = readBytes(other);
    const std::string victim = write("victim.txt", "keep");
    const std::string link = dir.file("link.out");
    fs::create_symlink(victim, link);
    const std::string fifo = dir.file("fifo.out");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string folder = dir.file("folder.out");
    fs::create_directory(folder);

    const std::vector<std::pair<std::string, std::string>> targets = {
        {reg, " is a Trygg register"}, {other, " is a Trygg register"},
        {link, " is a symbolic link"}, {fifo, " is a device, a FIFO or a socket"},
        {"/dev/null", " is a device"}, {folder, " is a folder"},
    };
    const std::vector<std::vector<std::string>> commands = {
        {"export", "risks", reg, "--format", "csv", "--output"},
        {"export", "assets", reg, "--format", "xlsx", "--output"},
        {"export", "plan", reg, "--format", "pdf", "--output"},
        {"export", "matrix", reg, "--format", "html", "--output"},
        {"matrix", reg, "--export"},
    };
    for (const auto &[target, says] : targets) {
        for (std::vector<std::string> command : commands) {
            command.push_back(target);
            const Result r = cli(command);
            EXPECT_EQ(r.exitCode, 1) << command[0] << " " << command[1] << " -> " << target << ": " << r.err;
            EXPECT_NE(r.err.find(target + says), std::string::npos) << r.err;
        }
    }
    EXPECT_EQ(readBytes(reg), regBytes);
    EXPECT_EQ(readBytes(other), otherBytes);
    EXPECT_EQ(readBytes(victim), "keep");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_TRUE(fs::is_empty(folder));
    for (const auto &entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().string().find(".part"), std::string::npos) << entry.path();
    // An ordinary file is still replaced, as before.
    const std::string csv = write("risks.csv", "old");
    EXPECT_EQ(cli({"export", "risks", reg, "--format", "csv", "--output", csv}).exitCode, 0);
    EXPECT_NE(readBytes(csv), "old");
}

TEST_F(CliTest, InitOnADanglingLinkIsRefusedAndTheLinkStays)
{
    // Issue 12: "init on a dangling symlink deletes it".
    const std::string target = dir.file("elsewhere.trygg");
    const std::string link = dir.file("k.trygg");
    fs::create_symlink(target, link);
    const Result r = cli({"init", link, "--preset", "no"});
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.err.find(link + " is a symbolic link"), std::string::npos) << r.err;
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_FALSE(fs::exists(target));
    // And on a link to an existing file: refused, the file untouched.
    writeBytes(target, "keep");
    EXPECT_EQ(cli({"init", link, "--preset", "no"}).exitCode, 1);
    EXPECT_EQ(readBytes(target), "keep");
}

TEST_F(CliTest, AFailedWriteToStandardOutputExitsOneWithAMessage)
{
    // Issue 12: "export ... > /dev/full exits 0".
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", reg, "--assets", "20", "--risks", "40"}).exitCode, 0);
    const std::vector<std::vector<std::string>> commands = {
        {"export", "risks", reg},
        {"export", "plan", reg, "--format", "html"},
        {"matrix", reg, "--export", "-"},
        {"history", reg},
        {"--help"},
    };
    for (const std::vector<std::string> &args : commands) {
        std::string command = "LC_ALL=C " + quote(TRYGG_CLI);
        for (const std::string &arg : args)
            command += " " + quote(arg);
        command += " >/dev/full 2>" + quote(dir.file("err.txt"));
        const int status = std::system(command.c_str());
        ASSERT_TRUE(WIFEXITED(status));
        EXPECT_EQ(WEXITSTATUS(status), 1) << args[0];
        EXPECT_NE(readBytes(dir.file("err.txt")).find("cannot write to standard output"), std::string::npos)
            << readBytes(dir.file("err.txt"));
    }
}

TEST_F(CliTest, AllUnitsGivesEveryUnitAFileOfItsOwnAndTellsEachOutcome)
{
    // Issue 12: "--all-units: units whose names map to one file name overwrite each other's reports
    // (9 units, 6 files, exit 0); a long unit name (allowed: 500 characters) aborts the batch halfway."
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", reg, "--preset", "no"}).exitCode, 0);
    const std::vector<std::string> units = {"Helse/omsorg",
                                            "Helse:omsorg",
                                            "Helse_omsorg",
                                            "Helse*omsorg",
                                            "Skole",
                                            "Skole?",
                                            "Skule.",
                                            std::string(500, 'a'),
                                            std::string(499, 'a') + "b",
                                            std::string(250, 'a') + std::string(125, 'o') + "\xc3\xb8"};
    std::string csv = "unit,assessment,threat,probability,consequence\n";
    for (const std::string &unit : units)
        csv += "\"" + unit + "\",2025,Flom,2,3\n";
    const Result imported = cli({"import", "risks", reg, write("r.csv", csv)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;

    const std::string out = dir.file("plans");
    Result r = cli({"export", "plan", reg, "--format", "html", "--all-units", "--output", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> written = linesOf(r.out);
    EXPECT_EQ(written.size(), units.size()) << r.out;
    EXPECT_EQ(std::set<std::string>(written.begin(), written.end()).size(), units.size()) << r.out;
    std::size_t files = 0;
    for (const auto &entry : fs::directory_iterator(out)) {
        ++files;
        EXPECT_LE(entry.path().filename().string().size(), 130u) << entry.path();
        EXPECT_NE(std::find(written.begin(), written.end(), entry.path().string()), written.end()) << entry.path();
    }
    EXPECT_EQ(files, units.size());
    // A name that is its own file name keeps it; the others that map to it get a suffix.
    EXPECT_TRUE(fs::exists(out + "/plan-Helse_omsorg.html"));
    EXPECT_TRUE(fs::exists(out + "/plan-Skole.html"));

    // The names are stable: a second run writes the same files.
    r = cli({"export", "plan", reg, "--format", "html", "--all-units", "--output", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(linesOf(r.out), written);

    // A unit that cannot be written is told, the others are still written, and the exit code is 1.
    const std::string again = dir.file("again");
    fs::create_directories(again + "/plan-Skole.html");
    r = cli({"export", "plan", reg, "--format", "html", "--all-units", "--output", again});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("unit 'Skole': the report " + again + "/plan-Skole.html was not written"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("is a folder"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("1 of 10 unit reports could not be written"), std::string::npos) << r.err;
    EXPECT_EQ(linesOf(r.out).size(), units.size() - 1) << r.out;
}

TEST_F(CliTest, ExportsAreForOwnerAndGroupAndNeverWiderThanTheirRegister)
{
    // Issue 12: "new registers and locks are forced to 0600 ... meanwhile every export of the same data
    // is 0644".
    const Umask umask(002);
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", reg, "--assets", "3", "--risks", "3"}).exitCode, 0);
    EXPECT_EQ(modeOf(reg), 0660u);
    ASSERT_EQ(cli({"export", "risks", reg, "--output", dir.file("a.csv")}).exitCode, 0);
    EXPECT_EQ(modeOf(dir.file("a.csv")), 0660u);
    fs::permissions(reg, fs::perms::owner_read | fs::perms::owner_write);
    const std::vector<std::vector<std::string>> exports = {
        {"export", "risks", reg, "--output", dir.file("b.csv")},
        {"export", "assets", reg, "--format", "xlsx", "--output", dir.file("b.xlsx")},
        {"export", "plan", reg, "--format", "pdf", "--output", dir.file("b.pdf")},
        {"export", "plan", reg, "--format", "html", "--output", dir.file("b.html")},
        {"matrix", reg, "--export", dir.file("b.json")},
    };
    for (const std::vector<std::string> &args : exports) {
        const Result r = cli(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(modeOf(args.back()), 0600u) << args.back();
    }
}

TEST_F(CliTest, AColleagueInTheGroupReadsTheRegisterAndSeesWhoHoldsItOthersCannot)
{
    // Issue 12: "a colleague on the shared folder can neither open the register read-only nor learn who
    // holds the lock". The colleague is a second local user (nobody, in the folder's group nogroup), run
    // with setpriv; so this needs root.
    if (::geteuid() != 0 || std::system("command -v setpriv >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "needs root and setpriv to run as a second user";
    const group *shared = ::getgrnam("nogroup");
    if (!shared)
        GTEST_SKIP() << "no group nogroup";
    const uid_t colleague = 65534;
    const gid_t group = shared->gr_gid;
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    // The shared folder: owner and group, new files in its group (setgid), as on a share.
    const std::string folder = dir.file("share");
    fs::create_directory(folder);
    ASSERT_EQ(::chown(folder.c_str(), 0, group), 0);
    ASSERT_EQ(::chmod(folder.c_str(), 02770), 0);
    const Umask umask(022);
    const std::string reg = folder + "/k.trygg";
    ASSERT_EQ(cli({"demo", reg, "--assets", "3", "--risks", "3"}).exitCode, 0);
    EXPECT_EQ(modeOf(reg), 0640u);
    {
        const trygg::RegisterFile held = trygg::RegisterFile::open(reg);
        EXPECT_EQ(modeOf(trygg::WriteLock::lockPath(reg)), 0640u);
        const Result check = runAs(dir, colleague, group, {"check", reg});
        EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
        const Result exported = runAs(dir, colleague, group, {"export", "risks", reg});
        EXPECT_EQ(exported.exitCode, 0) << exported.err;
        EXPECT_NE(exported.out.find("unit"), std::string::npos);
        // Writing needs the lock: the colleague is told who holds it.
        const Result import = runAs(dir, colleague, group,
                                    {"import", "assets", reg, write("a.csv", "name;type;unit\nLønn;it system;IKT\n")});
        EXPECT_EQ(import.exitCode, 1);
        EXPECT_NE(import.err.find("in use by root on "), std::string::npos) << import.err;
        // Someone outside the group reads nothing.
        const Result outsider = runAs(dir, colleague, 1, {"check", reg});
        EXPECT_EQ(outsider.exitCode, 1) << outsider.out;
    }
}
