// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The file operations that differ between operating systems, behind one set of functions: POSIX in
// posix/FileSystemPosix.cpp, Windows in windows/FileSystemWindows.cpp (CMake builds one of them). Paths are
// UTF-8 strings on every system (on Windows they are turned into the wide names the system uses, so a
// folder "Sikkerhedsrådet" works there too). Errors are reported as errno values (ENOENT, EEXIST, ELOOP ...)
// on both, so the callers' messages are the same.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::files {

// Owner and group may read and write, others nothing; the process's umask narrows it further (a group
// that should only read, 0640, is set by a umask of 027 or 022). Windows: the folder's access lists decide.
constexpr unsigned SharedMode = 0660;

// The mode a new file gets from SharedMode: narrowed by the umask, never open to others.
unsigned newFileMode();
// An export of a register never gets wider permissions than the register: newFileMode() narrowed by the
// register's own bits (when it can be read), so an owner-only register gives owner-only exports.
unsigned exportMode(const std::string &registerPath);

// What is at a path.
enum class Kind { Missing, Regular, Link, Folder, Other };

// Which file a path names (device and inode; volume serial and file index on Windows), its size and the
// time it was last written (nanoseconds) that tell that its content changed. A register replaced behind an
// open window is told by it (issue 19).
struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0;
    bool operator==(const FileIdentity &) const = default;
    bool sameFile(const FileIdentity &other) const { return device == other.device && inode == other.inode; }
};

// What is at a path, as stat() or lstat() tell it.
struct FileStatus {
    Kind kind = Kind::Missing;
    std::uint64_t links = 1; // the names the file has (hard links)
    FileIdentity identity;
};

enum class Follow { Link, NotLink };

// What is at `path`; nullopt with errno set (ENOENT: nothing there) when it cannot be told. NotLink: a link
// is told as Kind::Link, not followed.
std::optional<FileStatus> statusAt(const std::string &path, Follow follow);
// What is at a path, not following a link (Missing when nothing is, or it cannot be told).
inline Kind kindAt(const std::string &path)
{
    const std::optional<FileStatus> status = statusAt(path, Follow::NotLink);
    return status ? status->kind : Kind::Missing;
}
// Which file a path names now, following a link; none when nothing is there.
inline std::optional<FileIdentity> identityOf(const std::string &path)
{
    const std::optional<FileStatus> status = statusAt(path, Follow::Link);
    return status ? std::optional(status->identity) : std::nullopt;
}

// Creates `path` exclusively (O_CREAT | O_EXCL | O_NOFOLLOW: fails when anything is there, a dangling
// link included) with `mode` narrowed by the umask. Returns an open descriptor, or -1 with errno set.
int createExclusive(const std::string &path, unsigned mode);
// Writes all of `content` to `fd` (a short write is an error). Returns false with errno set.
bool writeAll(int fd, std::string_view content);
// Closes after forcing the bytes to the disk (fsync; _commit on Windows); false (errno set) when either
// fails.
bool syncAndClose(int fd);
void closeQuietly(int fd);
// Replaces `to` by `from` atomically (rename; MoveFileEx on Windows). The directory entry is replaced,
// whatever it was: a link there is replaced, never followed.
bool replace(const std::string &from, const std::string &to);
// Moves `from` to `to` only if nothing is at `to` (renameat2 with RENAME_NOREPLACE, else link and unlink;
// MoveFileEx without replacing on Windows): false with errno EEXIST when something is there.
bool placeNew(const std::string &from, const std::string &to);
// Gives the file `from` the second name `to` (a hard link): false with errno EEXIST when something is at
// `to`, another errno when the file system has no hard links.
bool addName(const std::string &from, const std::string &to);
bool removeQuietly(const std::string &path);
// Sets the time `path` was last written to now (utime).
bool touch(const std::string &path);
// Whether this process may write `path` (a file or a folder).
bool canWrite(const std::string &path);
// Makes a new folder only this user can use in the system's temporary folder (mkdtemp, 0700; a folder of
// an unpredictable name in %TEMP% on Windows). Its path, or "" with errno set.
std::string makePrivateFolder();

// std::fopen with a UTF-8 name (_wfopen on Windows, where fopen takes the ANSI code page): for libraries
// that read through a FILE (minizip).
std::FILE *openStream(const std::string &path, const char *mode);

// A file opened for reading, closed by the destructor: never waiting on a FIFO, and with Follow::NotLink
// never through a link (isOpen() is false with errno ELOOP then).
class ReadFile {
public:
    ReadFile(const std::string &path, Follow follow);
    ~ReadFile();
    ReadFile(const ReadFile &) = delete;
    ReadFile &operator=(const ReadFile &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // What the open file is (fstat); nullopt with errno set.
    std::optional<FileStatus> status() const;
    // Reads at most `size` bytes from where the last read ended: the count, 0 at the end, -1 with errno.
    long long read(void *buffer, std::size_t size);
    // Reads exactly `size` bytes at `offset`; false at the end of the file or on an error.
    bool readAt(void *buffer, std::size_t size, std::uint64_t offset);

private:
    int m_fd = -1;
};

} // namespace trygg::files
