// SPDX-License-Identifier: EUPL-1.2
// XLSX out with libxlsxwriter: the export tables as a workbook, one sheet, a bold frozen header, numbers as
// numbers, cells over a spreadsheet's limit shortened with a note.
#include "exchange/Xlsx.h"

#include "exchange/ExportTable.h"
#include "model/Date.h"
#include "model/Error.h"
#include "model/Text.h"
#include "platform/SafeFiles.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace trygg {
namespace {

// ---------------------------------------------------------------------------------------------
// Writing

// The widest line of a cell in characters (UTF-8 code points), for the column width.
std::size_t displayWidth(std::string_view text)
{
    std::size_t widest = 0;
    std::size_t current = 0;
    for (char ch : text) {
        if (ch == '\n') {
            widest = std::max(widest, current);
            current = 0;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
            ++current;
        }
    }
    return std::max(widest, current);
}

// A number as the export writes it ("12", "12.5"); nullopt for anything else.
std::optional<double> numberOf(const std::string &text)
{
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A spreadsheet cell holds at most 32,767 characters, counted in UTF-16 units (a character beyond U+FFFF
// takes two); libxlsxwriter refuses a longer text, which failed the whole export (issue 12).
constexpr std::size_t MaxCellUnits = 32'767;

std::size_t sequenceLength(unsigned char lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

std::size_t spreadsheetLength(std::string_view text)
{
    std::size_t units = 0;
    for (const char ch : text)
        if (const auto byte = static_cast<unsigned char>(ch); (byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    return units;
}

// The text as a cell can hold it: a longer one shortened at a character boundary, with a note that says so
// and where the whole text is (the CSV export has no such limit).
std::string fitCell(std::string text)
{
    if (spreadsheetLength(text) <= MaxCellUnits)
        return text;
    // The workbook is written in the register's words, which are not translated: the note is English too.
    const std::string note =
        trygg::trMsg("… (shortened: %1 characters in all; see the CSV export)", characterCount(text)).english();
    const std::size_t room = MaxCellUnits - spreadsheetLength(note);
    std::size_t units = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        const auto lead = static_cast<unsigned char>(text[end]);
        const std::size_t size = sequenceLength(lead);
        const std::size_t needed = lead >= 0xF0 ? 2 : 1;
        if (units + needed > room || end + size > text.size())
            break;
        units += needed;
        end += size;
    }
    text.resize(end);
    return text + note;
}

} // namespace

void writeXlsx(const ExportTable &table, const std::string &path, const std::string &registerPath)
{
    // libxlsxwriter opens its output by name, following links: it writes in a folder only we can enter,
    // and the bytes go beside `path` the safe way. An output that must not be written is refused before
    // the work.
    files::refuseUnsafeOutput(path);
    const files::PrivateFolder folder;
    const std::string temporary = folder.path() + "/workbook.xlsx";
    lxw_workbook *workbook = workbook_new(temporary.c_str());
    if (!workbook)
        throw InputError(trygg::trMsg("%1: cannot write the file (out of memory)", path));
    // workbook_close() writes the archive and frees the workbook whatever happened before.
    auto fail = [&](const Message &message) {
        workbook_close(workbook);
        throw InputError(trygg::trMsg("%1: %2", path, message));
    };
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, table.title.empty() ? nullptr : table.title.c_str());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(workbook); // issue 13: dates a spreadsheet can sort and filter
    format_set_num_format(date, table.dateFormat.c_str());
    format_set_align(date, LXW_ALIGN_LEFT);
    if (!sheet || !bold || !wrapped || !date)
        fail(trygg::trMsg("cannot write the file (out of memory)"));

    const std::size_t columns = table.header.size();
    std::vector<std::size_t> widths(columns, 0);
    auto check = [&](lxw_error error, std::size_t row, std::size_t column) {
        if (error == LXW_NO_ERROR)
            return;
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            fail(trygg::trMsg(
                "row %1, column '%2': the text is longer than the 32,767 characters a spreadsheet cell can hold",
                row + 1, table.header[column]));
        fail(trygg::trMsg("row %1, column '%2': cannot write the cell: %3", row + 1, table.header[column],
                          lxw_strerror(error)));
    };
    for (std::size_t c = 0; c < columns; ++c) {
        check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                     fitCell(neutraliseCell(table.header[c])).c_str(), bold),
              0, c);
        widths[c] = displayWidth(table.header[c]);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto &cells = table.rows[r];
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < columns && c < cells.size(); ++c) {
            const std::string &cell = cells[c];
            widths[c] = std::max(widths[c], displayWidth(cell));
            if (cell.empty())
                continue;
            const auto column = static_cast<lxw_col_t>(c);
            const std::optional<double> number =
                table.kinds[c] == ExportTable::Cell::Number ? numberOf(cell) : std::nullopt;
            std::optional<Date> day = table.kinds[c] == ExportTable::Cell::Date ? Date::parse(cell) : std::nullopt;
            if (day && (day->year < 1900 || day->year > 9999))
                day.reset();
            if (number) {
                check(worksheet_write_number(sheet, row, column, *number, nullptr), r + 1, c);
            } else if (day) {
                // Years before 1900 are not dates to a spreadsheet: such a deadline stays text.
                lxw_datetime when{day->year, day->month, day->day, 0, 0, 0.0};
                check(worksheet_write_datetime(sheet, row, column, &when, date), r + 1, c);
            } else
                check(worksheet_write_string(sheet, row, column, fitCell(neutraliseCell(cell)).c_str(),
                                             cell.find('\n') != std::string::npos ? wrapped : nullptr),
                      r + 1, c);
        }
    }
    for (std::size_t c = 0; c < columns; ++c) {
        const double width = static_cast<double>(std::clamp<std::size_t>(widths[c] + 2, 8, 60));
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                             static_cast<lxw_col_t>(columns - 1));
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        throw InputError(trygg::trMsg("%1: cannot write the file (is the folder writable, is the disk full?): %2", path,
                                      lxw_strerror(closed)));
    files::writeWhole(path, files::readPrivateFile(temporary, path),
                      registerPath.empty() ? files::newFileMode() : files::exportMode(registerPath));
}

} // namespace trygg
