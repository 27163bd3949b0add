#include "ReportCommand.h"

#include "CliArguments.h"
#include "CliText.h"

#include "common/Translations.h"
#include "model/AuditEntry.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "storage/RegisterFile.h"

#include <QGuiApplication>

#include <filesystem>
#include <memory>
#include <ostream>

namespace trygg::cli {

namespace {

const char *const ReportUsage =
    "trygg-cli export plan|form|matrix|assets|review FILE --format pdf|html [--output OUT] "
    "[--unit NAME] [--assessment NAME] [--year YYYY] [--language da|nb|sv|en] [--all-units --output DIR]";

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

// Fonts for drawing text the standard PDF fonts lack: the graphics libraries, on the offscreen
// platform unless told otherwise, as the command line has no window.
void makeGuiApplication(std::unique_ptr<QCoreApplication> &application)
{
    if (!application)
        return; // the caller's application stays
    application.reset();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    application = std::make_unique<QGuiApplication>(g_argc, g_argv);
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

// A unit's name as a file name: no folder separators or characters Windows refuses.
std::string fileNameOf(const std::string &name)
{
    std::string out;
    for (const char c : name)
        out +=
            (static_cast<unsigned char>(c) < 0x20 || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos)
                ? '_'
                : c;
    return out.empty() || out == "." || out == ".." ? "unit" : out;
}

} // namespace

int exportReport(const std::vector<std::string> &rest, std::ostream &out)
{
    CliArguments args(rest, {"format", "output", "unit", "assessment", "language", "year"}, {"all-units"});
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

    auto application = makeApplication();
    const auto makeGui = [&application] { makeGuiApplication(application); };
    const std::string &path = args.positional()[1];
    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const RegisterData data = file.load();
    // The review counts the measures done in the year from the history.
    const std::vector<AuditEntry> trail = *kind == ui::ReportKind::Review ? file.history() : std::vector<AuditEntry>();
    ui::ReportRequest request;
    request.trail = &trail;
    request.year = static_cast<int>(args.number("year", 0, 1900, 9999));
    request.kind = *kind;
    request.today = Clock::todayLocal();
    request.language = language;
    request.unitId = unitOf(data, args, path);
    request.assessmentId = assessmentOf(data, args, request.unitId, path);
    if (*kind == ui::ReportKind::Form && !request.assessmentId)
        throw UsageError(trygg::cli::cliMsg("the form is printed for one assessment: add --assessment NAME"));

    const std::string extension = reportFormat == ui::ReportFormat::Pdf ? ".pdf" : ".html";
    if (allUnits) {
        std::error_code ec;
        std::filesystem::create_directories(*output, ec);
        if (ec)
            throw InputError(trygg::cli::cliMsg("%1: cannot create the folder: %2", *output, ec.message()));
        for (const OrgUnit &unit : data.units) {
            request.unitId = unit.id;
            const std::string file =
                (std::filesystem::path(*output) / (kindName + "-" + fileNameOf(unit.name) + extension)).string();
            ui::writeReportFile(file, ui::renderReport(ui::ReportBuilder::build(data, request), reportFormat, makeGui));
            out << file << '\n';
        }
        return 0;
    }
    const std::string bytes = ui::renderReport(ui::ReportBuilder::build(data, request), reportFormat, makeGui);
    if (output)
        ui::writeReportFile(*output, bytes);
    else
        out << bytes;
    return 0;
}

} // namespace trygg::cli
