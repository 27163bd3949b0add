#include "FontMetrics.h"

namespace trygg::report {

char32_t nextCodePoint(std::string_view text, std::size_t &position)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(position);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || position + static_cast<std::size_t>(length) > text.size()) {
        ++position;
        return U'\uFFFD';
    }
    char32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        const unsigned char next = byte(position + static_cast<std::size_t>(i));
        if ((next & 0xC0) != 0x80) {
            ++position;
            return U'\uFFFD';
        }
        code = (code << 6) | (next & 0x3F);
    }
    position += static_cast<std::size_t>(length);
    return code;
}

double textWidth(std::string_view text, double size, bool bold)
{
    double width = 0;
    for (std::size_t i = 0; i < text.size();)
        width += advance(nextCodePoint(text, i), bold);
    return width * size;
}

namespace {

// Breaks one paragraph (no '\n') into lines.
void wrapParagraph(std::string_view text, double width, double size, bool bold, std::vector<std::string> &lines)
{
    const double space = advance(U' ', bold) * size;
    std::string line;
    double lineWidth = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        const std::size_t end = std::min(text.find(' ', i), text.size());
        const std::string_view word = text.substr(i, end - i);
        i = end;
        const double wordWidth = textWidth(word, size, bold);
        if (!line.empty() && lineWidth + space + wordWidth <= width) {
            line += ' ';
            line += word;
            lineWidth += space + wordWidth;
            continue;
        }
        if (!line.empty())
            lines.push_back(std::move(line));
        line.clear();
        lineWidth = 0;
        if (wordWidth <= width) {
            line = word;
            lineWidth = wordWidth;
            continue;
        }
        // A word wider than the line (a long file path or URL) is broken between characters.
        for (std::size_t j = 0; j < word.size();) {
            const std::size_t start = j;
            const double charWidth = advance(nextCodePoint(word, j), bold) * size;
            if (!line.empty() && lineWidth + charWidth > width) {
                lines.push_back(std::move(line));
                line.clear();
                lineWidth = 0;
            }
            line.append(word.substr(start, j - start));
            lineWidth += charWidth;
        }
    }
    lines.push_back(std::move(line));
}

} // namespace

std::vector<std::string> wrapText(std::string_view text, double width, double size, bool bold)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        std::string_view paragraph = text.substr(start, end == std::string_view::npos ? end : end - start);
        if (!paragraph.empty() && paragraph.back() == '\r')
            paragraph.remove_suffix(1);
        wrapParagraph(paragraph, width, size, bold, lines);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return lines;
}

std::string elide(std::string_view text, double width, double size, bool bold)
{
    if (textWidth(text, size, bold) <= width)
        return std::string(text);
    const std::string ellipsis = "\u2026";
    double used = advance(U'\u2026', bold) * size;
    std::size_t i = 0;
    std::size_t fits = 0;
    while (i < text.size()) {
        used += advance(nextCodePoint(text, i), bold) * size;
        if (used > width)
            break;
        fits = i;
    }
    return std::string(text.substr(0, fits)) + ellipsis;
}

} // namespace trygg::report
