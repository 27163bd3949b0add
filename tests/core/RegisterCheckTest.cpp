// SPDX-License-Identifier: EUPL-1.2
// The register checks: damage and inconsistency are errors; what the regulations ask that the
// register lacks are warnings (002 §12 stk. 6, §20, §30).
#include "OldVersions.h"
#include "RawSql.h"
#include "TempDir.h"

#include "check/RegisterCheck.h"
#include "model/AuditEntry.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <algorithm>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace trygg;

namespace {

std::vector<std::string> messages(const std::vector<CheckFinding> &findings, CheckFinding::Severity severity)
{
    std::vector<std::string> result;
    for (const CheckFinding &finding : findings)
        if (finding.severity == severity)
            result.push_back(finding.message.english());
    return result;
}

bool mentions(const std::vector<std::string> &messages, const std::string &text)
{
    for (const std::string &message : messages)
        if (message.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(RegisterCheck, ACleanRegisterHasNoFindings)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "dk", "Ballerup");
    EXPECT_TRUE(checkRegister(file).empty());
}

TEST(RegisterCheck, WarnsAboutMissingOwnerDeputyAndJoinedRoles_002)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "dk", "København");
    Person leader;
    leader.name = "Mette";
    leader.securityLeader = true;
    const Id mette = file.addPerson(leader);
    Asset system;
    system.name = "KMD Sag";
    system.type = AssetType::ItSystem;
    system.ownerId = mette; // a security leader who is also system owner: 002 §20
    file.addAsset(system);
    Asset archive;
    archive.name = "Papirarkiv";
    archive.type = AssetType::PaperArchive;
    file.addAsset(archive);
    const auto findings = checkRegister(file);
    const auto warnings = messages(findings, CheckFinding::Severity::Warning);
    EXPECT_TRUE(messages(findings, CheckFinding::Severity::Error).empty());
    // Issue 13: the rules in words, without the seed documents' numbers.
    EXPECT_TRUE(mentions(warnings, "'KMD Sag' has no deputy for its system owner"));
    EXPECT_TRUE(mentions(warnings, "'Papirarkiv' has no owner"));
    EXPECT_FALSE(mentions(warnings, "'Papirarkiv' has no deputy"));
    EXPECT_TRUE(mentions(warnings, "Mette is IT security leader and system owner at once (separation of duties)"));
    for (const std::string &warning : warnings)
        EXPECT_EQ(warning.find("00"), std::string::npos) << warning;
}

TEST(RegisterCheck, ReportsLevelsOutsideTheMatrixAsErrors)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "se", "Gislaved");
        RiskAssessment assessment;
        assessment.name = "A";
        Risk risk;
        risk.assessmentId = file.addAssessment(assessment);
        risk.threat = "Brand";
        file.addRisk(risk);
    }
    // Someone edits the file behind Trygg's back: probability 5 on the 4x4 se matrix.
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "UPDATE risk SET probability = 5", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    RegisterFile file = RegisterFile::open(path);
    const auto errors = messages(checkRegister(file), CheckFinding::Severity::Error);
    EXPECT_TRUE(mentions(errors, "probability 5 is outside 1-4")) << (errors.empty() ? "" : errors[0]);
}

// Issue 13: no seed document's numbers are shown; a register may carry its own policy's references
// (Settings > Register), which the warnings then cite. A new register has none, whatever its preset.
TEST(RegisterCheck, WarningsCiteTheRegistersOwnPolicyReferences_Issue13)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile file = RegisterFile::create(path, "dk", "Eksempel Kommune");
    EXPECT_EQ(file.load().info.policyReferences, PolicyReferences{});
    Person mette{0, "Mette", "it-chef", true, true};
    const Id metteId = file.addPerson(mette);
    Asset system;
    system.name = "KMD Sag";
    system.type = AssetType::ItSystem;
    system.ownerId = metteId;
    file.addAsset(system);
    Asset archive;
    archive.name = "Papirarkiv";
    archive.type = AssetType::PaperArchive;
    file.addAsset(archive);

    RegisterInfo info = file.load().info;
    info.policyReferences.owner = "IT-sikkerhedsregulativ §30";
    info.policyReferences.deputy = " IT-sikkerhedsregulativ §12, stk. 6 ";
    info.policyReferences.separation = "IT-sikkerhedsregulativ §20";
    file.updateInfo(info);
    const RegisterInfo stored = file.load().info;
    EXPECT_EQ(stored.policyReferences.owner, "IT-sikkerhedsregulativ §30");
    EXPECT_EQ(stored.policyReferences.deputy, "IT-sikkerhedsregulativ §12, stk. 6"); // trimmed
    EXPECT_EQ(stored.policyReferences.manyAffected, "");

    const auto findings = checkRegister(file);
    EXPECT_TRUE(messages(findings, CheckFinding::Severity::Error).empty()) << findings.front().message.english();
    const auto warnings = messages(findings, CheckFinding::Severity::Warning);
    EXPECT_TRUE(mentions(warnings, "'Papirarkiv' has no owner (IT-sikkerhedsregulativ §30)"));
    EXPECT_TRUE(
        mentions(warnings, "'KMD Sag' has no deputy for its system owner (IT-sikkerhedsregulativ §12, stk. 6)"));
    EXPECT_TRUE(mentions(warnings, "at once (separation of duties) (IT-sikkerhedsregulativ §20)"));

    // The change is in the history, and emptying a reference leaves the rule in words.
    const std::vector<AuditEntry> history = file.history();
    EXPECT_TRUE(std::any_of(history.begin(), history.end(),
                            [](const AuditEntry &e) { return e.field == "policy_references"; }));
    info.policyReferences = {};
    file.updateInfo(info);
    EXPECT_TRUE(mentions(messages(checkRegister(file), CheckFinding::Severity::Warning), "'Papirarkiv' has no owner"));
    EXPECT_FALSE(mentions(messages(checkRegister(file), CheckFinding::Severity::Warning), "§30"));

    // A reference longer than a name may be is refused, naming the rule.
    info.policyReferences.separation = std::string(501, 'x');
    EXPECT_THROW(file.updateInfo(info), InputError);
}

// Issue 13: a register of version 7 is upgraded with no references, its trail still whole; a reference
// changed behind Trygg's back is then named by check.
TEST(RegisterCheck, AnOlderRegisterHasNoReferencesAndItsTrailStaysWhole_Issue13)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "Ibestad kommune");
    downgradeToVersion7(path);
    {
        RegisterFile file = RegisterFile::open(path);
        EXPECT_EQ(file.load().info.policyReferences, PolicyReferences{});
        EXPECT_TRUE(file.trailProblems().empty());
        RegisterInfo info = file.load().info;
        info.policyReferences.manyAffected = "Internkontroll pkt. 5.1";
        file.updateInfo(info);
        EXPECT_TRUE(file.trailProblems().empty());
    }
    rawSql(path, "UPDATE policy_reference SET reference = 'Annet' WHERE rule = 'many_affected'");
    bool named = false;
    for (const Message &problem : RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailProblems())
        named = named || problem.english().find("policy_references") != std::string::npos;
    EXPECT_TRUE(named);
}
