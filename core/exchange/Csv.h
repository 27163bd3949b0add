#pragma once

#include <span>
#include <string>
#include <string_view>
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

// The most columns an import file may have, CSV as XLSX (XlsxLimits::maxColumns): Trygg's own have
// fewer than 40, and a file of 100,000 columns froze the import preview (issue 19).
constexpr int MaxImportColumns = 256;

// Parses RFC 4180 CSV in UTF-8 (a leading BOM is skipped). The delimiter (`;`, `,` or tab) is
// detected from the header line. Throws InputError naming `fileName` and the row for an unclosed
// quote, invalid UTF-8, a row of more than MaxImportColumns cells, or an empty file.
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
    void writeRow(const std::vector<std::string> &fields);
    // The same for fields the caller holds elsewhere (no copies: the long exports write this way).
    void writeRow(std::span<const std::string_view> fields);

private:
    void writeField(std::string_view field);
    std::string &m_out;
    char m_delimiter;
};

} // namespace trygg
