// SPDX-License-Identifier: EUPL-1.2
#include "platform/SafeFiles.h"

#include "model/Error.h"
#include "model/SystemError.h"
#include "platform/Paths.h"
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

namespace trygg::files {
namespace {

// The first bytes of a file (at most 100: SQLite's header), without following a link or blocking on a FIFO.
std::string headerOf(const std::string &path)
{
    ReadFile file(path, Follow::NotLink);
    if (!file.isOpen())
        return {};
    std::array<char, 100> bytes{};
    std::size_t have = 0;
    while (have < bytes.size()) {
        const long long got = file.read(bytes.data() + have, bytes.size() - have);
        if (got <= 0)
            break;
        have += static_cast<std::size_t>(got);
    }
    return std::string(bytes.data(), have);
}

Message errorText(int error)
{
    return systemError(error);
}

} // namespace

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

PrivateFolder::PrivateFolder() : m_path(makePrivateFolder())
{
    if (m_path.empty()) {
        const int error = errno;
        std::error_code ec;
        throw InputError(trygg::trMsg("cannot create a private temporary folder in %1: %2",
                                      utf8Of(std::filesystem::temp_directory_path(ec)), errorText(error)));
    }
}

PrivateFolder::~PrivateFolder()
{
    std::error_code ec;
    std::filesystem::remove_all(pathFromUtf8(m_path), ec);
}

std::string readPrivateFile(const std::string &path, const std::string &shownAs)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
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
    // Without waiting: opening a FIFO for reading would wait for a writer.
    ReadFile file(path, Follow::Link);
    if (!file.isOpen())
        throw cannotRead(errno);
    const std::optional<FileStatus> status = file.status();
    if (!status || status->kind != Kind::Regular)
        throw InputError(trygg::trMsg("%1: not a plain file (a folder, a pipe or a device); nothing was read", path));
    if (static_cast<unsigned long long>(status->identity.size) > maxBytes)
        throw tooLarge();
    // The size may grow while it is read: never more than maxBytes + 1 is held.
    std::string content(static_cast<std::size_t>(status->identity.size) + 1, '\0');
    std::size_t got = 0;
    while (true) {
        if (got == content.size()) {
            if (content.size() > maxBytes)
                break;
            content.resize(std::min(content.size() * 2, maxBytes + 1));
        }
        const long long n = file.read(content.data() + got, content.size() - got);
        if (n < 0)
            throw cannotRead(errno);
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got > maxBytes)
        throw tooLarge();
    content.resize(got);
    return content;
}

} // namespace trygg::files
