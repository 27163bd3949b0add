// SPDX-License-Identifier: EUPL-1.2
#include "exchange/CsvImport.h"

#include "exchange/ImportRows.h"
#include "model/Asset.h"
#include "model/Error.h"
#include "model/Organisation.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "model/ValueWords.h"
#include "storage/RegisterFile.h"

#include <algorithm>
#include <charconv>

namespace trygg {
namespace {

constexpr std::size_t MaxReported = 50;

std::string joined(const std::vector<std::string> &names)
{
    std::string text;
    for (const std::string &name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

} // namespace

void ImportErrors::add(int row, std::string_view column, Message message)
{
    m_problems.push_back({row, std::string(column), std::move(message)});
}

void ImportErrors::addRow(int row, Message message)
{
    m_problems.push_back({row, std::string(), std::move(message)});
}

// The messages of members are written trygg::trMsg: lupdate takes the context from that qualification,
// and unqualified it would take the class ("trygg::ImportRow"), where the translator never looks.
void ImportErrors::throwIfAny() const
{
    if (m_problems.empty())
        return;
    Message text;
    for (std::size_t i = 0; i < m_problems.size() && i < MaxReported; ++i) {
        const ImportProblem &p = m_problems[i];
        const Message line = p.column.empty()
                                 ? trygg::trMsg("%1: row %2: %3", m_file, p.row, p.message)
                                 : trygg::trMsg("%1: row %2, column '%3': %4", m_file, p.row, p.column, p.message);
        text = i ? trygg::trMsg("%1\n%2", text, line) : line;
    }
    if (m_problems.size() > MaxReported)
        text = trygg::trCount("%1\n... and %n more problem", "%1\n... and %n more problems",
                              static_cast<long long>(m_problems.size() - MaxReported), text);
    throw InputError(trygg::trMsg("%1\nNothing was imported.", text));
}

ImportRow::ImportRow(const CsvRecord &record, const ColumnMapping &mapping, const std::vector<ColumnSpec> &columns,
                     ImportErrors &errors)
    : m_record(record), m_mapping(mapping), m_columns(columns), m_errors(errors)
{
}

bool ImportRow::has(int column) const
{
    return m_mapping.fieldOf[static_cast<std::size_t>(column)] >= 0;
}

std::string ImportRow::text(int column) const
{
    const int field = m_mapping.fieldOf[static_cast<std::size_t>(column)];
    if (field < 0 || static_cast<std::size_t>(field) >= m_record.fields.size())
        return {};
    // Undo the export's neutralisation of formula-like cells before trimming (see restoreCell).
    return std::string(trim(restoreCell(m_record.fields[static_cast<std::size_t>(field)])));
}

void ImportRow::error(int column, Message message) const
{
    // The column as the file names it ("navn"), or where the file has no such column, by its own name.
    const auto at = static_cast<std::size_t>(column);
    const std::string &header = m_mapping.headerOf[at];
    m_errors.add(m_record.row, header.empty() ? std::string(m_columns[at].name) : header, std::move(message));
}

std::optional<bool> ImportRow::boolean(int column) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    auto parsed = readYesNo(value);
    if (!parsed)
        error(column, trygg::trMsg("'%1' is not %2 or %3", value, yesNoWord(true), yesNoWord(false)));
    return parsed;
}

std::optional<Date> ImportRow::date(int column) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    auto parsed = Date::parse(value);
    if (!parsed)
        error(column, trygg::trMsg("'%1' is not a date (YYYY-MM-DD or DD.MM.YYYY)", value));
    return parsed;
}

std::optional<long long> ImportRow::count(int column) const
{
    const std::string cell = text(column);
    std::string digits;
    for (char ch : cell)
        if (ch != ' ')
            digits += ch;
    if (digits.empty())
        return std::nullopt;
    long long value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size() || value < 0) {
        error(column, trygg::trMsg("'%1' is not a whole number of zero or more", cell));
        return std::nullopt;
    }
    return value;
}

std::optional<int> ImportRow::level(int column, const std::vector<Level> &scale) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    const int levels = static_cast<int>(scale.size());
    int number = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec == std::errc() && end == value.data() + value.size()) {
        if (number >= 1 && number <= levels)
            return number;
    } else if (ec == std::errc() && *end == ' ') {
        // "3 Moderat", as the window shows a level (issue 18).
        if (number >= 1 && number <= levels &&
            foldCase(scale[static_cast<std::size_t>(number - 1)].label) ==
                foldCase(trim(std::string_view(end, value.data() + value.size()))))
            return number;
    } else {
        for (int i = 0; i < levels; ++i)
            if (foldCase(scale[static_cast<std::size_t>(i)].label) == foldCase(value))
                return i + 1;
    }
    std::string labels;
    for (int i = 0; i < levels; ++i)
        labels += (i ? ", " : "") + scale[static_cast<std::size_t>(i)].label;
    error(column, trygg::trMsg("'%1' is not a level of the scale: use 1-%2 (%3)", value, levels, labels));
    return std::nullopt;
}

std::optional<int> ImportRow::classificationLevel(int column) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    int number = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    // "3 Allvarlig": the level with the register's name for it, as the window shows it (issue 18).
    const bool named = ec == std::errc() && end != value.data() + value.size() && *end == ' ';
    if (ec != std::errc() || (end != value.data() + value.size() && !named) || number < 0 ||
        number > ClassificationLevelMax) {
        error(column, trygg::trMsg("'%1' is not a level from 0 to %2", value, ClassificationLevelMax));
        return std::nullopt;
    }
    return number;
}

std::optional<Id> NameResolver::unit(const std::string &name)
{
    if (name.empty())
        return std::nullopt;
    if (auto id = m_file.findUnit(name)) {
        // Issue 12: "SKOLE" in the file is the register's "Skole"; the summary says so, once.
        if (const auto unit = m_file.stored<OrgUnit>(*id); unit && unit->name != trim(name)) {
            const std::string note = std::string(trim(name)) + " = " + unit->name;
            auto &notes = m_summary.unitsSpeltOtherwise;
            if (std::find(notes.begin(), notes.end(), note) == notes.end())
                notes.push_back(note);
        }
        return id;
    }
    m_summary.createdUnits.push_back(name);
    return m_file.addUnit(OrgUnit{0, name, std::nullopt});
}

std::optional<Id> NameResolver::person(const std::string &name)
{
    if (name.empty())
        return std::nullopt;
    if (auto id = m_file.findPerson(name))
        return id;
    m_summary.createdPeople.push_back(name);
    Person person;
    person.name = name;
    return m_file.addPerson(person);
}

ImportSummary importTable(RegisterFile &file, ImportKind kind, const CsvTable &table, std::string_view fileName,
                          const ImportOptions &options)
{
    return kind == ImportKind::Assets ? importAssetsTable(file, table, fileName, options)
                                      : importRisksTable(file, table, fileName, options);
}

Message describeImport(const ImportSummary &summary, ImportKind kind)
{
    const int count = summary.created + summary.updated + summary.unchanged;
    const bool assets = kind == ImportKind::Assets;
    Message text =
        summary.unchanged == 0
            ? (assets
                   ? trygg::trCount("%n asset imported (%1 new, %2 updated)", "%n assets imported (%1 new, %2 updated)",
                                    count, summary.created, summary.updated)
                   : trygg::trCount("%n risk imported (%1 new, %2 updated)", "%n risks imported (%1 new, %2 updated)",
                                    count, summary.created, summary.updated))
            : (assets ? trygg::trCount("%n asset imported (%1 new, %2 updated, %3 unchanged)",
                                       "%n assets imported (%1 new, %2 updated, %3 unchanged)", count, summary.created,
                                       summary.updated, summary.unchanged)
                      : trygg::trCount("%n risk imported (%1 new, %2 updated, %3 unchanged)",
                                       "%n risks imported (%1 new, %2 updated, %3 unchanged)", count, summary.created,
                                       summary.updated, summary.unchanged));
    if (summary.createdMeasures)
        text = trygg::trMsg("%1\nnew measures: %2", text, summary.createdMeasures);
    if (summary.updatedMeasures)
        text = trygg::trMsg("%1\nupdated measures: %2", text, summary.updatedMeasures);
    if (!summary.createdUnits.empty())
        text = trygg::trMsg("%1\nnew units: %2", text, joined(summary.createdUnits));
    if (!summary.unitsSpeltOtherwise.empty())
        text = trygg::trMsg("%1\nunits written otherwise in the file, imported into the register's unit: %2", text,
                            joined(summary.unitsSpeltOtherwise));
    if (!summary.createdAssessments.empty())
        text = trygg::trMsg("%1\nnew assessments: %2", text, joined(summary.createdAssessments));
    if (!summary.createdAssets.empty())
        text = trygg::trMsg("%1\nnew assets: %2", text, joined(summary.createdAssets));
    if (!summary.createdPeople.empty())
        text = trygg::trMsg("%1\nnew people: %2", text, joined(summary.createdPeople));
    if (!summary.skippedRows.empty()) {
        std::string rows;
        for (int row : summary.skippedRows)
            rows += (rows.empty() ? "" : ", ") + std::to_string(row);
        text = trygg::trMsg("%1\nskipped rows with problems: %2", text, rows);
    }
    if (!summary.ignoredColumns.empty())
        text = trygg::trMsg("%1\nignored columns: %2", text, joined(summary.ignoredColumns));
    return text;
}

} // namespace trygg
