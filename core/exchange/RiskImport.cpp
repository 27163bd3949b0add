// SPDX-License-Identifier: EUPL-1.2
// Importing risk lines (and the measures named on them) from CSV.
#include "edit/Edit.h"
#include "exchange/CsvImport.h"

#include "exchange/ImportRows.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "model/ValueWords.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace trygg {
namespace {

struct PendingMeasure {
    std::string what;
    std::string responsible;
    std::optional<Date> deadline;
    std::optional<MeasureStatus> status; // none: the cell is empty
    std::optional<Date> completed;
};

struct PendingRisk {
    int row = 0;
    std::optional<Id> id; // the line's id in the register the file was exported from
    std::string unit;
    std::string assessment;
    std::string asset;
    Risk risk;
    std::vector<PendingMeasure> measures;
};

std::vector<std::string> cellLines(const std::string &cell)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t end = cell.find('\n', start);
        if (end == std::string::npos)
            end = cell.size();
        lines.emplace_back(trim(std::string_view(cell).substr(start, end - start)));
        start = end + 1;
    }
    return lines;
}

// Line i of a multi-line cell; a cell with one line applies to every measure.
std::string lineOf(const std::vector<std::string> &lines, std::size_t i)
{
    if (lines.size() == 1)
        return lines.front();
    return i < lines.size() ? lines[i] : std::string();
}

// The scales each row is read on: those of the matrix its assessment was created with, found by the
// unit's and the assessment's names (an assessment the file creates takes the current matrix). Built once
// per import, so that reading a row is no search through every unit and assessment.
class Scales {
public:
    explicit Scales(const RegisterData &data) : m_current(data.currentMatrix())
    {
        for (const RiskAssessment &a : data.assessments) {
            const OrgUnit *unit = RegisterData::findById(data.units, a.unitId);
            if (const RiskMatrix *matrix = RegisterData::findById(data.matrices, a.matrixId))
                m_matrices.emplace(std::pair{unit ? unit->name : std::string(), a.name}, matrix);
        }
    }
    const RiskMatrix &of(const std::string &unit, const std::string &assessment) const
    {
        auto found = m_matrices.find({unit, assessment});
        return found == m_matrices.end() ? m_current : *found->second;
    }

private:
    const RiskMatrix &m_current;
    std::map<std::pair<std::string, std::string>, const RiskMatrix *> m_matrices;
};

// The register's lines by assessment, asset and text, each list in the order of the form (position, then
// id, as RegisterFile::findRisks gives them), with the first that no row of the file has taken yet: so
// that matching a row is no search through its whole assessment (issue 19: 100,000 rows in one
// assessment took minutes).
class LineIndex {
public:
    explicit LineIndex(const std::vector<Risk> &risks)
    {
        std::vector<const Risk *> ordered;
        ordered.reserve(risks.size());
        for (const Risk &risk : risks)
            ordered.push_back(&risk);
        std::sort(ordered.begin(), ordered.end(), [](const Risk *a, const Risk *b) {
            return std::pair{a->position, a->id} < std::pair{b->position, b->id};
        });
        for (const Risk *risk : ordered)
            m_lines[keyOf(risk->assessmentId, risk->assetId, risk->threat)].ids.push_back(risk->id);
    }
    // The first line with this text about this asset in the assessment that `taken` does not hold.
    std::optional<Id> firstFree(Id assessmentId, std::optional<Id> assetId, const std::string &threat,
                                const std::unordered_set<Id> &taken)
    {
        auto found = m_lines.find(keyOf(assessmentId, assetId, threat));
        if (found == m_lines.end())
            return std::nullopt;
        Lines &lines = found->second;
        // Lines are taken for good (a row rolled back takes none), so those passed stay passed.
        while (lines.next < lines.ids.size() && taken.count(lines.ids[lines.next]))
            ++lines.next;
        return lines.next < lines.ids.size() ? std::optional<Id>(lines.ids[lines.next]) : std::nullopt;
    }
    // A line added at the end of its assessment.
    void add(const Risk &risk) { m_lines[keyOf(risk.assessmentId, risk.assetId, risk.threat)].ids.push_back(risk.id); }

private:
    struct Lines {
        std::vector<Id> ids;
        std::size_t next = 0;
    };
    static std::string keyOf(Id assessmentId, std::optional<Id> assetId, const std::string &threat)
    {
        return std::to_string(assessmentId) + '\x1f' + (assetId ? std::to_string(*assetId) : std::string()) + '\x1f' +
               threat;
    }
    std::unordered_map<std::string, Lines> m_lines;
};

void readMeasures(const ImportRow &row, PendingRisk &p)
{
    const std::string cell = row.text(riskcol::Measure);
    if (cell.empty())
        return;
    const auto whats = cellLines(cell);
    const auto responsibles = cellLines(row.text(riskcol::Responsible));
    const auto deadlines = cellLines(row.text(riskcol::Deadline));
    const auto statuses = cellLines(row.text(riskcol::Status));
    const auto completions = cellLines(row.text(riskcol::Completed));
    for (std::size_t i = 0; i < whats.size(); ++i) {
        if (whats[i].empty())
            continue;
        PendingMeasure m;
        m.what = whats[i];
        m.responsible = lineOf(responsibles, i);
        if (const std::string deadline = lineOf(deadlines, i); !deadline.empty()) {
            m.deadline = Date::parse(deadline);
            if (!m.deadline)
                row.error(riskcol::Deadline, trygg::trMsg("'%1' is not a date (YYYY-MM-DD or DD.MM.YYYY)", deadline));
        }
        if (const std::string status = lineOf(statuses, i); !status.empty()) {
            if (auto parsed = readValue<MeasureStatus>(status))
                m.status = *parsed;
            else
                row.error(riskcol::Status, trygg::trMsg("'%1' is not one of %2", status, wordsOf<MeasureStatus>()));
        }
        if (const std::string completed = lineOf(completions, i); !completed.empty()) {
            m.completed = Date::parse(completed);
            if (!m.completed)
                row.error(riskcol::Completed, trygg::trMsg("'%1' is not a date (YYYY-MM-DD or DD.MM.YYYY)", completed));
        }
        p.measures.push_back(std::move(m));
    }
}

PendingRisk readRisk(const ImportRow &row, const Scales &scales)
{
    PendingRisk p;
    p.row = row.row();
    p.unit = row.text(riskcol::Unit);
    p.assessment = row.text(riskcol::Assessment);
    p.asset = row.text(riskcol::Asset);
    if (p.assessment.empty())
        row.error(riskcol::Assessment, trygg::trMsg("the row names no risk assessment"));
    Risk &r = p.risk;
    r.threat = row.text(riskcol::Threat);
    if (r.threat.empty())
        row.error(riskcol::Threat, trygg::trMsg("what can happen is empty"));
    if (const std::string aspects = row.text(riskcol::Aspects); !aspects.empty()) {
        if (auto parsed = readAspects(aspects))
            r.aspects = *parsed;
        else
            row.error(riskcol::Aspects, trygg::trMsg("'%1' is not a list of %2", aspects, aspectWords()));
    }
    const RiskMatrix &matrix = scales.of(p.unit, p.assessment);
    // Issue 13: empty cells are a line not scored yet (what the export writes for one).
    r.probability = row.level(riskcol::Probability, matrix.probability);
    r.consequence = row.level(riskcol::Consequence, matrix.consequence);
    r.manyAffected = row.boolean(riskcol::ManyAffected).value_or(false);
    if (const std::string knowledge = row.text(riskcol::Knowledge); !knowledge.empty()) {
        if (auto parsed = readValue<Knowledge>(knowledge))
            r.knowledge = *parsed;
        else
            row.error(riskcol::Knowledge, trygg::trMsg("'%1' is not one of %2", knowledge, wordsOf<Knowledge>()));
    }
    r.existingMeasures = row.text(riskcol::ExistingMeasures);
    r.residualProbability = row.level(riskcol::ResidualProbability, matrix.probability);
    r.residualConsequence = row.level(riskcol::ResidualConsequence, matrix.consequence);
    readMeasures(row, p);
    if (const std::string id = row.text(riskcol::RiskId); !id.empty()) {
        Id value = 0;
        auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
        if (ec != std::errc() || end != id.data() + id.size() || value <= 0)
            row.error(riskcol::RiskId, trygg::trMsg("'%1' is not the id of a risk line (a whole number, as the risk "
                                                    "export writes it)",
                                                    id));
        else
            p.id = value;
    }
    return p;
}

// Copies the columns a file has onto a risk line that is already in the register.
void copyColumn(int column, const Risk &from, Risk &to)
{
    switch (column) {
    case riskcol::Aspects: to.aspects = from.aspects; break;
    case riskcol::Probability: to.probability = from.probability; break;
    case riskcol::Consequence: to.consequence = from.consequence; break;
    case riskcol::ManyAffected: to.manyAffected = from.manyAffected; break;
    case riskcol::Knowledge: to.knowledge = from.knowledge; break;
    case riskcol::ExistingMeasures: to.existingMeasures = from.existingMeasures; break;
    case riskcol::ResidualProbability: to.residualProbability = from.residualProbability; break;
    case riskcol::ResidualConsequence: to.residualConsequence = from.residualConsequence; break;
    default: break;
    }
}

} // namespace

ImportSummary importRisksTable(RegisterFile &file, const CsvTable &table, std::string_view fileName,
                               const ImportOptions &options)
{
    const RegisterData data = file.load();
    // Known risk lines are updated with only the columns the file has.
    std::unordered_map<Id, Risk> known;
    for (const Risk &risk : data.risks)
        known.emplace(risk.id, risk);
    // The lines an earlier row of the file matched or created: never matched again, so that two rows
    // of one file are two lines (a form may hold two alike, made with its Duplicate button).
    std::unordered_set<Id> taken;
    // The measures as they are now, and those this import created or changed.
    std::unordered_map<Id, Measure> measures;
    for (const Measure &measure : data.measures)
        measures.emplace(measure.id, measure);
    std::unordered_set<Id> createdMeasures;
    std::unordered_set<Id> updatedMeasures;
    const Scales scales(data);
    LineIndex lines(data.risks);
    // The assessments by unit and name, as findAssessment finds them, kept here for the same reason.
    std::map<std::pair<std::optional<Id>, std::string>, Id> assessments;
    for (const RiskAssessment &assessment : data.assessments)
        assessments.emplace(std::pair{assessment.unitId, assessment.name}, assessment.id);
    auto read = [&](const ImportRow &row) { return readRisk(row, scales); };
    auto write = [&](const PendingRisk &p, const ColumnMapping &mapping, NameResolver &names, ImportSummary &summary) {
        const std::optional<Id> unitId = names.unit(p.unit);
        std::optional<Id> assessmentId;
        if (auto found = assessments.find({unitId, p.assessment}); found != assessments.end())
            assessmentId = found->second;
        bool newAssessment = false;
        if (!assessmentId) {
            RiskAssessment assessment;
            assessment.name = p.assessment;
            assessment.unitId = unitId;
            assessment.date = Clock::todayLocal();
            assessmentId = file.addAssessment(assessment);
            newAssessment = true;
            summary.createdAssessments.push_back(p.unit.empty() ? p.assessment : p.unit + " / " + p.assessment);
        }
        std::optional<Id> assetId;
        if (!p.asset.empty()) {
            assetId = file.findAsset(unitId, p.asset);
            if (!assetId) {
                Asset asset;
                asset.name = p.asset;
                asset.unitId = unitId;
                assetId = file.addAsset(asset);
                summary.createdAssets.push_back(p.asset);
            }
        }
        Risk risk = p.risk;
        risk.assessmentId = *assessmentId;
        risk.assetId = assetId;
        // The line the row was exported from, if this register holds it still with the same assessment,
        // asset and text; else the first such line that no earlier row took.
        std::optional<Id> existing;
        if (p.id && !taken.count(*p.id))
            if (auto line = known.find(*p.id); line != known.end() && line->second.assessmentId == *assessmentId &&
                                               line->second.assetId == assetId && line->second.threat == risk.threat)
                existing = *p.id;
        if (!existing)
            existing = lines.firstFree(*assessmentId, assetId, risk.threat, taken);
        bool changed = false;
        if (existing) {
            Risk stored = known.count(*existing) ? known.at(*existing) : risk;
            const Risk before = stored;
            for (int column = 0; column < riskcol::Count; ++column)
                if (mapping.fieldOf[static_cast<std::size_t>(column)] >= 0)
                    copyColumn(column, risk, stored);
            risk = stored;
            risk.id = *existing;
            // Only what really changes is written and counted (issue 19): an unchanged row is unchanged.
            if (risk != before) {
                file.updateRisk(risk);
                changed = true;
            }
        } else {
            risk.id = file.addRisk(risk);
            ++summary.created;
        }
        const bool added = !existing;
        const auto has = [&](int column) { return mapping.fieldOf[static_cast<std::size_t>(column)] >= 0; };
        std::unordered_map<Id, Measure> rowMeasures; // written by this row: kept once the row is
        for (const PendingMeasure &m : p.measures) {
            if (auto measureId = file.findMeasure(*assessmentId, m.what)) {
                // A measure the register holds: every column the file has applies to it (issue 19), an
                // empty cell clearing the responsible or deadline as the export writes none; an empty
                // status leaves the status.
                auto found = rowMeasures.find(*measureId);
                Measure measure = found != rowMeasures.end() ? found->second : measures.at(*measureId);
                const Measure before = measure;
                if (has(riskcol::Responsible))
                    measure.responsibleId = names.person(m.responsible);
                if (has(riskcol::Deadline))
                    measure.deadline = m.deadline;
                if (has(riskcol::Status) && m.status)
                    measure.status = *m.status;
                if (has(riskcol::Completed))
                    measure.completed = m.completed;
                measure = edits::withCompletion(&before, std::move(measure)); // issue 15
                if (std::find(measure.riskIds.begin(), measure.riskIds.end(), risk.id) == measure.riskIds.end())
                    measure.riskIds.push_back(risk.id);
                if (measure != before) {
                    file.updateMeasure(measure);
                    rowMeasures[measure.id] = measure;
                    changed = true;
                }
                continue;
            }
            Measure measure;
            measure.assessmentId = *assessmentId;
            measure.what = m.what;
            measure.responsibleId = names.person(m.responsible);
            measure.deadline = m.deadline;
            measure.status = m.status.value_or(MeasureStatus::Planned);
            measure.completed = m.completed;
            measure = edits::withCompletion(nullptr, std::move(measure));
            measure.riskIds = {risk.id};
            measure.id = file.addMeasure(measure);
            rowMeasures[measure.id] = measure;
            createdMeasures.insert(measure.id);
            ++summary.createdMeasures;
        }
        if (existing)
            ++(changed ? summary.updated : summary.unchanged);
        for (auto &[id, measure] : rowMeasures) {
            if (!createdMeasures.count(id) && !updatedMeasures.count(id)) {
                updatedMeasures.insert(id);
                ++summary.updatedMeasures;
            }
            measures[id] = std::move(measure);
        }
        // Last, so that a row rolled back leaves nothing behind here either.
        known[risk.id] = risk;
        taken.insert(risk.id);
        if (added)
            lines.add(risk);
        if (newAssessment)
            assessments.emplace(std::pair{unitId, p.assessment}, *assessmentId);
    };
    return runImport(file, "risk", table, fileName, riskColumns(), options, read, write);
}

ImportSummary importRisksCsv(RegisterFile &file, std::string_view csv, std::string_view fileName)
{
    return importRisksTable(file, parseCsv(csv, fileName), fileName, {});
}

} // namespace trygg
