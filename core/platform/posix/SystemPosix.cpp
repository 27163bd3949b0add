// SPDX-License-Identifier: EUPL-1.2
// platform/System.h on Linux and other POSIX systems.

#include "platform/System.h"

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <pwd.h>
#include <termios.h>
#include <signal.h>
#include <unistd.h>

namespace trygg::platform {

std::string accountName()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return entry->pw_name;
    return {};
}

std::string machineName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0)
        return {};
    return name;
}

long processId()
{
    return static_cast<long>(::getpid());
}

long maxProcessId()
{
    return 4'194'304;
}

bool processRuns(long pid)
{
    // EPERM: the process exists but belongs to someone else.
    return pid > 0 && pid <= maxProcessId() && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

std::vector<std::string> utf8Arguments(int argc, char **argv)
{
    return std::vector<std::string>(argv + std::min(argc, 1), argv + argc);
}

void prepareStandardStreams() {}

std::optional<std::string> readSecret(const std::string &prompt)
{
    // The terminal itself, not standard input: a command's input may be a pipe while a person is at the
    // terminal.
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    termios saved{};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    if (!isTerminal) {
        ::close(tty);
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ICANON;
    [[maybe_unused]] ssize_t written = ::write(tty, prompt.data(), prompt.size());
    tcsetattr(tty, TCSAFLUSH, &quiet);
    std::string secret;
    bool ended = false;
    char c = 0;
    while (::read(tty, &c, 1) == 1) {
        if (c == '\n') {
            ended = true;
            break;
        }
        secret += c;
    }
    tcsetattr(tty, TCSAFLUSH, &saved);
    written = ::write(tty, "\n", 1);
    ::close(tty);
    if (!ended)
        return std::nullopt;
    return secret;
}

} // namespace trygg::platform
