// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the tests do that differs between operating systems: the environment, running a program, a FIFO
// and a pid no process has. POSIX in TestPlatformPosix.cpp, Windows (scripts/test-windows.sh, under Wine)
// in TestPlatformWindows.cpp; tests/CMakeLists.txt builds one of them. A test that needs what Windows does
// not have (permission bits, FIFOs, a process killed by a signal) says so with TRYGG_SKIP_ON_WINDOWS.

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace trygg::test {

#ifdef _WIN32
inline constexpr bool OnWindows = true;
#else
inline constexpr bool OnWindows = false;
#endif

void setEnv(const std::string &name, const std::string &value);
void unsetEnv(const std::string &name);

// Runs `program` with `args` and the variables `environment` added to this process's environment, its
// standard output and error into the files `outPath` and `errPath`. Its exit code, -1 when it did not end
// by itself (a signal) or could not be started.
int runProgram(const std::string &program, const std::vector<std::string> &args,
               const std::vector<std::pair<std::string, std::string>> &environment, const std::string &outPath,
               const std::string &errPath);

// A process id no process of this machine has now: a child's that has exited.
long deadPid();

// Makes a FIFO (named pipe) at `path`; false where the system has none (Windows).
bool makeFifo(const std::string &path);

} // namespace trygg::test

// Skips the rest of a test on Windows, naming what it needs. The tests skipped so are listed in README.md.
#define TRYGG_SKIP_ON_WINDOWS(reason)                                                                         \
    do {                                                                                                     \
        if (::trygg::test::OnWindows)                                                                        \
            GTEST_SKIP() << "not on Windows: " << (reason);                                                  \
    } while (0)
