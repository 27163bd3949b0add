// SPDX-License-Identifier: EUPL-1.2
// Issue 5: a full disk and a read-only register. Writing fails with a message a section leader understands,
// the file stays exactly as it was, and the open register keeps working.
#include "ErrorOf.h"
#include "TempDir.h"
#include "TestFiles.h"

#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

using namespace trygg;

namespace {

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
    EXPECT_NE(importMessage.find("nothing was changed"), std::string::npos) << importMessage;

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

// A disk that fills up in the middle of a commit and stays full: once armed, the register file (not its
// journal) takes `writes` more writes and then refuses every write and truncation with SQLITE_FULL, SQLite's
// attempt to undo the change in the file included. It stands in for the file system Trygg gives SQLite
// (Database in Sqlite.cpp, "trygg-guarded"), over it, for the test's life.
class FullDiskVfs {
public:
    FullDiskVfs()
    {
        s_real = sqlite3_vfs_find("trygg-guarded");
        EXPECT_NE(s_real, nullptr);
        m_vfs = *s_real;
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + s_real->szOsFile;
        m_vfs.xOpen = open;
        sqlite3_vfs_unregister(s_real);
        sqlite3_vfs_register(&m_vfs, 0);
    }
    ~FullDiskVfs()
    {
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(s_real, 0);
        s_writesLeft = -1;
    }
    void arm(int writes) { s_writesLeft = writes; }
    void disarm() { s_writesLeft = -1; }

private:
    struct File {
        sqlite3_file base;
        bool mainDb;
        sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
    };
    static File *self(sqlite3_file *file) { return reinterpret_cast<File *>(file); }
    static bool full(sqlite3_file *file)
    {
        if (!self(file)->mainDb || s_writesLeft < 0)
            return false;
        if (s_writesLeft > 0) {
            --s_writesLeft;
            return false;
        }
        return true;
    }
    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        File *wrapper = self(file);
        wrapper->base.pMethods = nullptr;
        wrapper->mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
        const int rc = s_real->xOpen(s_real, name, wrapper->real(), flags, outFlags);
        if (wrapper->real()->pMethods)
            wrapper->base.pMethods = &s_methods;
        return rc;
    }
    static int close(sqlite3_file *f) { return self(f)->real()->pMethods->xClose(self(f)->real()); }
    static int read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
    {
        return self(f)->real()->pMethods->xRead(self(f)->real(), data, amount, offset);
    }
    static int write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
    {
        return full(f) ? SQLITE_FULL : self(f)->real()->pMethods->xWrite(self(f)->real(), data, amount, offset);
    }
    static int truncate(sqlite3_file *f, sqlite3_int64 size)
    {
        return full(f) ? SQLITE_FULL : self(f)->real()->pMethods->xTruncate(self(f)->real(), size);
    }
    static int sync(sqlite3_file *f, int flags) { return self(f)->real()->pMethods->xSync(self(f)->real(), flags); }
    static int fileSize(sqlite3_file *f, sqlite3_int64 *size)
    {
        return self(f)->real()->pMethods->xFileSize(self(f)->real(), size);
    }
    static int lock(sqlite3_file *f, int level) { return self(f)->real()->pMethods->xLock(self(f)->real(), level); }
    static int unlock(sqlite3_file *f, int level) { return self(f)->real()->pMethods->xUnlock(self(f)->real(), level); }
    static int checkReservedLock(sqlite3_file *f, int *out)
    {
        return self(f)->real()->pMethods->xCheckReservedLock(self(f)->real(), out);
    }
    static int fileControl(sqlite3_file *f, int op, void *arg)
    {
        return self(f)->real()->pMethods->xFileControl(self(f)->real(), op, arg);
    }
    static int sectorSize(sqlite3_file *f) { return self(f)->real()->pMethods->xSectorSize(self(f)->real()); }
    static int deviceCharacteristics(sqlite3_file *f)
    {
        return self(f)->real()->pMethods->xDeviceCharacteristics(self(f)->real());
    }

    static inline sqlite3_vfs *s_real = nullptr;
    static inline int s_writesLeft = -1;
    static inline const sqlite3_io_methods s_methods = {1,
                                                        close,
                                                        read,
                                                        write,
                                                        truncate,
                                                        sync,
                                                        fileSize,
                                                        lock,
                                                        unlock,
                                                        checkReservedLock,
                                                        fileControl,
                                                        sectorSize,
                                                        deviceCharacteristics,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr,
                                                        nullptr};
    sqlite3_vfs m_vfs{};
};

// Issue 12: on a full disk "nothing was changed" is said only when it is true. When the disk fills while the
// change is being written into the file and SQLite cannot undo it there, the message names the journal that
// undoes it and says what to do; the next opening rolls it back, and the file is as it was.
TEST_F(WriteFailureTest, FullDiskInTheMiddleOfACommitSaysWhatStateTheFileIsIn)
{
    const std::string bytes = readBytes(path);
    std::string message;
    {
        FullDiskVfs disk;
        RegisterFile file = RegisterFile::open(path);
        disk.arm(1);
        message = fileErrorOf([&] { importRisksCsv(file, manyRiskRows(), "risks.csv"); });
        disk.disarm();
    }
    EXPECT_NE(message.find("the disk is full"), std::string::npos) << message;
    EXPECT_EQ(message.find("nothing was changed"), std::string::npos) << message;
    EXPECT_NE(message.find(path + "-journal"), std::string::npos) << message;
    ASSERT_TRUE(std::filesystem::exists(path + "-journal"));
    EXPECT_NE(readBytes(path), bytes); // part of the change is in the file

    // A command that only reads rolls it back; the file is then exactly as before the import.
    const RegisterFile reopened = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    EXPECT_TRUE(reopened.integrityProblems().empty());
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
    EXPECT_EQ(readBytes(path), bytes);
}

} // namespace
