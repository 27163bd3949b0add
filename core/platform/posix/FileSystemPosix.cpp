// SPDX-License-Identifier: EUPL-1.2
// platform/FileSystem.h on Linux and other POSIX systems.

#include "platform/FileSystem.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

namespace trygg::files {
namespace {

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

Kind kindOf(mode_t mode)
{
    if (S_ISLNK(mode))
        return Kind::Link;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISREG(mode))
        return Kind::Regular;
    return Kind::Other;
}

FileStatus statusOf(const struct stat &info)
{
    return FileStatus{kindOf(info.st_mode), static_cast<std::uint64_t>(info.st_nlink),
                      FileIdentity{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino),
                                   static_cast<std::int64_t>(info.st_size),
                                   static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 +
                                       info.st_mtim.tv_nsec}};
}

} // namespace

unsigned newFileMode()
{
    return SharedMode & ~currentUmask() & 0770u;
}

unsigned exportMode(const std::string &registerPath)
{
    struct stat info {};
    if (::stat(registerPath.c_str(), &info) != 0)
        return newFileMode();
    return newFileMode() & ((static_cast<unsigned>(info.st_mode) & 0770u) | 0600u);
}

std::optional<FileStatus> statusAt(const std::string &path, Follow follow)
{
    struct stat info {};
    if ((follow == Follow::Link ? ::stat(path.c_str(), &info) : ::lstat(path.c_str(), &info)) != 0)
        return std::nullopt;
    return statusOf(info);
}

int createExclusive(const std::string &path, unsigned mode)
{
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode));
}

bool writeAll(int fd, std::string_view content)
{
    while (!content.empty()) {
        const std::size_t chunk = std::min<std::size_t>(content.size(), 1u << 30);
        const ssize_t wrote = ::write(fd, content.data(), chunk);
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
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    const bool closed = ::close(fd) == 0;
    if (!synced)
        errno = error;
    return synced && closed;
}

void closeQuietly(int fd)
{
    const int error = errno;
    ::close(fd);
    errno = error;
}

bool replace(const std::string &from, const std::string &to)
{
    return ::rename(from.c_str(), to.c_str()) == 0;
}

bool placeNew(const std::string &from, const std::string &to)
{
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
}

bool addName(const std::string &from, const std::string &to)
{
    return ::link(from.c_str(), to.c_str()) == 0;
}

bool removeQuietly(const std::string &path)
{
    const int error = errno;
    const bool removed = ::unlink(path.c_str()) == 0;
    errno = error;
    return removed;
}

bool touch(const std::string &path)
{
    return ::utime(path.c_str(), nullptr) == 0;
}

bool canWrite(const std::string &path)
{
    return ::access(path.c_str(), W_OK) == 0;
}

std::string makePrivateFolder()
{
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    std::string pattern = ((ec ? std::filesystem::path("/tmp") : base) / "trygg-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        return {};
    return pattern;
}

std::FILE *openStream(const std::string &path, const char *mode)
{
    return std::fopen(path.c_str(), mode);
}

ReadFile::ReadFile(const std::string &path, Follow follow)
    : m_fd(::open(path.c_str(),
                  O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (follow == Follow::NotLink ? O_NOFOLLOW : 0)))
{
    // O_NOFOLLOW on a link fails with ELOOP (EMLINK on FreeBSD): one errno for the callers.
    if (m_fd < 0 && errno == EMLINK)
        errno = ELOOP;
}

ReadFile::~ReadFile()
{
    if (m_fd >= 0)
        closeQuietly(m_fd);
}

std::optional<FileStatus> ReadFile::status() const
{
    struct stat info {};
    if (::fstat(m_fd, &info) != 0)
        return std::nullopt;
    return statusOf(info);
}

long long ReadFile::read(void *buffer, std::size_t size)
{
    while (true) {
        const ssize_t got = ::read(m_fd, buffer, size);
        if (got < 0 && errno == EINTR)
            continue;
        return got;
    }
}

bool ReadFile::readAt(void *buffer, std::size_t size, std::uint64_t offset)
{
    auto *out = static_cast<unsigned char *>(buffer);
    while (size > 0) {
        const ssize_t got = ::pread(m_fd, out, size, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        out += got;
        size -= static_cast<std::size_t>(got);
        offset += static_cast<std::uint64_t>(got);
    }
    return true;
}

} // namespace trygg::files
