#include "CliCommands.h"

#include "CliArguments.h"
#include "MatrixText.h"
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
#include "exchange/MatrixJson.h"
#include "exchange/Xlsx.h"
#include "matrix/MatrixGrid.h"
#include "matrix/Presets.h"
#include "model/Error.h"
#include "plan/Prioritisation.h"
#include "storage/RegisterFile.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace trygg::cli {
namespace {

const char *const Usage = R"(Usage:
  trygg-cli init FILE --preset no|no-dsb|dk|se|iso [--name NAME]
  trygg-cli import assets FILE CSV|XLSX [--skip-invalid-rows]
  trygg-cli import risks FILE CSV|XLSX [--skip-invalid-rows]
  trygg-cli export risks|assets|plan FILE --format csv [--output OUT] [--unit NAME]
  trygg-cli export risks|assets|plan FILE --format xlsx --output OUT [--unit NAME]
  trygg-cli export plan|form|matrix|assets|review FILE --format pdf|html [--output OUT]
            [--unit NAME] [--assessment NAME] [--year YYYY] [--language L] [--all-units --output DIR]
  trygg-cli matrix FILE [--unit NAME] [--residual]
  trygg-cli matrix FILE --export OUT.json | --import IN.json
  trygg-cli check FILE
  trygg-cli demo FILE --assets N --risks M [--seed S] [--preset P] [--name NAME]
  trygg-cli history FILE [--since YYYY-MM-DD] [--format text|csv]
  trygg-cli due FILE [--within DAYS] [--format text|csv]
  trygg-cli combine OUT IN... [--name NAME]
  trygg-cli --help | --version

Exit codes: 0 success, 1 bad input (the message names file, row and field), 2 bad usage.
)";

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path + ": cannot read the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw InputError(path + ": cannot read the file");
    return buffer.str();
}

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
    throw InputError(file + ": there is no unit named '" + *name + "'" +
                     (known.empty() ? std::string(" (the register has no units)") : " (units: " + known + ")"));
}

int init(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli init FILE --preset no|no-dsb|dk|se|iso [--name NAME]";
    CliArguments args(rest, {"preset", "name"}, {});
    args.expectPositional(1, usage);
    const std::string preset = args.required("preset", usage);
    if (!isPreset(preset))
        throw UsageError("unknown preset '" + preset + "': choose " + presetChoices());
    const std::string &path = args.positional()[0];
    const std::string name = args.value("name").value_or(std::filesystem::path(path).stem().string());
    RegisterFile file = RegisterFile::create(path, preset, name);
    out << "created " << path << ": register '" << name << "' with the " << preset << " matrix\n";
    return 0;
}

int importCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli import assets|risks FILE CSV|XLSX [--skip-invalid-rows]";
    CliArguments args(rest, {}, {"skip-invalid-rows"});
    args.expectPositional(3, usage);
    const std::string &kind = args.positional()[0];
    if (kind != "assets" && kind != "risks")
        throw UsageError("import what? '" + kind + "' is neither assets nor risks; usage: " + usage);
    const std::string &inPath = args.positional()[2];
    // CSV or XLSX, by content and name.
    const CsvTable table = readImportFile(inPath);
    RegisterFile file = RegisterFile::open(args.positional()[1]);
    ImportOptions options;
    options.skipInvalidRows = args.flag("skip-invalid-rows");
    const ImportSummary summary =
        importTable(file, kind == "assets" ? ImportKind::Assets : ImportKind::Risks, table, inPath, options);
    out << describeImport(summary, kind == "assets" ? "assets" : "risks") << '\n';
    return 0;
}

int exportCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli export risks|assets|plan FILE --format csv|xlsx [--output OUT] [--unit NAME]";
    if (const auto format =
            CliArguments(rest, {"format", "output", "unit", "assessment", "language", "year"}, {"all-units"})
                .value("format");
        format == "pdf" || format == "html") {
#ifdef TRYGG_WITH_REPORTS
        return exportReport(rest, out);
#else
        throw UsageError("this trygg-cli was built without Qt and cannot print reports");
#endif
    }
    CliArguments args(rest, {"format", "output", "unit"}, {});
    args.expectPositional(2, usage);
    const std::string &kind = args.positional()[0];
    if (kind != "risks" && kind != "assets" && kind != "plan")
        throw UsageError("export what? '" + kind + "' is not risks, assets or plan; usage: " + usage);
    const std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "xlsx")
        throw UsageError("format '" + format +
                         "' is not supported: use --format csv or xlsx (tables), pdf or html (reports)");
    if (format == "xlsx" && !args.value("output"))
        throw UsageError("--format xlsx needs --output OUT (a workbook is not written to the terminal)");
    const std::string &path = args.positional()[1];
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const std::optional<Id> unit = unitOption(data, args, path);
    const ExportKind what = kind == "assets"  ? ExportKind::Assets
                            : kind == "risks" ? ExportKind::Risks
                                              : ExportKind::Plan;
    const ExportTable table = exportTable(data, what, Date::today(), unit);
    if (format == "xlsx") {
        writeXlsx(table, *args.value("output"));
        return 0;
    }
    const std::string csv = exportTableCsv(table);
    if (auto output = args.value("output"))
        writeFileWhole(*output, csv);
    else
        out << csv;
    return 0;
}

// `matrix FILE --export OUT.json`: the current matrix as a JSON definition ("-" = standard output).
int exportMatrix(const std::string &path, const std::string &target, std::ostream &out)
{
    const RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const std::string json = matrixToJson(file.matrix(file.info().currentMatrixId));
    if (target == "-") {
        out << json;
        return 0;
    }
    writeFileWhole(target, json);
    out << "exported the current matrix of " << path << " to " << target << '\n';
    return 0;
}

// `matrix FILE --import IN.json`: a new matrix version that becomes current; assessments already made
// keep the criteria they were scored against.
int importMatrix(const std::string &path, const std::string &source, std::ostream &out)
{
    const RiskMatrix matrix = matrixFromJson(readFile(source), source); // checked before the register opens
    RegisterFile file = RegisterFile::open(path);
    const Id id = file.addCurrentMatrix(matrix);
    const RegisterData data = file.load();
    std::size_t older = 0;
    for (const RiskAssessment &assessment : data.assessments)
        older += assessment.matrixId != id ? 1 : 0;
    out << "imported " << source << " into " << path << ": matrix version " << id << " (" << matrix.probabilityLevels()
        << " x " << matrix.consequenceLevels() << ", " << matrix.zones.size()
        << (matrix.zones.size() == 1 ? " zone" : " zones") << ") is now current for new assessments; " << older
        << (older == 1 ? " assessment keeps its" : " assessments keep their") << " earlier matrix\n";
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
            throw UsageError("--export and --import go alone; usage: " + usage);
        return exportTo ? exportMatrix(path, *exportTo, out) : importMatrix(path, *importFrom, out);
    }
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const std::optional<Id> unit = unitOption(data, args, path);
    const bool residual = args.flag("residual");
    out << data.info.name << ": " << (residual ? "residual risk after measures" : "current risk") << ", "
        << (unit ? "unit " + data.unitName(unit) : std::string("all units")) << "\n\n"
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
        out << (error ? "error: " : "warning: ") << finding.message << '\n';
    }
    out << path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
        << (warnings == 1 ? " warning" : " warnings") << '\n';
    return errors ? 1 : 0;
}

int demoCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli demo FILE --assets N --risks M [--seed S] [--preset P] [--name NAME]";
    CliArguments args(rest, {"assets", "risks", "seed", "preset", "name"}, {});
    args.expectPositional(1, usage);
    DemoOptions options;
    options.assets = static_cast<int>(args.number("assets", options.assets, 0, 1'000'000));
    options.risks = static_cast<int>(args.number("risks", options.risks, 0, 10'000'000));
    options.seed = static_cast<std::uint64_t>(args.number("seed", 1, 0, 1'000'000'000'000LL));
    const std::string preset = args.value("preset").value_or("no");
    if (!isPreset(preset))
        throw UsageError("unknown preset '" + preset + "': choose " + presetChoices());
    const std::string &path = args.positional()[0];
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    RegisterFile file = existed ? RegisterFile::open(path)
                                : RegisterFile::create(path, preset, args.value("name").value_or("Eksempel kommune"));
    const DemoSummary s = generateDemo(file, options);
    out << (existed ? "added to " : "created ") << path << ": " << s.units << " units, " << s.people << " people, "
        << s.assets << " assets, " << s.assessments << " assessments, " << s.risks << " risks, " << s.measures
        << " measures\n";
    return 0;
}

// A value of the trail on one line: line breaks from multi-line text fields would split the entry.
std::string oneLine(const std::optional<std::string> &value)
{
    if (!value)
        return "(none)";
    std::string text;
    for (char ch : *value)
        text += ch == '\n' ? std::string("\\n") : ch == '\r' ? std::string() : std::string(1, ch);
    return text;
}

int historyCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli history FILE [--since YYYY-MM-DD] [--format text|csv]";
    CliArguments args(rest, {"since", "format"}, {});
    args.expectPositional(1, usage);
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "csv")
        throw UsageError("format '" + format + "' is not supported: use --format text or --format csv");
    const std::optional<std::string> since = args.value("since");
    if (since && !Date::parse(*since))
        throw UsageError("--since '" + *since + "' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31");
    const std::vector<AuditEntry> entries =
        RegisterFile::open(args.positional()[0], RegisterFile::Access::ReadOnly).history(since);
    if (format == "csv") {
        out << exportHistoryCsv(entries);
        return 0;
    }
    // "2026-11-23T10:00:00Z  kari  edit risk 12 'Brann'  probability: 3 -> 4"
    for (const AuditEntry &e : entries) {
        out << e.at << "  " << e.osUser << (e.person.empty() ? "" : " (" + e.person + ")") << "  " << e.action << ' '
            << e.objectType << (e.objectId ? " " + std::to_string(*e.objectId) : std::string()) << " '"
            << oneLine(e.objectName) << "'";
        if (!e.field.empty())
            out << "  " << e.field << ": " << oneLine(e.oldValue) << " -> " << oneLine(e.newValue);
        else if (e.newValue)
            out << "  " << oneLine(e.newValue);
        out << '\n';
    }
    return 0;
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
        throw UsageError("format '" + format + "' is not supported: use --format text or --format csv");
    const RegisterData data = RegisterFile::open(args.positional()[0], RegisterFile::Access::ReadOnly).load();
    const DateTime now = DateTime::now();
    const std::vector<DueItem> items = dueList(data, now, within);
    if (format == "csv") {
        out << dueListCsv(data, items);
        return 0;
    }
    const auto overdue = static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [](const DueItem &item) { return item.state == DueState::Overdue; }));
    out << data.info.name << " on " << now.date.toIso() << ": " << overdue << " overdue, " << items.size() - overdue
        << " due within " << within << (within == 1 ? " day" : " days") << '\n';
    bool headingOverdue = false;
    bool headingSoon = false;
    // "  2025-12-31  review        assessment 'Skole 2024' (Skole): assessed 2024-05-01"
    for (const DueItem &item : items) {
        bool &heading = item.state == DueState::Overdue ? headingOverdue : headingSoon;
        if (!heading) {
            out << '\n' << (item.state == DueState::Overdue ? "Overdue" : "Due soon") << ":\n";
            heading = true;
        }
        std::string kind(toToken(item.kind));
        kind.resize(std::max<std::size_t>(kind.size(), 13), ' ');
        out << "  " << (item.due ? item.due->toIso() : std::string("now       ")) << "  " << kind << item.objectType
            << " '" << oneLine(item.name) << "'";
        if (item.unitId)
            out << " (" << data.unitName(item.unitId) << ")";
        if (!item.detail.empty())
            out << ": " << oneLine(item.detail);
        out << '\n';
    }
    return 0;
}

// 002 §27: the sections' registers combined into the municipality's. OUT is created (with the first
// section's matrix preset) when it does not exist.
int combineCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli combine OUT IN... [--name NAME]";
    CliArguments args(rest, {"name"}, {});
    if (args.positional().size() < 2)
        throw UsageError("usage: " + usage);
    const std::string &path = args.positional()[0];
    const std::vector<std::string> sections(args.positional().begin() + 1, args.positional().end());
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    CombineSummary summary;
    bool created = false;
    try {
        std::optional<RegisterFile> file;
        if (existed) {
            file.emplace(RegisterFile::open(path));
        } else {
            // Read the first section before anything is created: a bad section leaves no new file behind.
            const RegisterData first = RegisterFile::open(sections[0], RegisterFile::Access::ReadOnly).load();
            const std::string preset = isPreset(first.currentMatrix().preset) ? first.currentMatrix().preset : "iso";
            file.emplace(RegisterFile::create(
                path, preset, args.value("name").value_or(std::filesystem::path(path).stem().string())));
            created = true;
        }
        summary = combineRegisters(*file, sections);
    } catch (...) {
        if (created) // closed by now: nothing half-made is left behind
            std::filesystem::remove(path, ec);
        throw;
    }
    out << (existed ? "updated " : "created ") << path << " from " << summary.sections
        << (summary.sections == 1 ? " section: " : " sections: ") << summary.created << " new, " << summary.updated
        << " updated, " << summary.unchanged << " unchanged, " << summary.conflicts.size()
        << (summary.conflicts.size() == 1 ? " conflict" : " conflicts") << '\n';
    for (const CombineConflict &conflict : summary.conflicts)
        out << "conflict: " << conflict.section << ": " << conflict.objectType << " '" << oneLine(conflict.name)
            << "': " << conflict.reason << '\n';
    return 0;
}

} // namespace

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        if (args.empty()) {
            err << Usage;
            return 2;
        }
        const std::string &command = args[0];
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (command == "--help" || command == "-h" || command == "help") {
            out << Usage;
            return 0;
        }
        if (command == "--version") {
            out << "trygg-cli " << TRYGG_VERSION << '\n';
            return 0;
        }
        if (command == "init")
            return init(rest, out);
        if (command == "import")
            return importCommand(rest, out);
        if (command == "export")
            return exportCommand(rest, out);
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
        throw UsageError("unknown command '" + command + "'");
    } catch (const UsageError &error) {
        err << "trygg-cli: " << error.what() << "\n\n" << Usage;
        return 2;
    } catch (const InputError &error) {
        err << "trygg-cli: " << error.what() << '\n';
        return 1;
    } catch (const FileError &error) {
        err << "trygg-cli: " << error.what() << '\n';
        return 1;
    } catch (const std::exception &error) {
        err << "trygg-cli: unexpected error: " << error.what() << '\n';
        return 1;
    }
}

} // namespace trygg::cli
