// SPDX-License-Identifier: EUPL-1.2
#include "TestPlatform.h"

#include <cerrno>
#include <cstdlib>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trygg::test {

void setEnv(const std::string &name, const std::string &value)
{
    ::setenv(name.c_str(), value.c_str(), 1);
}

void unsetEnv(const std::string &name)
{
    ::unsetenv(name.c_str());
}

int runProgram(const std::string &program, const std::vector<std::string> &args,
               const std::vector<std::pair<std::string, std::string>> &environment, const std::string &outPath,
               const std::string &errPath)
{
    // Everything the child needs is made before fork: only async-signal-safe calls in the child.
    std::vector<std::string> strings{program};
    strings.insert(strings.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &arg : strings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> variables;
    for (char **variable = environ; *variable; ++variable) {
        const std::string entry = *variable;
        bool replaced = false;
        for (const auto &[name, value] : environment)
            replaced = replaced || entry.rfind(name + "=", 0) == 0;
        if (!replaced)
            variables.push_back(entry);
    }
    for (const auto &[name, value] : environment)
        variables.push_back(name + "=" + value);
    std::vector<char *> envp;
    for (std::string &variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const pid_t pid = out >= 0 && err >= 0 ? ::fork() : -1;
    if (pid == 0) {
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    if (out >= 0)
        ::close(out);
    if (err >= 0)
        ::close(err);
    if (pid < 0)
        return -1;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

long deadPid()
{
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return pid;
}

bool makeFifo(const std::string &path)
{
    return ::mkfifo(path.c_str(), 0600) == 0;
}

} // namespace trygg::test
