// SPDX-License-Identifier: EUPL-1.2
// XLSX in with a small reader of our own (minizip for the archive, expat for the XML) that reads only what
// an import needs and refuses what is too big or malformed. Writing is in XlsxWrite.cpp.
#include "exchange/Xlsx.h"

#include "model/Date.h"
#include "model/Error.h"
#include "model/Text.h"
#include "platform/Paths.h"
#include "platform/SafeFiles.h"

#include <expat.h>
#include <minizip/unzip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>

namespace trygg {

namespace {

// ---------------------------------------------------------------------------------------------
// Reading: the archive
//
// The messages of classes are written trygg::trMsg: unqualified, lupdate would file them under the class,
// where the translator never looks.

// minizip's own stdio functions, but the archive opened by a UTF-8 name on every system (its fopen64
// takes the ANSI code page on Windows).
voidpf openUtf8(voidpf, const void *name, int)
{
    return name ? files::openStream(static_cast<const char *>(name), "rb") : nullptr;
}

zlib_filefunc64_def utf8FileFunctions()
{
    zlib_filefunc64_def functions{};
    fill_fopen64_filefunc(&functions);
    functions.zopen64_file = openUtf8;
    return functions;
}

class ZipReader {
public:
    ZipReader(const std::string &path, const XlsxLimits &limits) : m_path(path), m_limits(limits)
    {
        zlib_filefunc64_def functions = utf8FileFunctions();
        m_zip = unzOpen2_64(path.c_str(), &functions);
        if (!m_zip)
            throw InputError(trygg::trMsg(
                "%1: not an XLSX workbook, or the file is damaged (it is not a readable zip archive)", path));
        unz_global_info64 global{};
        if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK || global.number_entry > m_limits.maxEntries) {
            unzClose(m_zip);
            throw InputError(trygg::trCount("%1: the zip archive has more than %n part; a workbook has a few dozen",
                                            "%1: the zip archive has more than %n parts; a workbook has a few dozen",
                                            static_cast<long long>(m_limits.maxEntries), path));
        }
    }
    ~ZipReader() { unzClose(m_zip); }
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // The part's content, or nullopt if the archive has no such part.
    std::optional<std::string> read(const std::string &name)
    {
        // 2: part names of an Office file are case-insensitive.
        if (unzLocateFile(m_zip, name.c_str(), 2) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            fail(name, trygg::trMsg("the zip archive is damaged"));
        if (info.flag & 1u)
            fail(name, trygg::trMsg("the workbook is encrypted (password-protected); save it without a password"));
        if (info.uncompressed_size > m_limits.maxPartBytes)
            tooBig(name);
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            fail(name, trygg::trMsg("the zip archive is damaged or uses an unsupported compression"));
        std::string content;
        char buffer[1 << 16];
        while (true) {
            const int got = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (got < 0) {
                unzCloseCurrentFile(m_zip);
                fail(name, trygg::trMsg("the zip archive is damaged (cannot decompress; is the file truncated?)"));
            }
            if (got == 0)
                break;
            // The size in the archive's directory may lie: count what actually comes out.
            if (content.size() + static_cast<std::size_t>(got) > m_limits.maxPartBytes) {
                unzCloseCurrentFile(m_zip);
                tooBig(name);
            }
            content.append(buffer, static_cast<std::size_t>(got));
        }
        if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
            fail(name, trygg::trMsg("the zip archive is damaged (checksum error)"));
        return content;
    }

    [[noreturn]] void fail(const std::string &part, const Message &message) const
    {
        throw InputError(trygg::trMsg("%1: %2: %3", m_path, part, message));
    }

private:
    [[noreturn]] void tooBig(const std::string &name) const
    {
        const std::size_t limit = m_limits.maxPartBytes;
        const std::string size =
            limit >= (1u << 20) ? std::to_string(limit >> 20) + " MB" : std::to_string(limit >> 10) + " KB";
        fail(name, trygg::trMsg("larger than %1 uncompressed; the file is refused as a possible zip bomb", size));
    }

    std::string m_path;
    const XlsxLimits &m_limits;
    unzFile m_zip = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Reading: the XML

std::string_view localName(const char *name)
{
    std::string_view text(name);
    const auto colon = text.rfind(':');
    return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

const char *attribute(const char **attributes, std::string_view name)
{
    for (int i = 0; attributes[i]; i += 2)
        if (localName(attributes[i]) == name)
            return attributes[i + 1];
    return nullptr;
}

// A whole number attribute; nullopt if it is not one (never undefined behaviour, unlike atoi).
std::optional<long long> integerAttribute(const char *text)
{
    if (!text)
        return std::nullopt;
    const std::string_view view(text);
    long long value = 0;
    auto [end, ec] = std::from_chars(view.data(), view.data() + view.size(), value);
    if (view.empty() || ec != std::errc() || end != view.data() + view.size())
        return std::nullopt;
    return value;
}

// Receives the elements of one XML part. A handler reports a problem with stop(): expat is C, so no
// exception may pass through its callbacks.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const char **attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}

    void stop(Message message)
    {
        if (m_error.empty())
            m_error = std::move(message);
        XML_StopParser(m_parser, XML_FALSE);
    }

    XML_Parser m_parser = nullptr;
    Message m_error;
};

void parseXml(const std::string &xml, XmlHandler &handler, const ZipReader &zip, const std::string &part)
{
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr),
                                                                                         &XML_ParserFree);
    if (!parser)
        zip.fail(part, trygg::trMsg("out of memory"));
    handler.m_parser = parser.get();
    XML_SetUserData(parser.get(), &handler);
    XML_SetElementHandler(
        parser.get(),
        [](void *data, const XML_Char *name, const XML_Char **attributes) {
            static_cast<XmlHandler *>(data)->start(localName(name), attributes);
        },
        [](void *data, const XML_Char *name) { static_cast<XmlHandler *>(data)->end(localName(name)); });
    XML_SetCharacterDataHandler(parser.get(), [](void *data, const XML_Char *text, int length) {
        static_cast<XmlHandler *>(data)->text(std::string_view(text, static_cast<std::size_t>(length)));
    });
    // Office files have no DTD; refusing one also refuses entity tricks.
    XML_SetStartDoctypeDeclHandler(
        parser.get(), [](void *data, const XML_Char *, const XML_Char *, const XML_Char *, int) {
            static_cast<XmlHandler *>(data)->stop(
                trygg::trMsg("the XML has a document type declaration, which a workbook never has"));
        });
    const auto status = XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE);
    if (!handler.m_error.empty())
        zip.fail(part, handler.m_error);
    if (status != XML_STATUS_OK)
        zip.fail(part, trygg::trMsg("the XML is malformed at line %1: %2", XML_GetCurrentLineNumber(parser.get()),
                                    XML_ErrorString(XML_GetErrorCode(parser.get()))));
}

// xl/workbook.xml: the relationship id of the first sheet.
struct WorkbookHandler : XmlHandler {
    std::optional<std::string> firstSheet;
    void start(std::string_view name, const char **attributes) override
    {
        if (name == "sheet" && !firstSheet)
            if (const char *id = attribute(attributes, "id"))
                firstSheet = id;
    }
    void end(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: where the parts are.
struct RelationsHandler : XmlHandler {
    static constexpr std::size_t MaxRelations = 10'000;
    struct Relation {
        std::string id, type, target;
    };
    std::vector<Relation> relations;
    void start(std::string_view name, const char **attributes) override
    {
        if (name != "Relationship")
            return;
        if (relations.size() >= MaxRelations)
            return stop(trygg::trCount("the workbook lists more than %n part", "the workbook lists more than %n parts",
                                       static_cast<long long>(MaxRelations)));
        const char *id = attribute(attributes, "Id");
        const char *type = attribute(attributes, "Type");
        const char *target = attribute(attributes, "Target");
        if (id && target)
            relations.push_back({id, type ? type : "", target});
    }
    void end(std::string_view) override {}
};

std::string partPath(const std::string &target)
{
    if (target.starts_with('/'))
        return target.substr(1);
    std::string path = target;
    while (path.starts_with("./"))
        path.erase(0, 2);
    return "xl/" + path;
}

struct SharedStringsHandler : XmlHandler {
    explicit SharedStringsHandler(std::size_t maxStrings) : maxStrings(maxStrings) {}
    std::size_t maxStrings;
    std::vector<std::string> strings;
    std::string current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // <rPh> runs are reading aids, not part of the text
    void start(std::string_view name, const char **) override
    {
        if (name == "si") {
            inItem = true;
            current.clear();
        } else if (name == "rPh") {
            ++phonetic;
        } else if (name == "t" && inItem && phonetic == 0) {
            inText = true;
        }
    }
    void end(std::string_view name) override
    {
        if (name == "si") {
            if (strings.size() >= maxStrings)
                return stop(trygg::trCount("the workbook has more than %n shared text",
                                           "the workbook has more than %n shared texts",
                                           static_cast<long long>(maxStrings)));
            strings.push_back(std::move(current));
            current.clear();
            inItem = false;
        } else if (name == "rPh") {
            --phonetic;
        } else if (name == "t") {
            inText = false;
        }
    }
    void text(std::string_view text) override
    {
        if (inText)
            current.append(text);
    }
};

// Built-in date formats (ECMA-376 §18.8.30) and custom ones with a day or year in them.
bool isDateFormat(int id, const std::string &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    bool quoted = false;
    int bracket = 0;
    for (char ch : code) {
        if (ch == '"')
            quoted = !quoted;
        else if (!quoted && ch == '[')
            ++bracket;
        else if (!quoted && ch == ']')
            --bracket;
        else if (!quoted && bracket == 0 && (ch == 'd' || ch == 'D' || ch == 'y' || ch == 'Y'))
            return true;
    }
    return false;
}

// xl/styles.xml: which cell formats (the `s` of a cell) are dates.
struct StylesHandler : XmlHandler {
    std::map<int, std::string> customFormats;
    std::vector<int> cellFormats; // numFmtId of each <xf> in <cellXfs>
    bool inCellXfs = false;
    void start(std::string_view name, const char **attributes) override
    {
        if (name == "numFmt") {
            const char *id = attribute(attributes, "numFmtId");
            const char *code = attribute(attributes, "formatCode");
            if (const auto number = integerAttribute(id); number && code)
                customFormats[static_cast<int>(std::clamp<long long>(*number, -1, 100'000))] = code;
        } else if (name == "cellXfs") {
            inCellXfs = true;
        } else if (name == "xf" && inCellXfs) {
            const auto id = integerAttribute(attribute(attributes, "numFmtId"));
            cellFormats.push_back(id ? static_cast<int>(std::clamp<long long>(*id, -1, 100'000)) : 0);
        }
    }
    void end(std::string_view name) override
    {
        if (name == "cellXfs")
            inCellXfs = false;
    }
    std::vector<bool> dateStyles() const
    {
        std::vector<bool> dates;
        for (int id : cellFormats) {
            const auto custom = customFormats.find(id);
            dates.push_back(isDateFormat(id, custom == customFormats.end() ? std::string() : custom->second));
        }
        return dates;
    }
};

// "B12" -> column 1 (0-based); -1 if the reference has no letters.
int columnOfReference(std::string_view reference)
{
    int column = 0;
    std::size_t i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char ch = reference[i];
        if (ch >= 'A' && ch <= 'Z')
            column = column * 26 + (ch - 'A' + 1);
        else if (ch >= 'a' && ch <= 'z')
            column = column * 26 + (ch - 'a' + 1);
        else
            break;
    }
    return i == 0 ? -1 : column - 1;
}

std::string numberText(const std::string &raw, bool isDate)
{
    double value = 0;
    auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (raw.empty() || ec != std::errc() || end != raw.data() + raw.size() || !std::isfinite(value))
        return raw;
    if (isDate && value >= 1 && value < 2958466) {
        // Serial days since 1899-12-30 in the 1900 date system (which counts a 29 February 1900).
        return Date{1899, 12, 30}.addDays(static_cast<int>(std::floor(value < 61 ? value + 1 : value))).toIso();
    }
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return raw;
}

struct SheetHandler : XmlHandler {
    SheetHandler(const std::vector<std::string> &strings, const std::vector<bool> &dates, const XlsxLimits &limits)
        : strings(strings), dates(dates), limits(limits)
    {
    }
    const std::vector<std::string> &strings;
    const std::vector<bool> &dates;
    const XlsxLimits &limits;
    std::vector<CsvRecord> records;

    int rows = 0;
    std::size_t cells = 0;
    std::size_t textBytes = 0;
    int rowNumber = 0;
    int column = -1;
    std::string type;
    int style = -1;
    std::string reference;
    std::string value;
    bool inCell = false;
    bool capture = false;
    bool inInline = false;
    int phonetic = 0;

    void start(std::string_view name, const char **attributes) override
    {
        if (name == "row") {
            if (++rows > limits.maxRows)
                return stop(trygg::trCount("the sheet has more than %n row", "the sheet has more than %n rows",
                                           limits.maxRows));
            const char *r = attribute(attributes, "r");
            const std::optional<long long> number = r ? integerAttribute(r) : rowNumber + 1;
            if (!number || *number < 1 || *number > 1'048'576)
                return stop(trygg::trMsg("a row has the invalid number '%1'", r ? r : ""));
            rowNumber = static_cast<int>(*number);
            column = -1;
            records.push_back(CsvRecord{rowNumber, {}});
        } else if (name == "c" && !records.empty()) {
            const char *r = attribute(attributes, "r");
            reference = r ? r : "";
            const int fromReference = r ? columnOfReference(r) : -1;
            column = fromReference >= 0 ? fromReference : column + 1;
            if (column >= limits.maxColumns)
                return stop(trygg::trCount("the sheet has more than %n column (cell %1)",
                                           "the sheet has more than %n columns (cell %1)", limits.maxColumns,
                                           reference));
            const char *t = attribute(attributes, "t");
            type = t ? t : "n";
            const auto s = integerAttribute(attribute(attributes, "s"));
            style = s && *s >= 0 && *s < 1'000'000 ? static_cast<int>(*s) : -1;
            value.clear();
            inCell = true;
        } else if (inCell && name == "v") {
            capture = true;
        } else if (inCell && name == "is") {
            inInline = true;
        } else if (inInline && name == "rPh") {
            ++phonetic;
        } else if (inInline && name == "t" && phonetic == 0) {
            capture = true;
        }
    }

    void end(std::string_view name) override
    {
        if (name == "v" || name == "t") {
            capture = false;
        } else if (name == "rPh") {
            --phonetic;
        } else if (name == "is") {
            inInline = false;
        } else if (name == "c" && inCell) {
            inCell = false;
            finishCell();
        } else if (name == "row" && !records.empty()) {
            auto &fields = records.back().fields;
            while (!fields.empty() && fields.back().empty())
                fields.pop_back();
            if (fields.empty())
                records.pop_back();
        }
    }

    void text(std::string_view text) override
    {
        if (capture)
            value.append(text);
    }

    void finishCell()
    {
        std::string cell;
        if (type == "s") {
            char *end = nullptr;
            const long index = std::strtol(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || index < 0 || static_cast<std::size_t>(index) >= strings.size())
                return stop(trygg::trMsg("cell %1 refers to shared string '%2', but the workbook has %3", reference,
                                         value, strings.size()));
            cell = strings[static_cast<std::size_t>(index)];
        } else if (type == "b") {
            cell = value == "1" ? "yes" : value == "0" ? "no" : value;
        } else if (type == "d") { // an ISO 8601 date cell: "2025-03-01T00:00:00"
            cell = value.size() >= 10 && Date::parse(value.substr(0, 10)) ? value.substr(0, 10) : value;
        } else if (type == "n") {
            const bool isDate =
                style >= 0 && static_cast<std::size_t>(style) < dates.size() && dates[static_cast<std::size_t>(style)];
            cell = numberText(value, isDate);
        } else { // inlineStr, str (a formula's text), e (an error such as #N/A)
            cell = value;
        }
        textBytes += cell.size();
        if (textBytes > limits.maxTextBytes)
            return stop(
                trygg::trMsg("the sheet holds more than %1 MB of text; the file is refused as a possible zip bomb",
                             limits.maxTextBytes >> 20));
        auto &fields = records.back().fields;
        if (fields.size() <= static_cast<std::size_t>(column)) {
            cells += static_cast<std::size_t>(column) + 1 - fields.size();
            if (cells > limits.maxCells)
                return stop(trygg::trCount("the sheet has more than %n cell (cell %1)",
                                           "the sheet has more than %n cells (cell %1)",
                                           static_cast<long long>(limits.maxCells), reference));
            fields.resize(static_cast<std::size_t>(column) + 1);
        }
        fields[static_cast<std::size_t>(column)] = std::move(cell);
    }
};

} // namespace

CsvTable readXlsx(const std::string &path, const XlsxLimits &limits)
{
    // The archive is read from the disk as it goes: a FIFO would make that wait for a writer for ever.
    std::error_code ec;
    if (const auto status = std::filesystem::status(files::pathFromUtf8(path), ec);
        !ec && status.type() != std::filesystem::file_type::regular)
        throw InputError(trygg::trMsg("%1: not a plain file (a folder, a pipe or a device); nothing was read", path));
    ZipReader zip(path, limits);
    const std::string workbookPart = "xl/workbook.xml";
    const auto workbookXml = zip.read(workbookPart);
    if (!workbookXml)
        zip.fail(workbookPart, trygg::trMsg("missing: this is a zip archive but not an XLSX workbook"));
    WorkbookHandler workbook;
    parseXml(*workbookXml, workbook, zip, workbookPart);
    if (!workbook.firstSheet)
        zip.fail(workbookPart, trygg::trMsg("the workbook has no sheet"));

    const std::string relationsPart = "xl/_rels/workbook.xml.rels";
    const auto relationsXml = zip.read(relationsPart);
    if (!relationsXml)
        zip.fail(relationsPart, trygg::trMsg("missing: the workbook does not say where its sheets are"));
    RelationsHandler relations;
    parseXml(*relationsXml, relations, zip, relationsPart);
    std::optional<std::string> sheetPart;
    std::string stringsPart = "xl/sharedStrings.xml";
    std::string stylesPart = "xl/styles.xml";
    for (const auto &relation : relations.relations) {
        if (relation.id == *workbook.firstSheet)
            sheetPart = partPath(relation.target);
        else if (relation.type.ends_with("/sharedStrings"))
            stringsPart = partPath(relation.target);
        else if (relation.type.ends_with("/styles"))
            stylesPart = partPath(relation.target);
    }
    if (!sheetPart)
        zip.fail(relationsPart, trygg::trMsg("the first sheet ('%1') is not listed", *workbook.firstSheet));

    SharedStringsHandler strings(limits.maxCells);
    if (const auto xml = zip.read(stringsPart))
        parseXml(*xml, strings, zip, stringsPart);
    StylesHandler styles;
    if (const auto xml = zip.read(stylesPart))
        parseXml(*xml, styles, zip, stylesPart);
    const std::vector<bool> dates = styles.dateStyles();

    const auto sheetXml = zip.read(*sheetPart);
    if (!sheetXml)
        zip.fail(*sheetPart, trygg::trMsg("missing: the workbook's first sheet is not in the file"));
    SheetHandler sheet(strings.strings, dates, limits);
    parseXml(*sheetXml, sheet, zip, *sheetPart);

    CsvTable table;
    if (sheet.records.empty())
        throw InputError(trygg::trMsg("%1: the first sheet is empty (no header row)", path));
    // A sheet may have a title above its table ("IT Systemer Overblik", a date): the header is the first
    // row with two or more cells filled, if one comes within the first ten; the rows above it are skipped.
    const auto filled = [](const CsvRecord &record) {
        return std::count_if(record.fields.begin(), record.fields.end(),
                             [](const std::string &cell) { return !trim(cell).empty(); });
    };
    std::size_t header = 0;
    if (filled(sheet.records.front()) < 2) {
        for (std::size_t i = 1; i < sheet.records.size() && i < 10; ++i)
            if (filled(sheet.records[i]) >= 2) {
                header = i;
                break;
            }
    }
    table.headerRow = sheet.records[header].row;
    table.header = std::move(sheet.records[header].fields);
    table.records.assign(std::make_move_iterator(sheet.records.begin() + static_cast<std::ptrdiff_t>(header) + 1),
                         std::make_move_iterator(sheet.records.end()));
    return table;
}

CsvTable readImportFile(const std::string &path)
{
    // An XLSX is read part by part from the disk (ZipReader); only a CSV is held whole, and only up to its limit.
    const std::string extension = foldCase(files::utf8Of(files::pathFromUtf8(path).extension()));
    if (extension == ".xlsx")
        return readXlsx(path);
    const std::string content = files::readBoundedFile(path, MaxImportBytes, trygg::trMsg("an import file"));
    if (content.starts_with("PK\x03\x04"))
        return readXlsx(path);
    if (content.starts_with("\xD0\xCF\x11\xE0"))
        throw InputError(
            trygg::trMsg("%1: this is an old Excel .xls file; save it as .xlsx or CSV and import that", path));
    return parseCsv(content, path);
}

} // namespace trygg
