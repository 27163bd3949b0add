#pragma once

// Shared by the CSV imports (not part of the public API): reading and checking the cells of a row,
// collecting every problem before anything is written.

#include "exchange/Columns.h"
#include "exchange/Csv.h"
#include "exchange/CsvImport.h"
#include "matrix/RiskMatrix.h"
#include "model/Date.h"
#include "model/Error.h"
#include "model/Ids.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

class ImportErrors {
public:
    explicit ImportErrors(std::string_view fileName) : m_file(fileName) {}
    void add(int row, std::string_view column, std::string_view message);
    void addRow(int row, std::string_view message);
    bool empty() const { return m_messages.empty(); }
    // Throws InputError with every problem, one per line (the first 50).
    void throwIfAny() const;

private:
    std::string m_file;
    std::vector<std::string> m_messages;
};

// The cells of one record, by column.
class ImportRow {
public:
    ImportRow(const CsvRecord &record, const ColumnMapping &mapping, const std::vector<ColumnSpec> &columns,
              ImportErrors &errors);

    int row() const { return m_record.row; }
    bool has(int column) const;
    // The cell, trimmed; empty if the column is absent.
    std::string text(int column) const;
    void error(int column, std::string_view message) const;

    std::optional<bool> boolean(int column) const;
    std::optional<Date> date(int column) const;
    std::optional<long long> count(int column) const;
    // A level of a scale: its number, or its label ("Moderat").
    std::optional<int> level(int column, const std::vector<Level> &scale) const;
    std::optional<int> classificationLevel(int column) const;

private:
    const CsvRecord &m_record;
    const ColumnMapping &m_mapping;
    const std::vector<ColumnSpec> &m_columns;
    ImportErrors &m_errors;
};

// Finds units and people by name, creating the missing ones and noting them in the summary.
class NameResolver {
public:
    NameResolver(RegisterFile &file, ImportSummary &summary) : m_file(file), m_summary(summary) {}
    std::optional<Id> unit(const std::string &name);
    std::optional<Id> person(const std::string &name);

private:
    RegisterFile &m_file;
    ImportSummary &m_summary;
};

// The frame both imports share: parse the file, read and check every row (`read(row)` returns the
// row's pending record, reporting problems on the row), and only if all are good, write them in one
// transaction (`write(pending, mapping, names, summary)`); a row the core refuses rolls everything back.
// The audit trail gets one "import" row of `objectType` naming the file, in the same transaction.
template <typename Read, typename Write>
ImportSummary runImport(RegisterFile &file, std::string_view objectType, std::string_view csv,
                        std::string_view fileName, const std::vector<ColumnSpec> &columns, Read read, Write write)
{
    const CsvTable table = parseCsv(csv, fileName);
    const ColumnMapping mapping = mapColumns(table.header, columns, fileName);
    ImportErrors errors(fileName);
    ImportSummary summary;
    summary.ignoredColumns = mapping.ignored;

    std::vector<decltype(read(std::declval<const ImportRow &>()))> pending;
    for (const CsvRecord &record : table.records) {
        if (record.fields.size() > table.header.size())
            errors.addRow(record.row, "the row has " + std::to_string(record.fields.size()) +
                                          " cells but the header has " + std::to_string(table.header.size()));
        pending.push_back(read(ImportRow(record, mapping, columns, errors)));
    }
    errors.throwIfAny();

    Transaction transaction(file.database());
    NameResolver names(file, summary);
    for (const auto &row : pending) {
        try {
            write(row, mapping, names, summary);
        } catch (const InputError &error) {
            errors.addRow(row.row, error.what());
        }
        ++summary.rows;
    }
    errors.throwIfAny();
    file.recordImport(objectType, fileName,
                      std::to_string(summary.rows) + (summary.rows == 1 ? " row: " : " rows: ") +
                          std::to_string(summary.created) + " new, " + std::to_string(summary.updated) + " updated");
    transaction.commit();
    return summary;
}

} // namespace trygg
