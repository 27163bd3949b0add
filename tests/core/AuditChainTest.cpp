// SPDX-License-Identifier: EUPL-1.2
// Issue 12: changes made behind Trygg's back are evident. The audit trail is a chain (each entry hashes its
// content with the entry before it) and records each object's state after every change, so that check
// names the object and field changed outside Trygg, and the entries changed, removed or added.
#include "OldVersions.h"
#include "RawSql.h"
#include "TempDir.h"

#include "check/RegisterCheck.h"
#include "model/Sha256.h"
#include "storage/AuditChain.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace trygg;

namespace {

std::string rawText(const std::string &path, const std::string &sql)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement query(db, sql.c_str());
    return query.step() && !query.isNull(0) ? query.text(0) : std::string();
}

class AuditChainTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.file("k.trygg");
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        unit = file.addUnit({0, "Skole", std::nullopt});
        person = file.addPerson({0, "Kari Nordmann", "rektor", false, false});
        Asset asset;
        asset.name = "Visma Flyt Skole";
        asset.unitId = unit;
        asset.ownerId = person;
        assetId = file.addAsset(asset);
        RiskAssessment assessment;
        assessment.name = "ROS 2026";
        assessment.unitId = unit;
        assessment.date = Date{2026, 3, 1};
        assessmentId = file.addAssessment(assessment);
        Risk risk;
        risk.assessmentId = assessmentId;
        risk.assetId = assetId;
        risk.threat = "Uautorisert tilgang";
        risk.probability = 4;
        risk.consequence = 4;
        riskId = file.addRisk(risk);
        Measure measure;
        measure.assessmentId = assessmentId;
        measure.what = "Tofaktorinnlogging";
        measure.responsibleId = person;
        measure.deadline = Date{2027, 3, 1};
        measure.riskIds = {riskId};
        measureId = file.addMeasure(measure);
    }

    std::vector<std::string> problems() const
    {
        std::vector<std::string> texts;
        for (const Message &problem : RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailProblems())
            texts.push_back(problem.english());
        return texts;
    }

    std::string lastEntryOf(const std::string &type, Id id, const char *column) const
    {
        return rawText(path, "SELECT " + std::string(column) + " FROM audit WHERE object_type = '" + type +
                                 "' AND object_id = " + std::to_string(id) + " ORDER BY id DESC LIMIT 1");
    }

    TempDir dir;
    std::string path;
    Id unit = 0, person = 0, assetId = 0, assessmentId = 0, riskId = 0, measureId = 0;
};

} // namespace

TEST(AuditChain, Sha256IsTheStandardOne)
{
    // FIPS 180-2, appendix B.1.
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(AuditChain, AStateReadsBackAsWrittenAndNothingElseIsTakenForOne)
{
    const auditchain::Fields fields = {{"what", "Ett\tto\n3:x"}, {"deadline", std::nullopt}, {"note", ""}, {"-", "-"}};
    EXPECT_EQ(auditchain::parse(auditchain::serialise(fields)), fields);
    EXPECT_EQ(auditchain::parse(""), auditchain::Fields{});
    for (const char *damaged : {"what", "what\t", "what\t3:ab\n", "what\t2:abc\n", "what\tx:ab\n", "what\t-",
                                "what\t18446744073709551615:ab\n", "what\t99999999999999999999999:ab\n"})
        EXPECT_FALSE(auditchain::parse(damaged).has_value()) << damaged;
}

TEST(AuditChain, AnEntrysHashCoversEachOfItsColumnsAndThePreviousHash)
{
    auditchain::Entry entry;
    entry.id = 7;
    entry.at = "2026-11-23T10:00:00Z";
    entry.osUser = "kari";
    entry.action = "edit";
    entry.objectType = "measure";
    entry.objectId = 12;
    entry.objectName = "Tofaktorinnlogging";
    entry.field = "deadline";
    entry.oldValue = "2027-03-01";
    entry.newValue = "2028-01-01";
    entry.state = "deadline\t10:2028-01-01\n";
    entry.fingerprint = sha256Hex(*entry.state);
    const std::string hash = auditchain::entryHash(entry, "previous");
    EXPECT_NE(auditchain::entryHash(entry, "previouS"), hash);
    auto changed = [&](auto change) {
        auditchain::Entry other = entry;
        change(other);
        return auditchain::entryHash(other, "previous");
    };
    EXPECT_NE(changed([](auditchain::Entry &e) { e.id = 8; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.at = "2026-11-23T10:00:01Z"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.osUser = "ola"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.person = "Ola"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.action = "create"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.objectType = "risk"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.objectId.reset(); }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.objectName = "Tofaktor"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.field = "what"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.oldValue.reset(); }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.newValue = ""; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.state = "deadline\t10:2028-01-02\n"; }), hash);
    EXPECT_NE(changed([](auditchain::Entry &e) { e.fingerprint.reset(); }), hash);
    // Length-prefixed: moving text from one column to the next is another entry.
    EXPECT_NE(changed([](auditchain::Entry &e) {
                  e.oldValue = "2027-03-012";
                  e.newValue = "028-01-01";
              }),
              hash);
}

TEST_F(AuditChainTest, WhatTryggWritesHoldsCascadesIncluded)
{
    EXPECT_EQ(problems(), std::vector<std::string>{});
    {
        RegisterFile file = RegisterFile::open(path);
        // The line goes off the measure treating it, the owner's name off the asset, the assessment takes
        // its lines and measures with it: no entry names those objects, the trail records them all the same.
        Risk second;
        second.assessmentId = assessmentId;
        second.threat = "Tap av data";
        const Id secondId = file.addRisk(second);
        file.linkRisk(measureId, secondId);
        file.removeRisk(riskId);
        file.removePerson(person);
        RegisterInfo info = file.info();
        info.classificationLevels[1].label = "Intern bruk";
        file.updateInfo(info);
    }
    EXPECT_EQ(problems(), std::vector<std::string>{});
    RegisterFile::open(path).removeAssessment(assessmentId);
    EXPECT_EQ(problems(), std::vector<std::string>{});
}

TEST_F(AuditChainTest, AMovedDeadlineIsNamedWithWhatTheTrailSaysAndWhatTheFileSays)
{
    rawSql(path, ("UPDATE measure SET deadline = '2028-01-01' WHERE id = " + std::to_string(measureId)).c_str());
    EXPECT_EQ(problems(), std::vector<std::string>{"measure " + std::to_string(measureId) +
                                                   ", deadline: changed outside Trygg: the trail says 2027-03-01, "
                                                   "the file says 2028-01-01"});
    // check reports it as an error.
    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const std::vector<CheckFinding> findings = checkRegister(file);
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const CheckFinding &finding) {
        return finding.severity == CheckFinding::Severity::Error &&
               finding.message.english().find("deadline: changed outside Trygg") != std::string::npos;
    }));
}

TEST_F(AuditChainTest, ALoweredScoreWithTheTrailEditedToMatchBreaksTheChainAtThatEntry)
{
    const std::string entryId = lastEntryOf("risk", riskId, "id");
    std::string state = lastEntryOf("risk", riskId, "state");
    const std::string before = "probability\t1:4\n";
    ASSERT_NE(state.find(before), std::string::npos) << state;
    state.replace(state.find(before), before.size(), "probability\t1:1\n");
    Database db(path, Database::Mode::ReadWrite);
    Statement(db, ("UPDATE risk SET probability = 1 WHERE id = " + std::to_string(riskId)).c_str()).run();
    Statement(db, ("UPDATE audit SET state = ?1, fingerprint = ?2 WHERE id = " + entryId).c_str())
        .bind(1, state)
        .bind(2, sha256Hex(state))
        .run();
    EXPECT_EQ(problems(), std::vector<std::string>{"the audit trail was changed outside Trygg: entry " + entryId +
                                                   " does not match its chain hash (changed, or an entry before it "
                                                   "added or removed)"});
}

TEST_F(AuditChainTest, ARemovedEntryIsNamed)
{
    const std::string entryId = lastEntryOf("asset", assetId, "id");
    rawSql(path, ("DELETE FROM audit WHERE id = " + entryId).c_str());
    const std::vector<std::string> found = problems();
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0],
              "the audit trail was changed outside Trygg: entry " + entryId + " is missing (removed outside Trygg)");
    // The asset's only entry went with it.
    EXPECT_NE(
        std::find(found.begin(), found.end(),
                  "asset " + std::to_string(assetId) + ": added outside Trygg: the audit trail has no record of it"),
        found.end());
}

TEST_F(AuditChainTest, AnAddedEntryIsNamed)
{
    rawSql(path, "INSERT INTO audit (at, os_user, action, object_type, object_id, object_name) "
                 "VALUES ('2026-11-23T10:00:00Z', 'ola', 'edit', 'unit', 1, 'Skole')");
    const std::string entryId = rawText(path, "SELECT max(id) FROM audit");
    EXPECT_EQ(problems(), std::vector<std::string>{"the audit trail was changed outside Trygg: entry " + entryId +
                                                   " has no chain hash (added outside Trygg)"});
}

TEST_F(AuditChainTest, ObjectsAddedOrRemovedBehindTryggsBackAreNamed)
{
    rawSql(path, ("INSERT INTO unit (name) VALUES ('NAV'); DELETE FROM measure_risk; DELETE FROM measure WHERE id = " +
                  std::to_string(measureId))
                     .c_str());
    const std::string newUnit = rawText(path, "SELECT max(id) FROM unit");
    const std::vector<std::string> found = problems();
    EXPECT_NE(std::find(found.begin(), found.end(),
                        "unit " + newUnit + ": added outside Trygg: the audit trail has no record of it"),
              found.end());
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](const std::string &problem) {
        return problem.starts_with(
            "measure " + std::to_string(measureId) +
            " ('Tofaktorinnlogging'): removed outside Trygg: the audit trail last recorded it on");
    })) << ::testing::PrintToString(found);
}

TEST(AuditChainUpgrade, AVersion6RegisterGetsItsChainStartedByTheUpgradeWhichSaysSo)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    Id unit = 0;
    {
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        unit = file.addUnit({0, "Skole", std::nullopt});
        file.addPerson({0, "Kari Nordmann", "rektor", false, false});
    }
    downgradeToVersion6(path);
    ASSERT_EQ(rawText(path, "PRAGMA user_version"), "6");
    ASSERT_EQ(rawText(path, "SELECT count(*) FROM pragma_table_info('audit') WHERE name = 'chain_hash'"), "0");
    const std::size_t entriesBefore = std::stoul(rawText(path, "SELECT count(*) FROM audit"));
    {
        RegisterFile file = RegisterFile::open(path);
        const std::vector<AuditEntry> history = file.history();
        ASSERT_EQ(history.size(), entriesBefore + 1);
        EXPECT_EQ(history.back().action, "chain");
        EXPECT_EQ(history.back().objectType, "register");
        EXPECT_TRUE(file.trailProblems().empty());
        EXPECT_EQ(file.trailFingerprint().size(), 64u);
    }
    EXPECT_EQ(rawText(path, "PRAGMA user_version"), std::to_string(schema::CurrentVersion));
    EXPECT_EQ(rawText(path, "SELECT count(*) FROM audit WHERE chain_hash IS NULL"), "0");
    // From then on a change behind Trygg's back is evident, also of what the trail of version 6 recorded.
    rawSql(path, ("UPDATE unit SET name = 'Skule' WHERE id = " + std::to_string(unit)).c_str());
    std::vector<std::string> found;
    for (const Message &problem : RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailProblems())
        found.push_back(problem.english());
    EXPECT_EQ(found, std::vector<std::string>{"unit " + std::to_string(unit) +
                                              ", name: changed outside Trygg: the trail says Skole, the file says "
                                              "Skule"});
}

// 003 Vedlegg 1: "melding/konsesjon". Version 8 adds it to every asset: the trail has no record of the
// field empty, which check takes as unchanged, and a notification written behind Trygg's back is named.
TEST(AuditChainUpgrade, AVersion7RegisterGetsTheAssetsNotificationWithoutAProblem)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    Id asset = 0;
    {
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        Asset a;
        a.name = "Familia";
        asset = file.addAsset(a);
    }
    downgradeToVersion7(path);
    ASSERT_EQ(rawText(path, "PRAGMA user_version"), "7");
    {
        RegisterFile file = RegisterFile::open(path);
        EXPECT_TRUE(file.trailProblems().empty());
        const RegisterData data = file.load();
        ASSERT_NE(RegisterData::findById(data.assets, asset), nullptr);
        EXPECT_EQ(RegisterData::findById(data.assets, asset)->notification, "");
    }
    EXPECT_EQ(rawText(path, "PRAGMA user_version"), std::to_string(schema::CurrentVersion));
    rawSql(path, ("UPDATE asset SET notification = 'Konsesjon 2007' WHERE id = " + std::to_string(asset)).c_str());
    std::vector<std::string> found;
    for (const Message &problem : RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailProblems())
        found.push_back(problem.english());
    EXPECT_EQ(found, std::vector<std::string>{"asset " + std::to_string(asset) +
                                              ", notification: changed outside Trygg: the trail says (empty), "
                                              "the file says Konsesjon 2007"});
}

TEST_F(AuditChainTest, TheTrailsFingerprintFollowsEveryChange)
{
    const std::string before = RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailFingerprint();
    EXPECT_EQ(before, rawText(path, "SELECT chain_hash FROM audit ORDER BY id DESC LIMIT 1"));
    RegisterFile::open(path).addUnit({0, "NAV", std::nullopt});
    const std::string after = RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailFingerprint();
    EXPECT_EQ(after.size(), 64u);
    EXPECT_NE(after, before);
}

// 003 section 5: the acceptance criteria are fixed before the assessment; a zone of a matrix version moved
// behind Trygg's back is named with the matrix and what the trail recorded.
TEST_F(AuditChainTest, AMatrixZoneMovedBehindTryggsBackIsNamed)
{
    const std::string matrix = rawText(path, "SELECT current_matrix_id FROM register");
    const std::string before = lastEntryOf("matrix", std::stoll(matrix), "state");
    ASSERT_NE(before.find("zones\t"), std::string::npos) << before;
    rawSql(path,
           ("UPDATE matrix_zone SET min_score = min_score + 2 WHERE matrix_id = " + matrix + " AND idx = 0").c_str());
    const std::vector<std::string> found = problems();
    ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
    EXPECT_TRUE(found[0].starts_with("risk matrix " + matrix + ", zones: changed outside Trygg: the trail says "))
        << found[0];
}

// Issue 12: the register's review rules and days between reviews per zone are part of its state, so that a
// review moved further off behind Trygg's back shows (002 §26 stk. 2: assessments are due on a schedule);
// the rules Trygg itself writes (a new register's defaults, a change in Settings) leave the chain whole.
TEST_F(AuditChainTest, ReviewRulesChangedBehindTryggsBackAreNamed)
{
    {
        RegisterFile file = RegisterFile::open(path);
        ReviewRules rules = file.reviewRules();
        rules.zoneDays[0] = 365;
        file.setReviewRules(rules);
        EXPECT_TRUE(file.trailProblems().empty());
    }
    rawSql(path, "UPDATE review_zone SET days = 3000 WHERE zone_idx = 0; "
                 "UPDATE review_rule SET rule = 'months:120' WHERE kind = 'measure'");
    const std::vector<std::string> found = problems();
    ASSERT_EQ(found.size(), 2u) << ::testing::PrintToString(found);
    EXPECT_NE(found[0].find("register 1, review_rules: changed outside Trygg: the trail says "), std::string::npos)
        << found[0];
    EXPECT_NE(found[0].find("measure months:6"), std::string::npos) << found[0];
    EXPECT_NE(found[1].find("register 1, review_zone_days: changed outside Trygg: the trail says 0 365"),
              std::string::npos)
        << found[1];
}
