// SPDX-License-Identifier: EUPL-1.2
#include "exchange/Csv.h"

#include "model/Error.h"
#include "model/Text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace trygg {

namespace {

constexpr std::string_view Bom = "\xEF\xBB\xBF";

// trygg::trMsg here and in Parser: lupdate takes the context of a message from the qualification, and
// without it would guess wrongly here ("std", from Bom's type; "trygg::Parser" in the class).
[[noreturn]] void fail(std::string_view fileName, int row, const Message &message)
{
    const std::string file(fileName);
    if (row > 0) {
        throw InputError(file.empty() ? trygg::trMsg("row %1: %2", row, message)
                                      : trygg::trMsg("%1: row %2: %3", file, row, message));
    }
    throw InputError(file.empty() ? message : trygg::trMsg("%1: %2", file, message));
}

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

// Checked line by line so that the message can name the row; CR and LF never occur inside a
// multi-byte sequence, so splitting there cannot cut a valid character in two.
void checkUtf8(std::string_view text, std::string_view fileName)
{
    int row = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isLineBreak(text[i])) {
            continue;
        }
        if (!isValidUtf8(text.substr(start, i - start))) {
            fail(fileName, row, trygg::trMsg("text is not valid UTF-8"));
        }
        if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
            ++i;
        }
        ++row;
        start = i + 1;
    }
}

// Spreadsheets write `;` where the decimal separator is a comma (all of the Nordics), `,` elsewhere,
// and some exports use tabs; the header line has no numbers, so counting there is reliable.
char detectDelimiter(std::string_view text)
{
    constexpr std::array<char, 3> candidates{';', ',', '\t'};
    std::array<int, 3> counts{};
    std::size_t i = 0;
    while (i < text.size() && isLineBreak(text[i])) {
        ++i;
    }
    bool inQuotes = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineBreak(c)) {
            break;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k]) {
                    ++counts[k];
                }
            }
        }
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best]) {
            best = k;
        }
    }
    return candidates[best];
}

class Parser {
public:
    Parser(std::string_view text, std::string_view fileName, char delimiter)
        : m_text(text), m_fileName(fileName), m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // Reads one record and the line break after it.
    CsvRecord readRecord()
    {
        CsvRecord record;
        record.row = m_line;
        while (true) {
            if (record.fields.size() >= static_cast<std::size_t>(MaxImportColumns))
                fail(m_fileName, record.row,
                     trygg::trCount("the row has more than %n column", "the row has more than %n columns",
                                    MaxImportColumns));
            record.fields.push_back(readField(record.row));
            if (!atEnd() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            break;
        }
        if (!atEnd()) {
            skipLineBreak();
        }
        return record;
    }

private:
    std::string readField(int row)
    {
        if (atEnd() || m_text[m_pos] != '"') {
            // A quote inside an unquoted field is kept as it is: hand-edited files have them.
            const std::size_t start = m_pos;
            while (!atEnd() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos])) {
                ++m_pos;
            }
            return std::string(m_text.substr(start, m_pos - start));
        }
        ++m_pos;
        std::string field;
        while (true) {
            if (atEnd()) {
                fail(m_fileName, row, trygg::trMsg("a quoted field is not closed"));
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field.push_back('"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (isLineBreak(c)) {
                const std::size_t start = m_pos;
                skipLineBreak();
                field.append(m_text.substr(start, m_pos - start));
                continue;
            }
            field.push_back(c);
            ++m_pos;
        }
        if (!atEnd() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos])) {
            fail(m_fileName, row, trygg::trMsg("unexpected text after a closing quote"));
        }
        return field;
    }

    // CRLF, LF and a lone CR (old Mac exports) each end one physical line.
    void skipLineBreak()
    {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    std::string_view m_text;
    std::string_view m_fileName;
    char m_delimiter;
    std::size_t m_pos = 0;
    int m_line = 1;
};

// After any leading `'`s, does the cell begin with a character a spreadsheet starts a formula with?
bool looksLikeFormula(std::string_view cell)
{
    std::size_t start = 0;
    while (start < cell.size() && cell[start] == '\'')
        ++start;
    if (start == cell.size())
        return false;
    const char first = cell[start];
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

// "-12", "7": an optional minus and up to 18 digits, nothing else.
bool isWholeNumber(std::string_view text)
{
    if (text.starts_with('-'))
        text.remove_prefix(1);
    return !text.empty() && text.size() <= 18 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.empty() || (record.fields.size() == 1 && record.fields.front().empty());
}

} // namespace

CsvTable parseCsv(std::string_view text, std::string_view fileName)
{
    if (text.size() > MaxImportBytes)
        fail(fileName, 0,
             trygg::trMsg("the file is larger than %1 MB, the most Trygg reads of an import file",
                          MaxImportBytes >> 20));
    if (text.starts_with(Bom)) {
        text.remove_prefix(Bom.size());
    }
    checkUtf8(text, fileName);

    CsvTable table;
    table.delimiter = detectDelimiter(text);
    Parser parser(text, fileName, table.delimiter);
    bool haveHeader = false;
    std::size_t cells = 0;
    while (!parser.atEnd()) {
        CsvRecord record = parser.readRecord();
        if (isBlank(record)) {
            continue;
        }
        cells += record.fields.size();
        if (table.records.size() >= static_cast<std::size_t>(MaxImportRows))
            fail(fileName, record.row,
                 trygg::trCount("the file has more than %n row", "the file has more than %n rows", MaxImportRows));
        if (cells > MaxImportCells)
            fail(fileName, record.row,
                 trygg::trCount("the file has more than %n cell", "the file has more than %n cells",
                                static_cast<long long>(MaxImportCells)));
        if (!haveHeader) {
            table.header = std::move(record.fields);
            haveHeader = true;
        } else {
            table.records.push_back(std::move(record));
        }
    }
    if (!haveHeader) {
        fail(fileName, 0, trygg::trMsg("the file is empty (no header row)"));
    }
    return table;
}

std::string neutraliseCell(std::string_view cell)
{
    return looksLikeFormula(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string restoreCell(std::string_view cell)
{
    if (cell.starts_with('\'') && looksLikeFormula(cell))
        cell.remove_prefix(1);
    return std::string(cell);
}

CsvWriter::CsvWriter(std::string &out, char delimiter, bool bom) : m_out(out), m_delimiter(delimiter)
{
    // Excel only reads a CSV file as UTF-8 when it starts with a BOM.
    if (bom) {
        m_out.append(Bom);
    }
}

void CsvWriter::writeRow(const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_out.push_back(m_delimiter);
        }
        writeField(fields[i], isNumberColumn(i));
    }
    m_out.append("\r\n");
}

void CsvWriter::writeRow(std::span<const std::string_view> fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_out.push_back(m_delimiter);
        }
        writeField(fields[i], isNumberColumn(i));
    }
    m_out.append("\r\n");
}

// Writes neutraliseCell(field), quoted where needed, without making the neutralised copy; a whole number
// in a number column as it is.
void CsvWriter::writeField(std::string_view field, bool numberColumn)
{
    const bool formula = looksLikeFormula(field) && !(numberColumn && isWholeNumber(field));
    bool special = false;
    for (const char c : field) {
        if (c == m_delimiter || c == '"' || c == '\r' || c == '\n') {
            special = true;
            break;
        }
    }
    // Leading and trailing spaces are quoted because spreadsheets and readers that trim would lose them
    // (a neutralised cell begins with its `'`, not with the space).
    const bool needsQuotes = special || (!formula && field.starts_with(' ')) || field.ends_with(' ');
    if (!needsQuotes) {
        if (formula) {
            m_out.push_back('\'');
        }
        m_out.append(field);
        return;
    }
    m_out.push_back('"');
    if (formula) {
        m_out.push_back('\'');
    }
    for (std::size_t start = 0; start < field.size();) {
        const std::size_t quote = field.find('"', start);
        if (quote == std::string_view::npos) {
            m_out.append(field.substr(start));
            break;
        }
        m_out.append(field.substr(start, quote + 1 - start));
        m_out.push_back('"');
        start = quote + 1;
    }
    m_out.push_back('"');
}

} // namespace trygg
