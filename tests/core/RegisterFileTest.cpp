// SPDX-License-Identifier: EUPL-1.2
// Storage: round trips through the SQLite file, refusal of files that are not Trygg registers,
// migrations, and the acceptance criteria fixed at assessment creation (003 section 5).
#include "OldVersions.h"
#include "RawSql.h"
#include "TempDir.h"
#include "../support/TestPlatform.h"
#include "TestFiles.h"

#include "matrix/Presets.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

using namespace trygg;

namespace {

} // namespace

TEST(RegisterFile, CreateSetsApplicationIdVersionAndPresetMatrix)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        SqlConnection &db = file.database();
        EXPECT_EQ(schema::applicationId(db), schema::ApplicationId);
        EXPECT_EQ(schema::version(db), schema::CurrentVersion);
    }
    RegisterFile file = RegisterFile::open(path);
    const RegisterData data = file.load();
    EXPECT_EQ(data.info.name, "Ibestad kommune");
    EXPECT_EQ(data.info.language, "nb");
    ASSERT_EQ(data.matrices.size(), 1u);
    EXPECT_EQ(data.currentMatrix().probability[0].label, "Meget liten");
    EXPECT_EQ(data.currentMatrix().zones.size(), presetMatrix("no").zones.size());
    // Owner and group as the umask allows, never others (issue 12; SharedFolderTest tries each umask).
    // Windows has no permission bits: the folder's access lists decide.
    if (!test::OnWindows) {
        EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::others_all,
                  std::filesystem::perms::none);
        EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::owner_all,
                  std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }
}

TEST(RegisterFile, CreateRefusesToOverwriteAndUnknownPreset)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    writeBytes(path, "keep me");
    EXPECT_THROW(RegisterFile::create(path, "no", "X"), FileError);
    EXPECT_EQ(readBytes(path), "keep me");
    EXPECT_THROW(RegisterFile::create(dir.file("other.trygg"), "xx", "X"), InputError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("other.trygg")));
}

TEST(RegisterFile, RoundTripOfEveryKindOfRecord)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    Id riskId = 0;
    {
        RegisterFile file = RegisterFile::create(path, "no", "K");
        const Id unit = file.addUnit({0, "Helse og omsorg", std::nullopt});
        const Id owner = file.addPerson({0, "Kari Nordmann", "seksjonsleder", false, false});
        const Id deputy = file.addPerson({0, "Ola Ås", "", false, true});
        Asset asset;
        asset.name = "Gerica";
        asset.type = AssetType::ItSystem;
        asset.unitId = unit;
        asset.ownerId = owner;
        asset.deputyId = deputy;
        asset.personalData = PersonalData::Sensitive;
        asset.persons = 1200;
        asset.dataProcessingAgreement = true;
        asset.confidentiality = 4;
        asset.classification = "UNNTATT OFFENTLIGHET";
        const Id assetId = file.addAsset(asset);
        RiskAssessment assessment;
        assessment.name = "Risikovurdering 2025";
        assessment.unitId = unit;
        assessment.date = {2025, 3, 14};
        assessment.assetIds = {assetId};
        const Id assessmentId = file.addAssessment(assessment);
        Risk risk;
        risk.assessmentId = assessmentId;
        risk.assetId = assetId;
        risk.threat = "Feilsendt e-post med helseopplysninger";
        risk.aspects = AspectPrivacy | AspectConfidentiality;
        risk.probability = 3;
        risk.consequence = 4;
        risk.manyAffected = true;
        risk.knowledge = Knowledge::High;
        risk.residualProbability = 2;
        riskId = file.addRisk(risk);
        Measure measure;
        measure.assessmentId = assessmentId;
        measure.what = "Opplæring i sikker e-post";
        measure.responsibleId = owner;
        measure.deadline = Date{2026, 6, 30};
        measure.status = MeasureStatus::InProgress;
        measure.hours = 12.5;
        measure.cost = 3000;
        measure.riskIds = {riskId};
        file.addMeasure(measure);
    }
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    ASSERT_EQ(data.assets.size(), 1u);
    const Asset &asset = data.assets[0];
    EXPECT_EQ(asset.name, "Gerica");
    EXPECT_EQ(asset.personalData, PersonalData::Sensitive);
    EXPECT_EQ(asset.persons, 1200);
    EXPECT_TRUE(asset.dataProcessingAgreement);
    EXPECT_EQ(asset.confidentiality, 4);
    EXPECT_FALSE(asset.integrity.has_value());
    EXPECT_EQ(data.personName(asset.deputyId), "Ola Ås");
    ASSERT_EQ(data.assessments.size(), 1u);
    EXPECT_EQ(data.assessments[0].date, (Date{2025, 3, 14}));
    EXPECT_EQ(data.assessments[0].assetIds, std::vector<Id>{asset.id});
    EXPECT_EQ(data.assessments[0].matrixId, data.info.currentMatrixId);
    ASSERT_EQ(data.risks.size(), 1u);
    const Risk &risk = data.risks[0];
    EXPECT_EQ(risk.position, 1);
    EXPECT_EQ(risk.aspects, AspectPrivacy | AspectConfidentiality);
    EXPECT_TRUE(risk.manyAffected);
    EXPECT_EQ(risk.knowledge, Knowledge::High);
    EXPECT_EQ(risk.residualProbability, 2);
    EXPECT_FALSE(risk.residualConsequence.has_value());
    ASSERT_EQ(data.measures.size(), 1u);
    EXPECT_EQ(data.measures[0].status, MeasureStatus::InProgress);
    EXPECT_EQ(data.measures[0].deadline, (Date{2026, 6, 30}));
    EXPECT_DOUBLE_EQ(data.measures[0].hours, 12.5);
    EXPECT_EQ(data.measures[0].riskIds, std::vector<Id>{riskId});
}

TEST(RegisterFile, ValidationRefusesBadValuesAndWritesNothing)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    RiskAssessment assessment;
    assessment.name = "A";
    assessment.date = {2025, 1, 1};
    const Id assessmentId = file.addAssessment(assessment);
    Risk risk;
    risk.assessmentId = assessmentId;
    risk.threat = "Brann";
    risk.probability = 6; // the no preset has five levels (003 section 5.1)
    EXPECT_THROW(file.addRisk(risk), InputError);
    risk.probability = 2;
    risk.threat = "  ";
    EXPECT_THROW(file.addRisk(risk), InputError);
    Asset asset;
    asset.name = "X";
    asset.confidentiality = 5;
    EXPECT_THROW(file.addAsset(asset), InputError);
    asset.confidentiality = 2;
    asset.ownerId = 999;
    EXPECT_THROW(file.addAsset(asset), InputError);
    EXPECT_THROW(file.addUnit({0, "", std::nullopt}), InputError);
    const RegisterData data = file.load();
    EXPECT_TRUE(data.risks.empty());
    EXPECT_TRUE(data.assets.empty());
    EXPECT_TRUE(data.units.empty());
}

TEST(RegisterFile, AssessmentKeepsTheCriteriaItWasCreatedWith_003Section5)
{
    // "I forkant av en risikovurdering skal man ... fastlegge kriterier for akseptabel risiko":
    // a new matrix version does not change an existing assessment's criteria.
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    RiskAssessment first;
    first.name = "2025";
    first.date = {2025, 1, 1};
    const Id firstId = file.addAssessment(first);
    RiskMatrix stricter = presetMatrix("no");
    stricter.zones = {{"Akseptabel", "#4caf50", 1, 2, true}, {"Ikke akseptabel", "#e53935", 3, 25, false}};
    RegisterInfo info = file.info();
    const Id oldMatrix = info.currentMatrixId;
    info.currentMatrixId = file.addMatrix(stricter);
    file.updateInfo(info);
    RiskAssessment second;
    second.name = "2026";
    second.date = {2026, 1, 1};
    const Id secondId = file.addAssessment(second);
    const RegisterData data = file.load();
    EXPECT_EQ(RegisterData::findById(data.assessments, firstId)->matrixId, oldMatrix);
    EXPECT_EQ(RegisterData::findById(data.assessments, secondId)->matrixId, info.currentMatrixId);
}

TEST(RegisterFile, ReadOnlyAccessRefusesWrites)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "se", "Gislaved");
    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    EXPECT_THROW(file.addUnit({0, "Socialtjänst", std::nullopt}), FileError);
}

TEST(RegisterFile, RefusesFilesThatAreNotTryggRegistersAndLeavesThemUntouched)
{
    TempDir dir;
    const std::string empty = dir.file("empty.trygg");
    writeBytes(empty, "");
    const std::string random = dir.file("random.trygg");
    std::string bytes;
    for (int i = 0; i < 8192; ++i)
        bytes += static_cast<char>((i * 7919 + 13) % 256);
    writeBytes(random, bytes);
    const std::string text = dir.file("text.trygg");
    writeBytes(text, "name;type\nGerica;it system\n");
    const std::string other = dir.file("other.sqlite");
    rawSql(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    const std::string otherBytes = readBytes(other);

    for (const std::string &path : {empty, random, text, other})
        EXPECT_THROW(RegisterFile::open(path), FileError) << path;
    EXPECT_EQ(readBytes(empty), "");
    EXPECT_EQ(readBytes(random), bytes);
    EXPECT_EQ(readBytes(other), otherBytes);
    EXPECT_THROW(RegisterFile::open(dir.file("missing.trygg")), FileError);
}

TEST(RegisterFile, RefusesAFileFromANewerVersion)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "K");
    rawSql(path, "PRAGMA user_version = 99");
    try {
        RegisterFile::open(path);
        FAIL() << "a newer file was opened";
    } catch (const FileError &error) {
        EXPECT_NE(std::string(error.what()).find("newer version"), std::string::npos) << error.what();
    }
}

// Found by fuzz-open-file in CI: a negative version number in the file header indexed the upgrade steps
// out of bounds (tests/fuzz/regressions/open-file/negative-user-version).
TEST(RegisterFile, RefusesANegativeVersionNumberAndLeavesTheFileAlone)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "K");
    rawSql(path, "PRAGMA user_version = -799014912");
    const std::string before = readBytes(path);
    try {
        RegisterFile::open(path);
        FAIL() << "a file with a negative version was opened";
    } catch (const FileError &error) {
        EXPECT_NE(std::string(error.what()).find("version number -799014912"), std::string::npos) << error.what();
    }
    EXPECT_EQ(readBytes(path), before);
}

TEST(RegisterFile, RefusesTriggersAndViewsAddedBySomeoneElse)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "K");
    rawSql(path, "CREATE TRIGGER evil AFTER INSERT ON unit BEGIN DELETE FROM asset; END");
    EXPECT_THROW(RegisterFile::open(path), FileError);
    const std::string viewPath = dir.file("v.trygg");
    RegisterFile::create(viewPath, "no", "K");
    rawSql(viewPath, "CREATE VIEW v AS SELECT * FROM unit");
    EXPECT_THROW(RegisterFile::open(viewPath), FileError);
}

TEST(RegisterFile, RefusesATruncatedSchema)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "K");
    rawSql(path, "DROP TABLE measure_risk");
    EXPECT_THROW(RegisterFile::open(path), FileError);
}

TEST(RegisterFile, MigratesAFileStepByStepFromVersionZero)
{
    // A file whose creation stopped after the application id was written is at version 0:
    // opening it runs every upgrade step.
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    {
        Database db(path, Database::Mode::Create);
        db.exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
        EXPECT_EQ(schema::version(db), 0);
        schema::upgrade(db);
        EXPECT_EQ(schema::version(db), schema::CurrentVersion);
        schema::validate(db);
        schema::upgrade(db); // safe to run again
        EXPECT_EQ(schema::version(db), schema::CurrentVersion);
    }
}

TEST(RegisterFile, TransactionRollsBackEverythingOnError)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    try {
        Transaction transaction(file.database());
        file.addUnit({0, "Skole", std::nullopt});
        file.addUnit({0, "Skole", std::nullopt}); // duplicate: throws
        transaction.commit();
    } catch (const InputError &) {
    }
    EXPECT_TRUE(file.load().units.empty());
}

TEST(RegisterFile, RemovingAnAssessmentRemovesItsRisksAndMeasures)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "iso", "K");
    RiskAssessment assessment;
    assessment.name = "A";
    const Id assessmentId = file.addAssessment(assessment);
    Risk risk;
    risk.assessmentId = assessmentId;
    risk.threat = "Flood";
    const Id riskId = file.addRisk(risk);
    Measure measure;
    measure.assessmentId = assessmentId;
    measure.what = "Move the server room";
    measure.riskIds = {riskId};
    file.addMeasure(measure);
    file.removeAssessment(assessmentId);
    const RegisterData data = file.load();
    EXPECT_TRUE(data.risks.empty());
    EXPECT_TRUE(data.measures.empty());
    EXPECT_TRUE(file.integrityProblems().empty());
}

TEST(RegisterFile, SaveCopyWritesAnIdenticalRegister)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    file.addUnit({0, "Skole", std::nullopt});
    file.saveCopy(dir.file("copy.trygg"));
    EXPECT_THROW(file.saveCopy(dir.file("copy.trygg")), FileError);
    const RegisterData copy = RegisterFile::open(dir.file("copy.trygg")).load();
    ASSERT_EQ(copy.units.size(), 1u);
    EXPECT_EQ(copy.units[0].name, "Skole");
}

// Issue 19 ("Sections you can trust"): register ids are unique in practice. Save a copy makes a register
// of its own, with its own id, so two sections made from one copy are two registers to combine; a
// backup before an upgrade is the same register and keeps the id.
TEST(RegisterFile, ACopyGetsItsOwnRegisterIdABackupKeepsIt_Issue19)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    std::string uid;
    {
        RegisterFile file = RegisterFile::create(path, "no", "K");
        uid = file.info().uid;
        file.saveCopy(dir.file("copy.trygg"));
        file.saveCopy(dir.file("copy2.trygg"));
    }
    const std::string copyUid = RegisterFile::open(dir.file("copy.trygg")).info().uid;
    EXPECT_EQ(copyUid.size(), 32u);
    EXPECT_NE(copyUid, uid);
    EXPECT_NE(RegisterFile::open(dir.file("copy2.trygg")).info().uid, copyUid);
    EXPECT_EQ(RegisterFile::open(path).info().uid, uid); // the original keeps its own

    downgradeToVersion5(path);
    EXPECT_EQ(RegisterFile::open(path).info().uid, uid);
    int backups = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        if (entry.path().filename().string().find(".before-v") != std::string::npos) {
            ++backups;
            sqlite3 *db = nullptr;
            ASSERT_EQ(sqlite3_open_v2(entry.path().string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
            sqlite3_stmt *query = nullptr;
            ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT uid FROM register", -1, &query, nullptr), SQLITE_OK);
            ASSERT_EQ(sqlite3_step(query), SQLITE_ROW);
            EXPECT_EQ(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)), uid) << entry.path();
            sqlite3_finalize(query);
            sqlite3_close(db);
        }
    EXPECT_EQ(backups, 1);
}
