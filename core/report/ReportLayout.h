// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "report/ReportDocument.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace trygg::report {

// A report laid out on A4 pages: what to draw where, in points (1/72 inch) from the top left corner
// of the page. PDF, printer and print preview all draw these same shapes.

struct TextRun {
    double x = 0;
    double y = 0; // the baseline
    double size = 0;
    bool bold = false;
    bool vertical = false; // rotated to read from bottom to top (the probability axis)
    Colour colour;
    std::string text; // UTF-8
    int element = -1; // the structure element it belongs to (LaidOutReport::elements); -1: an artifact
};

struct Box {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    std::optional<Colour> fill;
    std::optional<Colour> stroke;
    double lineWidth = 0.5;
};

struct Line {
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    Colour colour;
    double lineWidth = 0.5;
};

using Shape = std::variant<Box, Line, TextRun>;

// The logical structure of the report, for a tagged PDF that screen readers and archives can follow:
// Document, H1 (the title), H2 (headings), P, Table with TR rows of TH and TD cells, Figure (a matrix,
// with its title as alternative text; a bar chart, with its title and figures in words). Running heads, footers, page numbers, repeated table headers,
// rules and fills are artifacts, outside it.
struct Element {
    std::string role; // a standard structure type of ISO 32000-1 14.8.4
    int parent = -1;  // index in LaidOutReport::elements; -1 for the Document, element 0
    std::string alt;  // alternative text (a Figure)
};

struct Page {
    std::vector<Shape> shapes; // in drawing order
};

struct LaidOutReport {
    double width = 0; // of every page
    double height = 0;
    std::vector<Page> pages;
    std::vector<Element> elements; // in reading order; parents before their children
};

// Paginates the document on A4 (portrait, or landscape when it asks): the title on the first page,
// headings kept with what follows, table headers repeated on every page, no table row or matrix
// split across pages, and "page X of Y" with the footer on every page.
LaidOutReport layOut(const ReportDocument &document);

} // namespace trygg::report
