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
#include "plan/Prioritisation.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace trygg {
namespace {

std::string optionalNumber(const std::optional<int> &value)
{
    return value ? std::to_string(*value) : std::string();
}

std::string zoneName(const RiskMatrix &matrix, int zone)
{
    return zone >= 0 && zone < static_cast<int>(matrix.zones.size()) ? matrix.zones[static_cast<std::size_t>(zone)].name
                                                                     : std::string();
}

// The measures treating each risk, by index into data.risks, in id order.
std::vector<std::vector<const Measure *>> measuresByRisk(const RegisterData &data)
{
    std::vector<std::vector<const Measure *>> result(data.risks.size());
    for (const Measure &measure : data.measures)
        for (Id riskId : measure.riskIds)
            if (const Risk *risk = RegisterData::findById(data.risks, riskId))
                result[static_cast<std::size_t>(risk - data.risks.data())].push_back(&measure);
    return result;
}

// Several measures of one risk go into one cell each, a line per measure, which the import reads back.
std::string linesOf(const std::vector<const Measure *> &measures, const auto &valueOf)
{
    std::string text;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        if (i)
            text += '\n';
        text += valueOf(*measures[i]);
    }
    return text;
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
                              a->notes});
    return table;
}

ExportTable risksTable(const RegisterData &data, std::optional<Id> unitId)
{
    const auto measures = measuresByRisk(data);
    ExportTable table;
    table.title = "risks";
    table.header = {"priority", "effective_consequence", "score", "zone"};
    for (std::string &name : riskHeader())
        table.header.push_back(std::move(name));
    table.header.push_back("id"); // last: the contract grows only at the end
    table.kinds.assign(table.header.size(), Cell::Text);
    for (std::size_t column : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{4 + riskcol::Probability},
                               std::size_t{4 + riskcol::Consequence}, table.header.size() - 1})
        table.kinds[column] = Cell::Number;
    for (const RankedRisk &ranked : prioritiseRisks(data, RiskScope{unitId, std::nullopt})) {
        const Risk &r = data.risks[ranked.index];
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, r.assessmentId);
        const Asset *asset = RegisterData::findById(data.assets, r.assetId);
        const auto &treating = measures[ranked.index];
        table.rows.push_back(
            {std::to_string(ranked.priority), std::to_string(ranked.score.effectiveConsequence),
             std::to_string(ranked.score.score), zoneName(data.matrixOf(r), ranked.score.zone),
             assessment ? data.unitName(assessment->unitId) : "", assessment ? assessment->name : "",
             asset ? asset->name : "", r.threat, aspectsToText(r.aspects), std::to_string(r.probability),
             std::to_string(r.consequence), std::string(toToken(r.manyAffected)), std::string(toToken(r.knowledge)),
             r.existingMeasures, linesOf(treating, [](const Measure &m) { return m.what; }),
             linesOf(treating, [&](const Measure &m) { return data.personName(m.responsibleId); }),
             linesOf(treating, [](const Measure &m) { return m.deadline ? m.deadline->toIso() : ""; }),
             linesOf(treating, [](const Measure &m) { return std::string(toToken(m.status)); }), std::to_string(r.id)});
    }
    return table;
}

ExportTable planTable(const RegisterData &data, Date today, std::optional<Id> unitId)
{
    ExportTable table;
    table.title = "plan";
    table.header = {"priority", "measure", "responsible", "deadline",    "status",
                    "overdue",  "score",   "consequence", "probability", "risks"};
    table.kinds = {Cell::Number, Cell::Text,   Cell::Text,   Cell::Text,   Cell::Text,
                   Cell::Text,   Cell::Number, Cell::Number, Cell::Number, Cell::Text};
    for (const PlanEntry &entry : actionPlan(data, today, RiskScope{unitId, std::nullopt})) {
        const Measure &m = data.measures[entry.measureIndex];
        const RankedRisk *top = entry.topRisk();
        std::string risks;
        for (const RankedRisk &ranked : entry.risks) {
            const Risk &risk = data.risks[ranked.index];
            const Asset *asset = RegisterData::findById(data.assets, risk.assetId);
            risks += (risks.empty() ? "" : " | ") + risk.threat + (asset ? " (" + asset->name + ")" : std::string());
        }
        table.rows.push_back({std::to_string(entry.priority), m.what, data.personName(m.responsibleId),
                              m.deadline ? m.deadline->toIso() : "", std::string(toToken(m.status)),
                              std::string(toToken(entry.due == DueState::Overdue)),
                              top ? std::to_string(top->score.score) : "",
                              top ? std::to_string(top->score.effectiveConsequence) : "",
                              top ? std::to_string(top->score.probability) : "", risks});
    }
    return table;
}

} // namespace

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
    for (const auto &row : table.rows)
        writer.writeRow(row);
    return out;
}

void writeFileWhole(const std::string &path, std::string_view content)
{
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) {
            std::error_code ec;
            std::filesystem::remove(temporary, ec);
            throw InputError(
                trygg::trMsg("%1: cannot write the file (is the folder writable, is the disk full?)", path));
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        throw InputError(trygg::trMsg("%1: cannot write the file: %2", path, ec.message()));
    }
}

void writeExport(const ExportTable &table, ExportFormat format, const std::string &path)
{
    if (format == ExportFormat::Xlsx)
        writeXlsx(table, path);
    else
        writeFileWhole(path, exportTableCsv(table));
}

std::string exportAssetsCsv(const RegisterData &data, std::optional<Id> unitId)
{
    return exportTableCsv(assetsTable(data, unitId));
}

std::string exportRisksCsv(const RegisterData &data, std::optional<Id> unitId)
{
    return exportTableCsv(risksTable(data, unitId));
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
                     "new_value"});
    for (const AuditEntry &e : entries)
        writer.writeRow({e.at, e.osUser, e.person, e.action, e.objectType,
                         e.objectId ? std::to_string(*e.objectId) : std::string(), e.objectName, e.field,
                         e.oldValue.value_or(""), e.newValue.value_or("")});
    return out;
}

} // namespace trygg
