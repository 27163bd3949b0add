#include "combine/Combine.h"

#include "combine/CombineContent.h"

#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace trygg {
namespace {

using namespace combine;

// Messages in members are written trygg::trMsg: lupdate files an unqualified one under the class, where the
// translator never looks.
class Combiner {
public:
    explicit Combiner(RegisterFile &target) : m_target(target), m_local(target.load())
    {
        for (const RegisterFile::Origin &origin : target.origins())
            m_origins[{origin.sourceUid, origin.objectType, origin.sourceId}] = origin;
        remember("asset", m_local.assets);
        remember("assessment", m_local.assessments);
        remember("risk", m_local.risks);
        remember("measure", m_local.measures);
        remember("incident", m_local.incidents);
        remember("exception", m_local.exceptions);
        remember("document", m_local.documents);
        remember("review", m_local.reviews);
        remember("acceptance", m_local.acceptances);
        for (const RiskMatrix &matrix : m_local.matrices)
            m_matrices.emplace(matrixSignature(matrix), matrix.id);
    }

    void combine(const std::string &path)
    {
        RegisterFile section = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
        const RegisterData src = section.load();
        if (src.info.uid == m_local.info.uid)
            throw InputError(trygg::trMsg("%1: this is the combined register itself (or a copy of it); it cannot "
                                          "be combined into itself",
                                          path));
        m_src = &src;
        m_path = path;
        m_ids.clear();
        m_nested.clear();
        m_seen.clear();
        for (const RegisterFile::Origin &origin : section.origins())
            m_nested.emplace(std::pair{origin.objectType, origin.localId},
                             std::pair{origin.sourceUid, origin.sourceId});
        ++m_summary.sections;

        for (const OrgUnit &unit : src.units)
            m_ids[{"unit", unit.id}] = unitFor(unit.name);
        for (const Person &person : src.people)
            m_ids[{"person", person.id}] = personFor(person);
        for (const Asset &asset : src.assets)
            mergeAsset(asset);
        for (const RiskAssessment &assessment : src.assessments)
            mergeAssessment(assessment);
        for (const Risk &risk : src.risks)
            mergeRisk(risk);
        for (const Measure &measure : src.measures)
            mergeMeasure(measure);
        for (const Incident &incident : src.incidents)
            mergeIncident(incident);
        for (const RuleException &exception : src.exceptions)
            mergeException(exception);
        for (const PolicyDocument &document : src.documents)
            mergeDocument(document);
        for (const Review &review : src.reviews)
            mergeReview(review);
        for (const RiskAcceptance &acceptance : src.acceptances)
            mergeAcceptance(acceptance);
        removeDeleted();
    }

    CombineSummary summary() const { return m_summary; }

private:
    template <typename T> void remember(const char *type, const std::vector<T> &items)
    {
        for (const T &item : items)
            m_localContent[{type, item.id}] = contentOf(m_local, item);
    }

    std::optional<Id> mapped(const char *type, std::optional<Id> srcId) const
    {
        if (!srcId)
            return std::nullopt;
        auto found = m_ids.find({type, *srcId});
        return found == m_ids.end() ? std::nullopt : std::optional<Id>(found->second);
    }
    std::vector<Id> mappedAll(const char *type, const std::vector<Id> &srcIds) const
    {
        std::vector<Id> ids;
        for (Id id : srcIds)
            if (auto local = mapped(type, id))
                ids.push_back(*local);
        return ids;
    }

    Id unitFor(const std::string &name)
    {
        if (auto id = m_target.findUnit(name))
            return *id;
        ++m_summary.created;
        return m_target.addUnit({0, name, std::nullopt});
    }

    Id personFor(const Person &person)
    {
        if (auto id = m_target.findPerson(person.name))
            return *id;
        ++m_summary.created;
        Person copy = person;
        copy.id = 0;
        return m_target.addPerson(copy);
    }

    Id matrixFor(Id srcMatrixId)
    {
        const RiskMatrix *matrix = RegisterData::findById(m_src->matrices, srcMatrixId);
        if (!matrix)
            return m_local.info.currentMatrixId;
        const std::string signature = matrixSignature(*matrix);
        if (auto found = m_matrices.find(signature); found != m_matrices.end())
            return found->second;
        RiskMatrix copy = *matrix;
        copy.id = 0;
        const Id id = m_target.addMatrix(copy);
        m_matrices.emplace(signature, id);
        return id;
    }

    // Takes one object over: see combineRegisters. Returns the object it is in the target, if any.
    std::optional<Id> merge(const char *type, Id srcId, const std::string &name, const std::string &content,
                            const std::function<std::optional<Id>()> &findByName, const std::function<Id()> &add,
                            const std::function<void(Id)> &update)
    {
        m_seen.emplace(type, srcId);
        std::string uid = m_src->info.uid;
        Id originId = srcId;
        if (auto nested = m_nested.find({type, srcId}); nested != m_nested.end())
            std::tie(uid, originId) = nested->second;
        RegisterFile::Origin origin{uid, type, originId, 0, m_src->info.name, content};

        std::optional<Id> local;
        std::optional<std::string> last;
        bool known = false;
        if (auto found = m_origins.find({uid, type, originId});
            found != m_origins.end() && m_localContent.count({type, found->second.localId})) {
            local = found->second.localId;
            last = found->second.fingerprint;
            known = true;
        } else {
            local = findByName();
        }
        auto keep = [&](std::optional<std::string> fingerprint) {
            origin.fingerprint = std::move(fingerprint);
            m_target.setOrigin(origin);
            m_origins[{uid, type, originId}] = origin;
        };
        if (!local) {
            origin.localId = add();
            m_localContent[{type, origin.localId}] = content;
            ++m_summary.created;
            keep(content);
            return origin.localId;
        }
        origin.localId = *local;
        const std::string &current = m_localContent[{type, *local}];
        if (current == content || (known && last && content == *last)) {
            // The same, or changed only in the combined register since the last combine: kept.
            ++m_summary.unchanged;
            keep(current == content ? content : *last);
            return local;
        }
        if (known && last && current == *last) {
            update(*local);
            m_localContent[{type, *local}] = content;
            m_updatedFrom[{type, *local}] = m_src->info.name;
            ++m_summary.updated;
            keep(content);
            return local;
        }
        Message reason;
        if (auto other = m_updatedFrom.find({type, *local}); other != m_updatedFrom.end()) {
            reason = trygg::trMsg("changed differently in '%1', which was taken over", other->second);
        } else if (known && last) {
            reason = trygg::trMsg("changed both in the section and in the combined register since the last combine");
        } else {
            reason = trygg::trMsg("the combined register already holds it entered in the combined register with "
                                  "other content");
            for (const auto &[key, other] : m_origins)
                if (other.objectType == type && other.localId == *local && other.sourceUid != uid) {
                    reason = trygg::trMsg("the combined register already holds it from '%1' with other content",
                                          other.sourceName);
                    break;
                }
        }
        m_summary.conflicts.push_back({m_path, type, name, reason});
        keep(std::nullopt);
        return local;
    }

    void mergeAsset(const Asset &asset)
    {
        Asset copy = asset;
        copy.unitId = mapped("unit", asset.unitId);
        copy.ownerId = mapped("person", asset.ownerId);
        copy.deputyId = mapped("person", asset.deputyId);
        auto id = merge(
            "asset", asset.id, asset.name, contentOf(*m_src, asset),
            [&] { return m_target.findAsset(copy.unitId, copy.name); },
            [&] {
                copy.id = 0;
                return m_target.addAsset(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updateAsset(copy);
            });
        if (id)
            m_ids[{"asset", asset.id}] = *id;
    }

    void mergeAssessment(const RiskAssessment &assessment)
    {
        RiskAssessment copy = assessment;
        copy.unitId = mapped("unit", assessment.unitId);
        copy.assessorId = mapped("person", assessment.assessorId);
        copy.approvedById = mapped("person", assessment.approvedById);
        copy.assetIds = mappedAll("asset", assessment.assetIds);
        auto id = merge(
            "assessment", assessment.id, assessment.name, contentOf(*m_src, assessment),
            [&] { return m_target.findAssessment(copy.unitId, copy.name); },
            [&] {
                copy.id = 0;
                copy.matrixId = matrixFor(assessment.matrixId);
                return m_target.addAssessment(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updateAssessment(copy);
            });
        if (id)
            m_ids[{"assessment", assessment.id}] = *id;
    }

    void mergeRisk(const Risk &risk)
    {
        auto assessment = mapped("assessment", risk.assessmentId);
        if (!assessment)
            return;
        Risk copy = risk;
        copy.assessmentId = *assessment;
        copy.assetId = mapped("asset", risk.assetId);
        auto id = merge(
            "risk", risk.id, risk.threat, contentOf(*m_src, risk),
            [&] { return m_target.findRisk(copy.assessmentId, copy.assetId, copy.threat); },
            [&] {
                copy.id = 0;
                return m_target.addRisk(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updateRisk(copy);
            });
        if (id)
            m_ids[{"risk", risk.id}] = *id;
    }

    void mergeMeasure(const Measure &measure)
    {
        auto assessment = mapped("assessment", measure.assessmentId);
        if (!assessment)
            return;
        Measure copy = measure;
        copy.assessmentId = *assessment;
        copy.responsibleId = mapped("person", measure.responsibleId);
        copy.riskIds = mappedAll("risk", measure.riskIds);
        auto id = merge(
            "measure", measure.id, measure.what, contentOf(*m_src, measure),
            [&] { return m_target.findMeasure(copy.assessmentId, copy.what); },
            [&] {
                copy.id = 0;
                return m_target.addMeasure(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updateMeasure(copy);
            });
        if (id)
            m_ids[{"measure", measure.id}] = *id;
    }

    void mergeIncident(const Incident &incident)
    {
        Incident copy = incident;
        copy.unitId = mapped("unit", incident.unitId);
        copy.assetIds = mappedAll("asset", incident.assetIds);
        copy.riskIds = mappedAll("risk", incident.riskIds);
        copy.measureIds = mappedAll("measure", incident.measureIds);
        merge(
            "incident", incident.id, incident.description, contentOf(*m_src, incident),
            [] { return std::optional<Id>(); },
            [&] {
                copy.id = 0;
                return m_target.addIncident(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updateIncident(copy);
            });
    }

    void mergeException(const RuleException &exception)
    {
        RuleException copy = exception;
        copy.unitId = mapped("unit", exception.unitId);
        merge(
            "exception", exception.id, exception.rule, contentOf(*m_src, exception), [] { return std::optional<Id>(); },
            [&] {
                copy.id = 0;
                return m_target.addException(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updateException(copy);
            });
    }

    void mergeDocument(const PolicyDocument &document)
    {
        PolicyDocument copy = document;
        copy.unitId = mapped("unit", document.unitId);
        auto id = merge(
            "document", document.id, document.name, contentOf(*m_src, document),
            [&] {
                // The same document (the municipality's security policy, say) from another section.
                return Statement(m_target.database(),
                                 "SELECT id FROM policy_document WHERE name = ?1 AND unit_id IS ?2")
                    .bind(1, copy.name)
                    .bind(2, copy.unitId)
                    .scalar();
            },
            [&] {
                copy.id = 0;
                return m_target.addPolicyDocument(copy);
            },
            [&](Id local) {
                copy.id = local;
                m_target.updatePolicyDocument(copy);
            });
        if (id)
            m_ids[{"document", document.id}] = *id;
    }

    // Reviews and acceptances are records, never edited: their content changes only with the names of
    // what they point to, which the objects' own merges take care of.
    void mergeReview(const Review &review)
    {
        auto object = mapped(reviewedType(review.kind), review.objectId);
        if (!object) {
            m_seen.emplace("review", review.id);
            return;
        }
        Review copy = review;
        copy.objectId = *object;
        merge(
            "review", review.id, review.reviewer, contentOf(*m_src, review), [] { return std::optional<Id>(); },
            [&] {
                copy.id = 0;
                return m_target.addReview(copy);
            },
            [](Id) {});
    }

    void mergeAcceptance(const RiskAcceptance &acceptance)
    {
        auto risk = mapped("risk", acceptance.riskId);
        if (!risk) {
            m_seen.emplace("acceptance", acceptance.id);
            return;
        }
        RiskAcceptance copy = acceptance;
        copy.riskId = *risk;
        merge(
            "acceptance", acceptance.id, acceptance.acceptedBy, contentOf(*m_src, acceptance),
            [] { return std::optional<Id>(); },
            [&] {
                copy.id = 0;
                return m_target.addAcceptance(copy);
            },
            [](Id) {});
    }

    // What was taken over from this section before and is gone from it now is removed here too, unless
    // it was changed here since (or was in conflict): then it stays, listed as a conflict. Records that
    // point to others go first, so that removing an assessment never takes along a kept risk line.
    void removeDeleted()
    {
        for (const char *type :
             {"acceptance", "review", "measure", "risk", "assessment", "incident", "exception", "document", "asset"}) {
            std::vector<RegisterFile::Origin> gone;
            for (const auto &[key, origin] : m_origins)
                if (origin.sourceUid == m_src->info.uid && origin.objectType == type &&
                    !m_seen.count({type, origin.sourceId}))
                    gone.push_back(origin);
            for (const RegisterFile::Origin &origin : gone) {
                const auto local = m_localContent.find({type, origin.localId});
                if (local == m_localContent.end()) { // removed here as well
                    forget(origin);
                    continue;
                }
                const bool unchanged = origin.fingerprint && local->second == *origin.fingerprint;
                if (unchanged && !holdsOthers(type, origin.localId)) {
                    removeLocal(type, origin.localId);
                    m_localContent.erase(local);
                    forget(origin);
                    ++m_summary.removed;
                    continue;
                }
                m_summary.conflicts.push_back(
                    {m_path, type, nameOf(type, origin.localId),
                     unchanged
                         ? trygg::trMsg("no longer in the section, but it holds risk lines or measures that are "
                                        "not from it; kept")
                         : trygg::trMsg("no longer in the section, but changed in the combined register since the "
                                        "last combine; kept")});
            }
        }
    }

    void forget(const RegisterFile::Origin &origin)
    {
        m_target.removeOrigin(origin);
        m_origins.erase({origin.sourceUid, origin.objectType, origin.sourceId});
    }

    bool holdsOthers(const std::string &type, Id id) const
    {
        return type == "assessment" &&
               Statement(m_target.database(), "SELECT 1 FROM risk WHERE assessment_id = ?1 UNION ALL "
                                              "SELECT 1 FROM measure WHERE assessment_id = ?1")
                   .bind(1, id)
                   .scalar()
                   .has_value();
    }

    void removeLocal(const std::string &type, Id id)
    {
        if (type == "asset")
            m_target.removeAsset(id);
        else if (type == "assessment")
            m_target.removeAssessment(id);
        else if (type == "risk")
            m_target.removeRisk(id);
        else if (type == "measure")
            m_target.removeMeasure(id);
        else if (type == "incident")
            m_target.removeIncident(id);
        else if (type == "exception")
            m_target.removeException(id);
        else if (type == "document")
            m_target.removePolicyDocument(id);
        else if (type == "review")
            m_target.removeReview(id);
        else if (type == "acceptance")
            m_target.removeAcceptance(id);
    }

    // The name of an object of the combined register as it was before combining, for a conflict.
    std::string nameOf(const std::string &type, Id id) const
    {
        const auto find = [id](const auto &items) { return RegisterData::findById(items, id); };
        if (type == "asset")
            if (const auto *a = find(m_local.assets))
                return a->name;
        if (type == "assessment")
            if (const auto *a = find(m_local.assessments))
                return a->name;
        if (type == "risk")
            if (const auto *r = find(m_local.risks))
                return r->threat;
        if (type == "measure")
            if (const auto *m = find(m_local.measures))
                return m->what;
        if (type == "incident")
            if (const auto *i = find(m_local.incidents))
                return i->description;
        if (type == "exception")
            if (const auto *e = find(m_local.exceptions))
                return e->rule;
        if (type == "document")
            if (const auto *d = find(m_local.documents))
                return d->name;
        if (type == "review")
            if (const auto *r = find(m_local.reviews))
                return r->reviewer;
        if (type == "acceptance")
            if (const auto *a = find(m_local.acceptances))
                return a->acceptedBy;
        return std::to_string(id);
    }

    RegisterFile &m_target;
    RegisterData m_local; // as it was before combining; m_localContent follows the changes
    std::map<std::tuple<std::string, std::string, Id>, RegisterFile::Origin> m_origins;
    std::map<std::pair<std::string, Id>, std::string> m_localContent;
    std::map<std::string, Id> m_matrices;                            // signature -> matrix id in the target
    std::map<std::pair<std::string, Id>, std::string> m_updatedFrom; // updated in this combine from a section
    CombineSummary m_summary;

    const RegisterData *m_src = nullptr;
    std::string m_path;
    std::map<std::pair<std::string, Id>, Id> m_ids; // (type, id in the section) -> id in the target
    std::map<std::pair<std::string, Id>, std::pair<std::string, Id>> m_nested; // the section's own origins
    std::set<std::pair<std::string, Id>> m_seen; // (type, id in the section) of what the section holds
};

} // namespace

CombineSummary combineRegisters(RegisterFile &target, const std::vector<std::string> &sectionPaths)
{
    try {
        Transaction transaction(target.database());
        Combiner combiner(target);
        for (const std::string &path : sectionPaths)
            combiner.combine(path);
        transaction.commit();
        return combiner.summary();
    } catch (...) {
        target.discardCachedMatrices(); // a matrix version added before the failure was rolled back
        throw;
    }
}

} // namespace trygg
