// SPDX-License-Identifier: EUPL-1.2
#include "exchange/Csv.h"

#include "model/Error.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace trygg {
namespace {

using Fields = std::vector<std::string>;

std::string errorOf(std::string_view text)
{
    try {
        parseCsv(text, "assets.csv");
    } catch (const InputError &error) {
        return error.what();
    }
    return "no error";
}

TEST(CsvTest, DetectsEachDelimiter)
{
    EXPECT_EQ(parseCsv("a;b,c\n1;2\n", "x.csv").delimiter, ';');
    EXPECT_EQ(parseCsv("a,b,c\n1,2,3\n", "x.csv").delimiter, ',');
    EXPECT_EQ(parseCsv("a\tb\tc\n1\t2\t3\n", "x.csv").delimiter, '\t');
    EXPECT_EQ(parseCsv("name\nA\n", "x.csv").delimiter, ';');
    EXPECT_EQ(parseCsv("a,b;c\n", "x.csv").delimiter, ';'); // tie goes to `;`
    EXPECT_EQ(parseCsv("a,b\tc\n", "x.csv").delimiter, ',');
    EXPECT_EQ(parseCsv("\"a;b;c\",d,e\n", "x.csv").delimiter, ','); // quoted `;` do not count

    const CsvTable table = parseCsv("a\tb\n1\t2\n", "x.csv");
    EXPECT_EQ(table.header, (Fields{"a", "b"}));
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{"1", "2"}));
}

TEST(CsvTest, SkipsBomAndKeepsFieldsUntrimmed)
{
    const CsvTable table = parseCsv("\xEF\xBB\xBFname;type\r\n Arkiv ;fil\r\n", "x.csv");
    EXPECT_EQ(table.header, (Fields{"name", "type"}));
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{" Arkiv ", "fil"}));
    EXPECT_EQ(table.records[0].row, 2);
}

TEST(CsvTest, QuotedFieldsHoldDelimitersQuotesAndNewlines)
{
    const CsvTable table = parseCsv("a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"line1\r\nline2\nline3\"\n", "x.csv");
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{"x;y", "say \"hi\"", "line1\r\nline2\nline3"}));
}

TEST(CsvTest, EmptyFieldsAndLastLineWithoutNewline)
{
    const CsvTable table = parseCsv("a;b;c\n;;\n1;;\"\"", "x.csv");
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields, (Fields{"", "", ""}));
    EXPECT_EQ(table.records[1].fields, (Fields{"1", "", ""}));
}

TEST(CsvTest, QuoteInsideUnquotedFieldIsKept)
{
    const CsvTable table = parseCsv("a;b\n12\" screen;x\n", "x.csv");
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{"12\" screen", "x"}));
}

TEST(CsvTest, RowNumbersCountPhysicalLines)
{
    const CsvTable table = parseCsv("a;b\n1;\"two\nlines\"\n2;x\n\n3;\"a\r\nb\r\nc\"\r\n4;y\r\n", "x.csv");
    ASSERT_EQ(table.records.size(), 4u);
    EXPECT_EQ(table.records[0].row, 2);
    EXPECT_EQ(table.records[1].row, 4);
    EXPECT_EQ(table.records[2].row, 6);
    EXPECT_EQ(table.records[3].row, 9);
    EXPECT_EQ(table.records[3].fields, (Fields{"4", "y"}));
}

TEST(CsvTest, BlankLinesAreSkipped)
{
    const CsvTable table = parseCsv("\n\r\na;b\n\n1;2\r\n\r\n\n3;4\n\n", "x.csv");
    EXPECT_EQ(table.header, (Fields{"a", "b"}));
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].row, 5);
    EXPECT_EQ(table.records[1].row, 8);
}

TEST(CsvTest, UnclosedQuoteNamesFileAndRow)
{
    EXPECT_EQ(errorOf("a;b\n1;2\n3;\"open\nmore\n"), "assets.csv: row 3: a quoted field is not closed");
}

TEST(CsvTest, TextAfterClosingQuoteIsAnError)
{
    EXPECT_EQ(errorOf("a;b\n1;\"x\"y\n"), "assets.csv: row 2: unexpected text after a closing quote");
}

TEST(CsvTest, InvalidUtf8NamesTheRow)
{
    EXPECT_EQ(errorOf("a;b\n1;2\n\xE6\xF8\xE5;3\n"), "assets.csv: row 3: text is not valid UTF-8");
    EXPECT_EQ(errorOf("a;b\r\n\"x\ny\";2\r\nz;\xC0\xAF\r\n"), "assets.csv: row 4: text is not valid UTF-8");
}

// Issue 19: a CSV file has at most as many columns as an XLSX sheet (MaxImportColumns, 256), named with
// the file and the row, refused while the row is read; a row of 100,000 cells froze the import preview.
TEST(CsvTest, AWideRowIsRefusedAsInXlsx_Issue19)
{
    std::string header = "name";
    for (int c = 1; c < MaxImportColumns; ++c)
        header += ";c" + std::to_string(c);
    EXPECT_EQ(parseCsv(header + "\nx\n", "assets.csv").header.size(), static_cast<std::size_t>(MaxImportColumns));
    const std::string message = errorOf(header + "\nx\n" + header + ";one too many\n");
    EXPECT_NE(message.find("assets.csv: row 3: the row has more than 256 columns"), std::string::npos) << message;
    EXPECT_NE(errorOf(header + ";more\n").find("row 1: the row has more than 256 columns"), std::string::npos);
}

TEST(CsvTest, EmptyFileIsAnError)
{
    const std::string expected = "assets.csv: the file is empty (no header row)";
    EXPECT_EQ(errorOf(""), expected);
    EXPECT_EQ(errorOf("\xEF\xBB\xBF"), expected);
    EXPECT_EQ(errorOf("\r\n\n"), expected);
}

TEST(CsvTest, WriterQuotesOnlyWhenNeeded)
{
    std::string out;
    CsvWriter writer(out, ';', false);
    writer.writeRow({"plain", "a;b", "say \"hi\"", " lead", "trail ", "a,b", ""});
    writer.writeRow({"x\ny"});
    EXPECT_EQ(out, "plain;\"a;b\";\"say \"\"hi\"\"\";\" lead\";\"trail \";a,b;\r\n\"x\ny\"\r\n");
}

TEST(CsvTest, WriterWritesBom)
{
    std::string out;
    CsvWriter writer(out);
    writer.writeRow({"a", "b"});
    EXPECT_EQ(out, "\xEF\xBB\xBF"
                   "a;b\r\n");
}

TEST(CsvTest, WriterAndParserRoundTrip)
{
    const std::vector<Fields> rows{
        {"navn", "beskrivelse", "ansvarlig"},
        {"Sagsbehandlingssystem", "Følsomme oplysninger; børn og unge", "Åse Ørsted"},
        {"Elevregister", "Rad ett\r\nrad två\nrad tre", "Märta \"Ö\" Ängström"},
        {"  mellemrum  ", "", "x,y\tz"},
    };
    for (const char delimiter : {';', ',', '\t'}) {
        std::string out;
        CsvWriter writer(out, delimiter, true);
        for (const auto &row : rows) {
            writer.writeRow(row);
        }
        const CsvTable table = parseCsv(out, "roundtrip.csv");
        EXPECT_EQ(table.delimiter, delimiter);
        EXPECT_EQ(table.header, rows[0]);
        ASSERT_EQ(table.records.size(), rows.size() - 1);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            EXPECT_EQ(table.records[i - 1].fields, rows[i]);
        }
        EXPECT_EQ(table.records[0].row, 2);
        EXPECT_EQ(table.records[1].row, 3);
        EXPECT_EQ(table.records[2].row, 6);
    }
}

} // namespace
} // namespace trygg
