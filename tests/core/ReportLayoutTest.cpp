// SPDX-License-Identifier: EUPL-1.2
// The printed reports' layout and PDF (issue 7): pagination, repeated headers, no split rows,
// "page X of Y", text measured with the report font's own advances; the PDF/A writer (issue 14).
#include "report/ReportLayout.h"
#include "report/BarChart.h"
#include "report/FontMetrics.h"
#include "report/HtmlWriter.h"
#include "report/ReportFont.h"
#include "report/PdfWriter.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <regex>
#include <set>

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

TEST(TextWrap, MeasuresWithTheReportFontsOwnAdvances)
{
    // Issue 14: DejaVu Sans's hmtx (2048 units an em), rounded to thousandths as the PDF's /W says:
    // space 651 -> 318, "A" 1401 -> 684, "æ" 2011 -> 982, Sámi "Ŋ" 1532 -> 748; bold "A" 1585 -> 774.
    EXPECT_DOUBLE_EQ(textWidth(" ", 1000, false), 318);
    EXPECT_DOUBLE_EQ(textWidth("A", 1000, false), 684);
    EXPECT_DOUBLE_EQ(textWidth("A", 1000, true), 774);
    EXPECT_DOUBLE_EQ(textWidth("æ", 1000, false), 982);
    EXPECT_DOUBLE_EQ(textWidth("Ŋ", 1000, false), 748);
    // A character the font lacks is measured (and drawn) as U+FFFD, never as the .notdef glyph.
    EXPECT_DOUBLE_EQ(textWidth("\u4E2D", 1000, false), textWidth("\uFFFD", 1000, false));
    EXPECT_NE(reportGlyph(U'\u4E2D', false), 0u);
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

TEST(PdfWriter, WritesEveryPageWithEmbeddedSubsetFontsAndTheSameBytesEachTime)
{
    const LaidOutReport report = layOut(tableDocument(120));
    const PdfInfo info{"Handlingsplan \u00B7 Stab", "Eksempel kommune", "nb"};
    const std::string pdf = writePdf(report, info);
    EXPECT_EQ(pdf.rfind("%PDF-1.7\n", 0), 0u);
    EXPECT_NE(pdf.find("/Count " + std::to_string(report.pages.size()) + " "), std::string::npos);
    // Issue 14: no standard (unembedded) font; the report font as a subset with a ToUnicode map.
    EXPECT_EQ(pdf.find("/Helvetica"), std::string::npos);
    EXPECT_TRUE(std::regex_search(pdf, std::regex("/BaseFont /[A-Z]{6}\\+DejaVuSans /Encoding /Identity-H")));
    EXPECT_TRUE(std::regex_search(pdf, std::regex("/BaseFont /[A-Z]{6}\\+DejaVuSans-Bold /Encoding /Identity-H")));
    EXPECT_NE(pdf.find("/FontFile2 "), std::string::npos);
    EXPECT_NE(pdf.find("/ToUnicode "), std::string::npos);
    EXPECT_NE(pdf.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos);
    EXPECT_NE(pdf.find("<rdf:li xml:lang=\"x-default\">Handlingsplan \u00B7 Stab</rdf:li>"), std::string::npos);
    EXPECT_NE(pdf.find("/Lang (nb)"), std::string::npos);
    EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
    // The same input gives the same bytes: no dates or random ids in the file.
    EXPECT_EQ(pdf, writePdf(layOut(tableDocument(120)), info));
    // Another content gives another file identifier.
    const auto id = [](const std::string &file) { return file.substr(file.find("/ID [")); };
    EXPECT_NE(id(pdf), id(writePdf(layOut(tableDocument(119)), info)));
}

TEST(PdfWriter, SamiAndLatinExtendedLettersAreInTheSubsetAndItsToUnicodeMap)
{
    ReportDocument document = tableDocument(1);
    document.subtitle = "Čáhcesuolu · Đ Ŋ Š Ŧ Ž · Łódź"; // Sámi and Polish letters, none in WinAnsi
    const std::string pdf = writePdf(layOut(document), {"Handlingsplan", "Kárášjohka", "nb"});
    // Glyph numbers of the subset map back to the letters (UTF-16BE): Č U+010C, Ŋ U+014A, Ŧ U+0166.
    for (const char *code : {"<010C>", "<014A>", "<0166>", "<0141>"})
        EXPECT_NE(pdf.find(std::string("> ") + code), std::string::npos) << code;
}

// Issue 14: a plan with no measures put its signature block alone on page 2. Whatever the length of what
// comes before, the page with the signature also has the end of the table (or the heading over an empty one).
TEST(ReportLayout, TheSignatureBlockIsNeverAloneOnAPage)
{
    for (int rows = 0; rows <= 70; ++rows) {
        for (int facts = 0; facts <= 30; facts += 3) {
            ReportDocument document = tableDocument(rows);
            Facts items;
            for (int i = 0; i < facts; ++i)
                items.items.emplace_back("Fakta " + std::to_string(i), "verdi");
            document.blocks.insert(document.blocks.begin(), items);
            std::get<Table>(document.blocks.back()).emptyText = "Planen har ingen tiltak.";
            document.blocks.emplace_back(Signature{"Godkjent av ledelsen", {}, {{"Navn", ""}, {"Dato", ""}}});
            const LaidOutReport report = layOut(document);
            const Page &last = report.pages.back();
            bool signature = false;
            bool other = false;
            for (const TextRun *run : textsOf(last)) {
                signature = signature || run->text == "Godkjent av ledelsen";
                other = other || run->text.rfind("Tiltak nummer", 0) == 0 || run->text == "Planen har ingen tiltak." ||
                        run->text == "Tiltak i prioritert rekkefølge";
            }
            ASSERT_TRUE(signature) << rows << " rows, " << facts << " facts";
            EXPECT_TRUE(other) << "the signature is alone on page " << report.pages.size() << " with " << rows
                               << " rows and " << facts << " facts";
        }
    }
}

// Issue 14: the asset register's block per asset (a heading and its "label: value" lines) is not split
// across pages: each page holds whole blocks.
TEST(ReportLayout, AShortFactsBlockStaysWithItsHeadingOnOnePage)
{
    ReportDocument document = tableDocument(5);
    for (int asset = 0; asset < 40; ++asset) {
        document.blocks.emplace_back(Heading{"Aktivum " + std::to_string(asset)});
        Facts facts;
        for (int field = 0; field < 6 + asset * 7 % 9; ++field) // blocks of 6 to 14 lines
            facts.items.emplace_back("Felt " + std::to_string(field), "Verdi for aktivum " + std::to_string(asset));
        document.blocks.emplace_back(facts);
    }
    const LaidOutReport report = layOut(document);
    ASSERT_GT(report.pages.size(), 3u);
    std::map<std::string, std::set<std::size_t>> pagesOf; // each block's pages
    for (std::size_t p = 0; p < report.pages.size(); ++p) {
        for (const TextRun *run : textsOf(report.pages[p])) {
            if (run->text.rfind("Aktivum ", 0) == 0)
                pagesOf[run->text.substr(8)].insert(p);
            else if (run->text.rfind("Verdi for aktivum ", 0) == 0)
                pagesOf[run->text.substr(18)].insert(p);
        }
    }
    ASSERT_EQ(pagesOf.size(), 40u);
    for (const auto &[asset, pages] : pagesOf)
        EXPECT_EQ(pages.size(), 1u) << "the block of asset " << asset << " is split";
}

// Issue 15: the management review's "Trend" heading stood alone at the foot of a page, its chart on the
// next. A heading goes with the whole chart after it, wherever the table before it ends.
TEST(ReportLayout, AHeadingStaysWithTheChartAfterIt)
{
    for (int rows = 10; rows <= 70; rows += 3) {
        ReportDocument document = tableDocument(rows);
        document.blocks.emplace_back(Heading{"Utvikling"});
        BarChart chart;
        chart.title = "Risikoer per sone og år";
        chart.segmentNames = {"Akseptabel", "Ikke akseptabel"};
        chart.segmentColours = {Colour{76, 175, 80}, Colour{211, 47, 47}};
        chart.bars = {{"2025", {4, 2}, "2"}, {"2026", {1, 3}, "3"}};
        document.blocks.emplace_back(chart);
        const LaidOutReport report = layOut(document);
        std::optional<std::size_t> headingPage, chartPage;
        for (std::size_t p = 0; p < report.pages.size(); ++p)
            for (const TextRun *run : textsOf(report.pages[p])) {
                if (run->text == "Utvikling")
                    headingPage = p;
                if (run->text == "2026")
                    chartPage = p;
            }
        ASSERT_TRUE(headingPage && chartPage) << rows << " rows";
        EXPECT_EQ(*headingPage, *chartPage) << "the heading is apart from its chart after " << rows << " rows";
    }
}

// Issue 14: headers broke inside words without a hyphen ("Kunnskapssty/rke"). A header word is broken at
// a syllable, with a hyphen, and the pieces make the word again; a column is widened for its header's
// longest word where the others can spare it.
TEST(TextWrap, HeaderWordsBreakAtSyllablesWithAHyphen)
{
    for (const char *word : {"Personopplysninger", "Kunnskapsstyrke", "Sannsynlighet", "Risikovurdering"}) {
        const double width = textWidth(word, 8, true) * 0.45;
        const std::vector<std::string> pieces = wrapText(word, width, 8, true, true);
        ASSERT_GE(pieces.size(), 2u) << word;
        std::string joined;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            EXPECT_LE(textWidth(pieces[i], 8, true), width) << pieces[i];
            if (i + 1 < pieces.size()) {
                ASSERT_EQ(pieces[i].back(), '-') << pieces[i];
                joined += pieces[i].substr(0, pieces[i].size() - 1);
            } else {
                joined += pieces[i];
            }
        }
        EXPECT_EQ(joined, word);
    }
    EXPECT_EQ(wrapText("Kunnskapsstyrke", textWidth("Kunnskaps-", 8, true) + 0.1, 8, true, true),
              (std::vector<std::string>{"Kunnskaps-", "styrke"}));
    EXPECT_EQ(wrapText("Personopplysninger", textWidth("Personopplys-", 8, true) + 0.1, 8, true, true),
              (std::vector<std::string>{"Personopplys-", "ninger"}));

    ReportDocument document = tableDocument(3);
    Table &table = std::get<Table>(document.blocks.back());
    table.columns = {Column("Kunnskapsstyrke", 0.2), Column("Tiltak", 6), Column("Ansvarlig", 2)};
    const LaidOutReport report = layOut(document);
    bool whole = false;
    for (const TextRun *run : textsOf(report.pages.front()))
        whole = whole || run->text == "Kunnskapsstyrke";
    EXPECT_TRUE(whole) << "the narrow column was not widened for its header";
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
