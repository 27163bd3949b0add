// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Each kind of record a register holds, described once (issue 11; KMyMoney's MyMoneyDbDef is the
// model): its table, its columns with the member each holds and how a value is checked, its links to
// other records, where the register in memory keeps it, and how the audit trail names it. The SQL that
// reads and writes it, the checks of each field on writing and on loading, and the audit snapshot are
// made from this description (RecordSql.h); what is particular to a kind (a unique name, a rule of the
// risk method) stays in its own check in RegisterFile.
//
// Adding a field to a record: the member in the domain struct, one line here, a schema upgrade, and
// the places that show it.

#include "model/Clock.h"
#include "model/Message.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "storage/Validation.h"

#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace trygg::records {

// How a field's value is checked when it is written; `label` names the field in the message.
struct Spec {
    Message label{};
    std::size_t maxLength = validation::MaxTextLength; // texts, in characters
    bool required = false;                             // a text that may not be empty
    bool trimmed = false;                              // blanks around it are not stored
    bool oneLine = false;                              // a name: no control characters
    bool insertOnly = false;                           // never changed once the record exists
    std::optional<std::pair<int, int>> range{};        // a level
    bool count = false;                                // a number of things: zero or more
    const char *refersTo = nullptr;                    // the table of the record an id refers to
    Message (*missing)(Id id) = nullptr;               // when there is none with the id (else `label`)
    // The column in SQL where its member's type does not say it all (storage/SchemaDescription.cpp):
    bool unique = false;      // no two records have the same value
    bool keepsTarget = false; // a reference: its record cannot be deleted while referred to (else deleting
                              // it clears an optional reference and deletes along a required one)
    bool noDefault = false;   // no DEFAULT, though a column of its type has one ('' or 0)
    bool checkedFlag = false; // a flag the file CHECKs to be 0 or 1 (on a server every flag is checked)
};

// A name: required, trimmed, at most MaxNameLength characters.
inline Spec name(Message label)
{
    Spec spec{std::move(label), validation::MaxNameLength, true, true};
    spec.oneLine = true;
    return spec;
}
// A short optional text (a role): at most MaxNameLength characters.
inline Spec shortText(Message label, bool trimmed = false)
{
    Spec spec{std::move(label), validation::MaxNameLength, false, trimmed};
    spec.oneLine = true;
    return spec;
}
inline Spec text(Message label, bool required = false, bool trimmed = false)
{
    return {std::move(label), validation::MaxTextLength, required, trimmed};
}
inline Spec count(Message label)
{
    Spec spec{std::move(label)};
    spec.count = true;
    return spec;
}
inline Spec level(Message label, int min, int max)
{
    Spec spec{std::move(label)};
    spec.range = std::pair(min, max);
    return spec;
}
// An id of a record in `table`; `missing` when there is none with it.
inline Spec reference(const char *table, Message missing)
{
    Spec spec{std::move(missing)};
    spec.refersTo = table;
    return spec;
}
inline Spec reference(const char *table, Message (*missing)(Id id))
{
    Spec spec;
    spec.refersTo = table;
    spec.missing = missing;
    return spec;
}
inline Spec checked(Message label)
{
    return {std::move(label)};
}
inline Spec unique(Spec spec)
{
    spec.unique = true;
    return spec;
}
inline Spec keepsTarget(Spec spec)
{
    spec.keepsTarget = true;
    return spec;
}
inline Spec noDefault(Spec spec = {})
{
    spec.noDefault = true;
    return spec;
}
inline Spec checkedFlag()
{
    Spec spec;
    spec.checkedFlag = true;
    return spec;
}

// One column: its name, the member that holds it, how it is checked.
template <typename T, typename M> struct Field {
    const char *column;
    M T::*member;
    Spec spec;
};
template <typename T, typename M> Field<T, M> field(const char *column, M T::*member, Spec spec = {})
{
    return {column, member, std::move(spec)};
}

// A list of ids kept in a link table (`ownerColumn`, `column`) beside the record.
template <typename T> struct Link {
    const char *table;
    const char *ownerColumn;
    const char *column;
    const char *target; // the table of the linked records
    std::vector<Id> T::*member;
    const char *auditField; // the link's field in the audit trail
    Message (*missing)(Id id);
};

template <typename T> struct Kind;

template <> struct Kind<OrgUnit> {
    static constexpr const char *table = "unit";
    static constexpr const char *objectType = "unit";
    static constexpr auto inMemory = &RegisterData::units;
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("name", &OrgUnit::name, unique(name(trygg::trMsg("the unit's name")))),
            field("parent_id", &OrgUnit::parentId, reference("unit", trygg::trMsg("the parent unit does not exist")))};
        return f;
    }
    static std::string nameOf(const OrgUnit &unit) { return unit.name; }
    static Message missing(Id id) { return trygg::trMsg("unit %1 does not exist", id); }
};

template <> struct Kind<Person> {
    static constexpr const char *table = "person";
    static constexpr const char *objectType = "person";
    static constexpr auto inMemory = &RegisterData::people;
    static const auto &fields()
    {
        static const auto f = std::tuple{field("name", &Person::name, unique(name(trygg::trMsg("the person's name")))),
                                         field("role", &Person::role, shortText(trygg::trMsg("the person's role"))),
                                         field("security_leader", &Person::securityLeader),
                                         field("it_responsible", &Person::itResponsible)};
        return f;
    }
    static std::string nameOf(const Person &person) { return person.name; }
    static Message missing(Id id) { return trygg::trMsg("person %1 does not exist", id); }
};

template <> struct Kind<Asset> {
    static constexpr const char *table = "asset";
    static constexpr const char *objectType = "asset";
    static constexpr auto inMemory = &RegisterData::assets;
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("name", &Asset::name, name(trygg::trMsg("the asset's name"))),
            field("type", &Asset::type),
            field("unit_id", &Asset::unitId,
                  keepsTarget(reference("unit", trygg::trMsg("the asset's unit does not exist")))),
            field("owner_id", &Asset::ownerId, reference("person", trygg::trMsg("the asset's owner does not exist"))),
            field("deputy_id", &Asset::deputyId,
                  reference("person", trygg::trMsg("the asset's deputy does not exist"))),
            field("purpose", &Asset::purpose, text(trygg::trMsg("purpose"))),
            field("information", &Asset::information, text(trygg::trMsg("information"))),
            field("personal_data", &Asset::personalData),
            field("persons", &Asset::persons, count(trygg::trMsg("number of persons registered"))),
            field("legal_basis", &Asset::legalBasis, text(trygg::trMsg("legal basis"))),
            field("operator", &Asset::operatorName, text(trygg::trMsg("operator"))),
            field("dpa", &Asset::dataProcessingAgreement),
            field("confidentiality", &Asset::confidentiality,
                  level(trygg::trMsg("confidentiality"), 0, ClassificationLevelMax)),
            field("integrity", &Asset::integrity, level(trygg::trMsg("integrity"), 0, ClassificationLevelMax)),
            field("availability", &Asset::availability, level(trygg::trMsg("availability"), 0, ClassificationLevelMax)),
            field("classification", &Asset::classification, text(trygg::trMsg("classification"))),
            field("archiving", &Asset::archiving, text(trygg::trMsg("archiving"))),
            field("safeguards", &Asset::safeguards, text(trygg::trMsg("safeguards"))),
            field("storage", &Asset::storage, text(trygg::trMsg("storage"))),
            field("notes", &Asset::notes, text(trygg::trMsg("notes"))),
            field("notification", &Asset::notification, text(trygg::trMsg("notification or licence")))};
        return f;
    }
    static std::string nameOf(const Asset &asset) { return asset.name; }
    static Message missing(Id id) { return trygg::trMsg("asset %1 does not exist", id); }
    static constexpr ReviewKind reviewedAs = ReviewKind::Asset;
};

template <> struct Kind<RiskAssessment> {
    static constexpr const char *table = "assessment";
    static constexpr const char *objectType = "assessment";
    static constexpr auto inMemory = &RegisterData::assessments;
    static const auto &fields()
    {
        static const auto f = [] {
            Spec matrix = reference("matrix", trygg::trMsg("the assessment's risk matrix does not exist"));
            // The criteria an assessment was scored against stay with it (003 section 5).
            matrix.insertOnly = true;
            matrix.keepsTarget = true;
            return std::tuple{
                field("name", &RiskAssessment::name, name(trygg::trMsg("the assessment's name"))),
                field("unit_id", &RiskAssessment::unitId,
                      keepsTarget(reference("unit", trygg::trMsg("the assessment's unit does not exist")))),
                field("assessor_id", &RiskAssessment::assessorId,
                      reference("person", trygg::trMsg("the assessor does not exist"))),
                field("date", &RiskAssessment::date, checked(trygg::trMsg("the assessment's date"))),
                field("status", &RiskAssessment::status),
                field("matrix_id", &RiskAssessment::matrixId, std::move(matrix)),
                field("approved_by_id", &RiskAssessment::approvedById,
                      reference("person", trygg::trMsg("the person who approved the assessment does not exist"))),
                field("approved_on", &RiskAssessment::approvedOn,
                      checked(trygg::trMsg("the assessment's approval date"))),
                field("previous_id", &RiskAssessment::previousId,
                      reference("assessment", trygg::trMsg("the round the assessment was started from does not exist"))),
                field("frozen", &RiskAssessment::frozen, checkedFlag())};
        }();
        return f;
    }
    static const std::vector<Link<RiskAssessment>> &links()
    {
        static const std::vector<Link<RiskAssessment>> l{
            {"assessment_asset", "assessment_id", "asset_id", "asset", &RiskAssessment::assetIds, "assets",
             [](Id id) { return trygg::trMsg("asset %1 in the assessment's scope does not exist", id); }}};
        return l;
    }
    static std::string nameOf(const RiskAssessment &assessment) { return assessment.name; }
    static Message missing(Id id) { return trygg::trMsg("risk assessment %1 does not exist", id); }
    static constexpr ReviewKind reviewedAs = ReviewKind::Assessment;
};

template <> struct Kind<Risk> {
    static constexpr const char *table = "risk";
    static constexpr const char *objectType = "risk";
    static constexpr auto inMemory = &RegisterData::risks;
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("assessment_id", &Risk::assessmentId,
                  reference("assessment", [](Id id) { return trygg::trMsg("risk assessment %1 does not exist", id); })),
            field("asset_id", &Risk::assetId, reference("asset", trygg::trMsg("the risk's asset does not exist"))),
            field("position", &Risk::position),
            field("threat", &Risk::threat, text(trygg::trMsg("what can happen"), true, true)),
            field("aspects", &Risk::aspects),
            field("probability", &Risk::probability),
            field("consequence", &Risk::consequence),
            field("many_affected", &Risk::manyAffected, noDefault()),
            field("knowledge", &Risk::knowledge),
            field("existing_measures", &Risk::existingMeasures, text(trygg::trMsg("existing measures"))),
            field("residual_probability", &Risk::residualProbability),
            field("residual_consequence", &Risk::residualConsequence),
            field("carried_from_id", &Risk::carriedFromId,
                  reference("risk", trygg::trMsg("the line the risk was carried over from does not exist"))),
            field("not_reassessed", &Risk::notReassessed, checkedFlag())};
        return f;
    }
    static std::string nameOf(const Risk &risk) { return risk.threat; }
    static Message missing(Id id) { return trygg::trMsg("risk %1 does not exist", id); }
};

template <> struct Kind<Measure> {
    static constexpr const char *table = "measure";
    static constexpr const char *objectType = "measure";
    static constexpr auto inMemory = &RegisterData::measures;
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("assessment_id", &Measure::assessmentId,
                  reference("assessment", [](Id id) { return trygg::trMsg("risk assessment %1 does not exist", id); })),
            field("what", &Measure::what, text(trygg::trMsg("the measure"), true, true)),
            field("responsible_id", &Measure::responsibleId,
                  reference("person", trygg::trMsg("the person responsible for the measure does not exist"))),
            field("deadline", &Measure::deadline, checked(trygg::trMsg("the measure's deadline"))),
            field("status", &Measure::status),
            field("hours", &Measure::hours, checked(trygg::trMsg("the measure's hours"))),
            field("cost", &Measure::cost, checked(trygg::trMsg("the measure's cost"))),
            field("follow_up", &Measure::followUp, text(trygg::trMsg("follow-up"))),
            field("completed", &Measure::completed, checked(trygg::trMsg("the measure's completion date")))};
        return f;
    }
    static const std::vector<Link<Measure>> &links()
    {
        static const std::vector<Link<Measure>> l{
            {"measure_risk", "measure_id", "risk_id", "risk", &Measure::riskIds, "risks",
             [](Id id) { return trygg::trMsg("risk %1 treated by the measure does not exist", id); }}};
        return l;
    }
    static std::string nameOf(const Measure &measure) { return measure.what; }
    static Message missing(Id id) { return trygg::trMsg("measure %1 does not exist", id); }
    static constexpr ReviewKind reviewedAs = ReviewKind::Measure;
};

template <> struct Kind<PolicyDocument> {
    static constexpr const char *table = "policy_document";
    static constexpr const char *objectType = "document";
    static constexpr auto inMemory = &RegisterData::documents;
    static const auto &fields()
    {
        static const auto f =
            std::tuple{field("name", &PolicyDocument::name, name(trygg::trMsg("the document's name"))),
                       field("unit_id", &PolicyDocument::unitId,
                             reference("unit", trygg::trMsg("the document's unit does not exist")))};
        return f;
    }
    static std::string nameOf(const PolicyDocument &document) { return document.name; }
    static Message missing(Id id) { return trygg::trMsg("policy document %1 does not exist", id); }
    static constexpr ReviewKind reviewedAs = ReviewKind::Policy;
};

// Reviews, acceptances and approvals are records of what was done: added and removed, never changed.
template <> struct Kind<Review> {
    static constexpr const char *table = "review";
    static constexpr const char *objectType = "review";
    static constexpr auto inMemory = &RegisterData::reviews;
    static constexpr bool recordOnly = true;
    static const auto &fields()
    {
        static const auto f = std::tuple{field("kind", &Review::kind), field("object_id", &Review::objectId),
                                         field("date", &Review::date, checked(trygg::trMsg("the review's date"))),
                                         field("reviewer", &Review::reviewer, name(trygg::trMsg("who reviewed"))),
                                         field("note", &Review::note, text(trygg::trMsg("the review's note")))};
        return f;
    }
    static std::string nameOf(const Review &review)
    {
        return std::string(toToken(review.kind)) + " " + std::to_string(review.objectId);
    }
    static std::optional<std::string> createdValue(const Review &review) { return review.date.toIso(); }
    static Message missing(Id id) { return trygg::trMsg("review %1 does not exist", id); }
};

template <> struct Kind<RiskAcceptance> {
    static constexpr const char *table = "risk_acceptance";
    static constexpr const char *objectType = "acceptance";
    static constexpr auto inMemory = &RegisterData::acceptances;
    static constexpr bool recordOnly = true;
    static constexpr const char *createAction = "approve";
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("risk_id", &RiskAcceptance::riskId,
                  reference("risk", [](Id id) { return trygg::trMsg("risk %1 does not exist", id); })),
            field("accepted_by", &RiskAcceptance::acceptedBy, name(trygg::trMsg("who accepted the risk"))),
            field("role", &RiskAcceptance::role, shortText(trygg::trMsg("the role of who accepted"), true)),
            field("date", &RiskAcceptance::date, checked(trygg::trMsg("the acceptance's date"))),
            field("justification", &RiskAcceptance::justification, text(trygg::trMsg("the justification"), true)),
            field("expires", &RiskAcceptance::expires, checked(trygg::trMsg("the acceptance's expiry date")))};
        return f;
    }
    static std::string nameOf(const RiskAcceptance &acceptance) { return "risk " + std::to_string(acceptance.riskId); }
    static std::optional<std::string> createdValue(const RiskAcceptance &acceptance)
    {
        return acceptance.acceptedBy + " until " + acceptance.expires.toIso();
    }
    static Message missing(Id id) { return trygg::trMsg("risk acceptance %1 does not exist", id); }
};

template <> struct Kind<Approval> {
    static constexpr const char *table = "approval";
    static constexpr const char *objectType = "approval";
    static constexpr auto inMemory = &RegisterData::approvals;
    static constexpr bool recordOnly = true;
    static constexpr const char *createAction = "approve";
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("subject", &Approval::subject),
            field("object_id", &Approval::objectId),
            field("approved_by", &Approval::approvedBy, name(trygg::trMsg("who approved"))),
            field("role", &Approval::role, shortText(trygg::trMsg("the role of who approved"), true)),
            field("date", &Approval::date, checked(trygg::trMsg("the approval's date"))),
            field("fingerprint", &Approval::fingerprint,
                  noDefault(shortText(trygg::trMsg("the approval's fingerprint"))))};
        return f;
    }
    static std::string nameOf(const Approval &approval)
    {
        if (approval.subject == Approval::Subject::Assessment)
            return "assessment " + std::to_string(approval.objectId.value_or(0));
        return approval.objectId ? "action plan of unit " + std::to_string(*approval.objectId)
                                 : std::string("action plan");
    }
    static std::optional<std::string> createdValue(const Approval &approval) { return approval.approvedBy; }
    static Message missing(Id id) { return trygg::trMsg("approval %1 does not exist", id); }
};

template <> struct Kind<Incident> {
    static constexpr const char *table = "incident";
    static constexpr const char *objectType = "incident";
    static constexpr auto inMemory = &RegisterData::incidents;
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("discovered", &Incident::discovered, checked(trygg::trMsg("the time the incident was discovered"))),
            field("unit_id", &Incident::unitId, reference("unit", trygg::trMsg("the incident's unit does not exist"))),
            field("reported_by", &Incident::reportedBy, name(trygg::trMsg("who reported the incident"))),
            field("type", &Incident::type),
            field("description", &Incident::description, text(trygg::trMsg("the incident's description"), true)),
            field("observed", &Incident::observed, text(trygg::trMsg("what was seen"))),
            field("severity", &Incident::severity),
            field("status", &Incident::status),
            field("authority_notified", &Incident::authorityNotified),
            field("notified_at", &Incident::notifiedAt,
                  checked(trygg::trMsg("the time the data protection authority was notified")))};
        return f;
    }
    static const std::vector<Link<Incident>> &links()
    {
        static const std::vector<Link<Incident>> l{
            {"incident_asset", "incident_id", "asset_id", "asset", &Incident::assetIds, "assets",
             [](Id id) {
                 const Message what = trygg::trMsg("asset");
                 return trygg::trMsg("%1 %2 linked to the incident does not exist", what, id);
             }},
            {"incident_risk", "incident_id", "risk_id", "risk", &Incident::riskIds, "risks",
             [](Id id) {
                 const Message what = trygg::trMsg("risk");
                 return trygg::trMsg("%1 %2 linked to the incident does not exist", what, id);
             }},
            {"incident_measure", "incident_id", "measure_id", "measure", &Incident::measureIds, "measures", [](Id id) {
                 const Message what = trygg::trMsg("measure");
                 return trygg::trMsg("%1 %2 linked to the incident does not exist", what, id);
             }}};
        return l;
    }
    static std::string nameOf(const Incident &incident)
    {
        return Clock::toLocal(incident.discovered).date.toIso() + " " + std::string(trim(incident.description).substr(0, 60));
    }
    static Message missing(Id id) { return trygg::trMsg("incident %1 does not exist", id); }
};

template <> struct Kind<RuleException> {
    static constexpr const char *table = "rule_exception";
    static constexpr const char *objectType = "exception";
    static constexpr auto inMemory = &RegisterData::exceptions;
    static const auto &fields()
    {
        static const auto f = std::tuple{
            field("rule", &RuleException::rule, text(trygg::trMsg("the rule the exception is from"), true, true)),
            field("reason", &RuleException::reason, text(trygg::trMsg("why the exception is made"), true)),
            field("approved_by", &RuleException::approvedBy, name(trygg::trMsg("who approved the exception"))),
            field("approved_on", &RuleException::approvedOn, checked(trygg::trMsg("the exception's approval date"))),
            field("valid_until", &RuleException::validUntil,
                  checked(trygg::trMsg("the date the exception is valid until"))),
            field("unit_id", &RuleException::unitId,
                  reference("unit", trygg::trMsg("the exception's unit does not exist")))};
        return f;
    }
    static std::string nameOf(const RuleException &exception) { return exception.rule; }
    static Message missing(Id id) { return trygg::trMsg("exception %1 does not exist", id); }
};

// Every kind, for code that does something to each.
using AllKinds = std::tuple<OrgUnit, Person, Asset, RiskAssessment, Risk, Measure, PolicyDocument, Review,
                            RiskAcceptance, Approval, Incident, RuleException>;
template <typename F> void forEachKind(F &&f)
{
    [&]<typename... T>(std::tuple<T...> *) { (f(static_cast<T *>(nullptr)), ...); }(static_cast<AllKinds *>(nullptr));
}

// Recorded, never changed (reviews, acceptances, approvals).
template <typename T> constexpr bool recordOnly()
{
    if constexpr (requires { Kind<T>::recordOnly; })
        return Kind<T>::recordOnly;
    else
        return false;
}

template <typename T, typename F> void forEachField(F &&f)
{
    std::apply([&](const auto &...field) { (f(field), ...); }, Kind<T>::fields());
}

template <typename T> constexpr bool hasLinks()
{
    return requires { Kind<T>::links(); };
}

// Calls f(table, id) for every id in `record` that refers to another record (its references and links),
// with the table of the record it refers to; f may change the id.
template <typename T, typename F> void forEachReference(T &record, F &&f)
{
    forEachField<T>([&](const auto &field) {
        if (!field.spec.refersTo)
            return;
        auto &value = record.*(field.member);
        using M = std::remove_cvref_t<decltype(value)>;
        if constexpr (std::is_same_v<M, Id>) {
            f(std::string_view(field.spec.refersTo), value);
        } else if constexpr (std::is_same_v<M, std::optional<Id>>) {
            if (value)
                f(std::string_view(field.spec.refersTo), *value);
        }
    });
    if constexpr (hasLinks<T>()) {
        for (const Link<T> &link : Kind<T>::links())
            for (Id &id : record.*(link.member))
                f(std::string_view(link.target), id);
    }
}

// The records of one kind in a register in memory.
template <typename T> const std::vector<T> &in(const RegisterData &data)
{
    return data.*Kind<T>::inMemory;
}
template <typename T> std::vector<T> &in(RegisterData &data)
{
    return data.*Kind<T>::inMemory;
}

} // namespace trygg::records
