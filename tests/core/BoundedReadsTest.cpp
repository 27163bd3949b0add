// SPDX-License-Identifier: EUPL-1.2
// Issue 12 ("Safe on a shared folder"), bounded reads: every structure read from a register or a file is
// bounded before it is held, every integer read from a file is range-checked at its full width, and
// checking any input up to its limit takes time at most n log n.
#include "RawSql.h"
#include "TempDir.h"
#include "../support/TestPlatform.h"
#include "TestFiles.h"

#include "exchange/Csv.h"
#include "exchange/Json.h"
#include "exchange/MatrixJson.h"
#include "exchange/Xlsx.h"
#include "matrix/Presets.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>


using namespace trygg;

namespace {

std::string makeRegister(const TempDir &dir)
{
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "Ibestad kommune");
    return path;
}

// The FileError load() throws for the file, or "" when it loads; the file must be left as it was.
std::string loadRefusal(const std::string &path)
{
    const std::string before = readBytes(path);
    std::string message;
    try {
        RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    } catch (const FileError &error) {
        message = error.what();
    }
    EXPECT_EQ(readBytes(path), before) << "the refused file was changed";
    return message;
}

double secondsOf(const auto &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A matrix JSON with `zones` bands all covering 1-25 (each overlaps every other).
std::string overlappingZonesJson(int zones)
{
    std::string text = R"({"format": "trygg-matrix", "version": 1,
      "probability": [{"label": "1"}, {"label": "2"}, {"label": "3"}, {"label": "4"}, {"label": "5"}],
      "consequence": [{"label": "1"}, {"label": "2"}, {"label": "3"}, {"label": "4"}, {"label": "5"}],
      "zones": [)";
    for (int i = 0; i < zones; ++i)
        text += std::string(i ? "," : "") + R"({"name": "Z)" + std::to_string(i) +
                R"(", "colour": "#00aa00", "min_score": 1, "max_score": 25})";
    return text + "]}";
}

} // namespace

// Issue 12: "64-bit levels are truncated (4294967297 reads as 1 and passes check)". Every number of the
// matrix tables is read at 64 bits and refused out of range, naming the file, table, row and field.
TEST(BoundedReads, AMatrixNumberBeyond32BitsIsRefusedNotTruncated)
{
    TempDir dir;
    const std::string pristine = readBytes(makeRegister(dir));
    struct Case {
        const char *sql;
        const char *named;
    };
    const Case cases[] = {
        {"UPDATE matrix_zone SET min_score = 4294967297 WHERE idx = 0",
         "matrix_zone (matrix 1, row 1), field 'min_score': '4294967297' is not a whole number from 1 to 36"},
        {"UPDATE matrix_zone SET max_score = -4294967295 WHERE idx = 2",
         "matrix_zone (matrix 1, row 3), field 'max_score': '-4294967295' is not a whole number from 1 to 36"},
        {"UPDATE matrix_zone SET acceptable = 4294967296 WHERE idx = 1", "field 'acceptable'"},
        {"INSERT INTO matrix_cell VALUES (1, 4294967297, 1, 0)",
         "matrix_cell (matrix 1, row 1), field 'probability': '4294967297' is not a whole number from 1 to 5"},
        {"INSERT INTO matrix_cell VALUES (1, 1, 1, 4294967296)", "field 'zone_idx'"},
        {"UPDATE matrix_level SET level = 4294967297 WHERE axis = 'probability' AND level = 1", "field 'level'"},
        {"UPDATE matrix SET many_affected_raises = 4294967297", "field 'many_affected_raises'"},
        {"UPDATE matrix_zone SET min_score = 1.5 WHERE idx = 0", "field 'min_score': '1.5' is not a whole number"},
        {"UPDATE review_zone SET days = 4294967297 WHERE zone_idx = (SELECT min(zone_idx) FROM review_zone)",
         "review_zone (row 1), field 'days': '4294967297' is not a whole number from 1 to 3660"},
        {"UPDATE review_zone SET zone_idx = 4294967296 WHERE zone_idx = (SELECT max(zone_idx) FROM review_zone)",
         "field 'zone_idx'"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.sql);
        const std::string path = dir.file("tampered.trygg");
        writeBytes(path, pristine);
        rawSql(path, (std::string("PRAGMA ignore_check_constraints = ON; ") + c.sql).c_str());
        const std::string message = loadRefusal(path);
        EXPECT_NE(message.find(path + ": "), std::string::npos) << message;
        EXPECT_NE(message.find(c.named), std::string::npos) << message;
        EXPECT_NE(message.find("changed by another program"), std::string::npos) << message;
    }
}

// Issue 12: "integers read from a file are range-checked": a number of persons registered is zero or more,
// written (the core refuses -5) and read (a file holding -5 is refused, naming the asset and the field).
TEST(BoundedReads, ANegativeNumberOfPersonsIsRefusedWrittenAndRead)
{
    TempDir dir;
    const std::string path = makeRegister(dir);
    Asset asset;
    asset.name = "Fagsystem";
    asset.persons = -5;
    {
        RegisterFile file = RegisterFile::open(path);
        EXPECT_THROW(file.addAsset(asset), InputError);
        asset.persons = 1200;
        asset.id = file.addAsset(asset);
    }
    EXPECT_EQ(loadRefusal(path), "");
    rawSql(path, "UPDATE asset SET persons = -5");
    const std::string message = loadRefusal(path);
    EXPECT_NE(message.find("asset " + std::to_string(asset.id) + ", field 'persons': -5 is out of range"),
              std::string::npos)
        << message;
}

// Issue 12: "levels and zones read from a register have no limit (a 570 KB tampered file makes a PDF
// export use 1.2 GB)". A matrix of 3-6 levels a side and at most 36 zones; more rows are refused on reading.
TEST(BoundedReads, MoreLevelsZonesOrCellsThanAMatrixCanHaveAreRefusedWhileReading)
{
    TempDir dir;
    const std::string pristine = readBytes(makeRegister(dir));
    struct Case {
        const char *sql;
        const char *named;
    };
    const Case cases[] = {
        {"WITH RECURSIVE n(i) AS (SELECT 6 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
         "INSERT INTO matrix_level SELECT 1, 'probability', i, 'x', '' FROM n",
         "matrix_level holds more than 6 rows for one axis of matrix 1"},
        {"WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
         "INSERT INTO matrix_zone SELECT 1, i, 'Z', '#00aa00', 25, 25, 0 FROM n",
         "matrix_zone holds more than 36 rows for matrix 1"},
        {"WITH RECURSIVE n(i) AS (SELECT 37 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
         "INSERT INTO review_zone SELECT i, 30 FROM n",
         // zone_idx is the table's key: a row beyond the 36 zones is refused by its index, at the first one.
         "review_zone (row 3), field 'zone_idx': '37' is not a whole number from 0 to 35"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.sql);
        const std::string path = dir.file("tampered.trygg");
        writeBytes(path, pristine);
        rawSql(path, c.sql);
        std::string message;
        const double seconds = secondsOf([&] { message = loadRefusal(path); });
        EXPECT_NE(message.find(c.named), std::string::npos) << message;
        EXPECT_LT(seconds, 5.0);
    }
}

// Issue 12: "overlapping zones make checking take time growing like n^4 (15 KB: 110 s)". The sweep over
// the sorted bands reports each overlapping band once.
TEST(BoundedReads, OverlappingZonesAreCheckedInNLogN)
{
    RiskMatrix matrix = presetMatrix("no");
    matrix.zones.assign(100'000, Zone{"Z", "#00aa00", 1, 25, false});
    std::vector<Message> problems;
    const double seconds = secondsOf([&] { problems = matrix.problems(); });
    EXPECT_LT(seconds, 2.0);
    // One line for the number of zones, one per band after the first.
    EXPECT_EQ(problems.size(), 1u + 99'999u);
    EXPECT_EQ(problems.front().english(), "the matrix has 100000 zones; it may have at most 36");
    EXPECT_EQ(problems[1].english(), "zone 'Z' and zone 'Z' overlap at scores 1-25");
}

TEST(BoundedReads, AMatrixJsonOfManyOverlappingZonesIsRefusedAtOnce)
{
    const std::string text = overlappingZonesJson(12'000); // about 1 MB
    ASSERT_LT(text.size(), json::MaxDocumentBytes);
    std::string message;
    const double seconds = secondsOf([&] {
        try {
            matrixFromJson(text, "m.json");
        } catch (const InputError &error) {
            message = error.what();
        }
    });
    EXPECT_LT(seconds, 2.0);
    EXPECT_NE(message.find("'zones' has 12000 zones; a matrix has at most 36"), std::string::npos) << message;

    // At the limit, every zone overlapping every other: one line per overlapping band, at most 20 shown.
    message.clear();
    const double atLimit = secondsOf([&] {
        try {
            matrixFromJson(overlappingZonesJson(RiskMatrix::MaxZones), "m.json");
        } catch (const InputError &error) {
            message = error.what();
        }
    });
    EXPECT_LT(atLimit, 1.0);
    EXPECT_NE(message.find("zone 'Z0' and zone 'Z1' overlap at scores 1-25"), std::string::npos) << message;
    EXPECT_NE(message.find("; and 15 more"), std::string::npos) << message;
}

// Issue 12: "duplicate keys are found in O(n^2)".
TEST(BoundedReads, DuplicateKeysAreFoundInLinearTime)
{
    std::string text = "{";
    for (int i = 0; i < 60'000; ++i)
        text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    ASSERT_LT(text.size() + 10, json::MaxDocumentBytes);
    const std::string twice = text + ",\"k59999\":1}";
    std::string message;
    const double seconds = secondsOf([&] {
        try {
            json::parse(twice, "m.json");
        } catch (const InputError &error) {
            message = error.what();
        }
    });
    EXPECT_LT(seconds, 2.0);
    EXPECT_NE(message.find("the field 'k59999' appears twice in the same object"), std::string::npos) << message;
    EXPECT_EQ(json::parse(text + "}", "m.json").members.size(), 60'000u);
}

// Issue 12: "matrix JSON counts bytes where the register counts characters, so --import refuses the
// register's own --export". A label of 500 characters of æøå (1,000 bytes) goes out and back in.
TEST(BoundedReads, MatrixJsonCountsCharactersAsTheRegisterDoes)
{
    TempDir dir;
    const std::string path = makeRegister(dir);
    RiskMatrix matrix = presetMatrix("no");
    std::string label;
    for (int i = 0; i < 500; ++i)
        label += i % 3 == 0 ? "æ" : (i % 3 == 1 ? "ø" : "å");
    matrix.probability[0].label = label;
    matrix.zones[0].name = label;
    matrix.consequence[0].definition.clear();
    for (int i = 0; i < 20'000; ++i)
        matrix.consequence[0].definition += "å";
    {
        RegisterFile file = RegisterFile::open(path);
        file.addCurrentMatrix(matrix);
    }
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const RiskMatrix back = matrixFromJson(matrixToJson(data.currentMatrix()), "m.json");
    EXPECT_EQ(back.probability[0].label, label);
    EXPECT_EQ(back.zones[0].name, label);
    EXPECT_EQ(back.consequence[0].definition, matrix.consequence[0].definition);

    // One character more is refused by both, in characters.
    matrix.probability[0].label += "æ";
    try {
        matrixFromJson(matrixToJson(matrix), "m.json");
        ADD_FAILURE() << "a label of 501 characters was read";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("'probability[1].label' is too long (501 characters; at most 500)"),
                  std::string::npos)
            << error.what();
    }
    try {
        RegisterFile::open(path).addCurrentMatrix(matrix);
        ADD_FAILURE() << "a label of 501 characters was written";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("the label of level 1 is too long (501 characters; at most 500)"),
                  std::string::npos)
            << error.what();
    }
}

// Issue 12: "CSV, XLSX and JSON are read whole before any limit (1 M CSV rows: 1.2 GB)". An import file is
// refused by its size before it is read, and a CSV by its rows, columns and cells as it is parsed.
TEST(BoundedReads, ACsvBeyondItsRowsColumnsOrCellsIsRefusedAsItIsParsed)
{
    std::string rows = "name;type\r\n";
    for (int i = 0; i <= MaxImportRows; ++i)
        rows += "a;b\r\n";
    std::string message;
    try {
        parseCsv(rows, "many.csv");
    } catch (const InputError &error) {
        message = error.what();
    }
    EXPECT_EQ(message, "many.csv: row 100002: the file has more than 100000 rows");
    rows.resize(rows.size() - 5); // the last row off: at the limit
    EXPECT_EQ(parseCsv(rows, "many.csv").records.size(), static_cast<std::size_t>(MaxImportRows));

    message.clear();
    try {
        parseCsv("name;type\r\n" + std::string(MaxImportColumns, ';') + "\r\n", "wide.csv");
    } catch (const InputError &error) {
        message = error.what();
    }
    EXPECT_EQ(message, "wide.csv: row 2: the row has more than 256 columns");

    // 256 empty cells a row: the cells run out before the rows do.
    const std::string wideRow = std::string(MaxImportColumns - 1, ';') + "\r\n";
    std::string cells = wideRow;
    const std::size_t rowCount = MaxImportCells / MaxImportColumns + 1;
    for (std::size_t i = 0; i < rowCount; ++i)
        cells += wideRow;
    message.clear();
    try {
        parseCsv(cells, "cells.csv");
    } catch (const InputError &error) {
        message = error.what();
    }
    EXPECT_EQ(message, "cells.csv: row " + std::to_string(rowCount) + ": the file has more than 4000000 cells");
}

TEST(BoundedReads, AnImportFileIsRefusedByItsSizeOrKindBeforeItIsRead)
{
    TempDir dir;
    const std::string big = dir.file("big.csv");
    writeBytes(big, "name;type\r\n");
    std::filesystem::resize_file(big, MaxImportBytes + 1); // sparse: nothing to read, nothing is
    std::string message;
    const double seconds = secondsOf([&] {
        try {
            readImportFile(big);
        } catch (const InputError &error) {
            message = error.what();
        }
    });
    EXPECT_LT(seconds, 1.0);
    EXPECT_EQ(message, big + ": the file is larger than 64 MB, the most Trygg reads of an import file");

    // A FIFO would wait for a writer for ever; a folder or device is no import file.
    TRYGG_SKIP_ON_WINDOWS("FIFOs and /dev/zero");
    const std::string fifo = dir.file("pipe.csv");
    ASSERT_TRUE(test::makeFifo(fifo));
    const std::string fifoXlsx = dir.file("pipe.xlsx");
    ASSERT_TRUE(test::makeFifo(fifoXlsx));
    for (const std::string &path : {fifo, fifoXlsx, dir.path().string(), std::string("/dev/zero")}) {
        message.clear();
        try {
            readImportFile(path);
        } catch (const InputError &error) {
            message = error.what();
        }
        EXPECT_EQ(message, path + ": not a plain file (a folder, a pipe or a device); nothing was read");
    }
}
