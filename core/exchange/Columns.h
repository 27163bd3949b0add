// SPDX-License-Identifier: EUPL-1.2
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
    Notification, // after the first contract columns: new columns go at the end
    // Accepted on import, beyond the contract: columns of an OS2 KITOS "IT Systemer Overblik" export,
    // kept in the asset's notes.
    SystemResponsible,
    RiskAssessmentDone,
    RiskAssessmentDate,
    RiskAssessmentPlanned,
    RiskAssessmentResult,
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
    // The line's id in its register: a column of the risk export, so that importing an export again
    // updates each line, duplicates included (RiskImport.cpp).
    RiskId,
    // The day each measure in the measure cell was done (issue 15): after the id, the contract growing
    // only at the end.
    Completed,
    Count
};
}

const std::vector<ColumnSpec> &assetColumns();
const std::vector<ColumnSpec> &riskColumns();
// A column of assetColumns() or riskColumns() as the window labels the field ("Number of persons
// registered" for `persons`: the asset editor's, the risk form's and the action plan's labels), in
// `language` (da, nb, sv, en; model/ValueWords.h). A column the window has no field for is named by
// its contract name. suggestColumns() recognises these labels in every language (issue 13).
std::string columnLabel(const std::vector<ColumnSpec> &columns, int column, std::string_view language);
// The contract's header names, for export: the asset columns; the risk columns without the extras.
std::vector<std::string> assetHeader();
std::vector<std::string> riskHeader();

// Does the header look like an OS2 KITOS export of IT systems ("IT System", "Ansv.
// organisationsenhed", "Foretaget risikovurdering" ...)? Such a file has no asset type: its rows are
// IT systems.
bool isKitosExport(const std::vector<std::string> &header);

// Where each column is in a file: fieldOf[column] is the index into a record, or -1 if absent.
struct ColumnMapping {
    std::vector<int> fieldOf;
    std::vector<std::string> headerOf; // the file's own header cell for each column, named in row errors
    std::vector<std::string> ignored;  // header cells that name no known column
};

// Matches header cells to columns (case, spaces, `_` and `-` do not matter). Throws InputError
// naming the file for a missing required column or a column given twice.
ColumnMapping mapColumns(const std::vector<std::string> &header, const std::vector<ColumnSpec> &columns,
                         std::string_view fileName, int headerRow = 1);

// The column each header cell would fill (index into `columns`), or -1: by the contract's name, a
// synonym, or the window's label in any language. What mapColumns decides,
// without its checks, for a preview where the user can change it.
std::vector<int> suggestColumns(const std::vector<std::string> &header, const std::vector<ColumnSpec> &columns);

// A mapping chosen per file column (columnFor[i]: index into `columns`, or -1 to ignore). Throws
// InputError naming the file for a column chosen twice, a missing required column, or a choice that
// is not a column.
ColumnMapping mappingFromChoices(const std::vector<std::string> &header, const std::vector<int> &columnFor,
                                 const std::vector<ColumnSpec> &columns, std::string_view fileName, int headerRow = 1);

} // namespace trygg
