// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Error.h"

#include <memory>
#include <optional>
#include <string>

namespace trygg {

// Who holds a register's write lock, as its lock file says.
struct LockHolder {
    std::string user;
    std::string machine;
    long pid = 0;      // 0: no pid written; -1: a pid no process can have (not a number, 0, beyond
                       // platform::maxProcessId(): 2^22 on Linux)
    std::string since; // UTC, ISO 8601 (2026-11-23T10:15:00Z)
    // The holder is gone: its process no longer runs on this machine, or (another machine) the lock has
    // not been refreshed for longer than WriteLock::StaleAfter.
    bool stale = false;

    // "kari on pc-042 since 2026-11-23 10:15 UTC"
    Message describe() const;
};

// Opening a register for writing that another instance (this machine or another) holds.
class FileInUse : public FileError {
public:
    FileInUse(const std::string &path, LockHolder holder);
    const LockHolder &holder() const { return m_holder; }

private:
    LockHolder m_holder;
};

// An advisory lock beside a register, `<file>.lock`, so two people on a network share do not both write
// one file. SQLite's own locks only guard single transactions (and are unreliable over SMB/NFS); this one
// lasts as long as the register is open for writing and says who has it. The file holds one line,
// `user=..;machine=..;pid=..;since=..`. The holder refreshes its modification time (refresh()) so other
// machines, which cannot check the pid, can tell a lock nobody refreshes any more.
class WriteLock {
public:
    static constexpr int StaleAfterSeconds = 10 * 60;
    // A lock file without its holder's line, older than this, was left by an instance killed while
    // creating it.
    static constexpr int UnwrittenStaleAfterSeconds = 5;

    // Takes the lock: creates the lock file atomically (O_CREAT | O_EXCL), never through a link, for the
    // owner and the group (files::SharedMode narrowed by the umask). A lock left by a process of
    // this machine that no longer runs is certainly abandoned (a crash) and is replaced. Throws FileInUse
    // when someone else holds it, FileError when the lock file cannot be written.
    static std::unique_ptr<WriteLock> acquire(const std::string &registerPath);
    // Replaces the lock when its holder is stale, or whoever holds it when `evenIfHeld` (the user asked
    // explicitly). Throws FileInUse when the holder is live and !evenIfHeld. Atomic: of several
    // instances taking over the same lock at once exactly one gets it, the others get FileInUse.
    static std::unique_ptr<WriteLock> takeOver(const std::string &registerPath, bool evenIfHeld = false);
    // The current holder, if the register is locked. The lock file is read without trusting it: never
    // through a link, never waiting on a FIFO, at most 4 KB; a lock file that is a link, not a plain file or
    // larger throws FileError naming it (Trygg never makes one, so it is not taken over either).
    static std::optional<LockHolder> holder(const std::string &registerPath);
    static std::string lockPath(const std::string &registerPath);

    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;
    // Removes the lock file, unless another instance has taken it over meanwhile.
    ~WriteLock();

    // Touches the lock file (the heartbeat other machines read). Returns false when the lock is no longer
    // ours: someone took it over.
    bool refresh();
    // Whether the lock file still holds our line.
    bool held() const;
    const std::string &path() const { return m_path; }

private:
    WriteLock(std::string path, std::string line);

    std::string m_path;
    std::string m_line;
    // The lock file's identity when we wrote it. Two locks of one process within a second have the same
    // line; a takeover renames a new file over ours, so the inode tells them apart.
    unsigned long long m_device = 0;
    unsigned long long m_inode = 0;
};

} // namespace trygg
