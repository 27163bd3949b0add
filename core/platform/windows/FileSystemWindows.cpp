// SPDX-License-Identifier: EUPL-1.2
// platform/FileSystem.h on Windows: the wide-character API with names converted from UTF-8, and the
// system's error codes turned into the errno values the callers know.

#include "platform/FileSystem.h"

#include "platform/Paths.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <random>

#include <fcntl.h>
#include <io.h>
#include <windows.h>

namespace trygg::files {
namespace {

std::wstring wide(const std::string &utf8)
{
    return pathFromUtf8(utf8).wstring();
}

int errnoOf(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_NETPATH: return ENOENT;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS: return EEXIST;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_WRITE_PROTECT: return EACCES;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL: return ENOSPC;
    case ERROR_FILENAME_EXCED_RANGE: return ENAMETOOLONG;
    case ERROR_NOT_SUPPORTED:
    case ERROR_INVALID_FUNCTION: return ENOTSUP;
    case ERROR_NOT_SAME_DEVICE: return EXDEV;
    case ERROR_CANT_RESOLVE_FILENAME: return ELOOP;
    default: return EIO;
    }
}

void setErrno()
{
    errno = errnoOf(GetLastError());
}

// 100-nanosecond intervals since 1601 to nanoseconds since 1970.
std::int64_t unixNs(FILETIME time)
{
    const std::int64_t ticks =
        static_cast<std::int64_t>((static_cast<std::uint64_t>(time.dwHighDateTime) << 32) | time.dwLowDateTime);
    return (ticks - 116'444'736'000'000'000) * 100;
}

// A symbolic link or a junction. Other reparse points (OneDrive's files on demand, deduplicated files) are
// files as the user sees them.
bool isLink(HANDLE handle, DWORD attributes)
{
    if (!(attributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return false;
    FILE_ATTRIBUTE_TAG_INFO tag{};
    if (!GetFileInformationByHandleEx(handle, FileAttributeTagInfo, &tag, sizeof tag))
        return true; // cannot tell: taken for a link, never followed
    return tag.ReparseTag == IO_REPARSE_TAG_SYMLINK || tag.ReparseTag == IO_REPARSE_TAG_MOUNT_POINT;
}

std::optional<FileStatus> statusOfHandle(HANDLE handle)
{
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(handle, &info)) {
        setErrno();
        return std::nullopt;
    }
    FileStatus status;
    if (isLink(handle, info.dwFileAttributes))
        status.kind = Kind::Link;
    else if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        status.kind = Kind::Folder;
    else if (GetFileType(handle) == FILE_TYPE_DISK)
        status.kind = Kind::Regular;
    else
        status.kind = Kind::Other;
    status.links = info.nNumberOfLinks;
    status.identity.device = info.dwVolumeSerialNumber;
    status.identity.inode = (static_cast<std::uint64_t>(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    status.identity.size =
        static_cast<std::int64_t>((static_cast<std::uint64_t>(info.nFileSizeHigh) << 32) | info.nFileSizeLow);
    status.identity.modifiedNs = unixNs(info.ftLastWriteTime);
    return status;
}

constexpr DWORD ShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

} // namespace

unsigned newFileMode()
{
    return 0600; // _S_IREAD | _S_IWRITE: the folder's access lists decide who else may read
}

unsigned exportMode(const std::string &)
{
    return newFileMode();
}

std::optional<FileStatus> statusAt(const std::string &path, Follow follow)
{
    // No access asked for: only the attributes are read, so a file another program holds open is told too.
    const DWORD flags = FILE_FLAG_BACKUP_SEMANTICS | (follow == Follow::NotLink ? FILE_FLAG_OPEN_REPARSE_POINT : 0);
    const HANDLE handle = CreateFileW(wide(path).c_str(), 0, ShareAll, nullptr, OPEN_EXISTING, flags, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setErrno();
        return std::nullopt;
    }
    std::optional<FileStatus> status = statusOfHandle(handle);
    CloseHandle(handle);
    return status;
}

int createExclusive(const std::string &path, unsigned mode)
{
    // CREATE_NEW: fails when anything (a reparse point included) has the name.
    const DWORD attributes = (mode & 0200u) ? FILE_ATTRIBUTE_NORMAL : FILE_ATTRIBUTE_READONLY;
    const HANDLE handle = CreateFileW(wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                                      CREATE_NEW, attributes | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setErrno();
        return -1;
    }
    const int fd = _open_osfhandle(reinterpret_cast<intptr_t>(handle), _O_WRONLY | _O_BINARY);
    if (fd < 0) {
        CloseHandle(handle);
        errno = EMFILE;
    }
    return fd;
}

bool writeAll(int fd, std::string_view content)
{
    while (!content.empty()) {
        const std::size_t chunk = std::min<std::size_t>(content.size(), 1u << 30);
        const int wrote = _write(fd, content.data(), static_cast<unsigned>(chunk));
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
    const bool synced = _commit(fd) == 0;
    const int error = errno;
    const bool closed = _close(fd) == 0;
    if (!synced)
        errno = error;
    return synced && closed;
}

void closeQuietly(int fd)
{
    const int error = errno;
    _close(fd);
    errno = error;
}

bool replace(const std::string &from, const std::string &to)
{
    if (MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    setErrno();
    return false;
}

bool placeNew(const std::string &from, const std::string &to)
{
    if (MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_WRITE_THROUGH))
        return true;
    setErrno();
    return false;
}

bool addName(const std::string &from, const std::string &to)
{
    if (CreateHardLinkW(wide(to).c_str(), wide(from).c_str(), nullptr))
        return true;
    setErrno();
    return false;
}

bool removeQuietly(const std::string &path)
{
    const int error = errno;
    const bool removed = DeleteFileW(wide(path).c_str()) != 0;
    errno = error;
    return removed;
}

bool touch(const std::string &path)
{
    const HANDLE handle = CreateFileW(wide(path).c_str(), FILE_WRITE_ATTRIBUTES, ShareAll, nullptr, OPEN_EXISTING,
                                      FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setErrno();
        return false;
    }
    FILETIME now{};
    GetSystemTimeAsFileTime(&now);
    const bool set = SetFileTime(handle, nullptr, nullptr, &now) != 0;
    if (!set)
        setErrno();
    CloseHandle(handle);
    return set;
}

bool canWrite(const std::string &path)
{
    return _waccess(wide(path).c_str(), 2) == 0;
}

std::string makePrivateFolder()
{
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec) {
        errno = ENOENT;
        return {};
    }
    std::random_device device;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const auto bits = (static_cast<unsigned long long>(device()) << 32) ^ device();
        char digits[17] = {};
        std::snprintf(digits, sizeof digits, "%016llx", bits);
        const std::filesystem::path candidate = base / ("trygg-" + std::string(digits));
        if (CreateDirectoryW(candidate.c_str(), nullptr))
            return utf8Of(candidate);
        if (GetLastError() != ERROR_ALREADY_EXISTS)
            break;
    }
    setErrno();
    return {};
}

std::FILE *openStream(const std::string &path, const char *mode)
{
    return _wfopen(wide(path).c_str(), wide(mode).c_str());
}

ReadFile::ReadFile(const std::string &path, Follow follow)
{
    const DWORD flags = FILE_FLAG_BACKUP_SEMANTICS | (follow == Follow::NotLink ? FILE_FLAG_OPEN_REPARSE_POINT : 0);
    HANDLE handle = CreateFileW(wide(path).c_str(), GENERIC_READ, ShareAll, nullptr, OPEN_EXISTING, flags, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setErrno();
        return;
    }
    if (follow == Follow::NotLink) {
        BY_HANDLE_FILE_INFORMATION info{};
        const bool told = GetFileInformationByHandle(handle, &info);
        if (!told || isLink(handle, info.dwFileAttributes)) {
            CloseHandle(handle);
            errno = ELOOP;
            return;
        }
        if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
            // Not a link (a file on demand, say): opened again as itself, so its content is read.
            CloseHandle(handle);
            handle = CreateFileW(wide(path).c_str(), GENERIC_READ, ShareAll, nullptr, OPEN_EXISTING,
                                 FILE_FLAG_BACKUP_SEMANTICS, nullptr);
            if (handle == INVALID_HANDLE_VALUE) {
                setErrno();
                return;
            }
        }
    }
    m_fd = _open_osfhandle(reinterpret_cast<intptr_t>(handle), _O_RDONLY | _O_BINARY);
    if (m_fd < 0) {
        CloseHandle(handle);
        errno = EMFILE;
    }
}

ReadFile::~ReadFile()
{
    if (m_fd >= 0)
        closeQuietly(m_fd);
}

std::optional<FileStatus> ReadFile::status() const
{
    return statusOfHandle(reinterpret_cast<HANDLE>(_get_osfhandle(m_fd)));
}

long long ReadFile::read(void *buffer, std::size_t size)
{
    const HANDLE handle = reinterpret_cast<HANDLE>(_get_osfhandle(m_fd));
    DWORD got = 0;
    if (!::ReadFile(handle, buffer, static_cast<DWORD>(std::min<std::size_t>(size, 1u << 30)), &got, nullptr)) {
        if (GetLastError() == ERROR_HANDLE_EOF || GetLastError() == ERROR_BROKEN_PIPE)
            return 0;
        errno = GetLastError() == ERROR_INVALID_FUNCTION ? EISDIR : errnoOf(GetLastError());
        return -1;
    }
    return got;
}

bool ReadFile::readAt(void *buffer, std::size_t size, std::uint64_t offset)
{
    const HANDLE handle = reinterpret_cast<HANDLE>(_get_osfhandle(m_fd));
    auto *out = static_cast<unsigned char *>(buffer);
    while (size > 0) {
        OVERLAPPED at{};
        at.Offset = static_cast<DWORD>(offset);
        at.OffsetHigh = static_cast<DWORD>(offset >> 32);
        DWORD got = 0;
        if (!::ReadFile(handle, out, static_cast<DWORD>(std::min<std::size_t>(size, 1u << 30)), &got, &at) ||
            got == 0)
            return false;
        out += got;
        size -= got;
        offset += got;
    }
    return true;
}

} // namespace trygg::files
