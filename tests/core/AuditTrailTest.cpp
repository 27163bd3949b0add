// SPDX-License-Identifier: EUPL-1.2
// The audit trail (sporbarhed: 001 goal 8, 002 §76 stk. 3): every change through RegisterFile leaves
// rows saying who changed what and when, and a schema migration is preceded by a dated backup.
#include "OldVersions.h"
#include "RawSql.h"
#include "TempDir.h"
#include "TestRegister.h"
#include "../support/TestPlatform.h"
#include "TestFiles.h"

#include "exchange/CsvImport.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <fstream>

using namespace trygg;

namespace {

std::int64_t rawScalar(const std::string &path, const char *sql)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement statement(db, sql);
    return statement.scalar().value_or(-1);
}

// The entries written after `from` (the trail of the register's creation is not what a test is about).
std::vector<AuditEntry> since(const RegisterFile &file, std::size_t from)
{
    std::vector<AuditEntry> all = file.history();
    return {all.begin() + static_cast<std::ptrdiff_t>(std::min(from, all.size())), all.end()};
}

// Issue 16: the same trail in a file and on a server, where it names the database user of every change (the
// register was made as a file by kari, and copied up).
class AuditTrailTest : public testing::TestWithParam<SqlBackend> {
protected:
    void SetUp() override
    {
        if (const char *user = std::getenv("USER"))
            m_savedUser = user;
        test::setEnv("USER", "kari");
        ASSERT_TRUE(place.create(GetParam(), "no", "Ibestad kommune"));
        file = std::make_unique<RegisterFile>(place.open());
        start = file->history().size();
        editor = "kari";
        if (GetParam() == SqlBackend::Postgres) {
            const auto db = connectTo(place.location(), SqlConnection::Mode::ReadOnly);
            Statement user(*db, "SELECT session_user");
            ASSERT_TRUE(user.step());
            editor = user.text(0);
        }
    }
    // Writes `sql` behind Trygg's back, as a superuser may (on a server, with the trail's triggers set aside).
    void rawSql(const std::string &sql)
    {
        file.reset();
        if (GetParam() == SqlBackend::Sqlite)
            ::rawSql(place.location(), sql.c_str());
        else
            connectTo(place.location(), SqlConnection::Mode::ReadWrite)
                ->exec(("SET session_replication_role = replica; " + sql).c_str());
        file = std::make_unique<RegisterFile>(place.open());
    }
    void TearDown() override
    {
        file.reset();
        if (m_savedUser)
            test::setEnv("USER", *m_savedUser);
        else
            test::unsetEnv("USER");
    }

    TestRegister place;
    std::unique_ptr<RegisterFile> file;
    std::size_t start = 0;
    std::string editor; // who the trail says made a change

private:
    std::optional<std::string> m_savedUser;
};

} // namespace

TEST_P(AuditTrailTest, CreatingARegisterIsRecorded)
{
    const std::vector<AuditEntry> all = file->history();
    ASSERT_FALSE(all.empty());
    EXPECT_EQ(all.front().action, "create");
    EXPECT_EQ(all.front().objectType, "register");
    EXPECT_EQ(all.front().objectName, "Ibestad kommune");
    EXPECT_EQ(all.front().osUser, "kari");
    // "YYYY-MM-DDTHH:MM:SSZ", UTC
    ASSERT_EQ(all.front().at.size(), 20u) << all.front().at;
    EXPECT_EQ(all.front().at[10], 'T');
    EXPECT_EQ(all.front().at.back(), 'Z');
}

TEST_P(AuditTrailTest, CreateAndDeleteWriteOneRowNamingTheObject)
{
    file->setActingPerson("Kari Nordmann");
    const Id unit = file->addUnit({0, "Skole", std::nullopt});
    file->removeUnit(unit);
    const std::vector<AuditEntry> rows = since(*file, start);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].action, "create");
    EXPECT_EQ(rows[0].objectType, "unit");
    EXPECT_EQ(rows[0].objectId, unit);
    EXPECT_EQ(rows[0].objectName, "Skole");
    EXPECT_EQ(rows[0].osUser, editor);
    EXPECT_EQ(rows[0].person, "Kari Nordmann");
    EXPECT_EQ(rows[1].action, "delete");
    EXPECT_EQ(rows[1].objectName, "Skole");
    EXPECT_TRUE(rows[1].field.empty());
}

TEST_P(AuditTrailTest, AnEditRecordsOnlyTheFieldsThatChanged)
{
    const Id person = file->addPerson({0, "Ola", "rektor", false, false});
    Asset asset;
    asset.name = "Visma Flyt Skole";
    asset.ownerId = person;
    asset.id = file->addAsset(asset);
    const std::size_t before = file->history().size();

    asset.name = "Visma Flyt";
    asset.confidentiality = 3;
    file->updateAsset(asset);
    file->updateAsset(asset); // nothing changed: nothing recorded
    const std::vector<AuditEntry> rows = since(*file, before);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].action, "edit");
    EXPECT_EQ(rows[0].objectType, "asset");
    EXPECT_EQ(rows[0].objectName, "Visma Flyt");
    EXPECT_EQ(rows[0].field, "name");
    EXPECT_EQ(rows[0].oldValue, "Visma Flyt Skole");
    EXPECT_EQ(rows[0].newValue, "Visma Flyt");
    EXPECT_EQ(rows[1].field, "confidentiality");
    EXPECT_EQ(rows[1].oldValue, std::nullopt);
    EXPECT_EQ(rows[1].newValue, "3");
}

TEST_P(AuditTrailTest, RiskAndMeasureEditsAndLinksAreRecorded)
{
    RiskAssessment assessment;
    assessment.name = "Skole 2026";
    assessment.date = Date{2026, 3, 1};
    const Id assessmentId = file->addAssessment(assessment);
    Risk risk;
    risk.assessmentId = assessmentId;
    risk.position = 1;
    risk.threat = "Brann";
    risk.aspects = AspectAvailability;
    risk.probability = 3;
    risk.consequence = 2;
    risk.id = file->addRisk(risk);
    Measure measure;
    measure.assessmentId = assessmentId;
    measure.what = "Sprinkler";
    const Id measureId = file->addMeasure(measure);
    const std::size_t before = file->history().size();

    risk.probability = 4;
    file->updateRisk(risk);
    file->linkRisk(measureId, risk.id);
    const std::vector<AuditEntry> rows = since(*file, before);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].objectType, "risk");
    EXPECT_EQ(rows[0].objectName, "Brann");
    EXPECT_EQ(rows[0].field, "probability");
    EXPECT_EQ(rows[0].oldValue, "3");
    EXPECT_EQ(rows[0].newValue, "4");
    EXPECT_EQ(rows[1].objectType, "measure");
    EXPECT_EQ(rows[1].field, "risks");
    EXPECT_EQ(rows[1].newValue, std::to_string(risk.id));
}

TEST_P(AuditTrailTest, ApprovingAnAssessmentIsItsOwnAction)
{
    const Id leader = file->addPerson({0, "Rådmann", "", false, false});
    RiskAssessment assessment;
    assessment.name = "Helse 2026";
    assessment.date = Date{2026, 3, 1};
    assessment.id = file->addAssessment(assessment);
    const std::size_t before = file->history().size();

    assessment.status = AssessmentStatus::Approved;
    assessment.approvedById = leader;
    assessment.approvedOn = Date{2026, 4, 1};
    file->updateAssessment(assessment);
    const std::vector<AuditEntry> rows = since(*file, before);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].action, "approve");
    EXPECT_EQ(rows[0].field, "status");
    EXPECT_EQ(rows[0].oldValue, "draft");
    EXPECT_EQ(rows[0].newValue, "approved");
    EXPECT_EQ(rows[1].action, "edit");
    EXPECT_EQ(rows[1].field, "approved_by_id");
    EXPECT_EQ(rows[2].field, "approved_on");
    EXPECT_EQ(rows[2].newValue, "2026-04-01");
}

TEST_P(AuditTrailTest, AnImportWritesOneImportRowBesideItsRecords)
{
    importAssetsCsv(*file, "name;type;unit;owner\nGerica;it system;Helse;Kari\nProfil;it system;Helse;Kari\n",
                    "assets.csv");
    const std::vector<AuditEntry> rows = since(*file, start);
    std::vector<AuditEntry> imports;
    for (const AuditEntry &row : rows)
        if (row.action == "import")
            imports.push_back(row);
    ASSERT_EQ(imports.size(), 1u);
    EXPECT_EQ(imports[0].objectType, "asset");
    EXPECT_EQ(imports[0].objectName, "assets.csv");
    EXPECT_EQ(imports[0].newValue, "2 rows: 2 new, 0 updated");
    EXPECT_EQ(rows.back().action, "import");
    // The unit, the person and the two assets it created.
    EXPECT_EQ(rows.size(), 5u);
}

TEST_P(AuditTrailTest, AFailedChangeLeavesNoTrail)
{
    file->addUnit({0, "Skole", std::nullopt});
    const std::size_t before = file->history().size();
    EXPECT_THROW(file->addUnit({0, "Skole", std::nullopt}), InputError);
    EXPECT_THROW(file->removeAsset(999), InputError);
    EXPECT_THROW(importAssetsCsv(*file, "name;type\nA;teleporter\n", "bad.csv"), InputError);
    {
        Transaction transaction(file->database());
        file->addUnit({0, "NAV", std::nullopt});
        // not committed: the unit and its audit row go together
    }
    EXPECT_EQ(file->history().size(), before);
}

TEST_P(AuditTrailTest, HistoryFiltersByDateAndObject)
{
    const Id skole = file->addUnit({0, "Skole", std::nullopt});
    file->addUnit({0, "NAV", std::nullopt});
    file->updateUnit({skole, "Skole og barnehage", std::nullopt});
    const std::size_t total = file->history().size();
    rawSql("INSERT INTO audit (id, at, os_user, action, object_type, object_id, object_name) VALUES (1000, "
           "'2020-05-01T08:00:00Z', 'ola', 'edit', 'unit', " +
           std::to_string(skole) + ", 'Skole')");

    EXPECT_EQ(file->history().size(), total + 1);
    EXPECT_EQ(file->history(std::string("2021-01-01")).size(), total);
    EXPECT_EQ(file->history(Clock::todayLocal().toIso()).size(), total);
    EXPECT_TRUE(file->history(Clock::todayLocal().addDays(2).toIso()).empty());
    EXPECT_THROW(file->history(std::string("2021-02-30")), InputError);

    const std::vector<AuditEntry> ofSkole = file->history(std::nullopt, std::pair<std::string, Id>("unit", skole));
    ASSERT_EQ(ofSkole.size(), 3u); // the old row, create, rename
    EXPECT_EQ(ofSkole[1].action, "create");
    EXPECT_EQ(ofSkole[2].newValue, "Skole og barnehage");
    EXPECT_EQ(file->history(std::string("2021-01-01"), std::pair<std::string, Id>("unit", skole)).size(), 2u);
}

namespace {

// A backup made before upgrading to this version: NAME.before-vN-YYYYMMDD-HHMMSS.trygg
const std::string BackupInfix = ".before-v" + std::to_string(schema::CurrentVersion) + "-";

// A register as version 1 of Trygg wrote it: everything but the audit table.
void makeVersion1(const std::string &path)
{
    RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
    file.addUnit({0, "Skole", std::nullopt});
    file.addPerson({0, "Kari", "rektor", false, false});
}

std::vector<std::filesystem::path> backupsIn(const TempDir &dir)
{
    std::vector<std::filesystem::path> found;
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        if (entry.path().filename().string().find(BackupInfix) != std::string::npos)
            found.push_back(entry.path());
    return found;
}

} // namespace

TEST(AuditMigration, BacksUpThenUpgradesAVersion1File)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    makeVersion1(path);
    downgradeToVersion1(path);

    {
        RegisterFile file = RegisterFile::open(path);
        const RegisterData data = file.load();
        EXPECT_EQ(data.info.name, "Ibestad kommune");
        ASSERT_EQ(data.units.size(), 1u);
        EXPECT_EQ(data.units[0].name, "Skole");
        ASSERT_EQ(data.people.size(), 1u);
        // Nothing from before the trail existed; the upgrade to version 7 says it started the trail's chain
        // (issue 12).
        ASSERT_EQ(file.history().size(), 1u);
        EXPECT_EQ(file.history()[0].action, "chain");
        file.addUnit({0, "NAV", std::nullopt});
        EXPECT_EQ(file.history().size(), 2u);
        EXPECT_TRUE(file.trailProblems().empty());
    }
    EXPECT_EQ(rawScalar(path, "PRAGMA user_version"), schema::CurrentVersion);

    const std::vector<std::filesystem::path> backups = backupsIn(dir);
    ASSERT_EQ(backups.size(), 1u);
    // NAME.before-vN-YYYYMMDD-HHMMSS.trygg
    const std::string name = backups[0].filename().string();
    EXPECT_EQ(name.rfind("k" + BackupInfix, 0), 0u) << name;
    EXPECT_EQ(name.size(), ("k" + BackupInfix + "20261123-100000.trygg").size()) << name;
    EXPECT_EQ(backups[0].extension(), ".trygg");
    EXPECT_EQ(rawScalar(backups[0].string(), "PRAGMA user_version"), 1);
    EXPECT_EQ(rawScalar(backups[0].string(), "SELECT count(*) FROM unit"), 1);
    EXPECT_EQ(rawScalar(backups[0].string(), "SELECT count(*) FROM sqlite_schema WHERE name = 'audit'"), 0);
    // Never readable by more people than the register, and never by others (issue 12).
    if (!test::OnWindows) { // no permission bits there: the folder's access lists decide
        const auto original = std::filesystem::status(path).permissions();
        const auto backup = std::filesystem::status(backups[0]).permissions();
        EXPECT_EQ(backup & ~original & std::filesystem::perms::all, std::filesystem::perms::none);
        EXPECT_EQ(backup & std::filesystem::perms::others_all, std::filesystem::perms::none);
    }

    // The backup is itself a version 1 register that opens (and upgrades) like the original did.
    EXPECT_EQ(RegisterFile::open(backups[0].string()).load().units.size(), 1u);
}

TEST(AuditMigration, AFailedUpgradeLeavesTheFileByteForByteAndNamesTheBackup)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    makeVersion1(path);
    downgradeToVersion1(path);
    // Someone else's table under the name version 2 needs: the upgrade step fails.
    rawSql(path, "CREATE TABLE audit (note TEXT)");
    const std::string original = readBytes(path);

    try {
        RegisterFile::open(path);
        FAIL() << "the upgrade should have failed";
    } catch (const FileError &error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("could not be upgraded"), std::string::npos) << message;
        EXPECT_NE(message.find(BackupInfix), std::string::npos) << message;
    }
    EXPECT_EQ(readBytes(path), original);
    EXPECT_EQ(rawScalar(path, "PRAGMA user_version"), 1);
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
    EXPECT_EQ(backupsIn(dir).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTrailTest, testing::ValuesIn(testBackends()), backendName);
