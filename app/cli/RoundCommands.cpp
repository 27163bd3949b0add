// SPDX-License-Identifier: EUPL-1.2
#include "RoundCommands.h"

#include "CliArguments.h"
#include "CliCommands.h"
#include "CliText.h"
#include "TerminalText.h"
#ifdef TRYGG_WITH_REPORTS
#include "ReportCommand.h"
#endif

#include "cycle/RoundComparison.h"
#include "cycle/Rounds.h"
#include "cycle/Trend.h"
#include "edit/Edit.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "storage/RegisterFile.h"

#include <ostream>

namespace trygg::cli {
namespace {

Date dateValue(const CliArguments &args, const std::string &option, const std::string &usage)
{
    const std::string text = args.required(option, usage);
    const std::optional<Date> date = text.size() == 10 && text[4] == '-' ? Date::parse(text) : std::nullopt;
    if (!date)
        throw InputError(
            trygg::cli::cliMsg("--%1 '%2' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31", option, text));
    return *date;
}

// The assessments of the round --from or --to names (an assessment's name, or a year).
std::vector<Id> roundOption(const RegisterData &data, const CliArguments &args, const std::string &option,
                            const std::optional<Id> &unit, const std::string &path, const std::string &usage)
{
    const std::string name = args.required(option, usage);
    std::vector<Id> round = roundNamed(data, name, unit);
    if (round.empty())
        throw InputError(unit ? trygg::cli::cliMsg("%1: --%2: there is no round named '%3' in unit %4 (an "
                                                   "assessment's name or a year)",
                                                   path, option, name, data.unitName(unit))
                              : trygg::cli::cliMsg("%1: --%2: there is no round named '%3' (an assessment's name "
                                                   "or a year)",
                                                   path, option, name));
    return round;
}

// A text on one line: a line break in a field would split the listing.
std::string flat(const std::string &value)
{
    std::string text;
    for (char ch : value)
        text += ch == '\n' ? std::string(" ") : ch == '\r' ? std::string() : std::string(1, ch);
    return text;
}

std::string scoreText(const std::optional<RiskScore> &score, const std::string &zone)
{
    return score ? std::to_string(score->score) + " (" + zone + ")" : std::string("-");
}

} // namespace

int roundCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage =
        "trygg-cli round FILE --unit NAME [--from ASSESSMENT] --name NAME --date YYYY-MM-DD [--assessor NAME]";
    CliArguments args(rest, {"unit", "from", "name", "date", "assessor"}, {});
    args.expectPositional(1, usage);
    args.required("unit", usage);
    args.required("name", usage);
    args.required("date", usage);
    const std::string name = args.required("name", usage);
    if (trim(name).empty())
        throw InputError(trygg::cli::cliMsg("--%1 must not be empty", "name"));
    const Date date = dateValue(args, "date", usage);

    const std::string &path = args.positional()[0];
    RegisterFile file = RegisterFile::open(path);
    const RegisterData data = file.load();
    const std::optional<Id> unit = unitOption(data, args, path);
    std::optional<Id> from;
    if (const auto fromName = args.value("from")) {
        for (const RiskAssessment &assessment : data.assessments)
            if (assessment.unitId == unit && foldCase(trim(assessment.name)) == foldCase(trim(*fromName)))
                from = assessment.id;
        if (!from)
            throw InputError(trygg::cli::cliMsg("%1: --from: there is no assessment named '%2' in unit %3", path,
                                                *fromName, data.unitName(unit)));
    } else {
        from = lastRound(data, unit);
        if (!from)
            throw InputError(trygg::cli::cliMsg("%1: unit %2 has no assessment to start the next round from", path,
                                                data.unitName(unit)));
    }
    RiskAssessment next;
    next.name = name;
    next.date = date;
    if (const auto assessor = args.value("assessor")) {
        const std::string wanted = foldCase(trim(*assessor));
        for (const Person &person : data.people)
            if (foldCase(trim(person.name)) == wanted)
                next.assessorId = person.id;
        if (!next.assessorId)
            throw InputError(trygg::cli::cliMsg("%1: --assessor: there is no person named '%2'", path, *assessor));
    }
    const Edit written = applyEdit(file, edits::startRound(data, *from, next)); // one action, audited
    int lines = 0, measures = 0;
    for (const RecordEdit &step : written.records) {
        if (!step.before && std::holds_alternative<Risk>(*step.after))
            ++lines;
        if (step.before && std::holds_alternative<Measure>(*step.after))
            ++measures;
    }
    out << say(trygg::cli::cliMsg("%1: started round '%2' of %3 from '%4': %5 carried over (not reassessed), %6 came "
                                  "along; '%4' is closed",
                                  path, std::string(trim(name)), data.unitName(unit),
                                  RegisterData::findById(data.assessments, *from)->name,
                                  trygg::cli::cliCount("%n line", "%n lines", lines),
                                  trygg::cli::cliCount("%n open measure", "%n open measures", measures)))
        << '\n';
    return 0;
}

int compareCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli compare FILE --from NAME --to NAME [--unit NAME] [--asset NAME] "
                              "[--format text|csv|html|pdf] [--output OUT] [--language da|nb|sv|en]";
    CliArguments args(rest, {"from", "to", "unit", "asset", "format", "output", "language"}, {});
    args.expectPositional(1, usage);
    args.required("from", usage);
    args.required("to", usage);
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "csv" && format != "html" && format != "pdf")
        throw UsageError(trygg::cli::cliMsg("format '%1' is not supported: use --format text, csv, html or pdf; "
                                            "usage: %2",
                                            format, usage));
    if (format == "pdf" && !args.value("output"))
        throw UsageError(trygg::cli::cliMsg("a PDF needs --output FILE; usage: %1", usage));
    const std::string &path = args.positional()[0];
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const std::optional<Id> unit = unitOption(data, args, path);
    std::optional<Id> asset;
    if (const auto assetName = args.value("asset")) {
        const std::string wanted = foldCase(trim(*assetName));
        for (const Asset &candidate : data.assets)
            if (foldCase(trim(candidate.name)) == wanted && (!unit || candidate.unitId == unit))
                asset = candidate.id;
        if (!asset)
            throw InputError(trygg::cli::cliMsg("%1: there is no asset named '%2'", path, *assetName));
    }
    const std::vector<Id> from = roundOption(data, args, "from", unit, path, usage);
    const std::vector<Id> to = roundOption(data, args, "to", unit, path, usage);
    const Date today = Clock::todayLocal();
    const RoundComparison comparison = compareRounds(data, from, to, asset, today);
    if (format == "csv") {
        dataStream(out) << roundComparisonCsv(data, comparison);
        return 0;
    }
    if (format == "html" || format == "pdf") {
#ifdef TRYGG_WITH_REPORTS
        return exportComparison(data, from, to, asset, format, args.value("output"), args.value("language"), path, out);
#else
        throw UsageError(trygg::cli::cliMsg("this trygg-cli was built without Qt and cannot print reports"));
#endif
    }
    out << say(trygg::cli::cliMsg("%1 -> %2: %3 new, %4 removed, %5 higher, %6 lower, %7 unchanged",
                                  args.required("from", usage), args.required("to", usage),
                                  comparison.count(LineChange::New), comparison.count(LineChange::Removed),
                                  comparison.count(LineChange::Higher), comparison.count(LineChange::Lower),
                                  comparison.count(LineChange::Unchanged)))
        << '\n';
    for (const ComparedLine &line : comparison.lines) {
        const Risk &risk = line.to ? *line.to : *line.from;
        std::string change(toToken(line.change));
        change.append(change.size() < 10 ? 10 - change.size() : 1, ' ');
        out << "  " << change << flat(risk.threat);
        if (const Asset *onAsset = RegisterData::findById(data.assets, risk.assetId))
            out << " [" << flat(onAsset->name) << "]";
        out << " (" << data.unitName(data.unitOf(risk)) << "): " << scoreText(line.fromScore, line.fromZone) << " -> "
            << scoreText(line.toScore, line.toZone) << '\n';
    }
    auto measureList = [&](const Message &heading, const std::vector<Id> &ids) {
        out << '\n' << say(heading) << '\n';
        for (Id id : ids) {
            const Measure *measure = RegisterData::findById(data.measures, id);
            out << "  " << flat(measure->what);
            if (measure->deadline)
                out << " (" << measure->deadline->toIso() << ")";
            out << '\n';
        }
    };
    measureList(trygg::cli::cliMsg("Measures completed between them: %1", comparison.measuresCompleted.size()),
                comparison.measuresCompleted);
    measureList(trygg::cli::cliMsg("Measures still open: %1, of them overdue: %2", comparison.measuresOpen.size(),
                                   comparison.measuresOverdue.size()),
                comparison.measuresOpen);
    return 0;
}

int trendCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli trend FILE [--unit NAME] [--format text|csv]";
    CliArguments args(rest, {"unit", "format"}, {});
    args.expectPositional(1, usage);
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "csv")
        throw UsageError(trygg::cli::cliMsg("format '%1' is not supported: use --format text or --format csv", format));
    const std::string &path = args.positional()[0];
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const std::optional<Id> unit = unitOption(data, args, path);
    const Trend trend = riskTrend(data, unit, Clock::todayLocal());
    if (format == "csv") {
        dataStream(out) << trendCsv(trend);
        return 0;
    }
    out << say(unit ? trygg::cli::cliMsg("Trend of %1 (zones from the most severe: %2)", data.unitName(unit),
                                         [&] {
                                             std::string names;
                                             for (const std::string &zone : trend.zoneNames)
                                                 names += (names.empty() ? "" : ", ") + zone;
                                             return names;
                                         }())
                    : trygg::cli::cliMsg("Trend of the whole register (zones from the most severe: %1)",
                                         [&] {
                                             std::string names;
                                             for (const std::string &zone : trend.zoneNames)
                                                 names += (names.empty() ? "" : ", ") + zone;
                                             return names;
                                         }()))
        << '\n';
    for (const TrendYear &year : trend.years) {
        std::string zones, residual;
        for (int count : year.currentPerZone)
            zones += (zones.empty() ? "" : "/") + std::to_string(count);
        for (int count : year.residualPerZone)
            residual += (residual.empty() ? "" : "/") + std::to_string(count);
        out << "  " << year.year << "  "
            << say(trygg::cli::cliMsg("%1 risks (%2; residual %3), %4 above the line of which %5 accepted, measures "
                                      "%6 done and %7 overdue, %8 incidents",
                                      year.risks, zones, residual, year.aboveLine, year.accepted, year.measuresDone,
                                      year.measuresOverdue, year.incidents))
            << '\n';
    }
    return 0;
}

} // namespace trygg::cli
