// Issue 5: a full disk and a read-only register. Writing fails with a message a section leader understands,
// the file stays exactly as it was, and the open register keeps working.
#include "TempDir.h"
#include "TestFiles.h"

#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

using namespace trygg;

namespace {

// The FileError an action throws; fails the test if it throws nothing or something else.
std::string fileErrorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const FileError &error) {
        return error.what();
    } catch (const std::exception &error) {
        ADD_FAILURE() << "expected a FileError, got: " << error.what();
        return {};
    }
    ADD_FAILURE() << "expected a FileError, nothing was thrown";
    return {};
}

// The register's whole content, comparable: the three exports and the number of each kind of record.
std::string contentOf(const RegisterFile &file)
{
    const RegisterData data = file.load();
    return exportAssetsCsv(data) + exportRisksCsv(data) + exportPlanCsv(data, Date{2026, 1, 1}) +
           std::to_string(data.units.size()) + " units, " + std::to_string(data.people.size()) + " people, " +
           std::to_string(data.assessments.size()) + " assessments, " + std::to_string(data.risks.size()) + " risks, " +
           std::to_string(data.measures.size()) + " measures";
}

std::int64_t pragma(RegisterFile &file, const char *sql)
{
    return Statement(file.database(), sql).scalar().value_or(-1);
}

// Many risk rows in new assessments: far more than one free page holds.
std::string manyRiskRows()
{
    std::string csv = "unit;assessment;threat;probability;consequence;measure\n";
    for (int row = 1; row <= 500; ++row)
        csv += "Fullt;ROS full disk;Hendelse nummer " + std::to_string(row) +
               " med en lang beskrivelse av hva som kan skje;" + std::to_string(1 + row % 5) + ";" +
               std::to_string(1 + row % 3) + ";Tiltak " + std::to_string(row) + "\n";
    return csv;
}

class WriteFailureTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        RegisterFile file = RegisterFile::create(path, "no", "Eksempel kommune");
        generateDemo(file, DemoOptions{12, 30, 3});
    }

    TempDir dir;
    const std::string path = dir.file("register.trygg");
};

TEST_F(WriteFailureTest, FullDiskRefusesTheWriteLeavesTheFileAsItWasAndKeepsWorking)
{
    RegisterFile file = RegisterFile::open(path);
    const RegisterData data = file.load();
    ASSERT_FALSE(data.assessments.empty());
    const std::string before = contentOf(file);
    const std::string bytes = readBytes(path);
    // SQLite's own limit on the file's size stands in for a full disk: the next page it needs is refused
    // with SQLITE_FULL, as when the disk has no room.
    ASSERT_EQ(pragma(file, "PRAGMA freelist_count"), 0);
    const std::int64_t pages = pragma(file, "PRAGMA page_count");
    file.database().exec(("PRAGMA max_page_count = " + std::to_string(pages + 1)).c_str());

    const std::string importMessage = fileErrorOf([&] { importRisksCsv(file, manyRiskRows(), "risks.csv"); });
    EXPECT_NE(importMessage.find("the disk is full"), std::string::npos) << importMessage;

    Risk risk;
    risk.assessmentId = data.assessments.front().id;
    risk.threat = std::string(19000, 'x'); // long, but within the length the core accepts
    risk.aspects = AllAspects;
    risk.probability = 2;
    risk.consequence = 3;
    const std::string riskMessage = fileErrorOf([&] { file.addRisk(risk); });
    EXPECT_NE(riskMessage.find("the disk is full"), std::string::npos) << riskMessage;

    // The register still reads, holds exactly what it held, and is sound.
    EXPECT_EQ(contentOf(file), before);
    EXPECT_TRUE(file.integrityProblems().empty());
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));

    // Once there is room again, the same connection writes.
    file.database().exec(("PRAGMA max_page_count = " + std::to_string(pages + 1000)).c_str());
    const Id added = file.addRisk(risk);
    EXPECT_GT(added, 0);
    EXPECT_TRUE(file.integrityProblems().empty());
}

TEST_F(WriteFailureTest, ReadOnlyRegisterRefusesWritesAndStaysByteForByteTheSame)
{
    const std::string bytes = readBytes(path);
    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    ASSERT_TRUE(file.readOnly());
    const std::string before = contentOf(file);

    const std::string unitMessage = fileErrorOf([&] { file.addUnit(OrgUnit{0, "Ny enhet", std::nullopt}); });
    EXPECT_NE(unitMessage.find("read-only"), std::string::npos) << unitMessage;
    EXPECT_NE(unitMessage.find("nothing was changed"), std::string::npos) << unitMessage;

    const std::string importMessage = fileErrorOf([&] {
        importAssetsCsv(file, "name;type;unit;owner\nNytt system;it system;Ny enhet;Ny person\n", "assets.csv");
    });
    EXPECT_NE(importMessage.find("read-only"), std::string::npos) << importMessage;
    EXPECT_NE(importMessage.find("nothing was changed"), std::string::npos) << importMessage;

    // It keeps working for reading.
    EXPECT_EQ(contentOf(file), before);
    EXPECT_TRUE(file.integrityProblems().empty());
    EXPECT_EQ(readBytes(path), bytes);
}

} // namespace
