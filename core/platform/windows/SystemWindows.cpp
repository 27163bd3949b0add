// SPDX-License-Identifier: EUPL-1.2
// platform/System.h on Windows.

#include "platform/System.h"

#include <cstdio>
#include <cwchar>

#include <fcntl.h>
#include <io.h>

#include <windows.h>

#include <shellapi.h>

namespace trygg::platform {
namespace {

std::string utf8(const wchar_t *text, int length)
{
    if (length <= 0)
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, length, out.data(), size, nullptr, nullptr);
    return out;
}

} // namespace

std::string accountName()
{
    wchar_t name[257] = {};
    DWORD size = 257;
    if (!GetUserNameW(name, &size) || size == 0)
        return {};
    return utf8(name, static_cast<int>(size) - 1); // the count includes the terminating zero
}

std::string machineName()
{
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    if (!GetComputerNameW(name, &size))
        return {};
    return utf8(name, static_cast<int>(size));
}

long processId()
{
    return static_cast<long>(GetCurrentProcessId());
}

long maxProcessId()
{
    return 1L << 26;
}

bool processRuns(long pid)
{
    if (pid <= 0 || pid > maxProcessId())
        return false;
    const HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // it exists but belongs to someone else
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
}

std::vector<std::string> utf8Arguments(int argc, char **argv)
{
    int count = 0;
    wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide) // cannot happen short of memory: the narrow ones then
        return std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc);
    std::vector<std::string> arguments;
    for (int i = 1; i < count; ++i)
        arguments.push_back(utf8(wide[i], static_cast<int>(std::wcslen(wide[i]))));
    LocalFree(wide);
    return arguments;
}

void prepareStandardStreams()
{
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
}

std::optional<std::string> readSecret(const std::string &)
{
    // The Windows build has no PostgreSQL (README, "Windows"): nothing asks for a server's password there.
    return std::nullopt;
}

} // namespace trygg::platform
