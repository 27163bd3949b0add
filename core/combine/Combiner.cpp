// SPDX-License-Identifier: EUPL-1.2
// Combining one section after another: its origins, and the decision for one object (Combiner.h).
#include "combine/Combiner.h"

#include "combine/CombineContent.h"
#include "model/ContentText.h"
#include "model/Error.h"
#include "platform/Paths.h"
#include "risk/RiskRules.h"
#include "storage/Connect.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <filesystem>
#include <random>

namespace trygg::combine {

namespace {

// The bookkeeping rows of the origin table (issue 19), beside the objects' own: a section combined
// into this register (source_uid: the identity it has here, source_name: its file, fingerprint: its
// own register id), and a register whose objects a section carries from its own combines (source_uid:
// that register's id, source_name: the identity of the section that carries them).
constexpr const char *SectionRow = "section";
constexpr const char *CarriedRow = "carried";
// And an object a section carries from such a register: object_type "carrier:" and the object's type,
// source_uid and source_id those of its origin, source_name the identity of the section that carried it
// here first (issue 19: a third section may not speak for it).
constexpr std::string_view CarrierRow = "carrier:";

bool isBookkeeping(const std::string &type)
{
    return type == SectionRow || type == CarriedRow || type.starts_with(CarrierRow);
}

// The content of a section's object by the type combining gives it; none when the section has no such
// object.
std::optional<std::string> contentIn(const RegisterData &d, const std::string &type, Id id)
{
    const auto of = [&](const auto &items) -> std::optional<std::string> {
        if (const auto *item = RegisterData::findById(items, id))
            return contentOf(d, *item);
        return std::nullopt;
    };
    if (type == "asset")
        return of(d.assets);
    if (type == "assessment")
        return of(d.assessments);
    if (type == "risk")
        return of(d.risks);
    if (type == "measure")
        return of(d.measures);
    if (type == "incident")
        return of(d.incidents);
    if (type == "exception")
        return of(d.exceptions);
    if (type == "document")
        return of(d.documents);
    if (type == "review")
        return of(d.reviews);
    if (type == "acceptance")
        return of(d.acceptances);
    return std::nullopt;
}

// A register identity nobody else has: 128 random bits as 32 hex digits, as a register's uid is.
std::string freshIdentity()
{
    std::random_device device;
    constexpr const char *Digits = "0123456789abcdef";
    std::string identity;
    for (int i = 0; i < 16; ++i) {
        const unsigned byte = device() & 0xffu;
        identity += Digits[byte >> 4];
        identity += Digits[byte & 0xfu];
    }
    return identity;
}

// A file as one text wherever it was named from: "./a/../b.trygg" and "/home/k/b.trygg" are one file. A
// server's address is one as it is.
std::string absolutePath(const std::string &path)
{
    if (isServerAddress(path))
        return path;
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(files::pathFromUtf8(path), ec);
    return files::utf8Of((ec ? files::pathFromUtf8(path) : absolute).lexically_normal());
}

} // namespace

template <typename T> void Combiner::remember(const char *type, const std::vector<T> &items)
{
    for (const T &item : items)
        m_localContent[{type, item.id}] = contentOf(m_local, item);
}

Combiner::Combiner(RegisterFile &target, CombineResolver resolve)
    : m_target(target), m_local(target.load()), m_resolve(std::move(resolve))
{
    for (RegisterFile::Origin origin : target.origins()) {
        if (origin.objectType == SectionRow) {
            m_known.push_back({origin.sourceUid, origin.sourceName, origin.fingerprint.value_or(origin.sourceUid)});
            continue;
        }
        if (origin.objectType == CarriedRow) {
            m_carriers.emplace(origin.sourceUid, origin.sourceName);
            continue;
        }
        if (origin.objectType.starts_with(CarrierRow)) {
            m_objectCarriers.emplace(
                std::tuple{origin.sourceUid, origin.objectType.substr(CarrierRow.size()), origin.sourceId},
                origin.sourceName);
            continue;
        }
        m_uidsFromBefore.insert(origin.sourceUid);
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

void Combiner::combineAll(const std::vector<std::string> &paths, const std::set<std::string> &asNewSections)
{
    for (const std::string &path : asNewSections)
        m_asNew.insert(absolutePath(path));
    // Every section's register id first: none may speak for another section of the run.
    for (const std::string &path : paths)
        m_runUids.insert(RegisterFile::open(path, RegisterFile::Access::ReadOnly).info().uid);
    for (const std::string &path : paths)
        combine(path);
}

void Combiner::combine(const std::string &path)
{
    RegisterFile section = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const RegisterData src = section.load();
    const std::string file = absolutePath(path);
    const bool asNew = m_asNew.count(file) > 0;
    // Combined as a new section now or before: a section of its own whatever its register id.
    const bool own =
        asNew || std::any_of(m_known.begin(), m_known.end(), [&](const KnownSection &known) {
            return known.path == file && known.registerUid == src.info.uid && known.identity != src.info.uid;
        });
    if (src.info.uid == m_local.info.uid && (!own || file == absolutePath(m_target.path())))
        throw InputError(trygg::trMsg("%1: this is the combined register itself (or a copy of it); it cannot "
                                      "be combined into itself",
                                      path));
    if (auto copy = m_sectionPaths.find(src.info.uid); copy != m_sectionPaths.end() && !own)
        throw SameRegisterError(trygg::trMsg("%1 and %2 are copies of one register (the same register id), so "
                                             "their objects cannot be told apart; combine each section's own "
                                             "register, or, if %2 is a different section, combine it as a new section",
                                             copy->second, path),
                                path);
    m_uid = identityOf(src.info.uid, file, path, asNew);
    if (m_uid == src.info.uid)
        m_sectionPaths.emplace(src.info.uid, path);
    m_sectionUids.insert(m_uid);
    m_src = &src;
    m_path = path;
    m_ids.clear();
    m_lines.clear(); // an earlier section's removals changed them
    m_nested.clear();
    m_seen.clear();
    m_claimed.clear();
    // What the section says about where its objects came from: only what it may say (see mayCarry). A
    // section combined as a new one is a copy: it carries nothing.
    std::set<std::string> carried;
    for (const RegisterFile::Origin &origin : section.origins()) {
        if (isBookkeeping(origin.objectType) || asNew || !mayCarry(origin.sourceUid, src.info.uid) ||
            !mayCarryObject(origin, src))
            continue;
        m_nested.emplace(std::pair{origin.objectType, origin.localId}, std::pair{origin.sourceUid, origin.sourceId});
        carried.insert(origin.sourceUid);
    }
    for (const std::string &uid : carried)
        if (!m_carriers.count(uid)) {
            m_target.setOrigin({uid, CarriedRow, 0, 0, m_uid, std::nullopt});
            m_carriers.emplace(uid, m_uid);
        }
    claimLiveOrigins(src);
    ++m_summary.sections;

    // What the register refuses of the section (a date more than a day in the future, say, written by an
    // earlier version) is named with the section's file.
    try {
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
        closeRounds(src);
    } catch (const InputError &error) {
        throw InputError(trygg::trMsg("%1: %2", path, error.message()));
    }
}

std::pair<std::string, Id> Combiner::originOf(const std::string &type, Id srcId) const
{
    if (auto nested = m_nested.find({type, srcId}); nested != m_nested.end())
        return nested->second;
    return {m_uid, srcId};
}

std::string Combiner::identityOf(const std::string &uid, const std::string &file, const std::string &path, bool asNew)
{
    const KnownSection *samePath = nullptr;
    const KnownSection *otherPath = nullptr;
    for (const KnownSection &known : m_known)
        if (known.registerUid == uid) {
            if (known.path == file)
                samePath = &known;
            else if (!otherPath && known.identity == uid) // one combined as a new section has its own
                otherPath = &known;
        }
    if (samePath)
        return samePath->identity;
    std::string identity = uid;
    if (asNew) {
        // A different section that has a copy's id: an identity of its own here, kept for its file.
        identity = freshIdentity();
    } else if (otherPath) {
        std::error_code ec;
        if (std::filesystem::exists(files::pathFromUtf8(otherPath->path), ec))
            throw SameRegisterError(
                trygg::trMsg("%1 has the same register id as %2, which was combined into this register "
                             "before: one is a copy of the other, so their objects cannot be told "
                             "apart. Combine each section's own register, or, if %1 is a different "
                             "section, combine it as a new section",
                             path, otherPath->path),
                path);
        // The section's file moved (or the shared folder is reached another way): the same section.
        identity = otherPath->identity;
        m_target.removeOrigin({identity, SectionRow, 0, 0, otherPath->path, uid});
        m_known.erase(m_known.begin() + (otherPath - m_known.data()));
    }
    m_target.setOrigin({identity, SectionRow, 0, 0, file, uid});
    m_known.push_back({identity, file, uid});
    return identity;
}

// Issue 19 ("Sections you can trust"): a section speaks for its own objects. What its origin table
// says it carries from its own combines is believed only for a register that is none of the sections
// of this run or of earlier combines (those speak for themselves, and no other section may speak for
// their objects), not this register and not the section itself. A register whose objects are here from
// before this bookkeeping, and that no section carried since (known by no row), is not believed either:
// nothing can show whether they came straight from a section.
bool Combiner::mayCarry(const std::string &uid, const std::string &sectionUid) const
{
    if (uid == m_local.info.uid || uid == sectionUid || uid == m_uid || m_runUids.count(uid) ||
        m_sectionUids.count(uid))
        return false;
    for (const KnownSection &known : m_known)
        if (known.identity == uid || known.registerUid == uid)
            return false;
    if (m_carriers.count(uid))
        return true; // carried here before: several sections may carry one register's objects (a split)
    return !m_uidsFromBefore.count(uid);
}

// Issue 19: several sections may carry one register's objects (a register split into sections), but an
// object another section carried here first is spoken for by that section: a third section's claim on it
// is believed only where it changes nothing (the same object, as a split gives it); else the object the
// section has is its own, and is combined as such.
bool Combiner::mayCarryObject(const RegisterFile::Origin &claim, const RegisterData &src)
{
    std::tuple key{claim.sourceUid, claim.objectType, claim.sourceId};
    const auto carrier = m_objectCarriers.find(key);
    if (carrier == m_objectCarriers.end()) {
        m_target.setOrigin(
            {claim.sourceUid, std::string(CarrierRow) + claim.objectType, claim.sourceId, 0, m_uid, std::nullopt});
        m_objectCarriers.emplace(std::move(key), m_uid);
        return true;
    }
    if (carrier->second == m_uid)
        return true;
    const auto known = m_origins.find(key);
    if (known == m_origins.end())
        return false;
    const auto local = m_localContent.find({claim.objectType, known->second.localId});
    const std::optional<std::string> content = contentIn(src, claim.objectType, claim.localId);
    return local != m_localContent.end() && content && *content == local->second;
}

void Combiner::claimLiveOrigins(const RegisterData &src)
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

std::optional<Id> Combiner::mapped(const char *type, std::optional<Id> srcId) const
{
    if (!srcId)
        return std::nullopt;
    auto found = m_ids.find({type, *srcId});
    return found == m_ids.end() ? std::nullopt : std::optional<Id>(found->second);
}

std::vector<Id> Combiner::mappedAll(const char *type, const std::vector<Id> &srcIds) const
{
    std::vector<Id> ids;
    for (Id id : srcIds)
        if (auto local = mapped(type, id))
            ids.push_back(*local);
    return ids;
}

Id Combiner::unitFor(const std::string &name)
{
    if (auto id = m_target.findUnit(name))
        return *id;
    ++m_summary.created;
    return m_target.addUnit({0, name, std::nullopt});
}

Id Combiner::personFor(const Person &person)
{
    if (auto id = m_target.findPerson(person.name))
        return *id;
    ++m_summary.created;
    Person copy = person;
    copy.id = 0;
    return m_target.addPerson(copy);
}

Id Combiner::matrixFor(Id srcMatrixId)
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

std::optional<Id> Combiner::merge(const char *type, Id srcId, const std::string &name, const std::string &content,
                                  const std::function<std::vector<Id>()> &byName, const std::function<Id()> &add,
                                  const std::function<void(Id)> &update,
                                  const std::function<std::pair<Id, std::string>()> &addSeparate,
                                  std::optional<int> sectionScore)
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
        if (std::string_view(type) == "assessment")
            m_split.insert(separate); // the section's lines go with it (followSplit)
        origin.localId = separate;
        m_localContent[{type, separate}] = std::move(separateContent);
        ++m_summary.created;
        break;
    }
    }
    keep(content);
    return origin.localId;
}

Message Combiner::conflictReason(const std::string &type, Id local, const std::string &uid, Id originId,
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
        return trygg::trMsg("the combined register already holds it from '%1' with other content", from->sourceName);
    return trygg::trMsg("the combined register already holds it, entered there, with other content");
}

std::optional<int> Combiner::score(const std::string &type, Id local) const
{
    if (type != "risk")
        return std::nullopt;
    auto found = m_riskScores.find(local);
    return found == m_riskScores.end() ? std::nullopt : std::optional<int>(found->second);
}

std::string Combiner::separateName(const std::string &name, const std::function<bool(const std::string &)> &taken) const
{
    std::string candidate = name + " (" + m_src->info.name + ")";
    for (int n = 2; taken(candidate); ++n)
        candidate = name + " (" + m_src->info.name + " " + std::to_string(n) + ")";
    return candidate;
}

} // namespace trygg::combine
