// SPDX-License-Identifier: EUPL-1.2
#include "combine/CombineContent.h"

#include "model/ContentText.h"
#include "model/Tokens.h"
#include "storage/RegisterFile.h"

#include <algorithm>
#include <vector>

namespace trygg::combine {
namespace {

// The content of an object, with every reference written as names, so that the same content gives
// the same text in the section and in the combined register whatever their ids; numbers the same under
// every locale (ContentText).
using Content = ContentText;

// Names standing for references inside one register.
std::string assetKey(const RegisterData &d, std::optional<Id> assetId)
{
    const Asset *asset = RegisterData::findById(d.assets, assetId);
    return asset ? d.unitName(asset->unitId) + "/" + asset->name : std::string();
}

std::string assessmentKey(const RegisterData &d, Id assessmentId)
{
    const RiskAssessment *a = RegisterData::findById(d.assessments, assessmentId);
    return a ? d.unitName(a->unitId) + "/" + a->name : std::string();
}

std::string riskKey(const RegisterData &d, Id riskId)
{
    const Risk *r = RegisterData::findById(d.risks, riskId);
    return r ? assessmentKey(d, r->assessmentId) + "/" + assetKey(d, r->assetId) + "/" + r->threat : std::string();
}

std::string keys(const RegisterData &d, const std::vector<Id> &ids, std::string (*key)(const RegisterData &, Id))
{
    std::vector<std::string> all;
    for (Id id : ids)
        all.push_back(key(d, id));
    std::sort(all.begin(), all.end());
    std::string text;
    for (const std::string &k : all)
        text += k + '\x1e';
    return text;
}

std::string assetKeyById(const RegisterData &d, Id id)
{
    return assetKey(d, id);
}

std::string measureKeyById(const RegisterData &d, Id id)
{
    const Measure *m = RegisterData::findById(d.measures, id);
    return m ? assessmentKey(d, m->assessmentId) + "/" + m->what : std::string();
}

std::string documentKey(const RegisterData &d, Id id)
{
    const PolicyDocument *p = RegisterData::findById(d.documents, id);
    return p ? d.unitName(p->unitId) + "/" + p->name : std::string();
}

} // namespace

std::string matrixSignature(const RiskMatrix &m)
{
    Content c;
    c << m.manyAffectedRaises;
    for (const auto *axis : {&m.probability, &m.consequence})
        for (const Level &level : *axis)
            c << level.label << level.definition;
    for (const Zone &zone : m.zones)
        c << zone.name << zone.colour << zone.minScore << zone.maxScore << zone.acceptable;
    for (int p = 1; p <= m.probabilityLevels(); ++p)
        for (int k = 1; k <= m.consequenceLevels(); ++k)
            c << m.zoneIndexOf(p, k);
    return c.text();
}

std::string contentOf(const RegisterData &d, const Asset &a)
{
    Content c;
    c << a.name << toToken(a.type) << d.unitName(a.unitId) << d.personName(a.ownerId) << d.personName(a.deputyId)
      << a.purpose << a.information << toToken(a.personalData) << a.persons << a.legalBasis << a.operatorName
      << a.dataProcessingAgreement << a.confidentiality << a.integrity << a.availability << a.classification
      << a.archiving << a.safeguards << a.storage << a.notes;
    // Added in schema version 8: only when given, so that what was combined before keeps its fingerprint.
    if (!a.notification.empty())
        c << a.notification;
    return c.text();
}

std::string contentOf(const RegisterData &d, const RiskAssessment &a)
{
    Content c;
    const RiskMatrix *matrix = RegisterData::findById(d.matrices, a.matrixId);
    c << a.name << d.unitName(a.unitId) << d.personName(a.assessorId) << a.date << toToken(a.status)
      << d.personName(a.approvedById) << a.approvedOn << keys(d, a.assetIds, assetKeyById)
      << (matrix ? matrixSignature(*matrix) : std::string());
    return c.text();
}

std::string contentOf(const RegisterData &d, const Risk &r)
{
    Content c;
    c << assessmentKey(d, r.assessmentId) << assetKey(d, r.assetId) << r.threat << r.position << r.aspects
      << r.probability << r.consequence << r.manyAffected << toToken(r.knowledge) << r.existingMeasures
      << r.residualProbability << r.residualConsequence;
    return c.text();
}

std::string contentOf(const RegisterData &d, const Measure &m)
{
    Content c;
    c << assessmentKey(d, m.assessmentId) << m.what << d.personName(m.responsibleId) << m.deadline << toToken(m.status)
      << m.hours << m.cost << m.followUp << keys(d, m.riskIds, riskKey);
    return c.text();
}

std::string contentOf(const RegisterData &d, const Incident &i)
{
    Content c;
    // The times as UTC instants, as the file keeps them: the same content whatever the zone of the machine.
    // (Schema version 6 converted the contents recorded before, storage/SchemaChecks.cpp, upgradeToV6.)
    c << i.discovered.toUtcText() << d.unitName(i.unitId) << i.reportedBy << toToken(i.type) << i.description
      << i.observed << toToken(i.severity) << toToken(i.status) << i.authorityNotified
      << (i.notifiedAt ? std::optional<std::string>(i.notifiedAt->toUtcText()) : std::nullopt)
      << keys(d, i.assetIds, assetKeyById) << keys(d, i.riskIds, riskKey) << keys(d, i.measureIds, measureKeyById);
    return c.text();
}

std::string contentOf(const RegisterData &d, const PolicyDocument &p)
{
    Content c;
    c << p.name << d.unitName(p.unitId);
    return c.text();
}

// The type of object a review looks at, as combining names it.
const char *reviewedType(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Assessment: return "assessment";
    case ReviewKind::Asset: return "asset";
    case ReviewKind::Measure: return "measure";
    case ReviewKind::Policy: return "document";
    }
    return "asset";
}

std::string contentOf(const RegisterData &d, const Review &r)
{
    std::string object;
    switch (r.kind) {
    case ReviewKind::Assessment: object = assessmentKey(d, r.objectId); break;
    case ReviewKind::Asset: object = assetKey(d, r.objectId); break;
    case ReviewKind::Measure: object = measureKeyById(d, r.objectId); break;
    case ReviewKind::Policy: object = documentKey(d, r.objectId); break;
    }
    Content c;
    c << toToken(r.kind) << object << r.date << r.reviewer << r.note;
    return c.text();
}

std::string contentOf(const RegisterData &d, const RiskAcceptance &a)
{
    Content c;
    c << riskKey(d, a.riskId) << a.acceptedBy << a.role << a.date << a.justification << a.expires;
    return c.text();
}

std::string contentOf(const RegisterData &d, const RuleException &e)
{
    Content c;
    c << e.rule << e.reason << e.approvedBy << e.approvedOn << e.validUntil << d.unitName(e.unitId);
    return c.text();
}

void removeObject(RegisterFile &target, std::string_view type, Id id)
{
    if (type == "asset")
        target.removeAsset(id);
    else if (type == "assessment")
        target.removeAssessment(id);
    else if (type == "risk")
        target.removeRisk(id);
    else if (type == "measure")
        target.removeMeasure(id);
    else if (type == "incident")
        target.removeIncident(id);
    else if (type == "exception")
        target.removeException(id);
    else if (type == "document")
        target.removePolicyDocument(id);
    else if (type == "review")
        target.removeReview(id);
    else if (type == "acceptance")
        target.removeAcceptance(id);
}

std::string objectName(const RegisterData &d, std::string_view type, Id id)
{
    const auto find = [id](const auto &items) { return RegisterData::findById(items, id); };
    if (type == "asset")
        if (const auto *a = find(d.assets))
            return a->name;
    if (type == "assessment")
        if (const auto *a = find(d.assessments))
            return a->name;
    if (type == "risk")
        if (const auto *r = find(d.risks))
            return r->threat;
    if (type == "measure")
        if (const auto *m = find(d.measures))
            return m->what;
    if (type == "incident")
        if (const auto *i = find(d.incidents))
            return i->description;
    if (type == "exception")
        if (const auto *e = find(d.exceptions))
            return e->rule;
    if (type == "document")
        if (const auto *p = find(d.documents))
            return p->name;
    if (type == "review")
        if (const auto *r = find(d.reviews))
            return r->reviewer;
    if (type == "acceptance")
        if (const auto *a = find(d.acceptances))
            return a->acceptedBy;
    return std::to_string(id);
}

} // namespace trygg::combine
