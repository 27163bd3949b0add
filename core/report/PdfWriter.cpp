#include "PdfWriter.h"

#include "model/Error.h"
#include "report/FontMetrics.h"
#include "report/ReportLayout.h"

#include <zlib.h>

#include <cmath>

namespace trygg::report {

namespace {

// The byte of a character in WinAnsiEncoding (PDF 32000 Annex D), or -1.
int winAnsi(char32_t c)
{
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF))
        return static_cast<int>(c);
    switch (c) {
    case U'\u20AC': return 0x80;
    case U'\u201A': return 0x82;
    case U'\u0192': return 0x83;
    case U'\u201E': return 0x84;
    case U'\u2026': return 0x85;
    case U'\u2020': return 0x86;
    case U'\u2021': return 0x87;
    case U'\u02C6': return 0x88;
    case U'\u2030': return 0x89;
    case U'\u0160': return 0x8A;
    case U'\u2039': return 0x8B;
    case U'\u0152': return 0x8C;
    case U'\u017D': return 0x8E;
    case U'\u2018': return 0x91;
    case U'\u2019': return 0x92;
    case U'\u201C': return 0x93;
    case U'\u201D': return 0x94;
    case U'\u2022': return 0x95;
    case U'\u2013': return 0x96;
    case U'\u2014': return 0x97;
    case U'\u02DC': return 0x98;
    case U'\u2122': return 0x99;
    case U'\u0161': return 0x9A;
    case U'\u203A': return 0x9B;
    case U'\u0153': return 0x9C;
    case U'\u017E': return 0x9E;
    case U'\u0178': return 0x9F;
    case U'\t': return ' ';
    default: return -1;
    }
}

bool encodable(const std::string &text)
{
    for (std::size_t i = 0; i < text.size();) {
        if (winAnsi(nextCodePoint(text, i)) < 0)
            return false;
    }
    return true;
}

// A number with at most two decimals ("12.5", "3", "-0.25"): the precision of a PDF page is 1/7200
// inch, more than enough, and written without the locale or std::to_chars' generality.
void appendNumber(std::string &out, double value)
{
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    out += std::to_string(hundredths / 100);
    if (const long long fraction = hundredths % 100; fraction != 0) {
        out += '.';
        out += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += static_cast<char>('0' + fraction % 10);
    }
    out += ' ';
}

void appendColour(std::string &out, Colour colour, const char *op)
{
    appendNumber(out, colour.red / 255.0);
    appendNumber(out, colour.green / 255.0);
    appendNumber(out, colour.blue / 255.0);
    out += op;
    out += '\n';
}

void appendString(std::string &out, const std::string &text)
{
    out += '(';
    for (std::size_t i = 0; i < text.size();) {
        const int byte = winAnsi(nextCodePoint(text, i));
        const char c = static_cast<char>(byte < 0 ? '?' : byte);
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    out += ')';
}

// The page's drawing operators. PDF counts y from the bottom of the page. Colours, line width and
// font are written only when they change: a plan page repeats them hundreds of times.
class ContentWriter {
public:
    explicit ContentWriter(double height) : m_height(height) {}

    std::string write(const Page &page)
    {
        m_out.reserve(page.shapes.size() * 40);
        for (const Shape &shape : page.shapes)
            std::visit([this](const auto &item) { draw(item); }, shape);
        return std::move(m_out);
    }

private:
    void fill(Colour colour)
    {
        if (m_fill != colour)
            appendColour(m_out, colour, "rg");
        m_fill = colour;
    }

    void stroke(Colour colour, double width)
    {
        if (m_stroke != colour)
            appendColour(m_out, colour, "RG");
        m_stroke = colour;
        if (m_lineWidth != width) {
            appendNumber(m_out, width);
            m_out += "w\n";
        }
        m_lineWidth = width;
    }

    void draw(const Box &box)
    {
        if (box.fill)
            fill(*box.fill);
        if (box.stroke)
            stroke(*box.stroke, box.lineWidth);
        appendNumber(m_out, box.x);
        appendNumber(m_out, m_height - box.y - box.height);
        appendNumber(m_out, box.width);
        appendNumber(m_out, box.height);
        m_out += box.fill && box.stroke ? "re B\n" : box.fill ? "re f\n" : "re S\n";
    }

    void draw(const Line &line)
    {
        stroke(line.colour, line.lineWidth);
        appendNumber(m_out, line.x1);
        appendNumber(m_out, m_height - line.y1);
        m_out += "m ";
        appendNumber(m_out, line.x2);
        appendNumber(m_out, m_height - line.y2);
        m_out += "l S\n";
    }

    void draw(const TextRun &run)
    {
        fill(run.colour);
        m_out += "BT ";
        if (m_bold != run.bold || m_size != run.size) {
            m_out += run.bold ? "/F2 " : "/F1 ";
            appendNumber(m_out, run.size);
            m_out += "Tf ";
            m_bold = run.bold;
            m_size = run.size;
        }
        if (run.vertical)
            m_out += "0 1 -1 0 ";
        appendNumber(m_out, run.x);
        appendNumber(m_out, m_height - run.y);
        m_out += run.vertical ? "Tm " : "Td ";
        appendString(m_out, run.text);
        m_out += " Tj ET\n";
    }

    double m_height;
    std::string m_out;
    std::optional<Colour> m_fill;
    std::optional<Colour> m_stroke;
    double m_lineWidth = 1; // the PDF default
    std::optional<bool> m_bold;
    double m_size = 0;
};

std::string deflate(const std::string &data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.data()),
                  static_cast<uLong>(data.size()), Z_BEST_SPEED) != Z_OK)
        throw Error(trygg::trMsg("could not compress a PDF page")); // qualified: lupdate's context is "trygg"
    out.resize(size);
    return out;
}

// A text string of the document information dictionary: UTF-16BE with a byte-order mark.
std::string infoString(const std::string &text)
{
    static const char Hex[] = "0123456789ABCDEF";
    std::string out = "<FEFF";
    const auto unit = [&](unsigned value) {
        for (int shift = 12; shift >= 0; shift -= 4)
            out += Hex[(value >> shift) & 0xF];
    };
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        if (c >= 0x10000) {
            unit(0xD800 + ((c - 0x10000) >> 10));
            unit(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            unit(static_cast<unsigned>(c));
        }
    }
    return out + '>';
}

class PdfFile {
public:
    // Object numbers are handed out in order; objects must be added in that order.
    int reserve() { return ++m_count; }

    void add(int number, const std::string &body)
    {
        m_offsets.resize(static_cast<std::size_t>(m_count), 0);
        m_offsets[static_cast<std::size_t>(number - 1)] = m_out.size();
        m_out += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
    }

    void addStream(int number, const std::string &data)
    {
        const std::string packed = deflate(data);
        add(number, "<< /Length " + std::to_string(packed.size()) + " /Filter /FlateDecode >>\nstream\n" + packed +
                        "\nendstream");
    }

    std::string finish(int root, int info)
    {
        const std::size_t xref = m_out.size();
        m_out += "xref\n0 " + std::to_string(m_count + 1) + "\n0000000000 65535 f \n";
        char entry[32];
        for (std::size_t offset : m_offsets) {
            std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
            m_out += entry;
        }
        m_out += "trailer\n<< /Size " + std::to_string(m_count + 1) + " /Root " + std::to_string(root) + " 0 R /Info " +
                 std::to_string(info) + " 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
        return std::move(m_out);
    }

private:
    std::string m_out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> m_offsets;
    int m_count = 0;
};

} // namespace

bool pdfCanEncode(const LaidOutReport &report)
{
    for (const Page &page : report.pages) {
        for (const Shape &shape : page.shapes) {
            if (const auto *run = std::get_if<TextRun>(&shape); run && !encodable(run->text))
                return false;
        }
    }
    return true;
}

std::string writePdf(const LaidOutReport &report, const std::string &title)
{
    PdfFile pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int regular = pdf.reserve();
    const int bold = pdf.reserve();
    const int info = pdf.reserve();
    std::string kids;
    std::vector<int> pageNumbers;
    for (std::size_t i = 0; i < report.pages.size(); ++i) {
        pageNumbers.push_back(pdf.reserve());
        pdf.reserve(); // its content stream
        kids += std::to_string(pageNumbers.back()) + " 0 R ";
    }
    pdf.add(catalog, "<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R >>");
    pdf.add(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(report.pages.size()) + " >>");
    pdf.add(regular, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    pdf.add(bold, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    pdf.add(info, "<< /Title " + infoString(title) + " /Producer (Trygg) >>");
    std::string mediaBox = "[0 0 ";
    appendNumber(mediaBox, report.width);
    appendNumber(mediaBox, report.height);
    mediaBox += ']';
    const std::string resources =
        " /Resources << /Font << /F1 " + std::to_string(regular) + " 0 R /F2 " + std::to_string(bold) + " 0 R >> >>";
    for (std::size_t i = 0; i < report.pages.size(); ++i) {
        const int page = pageNumbers[i];
        pdf.add(page, "<< /Type /Page /Parent " + std::to_string(pages) + " 0 R /MediaBox " + mediaBox + resources +
                          " /Contents " + std::to_string(page + 1) + " 0 R >>");
        pdf.addStream(page + 1, ContentWriter(report.height).write(report.pages[i]));
    }
    return pdf.finish(catalog, info);
}

} // namespace trygg::report
