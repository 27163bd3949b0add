#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trygg {

class RegisterFile;

struct ImportSummary {
    int rows = 0;
    int created = 0;
    int updated = 0;
    int createdMeasures = 0;
    std::vector<std::string> createdUnits;
    std::vector<std::string> createdPeople;
    std::vector<std::string> createdAssessments;
    std::vector<std::string> createdAssets;
    std::vector<std::string> ignoredColumns;
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
// created, or, with the same text in the same assessment, shared. Several measures of one risk are
// given as lines of one cell (as the export writes them), with responsible, deadline and status
// line by line.
ImportSummary importRisksCsv(RegisterFile &file, std::string_view csv, std::string_view fileName);

// "12 assets imported (10 new, 2 updated); new units: Skole, NAV" for the command line.
std::string describeImport(const ImportSummary &summary, std::string_view what);

} // namespace trygg
