// SPDX-License-Identifier: EUPL-1.2
#include "storage/WriteLock.h"

#include "model/Clock.h"
#include "model/SystemError.h"
#include "platform/SafeFiles.h"
#include "platform/System.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string_view>

namespace trygg {
namespace {

std::string osUser()
{
    if (std::string account = platform::accountName(); !account.empty())
        return account;
    if (const char *user = std::getenv("USER"))
        return user;
    return "unknown";
}

std::string hostName()
{
    const std::string name = platform::machineName();
    return name.empty() ? "unknown" : name;
}

std::string ownLine()
{
    return "user=" + osUser() + ";machine=" + hostName() + ";pid=" + std::to_string(platform::processId()) +
           ";since=" + Clock::nowUtcStamp() + "\n";
}

bool sameMachine(const LockHolder &holder)
{
    return holder.machine == hostName();
}

// A holder on this machine whose process is gone: certainly a crash, not a guess from the clock. A pid no
// process can have (LockHolder::pid < 0) was not written by a running Trygg, which writes its own.
bool deadHere(const LockHolder &holder)
{
    return sameMachine(holder) && (holder.pid < 0 || (holder.pid > 0 && !platform::processRuns(holder.pid)));
}

// A lock file holds one short line; anything longer was not written by Trygg.
constexpr std::size_t MaxLockBytes = 4096;

// What a lock file holds, read without trusting it (issue 12): opened without following a link and without
// waiting (a FIFO there would hang every writer), only a plain file is read, and at most MaxLockBytes of
// it (a link to /dev/zero would fill the memory). nullopt when there is no lock file; FileError when the
// lock file is not one Trygg could have written, naming it and what to do.
std::optional<std::string> readLock(const std::string &path)
{
    files::ReadFile file(path, files::Follow::NotLink);
    if (!file.isOpen()) {
        if (errno == ENOENT)
            return std::nullopt;
        if (errno == ELOOP)
            throw FileError(trygg::trMsg("%1: the lock file is a symbolic link; Trygg never makes one, and does not "
                                         "follow it. Remove it, then open the register again",
                                         path));
        throw FileError(trygg::trMsg("%1: the lock file cannot be read (%2)", path, trygg::systemError(errno)));
    }
    const std::optional<files::FileStatus> status = file.status();
    if (!status || status->kind != files::Kind::Regular)
        throw FileError(trygg::trMsg("%1: the lock file is not a plain file (a folder, pipe or device); Trygg never "
                                     "makes one. Remove it, then open the register again",
                                     path));
    std::string text(MaxLockBytes + 1, '\0');
    std::size_t got = 0;
    while (got < text.size()) {
        const long long n = file.read(text.data() + got, text.size() - got);
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got > MaxLockBytes)
        throw FileError(trygg::trMsg("%1: the lock file is larger than %2 bytes; a Trygg lock holds one short line. "
                                     "Remove it, then open the register again",
                                     path, MaxLockBytes));
    text.resize(got);
    return text;
}

// The pid of a lock line: a decimal number a process of this system can have, or nullopt (no digits,
// other characters, or beyond the largest pid: such a pid is never passed to kill(), where a value cut to
// pid_t could name another process or, as -1, every process).
std::optional<long> parsePid(std::string_view text)
{
    if (text.empty() || text.size() > 10)
        return std::nullopt;
    long long pid = 0; // 64 bits: `long` has 32 on Windows, where ten digits would overflow it
    for (const char ch : text) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        pid = pid * 10 + (ch - '0');
    }
    if (pid <= 0 || pid > platform::maxProcessId())
        return std::nullopt;
    return pid;
}

void writeAll(int fd, const std::string &text, const std::string &path)
{
    const bool ok = files::writeAll(fd, text);
    const int error = errno;
    files::closeQuietly(fd);
    if (!ok) {
        files::removeQuietly(path);
        throw FileError(trygg::trMsg("%1: could not write the lock file (%2)", path, trygg::systemError(error)));
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
    const std::optional<files::FileStatus> status = files::statusAt(path, files::Follow::NotLink);
    if (!status)
        return std::nullopt;
    const std::int64_t writtenSeconds = status->identity.modifiedNs / 1'000'000'000;
    const std::optional<std::string> text = readLock(path);
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
            holder.pid = parsePid(value).value_or(-1);
        else if (key == "since")
            holder.since = value;
    }
    if (holder.user.empty())
        holder.user = "unknown";
    if (holder.machine.empty())
        holder.machine = "unknown";
    if (deadHere(holder)) {
        holder.stale = true;
    } else if (holder.pid == 0) {
        // No holder written: an instance killed between creating and writing the file (where the file
        // system has no hard links, see acquire()). A live one writes its line at once.
        holder.stale = Clock::systemSeconds() - writtenSeconds > UnwrittenStaleAfterSeconds;
    } else if (!sameMachine(holder)) {
        // Another machine's pid means nothing here: only the heartbeat tells whether it still runs.
        const auto age = Clock::systemSeconds() - writtenSeconds;
        holder.stale = age > StaleAfterSeconds;
    }
    return holder;
}

namespace {

// Creates the lock file holding `line` when there is none: true; false when a lock file is there. Owner
// and group may read it (files::SharedMode, narrowed by the umask): a colleague sees who holds it.
bool createLock(const std::string &registerPath, const std::string &path, const std::string &line)
{
    // Written whole beside it under a name no one can predict, created exclusively and never through a
    // link, then linked into place: link() fails if the lock exists, like O_EXCL, and a process killed at
    // any moment never leaves a lock file without its holder.
    std::string temporary;
    int tmp = -1;
    for (int attempt = 0; attempt < 16 && tmp < 0; ++attempt) {
        temporary = files::unpredictableName(path, ".new");
        tmp = files::createExclusive(temporary, files::SharedMode);
        if (tmp < 0 && errno != EEXIST)
            break;
    }
    if (tmp >= 0) {
        writeAll(tmp, line, temporary);
        const bool linked = files::addName(temporary, path);
        const int linkError = errno;
        files::removeQuietly(temporary);
        if (linked)
            return true;
        errno = linkError;
    }
    // No hard links here (some network file systems): create it exclusively and write it.
    if (errno != EEXIST) {
        const int fd = files::createExclusive(path, files::SharedMode);
        if (fd >= 0) {
            writeAll(fd, line, path);
            return true;
        }
    }
    if (errno != EEXIST)
        throw FileError(
            trygg::trMsg("%1: could not create the lock file %2 (%3)", registerPath, path, trygg::systemError(errno)));
    return false;
}

} // namespace

std::unique_ptr<WriteLock> WriteLock::acquire(const std::string &registerPath)
{
    const std::string path = lockPath(registerPath);
    // Twice: the holder may release the lock between our attempt and our reading of it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string line = ownLine();
        if (createLock(registerPath, path, line))
            return std::unique_ptr<WriteLock>(new WriteLock(path, line));
        const std::optional<LockHolder> current = holder(registerPath);
        if (!current)
            continue;
        // A crashed instance of this machine must not keep the file locked for ever (a killed import
        // would block every later one); a stale lock of another machine is only a guess and is replaced
        // only when the user asks (takeOver).
        if (deadHere(*current) || (current->pid == 0 && current->stale))
            return takeOver(registerPath);
        throw FileInUse(registerPath, *current);
    }
    throw FileError(trygg::trMsg("%1: could not create the lock file %2", registerPath, path));
}

std::unique_ptr<WriteLock> WriteLock::takeOver(const std::string &registerPath, bool evenIfHeld)
{
    const std::string path = lockPath(registerPath);
    // Of several instances taking over the same lock exactly one wins: each moves the lock file it judged
    // aside under a name of its own (rename is atomic: only one of them moves that file), and the lock
    // is then created exclusively like any other (createLock), so an instance that lost either finds the
    // file gone or finds the winner's lock, live.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::optional<files::FileStatus> seen = files::statusAt(path, files::Follow::NotLink);
        if (!seen) {
            const std::string line = ownLine();
            if (createLock(registerPath, path, line))
                return std::unique_ptr<WriteLock>(new WriteLock(path, line));
            continue;
        }
        const std::optional<LockHolder> current = holder(registerPath);
        if (!current)
            continue;
        if (!current->stale && !evenIfHeld)
            throw FileInUse(registerPath, *current);
        const std::optional<files::FileStatus> judged = files::statusAt(path, files::Follow::NotLink);
        if (!judged || !judged->identity.sameFile(seen->identity))
            continue; // replaced while we read it: judge again
        const std::string aside = files::unpredictableName(path, ".stale");
        if (!files::replace(path, aside)) {
            if (errno == ENOENT)
                continue; // another instance moved it first
            throw FileError(
                trygg::trMsg("%1: could not replace the lock file %2 (%3)", registerPath, path, trygg::systemError(errno)));
        }
        const std::optional<files::FileStatus> moved = files::statusAt(aside, files::Follow::NotLink);
        if (!moved || !moved->identity.sameFile(seen->identity)) {
            // Another instance's new lock arrived in between and we moved it: put it back.
            if (!files::addName(aside, path) && errno != EEXIST)
                files::replace(aside, path);
            files::removeQuietly(aside);
            continue;
        }
        // The old lock is removed only once ours exists: its inode cannot be reused for ours, so its
        // holder (this process, even) sees that the lock is no longer its own (held()).
        const std::string line = ownLine();
        bool created = false;
        try {
            created = createLock(registerPath, path, line);
        } catch (...) {
            files::removeQuietly(aside);
            throw;
        }
        files::removeQuietly(aside);
        if (created)
            return std::unique_ptr<WriteLock>(new WriteLock(path, line));
    }
    if (const std::optional<LockHolder> winner = holder(registerPath))
        throw FileInUse(registerPath, *winner);
    throw FileError(trygg::trMsg("%1: could not create the lock file %2", registerPath, path));
}

WriteLock::WriteLock(std::string path, std::string line) : m_path(std::move(path)), m_line(std::move(line))
{
    if (const std::optional<files::FileIdentity> identity = files::identityOf(m_path)) {
        m_device = identity->device;
        m_inode = identity->inode;
    }
}

WriteLock::~WriteLock()
{
    if (!m_line.empty() && held())
        files::removeQuietly(m_path);
}

bool WriteLock::held() const
{
    const std::optional<files::FileIdentity> identity = files::identityOf(m_path);
    if (!identity || identity->device != m_device || identity->inode != m_inode)
        return false;
    try {
        return readLock(m_path) == m_line;
    } catch (const FileError &) {
        return false; // replaced by something that is not our lock
    }
}

bool WriteLock::refresh()
{
    if (!held())
        return false;
    files::touch(m_path);
    return true;
}

} // namespace trygg
