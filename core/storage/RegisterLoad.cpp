// Reading the register: the whole of it (RegisterFile::load), one record (RegisterFile::stored) and
// the matrix versions. Every record kind is read by one function, with every check (RowReader).
#include "storage/RegisterFile.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "model/Tokens.h"
#include "storage/RowReader.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

#include <type_traits>

namespace trygg {
namespace {

using validation::MaxNameLength;
using validation::MaxTextLength;

template <typename T> T *findMutable(std::vector<T> &items, Id id)
{
    return const_cast<T *>(RegisterData::findById(items, id));
}

// Per record kind: its table, its columns (the id first) and the one function that reads a row of
// them. The links (an assessment's assets, a measure's risks, an incident's objects) are read apart.
template <typename T> struct Record;

template <> struct Record<OrgUnit> {
    static constexpr const char *Table = "unit";
    static constexpr const char *Columns = "id, name, parent_id";
    static OrgUnit read(const RowReader &row)
    {
        return {row.id(), row.text(1, "name", MaxNameLength), row.optionalInteger(2, "parent_id")};
    }
};

template <> struct Record<Person> {
    static constexpr const char *Table = "person";
    static constexpr const char *Columns = "id, name, role, security_leader, it_responsible";
    static Person read(const RowReader &row)
    {
        return {row.id(), row.text(1, "name", MaxNameLength), row.text(2, "role", MaxNameLength),
                row.flag(3, "security_leader"), row.flag(4, "it_responsible")};
    }
};

template <> struct Record<Asset> {
    static constexpr const char *Table = "asset";
    static constexpr const char *Columns =
        "id, name, type, unit_id, owner_id, deputy_id, purpose, information, personal_data, persons, legal_basis, "
        "operator, dpa, confidentiality, integrity, availability, classification, archiving, safeguards, storage, "
        "notes";
    static Asset read(const RowReader &row)
    {
        Asset a;
        a.id = row.id();
        a.name = row.text(1, "name", MaxNameLength);
        a.type = row.token<AssetType>(2, "type");
        a.unitId = row.optionalInteger(3, "unit_id");
        a.ownerId = row.optionalInteger(4, "owner_id");
        a.deputyId = row.optionalInteger(5, "deputy_id");
        a.purpose = row.text(6, "purpose", MaxTextLength);
        a.information = row.text(7, "information", MaxTextLength);
        a.personalData = row.token<PersonalData>(8, "personal_data");
        a.persons = row.optionalInteger(9, "persons");
        a.legalBasis = row.text(10, "legal_basis", MaxTextLength);
        a.operatorName = row.text(11, "operator", MaxTextLength);
        a.dataProcessingAgreement = row.flag(12, "dpa");
        a.confidentiality = row.optionalSmallInteger(13, "confidentiality");
        a.integrity = row.optionalSmallInteger(14, "integrity");
        a.availability = row.optionalSmallInteger(15, "availability");
        a.classification = row.text(16, "classification", MaxTextLength);
        a.archiving = row.text(17, "archiving", MaxTextLength);
        a.safeguards = row.text(18, "safeguards", MaxTextLength);
        a.storage = row.text(19, "storage", MaxTextLength);
        a.notes = row.text(20, "notes", MaxTextLength);
        return a;
    }
};

template <> struct Record<RiskAssessment> {
    static constexpr const char *Table = "assessment";
    static constexpr const char *Columns =
        "id, name, unit_id, assessor_id, date, status, matrix_id, approved_by_id, approved_on";
    static RiskAssessment read(const RowReader &row)
    {
        RiskAssessment a;
        a.id = row.id();
        a.name = row.text(1, "name", MaxNameLength);
        a.unitId = row.optionalInteger(2, "unit_id");
        a.assessorId = row.optionalInteger(3, "assessor_id");
        a.date = row.date(4, "date");
        a.status = row.token<AssessmentStatus>(5, "status");
        a.matrixId = row.integer(6, "matrix_id");
        a.approvedById = row.optionalInteger(7, "approved_by_id");
        a.approvedOn = row.optionalDate(8, "approved_on");
        return a;
    }
};

template <> struct Record<Risk> {
    static constexpr const char *Table = "risk";
    static constexpr const char *Columns =
        "id, assessment_id, asset_id, position, threat, aspects, probability, consequence, many_affected, knowledge, "
        "existing_measures, residual_probability, residual_consequence";
    static Risk read(const RowReader &row)
    {
        Risk r;
        r.id = row.id();
        r.assessmentId = row.integer(1, "assessment_id");
        r.assetId = row.optionalInteger(2, "asset_id");
        r.position = row.smallInteger(3, "position");
        r.threat = row.text(4, "threat", MaxTextLength);
        r.aspects = static_cast<unsigned>(row.integer(5, "aspects"));
        r.probability = row.smallInteger(6, "probability");
        r.consequence = row.smallInteger(7, "consequence");
        r.manyAffected = row.flag(8, "many_affected");
        r.knowledge = row.token<Knowledge>(9, "knowledge");
        r.existingMeasures = row.text(10, "existing_measures", MaxTextLength);
        r.residualProbability = row.optionalSmallInteger(11, "residual_probability");
        r.residualConsequence = row.optionalSmallInteger(12, "residual_consequence");
        return r;
    }
};

template <> struct Record<Measure> {
    static constexpr const char *Table = "measure";
    static constexpr const char *Columns =
        "id, assessment_id, what, responsible_id, deadline, status, hours, cost, follow_up";
    static Measure read(const RowReader &row)
    {
        Measure m;
        m.id = row.id();
        m.assessmentId = row.integer(1, "assessment_id");
        m.what = row.text(2, "what", MaxTextLength);
        m.responsibleId = row.optionalInteger(3, "responsible_id");
        m.deadline = row.optionalDate(4, "deadline");
        m.status = row.token<MeasureStatus>(5, "status");
        m.hours = row.number(6, "hours");
        m.cost = row.number(7, "cost");
        m.followUp = row.text(8, "follow_up", MaxTextLength);
        return m;
    }
};

template <> struct Record<PolicyDocument> {
    static constexpr const char *Table = "policy_document";
    static constexpr const char *Columns = "id, name, unit_id";
    static PolicyDocument read(const RowReader &row)
    {
        return {row.id(), row.text(1, "name", MaxNameLength), row.optionalInteger(2, "unit_id")};
    }
};

template <> struct Record<Review> {
    static constexpr const char *Table = "review";
    static constexpr const char *Columns = "id, kind, object_id, date, reviewer, note";
    static Review read(const RowReader &row)
    {
        return {row.id(),
                row.token<ReviewKind>(1, "kind"),
                row.integer(2, "object_id"),
                row.date(3, "date"),
                row.text(4, "reviewer", MaxNameLength),
                row.text(5, "note", MaxTextLength)};
    }
};

template <> struct Record<RiskAcceptance> {
    static constexpr const char *Table = "risk_acceptance";
    static constexpr const char *Columns = "id, risk_id, accepted_by, role, date, justification, expires";
    static RiskAcceptance read(const RowReader &row)
    {
        return {row.id(),
                row.integer(1, "risk_id"),
                row.text(2, "accepted_by", MaxNameLength),
                row.text(3, "role", MaxNameLength),
                row.date(4, "date"),
                row.text(5, "justification", MaxTextLength),
                row.date(6, "expires")};
    }
};

template <> struct Record<Approval> {
    static constexpr const char *Table = "approval";
    static constexpr const char *Columns = "id, subject, object_id, approved_by, role, date, fingerprint";
    static Approval read(const RowReader &row)
    {
        return {row.id(),
                row.token<Approval::Subject>(1, "subject"),
                row.optionalInteger(2, "object_id"),
                row.text(3, "approved_by", MaxNameLength),
                row.text(4, "role", MaxNameLength),
                row.date(5, "date"),
                row.text(6, "fingerprint", MaxNameLength)};
    }
};

template <> struct Record<Incident> {
    static constexpr const char *Table = "incident";
    static constexpr const char *Columns = "id, discovered, unit_id, reported_by, type, description, observed, "
                                           "severity, status, authority_notified, notified_at";
    static Incident read(const RowReader &row)
    {
        Incident i;
        i.id = row.id();
        i.discovered = row.utcInstant(1, "discovered");
        i.unitId = row.optionalInteger(2, "unit_id");
        i.reportedBy = row.text(3, "reported_by", MaxNameLength);
        i.type = row.token<IncidentType>(4, "type");
        i.description = row.text(5, "description", MaxTextLength);
        i.observed = row.text(6, "observed", MaxTextLength);
        i.severity = row.token<Severity>(7, "severity");
        i.status = row.token<IncidentStatus>(8, "status");
        i.authorityNotified = row.flag(9, "authority_notified");
        i.notifiedAt = row.optionalUtcInstant(10, "notified_at");
        return i;
    }
};

template <> struct Record<RuleException> {
    static constexpr const char *Table = "rule_exception";
    static constexpr const char *Columns = "id, rule, reason, approved_by, approved_on, valid_until, unit_id";
    static RuleException read(const RowReader &row)
    {
        return {row.id(),
                row.text(1, "rule", MaxTextLength),
                row.text(2, "reason", MaxTextLength),
                row.text(3, "approved_by", MaxNameLength),
                row.date(4, "approved_on"),
                row.optionalDate(5, "valid_until"),
                row.optionalInteger(6, "unit_id")};
    }
};

template <typename T> std::string selectSql(const char *where)
{
    return std::string("SELECT ") + Record<T>::Columns + " FROM " + Record<T>::Table + where;
}

// The statement text of stored<T>: one string for the life of the program, so that cached() keeps
// one prepared statement per kind.
template <typename T> const char *byIdSql()
{
    static const std::string sql = selectSql<T>(" WHERE id = ?1");
    return sql.c_str();
}

template <typename T> std::vector<T> readAll(const Database &db, const std::string &path)
{
    std::vector<T> records;
    Statement rows(db, selectSql<T>(" ORDER BY id").c_str());
    while (rows.step())
        records.push_back(Record<T>::read(RowReader(rows, path, Record<T>::Table)));
    return records;
}

// Reads `sql` (owner id, linked id, ordered by both) into `member` of the records it names.
template <typename T>
void readLinks(const Database &db, const char *sql, std::vector<T> &records, std::vector<Id> T::*member)
{
    Statement links(db, sql);
    T *current = nullptr;
    while (links.step()) {
        const Id owner = links.int64(0);
        if (!current || current->id != owner)
            current = findMutable(records, owner);
        if (current)
            (current->*member).push_back(links.int64(1));
    }
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
    data.units = readAll<OrgUnit>(*m_db, path());
    data.people = readAll<Person>(*m_db, path());
    data.assets = readAll<Asset>(*m_db, path());
    data.assessments = readAll<RiskAssessment>(*m_db, path());
    readLinks(*m_db, "SELECT assessment_id, asset_id FROM assessment_asset ORDER BY assessment_id, asset_id",
              data.assessments, &RiskAssessment::assetIds);
    data.risks = readAll<Risk>(*m_db, path());
    data.measures = readAll<Measure>(*m_db, path());
    readLinks(*m_db, "SELECT measure_id, risk_id FROM measure_risk ORDER BY measure_id, risk_id", data.measures,
              &Measure::riskIds);
    data.reviewRules = reviewRules();
    data.documents = readAll<PolicyDocument>(*m_db, path());
    data.reviews = readAll<Review>(*m_db, path());
    data.acceptances = readAll<RiskAcceptance>(*m_db, path());
    data.approvals = readAll<Approval>(*m_db, path());
    data.incidents = readAll<Incident>(*m_db, path());
    readLinks(*m_db, "SELECT incident_id, asset_id FROM incident_asset ORDER BY incident_id, asset_id", data.incidents,
              &Incident::assetIds);
    readLinks(*m_db, "SELECT incident_id, risk_id FROM incident_risk ORDER BY incident_id, risk_id", data.incidents,
              &Incident::riskIds);
    readLinks(*m_db, "SELECT incident_id, measure_id FROM incident_measure ORDER BY incident_id, measure_id",
              data.incidents, &Incident::measureIds);
    data.exceptions = readAll<RuleException>(*m_db, path());
    return data;
}

template <typename T> std::optional<T> RegisterFile::stored(Id id) const
{
    Statement &row = cached(byIdSql<T>());
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    T record = Record<T>::read(RowReader(row, path(), Record<T>::Table));
    row.reset();
    auto links = [&](const char *sql) {
        std::vector<Id> ids;
        Statement &link = cached(sql);
        link.bind(1, id);
        while (link.step())
            ids.push_back(link.int64(0));
        link.reset();
        return ids;
    };
    if constexpr (std::is_same_v<T, RiskAssessment>) {
        record.assetIds = links("SELECT asset_id FROM assessment_asset WHERE assessment_id = ?1 ORDER BY asset_id");
    } else if constexpr (std::is_same_v<T, Measure>) {
        record.riskIds = links("SELECT risk_id FROM measure_risk WHERE measure_id = ?1 ORDER BY risk_id");
    } else if constexpr (std::is_same_v<T, Incident>) {
        record.assetIds = links("SELECT asset_id FROM incident_asset WHERE incident_id = ?1 ORDER BY asset_id");
        record.riskIds = links("SELECT risk_id FROM incident_risk WHERE incident_id = ?1 ORDER BY risk_id");
        record.measureIds = links("SELECT measure_id FROM incident_measure WHERE incident_id = ?1 ORDER BY measure_id");
    }
    return record;
}

template std::optional<OrgUnit> RegisterFile::stored<OrgUnit>(Id) const;
template std::optional<Person> RegisterFile::stored<Person>(Id) const;
template std::optional<Asset> RegisterFile::stored<Asset>(Id) const;
template std::optional<RiskAssessment> RegisterFile::stored<RiskAssessment>(Id) const;
template std::optional<Risk> RegisterFile::stored<Risk>(Id) const;
template std::optional<Measure> RegisterFile::stored<Measure>(Id) const;
template std::optional<PolicyDocument> RegisterFile::stored<PolicyDocument>(Id) const;
template std::optional<Review> RegisterFile::stored<Review>(Id) const;
template std::optional<RiskAcceptance> RegisterFile::stored<RiskAcceptance>(Id) const;
template std::optional<Approval> RegisterFile::stored<Approval>(Id) const;
template std::optional<Incident> RegisterFile::stored<Incident>(Id) const;
template std::optional<RuleException> RegisterFile::stored<RuleException>(Id) const;

} // namespace trygg
