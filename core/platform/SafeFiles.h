#pragma once

// Writing files in a folder others can write too (a network share): what differs between operating
// systems lives here, behind a few functions. Every file Trygg writes beside another is created
// exclusively under an unpredictable name, never through a link, and renamed into place; what the output
// path holds is checked first so a link, a device, a folder or a register is refused with a message.

#include "model/Message.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::files {

// Owner and group may read and write, others nothing; the process's umask narrows it further (a group
// that should only read, 0640, is set by a umask of 027 or 022).
constexpr unsigned SharedMode = 0660;

// The mode a new file gets from SharedMode: narrowed by the umask, never open to others.
unsigned newFileMode();
// An export of a register never gets wider permissions than the register: newFileMode() narrowed by the
// register's own bits (when it can be read), so an owner-only register gives owner-only exports.
unsigned exportMode(const std::string &registerPath);

// What is at a path, not following a link.
enum class Kind { Missing, Regular, Link, Folder, Other };
Kind kindAt(const std::string &path);

// Which file a path names now (device and inode), following a link; none when nothing is there or the
// system cannot say (Windows). A register replaced behind an open window is told by it (issue 19).
// Its size and the time it was last written (nanoseconds) tell that its content changed.
struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0;
    bool operator==(const FileIdentity &) const = default;
};
std::optional<FileIdentity> identityOf(const std::string &path);

// Creates `path` exclusively (O_CREAT | O_EXCL | O_NOFOLLOW: fails when anything is there, a dangling
// link included) with `mode` narrowed by the umask. Returns an open descriptor, or -1 with errno set.
int createExclusive(const std::string &path, unsigned mode);
// Writes all of `content` to `fd` (a short write is an error). Returns false with errno set.
bool writeAll(int fd, std::string_view content);
// Closes after forcing the bytes to the disk; false (errno set) when either fails.
bool syncAndClose(int fd);
void closeQuietly(int fd);
// Replaces `to` by `from` atomically (rename; MoveFileEx on Windows). The directory entry is replaced,
// whatever it was: a link there is replaced, never followed.
bool replace(const std::string &from, const std::string &to);
// Moves `from` to `to` only if nothing is at `to` (renameat2 with RENAME_NOREPLACE, else link and unlink;
// MoveFileEx without replacing on Windows): false with errno EEXIST when something is there.
bool placeNew(const std::string &from, const std::string &to);
bool removeQuietly(const std::string &path);
// A name that no one can predict: `<base>.<16 random hex digits><suffix>`.
std::string unpredictableName(const std::string &base, const std::string &suffix);

// Why `path` must not be written as an output, naming it, or nothing: a symbolic link, a folder, a
// device, a FIFO or socket, or an SQLite database (a Trygg register, this one or another). Checked by
// writeWhole.
std::optional<Message> outputProblem(const std::string &path);
// Throws InputError when outputProblem() finds one.
void refuseUnsafeOutput(const std::string &path);

// Writes `content` as the whole file `path`: to an exclusively created file of an unpredictable name
// beside it (`OUT.<random>.part`), forced to disk, then renamed over `path`. A path that must not be
// written is refused first (refuseUnsafeOutput). Throws InputError naming the path; never leaves the
// temporary file behind, and never touches `path` on failure.
void writeWhole(const std::string &path, std::string_view content, unsigned mode = newFileMode());

// A private folder for files a library writes by name (libxlsxwriter): made with mkdtemp in the system's
// temporary folder (owner-only, 0700), removed with its content by the destructor.
class PrivateFolder {
public:
    PrivateFolder();
    ~PrivateFolder();
    PrivateFolder(const PrivateFolder &) = delete;
    PrivateFolder &operator=(const PrivateFolder &) = delete;
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

// Reads the whole of the plain file `path` when it holds at most `maxBytes` (issue 12: every read is bounded
// before it is held). Throws InputError naming the file when it cannot be read, is not a plain file (a folder,
// a FIFO or a device: never waited on, never read) or is larger ("%1: the file is larger than 64 MB, the
// most Trygg reads of ...": `what` names the kind of file, e.g. "an import file").
std::string readBoundedFile(const std::string &path, std::size_t maxBytes, const Message &what);
// "64 MB", "1 MB", "4 KB": a limit in a message.
std::string sizeText(std::size_t bytes);

// Reads a whole file written in a PrivateFolder; throws InputError naming `shownAs` when it cannot.
std::string readPrivateFile(const std::string &path, const std::string &shownAs);

} // namespace trygg::files
