// SPDX-License-Identifier: EUPL-1.2
#include "TerminalText.h"

#include <cstdint>
#include <cstdio>
#include <streambuf>

namespace trygg::cli {
namespace {

// The length of the UTF-8 sequence starting at `i` and its code point, or 0 when the byte there starts
// no valid sequence (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short).
std::size_t decode(std::string_view text, std::size_t i, std::uint32_t &codePoint)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1Fu;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0Fu;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07u;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (text.size() - i < length)
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

bool isBidiControl(std::uint32_t codePoint)
{
    return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

// How many bytes at the end of `text` may be the start of a character the next write completes.
std::size_t unfinishedTail(std::string_view text)
{
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        const auto byte = static_cast<unsigned char>(text[text.size() - back]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        if (byte < 0xC0)
            return 0;
        const std::size_t length = (byte & 0xE0) == 0xC0   ? 2
                                   : (byte & 0xF0) == 0xE0 ? 3
                                   : (byte & 0xF8) == 0xF0 ? 4
                                                           : 0;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

std::string escapeForTerminal(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    char hex[16];
    std::size_t i = 0;
    while (i < text.size()) {
        std::uint32_t codePoint = 0;
        const std::size_t length = decode(text, i, codePoint);
        if (length == 0) {
            std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(text[i]));
            out += hex;
            ++i;
            continue;
        }
        if (codePoint == '\n') {
            out += '\n';
        } else if (codePoint == '\r') {
            out += "\\r";
        } else if (codePoint == '\t') {
            out += "\\t";
        } else if (codePoint < 0x20 || codePoint == 0x7F) {
            std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned>(codePoint));
            out += hex;
        } else if ((codePoint >= 0x80 && codePoint <= 0x9F) || isBidiControl(codePoint)) {
            std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(codePoint));
            out += hex;
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

// Collects what is written and passes it on escaped, keeping back only the first bytes of a character
// whose last bytes have not come yet (so a character written in two pieces is not taken for two bad bytes).
class TerminalStream::Buffer : public std::streambuf {
public:
    explicit Buffer(std::ostream &raw) : m_raw(raw) {}

    // Writes all that is pending; with `final`, an unfinished character too (as the bad bytes it is).
    bool pass(bool final)
    {
        const std::size_t keep = final ? 0 : unfinishedTail(m_pending);
        const std::string escaped = escapeForTerminal(std::string_view(m_pending).substr(0, m_pending.size() - keep));
        m_pending.erase(0, m_pending.size() - keep);
        m_raw.write(escaped.data(), static_cast<std::streamsize>(escaped.size()));
        return static_cast<bool>(m_raw);
    }

protected:
    int_type overflow(int_type ch) override
    {
        if (traits_type::eq_int_type(ch, traits_type::eof()))
            return traits_type::not_eof(ch);
        m_pending.push_back(traits_type::to_char_type(ch));
        return (m_pending.size() < Chunk || pass(false)) ? ch : traits_type::eof();
    }

    std::streamsize xsputn(const char *text, std::streamsize count) override
    {
        m_pending.append(text, static_cast<std::size_t>(count));
        return (m_pending.size() < Chunk || pass(false)) ? count : 0;
    }

    int sync() override
    {
        if (!pass(false))
            return -1;
        m_raw.flush();
        return m_raw ? 0 : -1;
    }

private:
    static constexpr std::size_t Chunk = 64 * 1024; // passed on in pieces: a long history needs no more memory
    std::ostream &m_raw;
    std::string m_pending;
};

TerminalStream::TerminalStream(std::ostream &raw)
    : std::ostream(nullptr), m_raw(raw), m_buffer(std::make_unique<Buffer>(raw))
{
    rdbuf(m_buffer.get());
}

TerminalStream::~TerminalStream()
{
    m_buffer->pass(true);
    m_raw.flush();
}

std::ostream &dataStream(std::ostream &out)
{
    if (auto *terminal = dynamic_cast<TerminalStream *>(&out)) {
        terminal->flush();
        return terminal->raw();
    }
    return out;
}

} // namespace trygg::cli
