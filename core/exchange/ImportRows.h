// SPDX-License-Identifier: EUPL-1.2
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

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

class ImportErrors {
public:
    explicit ImportErrors(std::string_view fileName) : m_file(fileName) {}
    void add(int row, std::string_view column, Message message);
    void addRow(int row, Message message);
    bool empty() const { return m_problems.empty(); }
    std::size_t size() const { return m_problems.size(); }
    const std::vector<ImportProblem> &problems() const { return m_problems; }
    // Throws InputError with every problem, one per line (the first 50).
    void throwIfAny() const;

private:
    std::string m_file;
    std::vector<ImportProblem> m_problems;
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
    void error(int column, Message message) const;

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

ImportSummary importAssetsTable(RegisterFile &file, const CsvTable &table, std::string_view fileName,
                                const ImportOptions &options);
ImportSummary importRisksTable(RegisterFile &file, const CsvTable &table, std::string_view fileName,
                               const ImportOptions &options);

// What a row added to the summary, so that a row the core refuses can be taken out again.
class SummaryMark {
public:
    explicit SummaryMark(const ImportSummary &s)
        : m_created(s.created), m_updated(s.updated), m_measures(s.createdMeasures), m_units(s.createdUnits.size()),
          m_spelt(s.unitsSpeltOtherwise.size()), m_people(s.createdPeople.size()),
          m_assessments(s.createdAssessments.size()), m_assets(s.createdAssets.size())
    {
    }
    void restore(ImportSummary &s) const
    {
        s.created = m_created;
        s.updated = m_updated;
        s.createdMeasures = m_measures;
        s.createdUnits.resize(m_units);
        s.unitsSpeltOtherwise.resize(m_spelt);
        s.createdPeople.resize(m_people);
        s.createdAssessments.resize(m_assessments);
        s.createdAssets.resize(m_assets);
    }

private:
    int m_created, m_updated, m_measures;
    std::size_t m_units, m_spelt, m_people, m_assessments, m_assets;
};

// The frame both imports share: map the columns, read and check every row (`read(row)` returns the
// row's pending record, reporting problems on the row), and only if all are good, write them in one
// transaction (`write(pending, mapping, names, summary)`), each row in a savepoint of its own.
// Normally any problem, also a row the core refuses, rolls everything back and throws; with
// options.skipInvalidRows the rows with problems are left out and listed in the summary, and with
// options.dryRun nothing is committed. The audit trail gets one "import" row of `objectType` naming
// the file, in the same transaction.
template <typename Read, typename Write> ImportSummary runImport(RegisterFile &file, std::string_view objectType,
                                                                 const CsvTable &table, std::string_view fileName,
                                                                 const std::vector<ColumnSpec> &columns,
                                                                 const ImportOptions &options, Read read, Write write)
{
    const ColumnMapping mapping =
        options.columnFor ? mappingFromChoices(table.header, *options.columnFor, columns, fileName, table.headerRow)
                          : mapColumns(table.header, columns, fileName, table.headerRow);
    const bool collect = options.skipInvalidRows || options.dryRun;
    ImportErrors errors(fileName);
    ImportSummary summary;
    summary.ignoredColumns = mapping.ignored;

    // Progress every so many steps, and whether to go on.
    const int total = static_cast<int>(table.records.size()) * 2;
    int done = 0;
    const auto goOn = [&] {
        ++done;
        return !options.progress || done % 256 != 0 || options.progress(done, total);
    };
    std::vector<decltype(read(std::declval<const ImportRow &>()))> pending;
    for (const CsvRecord &record : table.records) {
        if (!goOn()) {
            summary.cancelled = true;
            return summary;
        }
        const std::size_t before = errors.size();
        if (record.fields.size() > table.header.size())
            errors.addRow(record.row, trygg::trMsg("the row has %1 cells but the header has %2", record.fields.size(),
                                                   table.header.size()));
        auto row = read(ImportRow(record, mapping, columns, errors));
        if (errors.size() == before)
            pending.push_back(std::move(row));
        else
            summary.skippedRows.push_back(record.row);
    }
    if (!collect)
        errors.throwIfAny();

    Transaction transaction(file.database());
    NameResolver names(file, summary);
    done = static_cast<int>(table.records.size());
    for (const auto &row : pending) {
        if (!goOn()) {
            summary.cancelled = true;
            return summary; // the transaction rolls back
        }
        const SummaryMark mark(summary);
        try {
            Transaction rowTransaction(file.database());
            write(row, mapping, names, summary);
            rowTransaction.commit();
            ++summary.rows;
        } catch (const InputError &error) {
            mark.restore(summary);
            errors.addRow(row.row, messageOf(error));
            summary.skippedRows.push_back(row.row);
        }
    }
    if (!collect)
        errors.throwIfAny();
    summary.problems = errors.problems();
    std::sort(summary.skippedRows.begin(), summary.skippedRows.end());
    // Stored in the audit trail: data of the register, not translated.
    std::string counts = std::to_string(summary.rows) + (summary.rows == 1 ? " row: " : " rows: ") +
                         std::to_string(summary.created) + " new, " + std::to_string(summary.updated) + " updated";
    if (!summary.skippedRows.empty())
        counts += ", " + std::to_string(summary.skippedRows.size()) + " rows with problems skipped";
    file.recordImport(objectType, fileName, counts);
    if (!options.dryRun)
        transaction.commit();
    return summary;
}

} // namespace trygg
