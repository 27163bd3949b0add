// SPDX-License-Identifier: EUPL-1.2
#include "ReportLayout.h"

#include "report/BarChart.h"
#include "report/FontMetrics.h"
#include "report/ReportStyle.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace trygg::report {

namespace {

// A4 in points, margins of 15 mm.
constexpr double A4Short = 595.276;
constexpr double A4Long = 841.890;
constexpr double Margin = 42.52;
constexpr double TopMargin = 48;    // room for the running head above
constexpr double BottomMargin = 48; // room for the footer below

constexpr double TitleSize = 16;
constexpr double SubtitleSize = 9.5;
using namespace style;

constexpr double CellPadding = 3;

constexpr Colour HeaderFill{232, 232, 232};
constexpr Colour Rule{176, 176, 176};
constexpr Colour Marked{176, 0, 32};

std::string replaceAll(std::string text, std::string_view marker, std::string_view value)
{
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + value.size()))
        text.replace(at, marker.size(), value);
    return text;
}

class Layouter {
public:
    explicit Layouter(const ReportDocument &document) : m_document(document)
    {
        m_result.width = document.landscape ? A4Long : A4Short;
        m_result.height = document.landscape ? A4Short : A4Long;
        m_left = Margin;
        m_width = m_result.width - 2 * Margin;
        m_bottom = m_result.height - BottomMargin;
    }

    LaidOutReport run()
    {
        m_result.elements.push_back(Element{"Document", -1, {}});
        newPage();
        tag("H1");
        paragraph(m_document.title, TitleSize, true, Ink);
        if (!m_document.subtitle.empty()) {
            tag("P");
            paragraph(m_document.subtitle, SubtitleSize, false, Grey);
        }
        m_y += 6;
        const std::vector<Block> &blocks = m_document.blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            // The end of the block before a signature stays on the signature's page: the signature
            // block is never alone on a page (issue 14).
            const auto *next = i + 1 < blocks.size() ? std::get_if<Signature>(&blocks[i + 1]) : nullptr;
            m_keep = next ? 12 + signatureHeight(*next) : 0;
            // A heading two blocks before a signature (the plan's "Measures" over an empty or short
            // table) goes with them rather than stay behind.
            const auto *after = i + 2 < blocks.size() ? std::get_if<Signature>(&blocks[i + 2]) : nullptr;
            if (after && std::holds_alternative<Heading>(blocks[i]))
                m_keep = 12 + signatureHeight(*after) + 40;
            // A heading stays with the whole of a short "label: value" block after it.
            const auto *facts = i + 1 < blocks.size() ? std::get_if<Facts>(&blocks[i + 1]) : nullptr;
            if (facts && std::holds_alternative<Heading>(blocks[i]))
                m_keep = std::max(m_keep, keptFactsHeight(*facts) - 4 * lineHeight(BodySize));
            // And with the whole of a chart after it (the management review's "Trend").
            const auto *chart = i + 1 < blocks.size() ? std::get_if<BarChart>(&blocks[i + 1]) : nullptr;
            if (chart && std::holds_alternative<Heading>(blocks[i]))
                m_keep = std::max(m_keep, barChartHeight(*chart, chartWidth()) - 4 * lineHeight(BodySize));
            std::visit([this](const auto &item) { add(item); }, blocks[i]);
        }
        addFooters();
        return std::move(m_result);
    }

private:
    Page &page() { return m_result.pages.back(); }

    // A new structure element under `parent` (the Document by default); the text drawn from now on is
    // its content. Returns its index.
    int tag(const char *role, int parent = 0, std::string alt = {})
    {
        m_result.elements.push_back(Element{role, parent, std::move(alt)});
        m_element = static_cast<int>(m_result.elements.size()) - 1;
        return m_element;
    }

    void newPage()
    {
        m_result.pages.emplace_back();
        m_y = TopMargin;
        if (m_result.pages.size() > 1 && !m_document.runningHead.empty()) {
            const int element = std::exchange(m_element, -1); // the running head is an artifact
            text(m_left, 30, SmallSize, false, Grey, elide(m_document.runningHead, m_width, SmallSize, false));
            m_element = element;
            line(m_left, 34, m_left + m_width, 34, Rule, 0.5);
        }
    }

    bool atPageTop() const { return m_y <= TopMargin + 0.01; }

    // Starts a new page unless `height` fits below the cursor (or nothing would fit better).
    void ensure(double height)
    {
        if (m_y + height > m_bottom && !atPageTop())
            newPage();
    }

    void text(double x, double y, double size, bool bold, Colour colour, std::string value, bool vertical = false)
    {
        if (value.empty())
            return;
        page().shapes.emplace_back(TextRun{x, y, size, bold, vertical, colour, std::move(value), m_element});
    }

    void line(double x1, double y1, double x2, double y2, Colour colour, double width)
    {
        page().shapes.emplace_back(Line{x1, y1, x2, y2, colour, width});
    }

    void box(double x, double y, double width, double height, std::optional<Colour> fill, std::optional<Colour> stroke,
             double lineWidth = 0.5)
    {
        page().shapes.emplace_back(Box{x, y, width, height, fill, stroke, lineWidth});
    }

    void alignedText(double x, double width, double top, double size, bool bold, Colour colour,
                     const std::string &value, Align align)
    {
        double left = x;
        if (align != Align::Left) {
            const double used = textWidth(value, size, bold);
            left = align == Align::Right ? x + width - used : x + (width - used) / 2;
        }
        text(left, top + baselineOffset(size), size, bold, colour, value);
    }

    // `keep`: room to keep below the last line (what must stay on its page).
    void paragraph(const std::string &value, double size, bool bold, Colour colour, double indent = 0,
                   double keep = 0)
    {
        std::vector<std::string> rows = wrapText(value, m_width - indent, size, bold);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            std::string &row = rows[i];
            ensure(lineHeight(size) + (i + 1 == rows.size() ? keep : 0));
            text(m_left + indent, m_y + baselineOffset(size), size, bold, colour, std::move(row));
            m_y += lineHeight(size);
        }
    }

    void add(const Heading &heading)
    {
        // Kept with at least a few lines of what follows.
        ensure(lineHeight(HeadingSize) + 10 + 4 * lineHeight(BodySize) + m_keep);
        if (!atPageTop())
            m_y += 10;
        tag("H2");
        paragraph(heading.text, HeadingSize, true, Ink);
        m_y += 3;
    }

    void add(const Paragraph &item)
    {
        tag("P");
        paragraph(item.text, BodySize, false, Ink, 0, m_keep + 4);
        m_y += 4;
    }

    double factsLabelWidth(const Facts &facts) const
    {
        double labelWidth = 0;
        for (const auto &[label, value] : facts.items)
            labelWidth = std::max(labelWidth, textWidth(label, BodySize, true));
        return std::min(labelWidth + 8, m_width * 0.4);
    }

    // The height of "label: value" lines when they take less than half a page, which then stay together
    // on one page (an asset's block in the asset register); 0 for longer ones, which may break.
    double keptFactsHeight(const Facts &facts) const
    {
        const double labelWidth = factsLabelWidth(facts);
        double height = 0;
        for (const auto &[label, value] : facts.items)
            height += lineHeight(BodySize) *
                      static_cast<double>(std::max(wrapText(label, labelWidth - 7.5, BodySize, true).size(),
                                                   wrapText(value, m_width - labelWidth, BodySize, false).size()));
        return height < (m_bottom - TopMargin) / 2 ? height : 0;
    }

    void add(const Facts &facts)
    {
        const double labelWidth = factsLabelWidth(facts);
        const double lh = lineHeight(BodySize);
        if (const double kept = keptFactsHeight(facts); kept > 0)
            ensure(kept + m_keep + 4);
        for (std::size_t item = 0; item < facts.items.size(); ++item) {
            const auto &[label, value] = facts.items[item];
            const auto labelLines = wrapText(label, labelWidth - 7.5, BodySize, true); // rounding slack
            const auto valueLines = wrapText(value, m_width - labelWidth, BodySize, false);
            const double height = lh * static_cast<double>(std::max(labelLines.size(), valueLines.size()));
            ensure(height + (item + 1 == facts.items.size() ? m_keep + 4 : 0));
            tag("P");
            for (std::size_t i = 0; i < labelLines.size(); ++i)
                text(m_left, m_y + lh * static_cast<double>(i) + baselineOffset(BodySize), BodySize, true, Ink,
                     labelLines[i]);
            for (std::size_t i = 0; i < valueLines.size(); ++i)
                text(m_left + labelWidth, m_y + lh * static_cast<double>(i) + baselineOffset(BodySize), BodySize, false,
                     Ink, valueLines[i]);
            m_y += height;
        }
        m_y += 4;
    }

    struct PreparedRow {
        std::vector<std::vector<std::string>> lines; // per cell
        std::size_t lineCount = 1;
    };

    PreparedRow prepare(const std::vector<Cell> &cells, const std::vector<double> &widths, bool bold) const
    {
        PreparedRow row;
        row.lines.resize(widths.size());
        for (std::size_t c = 0; c < widths.size() && c < cells.size(); ++c) {
            // A word too long for its cell is broken at a syllable with a hyphen, not between any letters.
            row.lines[c] = wrapText(cells[c].text, widths[c] - 2 * CellPadding, TableSize, bold || cells[c].bold, true);
            row.lineCount = std::max(row.lineCount, row.lines[c].size());
        }
        return row;
    }

    static double rowHeight(std::size_t lines)
    {
        return static_cast<double>(lines) * lineHeight(TableSize) + 2 * CellPadding;
    }

    // The header row: a TR of TH cells in the structure the first time, an artifact where it repeats.
    void drawHeader(const Table &table, const std::vector<double> &widths, const PreparedRow &header,
                    bool first = false)
    {
        const double height = rowHeight(header.lineCount);
        box(m_left, m_y, m_width, height, HeaderFill, std::nullopt);
        double x = m_left;
        const int row = first ? tag("TR", m_table) : -1;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            m_element = first ? tag("TH", row) : -1;
            for (std::size_t i = 0; i < header.lines[c].size(); ++i)
                alignedText(x + CellPadding, widths[c] - 2 * CellPadding,
                            m_y + CellPadding + lineHeight(TableSize) * static_cast<double>(i), TableSize, true, Ink,
                            header.lines[c][i], table.columns[c].align);
            x += widths[c];
        }
        m_y += height;
        line(m_left, m_y, m_left + m_width, m_y, Grey, 0.8);
    }

    // Draws lines [first, last) of every cell of a row at the cursor.
    void drawRowPart(const Table &table, const std::vector<double> &widths, const std::vector<Cell> &cells,
                     const PreparedRow &row, std::size_t first, std::size_t last, bool marked, bool bold,
                     const std::vector<int> &elements)
    {
        const double height = rowHeight(last - first);
        double x = m_left;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            m_element = elements[c];
            const Cell *cell = c < cells.size() ? &cells[c] : nullptr;
            Colour colour = marked ? Marked : Ink;
            if (cell && cell->fill) {
                box(x + 0.5, m_y + 0.5, widths[c] - 1, height - 1, cell->fill, std::nullopt);
                colour = textColourOn(*cell->fill);
            }
            const auto &cellLines = row.lines[c];
            for (std::size_t i = first; i < last && i < cellLines.size(); ++i)
                alignedText(x + CellPadding, widths[c] - 2 * CellPadding,
                            m_y + CellPadding + lineHeight(TableSize) * static_cast<double>(i - first), TableSize,
                            bold || (cell && cell->bold), colour, cellLines[i], table.columns[c].align);
            x += widths[c];
        }
        if (marked)
            box(m_left - 4, m_y + 1, 2, height - 2, Marked, std::nullopt);
        m_y += height;
        line(m_left, m_y, m_left + m_width, m_y, Rule, 0.4);
    }

    // `keep`: room to keep below the row on its page (the last row before a signature).
    void drawRow(const Table &table, const std::vector<double> &widths, const PreparedRow &header,
                 const std::vector<Cell> &cells, bool marked, bool bold, double keep = 0)
    {
        const PreparedRow row = prepare(cells, widths, bold);
        const double height = rowHeight(row.lineCount);
        if (m_y + height + keep > m_bottom && !m_atTableTop) {
            newPage();
            drawHeader(table, widths, header);
        }
        // The row's TR and TD elements, the same on both pages if it continues.
        std::vector<int> elements;
        const int rowElement = tag("TR", m_table);
        for (std::size_t c = 0; c < widths.size(); ++c)
            elements.push_back(tag("TD", rowElement));
        // A row taller than a whole page is the one exception to "no row split across pages".
        std::size_t first = 0;
        while (first < row.lineCount) {
            const auto room = static_cast<std::size_t>(
                std::max(1.0, std::floor((m_bottom - m_y - 2 * CellPadding) / lineHeight(TableSize))));
            const std::size_t last = std::min(row.lineCount, first + room);
            drawRowPart(table, widths, cells, row, first, last, marked, bold, elements);
            first = last;
            if (first < row.lineCount) {
                newPage();
                drawHeader(table, widths, header);
            }
        }
    }

    // Columns made wide enough for the longest word of their header where the others can spare the
    // room, so that headers break between words (or, failing that, at a syllable with a hyphen), never
    // inside a word without one (issue 14: "Kunnskapssty/rke").
    void widenForHeaders(const Table &table, std::vector<double> &widths) const
    {
        std::vector<double> need(widths.size(), 0);
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const std::string &title = table.columns[c].title;
            for (std::size_t start = 0; start < title.size();) {
                const std::size_t end = std::min(title.find_first_of(" \n", start), title.size());
                need[c] = std::max(need[c], textWidth(title.substr(start, end - start), TableSize, true));
                start = end + 1;
            }
            need[c] += 2 * CellPadding + 0.01;
        }
        double missing = 0;
        double spare = 0;
        for (std::size_t c = 0; c < widths.size(); ++c)
            (widths[c] < need[c] ? missing : spare) += std::abs(widths[c] - need[c]);
        if (missing <= 0 || spare <= 0)
            return;
        const double share = std::min(1.0, missing / spare); // of each column's spare room given away
        const double given = std::min(missing, spare);
        for (std::size_t c = 0; c < widths.size(); ++c) {
            if (widths[c] < need[c])
                widths[c] += (need[c] - widths[c]) * given / missing;
            else
                widths[c] -= (widths[c] - need[c]) * share;
        }
    }

    void add(const Table &table)
    {
        if (table.columns.empty())
            return;
        double totalWeight = 0;
        for (const Column &column : table.columns)
            totalWeight += column.weight;
        std::vector<double> widths;
        for (const Column &column : table.columns)
            widths.push_back(m_width * column.weight / totalWeight);
        widenForHeaders(table, widths);
        std::vector<Cell> titles;
        for (const Column &column : table.columns)
            titles.push_back(Cell{column.title, std::nullopt, true});
        const PreparedRow header = prepare(titles, widths, true);

        double firstRow = table.rows.empty() ? lineHeight(BodySize) + 3 + m_keep
                                             : rowHeight(prepare(table.rows.front().cells, widths, false).lineCount);
        if (table.rows.size() == 1 && table.totals.empty())
            firstRow += m_keep + 8;
        ensure(rowHeight(header.lineCount) + firstRow);
        m_table = tag("Table");
        drawHeader(table, widths, header, true);
        if (table.rows.empty()) {
            m_y += 3;
            tag("P");
            paragraph(table.emptyText, BodySize, false, Grey, CellPadding);
        }
        const double keep = m_keep + 8;
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const TableRow &row = table.rows[i];
            m_atTableTop = i == 0; // the first row follows its header, which was kept with it
            const bool last = i + 1 == table.rows.size() && table.totals.empty();
            drawRow(table, widths, header, row.cells, row.marked, false, last ? keep : 0);
        }
        m_atTableTop = false;
        if (!table.totals.empty()) {
            line(m_left, m_y, m_left + m_width, m_y, Grey, 0.8);
            drawRow(table, widths, header, table.totals, false, true, keep);
        }
        m_y += 8;
    }

    struct PictureMetrics {
        double labelWidth = 0;
        double cell = 0;
        double height = 0;
    };

    PictureMetrics measure(const MatrixPicture &picture, double width) const
    {
        PictureMetrics metrics;
        const auto rows = static_cast<double>(picture.probabilityLabels.size());
        const auto columns = static_cast<double>(picture.consequenceLabels.size());
        for (const std::string &label : picture.probabilityLabels)
            metrics.labelWidth = std::max(metrics.labelWidth, textWidth(label, SmallSize, false));
        metrics.labelWidth = std::min(metrics.labelWidth + 4, width * 0.3);
        const double axis = lineHeight(TableSize);
        metrics.cell = columns > 0 ? std::min((width - axis - metrics.labelWidth - 4) / columns, 46.0) : 0;
        metrics.height = lineHeight(BodySize) + 4 + rows * metrics.cell + 3 + 2 * lineHeight(SmallSize) + 3 + axis;
        return metrics;
    }

    void drawPicture(const MatrixPicture &picture, double x, double width, const PictureMetrics &metrics)
    {
        const int rows = static_cast<int>(picture.probabilityLabels.size());
        const int columns = static_cast<int>(picture.consequenceLabels.size());
        const double axis = lineHeight(TableSize);
        double y = m_y;
        tag("Figure", 0, picture.title);
        text(x, y + baselineOffset(BodySize), BodySize, true, Ink, elide(picture.title, width, BodySize, true));
        y += lineHeight(BodySize) + 4;
        const double gridLeft = x + axis + metrics.labelWidth + 4;
        const double cell = metrics.cell;
        for (int p = rows; p >= 1; --p) {
            const double top = y + (rows - p) * cell;
            alignedText(
                x + axis, metrics.labelWidth, top + (cell - lineHeight(SmallSize)) / 2, SmallSize, false, Ink,
                elide(picture.probabilityLabels[static_cast<std::size_t>(p - 1)], metrics.labelWidth, SmallSize, false),
                Align::Right);
            for (int c = 1; c <= columns; ++c) {
                const auto index = static_cast<std::size_t>((p - 1) * columns + (c - 1));
                const Colour fill = index < picture.cellColours.size() ? picture.cellColours[index] : White;
                const double left = gridLeft + (c - 1) * cell;
                box(left, top, cell, cell, fill, White, 1.5);
                const int count = index < picture.counts.size() ? picture.counts[index] : 0;
                if (count > 0) {
                    const std::string number = std::to_string(count);
                    double size = std::min(11.0, cell * 0.38);
                    size = std::min(size, size * cell * 0.85 / std::max(1.0, textWidth(number, size, true)));
                    alignedText(left, cell, top + (cell - lineHeight(size)) / 2, size, true, textColourOn(fill), number,
                                Align::Centre);
                }
            }
        }
        y += rows * cell + 3;
        for (int c = 1; c <= columns; ++c) {
            auto lines =
                wrapText(picture.consequenceLabels[static_cast<std::size_t>(c - 1)], cell - 2, SmallSize, false);
            if (lines.size() > 2) {
                lines[1] = elide(lines[1] + "\u2026", cell - 2, SmallSize, false);
                lines.resize(2);
            }
            for (std::size_t i = 0; i < lines.size(); ++i)
                alignedText(gridLeft + (c - 1) * cell, cell, y + lineHeight(SmallSize) * static_cast<double>(i),
                            SmallSize, false, Ink, lines[i], Align::Centre);
        }
        y += 2 * lineHeight(SmallSize) + 3;
        alignedText(gridLeft, cell * columns, y, TableSize, true, Ink,
                    elide(picture.consequenceTitle, cell * columns, TableSize, true), Align::Centre);
        // The probability title reads upwards beside the rows.
        const double gridHeight = rows * cell;
        const std::string title = elide(picture.probabilityTitle, gridHeight, TableSize, true);
        const double titleWidth = textWidth(title, TableSize, true);
        text(x + baselineOffset(TableSize), m_y + lineHeight(BodySize) + 4 + (gridHeight + titleWidth) / 2, TableSize,
             true, Ink, title, true);
    }

    void add(const Matrices &matrices)
    {
        if (matrices.pictures.empty())
            return;
        constexpr double Gap = 24;
        const double count = static_cast<double>(matrices.pictures.size());
        const double width = (m_width - Gap * (count - 1)) / count;
        std::vector<PictureMetrics> metrics;
        double height = 0;
        for (const MatrixPicture &picture : matrices.pictures) {
            metrics.push_back(measure(picture, width));
            height = std::max(height, metrics.back().height);
        }
        ensure(height + m_keep);
        for (std::size_t i = 0; i < matrices.pictures.size(); ++i)
            drawPicture(matrices.pictures[i], m_left + static_cast<double>(i) * (width + Gap), width, metrics[i]);
        m_y += height + 8;
    }

    double chartWidth() const { return std::min(m_width, 400.0); }

    // Issue 15: the chart drawn by drawBarChart (the HTML draws the same shapes), as one figure.
    void add(const BarChart &chart)
    {
        const double width = chartWidth();
        const double height = barChartHeight(chart, width);
        ensure(height + m_keep);
        tag("Figure", 0, chart.description.empty() ? chart.title : chart.title + ": " + chart.description);
        for (Shape &shape : drawBarChart(chart, width)) {
            if (auto *box = std::get_if<Box>(&shape)) {
                box->x += m_left;
                box->y += m_y;
            } else if (auto *rule = std::get_if<Line>(&shape)) {
                rule->x1 += m_left;
                rule->x2 += m_left;
                rule->y1 += m_y;
                rule->y2 += m_y;
            } else if (auto *run = std::get_if<TextRun>(&shape)) {
                run->x += m_left;
                run->y += m_y;
                run->element = m_element;
            }
            page().shapes.push_back(std::move(shape));
        }
        m_y += height + 8;
    }

    // The height of a signature block below the gap above it.
    static double signatureHeight(const Signature &signature)
    {
        return lineHeight(BodySize + 1) + (signature.note.empty() ? 0 : 2 * lineHeight(BodySize)) + 4 + 30 +
               lineHeight(SmallSize);
    }

    void add(const Signature &signature)
    {
        const double fieldHeight = 30 + lineHeight(SmallSize);
        ensure(signatureHeight(signature));
        if (!atPageTop())
            m_y += 12;
        tag("P");
        paragraph(signature.title, BodySize + 1, true, Ink);
        if (!signature.note.empty()) {
            tag("P");
            paragraph(signature.note, BodySize, false, Marked);
        }
        m_y += 4;
        const double count = static_cast<double>(std::max<std::size_t>(1, signature.fields.size()));
        constexpr double Gap = 14;
        const double width = (m_width - Gap * (count - 1)) / count;
        double x = m_left;
        for (const auto &[label, value] : signature.fields) {
            tag("P");
            text(x, m_y + 22, BodySize, false, Ink, elide(value, width, BodySize, false));
            line(x, m_y + 26, x + width, m_y + 26, Ink, 0.6);
            text(x, m_y + 26 + baselineOffset(SmallSize) + 1, SmallSize, false, Grey,
                 elide(label, width, SmallSize, false));
            x += width + Gap;
        }
        m_y += fieldHeight;
    }

    void addFooters()
    {
        const std::string total = std::to_string(m_result.pages.size());
        const double baseline = m_result.height - 24;
        for (std::size_t i = 0; i < m_result.pages.size(); ++i) {
            Page &current = m_result.pages[i];
            current.shapes.emplace_back(Line{m_left, baseline - 10, m_left + m_width, baseline - 10, Rule, 0.5});
            const std::string number =
                replaceAll(replaceAll(m_document.pageOf, "%1", std::to_string(i + 1)), "%2", total);
            const double numberWidth = textWidth(number, SmallSize, false);
            current.shapes.emplace_back(
                TextRun{m_left + m_width - numberWidth, baseline, SmallSize, false, false, Grey, number});
            if (!m_document.footer.empty())
                current.shapes.emplace_back(
                    TextRun{m_left, baseline, SmallSize, false, false, Grey,
                            elide(m_document.footer, m_width - numberWidth - 12, SmallSize, false)});
        }
    }

    const ReportDocument &m_document;
    LaidOutReport m_result;
    int m_element = -1; // the structure element of the text drawn now
    double m_keep = 0;   // room the end of the current block keeps below it on its page (a signature)
    bool m_atTableTop = false;
    int m_table = 0;    // the Table element being drawn
    double m_left = 0;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
};

} // namespace

LaidOutReport layOut(const ReportDocument &document)
{
    return Layouter(document).run();
}

} // namespace trygg::report
