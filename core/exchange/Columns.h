#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

// A column of an import/export file: its English name (the CLI contract) and the Danish, Norwegian
// and Swedish header names that mean the same.
struct ColumnSpec {
    std::string_view name;
    std::vector<std::string_view> aliases;
    bool required = false;
};

// Columns of the asset and risk files, in the order of the contract.
namespace assetcol {
enum : int {
    Name,
    Type,
    Unit,
    Owner,
    Deputy,
    Purpose,
    Information,
    PersonalData,
    Persons,
    LegalBasis,
    Operator,
    Dpa,
    Confidentiality,
    Integrity,
    Availability,
    Classification,
    Archiving,
    Safeguards,
    Storage,
    Notes,
    Count
};
}
namespace riskcol {
enum : int {
    Unit,
    Assessment,
    Asset,
    Threat,
    Aspects,
    Probability,
    Consequence,
    ManyAffected,
    Knowledge,
    ExistingMeasures,
    Measure,
    Responsible,
    Deadline,
    Status,
    // Accepted on import, beyond the contract.
    ResidualProbability,
    ResidualConsequence,
    Count
};
}

const std::vector<ColumnSpec> &assetColumns();
const std::vector<ColumnSpec> &riskColumns();
// The contract's header names, for export: the asset columns; the risk columns without the extras.
std::vector<std::string> assetHeader();
std::vector<std::string> riskHeader();

// Where each column is in a file: fieldOf[column] is the index into a record, or -1 if absent.
struct ColumnMapping {
    std::vector<int> fieldOf;
    std::vector<std::string> ignored; // header cells that name no known column
};

// Matches header cells to columns (case, spaces, `_` and `-` do not matter). Throws InputError
// naming the file for a missing required column or a column given twice.
ColumnMapping mapColumns(const std::vector<std::string> &header, const std::vector<ColumnSpec> &columns,
                         std::string_view fileName);

} // namespace trygg
