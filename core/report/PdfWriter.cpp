// SPDX-License-Identifier: EUPL-1.2
#include "PdfWriter.h"

#include "model/Error.h"
#include "model/Sha256.h"
#include "report/FontMetrics.h"
#include "report/ReportFont.h"
#include "report/ReportLayout.h"
#include "report/PdfStrings.h"
#include "report/ReportNumbers.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <future>
#include <iterator>
#include <memory>
#include <string_view>
#include <thread>

namespace trygg::report {

namespace {

using namespace pdf;

// A number and the space after it (ReportNumbers.h).
void appendNumber(std::string &out, double value)
{
    appendDecimal(out, value);
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

// The glyphs a report uses of one font (regular or bold): the character each shows, by glyph number.
struct FontUse {
    bool any = false;
    std::vector<char32_t> text; // 0: not used
};
using UsedGlyphs = std::array<FontUse, 2>;

// The page's drawing operators. PDF counts y from the bottom of the page. Colours, line width and
// font are written only when they change: a plan page repeats them hundreds of times.
class ContentWriter {
public:
    ContentWriter(double height, UsedGlyphs &used, const std::vector<Element> &elements)
        : m_height(height), m_used(used), m_elements(elements)
    {
    }

    // The page's content stream. `marks` gets the structure element of each marked-content sequence,
    // by its MCID: the page's entry in the parent tree.
    std::string write(const Page &page, std::vector<int> &marks)
    {
        m_out.reserve(page.shapes.size() * 40);
        for (const Shape &shape : page.shapes) {
            const auto *run = std::get_if<TextRun>(&shape);
            const int element =
                run && run->element >= 0 && static_cast<std::size_t>(run->element) < m_elements.size() ? run->element
                                                                                                      : -1;
            if (element >= 0) {
                // Tagged text: its own marked-content sequence, linked to its element by MCID.
                if (m_artifact)
                    m_out += "EMC\n";
                m_artifact = false;
                m_out += '/' + m_elements[static_cast<std::size_t>(element)].role + " <</MCID " +
                         std::to_string(marks.size()) + ">> BDC\n";
                marks.push_back(element);
                draw(*run);
                m_out += "EMC\n";
                continue;
            }
            // Everything else (rules, fills, running heads, page numbers) is an artifact.
            if (!m_artifact)
                m_out += "/Artifact BMC\n";
            m_artifact = true;
            std::visit([this](const auto &item) { draw(item); }, shape);
        }
        if (m_artifact)
            m_out += "EMC\n";
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
            m_used[run.bold ? 1 : 0].any = true;
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
        appendGlyphs(run.text, run.bold);
        m_out += " Tj ET\n";
    }

    // The text as a string of two-byte glyph numbers (CIDs, Identity-H), each glyph remembered with the
    // character it shows for the font's subset, widths and ToUnicode map. A literal string of the bytes
    // themselves, half the size of hex digits (ISO 32000-1 7.3.4.2): the parentheses and backslash are
    // escaped, and the end-of-line bytes, which a reader would otherwise take as a line end.
    void appendGlyphs(const std::string &text, bool bold)
    {
        FontUse &use = m_used[bold ? 1 : 0];
        const auto byte = [this](unsigned value) {
            switch (value) {
            case '(': m_out += "\\("; break;
            case ')': m_out += "\\)"; break;
            case '\\': m_out += "\\\\"; break;
            case '\r': m_out += "\\r"; break;
            case '\n': m_out += "\\n"; break;
            default: m_out += static_cast<char>(value);
            }
        };
        m_out += '(';
        for (std::size_t i = 0; i < text.size();) {
            const char32_t c = nextCodePoint(text, i);
            const unsigned glyph = reportGlyph(c, bold);
            if (glyph >= use.text.size())
                use.text.resize(glyph + 1, 0);
            if (use.text[glyph] == 0)
                use.text[glyph] = c < 0x20 ? U' ' : c;
            byte((glyph >> 8) & 0xFF);
            byte(glyph & 0xFF);
        }
        m_out += ')';
    }

    double m_height;
    UsedGlyphs &m_used;
    const std::vector<Element> &m_elements;
    bool m_artifact = false;
    std::string m_out;
    std::optional<Colour> m_fill;
    std::optional<Colour> m_stroke;
    double m_lineWidth = 1; // the PDF default
    std::optional<bool> m_bold;
    double m_size = 0;
};

// One zlib compressor for all the streams of a file (fastest level: the page content is text of a few
// operators that compresses well anyway), its output in one buffer used again for each stream.
class Deflater {
public:
    Deflater()
    {
        if (deflateInit(&m_stream, Z_BEST_SPEED) != Z_OK)
            fail();
    }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    // The compressed data, valid until the next call.
    std::string_view operator()(std::string_view data)
    {
        if (deflateReset(&m_stream) != Z_OK)
            fail();
        const std::size_t bound = deflateBound(&m_stream, static_cast<uLong>(data.size()));
        if (bound > m_size) {
            m_buffer = std::make_unique_for_overwrite<unsigned char[]>(bound); // deflate writes what is read
            m_size = bound;
        }
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        m_stream.avail_in = static_cast<uInt>(data.size());
        m_stream.next_out = m_buffer.get();
        m_stream.avail_out = static_cast<uInt>(m_size);
        if (::deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            fail();
        return {reinterpret_cast<const char *>(m_buffer.get()), static_cast<std::size_t>(m_stream.total_out)};
    }

private:
    [[noreturn]] static void fail()
    {
        throw Error(trygg::trMsg("could not compress a PDF page")); // qualified: lupdate's context is "trygg"
    }

    z_stream m_stream{};
    std::unique_ptr<unsigned char[]> m_buffer;
    std::size_t m_size = 0;
};

// The ToUnicode CMap of a font: each glyph's text, so the PDF can be searched and copied (level u).
std::string toUnicode(const FontUse &use)
{
    std::vector<std::string> entries;
    for (std::size_t glyph = 0; glyph < use.text.size(); ++glyph) {
        if (use.text[glyph] != 0)
            entries.push_back("<" + hex4(static_cast<unsigned>(glyph)) + "> <" + utf16Hex(use.text[glyph]) + ">\n");
    }
    std::string out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        const std::size_t count = std::min<std::size_t>(100, entries.size() - i);
        out += std::to_string(count) + " beginbfchar\n";
        for (std::size_t j = i; j < i + count; ++j)
            out += entries[j];
        out += "endbfchar\n";
    }
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

// The /W array: the widths of the glyphs used, runs of consecutive glyphs together.
std::string widths(const FontUse &use, bool bold)
{
    std::string out = "[";
    std::size_t glyph = 0;
    while (glyph < use.text.size()) {
        if (use.text[glyph] == 0) {
            ++glyph;
            continue;
        }
        out += std::to_string(glyph) + " [";
        for (; glyph < use.text.size() && use.text[glyph] != 0; ++glyph)
            out += std::to_string(glyphWidth(static_cast<unsigned>(glyph), bold)) + ' ';
        out += "] ";
    }
    return out + ']';
}

// Pages drawn and compressed, with the glyphs they use and their marked content.
struct DrawnPages {
    UsedGlyphs used;
    std::vector<std::string> contents;   // compressed
    std::vector<std::vector<int>> marks; // per page, the element of each MCID

    // The pages that follow these. A glyph keeps the character it was first seen with, as if all the
    // pages had been drawn in one go.
    void add(DrawnPages &&next)
    {
        for (std::size_t font = 0; font < used.size(); ++font) {
            FontUse &use = used[font];
            const FontUse &more = next.used[font];
            use.any = use.any || more.any;
            if (use.text.size() < more.text.size())
                use.text.resize(more.text.size(), 0);
            for (std::size_t glyph = 0; glyph < more.text.size(); ++glyph)
                if (use.text[glyph] == 0)
                    use.text[glyph] = more.text[glyph];
        }
        std::move(next.contents.begin(), next.contents.end(), std::back_inserter(contents));
        std::move(next.marks.begin(), next.marks.end(), std::back_inserter(marks));
    }
};

DrawnPages drawPages(const LaidOutReport &report, std::size_t from, std::size_t to)
{
    DrawnPages drawn;
    Deflater deflate;
    drawn.marks.resize(to - from);
    for (std::size_t i = from; i < to; ++i) {
        const std::string content =
            ContentWriter(report.height, drawn.used, report.elements).write(report.pages[i], drawn.marks[i - from]);
        drawn.contents.emplace_back(deflate(content));
    }
    return drawn;
}

void appendInt(std::string &out, long long value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
    out += ' ';
}

// "12 0 R "
void appendRef(std::string &out, int number)
{
    appendInt(out, number);
    out += "0 R ";
}

class PdfFile {
public:
    int reserve() { return ++m_count; }

    // Objects may be added in any order, each once.
    void add(int number, std::string_view body)
    {
        begin(number);
        m_out += body;
        m_out += "\nendobj\n";
    }

    // An object that is not a stream, packed with others into a compressed object stream (ISO 32000-1
    // 7.5.7): the structure tree's thousands of small elements would otherwise make most of the file.
    void addPacked(int number, std::string_view body)
    {
        m_entries.resize(static_cast<std::size_t>(m_count));
        // The object stream's number is known when it is written: its index now.
        m_entries[static_cast<std::size_t>(number - 1)] = {2, 0, m_packedCount++};
        m_packedNumbers.push_back(number);
        appendInt(m_packedHeader, number);
        appendInt(m_packedHeader, static_cast<long long>(m_packedBodies.size()));
        m_packedBodies += body;
        m_packedBodies += '\n';
        if (m_packedCount == 500)
            flushPacked();
    }

    void addStream(int number, std::string_view data, std::string_view entries = {}, bool compressed = true)
    {
        addStreamAs(number, compressed ? m_deflate(data) : data, entries, compressed);
    }

    // A stream compressed already (Deflater).
    void addCompressedStream(int number, std::string_view packed) { addStreamAs(number, packed, {}, true); }

    // The cross-reference stream with the trailer's entries. The file identifier (required by PDF/A) is
    // a hash of the file's body, so the same report gives the same bytes.
    std::string finish(int root, int info)
    {
        flushPacked();
        const int xref = reserve();
        m_entries.resize(static_cast<std::size_t>(m_count));
        const std::string id = sha256Hex(m_out).substr(0, 32);
        const std::size_t offset = m_out.size();
        m_entries[static_cast<std::size_t>(xref - 1)] = {1, offset, 0};
        // Each entry: type (1 byte), offset or object stream (4 bytes), generation or index (2 bytes).
        std::string table(7, '\0');
        table[0] = 0; // object 0: free
        table[5] = table[6] = static_cast<char>(0xFF);
        for (const Entry &entry : m_entries) {
            table += static_cast<char>(entry.type);
            for (int shift = 24; shift >= 0; shift -= 8)
                table += static_cast<char>((entry.field >> shift) & 0xFF);
            table += static_cast<char>((entry.index >> 8) & 0xFF);
            table += static_cast<char>(entry.index & 0xFF);
        }
        const std::string_view packed = m_deflate(table);
        m_out += std::to_string(xref) + " 0 obj\n<< /Type /XRef /Size " + std::to_string(m_count + 1) +
                 " /W [1 4 2] /Root " + std::to_string(root) + " 0 R /Info " + std::to_string(info) + " 0 R /ID [<" +
                 id + "> <" + id + ">] /Length " + std::to_string(packed.size()) + " /Filter /FlateDecode >>\nstream\n";
        m_out += packed;
        m_out += "\nendstream\nendobj\nstartxref\n" + std::to_string(offset) + "\n%%EOF\n";
        return std::move(m_out);
    }

private:
    struct Entry {
        int type = 0;           // 1: at an offset; 2: in an object stream
        std::size_t field = 0;  // the offset, or the object stream's number
        unsigned index = 0;     // the index in the object stream
    };

    void addStreamAs(int number, std::string_view packed, std::string_view entries, bool compressed)
    {
        begin(number);
        m_out += "<< /Length ";
        m_out += std::to_string(packed.size());
        if (compressed)
            m_out += " /Filter /FlateDecode";
        m_out += entries;
        m_out += " >>\nstream\n";
        m_out += packed;
        m_out += "\nendstream\nendobj\n";
    }

    void begin(int number)
    {
        m_entries.resize(static_cast<std::size_t>(m_count));
        m_entries[static_cast<std::size_t>(number - 1)] = {1, m_out.size(), 0};
        m_out += std::to_string(number);
        m_out += " 0 obj\n";
    }

    void flushPacked()
    {
        if (m_packedCount == 0)
            return;
        const int stream = reserve();
        m_entries.resize(static_cast<std::size_t>(m_count));
        for (const int number : m_packedNumbers)
            m_entries[static_cast<std::size_t>(number - 1)].field = static_cast<std::size_t>(stream);
        m_packedHeader += '\n';
        const std::string entries =
            " /Type /ObjStm /N " + std::to_string(m_packedCount) + " /First " + std::to_string(m_packedHeader.size());
        m_packedHeader += m_packedBodies;
        addStream(stream, m_packedHeader, entries);
        m_packedHeader.clear();
        m_packedBodies.clear();
        m_packedNumbers.clear();
        m_packedCount = 0;
    }

    std::string m_out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    std::vector<Entry> m_entries;
    std::string m_packedHeader; // the object stream being filled: "number offset" pairs
    std::string m_packedBodies;
    std::vector<int> m_packedNumbers;
    unsigned m_packedCount = 0;
    int m_count = 0;
    Deflater m_deflate;
};

std::string ref(int number)
{
    return std::to_string(number) + " 0 R";
}

// Embeds the subset of one font as a Type 0 font with a CIDFontType2 descendant, Identity-H encoding
// and a ToUnicode CMap (ISO 32000-1 9.7, PDF/A-2 6.2.11): returns its object number.
int addFont(PdfFile &pdf, const FontUse &use, bool bold)
{
    std::vector<unsigned> glyphs;
    for (std::size_t glyph = 0; glyph < use.text.size(); ++glyph) {
        if (use.text[glyph] != 0)
            glyphs.push_back(static_cast<unsigned>(glyph));
    }
    // The subset's tag (six capitals, ISO 32000-1 9.6.4) from its glyphs: different subsets get
    // different names, the same subset the same name.
    std::string key(bold ? "b" : "r");
    for (unsigned glyph : glyphs)
        key += hex4(glyph);
    const std::string hash = sha256Hex(key);
    std::string name;
    for (std::size_t i = 0; i < 6; ++i)
        name += static_cast<char>('A' + std::stoi(hash.substr(i * 2, 2), nullptr, 16) % 26);
    const FontFacts &facts = reportFontFacts(bold);
    name += '+' + facts.postscriptName;

    const int type0 = pdf.reserve();
    const int cidFont = pdf.reserve();
    const int descriptor = pdf.reserve();
    const int file = pdf.reserve();
    const int cmap = pdf.reserve();
    pdf.add(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" +
                       ref(cidFont) + "] /ToUnicode " + ref(cmap) + " >>");
    pdf.add(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                         " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                         ref(descriptor) + " /DW 1000 /W " + widths(use, bold) + " /CIDToGIDMap /Identity >>");
    pdf.add(descriptor, "<< /Type /FontDescriptor /FontName /" + name + " /Flags 32 /FontBBox [" +
                            std::to_string(facts.box[0]) + ' ' + std::to_string(facts.box[1]) + ' ' +
                            std::to_string(facts.box[2]) + ' ' + std::to_string(facts.box[3]) +
                            "] /ItalicAngle 0 /Ascent " + std::to_string(facts.ascent) + " /Descent " +
                            std::to_string(facts.descent) + " /CapHeight " + std::to_string(facts.capHeight) +
                            " /StemV " + (bold ? "120" : "80") + " /FontFile2 " + ref(file) + " >>");
    const std::string program = subsetReportFont(bold, glyphs);
    pdf.addStream(file, program, " /Length1 " + std::to_string(program.size()));
    pdf.addStream(cmap, toUnicode(use), {}, false); // small, and readable as it is
    return type0;
}

// The structure tree (ISO 32000-1 14.7): one StructElem per element, its kids the child elements and
// the marked-content sequences of its text, and the parent tree from each page's MCIDs back to the
// elements. An element names the page of its first text (/Pg), and its text on that page is given by
// MCID alone (14.7.4.2); only text continued on another page needs a marked-content reference (MCR)
// naming its page. A plan has ten thousands of elements, so this keeps the file and its writing short.
// Returns the StructTreeRoot's object number.
int addStructure(PdfFile &pdf, const LaidOutReport &report, const std::vector<std::vector<int>> &marks,
                 const std::vector<int> &pageNumbers)
{
    const int root = pdf.reserve();
    const std::size_t count = report.elements.size();
    std::vector<int> numbers(count);
    for (std::size_t i = 0; i < count; ++i)
        numbers[i] = pdf.reserve();
    const auto parentOf = [&](std::size_t i) {
        const int parent = report.elements[i].parent;
        return parent >= 0 && static_cast<std::size_t>(parent) < i ? static_cast<std::size_t>(parent) : 0;
    };
    std::vector<std::string> kids(count);
    std::vector<std::size_t> kidCount(count, 0);
    for (std::size_t i = 1; i < count; ++i) {
        const std::size_t parent = parentOf(i);
        appendRef(kids[parent], numbers[i]);
        ++kidCount[parent];
    }
    std::vector<int> pageOf(count, -1); // the page of an element's first text
    std::string parentTree;
    for (std::size_t page = 0; page < marks.size(); ++page) {
        appendInt(parentTree, static_cast<long long>(page));
        parentTree += '[';
        for (std::size_t mcid = 0; mcid < marks[page].size(); ++mcid) {
            const auto element = static_cast<std::size_t>(marks[page][mcid]);
            if (pageOf[element] < 0)
                pageOf[element] = static_cast<int>(page);
            std::string &kid = kids[element];
            if (pageOf[element] == static_cast<int>(page)) {
                appendInt(kid, static_cast<long long>(mcid));
            } else {
                kid += "<</Type/MCR/Pg ";
                appendRef(kid, pageNumbers[page]);
                kid += "/MCID ";
                appendInt(kid, static_cast<long long>(mcid));
                kid += ">> ";
            }
            ++kidCount[element];
            appendRef(parentTree, numbers[element]);
        }
        parentTree += "] ";
    }
    std::string body;
    for (std::size_t i = 0; i < count; ++i) {
        const Element &element = report.elements[i];
        body = "<</Type/StructElem/S/" + element.role + "/P ";
        appendRef(body, i == 0 ? root : numbers[parentOf(i)]);
        if (pageOf[i] >= 0) {
            body += "/Pg ";
            appendRef(body, pageNumbers[static_cast<std::size_t>(pageOf[i])]);
        }
        if (!element.alt.empty())
            body += "/Alt " + infoString(element.alt);
        std::string &kid = kids[i];
        if (!kid.empty())
            kid.pop_back(); // the space after the last
        if (kidCount[i] == 1) {
            body += "/K ";
            body += kid;
        } else {
            body += "/K[";
            body += kid;
            body += ']';
        }
        body += ">>";
        pdf.addPacked(numbers[i], body);
    }
    pdf.addPacked(root, "<< /Type /StructTreeRoot /K [" + ref(numbers[0]) + "] /ParentTree << /Nums [" + parentTree +
                            "] >> /ParentTreeNextKey " + std::to_string(marks.size()) + " >>");
    return root;
}

} // namespace

std::string writePdf(const LaidOutReport &report, const PdfInfo &info)
{
    // The pages' drawing first: they tell which glyphs the fonts' subsets need. Each page is drawn and
    // compressed on its own, so with a second core the second half of a long report is done beside the
    // first (most of the writing of a plan); the bytes are the same either way.
    const std::size_t count = report.pages.size();
    const std::size_t half = count >= 8 && std::thread::hardware_concurrency() > 1 ? count / 2 : count;
    auto second = half < count ? std::async(std::launch::async, [&] { return drawPages(report, half, count); })
                               : std::future<DrawnPages>();
    DrawnPages drawn = drawPages(report, 0, half);
    if (second.valid())
        drawn.add(second.get());
    const UsedGlyphs &used = drawn.used;
    const std::vector<std::vector<int>> &marks = drawn.marks; // per page, the element of each MCID

    PdfFile pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int infoObject = pdf.reserve();
    const int metadata = pdf.reserve();
    const int profile = pdf.reserve();
    std::string fonts;
    for (int bold = 0; bold < 2; ++bold) {
        if (used[static_cast<std::size_t>(bold)].any)
            fonts += (bold ? "/F2 " : "/F1 ") + ref(addFont(pdf, used[static_cast<std::size_t>(bold)], bold == 1)) + ' ';
    }
    std::string kids;
    std::vector<int> pageNumbers;
    for (std::size_t i = 0; i < report.pages.size(); ++i) {
        pageNumbers.push_back(pdf.reserve());
        pdf.reserve(); // its content stream
        kids += ref(pageNumbers.back()) + ' ';
    }
    const bool tagged = !report.elements.empty();
    const int structRoot = tagged ? addStructure(pdf, report, marks, pageNumbers) : 0;
    std::string catalogBody = "<< /Type /Catalog /Pages " + ref(pages) + " /Metadata " + ref(metadata) +
                              " /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier "
                              "(sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile " +
                              ref(profile) + " >>]";
    if (!info.language.empty())
        catalogBody += " /Lang " + literal(info.language);
    if (tagged)
        catalogBody += " /MarkInfo << /Marked true >> /StructTreeRoot " + ref(structRoot);
    catalogBody += " /ViewerPreferences << /DisplayDocTitle true >>";
    pdf.add(catalog, catalogBody + " >>");
    pdf.add(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(report.pages.size()) + " >>");
    std::string infoBody = "<< /Title " + infoString(info.title);
    if (!info.author.empty())
        infoBody += " /Author " + infoString(info.author);
    pdf.add(infoObject, infoBody + " /Creator (Trygg) /Producer (Trygg) >>");
    // PDF/A-2 6.6.2.1: the metadata stream is not compressed, so archive tools can read it.
    pdf.addStream(metadata, xmp(info), " /Type /Metadata /Subtype /XML", false);
    pdf.addStream(profile, srgbProfileBytes(), " /N 3");
    std::string mediaBox = "[0 0 ";
    appendNumber(mediaBox, report.width);
    appendNumber(mediaBox, report.height);
    mediaBox += ']';
    const std::string resources = " /Resources << /Font << " + fonts + ">> >>";
    for (std::size_t i = 0; i < report.pages.size(); ++i) {
        const int page = pageNumbers[i];
        pdf.add(page, "<< /Type /Page /Parent " + ref(pages) + " /MediaBox " + mediaBox + resources + " /Contents " +
                          ref(page + 1) + (tagged ? " /StructParents " + std::to_string(i) : std::string()) +
                          " /Tabs /S >>");
        pdf.addCompressedStream(page + 1, drawn.contents[i]);
    }
    return pdf.finish(catalog, infoObject);
}

} // namespace trygg::report
