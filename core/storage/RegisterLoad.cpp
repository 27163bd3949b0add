// SPDX-License-Identifier: EUPL-1.2
// Reading the register: the whole of it (RegisterFile::load), one record (RegisterFile::stored) and
// the matrix versions. Every record kind is read by one function, with every check (RowReader).
#include "storage/RegisterFile.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "model/Tokens.h"
#include "storage/RecordSql.h"
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

template <typename T> std::vector<T> readAll(const SqlConnection &db, const std::string &path)
{
    std::vector<T> all;
    Statement rows(db, records::selectAllSql<T>());
    while (rows.step())
        all.push_back(records::readRecord<T>(RowReader(rows, path, records::Kind<T>::table)));
    return all;
}

// Every record's links (an assessment's assets, a measure's risks, an incident's objects).
template <typename T> void readLinks(const SqlConnection &db, std::vector<T> &all)
{
    if constexpr (records::hasLinks<T>()) {
        const auto &links = records::Kind<T>::links();
        for (std::size_t i = 0; i < links.size(); ++i) {
            Statement rows(db, records::linkSql<T>()[i].all.c_str());
            T *current = nullptr;
            while (rows.step()) {
                const Id owner = rows.int64(0);
                if (!current || current->id != owner)
                    current = findMutable(all, owner);
                if (current)
                    (current->*(links[i].member)).push_back(rows.int64(1));
            }
        }
    }
}

template <typename T> std::vector<T> readKind(const SqlConnection &db, const std::string &path)
{
    std::vector<T> all = readAll<T>(db, path);
    readLinks(db, all);
    return all;
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
    const Message owner = trygg::trMsg("matrix %1", id);
    matrix.preset = validation::fromFile(head.textView(0), MaxNameLength, path(), "matrix", id, "preset");
    matrix.manyAffectedRaises = boundedInteger(head, 1, 0, 1, path(), "matrix", owner, "many_affected_raises") != 0;
    head.reset();

    // Issue 12: every structure is bounded as it is read, and every number range-checked at 64 bits, so a
    // tampered file of a million levels or zones is refused before it fills the memory.
    const auto rowOf = [&owner](int row) { return trygg::trMsg("%1, row %2", owner, row); };
    Statement &levels = cached("SELECT axis, level, label, definition FROM matrix_level WHERE matrix_id = ?1 "
                               "ORDER BY axis, level");
    levels.bind(1, id);
    for (int row = 1; levels.step(); ++row) {
        auto &axis = levels.textView(0) == "probability" ? matrix.probability : matrix.consequence;
        if (axis.size() >= static_cast<std::size_t>(RiskMatrix::MaxLevels))
            tooManyRows(path(), "matrix_level", trygg::trMsg("one axis of %1", owner), RiskMatrix::MaxLevels);
        boundedInteger(levels, 1, 1, RiskMatrix::MaxLevels, path(), "matrix_level", rowOf(row), "level");
        axis.push_back({validation::fromFile(levels.textView(2), MaxNameLength, path(), "matrix", id, "label"),
                        validation::fromFile(levels.textView(3), MaxTextLength, path(), "matrix", id, "definition")});
    }
    Statement &zones = cached("SELECT name, colour, min_score, max_score, acceptable FROM matrix_zone "
                              "WHERE matrix_id = ?1 ORDER BY idx");
    zones.bind(1, id);
    for (int row = 1; zones.step(); ++row) {
        if (matrix.zones.size() >= static_cast<std::size_t>(RiskMatrix::MaxZones))
            tooManyRows(path(), "matrix_zone", owner, RiskMatrix::MaxZones);
        const Message where = rowOf(row);
        matrix.zones.push_back(
            {validation::fromFile(zones.textView(0), MaxNameLength, path(), "matrix", id, "zone"),
             validation::fromFile(zones.textView(1), MaxNameLength, path(), "matrix", id, "colour"),
             boundedInteger(zones, 2, 1, RiskMatrix::MaxScore, path(), "matrix_zone", where, "min_score"),
             boundedInteger(zones, 3, 1, RiskMatrix::MaxScore, path(), "matrix_zone", where, "max_score"),
             boundedInteger(zones, 4, 0, 1, path(), "matrix_zone", where, "acceptable") != 0});
    }
    Statement &cells = cached("SELECT probability, consequence, zone_idx FROM matrix_cell WHERE matrix_id = ?1");
    cells.bind(1, id);
    const int cellCount = matrix.probabilityLevels() * matrix.consequenceLevels();
    for (int row = 1; cells.step(); ++row) {
        if (row > cellCount)
            tooManyRows(path(), "matrix_cell", owner, cellCount);
        const Message where = rowOf(row);
        const int p =
            boundedInteger(cells, 0, 1, matrix.probabilityLevels(), path(), "matrix_cell", where, "probability");
        const int c =
            boundedInteger(cells, 1, 1, matrix.consequenceLevels(), path(), "matrix_cell", where, "consequence");
        // A zone index past the last zone is read, and reported by problems() (check), like the window's.
        matrix.setCellZone(
            p, c, boundedInteger(cells, 2, 0, RiskMatrix::MaxZones - 1, path(), "matrix_cell", where, "zone_idx"));
    }
    return matrix;
}

Id RegisterFile::addMatrix(const RiskMatrix &matrix)
{
    requireWritable();
    if (auto problems = matrix.problems(); !problems.empty())
        throw InputError(trygg::trMsg("the risk matrix is not valid: %1", problems.front()));
    // As long as load() takes them back (validation::fromFile).
    for (const auto *axis : {&matrix.probability, &matrix.consequence})
        for (std::size_t i = 0; i < axis->size(); ++i) {
            validation::requireText(trygg::trMsg("the label of level %1", i + 1), (*axis)[i].label, MaxNameLength,
                                    true);
            validation::requireText(trygg::trMsg("the definition of level %1", i + 1), (*axis)[i].definition,
                                    MaxTextLength, false);
        }
    for (const Zone &z : matrix.zones)
        validation::requireText(trygg::trMsg("the name of zone '%1'", z.name), z.name, MaxNameLength, true);
    validation::requireText(trygg::trMsg("the matrix's preset"), matrix.preset, MaxNameLength, false);
    Transaction transaction(*m_db);
    const Id id = cached("INSERT INTO matrix (preset, many_affected_raises, created) VALUES (?1, ?2, ?3) RETURNING id")
                      .bind(1, matrix.preset)
                      .bind(2, matrix.manyAffectedRaises)
                      .bind(3, Clock::todayLocal().toIso())
                      .scalar()
                      .value();
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
    // Every table as one state of the register, while others may write (on a server).
    Transaction reading(*m_db, Transaction::Kind::Read);
    RegisterData data;
    data.info = info();
    {
        Statement rows(*m_db, "SELECT id FROM matrix ORDER BY id");
        while (rows.step())
            data.matrices.push_back(matrix(rows.int64(0)));
    }
    records::forEachKind([&]<typename T>(T *) { records::in<T>(data) = readKind<T>(*m_db, path()); });
    data.reviewRules = reviewRules();
    return data;
}

template <typename T> std::optional<T> RegisterFile::stored(Id id) const
{
    Statement &row = cached(records::selectByIdSql<T>());
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    T record = records::readRecord<T>(RowReader(row, path(), records::Kind<T>::table));
    row.reset();
    if constexpr (records::hasLinks<T>()) {
        const auto &links = records::Kind<T>::links();
        for (std::size_t i = 0; i < links.size(); ++i) {
            Statement &link = cached(records::linkSql<T>()[i].ofRecord.c_str());
            link.bind(1, id);
            while (link.step())
                (record.*(links[i].member)).push_back(link.int64(0));
            link.reset();
        }
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
