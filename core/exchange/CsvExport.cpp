// SPDX-License-Identifier: EUPL-1.2
#include "exchange/CsvExport.h"

#include "exchange/Columns.h"
#include "exchange/Csv.h"
#include "exchange/ExportTable.h"
#include "exchange/Xlsx.h"
#include "model/AuditEntry.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "model/ValueWords.h"
#include "plan/Prioritisation.h"
#include "platform/SafeFiles.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <span>
#include <stdexcept>

namespace trygg {
namespace {

std::string optionalNumber(const std::optional<int> &value)
{
    return value ? std::to_string(*value) : std::string();
}

// The measures treating each risk, by index into data.risks, in id order: for risk i,
// measures[offsets[i]] up to measures[offsets[i + 1]]. One flat list, not a list per risk: 100,000
// risks would otherwise mean 100,000 allocations.
struct MeasuresByRisk {
    std::vector<std::size_t> offsets;
    std::vector<const Measure *> measures;

    std::span<const Measure *const> of(std::size_t riskIndex) const
    {
        return {measures.data() + offsets[riskIndex], measures.data() + offsets[riskIndex + 1]};
    }
};

MeasuresByRisk measuresByRisk(const RegisterData &data)
{
    // Each link as (risk index, measure), in the order of the measures and their risks.
    std::vector<std::pair<std::size_t, const Measure *>> links;
    for (const Measure &measure : data.measures)
        for (Id riskId : measure.riskIds)
            if (const Risk *risk = RegisterData::findById(data.risks, riskId))
                links.emplace_back(static_cast<std::size_t>(risk - data.risks.data()), &measure);
    MeasuresByRisk result;
    result.offsets.assign(data.risks.size() + 1, 0);
    for (const auto &link : links)
        ++result.offsets[link.first + 1];
    for (std::size_t i = 1; i < result.offsets.size(); ++i)
        result.offsets[i] += result.offsets[i - 1];
    result.measures.resize(links.size());
    std::vector<std::size_t> next(result.offsets.begin(), result.offsets.end() - 1);
    for (const auto &[risk, measure] : links)
        result.measures[next[risk]++] = measure;
    return result;
}

// Several measures of one risk go into one cell each, a line per measure, which the import reads back.
// Written into `text` (cleared first), which the caller reuses from row to row.
void linesOf(std::string &text, std::span<const Measure *const> measures, const auto &appendValue)
{
    text.clear();
    for (std::size_t i = 0; i < measures.size(); ++i) {
        if (i)
            text += '\n';
        appendValue(text, *measures[i]);
    }
}

// Date::toIso() without its allocation.
void appendIso(std::string &text, const Date &date)
{
    if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 || date.day > 99) {
        text += date.toIso();
        return;
    }
    const char iso[] = {static_cast<char>('0' + date.year / 1000),
                        static_cast<char>('0' + date.year / 100 % 10),
                        static_cast<char>('0' + date.year / 10 % 10),
                        static_cast<char>('0' + date.year % 10),
                        '-',
                        static_cast<char>('0' + date.month / 10),
                        static_cast<char>('0' + date.month % 10),
                        '-',
                        static_cast<char>('0' + date.day / 10),
                        static_cast<char>('0' + date.day % 10)};
    text.append(iso, sizeof iso);
}

// A whole number as text in a buffer of its own: the row's fields point into it.
class NumberText {
public:
    std::string_view operator()(std::int64_t value)
    {
        const auto result = std::to_chars(m_buffer.data(), m_buffer.data() + m_buffer.size(), value);
        return {m_buffer.data(), static_cast<std::size_t>(result.ptr - m_buffer.data())};
    }
    // An empty cell for a level not entered (issue 13: a line not scored yet).
    std::string_view operator()(const std::optional<int> &value) { return value ? (*this)(*value) : std::string_view(); }

private:
    std::array<char, 24> m_buffer{};
};

std::string_view nameOf(const auto &items, const std::optional<Id> &id)
{
    const auto *item = RegisterData::findById(items, id);
    return item ? std::string_view(item->name) : std::string_view();
}

// The columns of `export risks`: priority, effective_consequence, score, zone, the risk file's columns
// (riskHeader), id and, last, completed (issue 15).
constexpr std::size_t RiskColumnCount = 4 + static_cast<std::size_t>(riskcol::ResidualProbability) + 2;
using RiskRow = std::array<std::string_view, RiskColumnCount>;

// Calls `emit(row)` for each risk in priority order (with a unit, that unit's). The row's fields are
// valid only during the call: the CSV export writes them straight out, the table copies them.
void forEachRiskRow(const RegisterData &data, std::optional<Id> unitId, const auto &emit)
{
    const MeasuresByRisk measures = measuresByRisk(data);
    std::array<std::string, AllAspects + 1> aspectTexts; // the text of every combination of aspects
    for (unsigned aspects = 0; aspects <= AllAspects; ++aspects)
        aspectTexts[aspects] = aspectsToText(aspects);
    NumberText priority, effectiveConsequence, score, probability, consequence, id;
    std::string what, responsible, deadline, status, completed;
    RiskRow row;
    for (const RankedRisk &ranked : prioritiseRisks(data, RiskScope{unitId, std::nullopt})) {
        const Risk &r = data.risks[ranked.index];
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, r.assessmentId);
        const Asset *asset = RegisterData::findById(data.assets, r.assetId);
        const RiskMatrix &matrix = data.matrixOf(r);
        const int zone = ranked.score.zone;
        const auto treating = measures.of(ranked.index);
        linesOf(what, treating, [](std::string &text, const Measure &m) { text += m.what; });
        linesOf(responsible, treating,
                [&](std::string &text, const Measure &m) { text += nameOf(data.people, m.responsibleId); });
        linesOf(deadline, treating, [](std::string &text, const Measure &m) {
            if (m.deadline)
                appendIso(text, *m.deadline);
        });
        linesOf(status, treating, [](std::string &text, const Measure &m) { text += toToken(m.status); });
        linesOf(completed, treating, [](std::string &text, const Measure &m) {
            if (m.completed)
                appendIso(text, *m.completed);
        });
        const bool isScored = ranked.score.scored();
        row = {priority(ranked.priority),
               isScored ? effectiveConsequence(ranked.score.effectiveConsequence) : std::string_view(),
               isScored ? score(ranked.score.score) : std::string_view(),
               zone >= 0 && zone < static_cast<int>(matrix.zones.size())
                   ? std::string_view(matrix.zones[static_cast<std::size_t>(zone)].name)
                   : std::string_view(),
               assessment ? nameOf(data.units, assessment->unitId) : std::string_view(),
               assessment ? std::string_view(assessment->name) : std::string_view(),
               asset ? std::string_view(asset->name) : std::string_view(),
               r.threat,
               aspectTexts[r.aspects & AllAspects],
               probability(r.probability),
               consequence(r.consequence),
               toToken(r.manyAffected),
               toToken(r.knowledge),
               r.existingMeasures,
               what,
               responsible,
               deadline,
               status,
               id(r.id),
               completed};
        emit(row);
    }
}

std::vector<std::string> risksHeader()
{
    std::vector<std::string> header = {"priority", "effective_consequence", "score", "zone"};
    for (std::string &name : riskHeader())
        header.push_back(std::move(name));
    header.push_back("id"); // the contract grows only at the end
    header.push_back("completed");
    if (header.size() != RiskColumnCount)
        throw std::logic_error("export risks: the header and the rows differ in their number of columns");
    return header;
}

} // namespace

namespace {

using Cell = ExportTable::Cell;

ExportTable assetsTable(const RegisterData &data, std::optional<Id> unitId)
{
    std::vector<const Asset *> assets;
    for (const Asset &asset : data.assets)
        if (!unitId || asset.unitId == unitId)
            assets.push_back(&asset);
    std::stable_sort(assets.begin(), assets.end(), [&](const Asset *a, const Asset *b) {
        return std::make_pair(foldCase(data.unitName(a->unitId)), foldCase(a->name)) <
               std::make_pair(foldCase(data.unitName(b->unitId)), foldCase(b->name));
    });
    ExportTable table;
    table.title = "assets";
    table.header = assetHeader();
    table.kinds.assign(table.header.size(), Cell::Text);
    for (int column : {assetcol::Persons, assetcol::Confidentiality, assetcol::Integrity, assetcol::Availability})
        table.kinds[static_cast<std::size_t>(column)] = Cell::Number;
    for (const Asset *a : assets)
        table.rows.push_back({a->name,
                              std::string(toToken(a->type)),
                              data.unitName(a->unitId),
                              data.personName(a->ownerId),
                              data.personName(a->deputyId),
                              a->purpose,
                              a->information,
                              std::string(toToken(a->personalData)),
                              a->persons ? std::to_string(*a->persons) : "",
                              a->legalBasis,
                              a->operatorName,
                              std::string(toToken(a->dataProcessingAgreement)),
                              optionalNumber(a->confidentiality),
                              optionalNumber(a->integrity),
                              optionalNumber(a->availability),
                              a->classification,
                              a->archiving,
                              a->safeguards,
                              a->storage,
                              a->notes,
                              a->notification});
    return table;
}

std::vector<Cell> riskKinds(std::size_t columns)
{
    std::vector<Cell> kinds(columns, Cell::Text);
    for (std::size_t column : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{4 + riskcol::Probability},
                               std::size_t{4 + riskcol::Consequence}, columns - 2})
        kinds[column] = Cell::Number;
    kinds[4 + riskcol::Deadline] = Cell::Date;
    kinds[columns - 1] = Cell::Date;
    return kinds;
}

std::vector<bool> numberColumns(const std::vector<Cell> &kinds)
{
    std::vector<bool> numbers;
    for (const Cell kind : kinds)
        numbers.push_back(kind == Cell::Number);
    return numbers;
}

ExportTable risksTable(const RegisterData &data, std::optional<Id> unitId)
{
    ExportTable table;
    table.title = "risks";
    table.header = risksHeader();
    table.kinds = riskKinds(table.header.size());
    forEachRiskRow(data, unitId, [&](const RiskRow &row) { table.rows.emplace_back(row.begin(), row.end()); });
    return table;
}

// Hours and costs as the shortest text that reads back the same ("12.5", "3000").
std::string decimal(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
    return {buffer.data(), result.ptr};
}

ExportTable planTable(const RegisterData &data, Date today, std::optional<Id> unitId)
{
    ExportTable table;
    table.title = "plan";
    // Issue 13: unit, assessment, hours, cost and follow-up at the end (the contract grows only there),
    // so that a combined register's plan can be filtered by unit.
    table.header = {"priority", "measure",     "responsible", "deadline", "status", "overdue",
                    "score",    "consequence", "probability", "risks",    "unit",   "assessment",
                    "hours",    "cost",        "follow_up",   "completed"};
    table.kinds = {Cell::Number, Cell::Text,   Cell::Text,   Cell::Date, Cell::Text, Cell::Text,
                   Cell::Number, Cell::Number, Cell::Number, Cell::Text, Cell::Text, Cell::Text,
                   Cell::Number, Cell::Number, Cell::Text,   Cell::Date};
    for (const PlanEntry &entry : actionPlan(data, today, RiskScope{unitId, std::nullopt})) {
        const Measure &m = data.measures[entry.measureIndex];
        const RankedRisk *top = entry.topRisk();
        const bool scoredTop = top && top->score.scored(); // issue 13: a line not scored has no score
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, m.assessmentId);
        std::string risks;
        for (const RankedRisk &ranked : entry.risks) {
            const Risk &risk = data.risks[ranked.index];
            const Asset *asset = RegisterData::findById(data.assets, risk.assetId);
            risks += (risks.empty() ? "" : " | ") + risk.threat + (asset ? " (" + asset->name + ")" : std::string());
        }
        table.rows.push_back({std::to_string(entry.priority), m.what, data.personName(m.responsibleId),
                              m.deadline ? m.deadline->toIso() : "", std::string(toToken(m.status)),
                              std::string(toToken(entry.due == DueState::Overdue)),
                              scoredTop ? std::to_string(top->score.score) : "",
                              scoredTop ? std::to_string(top->score.effectiveConsequence) : "",
                              scoredTop ? std::to_string(top->score.probability) : "", risks,
                              assessment ? data.unitName(assessment->unitId) : "", assessment ? assessment->name : "",
                              decimal(m.hours), decimal(m.cost), m.followUp, m.completed ? m.completed->toIso() : ""});
    }
    return table;
}

// The labels of the export's own columns, as the window shows them (lupdate files them under the
// window's contexts; the core has no Qt, so the marker stands for the text itself).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

Message shown(const char *context, const char *text)
{
    return Message::pattern(context, text, nullptr, std::nullopt, {});
}

// The risk export's columns before and after the risk file's.
const std::vector<Message> &riskExtraLabels()
{
    static const std::vector<Message> labels = {
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Priority")),
        shown("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Eff. C")),
        shown("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Product")),
        shown("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Zone")),
    };
    return labels;
}

const std::vector<Message> &planLabels()
{
    static const std::vector<Message> labels = {
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Priority")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Measure")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Responsible")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Deadline")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Status")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Overdue")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Top score")),
        shown("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Consequence")),
        shown("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Probability")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Risks")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Unit")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Assessment")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Hours")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Cost")),
        shown("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Follow-up")),
        shown("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Completed")),
    };
    return labels;
}

// Each line of a cell through `word` (a risk's measures have one line each); a line it does not know stays.
template <typename Word> std::string eachLine(const std::string &cell, const Word &word)
{
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = cell.find('\n', start);
        const std::string line = cell.substr(start, end == std::string::npos ? std::string::npos : end - start);
        out += line.empty() ? line : word(line).value_or(line);
        if (end == std::string::npos)
            break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

template <typename T> std::optional<std::string> valueIn(const std::string &token, std::string_view language)
{
    const auto value = readValue<T>(token);
    return value ? std::optional<std::string>(renderIn(wordOf(*value), language)) : std::nullopt;
}

std::optional<std::string> yesNoIn(const std::string &token, std::string_view language)
{
    const auto value = parseBool(token);
    return value ? std::optional<std::string>(renderIn(yesNoWord(*value), language)) : std::nullopt;
}

std::optional<std::string> aspectsIn(const std::string &token, std::string_view language)
{
    const auto aspects = parseAspects(token);
    if (!aspects)
        return std::nullopt;
    std::string out;
    for (Aspect aspect : {AspectPrivacy, AspectConfidentiality, AspectIntegrity, AspectAvailability})
        if (*aspects & aspect)
            out += (out.empty() ? "" : ", ") + renderIn(wordOf(aspect), language);
    return out;
}

// dd.mm.yyyy as Danish and Norwegian write dates; Swedish and English spreadsheets keep ISO.
std::string dateFormatOf(std::string_view language)
{
    return language == "da" || language == "nb" ? "dd.mm.yyyy" : "yyyy-mm-dd";
}

} // namespace

void localiseExport(ExportTable &table, ExportKind kind, std::string_view language)
{
    // column -> how its values are said
    std::vector<std::optional<std::string> (*)(const std::string &, std::string_view)> words(table.header.size(),
                                                                                             nullptr);
    auto set = [&](std::size_t column, auto word) {
        if (column < words.size())
            words[column] = word;
    };
    if (kind == ExportKind::Assets) {
        for (std::size_t c = 0; c < table.header.size(); ++c)
            table.header[c] = columnLabel(assetColumns(), static_cast<int>(c), language);
        set(assetcol::Type, valueIn<AssetType>);
        set(assetcol::PersonalData, valueIn<PersonalData>);
        set(assetcol::Dpa, yesNoIn);
    } else if (kind == ExportKind::Risks) {
        const std::vector<Message> &extra = riskExtraLabels();
        for (std::size_t c = 0; c < table.header.size(); ++c)
            if (c < extra.size())
                table.header[c] = renderIn(extra[c], language);
            else if (c + 1 < table.header.size()) // the last, the line's id, keeps its name: import matches it
                table.header[c] = columnLabel(riskColumns(), static_cast<int>(c - extra.size()), language);
        const std::size_t first = extra.size();
        set(first + riskcol::Aspects, aspectsIn);
        set(first + riskcol::ManyAffected, yesNoIn);
        set(first + riskcol::Knowledge, valueIn<Knowledge>);
        set(first + riskcol::Status, valueIn<MeasureStatus>);
    } else {
        const std::vector<Message> &labels = planLabels();
        for (std::size_t c = 0; c < table.header.size() && c < labels.size(); ++c)
            table.header[c] = renderIn(labels[c], language);
        set(4, valueIn<MeasureStatus>);
        set(5, yesNoIn);
    }
    for (auto &row : table.rows)
        for (std::size_t c = 0; c < row.size() && c < words.size(); ++c)
            if (words[c] && !row[c].empty())
                row[c] = eachLine(row[c], [&](const std::string &line) { return words[c](line, language); });
    table.dateFormat = dateFormatOf(language);
}

ExportTable exportTable(const RegisterData &data, ExportKind kind, Date today, std::optional<Id> unitId)
{
    switch (kind) {
    case ExportKind::Assets: return assetsTable(data, unitId);
    case ExportKind::Risks: return risksTable(data, unitId);
    case ExportKind::Plan: break;
    }
    return planTable(data, today, unitId);
}

std::string exportTableCsv(const ExportTable &table)
{
    std::string out;
    CsvWriter writer(out);
    writer.writeRow(table.header);
    writer.setNumberColumns(numberColumns(table.kinds));
    const bool nordicDates = table.dateFormat == "dd.mm.yyyy"; // a table in Danish or Norwegian words
    std::vector<std::string> shown;
    for (const auto &row : table.rows) {
        if (!nordicDates) {
            writer.writeRow(row);
            continue;
        }
        shown = row;
        for (std::size_t c = 0; c < shown.size() && c < table.kinds.size(); ++c)
            if (table.kinds[c] == Cell::Date)
                if (const auto date = Date::parse(shown[c]))
                    shown[c] = date->toIso().substr(8, 2) + "." + date->toIso().substr(5, 2) + "." +
                               date->toIso().substr(0, 4);
        writer.writeRow(shown);
    }
    return out;
}

void writeFileWhole(const std::string &path, std::string_view content, const std::string &registerPath)
{
    files::writeWhole(path, content, registerPath.empty() ? files::newFileMode() : files::exportMode(registerPath));
}

void writeExport(const ExportTable &table, ExportFormat format, const std::string &path,
                 const std::string &registerPath)
{
    if (format == ExportFormat::Xlsx)
        writeXlsx(table, path, registerPath);
    else
        writeFileWhole(path, exportTableCsv(table), registerPath);
}

std::string exportAssetsCsv(const RegisterData &data, std::optional<Id> unitId)
{
    return exportTableCsv(assetsTable(data, unitId));
}

std::string exportRisksCsv(const RegisterData &data, std::optional<Id> unitId)
{
    // Straight from the register to the text, without a table of strings in between: the export of a
    // whole municipality (100,000 risks) is one of issue 11's speed targets (bench/export-risks.sh).
    std::string out;
    out.reserve(data.risks.size() * 256); // about what a row of the demo register takes
    CsvWriter writer(out);
    const std::vector<std::string> header = risksHeader();
    writer.writeRow(header);
    writer.setNumberColumns(numberColumns(riskKinds(header.size())));
    forEachRiskRow(data, unitId, [&](const RiskRow &row) { writer.writeRow(row); });
    return out;
}

std::string exportCsv(const RegisterData &data, ExportKind kind, Date today, std::optional<Id> unitId)
{
    if (kind == ExportKind::Risks)
        return exportRisksCsv(data, unitId);
    return exportTableCsv(exportTable(data, kind, today, unitId));
}

std::string exportPlanCsv(const RegisterData &data, Date today, std::optional<Id> unitId)
{
    return exportTableCsv(planTable(data, today, unitId));
}

std::string exportHistoryCsv(const std::vector<AuditEntry> &entries)
{
    std::string out;
    CsvWriter writer(out);
    writer.writeRow({"at", "user", "person", "action", "object_type", "object_id", "object_name", "field", "old_value",
                     "new_value", "chain_hash"});
    for (const AuditEntry &e : entries)
        writer.writeRow({e.at, e.osUser, e.person, e.action, e.objectType,
                         e.objectId ? std::to_string(*e.objectId) : std::string(), e.objectName, e.field,
                         e.oldValue.value_or(""), e.newValue.value_or(""), e.chainHash});
    return out;
}

} // namespace trygg
