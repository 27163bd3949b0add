// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Writing files in a folder others can write too (a network share); what differs between operating
// systems is in platform/FileSystem.h. Every file Trygg writes beside another is created
// exclusively under an unpredictable name, never through a link, and renamed into place; what the output
// path holds is checked first so a link, a device, a folder or a register is refused with a message.

#include "model/Message.h"
#include "platform/FileSystem.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::files {

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

// A private folder for files a library writes by name (libxlsxwriter): made by makePrivateFolder() in the
// system's temporary folder (owner-only), removed with its content by the destructor.
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
