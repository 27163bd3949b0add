// SPDX-License-Identifier: EUPL-1.2
#include "FontMetrics.h"

#include <algorithm>
#include <string>

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

bool isVowel(char32_t c)
{
    static const std::u32string Vowels = U"aeiouyæøåäöéèêáàâóòôúùûíìîüAEIOUYÆØÅÄÖÉÈÊÁÀÂÓÒÔÚÙÛÍÌÎÜ";
    return Vowels.find(c) != std::u32string::npos;
}

bool isLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x250);
}

bool isConsonant(char32_t c)
{
    return isLetter(c) && !isVowel(c);
}

// Two consonants that can begin a Nordic syllable (st-, sk-, tr-, pl- ...).
bool isOnset(char32_t first, char32_t second)
{
    static const std::u32string Onsets = U"st sk sp sl sm sn sv tr kr pr br dr gr fr kl pl bl gl fl tv kv dv sj kj tj gj bj fj";
    const auto lower = [](char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; };
    const std::u32string pair{lower(first), lower(second)};
    return Onsets.find(pair) != std::u32string::npos;
}

// Where a syllable may start in a word: before the last consonant between two vowels (Per-son,
// Sann-syn-lig-het), or before the last two where three or more meet and those two can begin a syllable
// (Kunn-skaps-styrke). Two letters at least stay on each side.
std::vector<bool> syllableStarts(const std::vector<char32_t> &chars)
{
    std::vector<bool> starts(chars.size() + 1, false);
    for (std::size_t v = 1; v < chars.size(); ++v) {
        if (!isVowel(chars[v]) || !isConsonant(chars[v - 1]))
            continue;
        std::size_t s = v - 1;
        while (s > 0 && isConsonant(chars[s - 1]))
            --s;
        if (s == 0 || !isVowel(chars[s - 1]))
            continue;
        const std::size_t length = v - s;
        const std::size_t at = length >= 3 && isOnset(chars[v - 2], chars[v - 1]) ? v - 2 : v - 1;
        if (at >= 2 && at + 2 <= chars.size())
            starts[at] = true;
    }
    return starts;
}

// Breaks a word wider than `width` with hyphens: each piece the longest that fits with its hyphen, ending
// after a hyphen of the word or where a syllable starts (syllableStarts); at the widest fitting character
// only when there is neither.
void hyphenateWord(std::string_view word, double width, double size, bool bold, std::vector<std::string> &lines)
{
    std::vector<char32_t> chars;
    std::vector<std::size_t> offsets; // byte offset of each character, and the end
    for (std::size_t i = 0; i < word.size();) {
        offsets.push_back(i);
        chars.push_back(nextCodePoint(word, i));
    }
    offsets.push_back(word.size());
    const std::vector<bool> syllables = syllableStarts(chars);
    const double hyphen = advance(U'-', bold) * size;
    std::size_t start = 0;
    while (start < chars.size()) {
        double used = 0;
        std::size_t fits = start; // characters [start, fits) fit with a hyphen after them
        while (fits < chars.size() && used + advance(chars[fits], bold) * size + hyphen <= width)
            used += advance(chars[fits++], bold) * size;
        double rest = 0;
        for (std::size_t i = start; i < chars.size(); ++i)
            rest += advance(chars[i], bold) * size;
        if (rest <= width) {
            lines.emplace_back(word.substr(offsets[start]));
            return;
        }
        std::size_t cut = 0;
        for (std::size_t i = fits; i > start + 1 && cut == 0; --i) {
            const bool afterHyphen = chars[i - 1] == U'-';
            if (afterHyphen || (syllables[i] && i >= start + 2))
                cut = i;
        }
        const bool atHyphen = cut > 0 && chars[cut - 1] == U'-';
        if (cut == 0)
            cut = std::max(fits, start + 1);
        std::string piece(word.substr(offsets[start], offsets[cut] - offsets[start]));
        if (!atHyphen)
            piece += '-';
        lines.push_back(std::move(piece));
        start = cut;
    }
}

// Breaks one paragraph (no '\n') into lines.
void wrapParagraph(std::string_view text, double width, double size, bool bold, bool hyphenate,
                   std::vector<std::string> &lines)
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
        if (hyphenate) {
            hyphenateWord(word, width, size, bold, lines);
            line = std::move(lines.back());
            lines.pop_back();
            lineWidth = textWidth(line, size, bold);
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

std::vector<std::string> wrapText(std::string_view text, double width, double size, bool bold, bool hyphenate)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        std::string_view paragraph = text.substr(start, end == std::string_view::npos ? end : end - start);
        if (!paragraph.empty() && paragraph.back() == '\r')
            paragraph.remove_suffix(1);
        wrapParagraph(paragraph, width, size, bold, hyphenate, lines);
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
