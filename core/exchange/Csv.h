// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trygg {

// One record of a CSV file with the 1-based line it starts on (the header is line 1); for files
// without line breaks inside cells that is the row a spreadsheet shows.
struct CsvRecord {
    int row = 0;
    std::vector<std::string> fields;
};

struct CsvTable {
    char delimiter = ';';
    std::vector<std::string> header;
    int headerRow = 1;              // a sheet may have a title above its table
    std::vector<CsvRecord> records; // without the header; blank lines are skipped
};

// What an import table (CSV or XLSX) may hold, so no file fills the memory (issue 12: a million CSV rows
// took 1.2 GB): an import file of at most 64 MB, rows and columns as a spreadsheet's limits here, and
// cells in all (a row of 256 columns takes room even when empty).
inline constexpr std::size_t MaxImportBytes = 64u << 20;
inline constexpr int MaxImportRows = 100'000;
// Columns: Trygg's own files have fewer than 40, and a file of 100,000 columns froze the import preview
// (issue 19).
inline constexpr int MaxImportColumns = 256;
inline constexpr std::size_t MaxImportCells = 4'000'000;

// Parses RFC 4180 CSV in UTF-8 (a leading BOM is skipped). The delimiter (`;`, `,` or tab) is
// detected from the header line. Throws InputError naming `fileName` and the row for an unclosed
// quote, invalid UTF-8, an empty file, or more than the limits above.
CsvTable parseCsv(std::string_view text, std::string_view fileName);

// CSV injection: a cell beginning with `=`, `+`, `-`, `@`, tab or CR would be read as a formula by a
// spreadsheet. Exports prefix such cells with `'` (also when they already begin with `'`s before one of
// those characters), so a spreadsheet shows them as text; restoreCell() removes exactly that one `'`,
// so export then import gives the same text. Any other cell is unchanged in both directions.
std::string neutraliseCell(std::string_view cell);
std::string restoreCell(std::string_view cell);

// Writes CSV with `;` and CRLF line ends, quoting fields as RFC 4180 requires. Every field is
// neutralised (neutraliseCell).
class CsvWriter {
public:
    explicit CsvWriter(std::string &out, char delimiter = ';', bool bom = true);
    // Columns (true at their index) that hold whole numbers: a cell there that is one ("-3") is written as it
    // is, since a spreadsheet reads it as the number it is (issue 12: negative numbers became text); any
    // other cell in them is neutralised as usual.
    void setNumberColumns(std::vector<bool> columns) { m_numberColumns = std::move(columns); }
    void writeRow(const std::vector<std::string> &fields);
    // The same for fields the caller holds elsewhere (no copies: the long exports write this way).
    void writeRow(std::span<const std::string_view> fields);

private:
    void writeField(std::string_view field, bool numberColumn);
    bool isNumberColumn(std::size_t column) const { return column < m_numberColumns.size() && m_numberColumns[column]; }
    std::string &m_out;
    char m_delimiter;
    std::vector<bool> m_numberColumns;
};

} // namespace trygg
