#include "check/RegisterCheck.h"

#include "deadlines/DeadlineRule.h"
#include "model/RegisterData.h"
#include "risk/RiskRules.h"
#include "storage/RegisterFile.h"

#include <map>

namespace trygg {
namespace {

bool isSystem(AssetType type)
{
    return type == AssetType::ItSystem || type == AssetType::Application || type == AssetType::Database;
}

void add(std::vector<CheckFinding> &findings, CheckFinding::Severity severity, std::string message)
{
    findings.push_back({severity, std::move(message)});
}

void checkStructure(const RegisterData &data, std::vector<CheckFinding> &findings)
{
    constexpr auto Error = CheckFinding::Severity::Error;
    for (const RiskMatrix &matrix : data.matrices)
        for (const std::string &problem : matrix.problems())
            add(findings, Error, "risk matrix " + std::to_string(matrix.id) + ": " + problem);
    if (!RegisterData::findById(data.matrices, data.info.currentMatrixId))
        add(findings, Error, "the register has no current risk matrix");
    if (!DeadlineRule::parse(data.info.reviewRule))
        add(findings, Error, "the review rule '" + data.info.reviewRule + "' is not understood");
    for (const RiskAssessment &assessment : data.assessments)
        if (!RegisterData::findById(data.matrices, assessment.matrixId))
            add(findings, Error, "assessment '" + assessment.name + "' has no risk matrix");
    for (const Risk &risk : data.risks) {
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, risk.assessmentId);
        const RiskMatrix *matrix = assessment ? RegisterData::findById(data.matrices, assessment->matrixId) : nullptr;
        if (!matrix)
            continue;
        for (const std::string &problem : riskProblems(*matrix, risk))
            add(findings, Error,
                "risk " + std::to_string(risk.id) + " ('" + risk.threat + "') in '" + assessment->name +
                    "': " + problem);
    }
    for (const Measure &measure : data.measures)
        for (Id riskId : measure.riskIds)
            if (const Risk *risk = RegisterData::findById(data.risks, riskId);
                risk && risk->assessmentId != measure.assessmentId)
                add(findings, CheckFinding::Severity::Warning,
                    "measure '" + measure.what + "' treats a risk of another assessment ('" + risk->threat + "')");
}

void checkRoles(const RegisterData &data, std::vector<CheckFinding> &findings)
{
    constexpr auto Warning = CheckFinding::Severity::Warning;
    std::map<Id, int> systemsOwned;
    for (const Asset &asset : data.assets) {
        const std::string where =
            "asset '" + asset.name + "'" + (asset.unitId ? " (" + data.unitName(asset.unitId) + ")" : std::string());
        if (!asset.ownerId)
            add(findings, Warning, where + " has no owner (002 §30)");
        if (isSystem(asset.type) && !asset.deputyId)
            add(findings, Warning, where + " has no deputy for its system owner (002 §12 stk. 6)");
        if (asset.ownerId && asset.ownerId == asset.deputyId)
            add(findings, Warning, where + " has the same person as owner and deputy");
        if (asset.ownerId && isSystem(asset.type))
            ++systemsOwned[*asset.ownerId];
    }
    for (const Person &person : data.people) {
        std::vector<std::string> roles;
        if (person.securityLeader)
            roles.emplace_back("IT security leader");
        if (systemsOwned.count(person.id))
            roles.emplace_back("system owner");
        if (person.itResponsible)
            roles.emplace_back("IT-responsible");
        if (roles.size() < 2)
            continue;
        std::string list;
        for (std::size_t i = 0; i < roles.size(); ++i)
            list += (i ? (i + 1 == roles.size() ? " and " : ", ") : "") + roles[i];
        add(findings, Warning, person.name + " is " + list + " at once (002 §20: separation of duties)");
    }
}

} // namespace

std::vector<CheckFinding> checkRegisterData(const RegisterData &data)
{
    std::vector<CheckFinding> findings;
    checkStructure(data, findings);
    checkRoles(data, findings);
    return findings;
}

std::vector<CheckFinding> checkRegister(RegisterFile &file)
{
    std::vector<CheckFinding> findings;
    for (std::string &problem : file.integrityProblems())
        findings.push_back({CheckFinding::Severity::Error, std::move(problem)});
    if (!findings.empty())
        return findings; // a damaged file is not read further
    auto more = checkRegisterData(file.load());
    findings.insert(findings.end(), more.begin(), more.end());
    return findings;
}

} // namespace trygg
