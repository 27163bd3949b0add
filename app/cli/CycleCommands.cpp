// SPDX-License-Identifier: EUPL-1.2
#include "CycleCommands.h"

#include "CliArguments.h"
#include "CliCommands.h"
#include "CliText.h"

#include "edit/Edit.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "storage/RegisterFile.h"

#include <initializer_list>
#include <ostream>

namespace trygg::cli {
namespace {

// Every required option is there (else bad usage) before any value is checked (bad input).
void requireAll(const CliArguments &args, std::initializer_list<const char *> options, const std::string &usage)
{
    for (const char *option : options)
        args.required(option, usage);
}

// The value of an option that must say something: empty is bad input naming the option.
std::string nonEmpty(const CliArguments &args, const std::string &option, const std::string &usage)
{
    const std::string value = args.required(option, usage);
    if (trim(value).empty())
        throw InputError(trygg::cli::cliMsg("--%1 must not be empty", option));
    return value;
}

// A date option written YYYY-MM-DD, or today (by the clock) when it is absent.
Date dateOption(const CliArguments &args, const std::string &option, std::optional<Date> fallback)
{
    const std::optional<std::string> text = args.value(option);
    if (!text && fallback)
        return *fallback;
    const std::optional<Date> date =
        text && text->size() == 10 && (*text)[4] == '-' ? Date::parse(*text) : std::nullopt;
    if (!date)
        throw InputError(trygg::cli::cliMsg("--%1 '%2' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31",
                                            option, text.value_or("")));
    return *date;
}

Message kindWord(const std::string &kind)
{
    if (kind == "asset")
        return trygg::cli::cliMsg("asset");
    if (kind == "assessment")
        return trygg::cli::cliMsg("assessment");
    if (kind == "measure")
        return trygg::cli::cliMsg("measure");
    return trygg::cli::cliMsg("policy");
}

struct Candidate {
    Id id = 0;
    std::string name;
    std::optional<Id> unitId;
    std::string where; // how the candidate is told apart from the others: its unit, and more
};

// The one object of `kind` named `name` (case and surrounding spaces do not matter) in the unit --unit
// names, if given. None or several is bad input: the message lists the register's names of that kind, or
// where the candidates are (their units), so the user can add --unit.
Id pick(const std::vector<Candidate> &all, const std::string &kind, const std::string &name,
        const std::optional<Id> &unit, const RegisterData &data, const std::string &path)
{
    const std::string wanted = foldCase(trim(name));
    std::vector<const Candidate *> found;
    for (const Candidate &candidate : all)
        if (foldCase(trim(candidate.name)) == wanted && (!unit || candidate.unitId == unit))
            found.push_back(&candidate);
    if (found.size() == 1)
        return found.front()->id;
    if (found.empty()) {
        if (unit)
            throw InputError(trygg::cli::cliMsg("%1: there is no %2 named '%3' in unit %4", path, kindWord(kind), name,
                                                data.unitName(unit)));
        throw InputError(trygg::cli::cliMsg("%1: there is no %2 named '%3'", path, kindWord(kind), name));
    }
    std::string places;
    for (const Candidate *candidate : found)
        places += (places.empty() ? "" : "; ") + candidate->where;
    throw InputError(trygg::cli::cliMsg("%1: %2 '%3' is ambiguous: there is one in each of %4; choose one with --unit",
                                        path, kindWord(kind), name, places));
}

std::string unitLabel(const RegisterData &data, const std::optional<Id> &unit)
{
    return unit ? data.unitName(unit) : say(trygg::cli::cliMsg("(no unit)"));
}

std::vector<Candidate> candidates(const RegisterData &data, const std::string &kind)
{
    std::vector<Candidate> all;
    if (kind == "asset") {
        for (const Asset &asset : data.assets)
            all.push_back({asset.id, asset.name, asset.unitId, unitLabel(data, asset.unitId)});
    } else if (kind == "assessment") {
        for (const RiskAssessment &assessment : data.assessments)
            all.push_back({assessment.id, assessment.name, assessment.unitId,
                           unitLabel(data, assessment.unitId) + " (" + assessment.date.toIso() + ")"});
    } else if (kind == "measure") {
        for (const Measure &measure : data.measures) {
            const RiskAssessment *assessment = RegisterData::findById(data.assessments, measure.assessmentId);
            const std::optional<Id> unit = assessment ? assessment->unitId : std::nullopt;
            all.push_back({measure.id, measure.what, unit,
                           unitLabel(data, unit) + (assessment ? " (" + assessment->name + ")" : std::string())});
        }
    } else {
        for (const PolicyDocument &document : data.documents)
            all.push_back({document.id, document.name, document.unitId, unitLabel(data, document.unitId)});
    }
    return all;
}

std::string signedBy(const std::string &who, const std::string &role)
{
    return role.empty() ? std::string(trim(who)) : std::string(trim(who)) + " (" + std::string(trim(role)) + ")";
}

} // namespace

int approveCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli approve FILE plan|assessment [--unit NAME] [--assessment NAME] --by NAME "
                              "--role ROLE [--date YYYY-MM-DD]";
    CliArguments args(rest, {"unit", "assessment", "by", "role", "date"}, {});
    args.expectPositional(2, usage);
    const std::string &subject = args.positional()[1];
    if (subject != "plan" && subject != "assessment")
        throw UsageError(
            trygg::cli::cliMsg("approve what? '%1' is neither plan nor assessment; usage: %2", subject, usage));
    if (subject == "plan" && args.value("assessment"))
        throw UsageError(trygg::cli::cliMsg("--assessment goes with approve assessment; usage: %1", usage));
    requireAll(args, {"by", "role"}, usage);
    const std::optional<std::string> assessmentName =
        subject == "assessment" ? std::optional<std::string>(args.required("assessment", usage)) : std::nullopt;
    const std::string by = nonEmpty(args, "by", usage);
    const std::string role = nonEmpty(args, "role", usage);
    const Date date = dateOption(args, "date", Clock::todayLocal());

    const std::string &path = args.positional()[0];
    RegisterFile file = RegisterFile::open(path); // the write lock: another instance holding it is bad input
    const RegisterData data = file.load();
    const std::optional<Id> unit = unitOption(data, args, path);
    Approval approval;
    approval.approvedBy = by;
    approval.role = role;
    approval.date = date;
    Message what;
    if (assessmentName) {
        approval.subject = Approval::Subject::Assessment;
        approval.objectId = pick(candidates(data, "assessment"), "assessment", *assessmentName, unit, data, path);
        what = trygg::cli::cliMsg("assessment '%1'", RegisterData::findById(data.assessments, approval.objectId)->name);
    } else {
        approval.subject = Approval::Subject::Plan;
        approval.objectId = unit; // none: the whole register's plan
        what = unit ? trygg::cli::cliMsg("the action plan of %1", data.unitName(unit))
                    : trygg::cli::cliMsg("the action plan of the whole register");
    }
    applyEdit(file, edits::approve(data, approval)); // the window's operation: one transaction, audited
    out << say(trygg::cli::cliMsg("%1: approved %2 by %3 on %4", path, what, signedBy(by, role), date.toIso())) << '\n';
    return 0;
}

int acceptCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage = "trygg-cli accept FILE --risk ID --by NAME --role ROLE --until YYYY-MM-DD --why TEXT "
                              "[--date YYYY-MM-DD]";
    CliArguments args(rest, {"risk", "by", "role", "until", "why", "date"}, {});
    args.expectPositional(1, usage);
    requireAll(args, {"risk", "by", "role", "until", "why"}, usage);
    RiskAcceptance acceptance;
    acceptance.riskId = args.number("risk", 0, 1, 9'000'000'000'000'000'000LL);
    acceptance.acceptedBy = nonEmpty(args, "by", usage);
    acceptance.role = nonEmpty(args, "role", usage);
    acceptance.justification = nonEmpty(args, "why", usage);
    acceptance.date = dateOption(args, "date", Clock::todayLocal());
    acceptance.expires = dateOption(args, "until", std::nullopt);

    const std::string &path = args.positional()[0];
    RegisterFile file = RegisterFile::open(path);
    applyEdit(file, edits::add(acceptance)); // the risk must exist; --until after --date
    const RegisterData data = file.load();
    const Risk *risk = RegisterData::findById(data.risks, acceptance.riskId);
    out << say(trygg::cli::cliMsg("%1: accepted the residual risk of risk %2 '%3' by %4 on %5, until %6", path,
                                  acceptance.riskId, risk ? risk->threat : std::string(),
                                  signedBy(acceptance.acceptedBy, acceptance.role), acceptance.date.toIso(),
                                  acceptance.expires.toIso()))
        << '\n';
    return 0;
}

int reviewCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    const std::string usage =
        "trygg-cli review FILE asset|assessment|measure|document NAME [--unit NAME] --by NAME [--note TEXT] "
        "[--date YYYY-MM-DD]";
    CliArguments args(rest, {"unit", "by", "note", "date"}, {});
    args.expectPositional(3, usage);
    const std::string &kind = args.positional()[1];
    const std::optional<ReviewKind> reviewKind = kind == "asset"        ? std::optional(ReviewKind::Asset)
                                                 : kind == "assessment" ? std::optional(ReviewKind::Assessment)
                                                 : kind == "measure"    ? std::optional(ReviewKind::Measure)
                                                 : kind == "document"   ? std::optional(ReviewKind::Policy)
                                                                        : std::nullopt;
    if (!reviewKind)
        throw UsageError(trygg::cli::cliMsg(
            "review what? '%1' is not asset, assessment, measure or document; usage: %2", kind, usage));
    const std::string &name = args.positional()[2];
    requireAll(args, {"by"}, usage);
    Review review;
    review.kind = *reviewKind;
    review.reviewer = nonEmpty(args, "by", usage);
    review.note = args.value("note").value_or("");
    review.date = dateOption(args, "date", Clock::todayLocal());

    const std::string &path = args.positional()[0];
    RegisterFile file = RegisterFile::open(path);
    const RegisterData data = file.load();
    const std::optional<Id> unit = unitOption(data, args, path);
    review.objectId = pick(candidates(data, kind), kind, name, unit, data, path);
    applyEdit(file, edits::add(review));
    out << say(trygg::cli::cliMsg("%1: recorded a review of %2 '%3' by %4 on %5", path, kindWord(kind), name,
                                  std::string(trim(review.reviewer)), review.date.toIso()))
        << '\n';
    return 0;
}

} // namespace trygg::cli
