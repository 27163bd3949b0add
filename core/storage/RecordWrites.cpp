// SPDX-License-Identifier: EUPL-1.2
// Adding, changing and removing a record of any kind, made from its description (RecordKinds.h): one
// transaction each, with its links, its cascades (the schema's) and its audit entry. What is particular
// to a kind is in its checkRules() and complete() (RegisterWrites.cpp, AssessmentWrites.cpp,
// CycleWrites.cpp).
#include "storage/RegisterFile.h"

#include "storage/RecordSql.h"
#include "storage/Validation.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>

namespace trygg {

namespace records {

const char *existsSql(std::string_view table)
{
    static std::mutex mutex; // registers may be written from more than one thread
    static std::map<std::string, std::string, std::less<>> statements;
    const std::lock_guard lock(mutex);
    auto it = statements.find(table);
    if (it == statements.end())
        it = statements.emplace(std::string(table), "SELECT 1 FROM " + std::string(table) + " WHERE id = ?1").first;
    return it->second.c_str();
}

} // namespace records

bool RegisterFile::exists(std::string_view table, Id id) const
{
    return cached(records::existsSql(table)).bind(1, id).scalar().has_value();
}

template <typename T> void RegisterFile::checkRecord(const T &record, bool inserting) const
{
    records::checkFields(record, inserting, [&](std::string_view table, const auto &id) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(id)>, Id>)
            return exists(table, id);
        else
            return !id || exists(table, *id);
    });
    checkRules(record);
}

template <typename T> void RegisterFile::writeLinks(Id id, const T &record)
{
    if constexpr (records::hasLinks<T>()) {
        const auto &links = records::Kind<T>::links();
        const auto &sql = records::linkSql<T>();
        for (std::size_t i = 0; i < links.size(); ++i) {
            cached(sql[i].clear.c_str()).bind(1, id).run();
            Statement &insert = cached(sql[i].insert.c_str());
            for (Id linked : record.*(links[i].member)) {
                if (!exists(links[i].target, linked))
                    throw InputError(links[i].missing(linked));
                insert.bind(1, id).bind(2, linked).run();
            }
        }
    }
}

namespace {

// `after` with every reference it cleared (an optional id now none, ids gone from a link) set back to
// what `before` had: equal to `before` when clearing references is all that changed, as when a person
// or an asset is removed.
template <typename T> T withClearedReferencesRestored(T after, const T &before)
{
    records::forEachField<T>([&](const auto &field) {
        if (!field.spec.refersTo)
            return;
        auto &value = after.*(field.member);
        if constexpr (records::IsOptional<std::remove_cvref_t<decltype(value)>>::value)
            if (!value)
                value = before.*(field.member);
    });
    if constexpr (records::hasLinks<T>()) {
        for (const records::Link<T> &link : records::Kind<T>::links()) {
            const std::vector<Id> &was = before.*(link.member);
            std::vector<Id> &now = after.*(link.member);
            if (std::all_of(now.begin(), now.end(),
                            [&](Id id) { return std::find(was.begin(), was.end(), id) != was.end(); }))
                now = was;
        }
    }
    return after;
}

Message closedRoundMessage(const std::string &name)
{
    return trygg::trMsg("'%1' is a closed round: the next round was started from it, so it stays as it was "
                        "scored; change the lines and measures of the current round instead",
                        name);
}

} // namespace

bool RegisterFile::closedRound(Id assessmentId) const
{
    return cached("SELECT frozen FROM assessment WHERE id = ?1").bind(1, assessmentId).scalar().value_or(0) != 0;
}

template <typename T> void RegisterFile::checkOpenRound(const T *stored, const T *record) const
{
    if constexpr (std::is_same_v<T, RiskAssessment>) {
        if (!stored || !stored->frozen)
            return;
        if (record) {
            if (withClearedReferencesRestored(*record, *stored) == *stored)
                return;
            RiskAssessment reopened = *stored; // the undoing of the round that closed it
            reopened.frozen = false;
            if (*record == reopened)
                return;
        }
        throw InputError(closedRoundMessage(stored->name));
    } else if constexpr (std::is_same_v<T, Risk> || std::is_same_v<T, Measure>) {
        if (stored && record && withClearedReferencesRestored(*record, *stored) == *stored)
            return;
        for (const T *version : {stored, record})
            if (version && closedRound(version->assessmentId)) {
                const std::optional<RiskAssessment> round = this->stored<RiskAssessment>(version->assessmentId);
                throw InputError(closedRoundMessage(round ? round->name : std::to_string(version->assessmentId)));
            }
    }
}

template <typename T> Id RegisterFile::add(const T &given)
{
    using Kind = records::Kind<T>;
    requireWritable();
    if (given.id < 0)
        throw std::logic_error("a record is added under a placeholder id (edit/Edit.h): applyEdit resolves those");
    // The checks too read the register as the write finds it: on a server others write meanwhile.
    Transaction transaction(*m_db);
    T record = given;
    records::trimFields(record);
    complete(record);
    checkRecord(record, true);
    checkOpenRound<T>(nullptr, &record);
    Statement &insert = cached(records::insertSql<T>(m_db->dialect()));
    insert.bind(1, validation::idOrNull(record.id));
    records::bindFields(insert, record, true);
    const Id id = insert.scalar().value();
    writeLinks(id, record);
    const char *action = "create";
    std::optional<std::string> value;
    if constexpr (requires { Kind::createAction; })
        action = Kind::createAction;
    if constexpr (requires(const T &r) { Kind::createdValue(r); })
        value = Kind::createdValue(record);
    writeAudit(action, Kind::objectType, id, Kind::nameOf(record), {}, std::nullopt, value);
    transaction.commit();
    return id;
}

template <typename T> void RegisterFile::update(const T &given)
{
    using Kind = records::Kind<T>;
    static_assert(!records::recordOnly<T>());
    requireWritable();
    Transaction transaction(*m_db);
    T record = given;
    records::trimFields(record);
    if constexpr (std::is_same_v<T, RiskAssessment> || std::is_same_v<T, Risk> || std::is_same_v<T, Measure>) {
        const std::optional<T> was = stored<T>(record.id);
        if constexpr (std::is_same_v<T, Risk>) {
            // A carried line is reassessed when someone changes its scores (issue 15).
            if (was && was->notReassessed && record.notReassessed &&
                (record.probability != was->probability || record.consequence != was->consequence ||
                 record.manyAffected != was->manyAffected || record.residualProbability != was->residualProbability ||
                 record.residualConsequence != was->residualConsequence))
                record.notReassessed = false;
        }
        checkOpenRound<T>(was ? &*was : nullptr, &record);
    }
    checkRecord(record, false);
    const Snapshot before = snapshot(Kind::objectType, record.id);
    if (before.empty())
        throw InputError(Kind::missing(record.id));
    Statement &statement = cached(records::updateSql<T>());
    statement.bind(1, record.id);
    records::bindFields(statement, record, false);
    statement.run();
    writeLinks(record.id, record);
    recordEdits(Kind::objectType, record.id, before, Kind::nameOf(record));
    transaction.commit();
}

template <typename T> void RegisterFile::remove(Id id)
{
    using Kind = records::Kind<T>;
    requireWritable();
    Transaction transaction(*m_db);
    const std::optional<T> before = stored<T>(id);
    if (!before)
        throw InputError(Kind::missing(id));
    if constexpr (std::is_same_v<T, OrgUnit>)
        checkUnused(*before);
    checkOpenRound<T>(&*before, nullptr);
    cached(records::deleteSql<T>()).bind(1, id).run(); // the schema's cascades go with it
    // Reviews name their object by kind and id, without a foreign key: they go with it.
    if constexpr (requires { Kind::reviewedAs; })
        cached("DELETE FROM review WHERE kind = ?1 AND object_id = ?2")
            .bind(1, toToken(Kind::reviewedAs))
            .bind(2, id)
            .run();
    writeAudit("delete", Kind::objectType, id, Kind::nameOf(*before));
    transaction.commit();
}

template Id RegisterFile::add<OrgUnit>(const OrgUnit &);
template Id RegisterFile::add<Person>(const Person &);
template Id RegisterFile::add<Asset>(const Asset &);
template Id RegisterFile::add<RiskAssessment>(const RiskAssessment &);
template Id RegisterFile::add<Risk>(const Risk &);
template Id RegisterFile::add<Measure>(const Measure &);
template Id RegisterFile::add<PolicyDocument>(const PolicyDocument &);
template Id RegisterFile::add<Review>(const Review &);
template Id RegisterFile::add<RiskAcceptance>(const RiskAcceptance &);
template Id RegisterFile::add<Approval>(const Approval &);
template Id RegisterFile::add<Incident>(const Incident &);
template Id RegisterFile::add<RuleException>(const RuleException &);
template void RegisterFile::update<OrgUnit>(const OrgUnit &);
template void RegisterFile::update<Person>(const Person &);
template void RegisterFile::update<Asset>(const Asset &);
template void RegisterFile::update<RiskAssessment>(const RiskAssessment &);
template void RegisterFile::update<Risk>(const Risk &);
template void RegisterFile::update<Measure>(const Measure &);
template void RegisterFile::update<PolicyDocument>(const PolicyDocument &);
template void RegisterFile::update<Incident>(const Incident &);
template void RegisterFile::update<RuleException>(const RuleException &);
template void RegisterFile::remove<OrgUnit>(Id);
template void RegisterFile::remove<Person>(Id);
template void RegisterFile::remove<Asset>(Id);
template void RegisterFile::remove<RiskAssessment>(Id);
template void RegisterFile::remove<Risk>(Id);
template void RegisterFile::remove<Measure>(Id);
template void RegisterFile::remove<PolicyDocument>(Id);
template void RegisterFile::remove<Review>(Id);
template void RegisterFile::remove<RiskAcceptance>(Id);
template void RegisterFile::remove<Approval>(Id);
template void RegisterFile::remove<Incident>(Id);
template void RegisterFile::remove<RuleException>(Id);

} // namespace trygg
