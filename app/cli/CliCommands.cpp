// SPDX-License-Identifier: EUPL-1.2
#include "CliCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "CycleCommands.h"
#include "GrantCommand.h"
#include "MatrixText.h"
#include "RoundCommands.h"
#include "TerminalText.h"
#ifdef TRYGG_WITH_REPORTS
#include "ReportCommand.h"
#endif

#include "check/RegisterCheck.h"
#include "combine/Combine.h"
#include "cycle/DueList.h"
#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/ExportTable.h"
#include "exchange/Json.h"
#include "exchange/MatrixJson.h"
#include "exchange/Xlsx.h"
#include "matrix/MatrixGrid.h"
#include "matrix/Presets.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/Text.h"
#include "model/TrailWords.h"
#include "plan/Prioritisation.h"
#include "platform/Paths.h"
#include "platform/SafeFiles.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/ServerAccess.h"
#include "storage/ServerRegister.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

namespace trygg::cli {
namespace {

// The commands' syntax is the same in every language; the words around it are translated.
const char *const Syntax = R"(
  trygg-cli init FILE --preset no|no-dsb|dk|se|iso [--name NAME]
  trygg-cli init URI --preset no|no-dsb|dk|se|iso [--name NAME]
  trygg-cli copy SOURCE TARGET
  trygg-cli grant URI ROLE --duty section_leader|security_officer|management|reader [--unit NAME]...
            [--person NAME]
  trygg-cli grant URI ROLE --revoke [--unit NAME]...
  trygg-cli grant URI --list
  trygg-cli import assets FILE CSV|XLSX [--skip-invalid-rows]
  trygg-cli import risks FILE CSV|XLSX [--skip-invalid-rows]
  trygg-cli export risks|assets|plan FILE --format csv [--output OUT] [--unit NAME] [--language L]
  trygg-cli export risks|assets|plan FILE --format xlsx --output OUT [--unit NAME] [--language L]
  trygg-cli export plan|form|matrix|assets|review FILE --format pdf|html [--output OUT]
            [--unit NAME] [--assessment NAME] [--year YYYY] [--language L] [--all-units --output DIR]
            [--open-only]
  trygg-cli matrix FILE [--unit NAME] [--residual]
  trygg-cli matrix FILE --export OUT.json | --import IN.json
  trygg-cli check FILE
  trygg-cli demo FILE --assets N --risks M [--seed S] [--preset P] [--name NAME] [--rounds]
  trygg-cli history FILE [--since YYYY-MM-DD] [--format text|csv]
  trygg-cli due FILE [--within DAYS] [--format text|csv]
  trygg-cli combine OUT IN... [--name NAME] [--resolve section|combined|both]
            [--as-new-section IN]...
  trygg-cli approve FILE plan|assessment [--unit NAME] [--assessment NAME] --by NAME --role ROLE
            [--date YYYY-MM-DD]
  trygg-cli accept FILE --risk ID --by NAME --role ROLE --until YYYY-MM-DD --why TEXT [--date YYYY-MM-DD]
  trygg-cli review FILE asset|assessment|measure|document NAME [--unit NAME] --by NAME [--note TEXT]
            [--date YYYY-MM-DD]
  trygg-cli round FILE --unit NAME [--from ASSESSMENT] --name NAME --date YYYY-MM-DD [--assessor NAME]
  trygg-cli compare FILE --from NAME --to NAME [--unit NAME] [--asset NAME] [--format text|csv|html|pdf]
            [--output OUT] [--language L]
  trygg-cli trend FILE [--unit NAME] [--format text|csv]
  trygg-cli --help | --version

)";

std::string usage()
{
    return say(trygg::cli::cliMsg("Usage:")) + Syntax +
           say(trygg::cli::cliMsg(
               "Exit codes: 0 success, 1 bad input (the message names file, row and field), 2 bad usage.")) +
           "\n";
}

// A matrix definition, read only up to its limit (issue 12: read whole, a link to /dev/zero filled the memory).
std::string readMatrixFile(const std::string &path)
{
    return files::readBoundedFile(path, json::MaxDocumentBytes, trygg::cli::cliMsg("a matrix definition"));
}

int init(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli init FILE|URI --preset no|no-dsb|dk|se|iso [--name NAME]";
    CliArguments args(rest, {"preset", "name"}, {});
    args.expectPositional(1, usage);
    const std::string preset = args.required("preset", usage);
    if (!isPreset(preset))
        throw UsageError(trygg::cli::cliMsg("unknown preset '%1': choose %2", preset, presetChoices()));
    const std::string &path = args.positional()[0];
    if (isServerAddress(path)) {
        // Issue 16: the register in an empty database on a server; named after the database by default.
        const std::string shown = addressWithoutPassword(path);
        std::string database = shown.substr(shown.find("://") + 3);
        database = database.substr(std::min(database.find('/'), database.size()));
        database = database.empty() ? std::string() : database.substr(1, database.find('?') - 1);
        const std::string name = args.value("name").value_or(database.empty() ? std::string("Trygg") : database);
        server::create(path, preset, name);
        out << say(trygg::cli::cliMsg("created %1: register '%2' with the %3 matrix", shown, name, preset)) << '\n';
        return 0;
    }
    const std::string name = args.value("name").value_or(files::utf8Of(files::pathFromUtf8(path).stem()));
    RegisterFile file = RegisterFile::create(path, preset, name);
    out << say(trygg::cli::cliMsg("created %1: register '%2' with the %3 matrix", path, name, preset)) << '\n';
    return 0;
}

// `copy SOURCE TARGET` (issue 16): a register file to an empty database on a server, or a server's register
// to a new file, whole, its ids, uid and audit trail kept.
int copyCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    CliArguments args(rest, {}, {});
    args.expectPositional(2, "trygg-cli copy SOURCE TARGET");
    const std::string &source = args.positional()[0];
    const std::string &target = args.positional()[1];
    if (isServerAddress(source) == isServerAddress(target))
        throw UsageError(trygg::cli::cliMsg("copy goes from a register file to a server (postgresql://...) or from "
                                            "a server to a new file"));
    server::copy(source, target);
    out << say(trygg::cli::cliMsg("copied %1 to %2", addressWithoutPassword(source), addressWithoutPassword(target)))
        << '\n';
    return 0;
}

int importCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli import assets|risks FILE CSV|XLSX [--skip-invalid-rows]";
    CliArguments args(rest, {}, {"skip-invalid-rows"});
    args.expectPositional(3, usage);
    const std::string &kind = args.positional()[0];
    if (kind != "assets" && kind != "risks")
        throw UsageError(trygg::cli::cliMsg("import what? '%1' is neither assets nor risks; usage: %2", kind, usage));
    const std::string &inPath = args.positional()[2];
    // CSV or XLSX, by content and name.
    const CsvTable table = readImportFile(inPath);
    RegisterFile file = RegisterFile::open(args.positional()[1]);
    ImportOptions options;
    options.skipInvalidRows = args.flag("skip-invalid-rows");
    const ImportSummary summary =
        importTable(file, kind == "assets" ? ImportKind::Assets : ImportKind::Risks, table, inPath, options);
    out << say(describeImport(summary, kind == "assets" ? ImportKind::Assets : ImportKind::Risks)) << '\n';
    return 0;
}

int exportCommand(const std::vector<std::string> &rest, std::ostream &out, std::ostream &err)
{
    const std::string usage =
        "trygg-cli export risks|assets|plan FILE --format csv|xlsx [--output OUT] [--unit NAME] [--language L]";
    if (const auto format =
            CliArguments(rest, {"format", "output", "unit", "assessment", "language", "year"}, {"all-units", "open-only"})
                .value("format");
        format == "pdf" || format == "html") {
#ifdef TRYGG_WITH_REPORTS
        return exportReport(rest, out, err);
#else
        (void)err;
        throw UsageError(trygg::cli::cliMsg("this trygg-cli was built without Qt and cannot print reports"));
#endif
    }
    CliArguments args(rest, {"format", "output", "unit", "language"}, {});
    args.expectPositional(2, usage);
    const std::string &kind = args.positional()[0];
    if (kind != "risks" && kind != "assets" && kind != "plan")
        throw UsageError(trygg::cli::cliMsg("export what? '%1' is not risks, assets or plan; usage: %2", kind, usage));
    const std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "xlsx")
        throw UsageError(trygg::cli::cliMsg(
            "format '%1' is not supported: use --format csv or xlsx (tables), pdf or html (reports)", format));
    if (format == "xlsx" && !args.value("output"))
        throw UsageError(
            trygg::cli::cliMsg("--format xlsx needs --output OUT (a workbook is not written to the terminal)"));
    const std::optional<std::string> language = args.value("language");
    if (language && *language != "da" && *language != "nb" && *language != "sv" && *language != "en")
        throw UsageError(trygg::cli::cliMsg("--language '%1' is not da, nb, sv or en", *language));
    const std::string &path = args.positional()[1];
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const std::optional<Id> unit = unitOption(data, args, path);
    const ExportKind what = kind == "assets"  ? ExportKind::Assets
                            : kind == "risks" ? ExportKind::Risks
                                              : ExportKind::Plan;
    // A workbook is for people: in the register's language (or --language). CSV keeps the English
    // contract unless --language asks for people's words (issue 13).
    if (format == "xlsx" || language) {
        ExportTable table = exportTable(data, what, Clock::todayLocal(), unit);
        localiseExport(table, what, language.value_or(data.info.language));
        if (format == "xlsx") {
            writeXlsx(table, *args.value("output"), path);
            return 0;
        }
        const std::string csv = exportTableCsv(table);
        if (auto output = args.value("output"))
            writeFileWhole(*output, csv, path);
        else
            dataStream(out) << csv;
        return 0;
    }
    const std::string csv = exportCsv(data, what, Clock::todayLocal(), unit);
    if (auto output = args.value("output"))
        writeFileWhole(*output, csv, path);
    else
        dataStream(out) << csv;
    return 0;
}

// `matrix FILE --export OUT.json`: the current matrix as a JSON definition ("-" = standard output).
int exportMatrix(const std::string &path, const std::string &target, std::ostream &out)
{
    const RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const std::string json = matrixToJson(file.matrix(file.info().currentMatrixId));
    if (target == "-") {
        dataStream(out) << json;
        return 0;
    }
    writeFileWhole(target, json, path);
    out << say(trygg::cli::cliMsg("exported the current matrix of %1 to %2", path, target)) << '\n';
    return 0;
}

// `matrix FILE --import IN.json`: a new matrix version that becomes current; assessments already made
// keep the criteria they were scored against.
int importMatrix(const std::string &path, const std::string &source, std::ostream &out)
{
    const RiskMatrix matrix = matrixFromJson(readMatrixFile(source), source); // checked before the register opens
    RegisterFile file = RegisterFile::open(path);
    const Id id = file.addCurrentMatrix(matrix);
    const RegisterData data = file.load();
    std::size_t older = 0;
    for (const RiskAssessment &assessment : data.assessments)
        older += assessment.matrixId != id ? 1 : 0;
    const auto zones = static_cast<long long>(matrix.zones.size());
    out << say(trygg::cli::cliMsg(
               "imported %1 into %2: matrix version %3 (%4 x %5, %6) is now current for new assessments; %7", source,
               path, id, matrix.probabilityLevels(), matrix.consequenceLevels(),
               trygg::cli::cliCount("%n zone", "%n zones", zones),
               trygg::cli::cliCount("%n assessment keeps its earlier matrix",
                                    "%n assessments keep their earlier matrix", static_cast<long long>(older))))
        << '\n';
    return 0;
}

int matrixCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli matrix FILE [--unit NAME] [--residual] | --export OUT.json | --import IN.json";
    CliArguments args(rest, {"unit", "export", "import"}, {"residual"});
    args.expectPositional(1, usage);
    const std::string &path = args.positional()[0];
    const auto exportTo = args.value("export");
    const auto importFrom = args.value("import");
    if (exportTo || importFrom) {
        if ((exportTo && importFrom) || args.value("unit") || args.flag("residual"))
            throw UsageError(trygg::cli::cliMsg("--export and --import go alone; usage: %1", usage));
        return exportTo ? exportMatrix(path, *exportTo, out) : importMatrix(path, *importFrom, out);
    }
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const std::optional<Id> unit = unitOption(data, args, path);
    const bool residual = args.flag("residual");
    out << say(trygg::cli::cliMsg(
               "%1: %2, %3", data.info.name,
               residual ? trygg::cli::cliMsg("residual risk after measures") : trygg::cli::cliMsg("current risk"),
               unit ? trygg::cli::cliMsg("unit %1", data.unitName(unit)) : trygg::cli::cliMsg("all units")))
        << "\n\n"
        << matrixText(countRisks(data, RiskScope{unit, std::nullopt}, residual));
    return 0;
}

int checkCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    CliArguments args(rest, {}, {});
    args.expectPositional(1, "trygg-cli check FILE");
    const std::string &path = args.positional()[0];
    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    int errors = 0;
    int warnings = 0;
    for (const CheckFinding &finding : checkRegister(file)) {
        const bool error = finding.severity == CheckFinding::Severity::Error;
        (error ? errors : warnings)++;
        out << say(error ? trygg::cli::cliMsg("error: ") : trygg::cli::cliMsg("warning: ")) << say(finding.message)
            << '\n';
    }
    out << say(trygg::cli::cliMsg("%1: %2, %3", path, trygg::cli::cliCount("%n error", "%n errors", errors),
                                  trygg::cli::cliCount("%n warning", "%n warnings", warnings)))
        << '\n';
    return errors ? 1 : 0;
}

int demoCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage =
        "trygg-cli demo FILE --assets N --risks M [--seed S] [--preset P] [--name NAME] [--rounds]";
    CliArguments args(rest, {"assets", "risks", "seed", "preset", "name"}, {"rounds"});
    args.expectPositional(1, usage);
    DemoOptions options;
    options.assets = static_cast<int>(args.number("assets", options.assets, 0, 1'000'000));
    options.risks = static_cast<int>(args.number("risks", options.risks, 0, 10'000'000));
    options.seed = static_cast<std::uint64_t>(args.number("seed", 1, 0, 1'000'000'000'000LL));
    options.rounds = args.flag("rounds"); // three rounds per unit: 2023, 2025, 2027 (issue 15)
    const std::string preset = args.value("preset").value_or("no");
    if (!isPreset(preset))
        throw UsageError(trygg::cli::cliMsg("unknown preset '%1': choose %2", preset, presetChoices()));
    const std::string &path = args.positional()[0];
    std::error_code ec;
    // A register on a server exists once made (init, copy): it is added to.
    const bool existed = isServerAddress(path) || std::filesystem::exists(files::pathFromUtf8(path), ec);
    DemoSummary s;
    if (existed) {
        RegisterFile file = RegisterFile::open(path);
        s = generateDemo(file, options);
    } else { // filled before it is put at FILE: a kill leaves no half-made register (issue 12)
        RegisterFile::createWhole(path, preset, args.value("name").value_or(demoRegisterName(preset)),
                                  [&](RegisterFile &file) { s = generateDemo(file, options); });
    }
    out << say(trygg::cli::cliMsg("%1: %2 units, %3 people, %4 assets, %5 assessments, %6 risks, %7 measures",
                                  existed ? trygg::cli::cliMsg("added to %1", path)
                                          : trygg::cli::cliMsg("created %1", path),
                                  s.units, s.people, s.assets, s.assessments, s.risks, s.measures))
        << '\n';
    return 0;
}

// The kinds of object of the due list and the trail, in the reader's language.
Message objectTypeWord(const std::string &type)
{
    static const std::map<std::string, Message> words = {
        {"assessment", trygg::cli::cliMsg("assessment")},
        {"asset", trygg::cli::cliMsg("asset")},
        {"measure", trygg::cli::cliMsg("measure")},
        {"policy", trygg::cli::cliMsg("policy")},
        {"unit", trygg::cli::cliMsg("unit")},
        {"risk", trygg::cli::cliMsg("risk")},
        {"approval", trygg::cli::cliMsg("approval")},
        {"incident", trygg::cli::cliMsg("incident")},
        {"exception", trygg::cli::cliMsg("exception")},
        {"register", trygg::cli::cliMsg("register")},
        {"matrix", trygg::cli::cliMsg("matrix")},
        {"person", trygg::cli::cliMsg("person")},
        {"document", trygg::cli::cliMsg("policy")},
        {"review", trygg::cli::cliMsg("review")},
        {"acceptance", trygg::cli::cliMsg("acceptance")},
    };
    const auto it = words.find(type);
    return it == words.end() ? Message(type) : it->second;
}

// What the trail says was done, in the reader's language (its CSV keeps the tokens).
Message actionWord(const std::string &action)
{
    static const std::map<std::string, Message> words = {
        {"create", trygg::cli::cliMsg("create")},   {"edit", trygg::cli::cliMsg("edit")},
        {"delete", trygg::cli::cliMsg("delete")},   {"import", trygg::cli::cliMsg("import")},
        {"approve", trygg::cli::cliMsg("approve")}, {"chain", trygg::cli::cliMsg("trail chain started")},
    };
    const auto it = words.find(action);
    return it == words.end() ? Message(action) : it->second;
}

// A value of the trail on one line: line breaks from multi-line text fields would split the entry.
std::string oneLine(const std::optional<std::string> &value)
{
    if (!value)
        return say(trygg::cli::cliMsg("(none)"));
    std::string text;
    for (char ch : *value)
        text += ch == '\n' ? std::string("\\n") : ch == '\r' ? std::string() : std::string(1, ch);
    return text;
}

// A value of an entry in words (model/TrailWords.h: "Planned", not "planned"), on one line.
std::string oneLine(const AuditEntry &entry, const std::optional<std::string> &value)
{
    return value ? oneLine(say(trailValueWord(entry, *value))) : oneLine(value);
}

int historyCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli history FILE [--since YYYY-MM-DD] [--format text|csv]";
    CliArguments args(rest, {"since", "format"}, {});
    args.expectPositional(1, usage);
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "csv")
        throw UsageError(trygg::cli::cliMsg("format '%1' is not supported: use --format text or --format csv", format));
    const std::optional<std::string> since = args.value("since");
    if (since && !Date::parse(*since))
        throw UsageError(
            trygg::cli::cliMsg("--since '%1' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31", *since));
    const std::vector<AuditEntry> entries =
        RegisterFile::open(args.positional()[0], RegisterFile::Access::ReadOnly).history(since);
    if (format == "csv") {
        dataStream(out) << exportHistoryCsv(entries);
        return 0;
    }
    // "2026-11-23T10:00:00Z  kari  edit risk 12 'Brann'  probability: 3 -> 4"
    for (const AuditEntry &e : entries) {
        out << e.at << "  " << e.osUser << (e.person.empty() ? "" : " (" + e.person + ")") << "  "
            << say(actionWord(e.action)) << ' ' << say(objectTypeWord(e.objectType))
            << (e.objectId ? " " + std::to_string(*e.objectId) : std::string()) << " '" << oneLine(e.objectName) << "'";
        if (!e.field.empty())
            out << "  " << say(fieldWord(e.field)) << ": " << oneLine(e, e.oldValue) << " -> "
                << oneLine(e, e.newValue);
        else if (e.newValue)
            out << "  " << oneLine(e, e.newValue);
        out << '\n';
    }
    return 0;
}

// The due list's words in the reader's language (its CSV keeps the tokens).
Message dueKindWord(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Review: return trygg::cli::cliMsg("review");
    case DueItem::Kind::Deadline: return trygg::cli::cliMsg("deadline");
    case DueItem::Kind::Acceptance: return trygg::cli::cliMsg("acceptance");
    case DueItem::Kind::Approval: return trygg::cli::cliMsg("approval");
    case DueItem::Kind::Notification: return trygg::cli::cliMsg("notification");
    case DueItem::Kind::Exception: return trygg::cli::cliMsg("exception");
    case DueItem::Kind::Treatment: return trygg::cli::cliMsg("treatment");
    case DueItem::Kind::Residual: return trygg::cli::cliMsg("residual risk");
    case DueItem::Kind::Reassess: return trygg::cli::cliMsg("reassessment");
    case DueItem::Kind::Unscored: return trygg::cli::cliMsg("not scored");
    }
    return Message(std::string(toToken(kind)));
}

// What the yearly cycle asks now: reviews, deadlines, acceptances, approvals, notifications.
int dueCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli due FILE [--within DAYS] [--format text|csv]";
    CliArguments args(rest, {"within", "format"}, {});
    args.expectPositional(1, usage);
    const int within = static_cast<int>(args.number("within", 30, 0, 3660));
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "csv")
        throw UsageError(trygg::cli::cliMsg("format '%1' is not supported: use --format text or --format csv", format));
    RegisterFile file = RegisterFile::open(args.positional()[0], RegisterFile::Access::ReadOnly);
    const RegisterData data = file.load();
    const DateTime now = Clock::nowLocal();
    std::vector<DueItem> items = dueList(data, now, within);
    if (const server::Access access = server::access(file.database()); !access.everything && !access.readsAll)
        keepUnits(items, access.readUnits);
    if (format == "csv") {
        dataStream(out) << dueListCsv(data, items);
        return 0;
    }
    const auto overdue = static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [](const DueItem &item) { return item.state == DueState::Overdue; }));
    out << say(trygg::cli::cliMsg("%1 on %2: %3 overdue, %4 due within %5", data.info.name, now.date.toIso(), overdue,
                                  items.size() - overdue, trygg::cli::cliCount("%n day", "%n days", within)))
        << '\n';
    bool headingOverdue = false;
    bool headingSoon = false;
    // "  2025-12-31  review        assessment 'Skole 2024' (Skole): assessed 2024-05-01"
    for (const DueItem &item : items) {
        bool &heading = item.state == DueState::Overdue ? headingOverdue : headingSoon;
        if (!heading) {
            out << '\n'
                << say(item.state == DueState::Overdue ? trygg::cli::cliMsg("Overdue:")
                                                       : trygg::cli::cliMsg("Due soon:"))
                << '\n';
            heading = true;
        }
        std::string kind = say(dueKindWord(item.kind));
        kind.append(characterCount(kind) < 13 ? 13 - characterCount(kind) : 1, ' ');
        std::string due = item.due ? item.due->toIso() : say(trygg::cli::cliMsg("now"));
        due.append(characterCount(due) < 10 ? 10 - characterCount(due) : 0, ' ');
        out << "  " << due << "  " << kind << say(objectTypeWord(item.objectType)) << " '" << oneLine(say(item.name))
            << "'";
        if (item.unitId)
            out << " (" << data.unitName(item.unitId) << ")";
        if (!item.detail.empty())
            out << ": " << oneLine(say(item.detail));
        out << '\n';
    }
    return 0;
}

Message resolutionText(CombineResolution resolution, bool gone)
{
    switch (resolution) {
    case CombineResolution::Section:
        return gone ? trygg::cli::cliMsg("resolved: removed, as in the section")
                    : trygg::cli::cliMsg("resolved: the section's version taken");
    case CombineResolution::Combined: return trygg::cli::cliMsg("resolved: the combined register's version kept");
    case CombineResolution::Both:
        return gone ? trygg::cli::cliMsg("resolved: kept in the combined register")
                    : trygg::cli::cliMsg("resolved: both kept, the section's as a separate object");
    }
    return {};
}

// 002 §27: the sections' registers combined into the municipality's. OUT is created (with the first
// section's matrix preset) when it does not exist.
int combineCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli combine OUT IN... [--name NAME] [--resolve section|combined|both] "
                              "[--as-new-section IN]...";
    CliArguments args(rest, {"name", "resolve", "as-new-section"}, {});
    if (args.positional().size() < 2)
        throw UsageError(trygg::cli::cliMsg("usage: %1", usage));
    // Issue 19: a section with a register id the combined register knows from another file (a copy of
    // one template, say) is combined only when the officer says it is a section of its own.
    std::set<std::string> asNewSections;
    const auto normal = [](const std::string &file) {
        std::error_code ec;
        return std::filesystem::absolute(files::pathFromUtf8(file), ec).lexically_normal();
    };
    for (const std::string &section : args.values("as-new-section")) {
        if (std::none_of(args.positional().begin() + 1, args.positional().end(),
                         [&](const std::string &in) { return normal(in) == normal(section); }))
            throw UsageError(trygg::cli::cliMsg("--as-new-section %1 is not one of the registers to combine; usage: %2",
                                                section, usage));
        asNewSections.insert(section);
    }
    std::optional<CombineResolution> resolution;
    if (auto word = args.value("resolve")) {
        resolution = parseCombineResolution(*word);
        if (!resolution)
            throw UsageError(
                trygg::cli::cliMsg("--resolve '%1': choose section, combined or both; usage: %2", *word, usage));
    }
    const std::string &path = args.positional()[0];
    const std::vector<std::string> sections(args.positional().begin() + 1, args.positional().end());
    std::error_code ec;
    // A register on a server exists once made (init, copy): it is added to.
    const bool existed = isServerAddress(path) || std::filesystem::exists(files::pathFromUtf8(path), ec);
    CombineSummary summary;
    CombineResolver resolve;
    if (resolution)
        resolve = [&](const CombineConflict &) { return resolution; };
    if (existed) {
        RegisterFile file = RegisterFile::open(path);
        summary = combineRegisters(file, sections, resolve, asNewSections);
    } else {
        // Read the first section before anything is created: a bad section leaves no new file behind. The
        // new register is combined into before it is put at OUT (issue 12: a kill left an empty register
        // there that looked complete).
        const RegisterData first = RegisterFile::open(sections[0], RegisterFile::Access::ReadOnly).load();
        const std::string preset = isPreset(first.currentMatrix().preset) ? first.currentMatrix().preset : "iso";
        RegisterFile::createWhole(
            path, preset, args.value("name").value_or(files::utf8Of(files::pathFromUtf8(path).stem())),
            [&](RegisterFile &file) { summary = combineRegisters(file, sections, resolve, asNewSections); });
    }
    out << say(trygg::cli::cliMsg(
               "%1 from %2: %3 new, %4 updated, %5 unchanged, %6",
               existed ? trygg::cli::cliMsg("updated %1", path) : trygg::cli::cliMsg("created %1", path),
               trygg::cli::cliCount("%n section", "%n sections", summary.sections), summary.created, summary.updated,
               summary.unchanged,
               trygg::cli::cliCount("%n conflict", "%n conflicts", static_cast<long long>(summary.conflicts.size()))))
        << '\n';
    if (summary.removed > 0)
        out << say(trygg::cli::cliCount("%n object removed: its section no longer holds it",
                                        "%n objects removed: their sections no longer hold them", summary.removed))
            << '\n';
    // One line per conflict: section, kind, name, a risk line's scores, reason, and how it was resolved.
    for (const CombineConflict &conflict : summary.conflicts) {
        out << say(trygg::cli::cliMsg("conflict: ")) << conflict.section << ": " << conflict.objectType << " '"
            << oneLine(conflict.name) << "'";
        if (conflict.sectionScore && conflict.combinedScore)
            out << say(trygg::cli::cliMsg(" (score %1 in the section, %2 in the combined register)",
                                          *conflict.sectionScore, *conflict.combinedScore));
        else if (conflict.combinedScore)
            out << say(trygg::cli::cliMsg(" (score %1 in the combined register)", *conflict.combinedScore));
        out << ": " << say(conflict.reason);
        if (conflict.resolution)
            out << "; " << say(resolutionText(*conflict.resolution, conflict.gone));
        out << '\n';
    }
    return 0;
}

} // namespace

std::optional<Id> unitOption(const RegisterData &data, const CliArguments &args, const std::string &file)
{
    auto name = args.value("unit");
    if (!name)
        return std::nullopt;
    if (const OrgUnit *unit = data.unitByName(*name))
        return unit->id;
    std::string known;
    for (const OrgUnit &unit : data.units)
        known += (known.empty() ? "" : ", ") + unit.name;
    if (known.empty())
        throw InputError(
            trygg::cli::cliMsg("%1: there is no unit named '%2' (the register has no units)", file, *name));
    throw InputError(trygg::cli::cliMsg("%1: there is no unit named '%2' (units: %3)", file, *name, known));
}

namespace {

int runCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        try {
            // TRYGG_NOW fixes the clock (README: Command line), for scripts and tests that need a given day.
            if (auto clock = clockFromEnvironment())
                Clock::install(std::move(clock));
        } catch (const InputError &error) {
            throw UsageError(messageOf(error));
        }
        if (args.empty()) {
            err << usage();
            return 2;
        }
        const std::string &command = args[0];
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (command == "--help" || command == "-h" || command == "help") {
            out << usage();
            return 0;
        }
        if (command == "--version") {
            out << "trygg-cli " << TRYGG_VERSION << '\n';
            return 0;
        }
        if (command == "init")
            return init(rest, out);
        if (command == "copy")
            return copyCommand(rest, out);
        if (command == "grant")
            return grantCommand(rest, out);
        if (command == "import")
            return importCommand(rest, out);
        if (command == "export")
            return exportCommand(rest, out, err);
        if (command == "matrix")
            return matrixCommand(rest, out);
        if (command == "check")
            return checkCommand(rest, out);
        if (command == "demo")
            return demoCommand(rest, out);
        if (command == "history")
            return historyCommand(rest, out);
        if (command == "due")
            return dueCommand(rest, out);
        if (command == "combine")
            return combineCommand(rest, out);
        if (command == "approve")
            return approveCommand(rest, out);
        if (command == "accept")
            return acceptCommand(rest, out);
        if (command == "review")
            return reviewCommand(rest, out);
        if (command == "round")
            return roundCommand(rest, out);
        if (command == "compare")
            return compareCommand(rest, out);
        if (command == "trend")
            return trendCommand(rest, out);
        throw UsageError(trygg::cli::cliMsg("unknown command '%1'", command));
    } catch (const UsageError &error) {
        err << "trygg-cli: " << say(error) << "\n\n" << usage();
        return 2;
    } catch (const Error &error) {
        err << "trygg-cli: " << say(error) << '\n';
        return 1;
    } catch (const std::exception &error) {
        err << "trygg-cli: " << say(trygg::cli::cliMsg("unexpected error: %1", error.what())) << '\n';
        return 1;
    }
}

} // namespace

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    useLanguage(messageLanguage());
    int code = 0;
    {
        // Issue 12: all text for people escaped in one place (names from a tampered file, file names);
        // CSV, JSON and reports go to dataStream() as they are.
        TerminalStream terminalOut(out);
        TerminalStream terminalErr(err);
        code = runCommand(args, terminalOut, terminalErr);
    }
    // A full disk or a closed pipe must not pass for a complete export: the stream remembers any write
    // that failed or fell short, and flushing writes what is still buffered.
    out.flush();
    if (!out) {
        err << "trygg-cli: "
            << say(trygg::cli::cliMsg("cannot write to standard output (is the disk full, or the reader gone?); "
                                      "what was written is incomplete"))
            << '\n';
        return 1;
    }
    return code;
}

} // namespace trygg::cli
