// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

class RegisterFile;
struct CsvTable;

// One problem with one row of an import file (row 1 is the header), and the column if it is about one.
struct ImportProblem {
    int row = 0;
    std::string column;
    Message message;
};

enum class ImportKind { Assets, Risks };

struct ImportOptions {
    // How the file's columns are read: columnFor[i] is the column (index into assetColumns() or
    // riskColumns()) that the file's column i fills, or -1 to ignore it. Without it, the header names
    // decide (mapColumns).
    std::optional<std::vector<int>> columnFor;
    // Leave out the rows that have problems (they are listed in the summary) instead of importing
    // nothing. The user must choose this explicitly.
    bool skipInvalidRows = false;
    // Check everything, as far as writing each row inside the transaction, then roll back: the
    // register is not changed. For a preview.
    bool dryRun = false;
    // Called now and then with how far the import is (`done` of `total` steps: every row is read, then
    // written); returning false stops it, nothing written, and the summary says cancelled. For a
    // preview checking in the background (issue 19).
    std::function<bool(int done, int total)> progress;
};

struct ImportSummary {
    int rows = 0;
    int created = 0;
    int updated = 0;   // matched and really changed (issue 19)
    int unchanged = 0; // matched, and the file changes nothing of it
    int createdMeasures = 0;
    int updatedMeasures = 0; // measures the register held whose responsible, deadline, status or lines changed
    std::vector<std::string> createdUnits;
    // "SKOLE = Skole": a unit the file names in other upper and lower case than the register (issue 12).
    std::vector<std::string> unitsSpeltOtherwise;
    std::vector<std::string> createdPeople;
    std::vector<std::string> createdAssessments;
    std::vector<std::string> createdAssets;
    std::vector<std::string> ignoredColumns;
    // With skipInvalidRows or dryRun: the problems found, by row; their rows were not imported.
    std::vector<ImportProblem> problems;
    std::vector<int> skippedRows;
    bool cancelled = false; // stopped by ImportOptions::progress: nothing was written
};

// Imports are all or nothing: every row is checked first and, if any is wrong, an InputError lists
// each problem by file, row and column, and nothing is written. Otherwise everything is written in
// one transaction.
//
// Assets are matched by name within their unit: a known asset is updated (only the columns the file
// has), so importing the same file twice does not duplicate it. Units and people named in the file
// are created when missing.
ImportSummary importAssetsCsv(RegisterFile &file, std::string_view csv, std::string_view fileName);

// Risk rows: a unit, assessment or asset that does not exist yet is created. A row whose assessment
// already has a line with the same text about the same asset updates that line. A row's measure is
// created, or, with the same text in the same assessment, shared: the responsible, deadline and status
// columns the file has apply to it too (issue 19), so that export, edit and import again changes the
// plan. A matched row or measure is counted updated only when it really changed. Several measures of one risk are
// given as lines of one cell (as the export writes them), with responsible, deadline and status
// line by line.
ImportSummary importRisksCsv(RegisterFile &file, std::string_view csv, std::string_view fileName);

// The same for a file already read (CSV or XLSX, see readImportFile), with options; `fileName` names
// the file in messages and in the audit trail.
ImportSummary importTable(RegisterFile &file, ImportKind kind, const CsvTable &table, std::string_view fileName,
                          const ImportOptions &options = {});

// "12 assets imported (10 new, 2 updated); new units: Skole, NAV" for the command line.
Message describeImport(const ImportSummary &summary, ImportKind kind);

} // namespace trygg
