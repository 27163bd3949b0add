#include "storage/WriteLock.h"

#include "model/Clock.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

namespace trygg {
namespace {

std::string osUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return entry->pw_name;
    if (const char *user = std::getenv("USER"))
        return user;
    return "unknown";
}

std::string hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0')
        return "unknown";
    return name;
}

std::string ownLine()
{
    return "user=" + osUser() + ";machine=" + hostName() + ";pid=" + std::to_string(::getpid()) +
           ";since=" + Clock::nowUtcStamp() + "\n";
}

bool processRuns(long pid)
{
    // EPERM: the process exists but belongs to someone else.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

bool sameMachine(const LockHolder &holder)
{
    return holder.machine == hostName();
}

// A holder on this machine whose process is gone: certainly a crash, not a guess from the clock.
bool deadHere(const LockHolder &holder)
{
    return sameMachine(holder) && holder.pid > 0 && !processRuns(holder.pid);
}

std::optional<std::string> readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeAll(int fd, const std::string &text, const std::string &path)
{
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const int error = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        throw FileError(trygg::trMsg("%1: could not write the lock file (%2)", path, std::strerror(error)));
    }
}

} // namespace

Message LockHolder::describe() const
{
    // "2026-11-23T10:15:00Z" reads as "2026-11-23 10:15 UTC".
    std::string when = since;
    if (when.size() >= 16 && when[10] == 'T')
        when = when.substr(0, 10) + " " + when.substr(11, 5) + " UTC";
    return trygg::trMsg("%1 on %2 since %3", user, machine, when);
}

FileInUse::FileInUse(const std::string &path, LockHolder holder)
    : FileError(holder.stale
                    ? trygg::trMsg("%1: in use by %2 (the lock looks abandoned); it can only be opened read-only "
                                   "until they close it",
                                   path, holder.describe())
                    : trygg::trMsg("%1: in use by %2; it can only be opened read-only until they close it", path,
                                   holder.describe())),
      m_holder(std::move(holder))
{
}

std::string WriteLock::lockPath(const std::string &registerPath)
{
    return registerPath + ".lock";
}

std::optional<LockHolder> WriteLock::holder(const std::string &registerPath)
{
    const std::string path = lockPath(registerPath);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    const std::optional<std::string> text = readAll(path);
    if (!text)
        return std::nullopt;
    LockHolder holder;
    std::istringstream fields(text->substr(0, text->find('\n')));
    for (std::string field; std::getline(fields, field, ';');) {
        const auto equals = field.find('=');
        if (equals == std::string::npos)
            continue;
        const std::string key = field.substr(0, equals);
        const std::string value = field.substr(equals + 1);
        if (key == "user")
            holder.user = value;
        else if (key == "machine")
            holder.machine = value;
        else if (key == "pid")
            holder.pid = std::strtol(value.c_str(), nullptr, 10);
        else if (key == "since")
            holder.since = value;
    }
    if (holder.user.empty())
        holder.user = "unknown";
    if (holder.machine.empty())
        holder.machine = "unknown";
    if (deadHere(holder)) {
        holder.stale = true;
    } else if (holder.pid <= 0) {
        // No holder written: an instance killed between creating and writing the file (where the file
        // system has no hard links, see acquire()). A live one writes its line at once.
        holder.stale = Clock::systemSeconds() - info.st_mtime > UnwrittenStaleAfterSeconds;
    } else if (!sameMachine(holder)) {
        // Another machine's pid means nothing here: only the heartbeat tells whether it still runs.
        const auto age = Clock::systemSeconds() - info.st_mtime;
        holder.stale = age > StaleAfterSeconds;
    }
    return holder;
}

std::unique_ptr<WriteLock> WriteLock::acquire(const std::string &registerPath)
{
    const std::string path = lockPath(registerPath);
    // Twice: the holder may release the lock between our attempt and our reading of it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string line = ownLine();
        // Written whole beside it, then linked into place: link() fails if the lock exists, like O_EXCL,
        // and a process killed at any moment never leaves a lock file without its holder.
        const std::string temporary = path + "." + std::to_string(::getpid()) + ".new";
        const int tmp = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (tmp >= 0) {
            writeAll(tmp, line, temporary);
            const int linked = ::link(temporary.c_str(), path.c_str());
            const int linkError = errno;
            ::unlink(temporary.c_str());
            if (linked == 0)
                return std::unique_ptr<WriteLock>(new WriteLock(path, line));
            errno = linkError;
        }
        // No hard links here (some network file systems): create it exclusively and write it.
        if (errno != EEXIST) {
            const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0) {
                writeAll(fd, line, path);
                return std::unique_ptr<WriteLock>(new WriteLock(path, line));
            }
        }
        if (errno != EEXIST)
            throw FileError(
                trygg::trMsg("%1: could not create the lock file %2 (%3)", registerPath, path, std::strerror(errno)));
        const std::optional<LockHolder> current = holder(registerPath);
        if (!current)
            continue;
        // A crashed instance of this machine must not keep the file locked for ever (a killed import
        // would block every later one); a stale lock of another machine is only a guess and is replaced
        // only when the user asks (takeOver).
        if (deadHere(*current) || (current->pid <= 0 && current->stale))
            return takeOver(registerPath);
        throw FileInUse(registerPath, *current);
    }
    throw FileError(trygg::trMsg("%1: could not create the lock file %2", registerPath, path));
}

std::unique_ptr<WriteLock> WriteLock::takeOver(const std::string &registerPath, bool evenIfHeld)
{
    const std::optional<LockHolder> current = holder(registerPath);
    if (!current)
        return acquire(registerPath);
    if (!current->stale && !evenIfHeld)
        throw FileInUse(registerPath, *current);
    // Written beside it and renamed over it: the lock file is never missing or half written, so no
    // third instance can slip in with O_EXCL meanwhile.
    const std::string path = lockPath(registerPath);
    const std::string temporary = path + "." + std::to_string(::getpid()) + ".tmp";
    const std::string line = ownLine();
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw FileError(
            trygg::trMsg("%1: could not write the lock file %2 (%3)", registerPath, temporary, std::strerror(errno)));
    writeAll(fd, line, temporary);
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        throw FileError(
            trygg::trMsg("%1: could not replace the lock file %2 (%3)", registerPath, path, std::strerror(error)));
    }
    auto lock = std::unique_ptr<WriteLock>(new WriteLock(path, line));
    // Two instances taking over at once: the last rename wins, and the other must not believe it holds.
    if (!lock->held()) {
        lock->m_line.clear();
        if (const std::optional<LockHolder> winner = holder(registerPath))
            throw FileInUse(registerPath, *winner);
        throw FileError(trygg::trMsg("%1: the lock file %2 vanished while taking it over", registerPath, path));
    }
    return lock;
}

WriteLock::WriteLock(std::string path, std::string line) : m_path(std::move(path)), m_line(std::move(line))
{
    struct stat info {};
    if (::stat(m_path.c_str(), &info) == 0) {
        m_device = info.st_dev;
        m_inode = info.st_ino;
    }
}

WriteLock::~WriteLock()
{
    if (!m_line.empty() && held())
        ::unlink(m_path.c_str());
}

bool WriteLock::held() const
{
    struct stat info {};
    if (::stat(m_path.c_str(), &info) != 0 || info.st_dev != m_device || info.st_ino != m_inode)
        return false;
    return readAll(m_path) == m_line;
}

bool WriteLock::refresh()
{
    if (!held())
        return false;
    ::utime(m_path.c_str(), nullptr);
    return true;
}

} // namespace trygg
