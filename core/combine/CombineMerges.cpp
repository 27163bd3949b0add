// SPDX-License-Identifier: EUPL-1.2
// Each kind of a section's objects taken over into the combined register (Combiner.h).
#include "combine/Combiner.h"

#include "combine/CombineContent.h"
#include "model/Text.h"
#include "risk/RiskRules.h"
#include "storage/Sqlite.h"

#include <algorithm>

namespace trygg::combine {

void Combiner::mergeAsset(const Asset &asset)
{
    Asset copy = asset;
    copy.unitId = mapped("unit", asset.unitId);
    copy.ownerId = mapped("person", asset.ownerId);
    copy.deputyId = mapped("person", asset.deputyId);
    auto id = merge(
        "asset", asset.id, asset.name, contentOf(*m_src, asset),
        [&] { return listOf(m_target.findAsset(copy.unitId, copy.name)); },
        [&] {
            copy.id = 0;
            return m_target.addAsset(copy);
        },
        [&](Id local) {
            copy.id = local;
            m_target.updateAsset(copy);
        },
        [&] {
            Asset separate = asset;
            separate.name = separateName(
                asset.name, [&](const std::string &name) { return m_target.findAsset(copy.unitId, name).has_value(); });
            copy.id = 0;
            copy.name = separate.name;
            return std::pair{m_target.addAsset(copy), contentOf(*m_src, separate)};
        });
    if (id)
        m_ids[{"asset", asset.id}] = *id;
}

void Combiner::mergeAssessment(const RiskAssessment &assessment)
{
    RiskAssessment copy = assessment;
    copy.unitId = mapped("unit", assessment.unitId);
    copy.assessorId = mapped("person", assessment.assessorId);
    copy.approvedById = mapped("person", assessment.approvedById);
    copy.assetIds = mappedAll("asset", assessment.assetIds);
    // Rounds are kept (issue 15): the round it was started from, and closed once its lines and measures
    // are in (closeRounds).
    copy.previousId = mapped("assessment", assessment.previousId);
    copy.frozen = false;
    auto id = merge(
        "assessment", assessment.id, assessment.name, contentOf(*m_src, assessment),
        [&] { return listOf(m_target.findAssessment(copy.unitId, copy.name)); },
        [&] {
            copy.id = 0;
            copy.matrixId = matrixFor(assessment.matrixId);
            return m_target.addAssessment(copy);
        },
        [&](Id local) {
            copy.id = local;
            m_target.updateAssessment(copy);
        },
        [&] {
            RiskAssessment separate = assessment;
            separate.name = separateName(assessment.name, [&](const std::string &name) {
                return m_target.findAssessment(copy.unitId, name).has_value();
            });
            copy.id = 0;
            copy.name = separate.name;
            copy.matrixId = matrixFor(assessment.matrixId);
            return std::pair{m_target.addAssessment(copy), contentOf(*m_src, separate)};
        });
    if (id)
        m_ids[{"assessment", assessment.id}] = *id;
}

void Combiner::mergeRisk(const Risk &risk)
{
    auto assessment = mapped("assessment", risk.assessmentId);
    if (!assessment)
        return;
    Risk copy = risk;
    copy.assessmentId = *assessment;
    copy.assetId = mapped("asset", risk.assetId);
    copy.carriedFromId = mapped("risk", risk.carriedFromId);
    followSplit("risk", risk.id, *assessment);
    const int sectionScore = scoreOf(m_src->matrixOf(risk), risk).score;
    const std::string content = contentOf(*m_src, risk);
    auto added = [&] {
        copy.id = 0;
        const Id id = m_target.addRisk(copy);
        m_riskScores[id] = sectionScore;
        copy.id = id;
        lineAdded(copy);
        return id;
    };
    auto id = merge(
        "risk", risk.id, risk.threat, content, [&] { return linesLike(copy.assessmentId, copy.assetId, copy.threat); },
        added,
        [&](Id local) {
            if (const std::optional<Risk> before = m_target.stored<Risk>(local))
                linesChanged(before->assessmentId);
            linesChanged(copy.assessmentId);
            copy.id = local;
            m_target.updateRisk(copy);
            m_riskScores[local] = sectionScore;
        },
        [&] {
            return std::pair{added(), content};
        },
        sectionScore);
    if (id)
        m_ids[{"risk", risk.id}] = *id;
}

void Combiner::closeRounds(const RegisterData &src)
{
    for (const RiskAssessment &assessment : src.assessments) {
        if (!assessment.frozen)
            continue;
        const std::optional<Id> local = mapped("assessment", assessment.id);
        std::optional<RiskAssessment> stored = local ? m_target.stored<RiskAssessment>(*local) : std::nullopt;
        if (!stored || stored->frozen)
            continue;
        stored->frozen = true;
        m_target.updateAssessment(*stored);
    }
}

void Combiner::mergeMeasure(const Measure &measure)
{
    auto assessment = mapped("assessment", measure.assessmentId);
    if (!assessment)
        return;
    Measure copy = measure;
    copy.assessmentId = *assessment;
    copy.responsibleId = mapped("person", measure.responsibleId);
    copy.riskIds = mappedAll("risk", measure.riskIds);
    followSplit("measure", measure.id, *assessment);
    const std::string content = contentOf(*m_src, measure);
    auto added = [&] {
        copy.id = 0;
        return m_target.addMeasure(copy);
    };
    auto id = merge(
        "measure", measure.id, measure.what, content,
        [&] { return m_target.findMeasures(copy.assessmentId, copy.what); }, added,
        [&](Id local) {
            copy.id = local;
            m_target.updateMeasure(copy);
        },
        [&] {
            return std::pair{added(), content};
        });
    if (id)
        m_ids[{"measure", measure.id}] = *id;
}

void Combiner::mergeIncident(const Incident &incident)
{
    Incident copy = incident;
    copy.unitId = mapped("unit", incident.unitId);
    copy.assetIds = mappedAll("asset", incident.assetIds);
    copy.riskIds = mappedAll("risk", incident.riskIds);
    copy.measureIds = mappedAll("measure", incident.measureIds);
    const std::string content = contentOf(*m_src, incident);
    auto added = [&] {
        copy.id = 0;
        return m_target.addIncident(copy);
    };
    merge(
        "incident", incident.id, incident.description, content, [] { return std::vector<Id>(); }, added,
        [&](Id local) {
            copy.id = local;
            m_target.updateIncident(copy);
        },
        [&] {
            return std::pair{added(), content};
        });
}

void Combiner::mergeException(const RuleException &exception)
{
    RuleException copy = exception;
    copy.unitId = mapped("unit", exception.unitId);
    const std::string content = contentOf(*m_src, exception);
    auto added = [&] {
        copy.id = 0;
        return m_target.addException(copy);
    };
    merge(
        "exception", exception.id, exception.rule, content, [] { return std::vector<Id>(); }, added,
        [&](Id local) {
            copy.id = local;
            m_target.updateException(copy);
        },
        [&] {
            return std::pair{added(), content};
        });
}

void Combiner::mergeDocument(const PolicyDocument &document)
{
    PolicyDocument copy = document;
    copy.unitId = mapped("unit", document.unitId);
    const std::string content = contentOf(*m_src, document);
    auto added = [&] {
        copy.id = 0;
        return m_target.addPolicyDocument(copy);
    };
    auto id = merge(
        "document", document.id, document.name, content,
        [&] {
            // The same document (the municipality's security policy, say) from another section.
            Statement query(m_target.database(),
                            "SELECT id FROM policy_document WHERE name = ?1 AND unit_id IS NOT DISTINCT FROM ?2 ORDER BY id");
            query.bind(1, copy.name).bind(2, copy.unitId);
            std::vector<Id> ids;
            while (query.step())
                ids.push_back(query.int64(0));
            return ids;
        },
        added,
        [&](Id local) {
            copy.id = local;
            m_target.updatePolicyDocument(copy);
        },
        [&] {
            return std::pair{added(), content};
        });
    if (id)
        m_ids[{"document", document.id}] = *id;
}

void Combiner::mergeReview(const Review &review)
{
    auto object = mapped(reviewedType(review.kind), review.objectId);
    if (!object) {
        m_seen.emplace("review", review.id);
        return;
    }
    Review copy = review;
    copy.objectId = *object;
    const std::string content = contentOf(*m_src, review);
    auto added = [&] {
        copy.id = 0;
        return m_target.addReview(copy);
    };
    merge(
        "review", review.id, review.reviewer, content, [] { return std::vector<Id>(); }, added, [](Id) {},
        [&] {
            return std::pair{added(), content};
        });
}

void Combiner::mergeAcceptance(const RiskAcceptance &acceptance)
{
    auto risk = mapped("risk", acceptance.riskId);
    if (!risk) {
        m_seen.emplace("acceptance", acceptance.id);
        return;
    }
    RiskAcceptance copy = acceptance;
    copy.riskId = *risk;
    const std::string content = contentOf(*m_src, acceptance);
    auto added = [&] {
        copy.id = 0;
        return m_target.addAcceptance(copy);
    };
    merge(
        "acceptance", acceptance.id, acceptance.acceptedBy, content, [] { return std::vector<Id>(); }, added, [](Id) {},
        [&] {
            return std::pair{added(), content};
        });
}

std::vector<Id> Combiner::linesLike(Id assessmentId, std::optional<Id> assetId, const std::string &threat)
{
    auto lines = m_lines.find(assessmentId);
    if (lines == m_lines.end()) {
        lines = m_lines.emplace(assessmentId, decltype(m_lines)::mapped_type()).first;
        Statement query(
            m_target.database(),
            "SELECT position, id, asset_id, threat FROM risk WHERE assessment_id = ?1 ORDER BY position, id");
        query.bind(1, assessmentId);
        while (query.step())
            lines->second[{query.isNull(2) ? std::nullopt : std::optional<Id>(query.int64(2)), query.text(3)}]
                .emplace_back(query.integer(0), query.int64(1));
    }
    std::vector<Id> ids;
    if (auto found = lines->second.find({assetId, std::string(trim(threat))}); found != lines->second.end())
        for (const auto &[position, id] : found->second)
            ids.push_back(id);
    return ids;
}

void Combiner::lineAdded(const Risk &line)
{
    auto lines = m_lines.find(line.assessmentId);
    if (lines == m_lines.end())
        return; // read when first asked for
    int position = line.position;
    if (position == 0) { // placed at the end of its assessment by the register
        const std::optional<Risk> stored = m_target.stored<Risk>(line.id);
        if (!stored) {
            linesChanged(line.assessmentId);
            return;
        }
        position = stored->position;
    }
    auto &same = lines->second[{line.assetId, std::string(trim(line.threat))}];
    const std::pair<int, Id> entry{position, line.id};
    same.insert(std::upper_bound(same.begin(), same.end(), entry), entry);
}

// Issue 11: an assessment in conflict, resolved by keeping both, is the section's own copy beside the
// combined register's; the section's lines and measures taken over before go with it, not stay in the
// combined register's version. The line is moved as it is here; its merge then decides its content.
void Combiner::followSplit(const char *type, Id srcId, Id assessmentId)
{
    if (!m_split.count(assessmentId))
        return;
    const auto [uid, originId] = originOf(type, srcId);
    auto found = m_origins.find({uid, type, originId});
    if (found == m_origins.end())
        return;
    const Id local = found->second.localId;
    if (std::string_view(type) == "risk") {
        if (std::optional<Risk> line = m_target.stored<Risk>(local); line && line->assessmentId != assessmentId) {
            linesChanged(line->assessmentId);
            linesChanged(assessmentId);
            line->assessmentId = assessmentId;
            m_target.updateRisk(*line);
        }
    } else if (std::optional<Measure> measure = m_target.stored<Measure>(local);
               measure && measure->assessmentId != assessmentId) {
        measure->assessmentId = assessmentId;
        m_target.updateMeasure(*measure);
    }
}

} // namespace trygg::combine
