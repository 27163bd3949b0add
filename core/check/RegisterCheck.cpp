// SPDX-License-Identifier: EUPL-1.2
#include "check/RegisterCheck.h"

#include "deadlines/DeadlineRule.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "risk/RiskRules.h"
#include "storage/RegisterFile.h"
#include "storage/ServerAccess.h"
#include "storage/SqlConnection.h"

#include <map>

namespace trygg {
namespace {

bool isSystem(AssetType type)
{
    return type == AssetType::ItSystem || type == AssetType::Application || type == AssetType::Database;
}

void add(std::vector<CheckFinding> &findings, CheckFinding::Severity severity, Message message)
{
    findings.push_back({severity, std::move(message)});
}

void checkStructure(const RegisterData &data, std::vector<CheckFinding> &findings)
{
    constexpr auto Error = CheckFinding::Severity::Error;
    for (const RiskMatrix &matrix : data.matrices)
        for (const Message &problem : matrix.problems())
            add(findings, Error, trygg::trMsg("risk matrix %1: %2", matrix.id, problem));
    if (!RegisterData::findById(data.matrices, data.info.currentMatrixId))
        add(findings, Error, trygg::trMsg("the register has no current risk matrix"));
    if (!DeadlineRule::parse(data.info.reviewRule))
        add(findings, Error, trygg::trMsg("the review rule '%1' is not understood", data.info.reviewRule));
    for (const RiskAssessment &assessment : data.assessments)
        if (!RegisterData::findById(data.matrices, assessment.matrixId))
            add(findings, Error, trygg::trMsg("assessment '%1' has no risk matrix", assessment.name));
    for (const Risk &risk : data.risks) {
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, risk.assessmentId);
        const RiskMatrix *matrix = assessment ? RegisterData::findById(data.matrices, assessment->matrixId) : nullptr;
        if (!matrix)
            continue;
        for (const Message &problem : riskProblems(*matrix, risk))
            add(findings, Error,
                trygg::trMsg("risk %1 ('%2') in '%3': %4", risk.id, risk.threat, assessment->name, problem));
    }
    for (const Measure &measure : data.measures)
        for (Id riskId : measure.riskIds)
            if (const Risk *risk = RegisterData::findById(data.risks, riskId);
                risk && risk->assessmentId != measure.assessmentId)
                add(findings, CheckFinding::Severity::Warning,
                    trygg::trMsg("measure '%1' treats a risk of another assessment ('%2')", measure.what,
                                 risk->threat));
}

// The warning, citing the register's own policy for the rule when it has a reference (issue 13).
Message citing(Message warning, const std::string &reference)
{
    return reference.empty() ? warning : trygg::trMsg("%1 (%2)", warning, reference);
}

void checkRoles(const RegisterData &data, std::vector<CheckFinding> &findings)
{
    constexpr auto Warning = CheckFinding::Severity::Warning;
    const PolicyReferences &cite = data.info.policyReferences;
    std::map<Id, int> systemsOwned;
    for (const Asset &asset : data.assets) {
        const Message where = asset.unitId ? trygg::trMsg("asset '%1' (%2)", asset.name, data.unitName(asset.unitId))
                                           : trygg::trMsg("asset '%1'", asset.name);
        if (!asset.ownerId)
            add(findings, Warning, citing(trygg::trMsg("%1 has no owner", where), cite.owner));
        if (isSystem(asset.type) && !asset.deputyId)
            add(findings, Warning, citing(trygg::trMsg("%1 has no deputy for its system owner", where), cite.deputy));
        if (asset.ownerId && asset.ownerId == asset.deputyId)
            add(findings, Warning, trygg::trMsg("%1 has the same person as owner and deputy", where));
        if (asset.ownerId && isSystem(asset.type))
            ++systemsOwned[*asset.ownerId];
    }
    for (const Person &person : data.people) {
        std::vector<Message> roles;
        if (person.securityLeader)
            roles.push_back(trygg::trMsg("IT security leader"));
        if (systemsOwned.count(person.id))
            roles.push_back(trygg::trMsg("system owner"));
        if (person.itResponsible)
            roles.push_back(trygg::trMsg("IT-responsible"));
        if (roles.size() == 2)
            add(findings, Warning,
                citing(trygg::trMsg("%1 is %2 and %3 at once (separation of duties)", person.name, roles[0], roles[1]),
                       cite.separation));
        else if (roles.size() == 3)
            add(findings, Warning,
                citing(trygg::trMsg("%1 is %2, %3 and %4 at once (separation of duties)", person.name, roles[0],
                                    roles[1], roles[2]),
                       cite.separation));
    }
}
// Issue 12: unit names are compared without regard to case, so "Skole" and "SKOLE" are one unit; a
// register made before that rule (or changed by another program) may hold both.
void checkUnitNames(const RegisterData &data, std::vector<CheckFinding> &findings)
{
    std::map<std::string, const OrgUnit *> first;
    for (const OrgUnit &unit : data.units) {
        const auto [it, added] = first.emplace(foldCase(trim(unit.name)), &unit);
        if (!added)
            add(findings, CheckFinding::Severity::Warning,
                trygg::trMsg("units '%1' (%2) and '%3' (%4) differ only in upper and lower case, and Trygg takes "
                             "them for one unit; move the assets and assessments of one into the other and delete it",
                             it->second->name, it->second->id, unit.name, unit.id));
    }
}

} // namespace

std::vector<CheckFinding> checkRegisterData(const RegisterData &data)
{
    std::vector<CheckFinding> findings;
    checkStructure(data, findings);
    checkRoles(data, findings);
    checkUnitNames(data, findings);
    return findings;
}

std::vector<CheckFinding> checkRegister(RegisterFile &file)
{
    std::vector<CheckFinding> findings;
    for (auto &problem : file.integrityProblems())
        findings.push_back({CheckFinding::Severity::Error, std::move(problem)});
    // Issue 12: what was changed behind Trygg's back, by the audit trail's chain; also when a row was
    // removed behind its references, which is how such a change often shows.
    const bool damaged = !findings.empty();
    const server::Access access = server::access(file.database());
    if (!access.everything && !access.readsAll) {
        // Issue 16: access by unit shows a section leader their units' part of the trail only, whose chain
        // has gaps where others' entries are.
        findings.push_back({CheckFinding::Severity::Warning,
                            trygg::trMsg("%1: the audit trail's chain is checked by a user who may read the whole "
                                         "register (a security officer): you may read your units' part of it only",
                                         file.path())});
    } else {
        try {
            for (auto &problem : file.trailProblems())
                findings.push_back({CheckFinding::Severity::Error, std::move(problem)});
        } catch (const Error &) {
            if (!damaged)
                throw;
        }
    }
    if (damaged)
        return findings; // a damaged file is not read further
    auto more = checkRegisterData(file.load());
    findings.insert(findings.end(), more.begin(), more.end());
    return findings;
}

} // namespace trygg
