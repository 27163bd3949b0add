#pragma once

#include "model/RegisterData.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace trygg {

class Database;
class Statement;

// One register in one SQLite file (extension .trygg). Every change is one transaction, written
// through at once: closing the program never loses anything. Callers group several changes into one
// transaction (an import, say) with Transaction on database().
//
// add...() inserts a record under a new id when its id is 0, or under the id it carries (to restore
// a removed record on undo). update...() changes every field of the record with that id.
class RegisterFile {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new register from a national preset. Refuses to overwrite an existing file.
    static RegisterFile create(const std::string &path, std::string_view preset, std::string_view name);
    // Opens an existing register; refuses (FileError, file untouched) anything that is not a Trygg
    // register of this or an older version.
    static RegisterFile open(const std::string &path, Access access = Access::ReadWrite);

    RegisterFile(RegisterFile &&) noexcept;
    RegisterFile &operator=(RegisterFile &&) noexcept;
    ~RegisterFile();

    const std::string &path() const;
    bool readOnly() const;
    Database &database() { return *m_db; }

    RegisterData load() const;
    // Writes a consistent copy of the register to `target` with SQLite's online backup; refuses to
    // overwrite an existing file.
    void saveCopy(const std::string &target) const;
    // What SQLite's integrity check and foreign key check find; empty when the file is sound.
    std::vector<std::string> integrityProblems() const;
    RegisterInfo info() const;
    void updateInfo(const RegisterInfo &info);

    RiskMatrix matrix(Id id) const;
    // Stores a new matrix version (it must be valid). Existing assessments keep theirs.
    Id addMatrix(const RiskMatrix &matrix);

    Id addUnit(const OrgUnit &unit);
    void updateUnit(const OrgUnit &unit);
    void removeUnit(Id id);
    Id addPerson(const Person &person);
    void updatePerson(const Person &person);
    void removePerson(Id id);
    Id addAsset(const Asset &asset);
    void updateAsset(const Asset &asset);
    void removeAsset(Id id);
    // Takes the register's current matrix when assessment.matrixId is 0: the acceptance criteria are
    // fixed when the assessment is created (003 section 5).
    Id addAssessment(const RiskAssessment &assessment);
    void updateAssessment(const RiskAssessment &assessment);
    void removeAssessment(Id id);
    // Appends at the end of its assessment when risk.position is 0.
    Id addRisk(const Risk &risk);
    void updateRisk(const Risk &risk);
    void removeRisk(Id id);
    Id addMeasure(const Measure &measure);
    void updateMeasure(const Measure &measure);
    void removeMeasure(Id id);
    // Records that a measure treats a risk (nothing happens if it already does).
    void linkRisk(Id measureId, Id riskId);

    // Look-ups by name (exact, after trimming) for import and the CLI.
    std::optional<Id> findUnit(std::string_view name) const;
    std::optional<Id> findPerson(std::string_view name) const;
    std::optional<Id> findAsset(std::optional<Id> unitId, std::string_view name) const;
    std::optional<Id> findAssessment(std::optional<Id> unitId, std::string_view name) const;
    std::optional<Id> findMeasure(Id assessmentId, std::string_view what) const;
    // The first line of an assessment with this text about this asset (or about no asset).
    std::optional<Id> findRisk(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const;

private:
    explicit RegisterFile(std::unique_ptr<Database> db);
    void configure();
    // A prepared statement kept for the life of the file: bulk imports reuse it.
    Statement &cached(const char *sql) const;
    void requireWritable() const;
    void writeMeasureLinks(Id measureId, const std::vector<Id> &riskIds);
    void writeAssessmentScope(Id assessmentId, const std::vector<Id> &assetIds);
    void validateAsset(const Asset &asset) const;
    void validateRisk(const Risk &risk) const;
    void validateMeasure(const Measure &measure) const;
    void removeRow(const char *sql, Id id, std::string_view what);
    // Matrix versions never change once stored, so they can be kept.
    const RiskMatrix &storedMatrix(Id id) const;
    Id matrixOfAssessment(Id assessmentId) const;

    std::unique_ptr<Database> m_db;
    mutable std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;
    mutable std::unordered_map<Id, RiskMatrix> m_matrices;
};

} // namespace trygg
