#include "ReportLayout.h"

#include "report/FontMetrics.h"

#include <algorithm>
#include <cmath>

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
constexpr double HeadingSize = 11.5;
constexpr double BodySize = 8.5;
constexpr double TableSize = 8;
constexpr double SmallSize = 7;
constexpr double CellPadding = 3;

constexpr Colour Ink{26, 26, 26};
constexpr Colour Grey{102, 102, 102};
constexpr Colour HeaderFill{232, 232, 232};
constexpr Colour Rule{176, 176, 176};
constexpr Colour Marked{176, 0, 32};
constexpr Colour White{255, 255, 255};

double lineHeight(double size)
{
    return size * 1.22;
}

// From the top of a line to its baseline (Helvetica: ascender 0.718 plus half the leading).
double baselineOffset(double size)
{
    return size * 0.87;
}

Colour textColourOn(Colour fill)
{
    const double luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue;
    return luminance < 140 ? White : Ink;
}

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
        newPage();
        paragraph(m_document.title, TitleSize, true, Ink);
        if (!m_document.subtitle.empty())
            paragraph(m_document.subtitle, SubtitleSize, false, Grey);
        m_y += 6;
        for (const Block &block : m_document.blocks)
            std::visit([this](const auto &item) { add(item); }, block);
        addFooters();
        return std::move(m_result);
    }

private:
    Page &page() { return m_result.pages.back(); }

    void newPage()
    {
        m_result.pages.emplace_back();
        m_y = TopMargin;
        if (m_result.pages.size() > 1 && !m_document.runningHead.empty()) {
            text(m_left, 30, SmallSize, false, Grey, elide(m_document.runningHead, m_width, SmallSize, false));
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
        page().shapes.emplace_back(TextRun{x, y, size, bold, vertical, colour, std::move(value)});
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

    void paragraph(const std::string &value, double size, bool bold, Colour colour, double indent = 0)
    {
        for (std::string &row : wrapText(value, m_width - indent, size, bold)) {
            ensure(lineHeight(size));
            text(m_left + indent, m_y + baselineOffset(size), size, bold, colour, std::move(row));
            m_y += lineHeight(size);
        }
    }

    void add(const Heading &heading)
    {
        // Kept with at least a few lines of what follows.
        ensure(lineHeight(HeadingSize) + 10 + 4 * lineHeight(BodySize));
        if (!atPageTop())
            m_y += 10;
        paragraph(heading.text, HeadingSize, true, Ink);
        m_y += 3;
    }

    void add(const Paragraph &item)
    {
        paragraph(item.text, BodySize, false, Ink);
        m_y += 4;
    }

    void add(const Facts &facts)
    {
        double labelWidth = 0;
        for (const auto &[label, value] : facts.items)
            labelWidth = std::max(labelWidth, textWidth(label, BodySize, true));
        labelWidth = std::min(labelWidth + 8, m_width * 0.4);
        const double lh = lineHeight(BodySize);
        for (const auto &[label, value] : facts.items) {
            const auto labelLines = wrapText(label, labelWidth - 7.5, BodySize, true); // rounding slack
            const auto valueLines = wrapText(value, m_width - labelWidth, BodySize, false);
            const double height = lh * static_cast<double>(std::max(labelLines.size(), valueLines.size()));
            ensure(height);
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
            row.lines[c] = wrapText(cells[c].text, widths[c] - 2 * CellPadding, TableSize, bold || cells[c].bold);
            row.lineCount = std::max(row.lineCount, row.lines[c].size());
        }
        return row;
    }

    static double rowHeight(std::size_t lines)
    {
        return static_cast<double>(lines) * lineHeight(TableSize) + 2 * CellPadding;
    }

    void drawHeader(const Table &table, const std::vector<double> &widths, const PreparedRow &header)
    {
        const double height = rowHeight(header.lineCount);
        box(m_left, m_y, m_width, height, HeaderFill, std::nullopt);
        double x = m_left;
        for (std::size_t c = 0; c < widths.size(); ++c) {
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
                     const PreparedRow &row, std::size_t first, std::size_t last, bool marked, bool bold)
    {
        const double height = rowHeight(last - first);
        double x = m_left;
        for (std::size_t c = 0; c < widths.size(); ++c) {
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

    void drawRow(const Table &table, const std::vector<double> &widths, const PreparedRow &header,
                 const std::vector<Cell> &cells, bool marked, bool bold)
    {
        const PreparedRow row = prepare(cells, widths, bold);
        const double height = rowHeight(row.lineCount);
        if (m_y + height > m_bottom) {
            newPage();
            drawHeader(table, widths, header);
        }
        // A row taller than a whole page is the one exception to "no row split across pages".
        std::size_t first = 0;
        while (first < row.lineCount) {
            const auto room = static_cast<std::size_t>(
                std::max(1.0, std::floor((m_bottom - m_y - 2 * CellPadding) / lineHeight(TableSize))));
            const std::size_t last = std::min(row.lineCount, first + room);
            drawRowPart(table, widths, cells, row, first, last, marked, bold);
            first = last;
            if (first < row.lineCount) {
                newPage();
                drawHeader(table, widths, header);
            }
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
        std::vector<Cell> titles;
        for (const Column &column : table.columns)
            titles.push_back(Cell{column.title, std::nullopt, true});
        const PreparedRow header = prepare(titles, widths, true);

        const double firstRow = table.rows.empty()
                                    ? lineHeight(BodySize)
                                    : rowHeight(prepare(table.rows.front().cells, widths, false).lineCount);
        ensure(rowHeight(header.lineCount) + firstRow);
        drawHeader(table, widths, header);
        if (table.rows.empty()) {
            m_y += 3;
            paragraph(table.emptyText, BodySize, false, Grey, CellPadding);
        }
        for (const TableRow &row : table.rows)
            drawRow(table, widths, header, row.cells, row.marked, false);
        if (!table.totals.empty()) {
            line(m_left, m_y, m_left + m_width, m_y, Grey, 0.8);
            drawRow(table, widths, header, table.totals, false, true);
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
        ensure(height);
        for (std::size_t i = 0; i < matrices.pictures.size(); ++i)
            drawPicture(matrices.pictures[i], m_left + static_cast<double>(i) * (width + Gap), width, metrics[i]);
        m_y += height + 8;
    }

    void add(const Signature &signature)
    {
        const double fieldHeight = 30 + lineHeight(SmallSize);
        ensure(lineHeight(HeadingSize) + 16 + fieldHeight);
        if (!atPageTop())
            m_y += 12;
        paragraph(signature.title, BodySize + 1, true, Ink);
        if (!signature.note.empty())
            paragraph(signature.note, BodySize, false, Marked);
        m_y += 4;
        const double count = static_cast<double>(std::max<std::size_t>(1, signature.fields.size()));
        constexpr double Gap = 14;
        const double width = (m_width - Gap * (count - 1)) / count;
        double x = m_left;
        for (const auto &[label, value] : signature.fields) {
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
