// SPDX-License-Identifier: EUPL-1.2
#include "ReportBuilder.h"

#include "AssetRegisterReport.h"
#include "ReportText.h"
#include "RoundReports.h"

#include "common/DomainTexts.h"
#include "common/Numbers.h"
#include "common/Translations.h"
#include "cycle/Approvals.h"
#include "cycle/CycleTexts.h"
#include "cycle/ManagementReview.h"
#include "matrix/MatrixGrid.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "plan/Prioritisation.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>

#include <map>

namespace trygg::ui {

using report::Align;
using report::Cell;
using report::Column;
using report::Table;
using report::TableRow;

namespace {

using reporttext::text;

std::string numberText(double value)
{
    return text(QLocale().toString(value, 'f', QLocale::FloatingPointShortest));
}

std::string levelText(const std::vector<Level> &levels, int level)
{
    if (level < 1 || level > static_cast<int>(levels.size()))
        return std::to_string(level);
    return std::to_string(level) + ' ' + levels[static_cast<std::size_t>(level - 1)].label;
}

// One report's content, built from the register for the request.
class Builder {
public:
    Builder(const RegisterData &data, const ReportRequest &request) : m_data(data), m_request(request)
    {
        if (request.unitId && !RegisterData::findById(data.units, *request.unitId))
            throw InputError("the register has no unit with id " + std::to_string(*request.unitId));
        if (request.assessmentId) {
            m_assessment = RegisterData::findById(data.assessments, *request.assessmentId);
            if (!m_assessment)
                throw InputError("the register has no assessment with id " + std::to_string(*request.assessmentId));
        }
        m_scope = RiskScope{request.unitId, request.assessmentId};
    }

    report::ReportDocument build()
    {
        m_document.landscape = true;
        m_document.author = m_data.info.name;
        m_document.pageOf = text(ReportBuilder::tr("Page %1 of %2"));
        m_document.footer = text(ReportBuilder::tr("%1 · printed %2 with Trygg")
                                     .arg(QString::fromStdString(m_data.info.name), dateText(m_request.today)));
        if (!m_request.trailFingerprint.empty())
            m_document.footer +=
                text(QStringLiteral(" · ") + ReportBuilder::tr("Trail fingerprint %1")
                                                 .arg(ReportBuilder::fingerprintText(m_request.trailFingerprint)));
        switch (m_request.kind) {
        case ReportKind::Plan: plan(); break;
        case ReportKind::Form: form(); break;
        case ReportKind::Matrix: matrices(); break;
        case ReportKind::Assets: assets(); break;
        case ReportKind::Review: review(); break;
        case ReportKind::Comparison: RoundReports::comparison(m_data, m_request, m_document); break;
        }
        m_document.runningHead = m_document.title + " · " + m_document.subtitle;
        return std::move(m_document);
    }

private:
    std::string scopeName() const
    {
        if (m_assessment)
            return m_assessment->name;
        if (m_request.unitId)
            return m_data.unitName(m_request.unitId);
        return text(ReportBuilder::tr("All units"));
    }

    void setTitle(const QString &title)
    {
        m_document.title = text(title);
        m_document.scope = scopeName();
        m_document.subtitle = m_data.info.name + " · " + scopeName() + " · " + text(dateText(m_request.today));
    }

    report::MatrixPicture picture(const RiskMatrix &matrix, const MatrixGrid &grid, const QString &title) const
    {
        report::MatrixPicture picture;
        picture.title = text(title);
        picture.probabilityTitle = text(ReportBuilder::tr("Probability"));
        picture.consequenceTitle = text(ReportBuilder::tr("Consequence"));
        for (int p = 1; p <= matrix.probabilityLevels(); ++p)
            picture.probabilityLabels.push_back(levelText(matrix.probability, p));
        for (int c = 1; c <= matrix.consequenceLevels(); ++c)
            picture.consequenceLabels.push_back(levelText(matrix.consequence, c));
        for (int p = 1; p <= matrix.probabilityLevels(); ++p) {
            for (int c = 1; c <= matrix.consequenceLevels(); ++c) {
                picture.cellColours.push_back(reporttext::zoneColour(matrix, matrix.zoneIndexOf(p, c)));
                picture.counts.push_back(grid.matrix == &matrix ? grid.count(p, c) : 0);
            }
        }
        return picture;
    }

    // The current and the residual matrix of the scope, side by side, on the register's current
    // criteria (risks scored on other scales are counted in the legend's note).
    report::Matrices currentAndResidual() const
    {
        const RiskMatrix &matrix = m_data.currentMatrix();
        const MatrixGrid current = countRisks(m_data, m_scope, false);
        const MatrixGrid residual = countRisks(m_data, m_scope, true);
        return report::Matrices{{picture(matrix, current, ReportBuilder::tr("Current risk")),
                                 picture(matrix, residual, ReportBuilder::tr("Residual risk after measures"))}};
    }

    // Under the residual matrix: how many of its lines have no residual score and are shown at their
    // current one (issue 14), as the matrix report says.
    void residualNote()
    {
        const MatrixGrid residual = countRisks(m_data, m_scope, true);
        if (residual.withoutResidual > 0)
            m_document.blocks.emplace_back(report::Paragraph{
                text(ReportBuilder::tr("%n risk(s) without an assessed residual risk are placed by their current risk.",
                                       nullptr, residual.withoutResidual))});
    }

    // The acceptance criteria (003 section 5): each zone with its scores and colour.
    Table zoneTable(const RiskMatrix &matrix, const MatrixGrid *current, const MatrixGrid *residual) const
    {
        Table table;
        table.columns = {{text(ReportBuilder::tr("Zone")), 2},
                         {text(ReportBuilder::tr("Scores")), 1, Align::Centre},
                         {text(ReportBuilder::tr("Acceptable")), 1, Align::Centre}};
        if (current)
            table.columns.push_back({text(ReportBuilder::tr("Risks now")), 1, Align::Right});
        if (residual)
            table.columns.push_back({text(ReportBuilder::tr("Risks after measures")), 1, Align::Right});
        const std::vector<int> now = current ? current->countsByZone() : std::vector<int>();
        const std::vector<int> after = residual ? residual->countsByZone() : std::vector<int>();
        for (std::size_t z = 0; z < matrix.zones.size(); ++z) {
            const Zone &zone = matrix.zones[z];
            TableRow row;
            row.cells = {Cell{zone.name, reporttext::zoneColour(matrix, static_cast<int>(z)), true},
                         Cell{zone.scoreRange()}, Cell{text(DomainTexts::yesNo(zone.acceptable))}};
            if (current)
                row.cells.push_back(Cell{z < now.size() ? std::to_string(now[z]) : "0"});
            if (residual)
                row.cells.push_back(Cell{z < after.size() ? std::to_string(after[z]) : "0"});
            table.rows.push_back(std::move(row));
        }
        return table;
    }

    std::string riskLine(const RankedRisk &ranked) const
    {
        const Risk &risk = m_data.risks[ranked.index];
        std::string line = risk.threat;
        if (const Asset *asset = RegisterData::findById(m_data.assets, risk.assetId))
            line += " (" + asset->name + ")";
        const RiskMatrix &matrix = m_data.matrixOf(risk);
        line += " – " + (ranked.score.scored() ? std::to_string(ranked.score.score)
                                               : text(ReportBuilder::tr("not scored")));
        if (ranked.score.zone >= 0 && ranked.score.zone < static_cast<int>(matrix.zones.size()))
            line += ' ' + matrix.zones[static_cast<std::size_t>(ranked.score.zone)].name;
        return line;
    }

    // Empty lines for name, role, date and signature.
    static report::Signature signatureLines(const QString &title)
    {
        return report::Signature{text(title),
                                 {},
                                 {{text(ReportBuilder::tr("Name")), {}},
                                  {text(ReportBuilder::tr("Role")), {}},
                                  {text(ReportBuilder::tr("Date")), {}},
                                  {text(ReportBuilder::tr("Signature")), {}}}};
    }

    // Lines for management's signature (002 §25 stk. 6), filled in from the latest approval of the plan
    // or assessment printed; an approval outdated by a later change is named, and its lines left empty.
    report::Signature signature(const QString &title, Approval::Subject subject, std::optional<Id> objectId) const
    {
        report::Signature signature = signatureLines(title);
        // An approval recorded on the assessment itself (before the yearly cycle's approvals).
        if (subject == Approval::Subject::Assessment && m_assessment && m_assessment->approvedById) {
            signature.fields[0].second = m_data.personName(m_assessment->approvedById);
            if (const Person *person = RegisterData::findById(m_data.people, m_assessment->approvedById))
                signature.fields[1].second = person->role;
            if (m_assessment->approvedOn)
                signature.fields[2].second = text(dateText(*m_assessment->approvedOn));
        }
        // A unit's plan is approved by an approval of its own, or else by that of the whole register's
        // plan, which covers every unit's measures (issue 14).
        const std::vector<ApprovalStatus> statuses = approvalStatuses(m_data);
        const auto find = [&](std::optional<Id> object) -> const ApprovalStatus * {
            for (const ApprovalStatus &status : statuses) {
                if (status.approval->subject == subject && status.approval->objectId == object)
                    return &status;
            }
            return nullptr;
        };
        const ApprovalStatus *found = find(objectId);
        if (!found && subject == Approval::Subject::Plan && objectId)
            found = find(std::nullopt);
        if (found) {
            const ApprovalStatus &status = *found;
            const Approval &approval = *status.approval;
            if (status.state == ApprovalState::Outdated) {
                signature.note =
                    text(ReportBuilder::tr("Approved by %1 on %2, but changed since: to be approved again.")
                             .arg(QString::fromStdString(approval.approvedBy), dateText(approval.date)));
            } else {
                signature.fields[0].second = approval.approvedBy;
                signature.fields[1].second = approval.role;
                signature.fields[2].second = text(dateText(approval.date));
            }
        }
        return signature;
    }

    // The handlingsplan (003 Trinn 4, 004): measures in priority order with what they treat.
    void plan()
    {
        setTitle(ReportBuilder::tr("Action plan"));
        std::vector<PlanEntry> entries = actionPlan(m_data, m_request.today, m_scope);
        if (m_request.openOnly)
            std::erase_if(entries, [&](const PlanEntry &entry) {
                const MeasureStatus status = m_data.measures[entry.measureIndex].status;
                return status == MeasureStatus::Done || status == MeasureStatus::Cancelled;
            });
        int overdue = 0;
        double hours = 0;
        double cost = 0;
        Table table;
        table.columns = {{text(ReportBuilder::tr("No.")), 0.45, Align::Right},
                         {text(ReportBuilder::tr("Measure")), 2.7},
                         {text(ReportBuilder::tr("Responsible")), 1.35},
                         {text(ReportBuilder::tr("Deadline")), 1.05},
                         {text(ReportBuilder::tr("Status")), 0.95},
                         {text(ReportBuilder::tr("Hours")), 0.6, Align::Right},
                         {text(ReportBuilder::tr("Cost")), 0.8, Align::Right},
                         {text(ReportBuilder::tr("Score")), 0.75, Align::Centre},
                         {text(ReportBuilder::tr("Risks treated (score, zone)")), 4.4}};
        table.emptyText = text(ReportBuilder::tr("The plan has no measures."));
        for (const PlanEntry &entry : entries) {
            const Measure &measure = m_data.measures[entry.measureIndex];
            const bool late = entry.due == DueState::Overdue;
            overdue += late ? 1 : 0;
            hours += measure.hours;
            cost += measure.cost;
            std::string deadline = measure.deadline ? text(dateText(*measure.deadline)) : std::string();
            if (late)
                deadline += '\n' + text(ReportBuilder::tr("overdue"));
            Cell score;
            std::string risks;
            if (const RankedRisk *top = entry.topRisk()) {
                const RiskMatrix &matrix = m_data.matrixOf(m_data.risks[top->index]);
                if (top->score.scored())
                    score =
                        Cell{std::to_string(top->score.score), reporttext::zoneColour(matrix, top->score.zone), true};
                for (const RankedRisk &ranked : entry.risks)
                    risks += (risks.empty() ? "" : "\n") + riskLine(ranked);
            }
            TableRow row;
            row.marked = late;
            row.cells = {Cell{std::to_string(entry.priority)},
                         Cell{measure.what},
                         Cell{m_data.personName(measure.responsibleId)},
                         Cell{deadline, std::nullopt, late},
                         Cell{text(DomainTexts::measureStatus(measure.status))},
                         Cell{measure.hours != 0 ? numberText(measure.hours) : std::string()},
                         Cell{measure.cost != 0 ? text(costText(measure.cost)) : std::string()},
                         score,
                         Cell{risks}};
            table.rows.push_back(std::move(row));
        }
        table.totals = {Cell{},
                        Cell{text(ReportBuilder::tr("Total"))},
                        Cell{},
                        Cell{},
                        Cell{},
                        Cell{numberText(hours)},
                        Cell{text(costText(cost))},
                        Cell{},
                        Cell{}};
        m_document.blocks.emplace_back(
            report::Facts{{{text(ReportBuilder::tr("Municipality / register")), m_data.info.name},
                           {text(ReportBuilder::tr("Unit")), scopeName()},
                           {text(ReportBuilder::tr("Date")), text(dateText(m_request.today))},
                           {text(ReportBuilder::tr("Measures")),
                            text(ReportBuilder::tr("%n measure(s)", nullptr, static_cast<int>(entries.size())) +
                                 QStringLiteral(", ") + ReportBuilder::tr("%n overdue", nullptr, overdue) +
                                 (m_request.openOnly ? QStringLiteral(" (") + ReportBuilder::tr("open measures only") +
                                                           QLatin1Char(')')
                                                     : QString()))}}});
        m_document.blocks.emplace_back(currentAndResidual());
        residualNote();
        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Measures in order of priority"))});
        m_document.blocks.emplace_back(std::move(table));
        m_document.blocks.emplace_back(m_assessment ? signature(ReportBuilder::tr("Approved by management"),
                                                                Approval::Subject::Assessment, m_assessment->id)
                                                    : signature(ReportBuilder::tr("Approved by management"),
                                                                Approval::Subject::Plan, m_request.unitId));
    }

    Table levelTable(const std::vector<Level> &levels, const QString &title) const
    {
        Table table;
        table.columns = {{text(ReportBuilder::tr("Level")), 0.5, Align::Right},
                         {text(title), 1.5},
                         {text(ReportBuilder::tr("Definition")), 6}};
        for (std::size_t i = 0; i < levels.size(); ++i)
            table.rows.push_back(TableRow{
                {Cell{std::to_string(i + 1)}, Cell{levels[i].label, std::nullopt, true}, Cell{levels[i].definition}}});
        return table;
    }

    // The filled-in 003 Vedlegg 2 of one assessment, scored against the criteria it was created with.
    void form()
    {
        if (!m_assessment)
            throw InputError(
                text(ReportBuilder::tr("The risk assessment form is printed for one assessment: choose one.")));
        setTitle(ReportBuilder::tr("Risk assessment"));
        const RiskMatrix *matrixPointer = RegisterData::findById(m_data.matrices, m_assessment->matrixId);
        const RiskMatrix &matrix = matrixPointer ? *matrixPointer : m_data.currentMatrix();
        std::string assets;
        for (const Id id : m_assessment->assetIds) {
            if (const Asset *asset = RegisterData::findById(m_data.assets, id))
                assets += (assets.empty() ? "" : ", ") + asset->name;
        }
        m_document.blocks.emplace_back(report::Facts{{
            {text(ReportBuilder::tr("Assessment")), m_assessment->name},
            {text(ReportBuilder::tr("Unit")), m_data.unitName(m_assessment->unitId)},
            {text(ReportBuilder::tr("Assessed by")), m_data.personName(m_assessment->assessorId)},
            {text(ReportBuilder::tr("Date")), text(dateText(m_assessment->date))},
            {text(ReportBuilder::tr("Status")), text(DomainTexts::assessmentStatus(m_assessment->status))},
            {text(ReportBuilder::tr("Assets assessed")), assets},
        }});

        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Acceptance criteria"))});
        m_document.blocks.emplace_back(zoneTable(matrix, nullptr, nullptr));
        if (matrix.manyAffectedRaises) {
            // Citing the register's own policy where it has a reference for the rule (issue 13).
            const std::string &reference = m_data.info.policyReferences.manyAffected;
            QString rule =
                ReportBuilder::tr("An event that affects many people is given a consequence one level higher.");
            if (!reference.empty())
                rule = ReportBuilder::tr("%1 (%2)").arg(rule, toQString(reference));
            m_document.blocks.emplace_back(report::Paragraph{text(rule)});
        }
        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Probability"))});
        m_document.blocks.emplace_back(levelTable(matrix.probability, ReportBuilder::tr("Probability")));
        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Consequence"))});
        m_document.blocks.emplace_back(levelTable(matrix.consequence, ReportBuilder::tr("Consequence")));

        // Measures by the risks they treat, for the last column.
        std::map<Id, std::string> measuresOf;
        for (const Measure &measure : m_data.measures) {
            if (measure.assessmentId != m_assessment->id)
                continue;
            for (const Id riskId : measure.riskIds) {
                std::string &list = measuresOf[riskId];
                list += (list.empty() ? "" : "\n") + measure.what;
            }
        }
        Table table;
        table.columns = {{text(ReportBuilder::tr("No.")), 0.4, Align::Right},
                         {text(ReportBuilder::tr("What can happen?")), 2.7},
                         {text(ReportBuilder::tr("Asset")), 1.3},
                         {text(ReportBuilder::tr("Aspects")), 1.2},
                         {text(ReportBuilder::tr("P")), 0.35, Align::Centre},
                         {text(ReportBuilder::tr("C")), 0.35, Align::Centre},
                         {text(ReportBuilder::tr("Product")), 0.65, Align::Centre},
                         {text(ReportBuilder::tr("Priority")), 0.8, Align::Right},
                         {text(ReportBuilder::tr("Existing measures")), 1.8},
                         {text(ReportBuilder::tr("Knowledge")), 1.05},
                         {text(ReportBuilder::tr("Measures")), 2.2},
                         // Issue 14: the residual probability and consequence after the measures.
                         {text(ReportBuilder::tr("Residual P")), 0.6, Align::Centre},
                         {text(ReportBuilder::tr("Residual C")), 0.6, Align::Centre}};
        table.emptyText = text(ReportBuilder::tr("The assessment has no risk lines."));
        std::map<std::size_t, int> priorityOf;
        for (const RankedRisk &ranked : prioritiseRisks(m_data, m_scope))
            priorityOf[ranked.index] = ranked.priority;
        int line = 0;
        for (std::size_t i = 0; i < m_data.risks.size(); ++i) {
            const Risk &risk = m_data.risks[i];
            if (risk.assessmentId == m_assessment->id)
                m_lines.push_back(i);
        }
        std::stable_sort(m_lines.begin(), m_lines.end(), [&](std::size_t a, std::size_t b) {
            return m_data.risks[a].position < m_data.risks[b].position;
        });
        for (const std::size_t index : m_lines) {
            const Risk &risk = m_data.risks[index];
            const RiskScore score = scoreOf(matrix, risk);
            const Asset *asset = RegisterData::findById(m_data.assets, risk.assetId);
            // Issue 13: a line not scored yet has empty cells and no product.
            std::string consequence = risk.consequence ? std::to_string(*risk.consequence) : std::string();
            if (score.scored() && score.effectiveConsequence != score.consequence)
                consequence += " → " + std::to_string(score.effectiveConsequence);
            const auto priority = priorityOf.find(index);
            table.rows.push_back(
                TableRow{{Cell{std::to_string(++line)}, Cell{risk.threat}, Cell{asset ? asset->name : std::string()},
                          Cell{text(DomainTexts::aspects(risk.aspects))}, Cell{risk.probability ? std::to_string(*risk.probability) : std::string()},
                          Cell{consequence},
                          Cell{score.scored() ? std::to_string(score.score) : text(ReportBuilder::tr("not scored")),
                               reporttext::zoneColour(matrix, score.zone), true},
                          Cell{priority != priorityOf.end() ? std::to_string(priority->second) : std::string()},
                          Cell{risk.existingMeasures}, Cell{text(DomainTexts::knowledge(risk.knowledge))},
                          Cell{measuresOf[risk.id]}, Cell{level(risk.residualProbability)},
                          Cell{level(risk.residualConsequence)}}});
        }
        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Risks"))});
        m_document.blocks.emplace_back(std::move(table));
        if (matrixPointer && matrixPointer->id == m_data.currentMatrix().id) {
            m_document.blocks.emplace_back(currentAndResidual());
            residualNote();
        }
        m_document.blocks.emplace_back(
            signature(ReportBuilder::tr("Approved by management"), Approval::Subject::Assessment, m_assessment->id));
    }

    void matrices()
    {
        setTitle(ReportBuilder::tr("Risk matrix"));
        m_document.blocks.emplace_back(currentAndResidual());
        const MatrixGrid current = countRisks(m_data, m_scope, false);
        const MatrixGrid residual = countRisks(m_data, m_scope, true);
        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Acceptance criteria"))});
        m_document.blocks.emplace_back(zoneTable(m_data.currentMatrix(), &current, &residual));
        if (current.notPlaced > 0)
            m_document.blocks.emplace_back(report::Paragraph{
                text(ReportBuilder::tr("%n risk(s) scored on criteria with other scales are not in the matrix.",
                                       nullptr, current.notPlaced))});
        if (current.notScored > 0)
            m_document.blocks.emplace_back(report::Paragraph{
                text(ReportBuilder::tr("%n risk(s) not scored yet are not in the matrix.", nullptr, current.notScored))});
        if (residual.withoutResidual > 0)
            m_document.blocks.emplace_back(report::Paragraph{
                text(ReportBuilder::tr("%n risk(s) without an assessed residual risk are placed by their current risk.",
                                       nullptr, residual.withoutResidual))});
    }

    std::string level(const std::optional<int> &value) const { return value ? std::to_string(*value) : std::string(); }

    // The asset register (002 §30, 003 Vedlegg 1): AssetRegisterReport.cpp.
    void assets()
    {
        setTitle(ReportBuilder::tr("Asset register"));
        addAssetRegister(m_document, m_data, m_request.unitId);
    }

    // The yearly report for management's review (003 section 2; 002 §79 stk. 4-5, §7 stk. 4).
    void review()
    {
        if (!m_request.trail)
            throw InputError("the management review needs the register's history");
        const int year = m_request.year != 0 ? m_request.year : m_request.today.year;
        const ManagementReviewFigures figures =
            managementReviewFigures(m_data, *m_request.trail, year, m_request.today);
        m_document.title = text(ReportBuilder::tr("Management review %1").arg(year));
        m_document.subtitle =
            m_data.info.name + " · " + text(ReportBuilder::tr("as of %1").arg(dateText(figures.asOf)));

        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Incidents and deviations"))});
        Table incidents;
        incidents.columns = {{text(ReportBuilder::tr("Type")), 3}};
        for (int severity = 0; severity < SeverityCount; ++severity)
            incidents.columns.push_back({text(CycleTexts::severity(static_cast<Severity>(severity))), 1, Align::Right});
        incidents.columns.push_back({text(ReportBuilder::tr("Total")), 1, Align::Right});
        std::array<int, SeverityCount> bySeverity{};
        for (int type = 0; type < IncidentTypeCount; ++type) {
            TableRow row;
            row.cells.push_back(Cell{text(CycleTexts::incidentType(static_cast<IncidentType>(type)))});
            int total = 0;
            for (int severity = 0; severity < SeverityCount; ++severity) {
                const int count =
                    figures
                        .incidentsByTypeAndSeverity[static_cast<std::size_t>(type)][static_cast<std::size_t>(severity)];
                bySeverity[static_cast<std::size_t>(severity)] += count;
                total += count;
                row.cells.push_back(Cell{std::to_string(count)});
            }
            row.cells.push_back(Cell{std::to_string(total), std::nullopt, true});
            incidents.rows.push_back(std::move(row));
        }
        incidents.totals.push_back(Cell{text(ReportBuilder::tr("Total"))});
        for (const int count : bySeverity)
            incidents.totals.push_back(Cell{std::to_string(count)});
        incidents.totals.push_back(Cell{std::to_string(figures.incidents)});
        m_document.blocks.emplace_back(std::move(incidents));
        m_document.blocks.emplace_back(report::Paragraph{
            text(ReportBuilder::tr("%n incident(s) in %1, of which %2 still open.", nullptr, figures.incidents)
                     .arg(year)
                     .arg(figures.incidentsOpen) +
                 QLatin1Char(' ') +
                 ReportBuilder::tr(
                     "%n personal data breach(es); %1 not told to the data protection authority within 72 hours.",
                     nullptr, figures.personalDataBreaches)
                     .arg(figures.breachesNotNotifiedInTime) +
                 (figures.breachesWithinDeadline > 0
                      ? QLatin1Char(' ') + ReportBuilder::tr("Still within their 72 hours, not told yet: %1.")
                                               .arg(figures.breachesWithinDeadline)
                      : QString()))});

        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Measures"))});
        m_document.blocks.emplace_back(report::Paragraph{text(
            ReportBuilder::tr("%n measure(s) done in the year.", nullptr,
                              static_cast<int>(figures.measuresDone.size())) +
            QLatin1Char(' ') +
            ReportBuilder::tr("%n measure(s) overdue:", nullptr, static_cast<int>(figures.measuresOverdue.size())))});
        Table overdue;
        overdue.columns = {{text(ReportBuilder::tr("Measure")), 4},
                           {text(ReportBuilder::tr("Unit")), 2},
                           {text(ReportBuilder::tr("Responsible")), 2},
                           {text(ReportBuilder::tr("Deadline")), 1.2},
                           {text(ReportBuilder::tr("Status")), 1.2}};
        overdue.emptyText = text(ReportBuilder::tr("No measure is overdue."));
        // Issue 14: by deadline, the longest overdue first.
        std::vector<const Measure *> late;
        for (const Id id : figures.measuresOverdue) {
            if (const Measure *measure = RegisterData::findById(m_data.measures, id))
                late.push_back(measure);
        }
        std::stable_sort(late.begin(), late.end(), [](const Measure *a, const Measure *b) {
            return a->deadline.value_or(Date{9999, 12, 31}) < b->deadline.value_or(Date{9999, 12, 31});
        });
        for (const Measure *measure : late)
            overdue.rows.push_back(
                    TableRow{{Cell{measure->what}, Cell{m_data.unitName(m_data.unitOf(*measure))},
                              Cell{m_data.personName(measure->responsibleId)},
                              Cell{measure->deadline ? text(dateText(*measure->deadline)) : std::string()},
                              Cell{text(DomainTexts::measureStatus(measure->status))}},
                             true});
        m_document.blocks.emplace_back(std::move(overdue));

        m_document.blocks.emplace_back(
            report::Heading{text(ReportBuilder::tr("Risk assessments due by the end of the year"))});
        std::string units;
        for (const std::optional<Id> &unit : figures.assessmentsDue)
            units += (units.empty() ? "" : ", ") +
                     (unit ? m_data.unitName(unit) : text(ReportBuilder::tr("the whole register")));
        m_document.blocks.emplace_back(report::Paragraph{units.empty() ? text(ReportBuilder::tr("None.")) : units});

        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Risks above the acceptance line"))});
        m_document.blocks.emplace_back(report::Paragraph{text(
            ReportBuilder::tr("%n risk(s) above the acceptance line after measures; %1 of them accepted by management.",
                              nullptr, static_cast<int>(figures.risksAboveAcceptance.size()))
                .arg(figures.risksAccepted))});
        Table risks;
        risks.columns = {{text(ReportBuilder::tr("What can happen?")), 4},
                         {text(ReportBuilder::tr("Asset")), 2},
                         {text(ReportBuilder::tr("Unit")), 2},
                         {text(ReportBuilder::tr("Score")), 0.8, Align::Centre}};
        // Issue 14: the worst first (by the score after measures, as counted above).
        std::vector<std::pair<const Risk *, RiskScore>> above;
        for (const Id id : figures.risksAboveAcceptance) {
            if (const Risk *risk = RegisterData::findById(m_data.risks, id)) {
                const RiskMatrix &matrix = m_data.matrixOf(*risk);
                above.emplace_back(risk, residualScoreOf(matrix, *risk).value_or(scoreOf(matrix, *risk)));
            }
        }
        std::stable_sort(above.begin(), above.end(),
                         [](const auto &a, const auto &b) { return a.second.score > b.second.score; });
        for (const auto &[risk, score] : above) {
            const RiskMatrix &matrix = m_data.matrixOf(*risk);
            const Asset *asset = RegisterData::findById(m_data.assets, risk->assetId);
            risks.rows.push_back(
                TableRow{{Cell{risk->threat}, Cell{asset ? asset->name : std::string()},
                          Cell{m_data.unitName(m_data.unitOf(*risk))},
                          Cell{std::to_string(score.score), reporttext::zoneColour(matrix, score.zone), true}}});
        }
        risks.emptyText = text(ReportBuilder::tr("None."));
        m_document.blocks.emplace_back(std::move(risks));

        // Issue 15: the risk picture of this year beside up to five before it (003 section 2: is the security
        // work working?), by zone from the most severe.
        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Trend"))});
        m_document.blocks.emplace_back(RoundReports::trendChart(m_data, m_request.unitId, m_request.today));
        m_document.blocks.emplace_back(RoundReports::trendTable(m_data, m_request.unitId, m_request.today));

        m_document.blocks.emplace_back(report::Heading{text(ReportBuilder::tr("Approved exceptions in force"))});
        Table exceptions;
        exceptions.columns = {{text(ReportBuilder::tr("Exception from")), 3},
                              {text(ReportBuilder::tr("Reason")), 3},
                              {text(ReportBuilder::tr("Approved by")), 1.6},
                              {text(ReportBuilder::tr("Valid until")), 1.2}};
        exceptions.emptyText = text(ReportBuilder::tr("None."));
        for (const Id id : figures.exceptionsInForce) {
            if (const RuleException *exception = RegisterData::findById(m_data.exceptions, id))
                exceptions.rows.push_back(
                    TableRow{{Cell{exception->rule}, Cell{exception->reason},
                              Cell{exception->approvedBy + ", " + text(dateText(exception->approvedOn))},
                              Cell{exception->validUntil ? text(dateText(*exception->validUntil))
                                                         : text(ReportBuilder::tr("until revoked"))}}});
        }
        m_document.blocks.emplace_back(std::move(exceptions));
        m_document.blocks.emplace_back(signatureLines(ReportBuilder::tr("Reviewed by management")));
    }

    const RegisterData &m_data;
    const ReportRequest &m_request;
    const RiskAssessment *m_assessment = nullptr;
    RiskScope m_scope;
    std::vector<std::size_t> m_lines;
    report::ReportDocument m_document;
};

} // namespace

report::ReportDocument ReportBuilder::build(const RegisterData &data, const ReportRequest &request)
{
    const std::string &language = request.language.empty() ? data.info.language : request.language;
    const LanguageScope scope(QString::fromStdString(language));
    report::ReportDocument document = Builder(data, request).build();
    document.language = language;
    return document;
}

QString ReportBuilder::fingerprintText(const std::string &fingerprint)
{
    QStringList groups;
    for (std::size_t at = 0; at < std::min<std::size_t>(fingerprint.size(), 16); at += 4)
        groups << QString::fromStdString(fingerprint.substr(at, 4));
    return groups.join(QLatin1Char(' '));
}

QString ReportBuilder::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Plan: return tr("Action plan");
    case ReportKind::Form: return tr("Risk assessment form");
    case ReportKind::Matrix: return tr("Risk matrix");
    case ReportKind::Assets: return tr("Asset register");
    case ReportKind::Review: return tr("Management review");
    case ReportKind::Comparison: return tr("Comparison of rounds");
    }
    return {};
}

} // namespace trygg::ui
