#include "platform/SafeFiles.h"

#include "model/Error.h"
#include "model/SystemError.h"
#include "storage/Schema.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace trygg::files {
namespace {

#ifdef _WIN32
std::wstring wide(const std::string &utf8)
{
    if (utf8.empty())
        return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), size);
    return out;
}
#else
unsigned currentUmask()
{
    // Linux shows the umask without changing it; elsewhere it is read by setting and restoring it.
    if (std::ifstream status("/proc/self/status"); status) {
        for (std::string line; std::getline(status, line);) {
            if (line.rfind("Umask:", 0) == 0)
                return static_cast<unsigned>(std::strtoul(line.c_str() + 6, nullptr, 8)) & 0777u;
        }
    }
    const mode_t old = ::umask(077);
    ::umask(old);
    return static_cast<unsigned>(old) & 0777u;
}
#endif

// The first bytes of a file (at most 100: SQLite's header), without following a link or blocking on a FIFO.
std::string headerOf(const std::string &path)
{
#ifdef _WIN32
    std::ifstream in(std::filesystem::path(wide(path)), std::ios::binary);
    std::array<char, 100> bytes{};
    in.read(bytes.data(), bytes.size());
    return std::string(bytes.data(), static_cast<std::size_t>(in.gcount()));
#else
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {};
    std::array<char, 100> bytes{};
    std::size_t have = 0;
    while (have < bytes.size()) {
        const ssize_t got = ::read(fd, bytes.data() + have, bytes.size() - have);
        if (got <= 0)
            break;
        have += static_cast<std::size_t>(got);
    }
    ::close(fd);
    return std::string(bytes.data(), have);
#endif
}

Message errorText(int error)
{
    return systemError(error);
}

} // namespace

unsigned newFileMode()
{
#ifdef _WIN32
    return _S_IREAD | _S_IWRITE; // the folder's access lists decide who else may read
#else
    return SharedMode & ~currentUmask() & 0770u;
#endif
}

unsigned exportMode(const std::string &registerPath)
{
#ifdef _WIN32
    (void)registerPath;
    return newFileMode();
#else
    struct stat info {};
    if (::stat(registerPath.c_str(), &info) != 0)
        return newFileMode();
    return newFileMode() & ((static_cast<unsigned>(info.st_mode) & 0770u) | 0600u);
#endif
}

Kind kindAt(const std::string &path)
{
#ifdef _WIN32
    const DWORD attributes = GetFileAttributesW(wide(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return Kind::Missing;
    if (attributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return Kind::Link;
    if (attributes & FILE_ATTRIBUTE_DIRECTORY)
        return Kind::Folder;
    if (attributes & FILE_ATTRIBUTE_DEVICE)
        return Kind::Other;
    return Kind::Regular;
#else
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0)
        return Kind::Missing;
    if (S_ISLNK(info.st_mode))
        return Kind::Link;
    if (S_ISDIR(info.st_mode))
        return Kind::Folder;
    if (S_ISREG(info.st_mode))
        return Kind::Regular;
    return Kind::Other;
#endif
}

int createExclusive(const std::string &path, unsigned mode)
{
#ifdef _WIN32
    // CREATE_NEW semantics: fails when anything (a reparse point included) has the name.
    int fd = -1;
    const int permission = (mode & 0200u) ? (_S_IREAD | _S_IWRITE) : _S_IREAD;
    if (_wsopen_s(&fd, wide(path).c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY | _O_NOINHERIT, _SH_DENYWR,
                  permission) != 0)
        return -1;
    return fd;
#else
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode));
#endif
}

bool writeAll(int fd, std::string_view content)
{
    while (!content.empty()) {
        const std::size_t chunk = std::min<std::size_t>(content.size(), 1u << 30);
#ifdef _WIN32
        const int wrote = _write(fd, content.data(), static_cast<unsigned>(chunk));
#else
        const ssize_t wrote = ::write(fd, content.data(), chunk);
#endif
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            if (wrote == 0)
                errno = ENOSPC;
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(wrote));
    }
    return true;
}

bool syncAndClose(int fd)
{
#ifdef _WIN32
    const bool synced = _commit(fd) == 0;
    const int error = errno;
    const bool closed = _close(fd) == 0;
#else
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    const bool closed = ::close(fd) == 0;
#endif
    if (!synced)
        errno = error;
    return synced && closed;
}

void closeQuietly(int fd)
{
    const int error = errno;
#ifdef _WIN32
    _close(fd);
#else
    ::close(fd);
#endif
    errno = error;
}

bool replace(const std::string &from, const std::string &to)
{
#ifdef _WIN32
    if (MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    errno = EACCES;
    return false;
#else
    return ::rename(from.c_str(), to.c_str()) == 0;
#endif
}

bool placeNew(const std::string &from, const std::string &to)
{
#ifdef _WIN32
    if (MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_WRITE_THROUGH))
        return true;
    errno = GetLastError() == ERROR_ALREADY_EXISTS || GetLastError() == ERROR_FILE_EXISTS ? EEXIST : EACCES;
    return false;
#else
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return false;
#endif
    // A file system without renameat2's flag (some network file systems): link() fails when `to` exists,
    // like O_EXCL; the second name is then removed.
    if (::link(from.c_str(), to.c_str()) == 0) {
        removeQuietly(from);
        return true;
    }
    if (errno == EEXIST)
        return false;
    // Nor hard links: look, then rename (a file put there in between would be replaced).
    if (kindAt(to) != Kind::Missing) {
        errno = EEXIST;
        return false;
    }
    return ::rename(from.c_str(), to.c_str()) == 0;
#endif
}

bool removeQuietly(const std::string &path)
{
    const int error = errno;
#ifdef _WIN32
    const bool removed = _wunlink(wide(path).c_str()) == 0;
#else
    const bool removed = ::unlink(path.c_str()) == 0;
#endif
    errno = error;
    return removed;
}

std::string unpredictableName(const std::string &base, const std::string &suffix)
{
    // Straight from the system's source (getrandom; rand_s on Windows), not a generator whose state
    // could be worked out from the names it gave before.
    std::random_device device;
    const auto bits = (static_cast<unsigned long long>(device()) << 32) ^ device();
    char digits[17] = {};
    std::snprintf(digits, sizeof digits, "%016llx", bits);
    return base + "." + digits + suffix;
}

std::optional<Message> outputProblem(const std::string &path)
{
    switch (kindAt(path)) {
    case Kind::Missing: return std::nullopt;
    case Kind::Link:
        return trygg::trMsg("%1 is a symbolic link: Trygg does not write through a link; give the file's own path",
                            path);
    case Kind::Folder: return trygg::trMsg("%1 is a folder: give the name of a file to write", path);
    case Kind::Other:
        return trygg::trMsg("%1 is a device, a FIFO or a socket, not a file: Trygg writes only ordinary files", path);
    case Kind::Regular: break;
    }
    const std::string header = headerOf(path);
    if (header.rfind(std::string("SQLite format 3\0", 16), 0) != 0)
        return std::nullopt;
    if (header.size() >= 72) {
        const auto byte = [&](std::size_t i) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(header[i]));
        };
        const std::uint32_t application = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
        if (application == static_cast<std::uint32_t>(schema::ApplicationId))
            return trygg::trMsg("%1 is a Trygg register: an export never replaces a register; choose another name",
                                path);
    }
    return trygg::trMsg("%1 is a database (SQLite): an export never replaces one; choose another name", path);
}

void refuseUnsafeOutput(const std::string &path)
{
    if (std::optional<Message> problem = outputProblem(path))
        throw InputError(std::move(*problem));
}

void writeWhole(const std::string &path, std::string_view content, unsigned mode)
{
    refuseUnsafeOutput(path);
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = unpredictableName(path, ".part");
        fd = createExclusive(temporary, mode);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        throw InputError(trygg::trMsg("%1: cannot write the file (is the folder writable, is the disk full?)", path));
    if (!writeAll(fd, content)) {
        const int error = errno;
        closeQuietly(fd);
        removeQuietly(temporary);
        throw InputError(trygg::trMsg("%1: cannot write the file (is the folder writable, is the disk full?): %2", path,
                                      errorText(error)));
    }
    if (!syncAndClose(fd)) {
        const int error = errno;
        removeQuietly(temporary);
        throw InputError(trygg::trMsg("%1: cannot write the file (is the folder writable, is the disk full?): %2", path,
                                      errorText(error)));
    }
    if (!replace(temporary, path)) {
        const int error = errno;
        removeQuietly(temporary);
        throw InputError(trygg::trMsg("%1: cannot write the file: %2", path, errorText(error)));
    }
}

PrivateFolder::PrivateFolder()
{
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::temp_directory_path(ec);
#ifdef _WIN32
    for (int attempt = 0; attempt < 16 && m_path.empty(); ++attempt) {
        const std::string candidate = unpredictableName((base / "trygg").string(), "");
        if (_wmkdir(wide(candidate).c_str()) == 0)
            m_path = candidate;
    }
#else
    std::string pattern = ((ec ? std::filesystem::path("/tmp") : base) / "trygg-XXXXXX").string();
    if (::mkdtemp(pattern.data()))
        m_path = pattern;
#endif
    if (m_path.empty())
        throw InputError(
            trygg::trMsg("cannot create a private temporary folder in %1: %2", base.string(), errorText(errno)));
}

PrivateFolder::~PrivateFolder()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string readPrivateFile(const std::string &path, const std::string &shownAs)
{
    std::ifstream in(std::filesystem::path(path), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in || in.bad())
        throw InputError(
            trygg::trMsg("%1: cannot write the file (is the folder writable, is the disk full?)", shownAs));
    return bytes.str();
}

std::string sizeText(std::size_t bytes)
{
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
        return std::to_string(bytes >> 20) + " MB";
    if (bytes >= (1u << 10) && bytes % (1u << 10) == 0)
        return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes) + " bytes";
}

std::string readBoundedFile(const std::string &path, std::size_t maxBytes, const Message &what)
{
    const auto cannotRead = [&](int error) {
        return InputError(trygg::trMsg("%1: cannot read the file (%2)", path, errorText(error)));
    };
    const auto tooLarge = [&] {
        return InputError(
            trygg::trMsg("%1: the file is larger than %2, the most Trygg reads of %3", path, sizeText(maxBytes), what));
    };
#ifdef _WIN32
    const int fd = ::_wopen(wide(path).c_str(), _O_RDONLY | _O_BINARY);
#else
    // Without waiting: opening a FIFO for reading would wait for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
#endif
    if (fd < 0)
        throw cannotRead(errno);
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG) {
        closeQuietly(fd);
        throw InputError(trygg::trMsg("%1: not a plain file (a folder, a pipe or a device); nothing was read", path));
    }
    if (static_cast<unsigned long long>(info.st_size) > maxBytes) {
        closeQuietly(fd);
        throw tooLarge();
    }
    // The size may grow while it is read: never more than maxBytes + 1 is held.
    std::string content(static_cast<std::size_t>(info.st_size) + 1, '\0');
    std::size_t got = 0;
    while (true) {
        if (got == content.size()) {
            if (content.size() > maxBytes)
                break;
            content.resize(std::min(content.size() * 2, maxBytes + 1));
        }
#ifdef _WIN32
        const int n = ::_read(fd, content.data() + got, static_cast<unsigned>(content.size() - got));
#else
        const ssize_t n = ::read(fd, content.data() + got, content.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
#endif
        if (n < 0) {
            const int error = errno;
            closeQuietly(fd);
            throw cannotRead(error);
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    closeQuietly(fd);
    if (got > maxBytes)
        throw tooLarge();
    content.resize(got);
    return content;
}

std::optional<FileIdentity> identityOf(const std::string &path)
{
#ifdef _WIN32
    (void)path;
    return std::nullopt;
#else
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    return FileIdentity{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino),
                        static_cast<std::int64_t>(info.st_size),
                        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
#endif
}

} // namespace trygg::files
