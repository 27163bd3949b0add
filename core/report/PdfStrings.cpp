// SPDX-License-Identifier: EUPL-1.2
// The strings of a PDF that are not page content: hex text, the information dictionary's text strings,
// literals and the XMP metadata (PdfWriter.cpp).
#include "report/PdfStrings.h"

#include "report/FontMetrics.h"
#include "report/PdfWriter.h"

namespace trygg::report::pdf {

std::string hex4(unsigned value)
{
    static const char Hex[] = "0123456789ABCDEF";
    std::string out;
    for (int shift = 12; shift >= 0; shift -= 4)
        out += Hex[(value >> shift) & 0xF];
    return out;
}

// The character `c` as UTF-16BE hex digits (a surrogate pair beyond the BMP).
std::string utf16Hex(char32_t c)
{
    if (c < 0x10000)
        return hex4(static_cast<unsigned>(c));
    return hex4(0xD800 + ((c - 0x10000) >> 10)) + hex4(0xDC00 + ((c - 0x10000) & 0x3FF));
}

// A text string of the document information dictionary: UTF-16BE with a byte-order mark.
std::string infoString(const std::string &text)
{
    std::string out = "<FEFF";
    for (std::size_t i = 0; i < text.size();)
        out += utf16Hex(nextCodePoint(text, i));
    return out + '>';
}

// Text for XML (the XMP metadata).
std::string xmlText(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            // Control characters are not allowed in XML 1.0.
            out += static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' ? ' ' : c;
        }
    }
    return out;
}

// A PDF string literal of ASCII text (the language tag).
std::string literal(const std::string &text)
{
    std::string out = "(";
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F ? '?' : c;
    }
    return out + ')';
}

// The XMP metadata of PDF/A-2u (ISO 19005-2 6.6): Dublin Core title, creator and language, the producer,
// and the PDF/A identification. No dates: the same report gives the same bytes.
std::string xmp(const PdfInfo &info)
{
    std::string out = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                      " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                      " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                      "<dc:format>application/pdf</dc:format>\n"
                      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
                      xmlText(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.empty())
        out += "<dc:creator><rdf:Seq><rdf:li>" + xmlText(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.language.empty())
        out += "<dc:language><rdf:Bag><rdf:li>" + xmlText(info.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    out += "<pdf:Producer>Trygg</pdf:Producer>\n"
           "<xmp:CreatorTool>Trygg</xmp:CreatorTool>\n"
           "<pdfaid:part>2</pdfaid:part>\n"
           "<pdfaid:conformance>U</pdfaid:conformance>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n";
    // Padding lets an editor change the metadata in place, as XMP recommends.
    out += std::string(20, ' ') + "\n<?xpacket end=\"w\"?>";
    return out;
}

} // namespace trygg::report::pdf
