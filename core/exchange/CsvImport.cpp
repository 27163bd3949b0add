#include "exchange/CsvImport.h"

#include "exchange/ImportRows.h"
#include "model/Asset.h"
#include "model/Error.h"
#include "model/Organisation.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "storage/RegisterFile.h"

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

void ImportErrors::add(int row, std::string_view column, std::string_view message)
{
    m_problems.push_back({row, std::string(column), std::string(message)});
}

void ImportErrors::addRow(int row, std::string_view message)
{
    m_problems.push_back({row, std::string(), std::string(message)});
}

void ImportErrors::throwIfAny() const
{
    if (m_problems.empty())
        return;
    std::string text;
    for (std::size_t i = 0; i < m_problems.size() && i < MaxReported; ++i) {
        const ImportProblem &p = m_problems[i];
        text += (i ? "\n" : "") + m_file + ": row " + std::to_string(p.row) +
                (p.column.empty() ? std::string() : ", column '" + p.column + "'") + ": " + p.message;
    }
    if (m_problems.size() > MaxReported)
        text += "\n... and " + std::to_string(m_problems.size() - MaxReported) + " more problems";
    text += "\nNothing was imported.";
    throw InputError(text);
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

void ImportRow::error(int column, std::string_view message) const
{
    m_errors.add(m_record.row, m_columns[static_cast<std::size_t>(column)].name, message);
}

std::optional<bool> ImportRow::boolean(int column) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    auto parsed = parseBool(value);
    if (!parsed)
        error(column, "'" + value + "' is not yes or no");
    return parsed;
}

std::optional<Date> ImportRow::date(int column) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    auto parsed = Date::parse(value);
    if (!parsed)
        error(column, "'" + value + "' is not a date (YYYY-MM-DD or DD.MM.YYYY)");
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
        error(column, "'" + cell + "' is not a whole number of zero or more");
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
    } else {
        for (int i = 0; i < levels; ++i)
            if (foldCase(scale[static_cast<std::size_t>(i)].label) == foldCase(value))
                return i + 1;
    }
    std::string message = "'" + value + "' is not a level of the scale: use 1-" + std::to_string(levels) + " (";
    for (int i = 0; i < levels; ++i)
        message += (i ? ", " : "") + scale[static_cast<std::size_t>(i)].label;
    error(column, message + ")");
    return std::nullopt;
}

std::optional<int> ImportRow::classificationLevel(int column) const
{
    const std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    int number = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc() || end != value.data() + value.size() || number < 0 || number > ClassificationLevelMax) {
        error(column, "'" + value + "' is not a level from 0 to " + std::to_string(ClassificationLevelMax));
        return std::nullopt;
    }
    return number;
}

std::optional<Id> NameResolver::unit(const std::string &name)
{
    if (name.empty())
        return std::nullopt;
    if (auto id = m_file.findUnit(name))
        return id;
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

std::string describeImport(const ImportSummary &summary, std::string_view what)
{
    std::string text = std::to_string(summary.created + summary.updated) + " " + std::string(what) + " imported (" +
                       std::to_string(summary.created) + " new, " + std::to_string(summary.updated) + " updated)";
    if (summary.createdMeasures)
        text += "\nnew measures: " + std::to_string(summary.createdMeasures);
    if (!summary.createdUnits.empty())
        text += "\nnew units: " + joined(summary.createdUnits);
    if (!summary.createdAssessments.empty())
        text += "\nnew assessments: " + joined(summary.createdAssessments);
    if (!summary.createdAssets.empty())
        text += "\nnew assets: " + joined(summary.createdAssets);
    if (!summary.createdPeople.empty())
        text += "\nnew people: " + joined(summary.createdPeople);
    if (!summary.skippedRows.empty()) {
        std::string rows;
        for (int row : summary.skippedRows)
            rows += (rows.empty() ? "" : ", ") + std::to_string(row);
        text += "\nskipped rows with problems: " + rows;
    }
    if (!summary.ignoredColumns.empty())
        text += "\nignored columns: " + joined(summary.ignoredColumns);
    return text;
}

} // namespace trygg
