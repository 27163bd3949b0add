// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace trygg::report {

// A printed report as content, before it is laid out on pages: the same document is rendered to
// PDF, to a printer or print preview, and to HTML (STYLE.md "Reports"). All text is UTF-8 and
// already in the report's language; the report builders in ui/reports fill it in.

struct Colour {
    unsigned char red = 0;
    unsigned char green = 0;
    unsigned char blue = 0;

    bool operator==(const Colour &) const = default;
};
// "#rrggbb" (the zone colours of the matrix); nullopt if it is not one.
std::optional<Colour> parseColour(const std::string &text);
std::string colourName(Colour colour); // "#rrggbb"

enum class Align { Left, Centre, Right };

struct Cell {
    Cell() = default;
    Cell(std::string text, std::optional<Colour> fill = std::nullopt, bool bold = false)
        : text(std::move(text)), fill(fill), bold(bold)
    {
    }

    std::string text;
    std::optional<Colour> fill;
    bool bold = false;
};

struct Column {
    Column(std::string title, double weight, Align align = Align::Left)
        : title(std::move(title)), weight(weight), align(align)
    {
    }

    std::string title;
    double weight = 1; // share of the table's width
    Align align = Align::Left;
};

struct TableRow {
    std::vector<Cell> cells;
    bool marked = false; // drawn with a red bar and red text: an overdue measure
};

// A table whose header row repeats on every page; a row is never split across pages.
struct Table {
    std::vector<Column> columns;
    std::vector<TableRow> rows;
    std::vector<Cell> totals; // an optional last row in bold
    std::string emptyText;    // shown instead of the rows when there are none
};

struct Heading {
    std::string text;
};

struct Paragraph {
    std::string text;
};

// "Label: value" lines, as in the header of a form.
struct Facts {
    std::vector<std::pair<std::string, std::string>> items;
};

// The heat map of a matrix: probability levels as rows with the highest at the top, consequence
// levels as columns, each cell in its zone colour with its number of risks.
struct MatrixPicture {
    std::string title;
    std::string probabilityTitle;
    std::string consequenceTitle;
    std::vector<std::string> probabilityLabels; // level 1 first
    std::vector<std::string> consequenceLabels;
    std::vector<Colour> cellColours; // probability-major: (p - 1) * consequence levels + (c - 1)
    std::vector<int> counts;         // same order; 0 is drawn as an empty cell
};

// One or more matrices side by side (current and residual).
struct Matrices {
    std::vector<MatrixPicture> pictures;
};

// Lines for management to sign the plan (002 §25 stk. 6): filled in where the approval is known.
struct Signature {
    std::string title;
    std::string note; // e.g. that a recorded approval is outdated, shown in red under the title
    std::vector<std::pair<std::string, std::string>> fields; // label, value (may be empty)
};

// A small bar chart (issue 15: the risk picture over the years): one bar per label, stacked from its first
// segment at the bottom, each segment in its colour; a note over each bar; a legend of the segments and of
// what the note is. Drawn as a figure whose alternative text is the title and the description.
struct BarChart {
    struct Bar {
        std::string label;
        std::vector<int> values; // one per segment
        std::string note;        // over the bar
    };
    std::string title;
    std::string description; // the figures in words
    std::vector<std::string> segmentNames; // the bottom one first
    std::vector<Colour> segmentColours;
    std::string noteName; // what the note over each bar is
    std::vector<Bar> bars;
};

using Block = std::variant<Heading, Paragraph, Facts, Table, Matrices, Signature, BarChart>;

struct ReportDocument {
    std::string language; // da, nb, sv or en: the HTML lang attribute
    std::string title;
    std::string subtitle;    // under the title on the first page
    std::string scope;       // the unit, assessment or year: with the title, the PDF's title
    std::string author;      // the register's name: the PDF's author
    std::string runningHead; // at the top of every page after the first
    std::string footer;      // at the bottom of every page, left
    std::string pageOf;      // "Page %1 of %2", at the bottom right
    bool landscape = false;
    std::vector<Block> blocks;
};

} // namespace trygg::report
