// The register checks: damage and inconsistency are errors; what the regulations ask that the
// register lacks are warnings (002 §12 stk. 6, §20, §30).
#include "TempDir.h"

#include "check/RegisterCheck.h"
#include "storage/RegisterFile.h"

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
