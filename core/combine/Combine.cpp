#include "combine/Combine.h"

#include "combine/CombineContent.h"

#include "model/ContentText.h"
#include "model/Error.h"
#include "risk/RiskRules.h"
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
    Combiner(RegisterFile &target, CombineResolver resolve)
        : m_target(target), m_local(target.load()), m_resolve(std::move(resolve))
    {
        for (RegisterFile::Origin origin : target.origins()) {
            // A measure's hours and cost as a version before 0.11 wrote them under a decimal comma.
            if (origin.objectType == "measure" && origin.fingerprint)
                origin.fingerprint = ContentText::withDecimalPoint(*origin.fingerprint);
            m_origins[{origin.sourceUid, origin.objectType, origin.sourceId}] = origin;
        }
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
        for (const Risk &risk : m_local.risks)
            m_riskScores[risk.id] = scoreOf(m_local.matrixOf(risk), risk).score;
    }

    void combine(const std::string &path)
    {
        RegisterFile section = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
        const RegisterData src = section.load();
        if (src.info.uid == m_local.info.uid)
            throw InputError(trygg::trMsg("%1: this is the combined register itself (or a copy of it); it cannot "
                                          "be combined into itself",
                                          path));
        if (auto copy = m_sectionPaths.find(src.info.uid); copy != m_sectionPaths.end())
            throw InputError(trygg::trMsg("%1 and %2 are copies of one register (the same register id), so their "
                                          "objects cannot be told apart; combine each section's own register",
                                          copy->second, path));
        m_sectionPaths.emplace(src.info.uid, path);
        m_src = &src;
        m_path = path;
        m_ids.clear();
        m_nested.clear();
        m_seen.clear();
        m_claimed.clear();
        for (const RegisterFile::Origin &origin : section.origins())
            m_nested.emplace(std::pair{origin.objectType, origin.localId},
                             std::pair{origin.sourceUid, origin.sourceId});
        claimLiveOrigins(src);
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
    // Where an object of the section comes from: the section itself, or the register it was combined
    // from in its turn (objects taken from a combined register keep their first origin).
    std::pair<std::string, Id> originOf(const std::string &type, Id srcId) const
    {
        if (auto nested = m_nested.find({type, srcId}); nested != m_nested.end())
            return nested->second;
        return {m_src->info.uid, srcId};
    }

    // The objects of the target that an object the section still holds stands for: the name fallback
    // passes them by, so that two identical lines of the section never become one.
    void claimLiveOrigins(const RegisterData &src)
    {
        std::set<std::tuple<std::string, std::string, Id>> live;
        const auto add = [&](const char *type, const auto &items) {
            for (const auto &item : items) {
                const auto [uid, id] = originOf(type, item.id);
                live.emplace(uid, type, id);
            }
        };
        add("asset", src.assets);
        add("assessment", src.assessments);
        add("risk", src.risks);
        add("measure", src.measures);
        add("incident", src.incidents);
        add("exception", src.exceptions);
        add("document", src.documents);
        add("review", src.reviews);
        add("acceptance", src.acceptances);
        for (const auto &[key, origin] : m_origins)
            if (live.count(key) && m_localContent.count({origin.objectType, origin.localId}))
                m_claimed.emplace(origin.objectType, origin.localId);
    }

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
    // `byName`: the target's objects that would be the same by name; `addSeparate`: adds the section's
    // version beside the target's (a conflict resolved by keeping both), returning it and its content.
    std::optional<Id> merge(const char *type, Id srcId, const std::string &name, const std::string &content,
                            const std::function<std::vector<Id>()> &byName, const std::function<Id()> &add,
                            const std::function<void(Id)> &update,
                            const std::function<std::pair<Id, std::string>()> &addSeparate,
                            std::optional<int> sectionScore = std::nullopt)
    {
        m_seen.emplace(type, srcId);
        const auto [uid, originId] = originOf(type, srcId);
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
            for (Id candidate : byName())
                if (!m_claimed.count({type, candidate}) && m_localContent.count({type, candidate})) {
                    local = candidate;
                    break;
                }
        }
        auto keep = [&, uid = uid, originId = originId](std::optional<std::string> fingerprint) {
            origin.fingerprint = std::move(fingerprint);
            m_target.setOrigin(origin);
            m_origins[{uid, type, originId}] = origin;
            m_claimed.emplace(type, origin.localId);
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
        CombineConflict conflict{m_path,
                                 m_src->info.name,
                                 type,
                                 name,
                                 conflictReason(type, *local, uid, originId, known && last.has_value()),
                                 srcId,
                                 *local,
                                 false,
                                 sectionScore,
                                 score(type, *local),
                                 std::nullopt};
        conflict.resolution = m_resolve ? m_resolve(conflict) : std::nullopt;
        m_summary.conflicts.push_back(conflict);
        if (!conflict.resolution) {
            // Kept as it is; what was last taken over stays the fingerprint, so the reason stays true.
            keep(known ? last : std::nullopt);
            return local;
        }
        // Resolved: the section's content as it is now is the fingerprint, so the next combine sees
        // nothing new in the section and raises no conflict until the section changes again.
        switch (*conflict.resolution) {
        case CombineResolution::Section:
            update(*local);
            m_localContent[{type, *local}] = content;
            m_updatedFrom[{type, *local}] = m_src->info.name;
            ++m_summary.updated;
            break;
        case CombineResolution::Combined: ++m_summary.unchanged; break;
        case CombineResolution::Both: {
            auto [separate, separateContent] = addSeparate();
            origin.localId = separate;
            m_localContent[{type, separate}] = std::move(separateContent);
            ++m_summary.created;
            break;
        }
        }
        keep(content);
        return origin.localId;
    }

    Message conflictReason(const std::string &type, Id local, const std::string &uid, Id originId,
                           bool changedSinceLastCombine) const
    {
        if (auto other = m_updatedFrom.find({type, local}); other != m_updatedFrom.end())
            return trygg::trMsg("changed differently in '%1', which was taken over", other->second);
        if (changedSinceLastCombine)
            return trygg::trMsg("changed both in the section and in the combined register since the last combine");
        // Which section the combined register's version came from: the origin whose content it holds,
        // else any other origin of the object.
        const RegisterFile::Origin *from = nullptr;
        const std::string &current = m_localContent.at({type, local});
        for (const auto &[key, other] : m_origins) {
            if (other.objectType != type || other.localId != local ||
                (other.sourceUid == uid && other.sourceId == originId))
                continue;
            if (!from || (other.fingerprint == current && from->fingerprint != current))
                from = &other;
        }
        if (from)
            return trygg::trMsg("the combined register already holds it from '%1' with other content",
                                from->sourceName);
        return trygg::trMsg("the combined register already holds it, entered there, with other content");
    }

    std::optional<int> score(const std::string &type, Id local) const
    {
        if (type != "risk")
            return std::nullopt;
        auto found = m_riskScores.find(local);
        return found == m_riskScores.end() ? std::nullopt : std::optional<int>(found->second);
    }

    // A name for the section's version beside the target's, for objects whose names are unique in
    // their unit: "Visma (NAV)".
    std::string separateName(const std::string &name, const std::function<bool(const std::string &)> &taken) const
    {
        std::string candidate = name + " (" + m_src->info.name + ")";
        for (int n = 2; taken(candidate); ++n)
            candidate = name + " (" + m_src->info.name + " " + std::to_string(n) + ")";
        return candidate;
    }

    static std::vector<Id> listOf(std::optional<Id> id) { return id ? std::vector<Id>{*id} : std::vector<Id>{}; }

    void mergeAsset(const Asset &asset)
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
                separate.name = separateName(asset.name, [&](const std::string &name) {
                    return m_target.findAsset(copy.unitId, name).has_value();
                });
                copy.id = 0;
                copy.name = separate.name;
                return std::pair{m_target.addAsset(copy), contentOf(*m_src, separate)};
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

    void mergeRisk(const Risk &risk)
    {
        auto assessment = mapped("assessment", risk.assessmentId);
        if (!assessment)
            return;
        Risk copy = risk;
        copy.assessmentId = *assessment;
        copy.assetId = mapped("asset", risk.assetId);
        const int sectionScore = scoreOf(m_src->matrixOf(risk), risk).score;
        const std::string content = contentOf(*m_src, risk);
        auto added = [&] {
            copy.id = 0;
            const Id id = m_target.addRisk(copy);
            m_riskScores[id] = sectionScore;
            return id;
        };
        auto id = merge(
            "risk", risk.id, risk.threat, content,
            [&] { return m_target.findRisks(copy.assessmentId, copy.assetId, copy.threat); }, added,
            [&](Id local) {
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

    void mergeMeasure(const Measure &measure)
    {
        auto assessment = mapped("assessment", measure.assessmentId);
        if (!assessment)
            return;
        Measure copy = measure;
        copy.assessmentId = *assessment;
        copy.responsibleId = mapped("person", measure.responsibleId);
        copy.riskIds = mappedAll("risk", measure.riskIds);
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

    void mergeIncident(const Incident &incident)
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

    void mergeException(const RuleException &exception)
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

    void mergeDocument(const PolicyDocument &document)
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
                                "SELECT id FROM policy_document WHERE name = ?1 AND unit_id IS ?2 ORDER BY id");
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

    void mergeAcceptance(const RiskAcceptance &acceptance)
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
            "acceptance", acceptance.id, acceptance.acceptedBy, content, [] { return std::vector<Id>(); }, added,
            [](Id) {},
            [&] {
                return std::pair{added(), content};
            });
    }

    // What was taken over from this section before and is gone from it now is removed here too, unless
    // it was changed here since (or was in conflict): then it stays, listed as a conflict. What another
    // object of the section, or another section, stands for now only stops following this one. Records
    // that point to others go first, so that removing an assessment never takes along a kept risk line.
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
                if (local == m_localContent.end() || m_claimed.count({type, origin.localId}) || heldElsewhere(origin)) {
                    forget(origin);
                    continue;
                }
                const bool unchanged = origin.fingerprint && local->second == *origin.fingerprint;
                const bool others = holdsOthers(type, origin.localId);
                if (unchanged && !others) {
                    remove(origin);
                    continue;
                }
                CombineConflict conflict{
                    m_path,
                    m_src->info.name,
                    type,
                    objectName(m_local, type, origin.localId),
                    unchanged ? trygg::trMsg("no longer in the section, but it holds risk lines or measures that are "
                                             "not from it; kept")
                              : trygg::trMsg("no longer in the section, but changed in the combined register since the "
                                             "last combine; kept"),
                    origin.sourceId,
                    origin.localId,
                    true,
                    std::nullopt,
                    score(type, origin.localId),
                    std::nullopt};
                conflict.resolution = m_resolve ? m_resolve(conflict) : std::nullopt;
                // Taking the section's version (its removal) would take lines from elsewhere along.
                if (conflict.resolution == CombineResolution::Section && others)
                    conflict.resolution = std::nullopt;
                m_summary.conflicts.push_back(conflict);
                if (conflict.resolution == CombineResolution::Section)
                    remove(origin);
                else if (conflict.resolution) // the combined register's own from now on
                    forget(origin);
            }
        }
    }

    void remove(const RegisterFile::Origin &origin)
    {
        removeObject(m_target, origin.objectType, origin.localId);
        m_localContent.erase({origin.objectType, origin.localId});
        forget(origin);
        ++m_summary.removed;
    }

    // Does another section's origin (or a nested one) still stand for the object?
    bool heldElsewhere(const RegisterFile::Origin &gone) const
    {
        for (const auto &[key, origin] : m_origins)
            if (origin.objectType == gone.objectType && origin.localId == gone.localId &&
                origin.sourceUid != gone.sourceUid)
                return true;
        return false;
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

    RegisterFile &m_target;
    RegisterData m_local; // as it was before combining; m_localContent follows the changes
    std::map<std::tuple<std::string, std::string, Id>, RegisterFile::Origin> m_origins;
    std::map<std::pair<std::string, Id>, std::string> m_localContent;
    std::map<std::string, Id> m_matrices;                            // signature -> matrix id in the target
    std::map<std::pair<std::string, Id>, std::string> m_updatedFrom; // updated in this combine from a section
    std::map<Id, int> m_riskScores;                                  // risk lines of the target: score
    CombineResolver m_resolve;
    std::map<std::string, std::string> m_sectionPaths; // uid -> path of the sections combined
    CombineSummary m_summary;

    const RegisterData *m_src = nullptr;
    std::string m_path;
    std::map<std::pair<std::string, Id>, Id> m_ids; // (type, id in the section) -> id in the target
    std::map<std::pair<std::string, Id>, std::pair<std::string, Id>> m_nested; // the section's own origins
    std::set<std::pair<std::string, Id>> m_seen;    // (type, id in the section) of what the section holds
    std::set<std::pair<std::string, Id>> m_claimed; // (type, id in the target) the section's objects stand for
};

CombineSummary runCombine(RegisterFile &target, const std::vector<std::string> &sectionPaths,
                          const CombineResolver &resolve)
{
    try {
        Transaction transaction(target.database());
        Combiner combiner(target, resolve);
        for (const std::string &path : sectionPaths)
            combiner.combine(path);
        transaction.commit();
        return combiner.summary();
    } catch (...) {
        target.discardCachedMatrices(); // a matrix version added before the failure was rolled back
        throw;
    }
}

bool sameConflict(const CombineConflict &a, const CombineConflict &b)
{
    return a.objectType == b.objectType && a.sectionId == b.sectionId && a.gone == b.gone;
}

} // namespace

CombineSummary combineRegisters(RegisterFile &target, const std::vector<std::string> &sectionPaths,
                                const CombineResolver &resolve)
{
    return runCombine(target, sectionPaths, resolve);
}

CombineSummary resolveConflict(RegisterFile &target, const CombineConflict &conflict, CombineResolution resolution)
{
    Transaction transaction(target.database()); // the combine below commits only into this one
    const CombineSummary summary =
        runCombine(target, {conflict.section}, [&](const CombineConflict &found) -> std::optional<CombineResolution> {
            if (sameConflict(found, conflict))
                return resolution;
            return std::nullopt;
        });
    for (const CombineConflict &found : summary.conflicts)
        if (sameConflict(found, conflict) && !found.resolution) {
            target.discardCachedMatrices();
            throw InputError(trygg::trMsg("%1: %2 '%3' holds risk lines or measures that are not from the section; "
                                          "move or remove them before taking the section's removal",
                                          conflict.section, conflict.objectType, conflict.name));
        }
    transaction.commit();
    return summary;
}

std::string_view toToken(CombineResolution resolution)
{
    switch (resolution) {
    case CombineResolution::Section: return "section";
    case CombineResolution::Combined: return "combined";
    case CombineResolution::Both: return "both";
    }
    return "section";
}

std::optional<CombineResolution> parseCombineResolution(std::string_view text)
{
    for (CombineResolution resolution :
         {CombineResolution::Section, CombineResolution::Combined, CombineResolution::Both})
        if (text == toToken(resolution))
            return resolution;
    return std::nullopt;
}

} // namespace trygg
