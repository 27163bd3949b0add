// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What trygg-cli prints for people goes through one filter: a name from a tampered register or a file name
// can hold bytes a terminal acts on (ESC starts a sequence that can retitle the window, move the cursor or
// hide text; CR overwrites a line; bidi controls reverse what is shown). Data the command writes for
// programs (CSV, JSON, a report on standard output) is written byte for byte to dataStream().

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace trygg::cli {

// `text` with every character a terminal would not just show written visibly: C0 controls but the line
// break as `\x1b` (`\r`, `\t` for those two), DEL as `\x7f`, C1 controls and the bidi embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069) as `\u0085`, `\u202e`, and a byte that is no part
// of valid UTF-8 as `\xff`. Letters such as æøå stay as they are.
std::string escapeForTerminal(std::string_view text);

// A stream that writes escapeForTerminal() of what it is given to `raw`.
class TerminalStream : public std::ostream {
public:
    explicit TerminalStream(std::ostream &raw);
    ~TerminalStream() override;
    TerminalStream(const TerminalStream &) = delete;
    TerminalStream &operator=(const TerminalStream &) = delete;

    std::ostream &raw() { return m_raw; }

private:
    class Buffer;
    std::ostream &m_raw;
    std::unique_ptr<Buffer> m_buffer;
};

// Where a command writes data for programs: the stream under a TerminalStream (after what was written to
// it so far), or `out` itself.
std::ostream &dataStream(std::ostream &out);

} // namespace trygg::cli
