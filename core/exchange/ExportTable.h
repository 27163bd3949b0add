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
    enum class Cell { Text, Number }; // a Number column holds whole numbers (or nothing)
    std::string title;                // "assets", "risks", "plan": the XLSX sheet's name
    std::vector<std::string> header;
    std::vector<Cell> kinds; // one per column
    std::vector<std::vector<std::string>> rows;
};

// Assets by unit and name; risks in priority order; measures in plan order (`today` decides what is
// overdue). With a unit, only that unit's rows.
ExportTable exportTable(const RegisterData &data, ExportKind kind, Date today, std::optional<Id> unitId = std::nullopt);

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
