// SPDX-License-Identifier: EUPL-1.2
// Issue 12, "Safe on a shared folder": "a kill during `combine` into a new file leaves an empty register that
// looks complete", and "scripts/crash-test.sh also kills `combine`, `matrix --import` and `export
// --all-units` (200 times each) and after each kill every read-only command works on the file".
//
// Each test runs trygg-cli as a user would and kills it with SIGKILL at a random moment of its run, then runs
// every read-only command (check, export, matrix, matrix --export, history, due) on the register: each must
// succeed (the files here may be written, so an interrupted change is rolled back, never "read-only").
//
// TRYGG_CLI_CRASH_ITERATIONS sets the kills per command (default 8 in the test suite; scripts/crash-test.sh
// runs 200), TRYGG_CRASH_SEED the seed of the kill times.
#include "CliRun.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

int iterations()
{
    const char *value = std::getenv("TRYGG_CLI_CRASH_ITERATIONS");
    return value && *value ? std::atoi(value) : 8;
}

std::uint32_t seed()
{
    const char *value = std::getenv("TRYGG_CRASH_SEED");
    return value && *value ? static_cast<std::uint32_t>(std::strtoul(value, nullptr, 10)) : 20261206u;
}

// Runs trygg-cli with `args` (output thrown away) and kills it after `after`; true when the kill found it
// still running.
bool runAndKill(const std::vector<std::string> &args, std::chrono::microseconds after)
{
    std::vector<std::string> argv = {"trygg-cli"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char *> pointers;
    for (std::string &arg : argv)
        pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    // The environment made before fork: only async-signal-safe calls in the child.
    std::vector<std::string> environment = {"LC_ALL=C", std::string("TRYGG_NOW=") + trygg::TestNowText};
    for (char **entry = environ; *entry; ++entry)
        if (std::string_view(*entry).rfind("LC_ALL=", 0) != 0 && std::string_view(*entry).rfind("TRYGG_NOW=", 0) != 0)
            environment.emplace_back(*entry);
    std::vector<char *> envp;
    for (std::string &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        ::execve(TRYGG_CLI, pointers.data(), envp.data());
        ::_exit(127);
    }
    std::this_thread::sleep_for(after);
    int status = 0;
    const bool running = ::waitpid(pid, &status, WNOHANG) == 0;
    ::kill(pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return running;
}

// How long a whole run of trygg-cli with `args` takes.
std::chrono::microseconds timeOf(const TempDir &dir, const std::vector<std::string> &args)
{
    const auto start = std::chrono::steady_clock::now();
    const Result r = runCli(dir, args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
}

// Every read-only command on `reg`: what fails, with its output.
std::string readOnlyFailures(const TempDir &dir, const std::string &reg)
{
    const std::vector<std::vector<std::string>> commands = {
        {"check", reg},
        {"export", "risks", reg, "--format", "csv"},
        {"export", "plan", reg, "--format", "csv"},
        {"export", "assets", reg, "--format", "csv"},
        {"matrix", reg},
        {"matrix", reg, "--export", "-"},
        {"history", reg},
        {"due", reg},
    };
    std::string failures;
    for (const auto &args : commands) {
        const Result r = runCli(dir, args);
        if (r.exitCode != 0) {
            failures += args[0] + " " + args[1] + ": exit code " + std::to_string(r.exitCode) + "\n" + r.err + r.out;
        }
    }
    return failures;
}

class CliCrashTest : public ::testing::Test {
protected:
    std::string section(const std::string &name, int seedNumber)
    {
        const std::string path = dir.file(name + ".trygg");
        const Result r = runCli(dir, {"demo", path, "--assets", "60", "--risks", "400", "--seed",
                                      std::to_string(seedNumber), "--name", name});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return path;
    }

    // The files in the folder whose name begins with `prefix`.
    std::vector<std::string> filesStartingWith(const std::string &prefix) const
    {
        std::vector<std::string> found;
        for (const auto &entry : fs::directory_iterator(dir.path()))
            if (entry.path().filename().string().rfind(prefix, 0) == 0)
                found.push_back(entry.path().filename().string());
        return found;
    }

    TempDir dir;
    std::mt19937 random{seed()};
};

TEST_F(CliCrashTest, KilledCombineIntoANewFileLeavesNoRegisterOrAWholeOne)
{
    const std::vector<std::string> sections = {section("skole", 1), section("helse", 2), section("teknisk", 3)};
    const std::string out = dir.file("kommune.trygg");
    std::vector<std::string> combine = {"combine", out};
    combine.insert(combine.end(), sections.begin(), sections.end());
    const auto whole = timeOf(dir, combine);
    const std::string expected = runCli(dir, {"export", "assets", out, "--format", "csv"}).out;
    std::uniform_int_distribution<long long> when(0, whole.count() * 5 / 4);
    int killedWhileRunning = 0;
    int leftNothing = 0;
    const int runs = iterations();
    for (int i = 0; i < runs; ++i) {
        SCOPED_TRACE("kill " + std::to_string(i) + " (seed " + std::to_string(seed()) + ")");
        fs::remove(out);
        for (const std::string &part : filesStartingWith("kommune.trygg."))
            fs::remove(dir.file(part));
        killedWhileRunning += runAndKill(combine, std::chrono::microseconds(when(random))) ? 1 : 0;
        if (!fs::exists(out)) {
            ++leftNothing;
            continue;
        }
        // There: complete, every asset of every section in it, and readable by every command.
        const std::string assets = runCli(dir, {"export", "assets", out, "--format", "csv"}).out;
        ASSERT_TRUE(assets == expected) << "the register left at OUT is not the whole combine: "
                                        << std::count(assets.begin(), assets.end(), '\n') << " lines of assets, "
                                        << std::count(expected.begin(), expected.end(), '\n') << " expected";
        const std::string failures = readOnlyFailures(dir, out);
        ASSERT_TRUE(failures.empty()) << failures;
    }
    std::cout << "[ crash    ] combine into a new file: " << runs << " kills, " << killedWhileRunning
              << " while it ran, " << leftNothing << " left no file (a whole run took " << whole.count() / 1000
              << " ms)\n";
    EXPECT_GE(killedWhileRunning, runs / 2) << "the kills came after the command had finished";
}

TEST_F(CliCrashTest, KilledCombineIntoAnExistingRegisterLeavesItReadable)
{
    const std::vector<std::string> sections = {section("skole", 1), section("helse", 2)};
    const std::string out = dir.file("kommune.trygg");
    ASSERT_EQ(runCli(dir, {"init", out, "--preset", "no", "--name", "Kommune"}).exitCode, 0);
    std::vector<std::string> combine = {"combine", out};
    combine.insert(combine.end(), sections.begin(), sections.end());
    const std::string before = dir.file("before.trygg");
    fs::copy_file(out, before);
    const std::string none = runCli(dir, {"export", "assets", out, "--format", "csv"}).out;
    const auto whole = timeOf(dir, combine);
    const std::string all = runCli(dir, {"export", "assets", out, "--format", "csv"}).out;
    ASSERT_NE(all, none);
    std::uniform_int_distribution<long long> when(0, whole.count() * 5 / 4);
    const int runs = iterations();
    int killedWhileRunning = 0;
    int insideAWrite = 0;
    for (int i = 0; i < runs; ++i) {
        SCOPED_TRACE("kill " + std::to_string(i) + " (seed " + std::to_string(seed()) + ")");
        // From the empty register each time, so each run has the whole combine to do.
        fs::remove(out);
        fs::remove(out + "-journal");
        fs::remove(out + ".lock");
        fs::copy_file(before, out);
        killedWhileRunning += runAndKill(combine, std::chrono::microseconds(when(random))) ? 1 : 0;
        insideAWrite += fs::exists(out + "-journal") ? 1 : 0;
        const std::string failures = readOnlyFailures(dir, out);
        ASSERT_TRUE(failures.empty()) << failures;
        // All or nothing: the register holds none of the sections' assets or every one.
        const std::string assets = runCli(dir, {"export", "assets", out, "--format", "csv"}).out;
        EXPECT_TRUE(assets == none || assets == all) << assets;
    }
    std::cout << "[ crash    ] combine into a register: " << runs << " kills, " << killedWhileRunning
              << " while it ran, " << insideAWrite << " inside a write (a journal left)\n";
    EXPECT_GE(killedWhileRunning, runs / 2) << "the kills came after the command had finished";
}

TEST_F(CliCrashTest, KilledMatrixImportLeavesTheRegisterReadable)
{
    const std::string reg = section("skole", 1);
    const std::string json = dir.file("matrix.json");
    const std::string dk = dir.file("dk.trygg");
    ASSERT_EQ(runCli(dir, {"init", dk, "--preset", "dk", "--name", "DK"}).exitCode, 0);
    ASSERT_EQ(runCli(dir, {"matrix", dk, "--export", json}).exitCode, 0);
    const std::vector<std::string> import = {"matrix", reg, "--import", json};
    const auto whole = timeOf(dir, import);
    std::uniform_int_distribution<long long> when(0, whole.count() * 5 / 4);
    const int runs = iterations();
    int killedWhileRunning = 0;
    int insideAWrite = 0;
    for (int i = 0; i < runs; ++i) {
        SCOPED_TRACE("kill " + std::to_string(i) + " (seed " + std::to_string(seed()) + ")");
        killedWhileRunning += runAndKill(import, std::chrono::microseconds(when(random))) ? 1 : 0;
        insideAWrite += fs::exists(reg + "-journal") ? 1 : 0;
        const std::string failures = readOnlyFailures(dir, reg);
        ASSERT_TRUE(failures.empty()) << failures;
    }
    std::cout << "[ crash    ] matrix --import: " << runs << " kills, " << killedWhileRunning << " while it ran, "
              << insideAWrite << " inside a write (a journal left)\n";
    EXPECT_GE(killedWhileRunning, runs / 2) << "the kills came after the command had finished";
}

TEST_F(CliCrashTest, KilledExportOfAllUnitsLeavesTheRegisterReadableAndNoHalfReport)
{
    const std::string reg = section("kommune", 1);
    const std::string folder = dir.file("reports");
    const std::vector<std::string> exportAll = {"export", "plan",        reg,        "--format",
                                                "pdf",    "--all-units", "--output", folder};
    const auto whole = timeOf(dir, exportAll);
    std::uniform_int_distribution<long long> when(0, whole.count() * 5 / 4);
    const int runs = iterations();
    int killedWhileRunning = 0;
    int wholeReports = 0;
    for (int i = 0; i < runs; ++i) {
        SCOPED_TRACE("kill " + std::to_string(i) + " (seed " + std::to_string(seed()) + ")");
        fs::remove_all(folder);
        killedWhileRunning += runAndKill(exportAll, std::chrono::microseconds(when(random))) ? 1 : 0;
        const std::string failures = readOnlyFailures(dir, reg);
        ASSERT_TRUE(failures.empty()) << failures;
        // Each report is whole or not there (a killed write leaves only its `.part` file).
        std::error_code ec;
        for (const auto &entry : fs::directory_iterator(folder, ec)) {
            if (entry.path().extension() != ".pdf")
                continue;
            const std::string pdf = readBytes(entry.path().string());
            EXPECT_EQ(pdf.substr(0, 5), "%PDF-") << entry.path();
            EXPECT_NE(pdf.find("%%EOF", pdf.size() > 16 ? pdf.size() - 16 : 0), std::string::npos) << entry.path();
            ++wholeReports;
        }
    }
    std::cout << "[ crash    ] export --all-units: " << runs << " kills, " << killedWhileRunning << " while it ran, "
              << wholeReports << " whole reports found after the kills\n";
    EXPECT_GE(killedWhileRunning, runs / 2) << "the kills came after the command had finished";
}

} // namespace
