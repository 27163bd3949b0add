// Reading a whole register into memory (RegisterFile::load) and the matrix versions.
#include "storage/RegisterFile.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "model/Tokens.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

namespace trygg {
namespace {

Date dateOrDefault(std::string_view text)
{
    return Date::parse(text).value_or(Date{});
}

std::optional<Date> optionalDate(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : Date::parse(row.textView(column));
}

using validation::MaxNameLength;
using validation::MaxTextLength;

template <typename T> T *findMutable(std::vector<T> &items, Id id)
{
    return const_cast<T *>(RegisterData::findById(items, id));
}

} // namespace

RiskMatrix RegisterFile::matrix(Id id) const
{
    Statement &head = cached("SELECT preset, many_affected_raises FROM matrix WHERE id = ?1");
    head.bind(1, id);
    if (!head.step())
        throw FileError(trygg::trMsg("%1: risk matrix %2 is missing", path(), id));
    RiskMatrix matrix;
    matrix.id = id;
    matrix.preset = validation::fromFile(head.textView(0), MaxNameLength, path(), "matrix", id, "preset");
    matrix.manyAffectedRaises = head.integer(1) != 0;
    head.reset();

    Statement &levels = cached("SELECT axis, label, definition FROM matrix_level WHERE matrix_id = ?1 "
                               "ORDER BY axis, level");
    levels.bind(1, id);
    while (levels.step()) {
        auto &axis = levels.textView(0) == "probability" ? matrix.probability : matrix.consequence;
        axis.push_back({validation::fromFile(levels.textView(1), MaxNameLength, path(), "matrix", id, "label"),
                        validation::fromFile(levels.textView(2), MaxTextLength, path(), "matrix", id, "definition")});
    }
    Statement &zones = cached("SELECT name, colour, min_score, max_score, acceptable FROM matrix_zone "
                              "WHERE matrix_id = ?1 ORDER BY idx");
    zones.bind(1, id);
    while (zones.step())
        matrix.zones.push_back({validation::fromFile(zones.textView(0), MaxNameLength, path(), "matrix", id, "zone"),
                                validation::fromFile(zones.textView(1), MaxNameLength, path(), "matrix", id, "colour"),
                                zones.integer(2), zones.integer(3), zones.integer(4) != 0});
    Statement &cells = cached("SELECT probability, consequence, zone_idx FROM matrix_cell WHERE matrix_id = ?1");
    cells.bind(1, id);
    while (cells.step())
        matrix.setCellZone(cells.integer(0), cells.integer(1), cells.integer(2));
    return matrix;
}

Id RegisterFile::addMatrix(const RiskMatrix &matrix)
{
    requireWritable();
    if (auto problems = matrix.problems(); !problems.empty())
        throw InputError(trygg::trMsg("the risk matrix is not valid: %1", problems.front()));
    Transaction transaction(*m_db);
    cached("INSERT INTO matrix (preset, many_affected_raises, created) VALUES (?1, ?2, ?3)")
        .bind(1, matrix.preset)
        .bind(2, matrix.manyAffectedRaises)
        .bind(3, Clock::todayLocal().toIso())
        .run();
    const Id id = m_db->lastInsertId();
    Statement &level = cached("INSERT INTO matrix_level (matrix_id, axis, level, label, definition) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)");
    auto writeAxis = [&](const char *axis, const std::vector<Level> &levels) {
        for (std::size_t i = 0; i < levels.size(); ++i)
            level.bind(1, id)
                .bind(2, axis)
                .bind(3, static_cast<int>(i + 1))
                .bind(4, levels[i].label)
                .bind(5, levels[i].definition)
                .run();
    };
    writeAxis("probability", matrix.probability);
    writeAxis("consequence", matrix.consequence);
    Statement &zone = cached("INSERT INTO matrix_zone (matrix_id, idx, name, colour, min_score, max_score, acceptable) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < matrix.zones.size(); ++i) {
        const Zone &z = matrix.zones[i];
        zone.bind(1, id)
            .bind(2, static_cast<int>(i))
            .bind(3, z.name)
            .bind(4, z.colour)
            .bind(5, z.minScore)
            .bind(6, z.maxScore)
            .bind(7, z.acceptable)
            .run();
    }
    Statement &cell = cached("INSERT INTO matrix_cell (matrix_id, probability, consequence, zone_idx) "
                             "VALUES (?1, ?2, ?3, ?4)");
    for (int p = 1; p <= matrix.probabilityLevels(); ++p)
        for (int c = 1; c <= matrix.consequenceLevels(); ++c)
            if (auto z = matrix.cellZone(p, c))
                cell.bind(1, id).bind(2, p).bind(3, c).bind(4, *z).run();
    writeAudit("create", "matrix", id, matrix.preset);
    transaction.commit();
    return id;
}

Id RegisterFile::addCurrentMatrix(const RiskMatrix &matrix)
{
    Transaction transaction(*m_db);
    const Id id = addMatrix(matrix);
    RegisterInfo changed = info();
    changed.currentMatrixId = id;
    updateInfo(changed);
    transaction.commit();
    return id;
}

RegisterData RegisterFile::load() const
{
    RegisterData data;
    data.info = info();
    {
        Statement rows(*m_db, "SELECT id FROM matrix ORDER BY id");
        while (rows.step())
            data.matrices.push_back(matrix(rows.int64(0)));
    }
    {
        Statement rows(*m_db, "SELECT id, name, parent_id FROM unit ORDER BY id");
        while (rows.step())
            data.units.push_back(
                {rows.int64(0),
                 validation::fromFile(rows.textView(1), MaxNameLength, path(), "unit", rows.int64(0), "name"),
                 rows.optionalInt64(2)});
    }
    {
        Statement rows(*m_db, "SELECT id, name, role, security_leader, it_responsible FROM person ORDER BY id");
        while (rows.step()) {
            const Id id = rows.int64(0);
            data.people.push_back({id,
                                   validation::fromFile(rows.textView(1), MaxNameLength, path(), "person", id, "name"),
                                   validation::fromFile(rows.textView(2), MaxNameLength, path(), "person", id, "role"),
                                   rows.integer(3) != 0, rows.integer(4) != 0});
        }
    }
    {
        Statement rows(*m_db, "SELECT id, name, type, unit_id, owner_id, deputy_id, purpose, information, "
                              "personal_data, persons, legal_basis, operator, dpa, confidentiality, integrity, "
                              "availability, classification, archiving, safeguards, storage, notes "
                              "FROM asset ORDER BY id");
        while (rows.step()) {
            Asset &a = data.assets.emplace_back();
            a.id = rows.int64(0);
            auto text = [&](int column, const char *field) {
                return validation::fromFile(rows.textView(column), column == 1 ? MaxNameLength : MaxTextLength, path(),
                                            "asset", a.id, field);
            };
            a.name = text(1, "name");
            a.type = parseAssetType(rows.textView(2)).value_or(AssetType::ItSystem);
            a.unitId = rows.optionalInt64(3);
            a.ownerId = rows.optionalInt64(4);
            a.deputyId = rows.optionalInt64(5);
            a.purpose = text(6, "purpose");
            a.information = text(7, "information");
            a.personalData = parsePersonalData(rows.textView(8)).value_or(PersonalData::None);
            a.persons = rows.optionalInt64(9);
            a.legalBasis = text(10, "legal_basis");
            a.operatorName = text(11, "operator");
            a.dataProcessingAgreement = rows.integer(12) != 0;
            a.confidentiality = rows.optionalInt(13);
            a.integrity = rows.optionalInt(14);
            a.availability = rows.optionalInt(15);
            a.classification = text(16, "classification");
            a.archiving = text(17, "archiving");
            a.safeguards = text(18, "safeguards");
            a.storage = text(19, "storage");
            a.notes = text(20, "notes");
        }
    }
    {
        Statement rows(*m_db, "SELECT id, name, unit_id, assessor_id, date, status, matrix_id, approved_by_id, "
                              "approved_on FROM assessment ORDER BY id");
        while (rows.step()) {
            RiskAssessment &a = data.assessments.emplace_back();
            a.id = rows.int64(0);
            a.name = validation::fromFile(rows.textView(1), MaxNameLength, path(), "assessment", a.id, "name");
            a.unitId = rows.optionalInt64(2);
            a.assessorId = rows.optionalInt64(3);
            a.date = dateOrDefault(rows.textView(4));
            a.status = parseAssessmentStatus(rows.textView(5)).value_or(AssessmentStatus::Draft);
            a.matrixId = rows.int64(6);
            a.approvedById = rows.optionalInt64(7);
            a.approvedOn = optionalDate(rows, 8);
        }
        Statement scope(*m_db, "SELECT assessment_id, asset_id FROM assessment_asset ORDER BY assessment_id, asset_id");
        while (scope.step())
            if (RiskAssessment *a = findMutable(data.assessments, scope.int64(0)))
                a->assetIds.push_back(scope.int64(1));
    }
    {
        Statement count(*m_db, "SELECT count(*) FROM risk");
        if (count.step())
            data.risks.reserve(static_cast<std::size_t>(count.int64(0)));
        Statement rows(*m_db, "SELECT id, assessment_id, asset_id, position, threat, aspects, probability, "
                              "consequence, many_affected, knowledge, existing_measures, residual_probability, "
                              "residual_consequence FROM risk ORDER BY id");
        while (rows.step()) {
            Risk &r = data.risks.emplace_back();
            r.id = rows.int64(0);
            r.assessmentId = rows.int64(1);
            r.assetId = rows.optionalInt64(2);
            r.position = rows.integer(3);
            r.threat = validation::fromFile(rows.textView(4), MaxTextLength, path(), "risk", r.id, "threat");
            r.aspects = static_cast<unsigned>(rows.int64(5));
            r.probability = rows.integer(6);
            r.consequence = rows.integer(7);
            r.manyAffected = rows.integer(8) != 0;
            r.knowledge = parseKnowledge(rows.textView(9)).value_or(Knowledge::Medium);
            r.existingMeasures =
                validation::fromFile(rows.textView(10), MaxTextLength, path(), "risk", r.id, "existing_measures");
            r.residualProbability = rows.optionalInt(11);
            r.residualConsequence = rows.optionalInt(12);
        }
    }
    {
        Statement rows(*m_db, "SELECT id, assessment_id, what, responsible_id, deadline, status, hours, cost, "
                              "follow_up FROM measure ORDER BY id");
        while (rows.step()) {
            Measure &m = data.measures.emplace_back();
            m.id = rows.int64(0);
            m.assessmentId = rows.int64(1);
            m.what = validation::fromFile(rows.textView(2), MaxTextLength, path(), "measure", m.id, "what");
            m.responsibleId = rows.optionalInt64(3);
            m.deadline = optionalDate(rows, 4);
            m.status = parseMeasureStatus(rows.textView(5)).value_or(MeasureStatus::Planned);
            m.hours = rows.real(6);
            m.cost = rows.real(7);
            m.followUp = validation::fromFile(rows.textView(8), MaxTextLength, path(), "measure", m.id, "follow_up");
        }
        Statement links(*m_db, "SELECT measure_id, risk_id FROM measure_risk ORDER BY measure_id, risk_id");
        Measure *current = nullptr;
        while (links.step()) {
            const Id measureId = links.int64(0);
            if (!current || current->id != measureId)
                current = findMutable(data.measures, measureId);
            if (current)
                current->riskIds.push_back(links.int64(1));
        }
    }
    loadCycle(data);
    return data;
}

void RegisterFile::loadCycle(RegisterData &data) const
{
    data.reviewRules = reviewRules();
    {
        Statement rows(*m_db, "SELECT id, name, unit_id FROM policy_document ORDER BY id");
        while (rows.step())
            data.documents.push_back({rows.int64(0), rows.text(1), rows.optionalInt64(2)});
    }
    {
        Statement rows(*m_db, "SELECT id, kind, object_id, date, reviewer, note FROM review ORDER BY id");
        while (rows.step())
            if (const auto kind = parseReviewKind(rows.textView(1)))
                data.reviews.push_back(
                    {rows.int64(0), *kind, rows.int64(2), dateOrDefault(rows.textView(3)), rows.text(4), rows.text(5)});
    }
    {
        Statement rows(*m_db, "SELECT id, risk_id, accepted_by, role, date, justification, expires "
                              "FROM risk_acceptance ORDER BY id");
        while (rows.step())
            data.acceptances.push_back({rows.int64(0), rows.int64(1), rows.text(2), rows.text(3),
                                        dateOrDefault(rows.textView(4)), rows.text(5),
                                        dateOrDefault(rows.textView(6))});
    }
    {
        Statement rows(*m_db, "SELECT id, subject, object_id, approved_by, role, date, fingerprint FROM approval "
                              "ORDER BY id");
        while (rows.step())
            data.approvals.push_back(
                {rows.int64(0), parseApprovalSubject(rows.textView(1)).value_or(Approval::Subject::Plan),
                 rows.optionalInt64(2), rows.text(3), rows.text(4), dateOrDefault(rows.textView(5)), rows.text(6)});
    }
    {
        Statement rows(*m_db, "SELECT id, discovered, unit_id, reported_by, type, description, observed, severity, "
                              "status, authority_notified, notified_at FROM incident ORDER BY id");
        while (rows.step()) {
            Incident &i = data.incidents.emplace_back();
            i.id = rows.int64(0);
            i.discovered = DateTime::parse(rows.textView(1)).value_or(DateTime{});
            i.unitId = rows.optionalInt64(2);
            i.reportedBy = rows.text(3);
            i.type = parseIncidentType(rows.textView(4)).value_or(IncidentType::Confidentiality);
            i.description = rows.text(5);
            i.observed = rows.text(6);
            i.severity = parseSeverity(rows.textView(7)).value_or(Severity::Medium);
            i.status = parseIncidentStatus(rows.textView(8)).value_or(IncidentStatus::Open);
            i.authorityNotified = rows.integer(9) != 0;
            i.notifiedAt = rows.isNull(10) ? std::nullopt : DateTime::parse(rows.textView(10));
        }
        auto links = [&](const char *sql, std::vector<Id> Incident::*member) {
            Statement link(*m_db, sql);
            while (link.step())
                if (Incident *incident = findMutable(data.incidents, link.int64(0)))
                    (incident->*member).push_back(link.int64(1));
        };
        links("SELECT incident_id, asset_id FROM incident_asset ORDER BY incident_id, asset_id", &Incident::assetIds);
        links("SELECT incident_id, risk_id FROM incident_risk ORDER BY incident_id, risk_id", &Incident::riskIds);
        links("SELECT incident_id, measure_id FROM incident_measure ORDER BY incident_id, measure_id",
              &Incident::measureIds);
    }
    {
        Statement rows(*m_db, "SELECT id, rule, reason, approved_by, approved_on, valid_until, unit_id "
                              "FROM rule_exception ORDER BY id");
        while (rows.step())
            data.exceptions.push_back({rows.int64(0), rows.text(1), rows.text(2), rows.text(3),
                                       dateOrDefault(rows.textView(4)), optionalDate(rows, 5), rows.optionalInt64(6)});
    }
}

} // namespace trygg
