// SPDX-License-Identifier: EUPL-1.2
#include "ReportCommand.h"

#include "CliArguments.h"
#include "CliText.h"
#include "TerminalText.h"

#include "common/Translations.h"
#include "model/AuditEntry.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/SystemError.h"
#include "model/Text.h"
#include "platform/Paths.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "storage/RegisterFile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <set>

namespace trygg::cli {

namespace {

const char *const ReportUsage =
    "trygg-cli export plan|form|matrix|assets|review FILE --format pdf|html [--output OUT] "
    "[--unit NAME] [--assessment NAME] [--year YYYY] [--language da|nb|sv|en] [--all-units --output DIR] [--open-only]";

int g_argc = 1;
char g_name[] = "trygg-cli";
char *g_argv[] = {g_name, nullptr};

// The translations need an application object. Qt's own messages are not for the command line's
// users (its errors say what went wrong in their terms).
std::unique_ptr<QCoreApplication> makeApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return std::make_unique<QCoreApplication>(g_argc, g_argv);
}

std::optional<ui::ReportKind> kindOf(const std::string &kind)
{
    if (kind == "plan")
        return ui::ReportKind::Plan;
    if (kind == "form")
        return ui::ReportKind::Form;
    if (kind == "matrix")
        return ui::ReportKind::Matrix;
    if (kind == "assets")
        return ui::ReportKind::Assets;
    if (kind == "review")
        return ui::ReportKind::Review;
    return std::nullopt;
}

std::optional<Id> unitOf(const RegisterData &data, const CliArguments &args, const std::string &file)
{
    const auto name = args.value("unit");
    if (!name)
        return std::nullopt;
    if (const OrgUnit *unit = data.unitByName(*name))
        return unit->id;
    throw InputError(trygg::cli::cliMsg("%1: there is no unit named '%2'", file, *name));
}

// An assessment by name (case does not matter), within the unit if one is given.
std::optional<Id> assessmentOf(const RegisterData &data, const CliArguments &args, const std::optional<Id> &unit,
                               const std::string &file)
{
    const auto name = args.value("assessment");
    if (!name)
        return std::nullopt;
    const std::string wanted = foldCase(trim(*name));
    std::vector<const RiskAssessment *> found;
    for (const RiskAssessment &assessment : data.assessments) {
        if (foldCase(trim(assessment.name)) == wanted && (!unit || assessment.unitId == unit))
            found.push_back(&assessment);
    }
    if (found.empty())
        throw InputError(unit ? trygg::cli::cliMsg("%1: there is no assessment named '%2' in unit '%3'", file, *name,
                                                   data.unitName(unit))
                              : trygg::cli::cliMsg("%1: there is no assessment named '%2'", file, *name));
    if (found.size() > 1) {
        std::string units;
        for (const RiskAssessment *assessment : found)
            units += (units.empty() ? "" : ", ") + data.unitName(assessment->unitId);
        throw InputError(trygg::cli::cliMsg("%1: %2 assessments are named '%3' (units: %4): add --unit NAME", file,
                                            found.size(), *name, units));
    }
    return found.front()->id;
}

// The longest part of a report's file name that comes from a unit's name, in bytes: with the kind, the
// suffix and the extension the name stays far below the 255 bytes file systems allow.
constexpr std::size_t MaxUnitNameBytes = 100;

// A stable short fingerprint of a unit's name (FNV-1a, 64 bits, 8 hex digits): the same name always
// gives the same file name, whatever other units there are.
std::string shortHash(std::string_view name)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : name) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char digits[9] = {};
    std::snprintf(digits, sizeof digits, "%08llx",
                  static_cast<unsigned long long>((hash >> 32) ^ (hash & 0xffffffffu)));
    return digits;
}

// A unit's name as a file name: no folder separators, control characters or characters Windows refuses,
// no leading dot (a hidden file) or trailing dot or space (Windows drops them). A name longer than
// MaxUnitNameBytes is cut (between characters) and gets "-" and the short fingerprint of the full name.
std::string safeFileName(const std::string &name)
{
    std::string out;
    for (const char c : name)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f ||
                std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos)
                   ? '_'
                   : c;
    if (!out.empty() && out.front() == '.')
        out.front() = '_';
    while (!out.empty() && (out.back() == '.' || out.back() == ' '))
        out.back() = '_';
    if (out.size() > MaxUnitNameBytes) {
        std::size_t cut = MaxUnitNameBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
        out += "-" + shortHash(name);
    }
    return out.empty() ? "unit-" + shortHash(name) : out;
}

// Each unit's part of its report's file name, one of its own per unit. Units whose names give the same
// file name (case folded: on the shares' file systems, SMB, NTFS and APFS, "Skole" and "SKOLE" are one
// file) get "-" and the short fingerprint of their name, except a unit whose name is that file name
// exactly when it is the only one: "Helse/omsorg" gives plan-Helse_omsorg-1a2b3c4d.pdf beside
// plan-Helse_omsorg.pdf of "Helse_omsorg". The names depend only on the units' names.
std::map<Id, std::string> reportFileNames(const std::vector<OrgUnit> &units)
{
    std::map<Id, std::string> names;
    std::map<std::string, std::vector<const OrgUnit *>> byName;
    for (const OrgUnit &unit : units) {
        names[unit.id] = safeFileName(unit.name);
        byName[foldCase(names[unit.id])].push_back(&unit);
    }
    for (const auto &[folded, group] : byName) {
        if (group.size() < 2)
            continue;
        const auto exact = std::count_if(group.begin(), group.end(),
                                         [&](const OrgUnit *unit) { return names[unit->id] == unit->name; });
        for (const OrgUnit *unit : group) {
            if (exact != 1 || names[unit->id] != unit->name)
                names[unit->id] += "-" + shortHash(unit->name);
        }
    }
    // Two names with the same fingerprint, or a unit named like another's fingerprinted name: numbered in
    // the units' order, so every unit still gets a file of its own.
    std::set<std::string> taken;
    for (const OrgUnit &unit : units) {
        std::string &name = names[unit.id];
        const std::string base = name;
        for (int n = 2; taken.count(foldCase(name)) > 0; ++n)
            name = base + "-" + std::to_string(n);
        taken.insert(foldCase(name));
    }
    return names;
}
} // namespace

int exportComparison(const RegisterData &data, const std::vector<Id> &from, const std::vector<Id> &to,
                     std::optional<Id> assetId, const std::string &format, const std::optional<std::string> &output,
                     const std::optional<std::string> &language, const std::string &path, std::ostream &out)
{
    if (language && !language->empty() && !ui::availableLanguages().contains(QString::fromStdString(*language)))
        throw UsageError(trygg::cli::cliMsg("unknown language '%1': choose da, nb, sv or en", *language));
    auto application = makeApplication();
    ui::ReportRequest request;
    request.kind = ui::ReportKind::Comparison;
    request.today = Clock::todayLocal();
    request.language = language.value_or("");
    request.fromRound = from;
    request.toRound = to;
    request.assetId = assetId;
    const ui::ReportFormat reportFormat = format == "pdf" ? ui::ReportFormat::Pdf : ui::ReportFormat::Html;
    const std::string bytes = ui::renderReport(ui::ReportBuilder::build(data, request), reportFormat);
    if (output)
        ui::writeReportFile(*output, bytes, path);
    else
        dataStream(out) << bytes;
    return 0;
}

int exportReport(const std::vector<std::string> &rest, std::ostream &out, std::ostream &err)
{
    CliArguments args(rest, {"format", "output", "unit", "assessment", "language", "year"}, {"all-units", "open-only"});
    args.expectPositional(2, ReportUsage);
    const std::string &kindName = args.positional()[0];
    const std::optional<ui::ReportKind> kind = kindOf(kindName);
    const std::string format = args.required("format", ReportUsage);
    if (!kind)
        throw UsageError(
            trygg::cli::cliMsg("'%1' has no printed report: choose plan, form, matrix, assets or review; usage: %2",
                               kindName, ReportUsage));
    const ui::ReportFormat reportFormat = format == "pdf" ? ui::ReportFormat::Pdf : ui::ReportFormat::Html;
    const auto output = args.value("output");
    if (reportFormat == ui::ReportFormat::Pdf && !output)
        throw UsageError(trygg::cli::cliMsg("a PDF needs --output FILE; usage: %1", ReportUsage));
    const bool allUnits = args.flag("all-units");
    if (allUnits && (args.value("unit") || args.value("assessment") || *kind == ui::ReportKind::Form ||
                     *kind == ui::ReportKind::Review))
        throw UsageError(
            trygg::cli::cliMsg("--all-units makes one report per unit: it takes no --unit or --assessment, and no "
                               "form or review"));
    const std::string language = args.value("language").value_or("");
    if (!language.empty() && !ui::availableLanguages().contains(QString::fromStdString(language)))
        throw UsageError(trygg::cli::cliMsg("unknown language '%1': choose da, nb, sv or en", language));
    if (allUnits && !output)
        throw UsageError(trygg::cli::cliMsg("--all-units needs --output DIR"));
    if (args.flag("open-only") && *kind != ui::ReportKind::Plan)
        throw UsageError(trygg::cli::cliMsg("--open-only is for the plan: it leaves out measures done or cancelled"));

    auto application = makeApplication();
    const std::string &path = args.positional()[1];
    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const RegisterData data = file.load();
    // The review counts the measures done in the year from the history.
    const std::vector<AuditEntry> trail = *kind == ui::ReportKind::Review ? file.history() : std::vector<AuditEntry>();
    ui::ReportRequest request;
    request.trail = &trail;
    request.trailFingerprint = file.trailFingerprint();
    request.year = static_cast<int>(args.number("year", 0, 1900, 9999));
    request.kind = *kind;
    request.today = Clock::todayLocal();
    request.language = language;
    request.openOnly = args.flag("open-only");
    request.unitId = unitOf(data, args, path);
    request.assessmentId = assessmentOf(data, args, request.unitId, path);
    if (*kind == ui::ReportKind::Form && !request.assessmentId)
        throw UsageError(trygg::cli::cliMsg("the form is printed for one assessment: add --assessment NAME"));

    const std::string extension = reportFormat == ui::ReportFormat::Pdf ? ".pdf" : ".html";
    if (allUnits) {
        std::error_code ec;
        std::filesystem::create_directories(files::pathFromUtf8(*output), ec);
        if (ec)
            throw InputError(trygg::cli::cliMsg("%1: cannot create the folder: %2", *output, trygg::systemError(ec)));
        // Every unit is tried, and each one's outcome is told: written files on standard output as
        // before, a unit that failed on standard error with why; any failure makes the exit code 1.
        const std::map<Id, std::string> names = reportFileNames(data.units);
        std::size_t failed = 0;
        for (const OrgUnit &unit : data.units) {
            request.unitId = unit.id;
            const std::string file =
                files::utf8Of(files::pathFromUtf8(*output) / files::pathFromUtf8(kindName + "-" + names.at(unit.id) + extension));
            try {
                ui::writeReportFile(
                    file, ui::renderReport(ui::ReportBuilder::build(data, request), reportFormat), path);
                out << file << '\n';
            } catch (const std::exception &error) {
                ++failed;
                err << "trygg-cli: "
                    << say(trygg::cli::cliMsg("unit '%1': the report %2 was not written: %3", unit.name, file,
                                              messageOf(error)))
                    << '\n';
            }
        }
        if (failed > 0)
            throw InputError(trygg::cli::cliMsg("%1 of %2 unit reports could not be written (see above)", failed,
                                                data.units.size()));
        return 0;
    }
    const std::string bytes = ui::renderReport(ui::ReportBuilder::build(data, request), reportFormat);
    if (output)
        ui::writeReportFile(*output, bytes, path);
    else
        dataStream(out) << bytes;
    return 0;
}

} // namespace trygg::cli
