// The printed reports' layout and PDF (issue 7): pagination, repeated headers, no split rows,
// "page X of Y", text measured and encoded for the standard PDF fonts.
#include "report/ReportLayout.h"
#include "report/FontMetrics.h"
#include "report/HtmlWriter.h"
#include "report/PdfWriter.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>

using namespace trygg::report;

namespace {

ReportDocument tableDocument(int rows)
{
    ReportDocument document;
    document.language = "nb";
    document.title = "Handlingsplan";
    document.runningHead = "Handlingsplan · Eksempel kommune";
    document.footer = "Eksempel kommune";
    document.pageOf = "Side %1 av %2";
    Table table;
    table.columns = {Column("Nr.", 0.5, Align::Right), Column("Tiltak", 4), Column("Ansvarlig", 2)};
    for (int i = 1; i <= rows; ++i) {
        TableRow row;
        row.cells = {Cell(std::to_string(i)), Cell("Tiltak nummer " + std::to_string(i) + " med æ, ø, å, ä og ö"),
                     Cell("Kari Nordmann")};
        row.marked = i % 7 == 0;
        table.rows.push_back(row);
    }
    document.blocks.emplace_back(Heading{"Tiltak i prioritert rekkefølge"});
    document.blocks.emplace_back(table);
    return document;
}

std::vector<const TextRun *> textsOf(const Page &page)
{
    std::vector<const TextRun *> texts;
    for (const Shape &shape : page.shapes) {
        if (const auto *run = std::get_if<TextRun>(&shape))
            texts.push_back(run);
    }
    return texts;
}

} // namespace

TEST(TextWrap, BreaksBetweenWordsAndInsideWordsOnlyWhenTheyAreTooLong)
{
    const double width = textWidth("Innføre tofaktor", 10, false) + 0.1;
    EXPECT_EQ(wrapText("Innføre tofaktor autentisering", width, 10, false),
              (std::vector<std::string>{"Innføre tofaktor", "autentisering"}));
    EXPECT_EQ(wrapText("første\nandre", 500, 10, false), (std::vector<std::string>{"første", "andre"}));
    const auto pieces = wrapText("\\\\server\\share\\very\\long\\path\\to\\a\\file.docx", 60, 10, false);
    ASSERT_GT(pieces.size(), 1u);
    for (const std::string &piece : pieces)
        EXPECT_LE(textWidth(piece, 10, false), 60.0) << piece;
    EXPECT_EQ(wrapText("", 100, 10, false), std::vector<std::string>{""});
}

TEST(TextWrap, MeasuresWithHelveticaAdvances)
{
    // Helvetica's AFM: space 278, "A" 667, "æ" 889; bold "A" 722.
    EXPECT_DOUBLE_EQ(textWidth(" ", 1000, false), 278);
    EXPECT_DOUBLE_EQ(textWidth("A", 1000, false), 667);
    EXPECT_DOUBLE_EQ(textWidth("A", 1000, true), 722);
    EXPECT_DOUBLE_EQ(textWidth("æ", 1000, false), 889);
    EXPECT_EQ(elide("Svært sannsynlig", textWidth("Svært", 8, false) + textWidth("\u2026", 8, false) + 0.01, 8, false),
              "Svært\u2026");
    // A broken UTF-8 byte is measured, not read past.
    EXPECT_GT(textWidth(std::string("a\xC3"), 10, false), 0);
}

TEST(ReportLayout, RowsFlowOverPagesWithTheHeaderOnEachAndNoRowSplit)
{
    const LaidOutReport report = layOut(tableDocument(200));
    ASSERT_GT(report.pages.size(), 3u);
    EXPECT_GT(report.width, report.height - 1000); // A4 in points
    EXPECT_NEAR(report.width, 595.3, 0.1);

    std::map<std::string, int> seen;
    for (std::size_t p = 0; p < report.pages.size(); ++p) {
        const auto texts = textsOf(report.pages[p]);
        int headers = 0;
        for (const TextRun *run : texts) {
            EXPECT_GE(run->y, 0);
            EXPECT_LE(run->y, report.height);
            if (run->text == "Tiltak" && run->bold)
                ++headers;
            if (std::regex_match(run->text, std::regex("[0-9]+")))
                ++seen[run->text];
            if (run->text.rfind("Tiltak nummer ", 0) == 0) { // above the footer
                EXPECT_LT(run->y, report.height - 48) << run->text;
            }
        }
        EXPECT_EQ(headers, 1) << "page " << p + 1;
        const std::string pageOf = "Side " + std::to_string(p + 1) + " av " + std::to_string(report.pages.size());
        EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [&](const TextRun *run) { return run->text == pageOf; }))
            << pageOf;
    }
    for (int i = 1; i <= 200; ++i)
        EXPECT_EQ(seen[std::to_string(i)], 1) << "row " << i;
}

TEST(ReportLayout, MorePagesForMoreRows)
{
    EXPECT_EQ(layOut(tableDocument(5)).pages.size(), 1u);
    EXPECT_LT(layOut(tableDocument(100)).pages.size(), layOut(tableDocument(300)).pages.size());
}

TEST(ReportLayout, ARowTallerThanAPageIsContinuedRatherThanCutOff)
{
    ReportDocument document = tableDocument(0);
    std::string longText;
    for (int i = 0; i < 400; ++i)
        longText += "linje " + std::to_string(i) + "\n";
    std::get<Table>(document.blocks[1]).rows.push_back(TableRow{{Cell("1"), Cell(longText), Cell("Kari")}});
    const LaidOutReport report = layOut(document);
    ASSERT_GT(report.pages.size(), 1u);
    int lines = 0;
    for (const Page &page : report.pages) {
        for (const TextRun *run : textsOf(page)) {
            if (run->text.rfind("linje ", 0) == 0) {
                ++lines;
                EXPECT_LT(run->y, report.height - 48) << run->text;
            }
        }
    }
    EXPECT_EQ(lines, 400);
}

TEST(PdfWriter, WritesEveryPageWithStandardFontsAndNordicLetters)
{
    const LaidOutReport report = layOut(tableDocument(120));
    ASSERT_TRUE(pdfCanEncode(report));
    const std::string pdf = writePdf(report, "Handlingsplan");
    EXPECT_EQ(pdf.rfind("%PDF-1.4\n", 0), 0u);
    EXPECT_NE(pdf.find("/Count " + std::to_string(report.pages.size()) + " "), std::string::npos);
    EXPECT_NE(pdf.find("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"), std::string::npos);
    EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
    // The same input gives the same bytes: no dates or random ids in the file.
    EXPECT_EQ(pdf, writePdf(layOut(tableDocument(120)), "Handlingsplan"));
}

TEST(PdfWriter, TextBeyondWinAnsiIsLeftToQt)
{
    ReportDocument document = tableDocument(1);
    EXPECT_TRUE(pdfCanEncode(layOut(document)));
    document.subtitle = "Kárášjohka · € – “sitat” …"; // all in WinAnsiEncoding
    EXPECT_TRUE(pdfCanEncode(layOut(document)));
    document.subtitle = "Čáhcesuolu"; // Sámi Č is not
    EXPECT_FALSE(pdfCanEncode(layOut(document)));
}

TEST(HtmlWriter, EscapesTextAndRepeatsNothingUnsafe)
{
    ReportDocument document = tableDocument(2);
    document.title = "<script>alert(1)</script> & co";
    const std::string html = writeHtml(document);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), std::string::npos);
    EXPECT_NE(html.find("<html lang=\"nb\">"), std::string::npos);
    EXPECT_NE(html.find("<thead><tr><th class=\"right\">Nr.</th>"), std::string::npos);
}
