// SPDX-License-Identifier: EUPL-1.2
// platform/System.h on Linux and other POSIX systems.

#include "platform/System.h"

#include <algorithm>
#include <cerrno>

#include <pwd.h>
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

} // namespace trygg::platform
