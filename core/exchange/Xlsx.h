// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exchange/Csv.h"

#include <string>

namespace trygg {

struct ExportTable;

// Writes the table as an XLSX workbook of one sheet (libxlsxwriter): a bold header row that stays in
// view, column widths to fit, whole numbers as numbers, dates as ISO text, every text cell
// neutralised against formulas. Written whole or not at all: libxlsxwriter writes it in a private
// temporary folder, and files::writeWhole puts it beside `path` exclusively and renames it into place
// (permissions never wider than those of `registerPath`, when given). Throws InputError naming the file.
void writeXlsx(const ExportTable &table, const std::string &path, const std::string &registerPath = {});

// Limits that protect the reader from hostile files (zip bombs, giant sheets).
struct XlsxLimits {
    std::size_t maxPartBytes = 64u << 20; // uncompressed size of one XML part
    int maxRows = MaxImportRows;
    int maxColumns = MaxImportColumns;
    // The sheet's cells, counting the empty ones a cell far to the right makes (issue 12: an 11 KB workbook of
    // rows with one cell in column IV took 950 MB), and the shared strings, which cost room even unused.
    std::size_t maxCells = MaxImportCells;
    // All the text of the sheet's cells: a shared string used in many cells multiplies.
    std::size_t maxTextBytes = 256u << 20;
    // The archive's parts: a workbook has a few dozen; finding one walks the list.
    unsigned long maxEntries = 10'000;
};

// Reads the first sheet of an XLSX workbook as rows of text, like parseCsv: the first non-empty row
// is the header, `row` is the spreadsheet's row number. Shared and inline strings, numbers (cells
// formatted as dates become YYYY-MM-DD), booleans (yes/no) and the cached results of formulas are
// read; everything else is ignored. Throws InputError naming the file and what is wrong for a file
// that is not a workbook, is damaged, or is larger than the limits.
CsvTable readXlsx(const std::string &path, const XlsxLimits &limits = {});

// Reads an import file: XLSX if it is a zip archive (or named .xlsx), CSV otherwise.
CsvTable readImportFile(const std::string &path);

} // namespace trygg
