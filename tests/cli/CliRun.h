#pragma once

// trygg-cli run as a user or a script runs it: a second process, with its exit code and output. Used by
// the command-line tests and by the window tests that check the window and the CLI on the same file.

#include "../core/TempDir.h"
#include "../core/TestClock.h"
#include "../core/TestFiles.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <vector>

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

// Runs `prefix` (environment, a wrapper such as setpriv) then trygg-cli with `args`, its standard output
// and error through files in `dir` named after `name`.
inline Result runCommand(const TempDir &dir, const std::string &prefix, const std::vector<std::string> &args,
                         const std::string &name)
{
    std::string command = prefix + quote(TRYGG_CLI);
    for (const std::string &arg : args)
        command += " " + quote(arg);
    const std::string outPath = dir.file(name + "stdout.txt");
    const std::string errPath = dir.file(name + "stderr.txt");
    command += " >" + quote(outPath) + " 2>" + quote(errPath);
    const int status = std::system(command.c_str());
    Result result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
    return runCommand(
        dir, "LC_ALL=" + quote(locale) + " LANGUAGE=" + quote(language) + " TRYGG_NOW=" + quote(now) + " ", args, "");
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
