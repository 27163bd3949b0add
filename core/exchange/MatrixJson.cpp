// SPDX-License-Identifier: EUPL-1.2
#include "exchange/MatrixJson.h"

#include "exchange/Json.h"
#include "model/Error.h"
#include "model/Text.h"
#include "storage/Validation.h"

#include <set>
#include <utility>

namespace trygg {
namespace {

constexpr const char *FormatName = "trygg-matrix";
constexpr int FormatVersion = 1;
// In characters, as the register counts them (validation::fromFile), so that what `--export` writes
// `--import` takes back (issue 12: counting bytes refused a label of 300 "æ").
constexpr std::size_t MaxLabelLength = validation::MaxNameLength;
constexpr std::size_t MaxDefinitionLength = validation::MaxTextLength;
constexpr std::size_t MaxPresetLength = validation::MaxNameLength;
constexpr int MaxScore = RiskMatrix::MaxScore;
// The problems listed in one message; a hand-made file may have many more.
constexpr std::size_t MaxProblemsShown = 20;

// Appends "key": value lines with two-space indentation.
std::string levelsJson(const std::vector<Level> &levels)
{
    std::string out = "[\n";
    for (std::size_t i = 0; i < levels.size(); ++i)
        out += "    {\"label\": " + json::quote(levels[i].label) +
               ", \"definition\": " + json::quote(levels[i].definition) + "}" + (i + 1 < levels.size() ? "," : "") +
               "\n";
    return out + "  ]";
}

using json::Value;

// Reads the fields of one object, naming each by its path ("zones[2].colour") in messages. Its messages are
// written trygg::trMsg: unqualified, lupdate would file them under the class, where the translator never looks.
class Reader {
public:
    explicit Reader(const std::string &source) : m_source(source) {}

    [[noreturn]] void fail(const Value &at, const Message &what) const
    {
        throw InputError(trygg::trMsg("%1: line %2, column %3: %4", m_source, at.line, at.column, what));
    }

    void requireType(const Value &value, Value::Type type, const std::string &path) const
    {
        if (value.type != type)
            fail(value,
                 trygg::trMsg("'%1' must be %2, not %3", path, json::typeName(type), json::typeName(value.type)));
    }

    // Refuses members other than `known`: a misspelt field would otherwise be silently ignored.
    void onlyFields(const Value &object, std::initializer_list<const char *> known, const std::string &path) const
    {
        for (const auto &[key, value] : object.members) {
            bool found = false;
            for (const char *name : known)
                found = found || key == name;
            if (!found) {
                std::string list;
                for (const char *name : known)
                    list += (list.empty() ? "" : ", ") + std::string(name);
                fail(value, path.empty()
                                ? trygg::trMsg("unknown field '%1'; the fields are %2", key, list)
                                : trygg::trMsg("unknown field '%1' in '%2'; the fields are %3", key, path, list));
            }
        }
    }

    const Value &required(const Value &object, const char *key, const std::string &path) const
    {
        if (const Value *value = object.find(key))
            return *value;
        fail(object, trygg::trMsg("the field '%1' is missing", qualified(path, key)));
    }

    std::string text(const Value &object, const char *key, const std::string &path, bool isRequired,
                     std::size_t maxLength) const
    {
        const Value *value = object.find(key);
        if (!value) {
            if (isRequired)
                fail(object, trygg::trMsg("the field '%1' is missing", qualified(path, key)));
            return {};
        }
        requireType(*value, Value::Type::String, qualified(path, key));
        if (const std::size_t length = characterCount(value->text); length > maxLength)
            fail(*value,
                 trygg::trMsg("'%1' is too long (%2 characters; at most %3)", qualified(path, key), length, maxLength));
        return value->text;
    }

    int integer(const Value &object, const char *key, const std::string &path, int min, int max) const
    {
        const Value &value = required(object, key, path);
        if (value.type != Value::Type::Number || !value.integral)
            fail(value, trygg::trMsg("'%1' must be a whole number, not %2", qualified(path, key),
                                     value.type == Value::Type::Number ? trygg::trMsg("a fraction")
                                                                       : json::typeName(value.type)));
        if (value.integer < min || value.integer > max)
            fail(value, trygg::trMsg("'%1' is %2; it must be %3 to %4", qualified(path, key), value.integer, min, max));
        return static_cast<int>(value.integer);
    }

    bool boolean(const Value &object, const char *key, const std::string &path, bool fallback) const
    {
        const Value *value = object.find(key);
        if (!value)
            return fallback;
        requireType(*value, Value::Type::Boolean, qualified(path, key));
        return value->boolean;
    }

    std::vector<Level> levels(const Value &root, const char *axis) const
    {
        const Value &list = required(root, axis, "");
        requireType(list, Value::Type::Array, axis);
        if (list.items.size() < static_cast<std::size_t>(RiskMatrix::MinLevels) ||
            list.items.size() > static_cast<std::size_t>(RiskMatrix::MaxLevels))
            fail(list, trygg::trCount("'%1' has %n level; it needs %2 to %3", "'%1' has %n levels; it needs %2 to %3",
                                      static_cast<long long>(list.items.size()), axis, RiskMatrix::MinLevels,
                                      RiskMatrix::MaxLevels));
        std::vector<Level> levels;
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            const std::string path = std::string(axis) + "[" + std::to_string(i + 1) + "]";
            const Value &item = list.items[i];
            requireType(item, Value::Type::Object, path);
            onlyFields(item, {"label", "definition"}, path);
            levels.push_back({text(item, "label", path, true, MaxLabelLength),
                              text(item, "definition", path, false, MaxDefinitionLength)});
        }
        return levels;
    }

    static std::string qualified(const std::string &path, const char *key)
    {
        return path.empty() ? std::string(key) : path + "." + key;
    }

private:
    const std::string &m_source;
};

} // namespace

std::string matrixToJson(const RiskMatrix &matrix)
{
    std::string out = "{\n";
    out += "  \"format\": " + json::quote(FormatName) + ",\n";
    out += "  \"version\": " + std::to_string(FormatVersion) + ",\n";
    out += "  \"preset\": " + json::quote(matrix.preset) + ",\n";
    out += std::string("  \"many_affected_raises\": ") + (matrix.manyAffectedRaises ? "true" : "false") + ",\n";
    out += "  \"probability\": " + levelsJson(matrix.probability) + ",\n";
    out += "  \"consequence\": " + levelsJson(matrix.consequence) + ",\n";
    out += "  \"zones\": [\n";
    for (std::size_t i = 0; i < matrix.zones.size(); ++i) {
        const Zone &zone = matrix.zones[i];
        out += "    {\"name\": " + json::quote(zone.name) + ", \"colour\": " + json::quote(zone.colour) +
               ", \"min_score\": " + std::to_string(zone.minScore) +
               ", \"max_score\": " + std::to_string(zone.maxScore) +
               ", \"acceptable\": " + (zone.acceptable ? "true" : "false") + "}" +
               (i + 1 < matrix.zones.size() ? "," : "") + "\n";
    }
    out += "  ],\n";
    std::vector<std::string> cells;
    for (int p = 1; p <= matrix.probabilityLevels(); ++p)
        for (int c = 1; c <= matrix.consequenceLevels(); ++c)
            if (const std::optional<int> zone = matrix.cellZone(p, c))
                cells.push_back("    {\"probability\": " + std::to_string(p) + ", \"consequence\": " +
                                std::to_string(c) + ", \"zone\": " + std::to_string(*zone + 1) + "}");
    out += "  \"cells\": [";
    for (std::size_t i = 0; i < cells.size(); ++i)
        out += (i == 0 ? "\n" : ",\n") + cells[i];
    out += cells.empty() ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

RiskMatrix matrixFromJson(std::string_view text, const std::string &source)
{
    const Value root = json::parse(text, source);
    const Reader reader(source);
    if (root.type != Value::Type::Object)
        reader.fail(root,
                    trygg::trMsg("a matrix definition is a JSON object ({...}), not %1", json::typeName(root.type)));
    reader.onlyFields(
        root, {"format", "version", "preset", "many_affected_raises", "probability", "consequence", "zones", "cells"},
        "");
    if (reader.text(root, "format", "", true, 100) != FormatName)
        reader.fail(*root.find("format"),
                    trygg::trMsg("'format' must be \"%1\": this is not a Trygg matrix definition", FormatName));
    const Value &version = reader.required(root, "version", "");
    if (version.type != Value::Type::Number || !version.integral || version.integer != FormatVersion)
        reader.fail(version,
                    trygg::trMsg("'version' must be %1; this file may come from a newer Trygg", FormatVersion));

    RiskMatrix matrix;
    matrix.preset = reader.text(root, "preset", "", false, MaxPresetLength);
    if (matrix.preset.empty())
        matrix.preset = "custom";
    matrix.manyAffectedRaises = reader.boolean(root, "many_affected_raises", "", true);
    matrix.probability = reader.levels(root, "probability");
    matrix.consequence = reader.levels(root, "consequence");

    const Value &zones = reader.required(root, "zones", "");
    reader.requireType(zones, Value::Type::Array, "zones");
    if (zones.items.empty())
        reader.fail(zones, trygg::trMsg("'zones' is empty; the matrix needs at least one zone"));
    if (zones.items.size() > static_cast<std::size_t>(RiskMatrix::MaxZones))
        reader.fail(zones, trygg::trCount("'zones' has %n zone; a matrix has at most %1",
                                          "'zones' has %n zones; a matrix has at most %1",
                                          static_cast<long long>(zones.items.size()), RiskMatrix::MaxZones));
    for (std::size_t i = 0; i < zones.items.size(); ++i) {
        const std::string path = "zones[" + std::to_string(i + 1) + "]";
        const Value &item = zones.items[i];
        reader.requireType(item, Value::Type::Object, path);
        reader.onlyFields(item, {"name", "colour", "min_score", "max_score", "acceptable"}, path);
        Zone zone;
        zone.name = reader.text(item, "name", path, true, MaxLabelLength);
        zone.colour = reader.text(item, "colour", path, true, 7);
        zone.minScore = reader.integer(item, "min_score", path, 1, MaxScore);
        zone.maxScore = reader.integer(item, "max_score", path, 1, MaxScore);
        zone.acceptable = reader.boolean(item, "acceptable", path, false);
        matrix.zones.push_back(std::move(zone));
    }

    if (const Value *cells = root.find("cells")) {
        reader.requireType(*cells, Value::Type::Array, "cells");
        const auto cellCount = static_cast<std::size_t>(matrix.probabilityLevels() * matrix.consequenceLevels());
        if (cells->items.size() > cellCount)
            reader.fail(*cells, trygg::trCount("'cells' lists %n cell; the matrix has only %1",
                                               "'cells' lists %n cells; the matrix has only %1",
                                               static_cast<long long>(cells->items.size()), cellCount));
        std::set<std::pair<int, int>> seen;
        for (std::size_t i = 0; i < cells->items.size(); ++i) {
            const std::string path = "cells[" + std::to_string(i + 1) + "]";
            const Value &item = cells->items[i];
            reader.requireType(item, Value::Type::Object, path);
            reader.onlyFields(item, {"probability", "consequence", "zone"}, path);
            const int p = reader.integer(item, "probability", path, 1, matrix.probabilityLevels());
            const int c = reader.integer(item, "consequence", path, 1, matrix.consequenceLevels());
            const int zone = reader.integer(item, "zone", path, 1, static_cast<int>(matrix.zones.size()));
            if (!seen.emplace(p, c).second)
                reader.fail(item,
                            trygg::trMsg("'%1': the cell probability %2 x consequence %3 is listed twice", path, p, c));
            matrix.setCellZone(p, c, zone - 1);
        }
    }

    if (const std::vector<Message> problems = matrix.problems(); !problems.empty()) {
        Message all = problems.front();
        for (std::size_t i = 1; i < problems.size() && i < MaxProblemsShown; ++i)
            all = trygg::trMsg("%1; %2", all, problems[i]);
        if (problems.size() > MaxProblemsShown)
            all = trygg::trCount("%1; and %n more", "%1; and %n more",
                                 static_cast<long long>(problems.size() - MaxProblemsShown), all);
        throw InputError(trygg::trMsg("%1: the matrix is not valid: %2", source, all));
    }
    return matrix;
}

} // namespace trygg
