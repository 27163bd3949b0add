// SPDX-License-Identifier: EUPL-1.2
// Issue 11, item 8: an incident's times are UTC instants in the file (schema version 6), so that the 72 hours
// of GDPR art. 33 (DOMAIN.md, "Incidents and deviations": the authority is told when personal data has gone
// astray) are real hours across a daylight saving change. Files of version 5 and before kept the user's
// wall-clock time; the upgrade reads it in the machine's zone (here the test clock's Europe/Copenhagen).
#include "OldVersions.h"
#include "RawSql.h"
#include "TempDir.h"
#include "../support/TestPlatform.h"
#include "TestClock.h"
#include "TestFiles.h"

#include "combine/CombineContent.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>

using namespace trygg;

namespace {

// A register with a breach discovered on the Saturday before the clocks go back and told on the Tuesday,
// and an outage in winter, written under Europe/Copenhagen.
class IncidentTimesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.file("k.trygg");
        RegisterFile file = RegisterFile::create(path, "dk", "Ærø Kommune");
        Incident breach;
        breach.discovered = DateTime{{2026, 10, 24}, 8, 0}; // 10:00 CEST
        breach.reportedBy = "Ole";
        breach.type = IncidentType::PersonalDataBreach;
        breach.description = "Elevliste sendt til forkert modtager";
        breach.authorityNotified = true;
        breach.notifiedAt = DateTime{{2026, 10, 27}, 8, 30}; // 09:30 CET
        breachId = file.addIncident(breach);
        Incident outage;
        outage.discovered = DateTime{{2026, 1, 15}, 9, 0}; // 10:00 CET
        outage.reportedBy = "Ole";
        outage.type = IncidentType::Availability;
        outage.description = "Netværket nede";
        outageId = file.addIncident(outage);
    }

    std::string column(const std::string &sql) const
    {
        Database db(path, Database::Mode::ReadOnly);
        Statement query(db, sql.c_str());
        return query.step() && !query.isNull(0) ? query.text(0) : std::string("NULL");
    }

    const ScopedClock copenhagen{std::make_shared<FixedClock>(TestNow, centralEuropeanZone())};
    TempDir dir;
    std::string path;
    Id breachId = 0;
    Id outageId = 0;
};

std::string backupBeforeUpgrade(const TempDir &dir)
{
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        if (entry.path().filename().string().find(".before-v" + std::to_string(schema::CurrentVersion) + "-") !=
            std::string::npos)
            return entry.path().string();
    return {};
}

} // namespace

TEST_F(IncidentTimesTest, TheFileKeepsUtcInstants)
{
    EXPECT_EQ(column("SELECT discovered FROM incident WHERE id = " + std::to_string(breachId)), "2026-10-24T08:00Z");
    EXPECT_EQ(column("SELECT notified_at FROM incident WHERE id = " + std::to_string(breachId)), "2026-10-27T08:30Z");
    EXPECT_EQ(column("SELECT notified_at FROM incident WHERE id = " + std::to_string(outageId)), "NULL");
    EXPECT_EQ(column("PRAGMA user_version"), std::to_string(schema::CurrentVersion));
}

// Version 5 kept "2026-10-24 10:00", meaning the wall clock in Copenhagen: the upgrade makes it the instant
// it was, 08:00 UTC in summer time and 09:00 UTC in winter, after a backup of the old file.
TEST_F(IncidentTimesTest, TheUpgradeConvertsAVersion5FilesWallClockTimesToUtc)
{
    const RegisterData before = RegisterFile::open(path).load();
    downgradeToVersion5(path);
    const std::string breach = std::to_string(breachId);
    ASSERT_EQ(column("PRAGMA user_version"), "5");
    ASSERT_EQ(column("SELECT discovered FROM incident WHERE id = " + breach), "2026-10-24 10:00");
    ASSERT_EQ(column("SELECT notified_at FROM incident WHERE id = " + breach), "2026-10-27 09:30");
    ASSERT_EQ(column("SELECT discovered FROM incident WHERE id = " + std::to_string(outageId)), "2026-01-15 10:00");

    RegisterFile file = RegisterFile::open(path);
    EXPECT_EQ(schema::version(file.database()), schema::CurrentVersion);
    const RegisterData after = file.load();
    EXPECT_EQ(after.incidents, before.incidents);
    ASSERT_NE(RegisterData::findById(after.incidents, breachId), nullptr);
    EXPECT_EQ(RegisterData::findById(after.incidents, breachId)->discovered, (DateTime{{2026, 10, 24}, 8, 0}));
    EXPECT_EQ(RegisterData::findById(after.incidents, outageId)->discovered, (DateTime{{2026, 1, 15}, 9, 0}));
    EXPECT_TRUE(file.integrityProblems().empty());
    {
        Statement leftovers(file.database(), "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'incident_v6'");
        ASSERT_TRUE(leftovers.step());
        EXPECT_EQ(leftovers.int64(0), 0);
    }
    // The links of the incident survive the rebuild of its table, and removing it still cascades.
    file.removeIncident(breachId);
    EXPECT_TRUE(file.integrityProblems().empty());

    const std::string backup = backupBeforeUpgrade(dir);
    ASSERT_FALSE(backup.empty());
    Database old(backup, Database::Mode::ReadOnly);
    EXPECT_EQ(schema::version(old), 5);
    Statement kept(old, "SELECT discovered FROM incident WHERE id = ?1");
    kept.bind(1, breachId);
    ASSERT_TRUE(kept.step());
    EXPECT_EQ(kept.text(0), "2026-10-24 10:00");
}

// As the program runs: the zone is the machine's (SystemClock; here TZ=Europe/Copenhagen, set for the test
// and put back after it, as ClockTest does).
TEST_F(IncidentTimesTest, TheUpgradeReadsWallClockTimesInTheMachinesZone)
{
    TRYGG_SKIP_ON_WINDOWS("TZ=Europe/Copenhagen: Windows' C runtime knows no zone names");
    if (!std::filesystem::exists("/usr/share/zoneinfo/Europe/Copenhagen"))
        GTEST_SKIP() << "no time zone data on this machine";
    downgradeToVersion5(path); // by the test clock's Europe/Copenhagen
    rawSql(path,
           ("UPDATE incident SET discovered = '2026-03-28 10:00' WHERE id = " + std::to_string(outageId)).c_str());
    const char *old = std::getenv("TZ");
    const std::string previous = old ? old : "";
    test::setEnv("TZ", "Europe/Copenhagen");
    ::tzset();
    {
        const ScopedClock machine(std::make_shared<FixedClock>(TestNow, FixedClock::machineZone()));
        RegisterFile::open(path);
    }
    if (old)
        test::setEnv("TZ", previous);
    else
        test::unsetEnv("TZ");
    ::tzset();
    EXPECT_EQ(column("SELECT discovered FROM incident WHERE id = " + std::to_string(breachId)), "2026-10-24T08:00Z");
    EXPECT_EQ(column("SELECT notified_at FROM incident WHERE id = " + std::to_string(breachId)), "2026-10-27T08:30Z");
    EXPECT_EQ(column("SELECT discovered FROM incident WHERE id = " + std::to_string(outageId)), "2026-03-28T09:00Z");
}

// The content combining last took over from a section (origin.fingerprint) holds the times as the section
// wrote them; the upgrade converts them too, so that the next combine does not see a change that is none.
TEST_F(IncidentTimesTest, TheUpgradeConvertsTheTimesInWhatCombiningLastTookOver)
{
    const RegisterData data = RegisterFile::open(path).load();
    const Incident &breach = *RegisterData::findById(data.incidents, breachId);
    const std::string now = combine::contentOf(data, breach);
    ASSERT_EQ(now.substr(0, 17), "2026-10-24T08:00Z");
    std::string old = now;
    old.replace(old.find("2026-10-24T08:00Z"), 17, "2026-10-24 10:00");
    old.replace(old.find("2026-10-27T08:30Z"), 17, "2026-10-27 09:30");
    downgradeToVersion5(path);
    {
        Database db(path, Database::Mode::ReadWrite);
        Statement origin(db,
                         "INSERT INTO origin (source_uid, object_type, source_id, local_id, source_name, "
                         "fingerprint) VALUES ('0123456789abcdef0123456789abcdef', 'incident', 7, ?1, 'Skole', ?2)");
        origin.bind(1, breachId).bind(2, old).run();
    }
    RegisterFile file = RegisterFile::open(path);
    const std::vector<RegisterFile::Origin> origins = file.origins();
    ASSERT_EQ(origins.size(), 1u);
    ASSERT_TRUE(origins[0].fingerprint);
    EXPECT_EQ(*origins[0].fingerprint, now);
}

TEST_F(IncidentTimesTest, TheUpgradeRefusesAWallClockTimeThatIsNoTimeNamingRecordAndField)
{
    downgradeToVersion5(path);
    const std::string breach = std::to_string(breachId);
    // The GLOB of version 5 lets a 25th hour through; the upgrade does not.
    rawSql(path, ("UPDATE incident SET notified_at = '2026-10-27 25:30' WHERE id = " + breach).c_str());
    const std::string before = readBytes(path);
    try {
        RegisterFile::open(path);
        FAIL() << "upgraded";
    } catch (const FileError &error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("incident " + breach +
                               ", field 'notified_at': '2026-10-27 25:30' is not a date and "
                               "time (YYYY-MM-DD HH:MM)"),
                  std::string::npos)
            << message;
        EXPECT_NE(message.find("left as it was"), std::string::npos) << message;
    }
    EXPECT_EQ(readBytes(path), before);
    EXPECT_EQ(column("PRAGMA user_version"), "5");
}

// A damaged time refuses the file, naming the record and the field (RowReader), and leaves it as it was.
TEST_F(IncidentTimesTest, ADamagedTimeRefusesTheFileNamingRecordAndField)
{
    const std::string breach = std::to_string(breachId);
    for (const char *value : {"2026-10-24 10:00", "2026-02-30T10:00Z", "2026-10-24T10:00", "2026-10-24T10:00+02"}) {
        SCOPED_TRACE(value);
        rawSql(path, ("PRAGMA ignore_check_constraints = ON; UPDATE incident SET discovered = '" + std::string(value) +
                      "' WHERE id = " + breach)
                         .c_str());
        const std::string before = readBytes(path);
        try {
            RegisterFile::open(path).load();
            ADD_FAILURE() << "loaded";
        } catch (const FileError &error) {
            const std::string message = error.what();
            EXPECT_NE(message.find(path), std::string::npos) << message;
            EXPECT_NE(message.find("incident " + breach + ", field 'discovered': '" + value +
                                   "' is not a UTC date and time (YYYY-MM-DDTHH:MMZ)"),
                      std::string::npos)
                << message;
        }
        EXPECT_EQ(readBytes(path), before);
    }
}

// The CHECK of version 6: another program cannot write a wall-clock time or a damaged one into the file.
TEST_F(IncidentTimesTest, TheFileRefusesARawWriteOfATimeInAnotherForm)
{
    const std::string breach = std::to_string(breachId);
    for (const std::string &sql : {"UPDATE incident SET discovered = '2026-10-24 10:00' WHERE id = " + breach,
                                   "UPDATE incident SET notified_at = 'soon' WHERE id = " + breach}) {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        sqlite3_extended_result_codes(db, 1);
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_CONSTRAINT_CHECK) << sql;
        sqlite3_close(db);
    }
    rawSql(path, ("UPDATE incident SET notified_at = '2026-10-27T07:59Z' WHERE id = " + breach).c_str());
    EXPECT_NO_THROW(RegisterFile::open(path).load());
}
