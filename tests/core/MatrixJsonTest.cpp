// SPDX-License-Identifier: EUPL-1.2
// Issue 4: "Import and export a matrix definition as a small JSON file so a municipality can share its
// own." Round trips, and hostile or wrong files refused with the line and field named.
#include "TempDir.h"

#include "exchange/Json.h"
#include "exchange/MatrixJson.h"
#include "matrix/Presets.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace trygg;

namespace {

void expectSameMatrix(const RiskMatrix &a, const RiskMatrix &b)
{
    EXPECT_EQ(a.preset, b.preset);
    EXPECT_EQ(a.manyAffectedRaises, b.manyAffectedRaises);
    ASSERT_EQ(a.probabilityLevels(), b.probabilityLevels());
    ASSERT_EQ(a.consequenceLevels(), b.consequenceLevels());
    for (std::size_t i = 0; i < a.probability.size(); ++i) {
        EXPECT_EQ(a.probability[i].label, b.probability[i].label);
        EXPECT_EQ(a.probability[i].definition, b.probability[i].definition);
    }
    for (std::size_t i = 0; i < a.consequence.size(); ++i) {
        EXPECT_EQ(a.consequence[i].label, b.consequence[i].label);
        EXPECT_EQ(a.consequence[i].definition, b.consequence[i].definition);
    }
    ASSERT_EQ(a.zones.size(), b.zones.size());
    for (std::size_t i = 0; i < a.zones.size(); ++i) {
        EXPECT_EQ(a.zones[i].name, b.zones[i].name);
        EXPECT_EQ(a.zones[i].colour, b.zones[i].colour);
        EXPECT_EQ(a.zones[i].minScore, b.zones[i].minScore);
        EXPECT_EQ(a.zones[i].maxScore, b.zones[i].maxScore);
        EXPECT_EQ(a.zones[i].acceptable, b.zones[i].acceptable);
    }
    for (int p = 1; p <= a.probabilityLevels(); ++p)
        for (int c = 1; c <= a.consequenceLevels(); ++c) {
            EXPECT_EQ(a.cellZone(p, c), b.cellZone(p, c)) << p << "x" << c;
            EXPECT_EQ(a.zoneIndexOf(p, c), b.zoneIndexOf(p, c)) << p << "x" << c;
        }
}

// The message matrixFromJson throws for `text`, or "" if it accepts it.
std::string refusal(const std::string &text)
{
    try {
        matrixFromJson(text, "m.json");
    } catch (const InputError &error) {
        return error.what();
    }
    return {};
}

// A valid 3x3 definition with one override, laid out over known lines.
const char *const Small = R"({
  "format": "trygg-matrix",
  "version": 1,
  "preset": "no",
  "probability": [{"label": "Lav"}, {"label": "Middels"}, {"label": "Høy", "definition": "Ofte."}],
  "consequence": [{"label": "Liten"}, {"label": "Middels"}, {"label": "Stor"}],
  "zones": [
    {"name": "Grønn", "colour": "#00aa00", "min_score": 1, "max_score": 2, "acceptable": true},
    {"name": "Gul", "colour": "#ffcc00", "min_score": 3, "max_score": 4},
    {"name": "Rød", "colour": "#cc0000", "min_score": 6, "max_score": 9}
  ],
  "cells": [{"probability": 1, "consequence": 3, "zone": 3}]
}
)";

// `Small` with `from` replaced by `to` (which must occur once).
std::string smallWith(const std::string &from, const std::string &to)
{
    std::string text = Small;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

} // namespace

TEST(MatrixJson, EveryPresetSurvivesTheRoundTrip)
{
    for (const std::string &name : presetNames()) {
        SCOPED_TRACE(name);
        const RiskMatrix preset = presetMatrix(name);
        const std::string json = matrixToJson(preset);
        expectSameMatrix(matrixFromJson(json, "preset.json"), preset);
        // Writing what was read gives the same text: nothing is lost or reordered.
        EXPECT_EQ(matrixToJson(matrixFromJson(json, "preset.json")), json);
    }
}

TEST(MatrixJson, TheSwedishCornersAreWrittenAsCells)
{
    const std::string json = matrixToJson(presetMatrix("se"));
    EXPECT_NE(json.find("{\"probability\": 1, \"consequence\": 4, \"zone\": 3}"), std::string::npos) << json;
    EXPECT_NE(json.find("{\"probability\": 4, \"consequence\": 1, \"zone\": 3}"), std::string::npos) << json;
    EXPECT_NE(json.find("\"format\": \"trygg-matrix\""), std::string::npos);
    EXPECT_NE(json.find("\"name\": \"Extremt hög\""), std::string::npos) << json;
}

TEST(MatrixJson, AwkwardTextSurvivesTheRoundTrip)
{
    RiskMatrix matrix = presetMatrix("iso");
    matrix.preset = "kommune \"x\"";
    matrix.probability[0] = {"Sjelden \\ aldri", "Linje 1\nLinje 2\tmed tab og \"sitat\" og æøå ÆØÅ äö 🙂"};
    matrix.consequence[2].definition = std::string("ctrl \x01 char");
    matrix.manyAffectedRaises = false;
    matrix.setCellZone(5, 1, 0);
    expectSameMatrix(matrixFromJson(matrixToJson(matrix), "x.json"), matrix);
}

TEST(MatrixJson, ReadsAHandWrittenDefinition)
{
    const RiskMatrix matrix = matrixFromJson(std::string("\xEF\xBB\xBF") + Small, "m.json");
    EXPECT_EQ(matrix.preset, "no");
    EXPECT_TRUE(matrix.manyAffectedRaises); // the default: 003 section 5.1
    EXPECT_EQ(matrix.probability[2].label, "Høy");
    EXPECT_EQ(matrix.probability[2].definition, "Ofte.");
    EXPECT_EQ(matrix.probability[0].definition, "");
    EXPECT_TRUE(matrix.zones[0].acceptable);
    EXPECT_FALSE(matrix.zones[1].acceptable);
    EXPECT_EQ(matrix.zoneIndexOf(1, 3), 2); // the override
    EXPECT_EQ(matrix.zoneIndexOf(3, 1), 1); // score 3 by band
    EXPECT_EQ(matrix.id, 0);

    // Escapes, including a character outside the BMP as a surrogate pair.
    const RiskMatrix escaped = matrixFromJson(smallWith("\"Lav\"", "\"L\\u00e5g \\ud83d\\ude42 \\/\""), "m.json");
    EXPECT_EQ(escaped.probability[0].label, "Låg 🙂 /");
    EXPECT_EQ(matrixFromJson(smallWith("\"preset\": \"no\",\n", ""), "m.json").preset, "custom");
}

TEST(MatrixJson, SyntaxErrorsNameTheLineAndColumn)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "m.json: line 1, column 1: the file is empty"},
        {"   \n  ", "m.json: line 2, column 3: the file is empty"},
        {"{", "line 1, column 2: expected a field name in double quotes, found end of file"},
        {"{\"format\": \"trygg-matrix\",}", "line 1, column 27: expected a field name in double quotes, found '}' "
                                            "(a comma before '}' is not allowed)"},
        {"[1, 2,]", "line 1, column 7: a comma before ']' is not allowed"},
        {"// comment\n{}", "line 1, column 1: expected a value"},
        {"{'format': 1}", "line 1, column 2: expected a field name in double quotes, found '''"},
        {"{\"a\": tru}", "line 1, column 7: expected a value, found 't'"},
        {"{\"a\": 01}", "line 1, column 8: a number must not start with 0"},
        {"{\"a\": NaN}", "line 1, column 7: expected a value"},
        {"{\"a\": 1e999}", "line 1, column 7: the number 1e999 is too large"},
        {"{\"a\": \"x\ny\"}", "line 1, column 9: a line break inside text must be written \\n"},
        {"{\"a\": \"\\q\"}", "line 1, column 10: unknown escape '\\q' in text"},
        {"{\"a\": \"\\ud800\"}", "must be followed by the second half of its character"},
        {"{\"a\": \"\\udc00\"}", "is half of a character (a lone surrogate)"},
        {"{\"a\": \"\\u0000\"}", "must not contain the character \\u0000"},
        {"{\"a\": \"\xff\"}", "line 1, column 8: the text is not valid UTF-8 (byte 0xff)"},
        {"{\"a\": \"\xc3\"}", "the text is not valid UTF-8 (byte 0x22 inside a character)"},
        {"{\"a\": \"\xed\xa0\x80\"}", "the text is not valid UTF-8"},
        {"{\"a\": \"unterminated", "the text has no closing '\"'"},
        {"{\"a\" 1}", "line 1, column 6: expected ':' after the field name, found '1'"},
        {"{\"a\": 1 \"b\": 2}", "line 1, column 9: expected ',' or '}', found '\"'"},
        {"{\"a\": 1, \"a\": 2}", "line 1, column 10: the field 'a' appears twice in the same object"},
        {"{}\n{}", "line 2, column 1: unexpected '{' after the end of the document"},
        {std::string(100, '['), "nests deeper than 32 levels"},
        {"{\"ø\": \"å\"} x", "line 1, column 12: unexpected 'x'"}, // columns count characters, not bytes
    };
    for (const auto &[text, expected] : cases) {
        const std::string message = refusal(text);
        EXPECT_NE(message.find(expected), std::string::npos) << "input: " << text << "\nmessage: " << message;
    }
    EXPECT_NE(refusal(std::string(json::MaxDocumentBytes + 1, ' ')).find("a matrix definition is at most"),
              std::string::npos);
}

TEST(MatrixJson, WrongFieldsAreNamedWithTheirLine)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"[]", "m.json: line 1, column 1: a matrix definition is a JSON object ({...}), not a list"},
        {smallWith("\"trygg-matrix\"", "\"excel\""), "line 2, column 13: 'format' must be \"trygg-matrix\""},
        {smallWith("\"version\": 1", "\"version\": 2"), "line 3, column 14: 'version' must be 1"},
        {smallWith("\"version\": 1,\n", ""), "line 1, column 1: the field 'version' is missing"},
        {smallWith("\"preset\"", "\"presets\""), "line 4, column 14: unknown field 'presets'; the fields are format, "
                                                 "version, preset"},
        {smallWith("{\"label\": \"Liten\"}", "{\"label\": \"Liten\", \"colour\": \"#000000\"}"),
         "line 6, column 48: unknown field 'colour' in 'consequence[1]'"},
        {smallWith("{\"label\": \"Middels\"}, {\"label\": \"Høy\"",
                   "{\"label\": \"Middels\"}, {\"text\": \"Høy\", \"label\": 3"),
         "unknown field 'text' in 'probability[3]'"},
        {smallWith("{\"label\": \"Lav\"}", "{\"definition\": \"x\"}"),
         "line 5, column 19: the field 'probability[1].label' is missing"},
        {smallWith("{\"label\": \"Lav\"}", "{\"label\": 1}"), "line 5, column 29: 'probability[1].label' must be "
                                                              "text, not a number"},
        {smallWith("{\"label\": \"Lav\"}, ", ""), "line 5, column 18: 'probability' has 2 levels; it needs 3 to 6"},
        {smallWith("\"probability\": [{\"label\": \"Lav\"}, {\"label\": \"Middels\"}, {\"label\": \"Høy\", "
                   "\"definition\": \"Ofte.\"}]",
                   "\"probability\": {\"label\": \"Lav\"}"),
         "line 5, column 18: 'probability' must be a list, not an object"},
        {smallWith("\"min_score\": 3", "\"min_score\": \"3\""),
         "line 9, column 55: 'zones[2].min_score' must be a whole number, not text"},
        {smallWith("\"min_score\": 3", "\"min_score\": 2.5"), "'zones[2].min_score' must be a whole number, not a "
                                                              "fraction"},
        {smallWith("\"max_score\": 9", "\"max_score\": 99999999999"), "line 10, column 71: 'zones[3].max_score' is "
                                                                      "99999999999; it must be 1 to 36"},
        {smallWith("\"acceptable\": true", "\"acceptable\": \"yes\""), "'zones[1].acceptable' must be true or false"},
        {smallWith("\"colour\": \"#ffcc00\"", "\"color\": \"#ffcc00\""), "line 9, column 30: unknown field 'color' "
                                                                         "in 'zones[2]'"},
        {"{\"format\": \"trygg-matrix\", \"version\": 1,\n\"probability\": [{\"label\": \"a\"}, {\"label\": \"b\"}, "
         "{\"label\": \"c\"}],\n\"consequence\": [{\"label\": \"a\"}, {\"label\": \"b\"}, {\"label\": \"c\"}],\n"
         "\"zones\": []}",
         "line 4, column 10: 'zones' is empty; the matrix needs at least one zone"},
        {smallWith("\"zone\": 3", "\"zone\": 4"), "line 12, column 58: 'cells[1].zone' is 4; it must be 1 to 3"},
        {smallWith("\"zone\": 3", "\"zone\": 0"), "'cells[1].zone' is 0; it must be 1 to 3"},
        {smallWith("\"probability\": 1, \"consequence\": 3", "\"probability\": 4, \"consequence\": 3"),
         "'cells[1].probability' is 4; it must be 1 to 3"},
        {smallWith("\"zone\": 3}]", "\"zone\": 3}, {\"probability\": 1, \"consequence\": 3, \"zone\": 2}]"),
         "line 12, column 62: 'cells[2]': the cell probability 1 x consequence 3 is listed twice"},
    };
    for (const auto &[text, expected] : cases) {
        const std::string message = refusal(text);
        EXPECT_NE(message.find(expected), std::string::npos) << "input: " << text << "\nmessage: " << message;
    }
}

// Hostile input: thousands of damaged copies of a valid file are each either read or refused with an
// InputError naming the file; nothing else is thrown and nothing crashes (the suite also runs under
// ASan/UBSan).
TEST(MatrixJson, DamagedFilesAreReadOrRefusedNeverAnythingElse)
{
    std::mt19937 random(20261123);
    const std::string original = matrixToJson(presetMatrix("se"));
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = random() % text.size();
            switch (random() % 4) {
            case 0: text[at] = static_cast<char>(random() % 256); break;
            case 1: text.erase(at, 1 + random() % 8); break;
            case 2: text.insert(at, 1, "{}[],:\"0-e\\u"[random() % 12]); break;
            default: text.resize(at); break; // cut off
            }
        }
        try {
            matrixFromJson(text, "damaged.json");
        } catch (const InputError &error) {
            ++refused;
            EXPECT_EQ(std::string(error.what()).rfind("damaged.json: ", 0), 0u) << error.what();
        } catch (const std::exception &error) {
            ADD_FAILURE() << "unexpected " << error.what() << " for:\n" << text;
        }
    }
    EXPECT_GT(refused, 2500);
}

TEST(MatrixJson, AnInvalidMatrixIsRefusedWithItsProblems)
{
    EXPECT_EQ(refusal(smallWith("\"min_score\": 6", "\"min_score\": 4")),
              "m.json: the matrix is not valid: zone 'Gul' and zone 'Rød' overlap at score 4");
    EXPECT_EQ(refusal(smallWith("\"#00aa00\"", "\"green\"")),
              "m.json: the matrix is not valid: zone 'Grønn' has the colour 'green'; it must be #rrggbb");
    const std::string gap = refusal(smallWith("\"min_score\": 6", "\"min_score\": 7"));
    EXPECT_NE(gap.find("the cell probability 2 x consequence 3 (score 6) has no zone"), std::string::npos) << gap;
    EXPECT_NE(refusal(smallWith("{\"label\": \"Lav\"}", "{\"label\": \"  \"}"))
                  .find("probability level 1 has no "
                        "label"),
              std::string::npos);
}

// Importing makes a new version that becomes current; an assessment made before keeps the criteria
// it was scored against (003 section 5; DOMAIN.md).
TEST(MatrixJson, AnImportedMatrixIsANewCurrentVersionAndOldAssessmentsKeepTheirs)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "Ibestad kommune");
    const Id original = file.info().currentMatrixId;
    RiskAssessment before;
    before.name = "ROS 2025";
    before.date = Clock::todayLocal();
    const Id beforeId = file.addAssessment(before);

    const Id imported = file.addCurrentMatrix(matrixFromJson(Small, "m.json"));
    EXPECT_NE(imported, original);
    EXPECT_EQ(file.info().currentMatrixId, imported);
    RiskAssessment after;
    after.name = "ROS 2026";
    after.date = Clock::todayLocal();
    const Id afterId = file.addAssessment(after);

    const RegisterData data = file.load();
    EXPECT_EQ(RegisterData::findById(data.assessments, beforeId)->matrixId, original);
    EXPECT_EQ(RegisterData::findById(data.assessments, afterId)->matrixId, imported);
    EXPECT_EQ(file.matrix(original).probabilityLevels(), 5);
    EXPECT_EQ(file.matrix(imported).probabilityLevels(), 3);
    EXPECT_EQ(file.matrix(imported).zoneIndexOf(1, 3), 2);

    const std::vector<AuditEntry> trail = file.history();
    bool created = false;
    bool madeCurrent = false;
    for (const AuditEntry &entry : trail) {
        created = created || (entry.action == "create" && entry.objectType == "matrix" && entry.objectId == imported);
        madeCurrent = madeCurrent || (entry.objectType == "register" && entry.field == "current_matrix_id" &&
                                      entry.newValue == std::to_string(imported));
    }
    EXPECT_TRUE(created);
    EXPECT_TRUE(madeCurrent);
}

TEST(MatrixJson, AnInvalidMatrixChangesNothingInTheRegister)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    const Id original = file.info().currentMatrixId;
    const std::size_t trail = file.history().size();
    RiskMatrix broken = presetMatrix("no");
    broken.zones[1].minScore = 3; // overlaps the first zone
    EXPECT_THROW(file.addCurrentMatrix(broken), InputError);
    EXPECT_EQ(file.info().currentMatrixId, original);
    EXPECT_EQ(file.load().matrices.size(), 1u);
    EXPECT_EQ(file.history().size(), trail);
}
