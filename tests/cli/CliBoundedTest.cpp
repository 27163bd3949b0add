// SPDX-License-Identifier: EUPL-1.2
// Issue 12 ("Safe on a shared folder"), bounded reads, end to end through trygg-cli: a tampered register,
// a matrix definition at its limits, a lock file that is no plain file, import files beyond their limits.
#include "CliRun.h"

#include "../core/RawSql.h"

#include <chrono>
#include <filesystem>
#include <string>


namespace {

std::string aeoeaa(int characters)
{
    std::string text;
    for (int i = 0; i < characters; ++i)
        text += i % 3 == 0 ? "æ" : (i % 3 == 1 ? "ø" : "å");
    return text;
}

} // namespace

// "64-bit levels are truncated (4294967297 reads as 1 and passes check)".
TEST_F(CliTest, CheckRefusesAMatrixNumberBeyond32BitsNamingTableRowAndField)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    rawSql(file, "PRAGMA ignore_check_constraints = ON; UPDATE matrix_zone SET min_score = 4294967297 WHERE idx = 0");
    const std::string before = readBytes(file);
    for (const char *command : {"check", "matrix", "export"}) {
        SCOPED_TRACE(command);
        const Result r = std::string(command) == "export" ? cli({"export", "risks", file}) : cli({command, file});
        EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
        EXPECT_NE(r.err.find(file + ": matrix_zone (matrix 1, row 1), field 'min_score': '4294967297' is not a whole "
                                    "number from 1 to 36"),
                  std::string::npos)
            << r.err;
    }
    EXPECT_EQ(readBytes(file), before);
}

// "matrix JSON counts bytes where the register counts characters, so --import refuses the register's own
// --export": a level label and a zone name of 500 characters of æøå (1,000 bytes) go in, out and back in.
TEST_F(CliTest, MatrixImportTakesBackTheRegistersOwnExportAtTheLongestLabel)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    Result r = cli({"matrix", file, "--export", "-"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string text = r.out;
    const std::string label = aeoeaa(500);
    for (const std::string from : {"\"label\": \"Meget liten\"", "\"name\": \"Akseptabel\""}) {
        ASSERT_NE(text.find(from), std::string::npos) << text;
        text.replace(text.find(from), from.size(), from.substr(0, from.find(':') + 2) + "\"" + label + "\"");
    }
    r = cli({"matrix", file, "--import", write("long.json", text)});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = cli({"matrix", file, "--export", dir.file("again.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string again = readBytes(dir.file("again.json"));
    EXPECT_NE(again.find("\"label\": \"" + label + "\""), std::string::npos);
    r = cli({"matrix", file, "--import", dir.file("again.json")});
    EXPECT_EQ(r.exitCode, 0) << r.err;

    // One character more is refused, counted in characters.
    text.replace(text.find(label), label.size(), label + "æ");
    r = cli({"matrix", file, "--import", write("longer.json", text)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("'probability[1].label' is too long (501 characters; at most 500)"), std::string::npos)
        << r.err;
}

// "a FIFO hangs every writer": the lock file is opened without waiting and refused, and the command ends.
TEST_F(CliTest, AWriterFindingAFifoAsTheLockFileIsToldAndDoesNotHang)
{
    const std::string file = dir.file("k.trygg");
    TRYGG_SKIP_ON_WINDOWS("FIFOs");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    ASSERT_TRUE(trygg::test::makeFifo(file + ".lock"));
    const std::string csv = write("r.csv", "unit,assessment,threat,probability,consequence\nHelse,2025,Brann,4,4\n");
    const auto start = std::chrono::steady_clock::now();
    const Result r = runCommand(dir, "LC_ALL=C timeout 30 ", {"import", "risks", file, csv}, "fifo");
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 20.0);
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.err.find(file + ".lock: the lock file is not a plain file"), std::string::npos) << r.err;
    // Reading needs no lock.
    EXPECT_EQ(cli({"check", file}).exitCode, 0);
}

// "CSV ... read whole before any limit": an import file over 64 MB is refused before it is read.
TEST_F(CliTest, AnImportFileOverItsLimitIsRefusedBeforeItIsRead)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    const std::string csv = write("big.csv", "name;type\n");
    std::filesystem::resize_file(csv, (64u << 20) + 1);
    const std::string before = readBytes(file);
    const Result r = cli({"import", "assets", file, csv});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(csv + ": the file is larger than 64 MB, the most Trygg reads of an import file"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(readBytes(file), before);
}

// "JSON ... read whole before any limit": a matrix definition over 1 MB, or a FIFO in its place, is refused
// before anything of it is read.
TEST_F(CliTest, AMatrixDefinitionOverItsLimitOrNoPlainFileIsRefusedBeforeItIsRead)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    const std::string before = readBytes(file);
    const std::string big = write("big.json", "{");
    std::filesystem::resize_file(big, (1u << 20) + 1);
    Result r = cli({"matrix", file, "--import", big});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(big + ": the file is larger than 1 MB, the most Trygg reads of a matrix definition"),
              std::string::npos)
        << r.err;

    TRYGG_SKIP_ON_WINDOWS("FIFOs");
    const std::string fifo = dir.file("pipe.json");
    ASSERT_TRUE(trygg::test::makeFifo(fifo));
    r = runCommand(dir, "LC_ALL=C timeout 30 ", {"matrix", file, "--import", fifo}, "fifo");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(fifo + ": not a plain file (a folder, a pipe or a device); nothing was read"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(readBytes(file), before);
}
