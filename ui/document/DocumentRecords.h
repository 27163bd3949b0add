#pragma once

// The parts of RegisterDocument shared by its source files (RegisterDocument.cpp, RegisterDocumentCycle.cpp):
// how each kind of record is stored and mirrored, and the templates that push a change of one record.

#include "DocumentCommand.h"
#include "RegisterDocument.h"

#include "storage/RegisterFile.h"

#include <algorithm>
#include <vector>

namespace trygg::ui {
namespace documentdetail {

// How each kind of record is stored, mirrored in memory and announced.
template <typename T> struct Record;

template <> struct Record<OrgUnit> {
    static constexpr RecordKind kind = RecordKind::Unit;
    static std::vector<OrgUnit> &items(RegisterData &d) { return d.units; }
    static Id add(RegisterFile &f, const OrgUnit &r) { return f.addUnit(r); }
    static void update(RegisterFile &f, const OrgUnit &r) { f.updateUnit(r); }
    static void remove(RegisterFile &f, Id id) { f.removeUnit(id); }
};
template <> struct Record<Person> {
    static constexpr RecordKind kind = RecordKind::Person;
    static std::vector<Person> &items(RegisterData &d) { return d.people; }
    static Id add(RegisterFile &f, const Person &r) { return f.addPerson(r); }
    static void update(RegisterFile &f, const Person &r) { f.updatePerson(r); }
    static void remove(RegisterFile &f, Id id) { f.removePerson(id); }
};
template <> struct Record<Asset> {
    static constexpr RecordKind kind = RecordKind::Asset;
    static std::vector<Asset> &items(RegisterData &d) { return d.assets; }
    static Id add(RegisterFile &f, const Asset &r) { return f.addAsset(r); }
    static void update(RegisterFile &f, const Asset &r) { f.updateAsset(r); }
    static void remove(RegisterFile &f, Id id) { f.removeAsset(id); }
};
template <> struct Record<RiskAssessment> {
    static constexpr RecordKind kind = RecordKind::Assessment;
    static std::vector<RiskAssessment> &items(RegisterData &d) { return d.assessments; }
    static Id add(RegisterFile &f, const RiskAssessment &r) { return f.addAssessment(r); }
    static void update(RegisterFile &f, const RiskAssessment &r) { f.updateAssessment(r); }
    static void remove(RegisterFile &f, Id id) { f.removeAssessment(id); }
};
template <> struct Record<Risk> {
    static constexpr RecordKind kind = RecordKind::Risk;
    static std::vector<Risk> &items(RegisterData &d) { return d.risks; }
    static Id add(RegisterFile &f, const Risk &r) { return f.addRisk(r); }
    static void update(RegisterFile &f, const Risk &r) { f.updateRisk(r); }
    static void remove(RegisterFile &f, Id id) { f.removeRisk(id); }
};
template <> struct Record<Measure> {
    static constexpr RecordKind kind = RecordKind::Measure;
    static std::vector<Measure> &items(RegisterData &d) { return d.measures; }
    static Id add(RegisterFile &f, const Measure &r) { return f.addMeasure(r); }
    static void update(RegisterFile &f, const Measure &r) { f.updateMeasure(r); }
    static void remove(RegisterFile &f, Id id) { f.removeMeasure(id); }
};

template <> struct Record<PolicyDocument> {
    static constexpr RecordKind kind = RecordKind::Document;
    static std::vector<PolicyDocument> &items(RegisterData &d) { return d.documents; }
    static Id add(RegisterFile &f, const PolicyDocument &r) { return f.addPolicyDocument(r); }
    static void update(RegisterFile &f, const PolicyDocument &r) { f.updatePolicyDocument(r); }
    static void remove(RegisterFile &f, Id id) { f.removePolicyDocument(id); }
};
template <> struct Record<Review> {
    static constexpr RecordKind kind = RecordKind::Review;
    static std::vector<Review> &items(RegisterData &d) { return d.reviews; }
    static Id add(RegisterFile &f, const Review &r) { return f.addReview(r); }
    static void update(RegisterFile &, const Review &) { throw std::logic_error("reviews are not edited"); }
    static void remove(RegisterFile &f, Id id) { f.removeReview(id); }
};
template <> struct Record<RiskAcceptance> {
    static constexpr RecordKind kind = RecordKind::Acceptance;
    static std::vector<RiskAcceptance> &items(RegisterData &d) { return d.acceptances; }
    static Id add(RegisterFile &f, const RiskAcceptance &r) { return f.addAcceptance(r); }
    static void update(RegisterFile &, const RiskAcceptance &) { throw std::logic_error("acceptances are not edited"); }
    static void remove(RegisterFile &f, Id id) { f.removeAcceptance(id); }
};
template <> struct Record<Approval> {
    static constexpr RecordKind kind = RecordKind::Approval;
    static std::vector<Approval> &items(RegisterData &d) { return d.approvals; }
    static Id add(RegisterFile &f, const Approval &r) { return f.addApproval(r); }
    static void update(RegisterFile &, const Approval &) { throw std::logic_error("approvals are not edited"); }
    static void remove(RegisterFile &f, Id id) { f.removeApproval(id); }
};
template <> struct Record<Incident> {
    static constexpr RecordKind kind = RecordKind::Incident;
    static std::vector<Incident> &items(RegisterData &d) { return d.incidents; }
    static Id add(RegisterFile &f, const Incident &r) { return f.addIncident(r); }
    static void update(RegisterFile &f, const Incident &r) { f.updateIncident(r); }
    static void remove(RegisterFile &f, Id id) { f.removeIncident(id); }
};
template <> struct Record<RuleException> {
    static constexpr RecordKind kind = RecordKind::Exception;
    static std::vector<RuleException> &items(RegisterData &d) { return d.exceptions; }
    static Id add(RegisterFile &f, const RuleException &r) { return f.addException(r); }
    static void update(RegisterFile &f, const RuleException &r) { f.updateException(r); }
    static void remove(RegisterFile &f, Id id) { f.removeException(id); }
};

template <typename T> typename std::vector<T>::iterator position(std::vector<T> &items, Id id)
{
    return std::lower_bound(items.begin(), items.end(), id, [](const T &item, Id key) { return item.id < key; });
}

inline QString quoted(const std::string &text)
{
    QString name = QString::fromStdString(text);
    if (name.size() > 40)
        name = name.left(39) + QChar(0x2026);
    return QChar(0x201C) + name + QChar(0x201D);
}

} // namespace documentdetail

template <typename T>
std::optional<Id> RegisterDocument::pushChange(const QString &text, std::optional<T> before, std::optional<T> after)
{
    if constexpr (!std::is_same_v<T, RegisterInfo>) {
        if (!before && after && after->id != 0) {
            emit editFailed(tr("This record no longer exists; nothing was changed."));
            return std::nullopt;
        }
    }
    auto command = std::make_unique<DocumentCommand>(this, text);
    auto *change = new RecordChange<T>(this, std::move(before), std::move(after), command.get());
    if (!push(std::move(command)))
        return std::nullopt;
    if constexpr (std::is_same_v<T, RegisterInfo>)
        return Id{0};
    else
        return change->after() ? change->after()->id : Id{0};
}

template <typename T> std::optional<T> RegisterDocument::current(Id id) const
{
    if constexpr (std::is_same_v<T, RegisterInfo>) {
        return m_data.info;
    } else {
        const T *found =
            RegisterData::findById(documentdetail::Record<T>::items(const_cast<RegisterData &>(m_data)), id);
        return found ? std::optional<T>(*found) : std::nullopt;
    }
}

} // namespace trygg::ui
