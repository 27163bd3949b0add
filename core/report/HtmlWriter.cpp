// SPDX-License-Identifier: EUPL-1.2
#include "HtmlWriter.h"

#include "report/BarChart.h"
#include "report/ReportDocument.h"
#include "report/ReportNumbers.h"
#include "report/ReportStyle.h"

#include <cmath>

namespace trygg::report {

namespace {

void escape(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\n': out += "<br>"; break;
        case '\r': break;
        default: out += c;
        }
    }
}

std::string escaped(std::string_view text)
{
    std::string out;
    escape(out, text);
    return out;
}

const char *alignClass(Align align)
{
    switch (align) {
    case Align::Centre: return " class=\"centre\"";
    case Align::Right: return " class=\"right\"";
    case Align::Left: break;
    }
    return "";
}

// A coordinate in points: two decimals, without trailing zeros ("12.5", "110"), whatever the locale.
std::string number(double value)
{
    return decimalText(value);
}

std::string cellStyle(const Cell &cell)
{
    std::string style;
    if (cell.fill)
        style += "background:" + colourName(*cell.fill) + (style::isDark(*cell.fill) ? ";color:#fff" : "");
    if (cell.bold)
        style += style.empty() ? "font-weight:bold" : ";font-weight:bold";
    return style.empty() ? std::string() : " style=\"" + style + '"';
}

class HtmlBuilder {
public:
    explicit HtmlBuilder(std::string &out) : m_out(out) {}

    void operator()(const Heading &heading) { m_out += "<h2>" + escaped(heading.text) + "</h2>\n"; }

    void operator()(const Paragraph &paragraph) { m_out += "<p>" + escaped(paragraph.text) + "</p>\n"; }

    void operator()(const Facts &facts)
    {
        m_out += "<dl>\n";
        for (const auto &[label, value] : facts.items)
            m_out += "<dt>" + escaped(label) + "</dt><dd>" + escaped(value) + "</dd>\n";
        m_out += "</dl>\n";
    }

    void operator()(const Table &table)
    {
        double total = 0;
        for (const Column &column : table.columns)
            total += column.weight;
        m_out += "<table>\n<colgroup>";
        for (const Column &column : table.columns)
            m_out +=
                "<col style=\"width:" + std::to_string(static_cast<int>(100 * column.weight / total + 0.5)) + "%\">";
        m_out += "</colgroup>\n<thead><tr>";
        for (const Column &column : table.columns)
            m_out += std::string("<th") + alignClass(column.align) + ">" + escaped(column.title) + "</th>";
        m_out += "</tr></thead>\n<tbody>\n";
        if (table.rows.empty())
            m_out += "<tr><td class=\"empty\" colspan=\"" + std::to_string(table.columns.size()) + "\">" +
                     escaped(table.emptyText) + "</td></tr>\n";
        for (const TableRow &row : table.rows)
            addRow(table, row.cells, row.marked ? " class=\"marked\"" : "");
        m_out += "</tbody>\n";
        if (!table.totals.empty()) {
            m_out += "<tfoot>";
            addRow(table, table.totals, "");
            m_out += "</tfoot>\n";
        }
        m_out += "</table>\n";
    }

    void operator()(const Matrices &matrices)
    {
        m_out += "<div class=\"matrices\">\n";
        for (const MatrixPicture &picture : matrices.pictures) {
            const std::size_t rows = picture.probabilityLabels.size();
            const std::size_t columns = picture.consequenceLabels.size();
            m_out += "<table class=\"matrix\">\n<caption>" + escaped(picture.title) + "</caption>\n";
            for (std::size_t p = rows; p >= 1; --p) {
                m_out += "<tr>";
                if (p == rows)
                    m_out += "<th class=\"axis\" rowspan=\"" + std::to_string(rows) + "\">" +
                             escaped(picture.probabilityTitle) + "</th>";
                m_out += "<th class=\"right\">" + escaped(picture.probabilityLabels[p - 1]) + "</th>";
                for (std::size_t c = 1; c <= columns; ++c) {
                    const std::size_t index = (p - 1) * columns + (c - 1);
                    const Colour fill =
                        index < picture.cellColours.size() ? picture.cellColours[index] : Colour{255, 255, 255};
                    const int count = index < picture.counts.size() ? picture.counts[index] : 0;
                    m_out += "<td class=\"cell\" style=\"background:" + colourName(fill) +
                             (style::isDark(fill) ? ";color:#fff" : "") + "\">" + (count > 0 ? std::to_string(count) : "") +
                             "</td>";
                }
                m_out += "</tr>\n";
            }
            m_out += "<tr><td></td><td></td>";
            for (const std::string &label : picture.consequenceLabels)
                m_out += "<th class=\"centre\">" + escaped(label) + "</th>";
            m_out += "</tr>\n<tr><td></td><td></td><th class=\"centre\" colspan=\"" + std::to_string(columns) + "\">" +
                     escaped(picture.consequenceTitle) + "</th></tr>\n</table>\n";
        }
        m_out += "</div>\n";
    }

    // Issue 15: the same shapes as the PDF (drawBarChart), as inline SVG with the figures as its title.
    void operator()(const BarChart &chart)
    {
        constexpr double Width = 400;
        const double height = barChartHeight(chart, Width);
        m_out += "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                 number(Width) + "pt\" height=\"" + number(height) + "pt\" viewBox=\"0 0 " + number(Width) + " " +
                 number(height) + "\"><title>" + escaped(chart.title) + "</title><desc>" + escaped(chart.description) +
                 "</desc>\n";
        for (const Shape &shape : drawBarChart(chart, Width)) {
            if (const auto *box = std::get_if<Box>(&shape)) {
                m_out += "<rect x=\"" + number(box->x) + "\" y=\"" + number(box->y) + "\" width=\"" +
                         number(box->width) + "\" height=\"" + number(box->height) + "\" fill=\"" +
                         (box->fill ? colourName(*box->fill) : std::string("none")) + "\"";
                if (box->stroke)
                    m_out += " stroke=\"" + colourName(*box->stroke) + "\" stroke-width=\"" + number(box->lineWidth) + "\"";
                m_out += "/>\n";
            } else if (const auto *line = std::get_if<Line>(&shape)) {
                m_out += "<line x1=\"" + number(line->x1) + "\" y1=\"" + number(line->y1) + "\" x2=\"" +
                         number(line->x2) + "\" y2=\"" + number(line->y2) + "\" stroke=\"" + colourName(line->colour) +
                         "\" stroke-width=\"" + number(line->lineWidth) + "\"/>\n";
            } else if (const auto *run = std::get_if<TextRun>(&shape)) {
                m_out += "<text x=\"" + number(run->x) + "\" y=\"" + number(run->y) + "\" font-size=\"" +
                         number(run->size) + "\" fill=\"" + colourName(run->colour) + "\"" +
                         (run->bold ? " font-weight=\"bold\"" : "") + ">" + escaped(run->text) + "</text>\n";
            }
        }
        m_out += "</svg></figure>\n";
    }

    void operator()(const Signature &signature)
    {
        m_out += "<div class=\"signature\"><h3>" + escaped(signature.title) + "</h3>\n";
        if (!signature.note.empty())
            m_out += "<p class=\"note\">" + escaped(signature.note) + "</p>\n";
        m_out += "<table><tr>";
        for (const auto &[label, value] : signature.fields)
            m_out += "<td><div class=\"line\">" + escaped(value) + "</div>" + escaped(label) + "</td>";
        m_out += "</tr></table></div>\n";
    }

private:
    void addRow(const Table &table, const std::vector<Cell> &cells, const char *rowClass)
    {
        m_out += std::string("<tr") + rowClass + ">";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const Cell empty;
            const Cell &cell = c < cells.size() ? cells[c] : empty;
            std::string classes = alignClass(table.columns[c].align);
            m_out += "<td" + classes + cellStyle(cell) + ">" + escaped(cell.text) + "</td>";
        }
        m_out += "</tr>\n";
    }

    std::string &m_out;
};

constexpr const char *Style =
    R"(body{font-family:Helvetica,Arial,"Nimbus Sans",sans-serif;font-size:9pt;color:#1a1a1a;margin:2em}
h1{font-size:16pt;margin:0}
.subtitle{color:#666;margin-top:.2em}
h2{font-size:11.5pt;margin:1.2em 0 .3em}
h3{font-size:9.5pt}
dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}
dt{font-weight:bold}
dd{margin:0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:3pt;border-bottom:.4pt solid #b0b0b0}
thead th{background:#e8e8e8;border-bottom:.8pt solid #666}
tfoot td{font-weight:bold;border-top:.8pt solid #666}
.right{text-align:right}
.centre{text-align:center}
tr.marked td{color:#b00020}
tr.marked td:first-child{border-left:2pt solid #b00020}
td.empty{color:#666}
.note{color:#b00020}
.matrices{display:flex;gap:2em;flex-wrap:wrap}
figure.chart{margin:.5em 0}
figure.chart text{font-family:inherit}
table.matrix{width:auto;border-collapse:separate;border-spacing:2px}
table.matrix th,table.matrix td{border:none;font-size:7pt;font-weight:normal}
table.matrix td.cell{width:3.5em;height:3.5em;text-align:center;vertical-align:middle;font-size:11pt;font-weight:bold}
table.matrix caption{text-align:left;font-weight:bold;padding-bottom:.3em}
table.matrix th.axis{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:bold}
.signature table td{border:none;padding-right:2em;color:#666;font-size:7pt}
.signature .line{border-bottom:.6pt solid #1a1a1a;min-height:2.2em;color:#1a1a1a;font-size:9pt}
footer{margin-top:2em;color:#666;font-size:7pt}
@media print{body{margin:0}thead{display:table-header-group}tr{page-break-inside:avoid}}
@page{size:A4;margin:15mm})";

} // namespace

std::string writeHtml(const ReportDocument &document)
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escaped(document.language) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped(document.title) +
                      "</title>\n<style>\n" + Style + (document.landscape ? "\n@page{size:A4 landscape}" : "") +
                      "\n</style>\n</head>\n<body>\n<h1>" + escaped(document.title) + "</h1>\n";
    if (!document.subtitle.empty())
        out += "<p class=\"subtitle\">" + escaped(document.subtitle) + "</p>\n";
    HtmlBuilder builder(out);
    for (const Block &block : document.blocks)
        std::visit(builder, block);
    if (!document.footer.empty())
        out += "<footer>" + escaped(document.footer) + "</footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

} // namespace trygg::report
