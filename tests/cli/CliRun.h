// SPDX-License-Identifier: EUPL-1.2
#pragma once

// trygg-cli run as a user or a script runs it: a second process, with its exit code and output. Used by
// the command-line tests and by the window tests that check the window and the CLI on the same file.

#include "../core/TempDir.h"
#include "../core/TestClock.h"
#include "../core/TestFiles.h"
#include "../support/TestPlatform.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>
#ifndef _WIN32
#include <sys/wait.h>
#endif

// The command line's translations and its printed reports come with Qt (trygg_reports): a trygg-cli built
// without Qt (the Windows build, scripts/test-windows.sh) speaks English only and prints no reports.
#ifdef TRYGG_CLI_WITH_QT
inline constexpr bool CliHasQt = true;
#else
inline constexpr bool CliHasQt = false;
#endif
#define TRYGG_SKIP_WITHOUT_QT(what)                                                                           \
    do {                                                                                                     \
        if (!CliHasQt)                                                                                       \
            GTEST_SKIP() << "trygg-cli is built without Qt: " << (what);                                     \
    } while (0)

struct Result {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string quote(const std::string &arg)
{
    std::string quoted = "'";
    for (char ch : arg)
        quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return quoted + "'";
}

// Runs `prefix` (environment, a wrapper such as setpriv) then trygg-cli with `args` through the POSIX shell,
// its standard output and error through files in `dir` named after `name`. Not on Windows (the tests that
// use it are skipped there); runCli runs the program directly.
inline Result runCommand(const TempDir &dir, const std::string &prefix, const std::vector<std::string> &args,
                         const std::string &name)
{
    std::string command = prefix + quote(TRYGG_CLI);
    for (const std::string &arg : args)
        command += " " + quote(arg);
    const std::string outPath = dir.file(name + "stdout.txt");
    const std::string errPath = dir.file(name + "stderr.txt");
    command += " >" + quote(outPath) + " 2>" + quote(errPath);
    Result result;
#ifdef _WIN32
    ADD_FAILURE() << "a shell command line on Windows: " << command;
#else
    const int status = std::system(command.c_str());
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
    result.out = readBytes(outPath);
    result.err = readBytes(errPath);
    return result;
}

// The messages follow the locale of the environment, as for any command: `locale` is LC_ALL ("C" is
// English whatever the machine's language), `language` LANGUAGE. The clock stands at `now` (TRYGG_NOW): no
// test depends on the day it runs. Standard output and error go through files in `dir`.
inline Result runCli(const TempDir &dir, const std::vector<std::string> &args, const std::string &locale = "C",
                     const std::string &language = "", const std::string &now = trygg::TestNowText)
{
    Result result;
    result.exitCode = trygg::test::runProgram(TRYGG_CLI, args,
                                              {{"LC_ALL", locale}, {"LANGUAGE", language}, {"TRYGG_NOW", now}},
                                              dir.file("stdout.txt"), dir.file("stderr.txt"));
    result.out = readBytes(dir.file("stdout.txt"));
    result.err = readBytes(dir.file("stderr.txt"));
    return result;
}

class CliTest : public ::testing::Test {
protected:
    Result cli(const std::vector<std::string> &args, const std::string &locale = "C", const std::string &language = "")
    {
        return runCli(dir, args, locale, language, now);
    }

    std::string write(const std::string &name, const std::string &content)
    {
        const std::string path = dir.file(name);
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

    TempDir dir;
    std::string now = trygg::TestNowText;
};
