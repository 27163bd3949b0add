// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the XLSX and data-exchange tests share: hand-made zip archives and workbooks, comparing exports, a
// register with a bit of everything (XlsxExchangeTest.cpp, XlsxImportOptionsTest.cpp).
#include "TempDir.h"
#include "TestFiles.h"

#include "demo/DemoGenerator.h"
#include "exchange/Columns.h"
#include "exchange/Csv.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/ExportTable.h"
#include "exchange/Xlsx.h"
#include "model/AuditEntry.h"
#include "model/Error.h"
#include "model/Text.h"
#include "storage/RegisterFile.h"
#include "storage/Validation.h"

#include <gtest/gtest.h>
#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <algorithm>
#include <functional>
#include <set>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>

using namespace trygg;

namespace {

std::string messageOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const InputError &error) {
        return error.what();
    }
    return {};
}

// Writes a zip archive with the given parts, for hand-made (and deliberately broken) workbooks.
void writeZip(const std::string &path, const std::vector<std::pair<std::string, std::string>> &parts)
{
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    ASSERT_NE(zip, nullptr);
    for (const auto &[name, content] : parts) {
        zip_fileinfo info{};
        ASSERT_EQ(zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                        Z_DEFAULT_COMPRESSION, 1),
                  ZIP_OK);
        ASSERT_EQ(zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())), ZIP_OK);
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
}

const char *const WorkbookXml =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char *const RelsXml =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

std::string sheetXml(const std::string &rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

// A workbook as another program would write it: shared strings (one of them rich text with a
// phonetic run), inline strings, numbers, a boolean, a date-formatted number, an empty styled cell.
std::vector<std::pair<std::string, std::string>> handMadeWorkbook(const std::string &sheet)
{
    return {
        {"xl/workbook.xml", WorkbookXml},
        {"xl/_rels/workbook.xml.rels", RelsXml},
        {"xl/sharedStrings.xml",
         R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>name</t></si><si><t>type</t></si><si><r><t>Ger</t></r><r><rPr><b/></rPr><t>ica</t></r><rPh><t>x</t></rPh></si></sst>)"},
        {"xl/styles.xml",
         R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>)"},
        {"xl/worksheets/sheet1.xml", sheet}};
}

class XlsxExchangeTest : public ::testing::Test {
protected:
    XlsxExchangeTest() : file(RegisterFile::create(dir.file("k.trygg"), "no", "K")) {}
    // Whatever the test did through Trygg, the audit trail's chain holds and records every object as it
    // is (issue 12): cascades, imports and combines included.
    void TearDown() override
    {
        for (const Message &problem : file.trailProblems())
            ADD_FAILURE() << problem.english();
    }

    ImportSummary import(ImportKind kind, const std::string &path, RegisterFile &into, ImportOptions options = {})
    {
        return importTable(into, kind, readImportFile(path), path, options);
    }

    TempDir dir;
    RegisterFile file;
};

// Compares two exports line by line, so that a failure shows only the lines that differ. With
// `ranked`, the first column (the priority) is left out and the lines are sorted: lines of equal score
// are ranked by their order in the register, which an import into another register may change. With
// `withoutIds`, the column before the last (the line's id in its register) is left out.
void expectSameLines(const std::string &actual, const std::string &expected, const std::string &what,
                     bool ranked = false, bool withoutIds = false)
{
    auto lines = [ranked, withoutIds](const std::string &text) {
        std::vector<std::string> result;
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find("\r\n", start);
            if (end == std::string::npos)
                end = text.size();
            std::string line = text.substr(start, end - start);
            if (const std::size_t last = line.rfind(';'); withoutIds && last != std::string::npos && last > 0)
                line.erase(line.rfind(';', last - 1), last - line.rfind(';', last - 1));
            result.push_back(ranked && !result.empty() ? line.substr(line.find(';') + 1) : line);
            start = end + 2;
        }
        if (ranked)
            std::sort(result.begin() + 1, result.end());
        return result;
    };
    const auto a = lines(actual);
    const auto e = lines(expected);
    EXPECT_EQ(a.size(), e.size()) << what;
    for (std::size_t i = 0; i < std::min(a.size(), e.size()); ++i)
        EXPECT_EQ(a[i], e[i]) << what << ", line " << i + 1;
}

// A register with a bit of everything: the demo generator's units, people, assets, risks, measures,
// among them lines with the same threat about the same asset in one assessment (issue 11: each is a
// line of its own through export and import).
void fillDemo(RegisterFile &file)
{
    DemoOptions options;
    options.assets = 25;
    options.risks = 60;
    options.seed = 7;
    generateDemo(file, options);
}

} // namespace
