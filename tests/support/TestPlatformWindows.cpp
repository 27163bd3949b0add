// SPDX-License-Identifier: EUPL-1.2
#include "TestPlatform.h"

#include <cstdlib>
#include <filesystem>

#include <windows.h>

namespace trygg::test {
namespace {

std::wstring wide(const std::string &utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end())).wstring();
}

// One argument as the C runtime's command-line parser reads it back (CommandLineToArgvW's rules).
std::wstring quoted(const std::wstring &arg)
{
    std::wstring out = L"\"";
    std::size_t backslashes = 0;
    for (const wchar_t ch : arg) {
        if (ch == L'\\') {
            ++backslashes;
            continue;
        }
        out.append(ch == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
        backslashes = 0;
        out += ch;
    }
    out.append(backslashes * 2, L'\\');
    return out + L"\"";
}

HANDLE openForChild(const std::string &path)
{
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    return CreateFileW(wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                       &inherit, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
}

} // namespace

void setEnv(const std::string &name, const std::string &value)
{
    _putenv_s(name.c_str(), value.c_str());
    SetEnvironmentVariableW(wide(name).c_str(), wide(value).c_str());
}

void unsetEnv(const std::string &name)
{
    _putenv_s(name.c_str(), "");
    SetEnvironmentVariableW(wide(name).c_str(), nullptr);
}

int runProgram(const std::string &program, const std::vector<std::string> &args,
               const std::vector<std::pair<std::string, std::string>> &environment, const std::string &outPath,
               const std::string &errPath)
{
    std::wstring commandLine = quoted(wide(program));
    for (const std::string &arg : args)
        commandLine += L" " + quoted(wide(arg));
    // The child's environment: this process's with `environment` set (an empty value removes a variable).
    std::vector<std::pair<std::wstring, std::wstring>> saved;
    for (const auto &[name, value] : environment) {
        const std::wstring key = wide(name);
        wchar_t old[32768];
        const DWORD length = GetEnvironmentVariableW(key.c_str(), old, 32768);
        saved.emplace_back(key, length > 0 ? std::wstring(old, length) : std::wstring());
        SetEnvironmentVariableW(key.c_str(), value.empty() ? nullptr : wide(value).c_str());
    }
    const HANDLE out = openForChild(outPath);
    const HANDLE err = openForChild(errPath);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = out;
    startup.hStdError = err;
    PROCESS_INFORMATION process{};
    const bool started = out != INVALID_HANDLE_VALUE && err != INVALID_HANDLE_VALUE &&
                         CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr,
                                        &startup, &process);
    for (const auto &[key, value] : saved)
        SetEnvironmentVariableW(key.c_str(), value.empty() ? nullptr : value.c_str());
    if (out != INVALID_HANDLE_VALUE)
        CloseHandle(out);
    if (err != INVALID_HANDLE_VALUE)
        CloseHandle(err);
    if (!started)
        return -1;
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 0;
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return static_cast<int>(code);
}

long deadPid()
{
    // A child that has ended, its handle closed: Windows may give its id again, but not at once.
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    std::wstring commandLine = L"cmd.exe /c exit 0";
    if (!CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr,
                        &startup, &process))
        return 999'996;
    WaitForSingleObject(process.hProcess, INFINITE);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return static_cast<long>(process.dwProcessId);
}

bool makeFifo(const std::string &)
{
    return false;
}

} // namespace trygg::test
