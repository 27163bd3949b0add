// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

struct RegisterData;

// What the exports write, before it becomes CSV or XLSX: the same columns and rows for both.
enum class ExportKind { Assets, Risks, Plan };

struct ExportTable {
    // A Number column holds numbers (or nothing); a Date column ISO dates, which a workbook holds as
    // dates (a cell of several lines, one per measure, stays text).
    enum class Cell { Text, Number, Date };
    std::string title; // "assets", "risks", "plan": the XLSX sheet's name
    std::vector<std::string> header;
    std::vector<Cell> kinds; // one per column
    std::vector<std::vector<std::string>> rows;
    std::string dateFormat = "yyyy-mm-dd"; // how a workbook shows the dates
};

// Assets by unit and name; risks in priority order; measures in plan order (`today` decides what is
// overdue). With a unit, only that unit's rows.
ExportTable exportTable(const RegisterData &data, ExportKind kind, Date today, std::optional<Id> unitId = std::nullopt);

// The table in people's words instead of the file format's (issue 13): the header as the window labels
// the fields and the values as it shows them ("It-system", "Planlagt", "Ja"), in `language` (da, nb,
// sv, en), dates shown the language's way. Import reads such a table back (model/ValueWords.h,
// suggestColumns). XLSX is written this way in the register's language; CSV only when asked
// (`--language`), as its default is the English contract.
void localiseExport(ExportTable &table, ExportKind kind, std::string_view language);

// UTF-8 with BOM, `;`, CRLF, every cell neutralised against formulas (neutraliseCell).
std::string exportTableCsv(const ExportTable &table);
// exportTableCsv(exportTable(...)), the same text; the risks are written without the table in between.
std::string exportCsv(const RegisterData &data, ExportKind kind, Date today, std::optional<Id> unitId = std::nullopt);

enum class ExportFormat { Csv, Xlsx };

// Writes the table to `path` as CSV or XLSX, whole or not at all (files::writeWhole: an exclusively
// created temporary file beside it, then renamed). An output path that is a link, a device, a folder or
// a register is refused. The file's permissions are never wider than those of `registerPath` (when
// given). Throws InputError naming the file.
void writeExport(const ExportTable &table, ExportFormat format, const std::string &path,
                 const std::string &registerPath = {});

// Writes `content` whole as `path` (files::writeWhole), so a failed write leaves no half file, with
// permissions never wider than those of `registerPath` (when given); throws InputError naming the file.
void writeFileWhole(const std::string &path, std::string_view content, const std::string &registerPath = {});

} // namespace trygg
