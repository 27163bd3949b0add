// SPDX-License-Identifier: EUPL-1.2
// The trend's bar chart in the reports (issue 15: "a small chart ... in the management review report"):
// bars in proportion to their figures, stacked bottom up, the note over each bar and the label under it, one
// figure with its figures in words in the tagged PDF, and the same shapes as SVG in the HTML.
#include "../support/TestPlatform.h"

#include "report/BarChart.h"
#include "report/HtmlWriter.h"
#include "report/ReportLayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <string>

using namespace trygg::report;

namespace {

constexpr Colour Green{76, 175, 80}, Yellow{255, 193, 7}, Red{211, 47, 47};

// Two years: 2025 with 4 low, 2 medium, 0 high risks (3 above the line), 2026 with 1, 3, 2 (5 above).
BarChart twoYears()
{
    BarChart chart;
    chart.title = "Risikoer per sone og år";
    chart.description = "2025: 6 risikoer; 2026: 6 risikoer";
    chart.segmentNames = {"Akseptabel", "Vurderes", "Ikke akseptabel"};
    chart.segmentColours = {Green, Yellow, Red};
    chart.noteName = "Over søylen: risikoer over akseptlinjen.";
    chart.bars = {{"2025", {4, 2, 0}, "3"}, {"2026", {1, 3, 2}, "5"}};
    return chart;
}

std::vector<Box> barsOf(const std::vector<Shape> &shapes, Colour colour)
{
    std::vector<Box> boxes;
    for (const Shape &shape : shapes)
        if (const auto *box = std::get_if<Box>(&shape); box && box->fill == colour && box->height > 7.5)
            boxes.push_back(*box);
    std::sort(boxes.begin(), boxes.end(), [](const Box &a, const Box &b) { return a.x < b.x; });
    return boxes;
}

const TextRun *runWithText(const std::vector<Shape> &shapes, const std::string &text)
{
    for (const Shape &shape : shapes)
        if (const auto *run = std::get_if<TextRun>(&shape); run && run->text == text)
            return run;
    return nullptr;
}

} // namespace

TEST(BarChart, BarsAreStackedInProportionWithTheNoteOverAndTheLabelUnder)
{
    const std::vector<Shape> shapes = drawBarChart(twoYears(), 300);
    const std::vector<Box> green = barsOf(shapes, Green), yellow = barsOf(shapes, Yellow), red = barsOf(shapes, Red);
    ASSERT_EQ(green.size(), 2u);
    ASSERT_EQ(yellow.size(), 2u);
    ASSERT_EQ(red.size(), 1u); // no high risks in 2025
    // The tallest bar (6 risks) fills the plot; each segment's height is its share of it.
    const double unit = green[0].height / 4;
    EXPECT_NEAR(yellow[0].height, 2 * unit, 1e-9);
    EXPECT_NEAR(green[1].height, 1 * unit, 1e-9);
    EXPECT_NEAR(yellow[1].height, 3 * unit, 1e-9);
    EXPECT_NEAR(red[0].height, 2 * unit, 1e-9);
    EXPECT_NEAR(6 * unit, 110, 1e-9);
    // Stacked from the least severe at the bottom: each segment sits on the one below it.
    const double baseline = green[0].y + green[0].height;
    EXPECT_NEAR(green[1].y + green[1].height, baseline, 1e-9);
    EXPECT_NEAR(yellow[0].y + yellow[0].height, green[0].y, 1e-9);
    EXPECT_NEAR(red[0].y + red[0].height, yellow[1].y, 1e-9);
    EXPECT_GT(green[1].x, green[0].x + green[0].width); // one bar per year, side by side
    // The values inside the segments, the notes over the bars, the years under them.
    const TextRun *four = runWithText(shapes, "4");
    ASSERT_TRUE(four);
    EXPECT_GT(four->y, green[0].y);
    EXPECT_LT(four->y, baseline);
    const TextRun *note2026 = runWithText(shapes, "5");
    ASSERT_TRUE(note2026);
    EXPECT_LT(note2026->y, red[0].y);
    EXPECT_GT(note2026->x, green[1].x - 1);
    const TextRun *year = runWithText(shapes, "2025");
    ASSERT_TRUE(year);
    EXPECT_GT(year->y, baseline);
    EXPECT_TRUE(runWithText(shapes, "Ikke akseptabel")); // the legend
    EXPECT_TRUE(runWithText(shapes, "Over søylen: risikoer over akseptlinjen."));
    EXPECT_TRUE(runWithText(shapes, "Risikoer per sone og år"));
    // Everything within the chart's box.
    const double height = barChartHeight(twoYears(), 300);
    for (const Shape &shape : shapes)
        if (const auto *box = std::get_if<Box>(&shape)) {
            EXPECT_GE(box->x, 0);
            EXPECT_LE(box->x + box->width, 300 + 1e-9);
            EXPECT_LE(box->y + box->height, height + 1e-9);
        }
}

TEST(BarChart, IsOneFigureWithItsFiguresInWordsInThePdfAndSvgInTheHtml)
{
    ReportDocument document;
    document.language = "nb";
    document.title = "Ledelsens gjennomgang";
    document.footer = "Eksempel kommune";
    document.pageOf = "Side %1 av %2";
    document.blocks.emplace_back(Heading{"Utvikling"});
    document.blocks.emplace_back(twoYears());
    document.blocks.emplace_back(Paragraph{"Etter figuren."});
    const LaidOutReport laidOut = layOut(document);
    int figure = -1;
    for (std::size_t i = 0; i < laidOut.elements.size(); ++i)
        if (laidOut.elements[i].role == "Figure")
            figure = static_cast<int>(i);
    ASSERT_GE(figure, 0);
    EXPECT_EQ(laidOut.elements[static_cast<std::size_t>(figure)].alt,
              "Risikoer per sone og år: 2025: 6 risikoer; 2026: 6 risikoer");
    // The chart's text belongs to the figure; the paragraph after it does not.
    bool yearInFigure = false;
    for (const Shape &shape : laidOut.pages.front().shapes)
        if (const auto *run = std::get_if<TextRun>(&shape)) {
            if (run->text == "2026")
                yearInFigure = run->element == figure;
            if (run->text == "Etter figuren.") {
                EXPECT_NE(run->element, figure);
            }
        }
    EXPECT_TRUE(yearInFigure);

    const std::string html = writeHtml(document);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("<title>Risikoer per sone og år</title><desc>2025: 6 risikoer; 2026: 6 risikoer</desc>"),
              std::string::npos);
    // The same shapes: five segments and their heights, 4 of 6 of the plot is 73.33 points.
    EXPECT_NE(html.find("height=\"73.33\" fill=\"#4caf50\""), std::string::npos) << html;
    EXPECT_NE(html.find(">2026</text>"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

// The window and the CLI run with the user's locale, a decimal comma under da_DK, nb_NO and sv_SE: the
// chart's SVG in the HTML wrote x="12,5" there, which no browser draws. Its numbers are the same under
// every locale.
TEST(BarChart, TheHtmlChartsNumbersAreTheSameUnderNordicLocales)
{
    TRYGG_SKIP_ON_WINDOWS("POSIX locale names (da_DK.UTF-8), which Windows' C runtime does not take");
    ReportDocument document;
    document.language = "da";
    document.title = "Ledelsens gennemgang";
    document.blocks.emplace_back(twoYears());
    const std::string inC = writeHtml(document);
    ASSERT_NE(inC.find("height=\"73.33\""), std::string::npos) << inC;
    for (const char *locale : {"da_DK.UTF-8", "nb_NO.UTF-8", "sv_SE.UTF-8"}) {
        const std::string before = std::setlocale(LC_ALL, nullptr);
        if (!std::setlocale(LC_ALL, locale)) {
            ADD_FAILURE() << locale << " is not installed (localedef -i " << std::string(locale, 5) << " -f UTF-8 "
                          << locale << ")";
            continue;
        }
        const std::string html = writeHtml(document);
        std::setlocale(LC_ALL, before.c_str());
        EXPECT_EQ(html, inC) << locale;
    }
}
