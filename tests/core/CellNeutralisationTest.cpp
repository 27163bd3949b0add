// SPDX-License-Identifier: EUPL-1.2
// CSV injection (issue 7): a cell that a spreadsheet would run as a formula is written with a quote
// before it, and the import takes exactly that quote away again.
#include "exchange/Csv.h"
#include "exchange/ExportTable.h"

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace trygg;

TEST(CellNeutralisation, FormulaLikeCellsGetAQuoteAndOthersStayAsTheyAre)
{
    EXPECT_EQ(neutraliseCell("=1+1"), "'=1+1");
    EXPECT_EQ(neutraliseCell("+47 99 99 99 99"), "'+47 99 99 99 99");
    EXPECT_EQ(neutraliseCell("-2"), "'-2");
    EXPECT_EQ(neutraliseCell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(neutraliseCell("\tx"), "'\tx");
    EXPECT_EQ(neutraliseCell("\rx"), "'\rx");
    // A cell that already begins with quotes before a formula character gets one more, so the import
    // can tell it from a neutralised one.
    EXPECT_EQ(neutraliseCell("'=x"), "''=x");
    for (const char *plain : {"", "Gerica", "'quoted'", "'", "a=b", " =x", "3"})
        EXPECT_EQ(neutraliseCell(plain), plain);
}

TEST(CellNeutralisation, RestoreUndoesExactlyTheNeutralisation)
{
    for (const char *cell : {"=1+1", "+4", "-", "@", "\tx", "\rx", "'=x", "''-y", "'", "'plain", "", "Gerica", " =x"})
        EXPECT_EQ(restoreCell(neutraliseCell(cell)), cell) << cell;
    // A formula someone typed into a CSV by hand is read as it is (it was never neutralised).
    EXPECT_EQ(restoreCell("=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
    EXPECT_EQ(restoreCell("'plain"), "'plain");
}

// The written cell is neutraliseCell's, quoted by the rules of WriterQuotesOnlyWhenNeeded, whichever
// way the row is handed over (export risks writes views into the register, the others strings).
TEST(CellNeutralisation, TheWriterNeutralisesThenQuotes)
{
    const std::vector<std::string> cells = {"=a;b", " =x", "'-1", "-x ", "@\"q\"", "\tz", "\rz", "plain", ""};
    const std::string expected = "\"'=a;b\";\" =x\";''-1;\"'-x \";\"'@\"\"q\"\"\";'\tz;\"'\rz\";plain;\r\n";
    std::string fromStrings;
    CsvWriter(fromStrings, ';', false).writeRow(cells);
    EXPECT_EQ(fromStrings, expected);
    const std::vector<std::string_view> views(cells.begin(), cells.end());
    std::string fromViews;
    CsvWriter(fromViews, ';', false).writeRow(std::span<const std::string_view>(views));
    EXPECT_EQ(fromViews, expected);
}

// Issue 12: "negative whole numbers in CSV number columns are written as text". In a number column a whole
// number is written as it is ("-12"), while text there, and text beginning with '-' elsewhere, is still
// neutralised against formulas. (No number Trygg stores is negative today: a register holding one is
// refused on reading; the writer must still not turn a number into text.)
TEST(CellNeutralisation, ANegativeWholeNumberInANumberColumnStaysANumber)
{
    std::string out;
    trygg::CsvWriter writer(out, ';', false);
    writer.setNumberColumns({false, true, true});
    writer.writeRow(std::vector<std::string>{"-Arkiv", "-12", "-1+2"});
    EXPECT_EQ(out, "'-Arkiv;-12;'-1+2\r\n");
}
