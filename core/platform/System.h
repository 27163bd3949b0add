// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Who and where Trygg runs, as the operating system tells it: POSIX in posix/SystemPosix.cpp, Windows in
// windows/SystemWindows.cpp (CMake builds one of them).

#include <optional>
#include <string>
#include <vector>

namespace trygg::platform {

// The account this process runs as (getpwuid(geteuid()); GetUserNameW on Windows), in UTF-8, or "" when
// the system cannot say.
std::string accountName();
// This machine's name (gethostname; the NetBIOS computer name on Windows), or "" when unknown.
std::string machineName();
// This process's id.
long processId();
// The largest process id this system gives (Linux's PID_MAX_LIMIT, 2^22; Windows ids are DWORDs, in
// practice far below 2^26): a larger number in a lock file was not written by Trygg.
long maxProcessId();
// Whether a process with this id runs on this machine (one of another user's counts). Only ids in
// 1..maxProcessId() are asked about.
bool processRuns(long pid);

// The program's arguments (without its name) in UTF-8: argv on POSIX; on Windows, where argv is in the
// ANSI code page (an "ø" outside it is lost), the wide command line converted.
std::vector<std::string> utf8Arguments(int argc, char **argv);
// Standard output and error as on POSIX: bytes written as they are ("\n", not Windows' "\r\n" of text
// mode, so a CSV or a message is the same on every system), shown by the console as UTF-8 (Windows'
// console code page). Nothing to do on POSIX.
void prepareStandardStreams();
// A secret (a server's password) typed at the program's terminal after `prompt`, not shown as it is typed;
// none without a terminal (a script, a pipe) or when the reading failed.
std::optional<std::string> readSecret(const std::string &prompt);

} // namespace trygg::platform
