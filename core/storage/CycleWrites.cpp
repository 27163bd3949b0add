// SPDX-License-Identifier: EUPL-1.2
// The yearly cycle of a register: review rules, and the rules of policy documents, reviews, management's
// acceptances and approvals, incidents and approved exceptions beyond their fields' checks
// (RecordWrites.cpp writes them); where combined objects came from.
#include "storage/RegisterFile.h"

#include "cycle/Approvals.h"
#include "deadlines/DeadlineRule.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "storage/RowReader.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

namespace trygg {
namespace {

constexpr int MaxReviewDays = 3660;

} // namespace

ReviewRules RegisterFile::reviewRules() const
{
    ReviewRules rules;
    rules.rules[static_cast<std::size_t>(ReviewKind::Assessment)] = info().reviewRule;
    Statement &query = cached("SELECT kind, rule FROM review_rule");
    while (query.step())
        if (const auto kind = parseReviewKind(query.textView(0)); kind && *kind != ReviewKind::Assessment)
            rules.rules[static_cast<std::size_t>(*kind)] = query.text(1);
    Statement &zones = cached("SELECT zone_idx, days FROM review_zone ORDER BY zone_idx");
    for (int row = 1; zones.step(); ++row) {
        // Bounded and range-checked as read (issue 12), as setZoneReviewDays writes them.
        if (row > RiskMatrix::MaxZones)
            tooManyRows(path(), "review_zone", trygg::trMsg("the register"), RiskMatrix::MaxZones);
        const Message where = trygg::trMsg("row %1", row);
        const int zone =
            boundedInteger(zones, 0, 0, RiskMatrix::MaxZones - 1, path(), "review_zone", where, "zone_idx");
        rules.zoneDays[zone] = boundedInteger(zones, 1, 1, MaxReviewDays, path(), "review_zone", where, "days");
    }
    return rules;
}

void RegisterFile::setReviewRule(ReviewKind kind, std::string_view rule)
{
    requireWritable();
    const std::optional<DeadlineRule> parsed = DeadlineRule::parse(rule);
    if (!parsed)
        throw InputError(
            trygg::trMsg("the review rule '%1' for %2 is not one of odd-year, even-year-q1, months:N (1-120), "
                         "yearly:MM-DD",
                         std::string(rule), std::string(toToken(kind))));
    if (kind == ReviewKind::Assessment) {
        RegisterInfo changed = info();
        changed.reviewRule = parsed->text();
        updateInfo(changed);
        return;
    }
    Transaction transaction(*m_db);
    std::optional<std::string> old;
    {
        Statement &query = cached("SELECT rule FROM review_rule WHERE kind = ?1");
        query.bind(1, toToken(kind));
        if (query.step())
            old = query.text(0);
        query.reset();
    }
    cached("INSERT INTO review_rule (kind, rule) VALUES (?1, ?2) ON CONFLICT (kind) DO UPDATE SET rule = excluded.rule")
        .bind(1, toToken(kind))
        .bind(2, parsed->text())
        .run();
    if (old != parsed->text())
        writeAudit("edit", "register", 1, info().name, "review rule " + std::string(toToken(kind)), old,
                   parsed->text());
    transaction.commit();
}

void RegisterFile::setZoneReviewDays(int zoneIndex, std::optional<int> days)
{
    requireWritable();
    const RiskMatrix &matrix = storedMatrix(info().currentMatrixId);
    if (zoneIndex < 0 || zoneIndex >= static_cast<int>(matrix.zones.size()))
        throw InputError(trygg::trMsg("zone %1 does not exist in the current matrix", zoneIndex + 1));
    if (days && (*days < 1 || *days > MaxReviewDays))
        throw InputError(trygg::trMsg("days between reviews in zone '%1' must be from 1 to %2, not %3",
                                      matrix.zones[static_cast<std::size_t>(zoneIndex)].name, MaxReviewDays, *days));
    Transaction transaction(*m_db);
    std::optional<std::string> old;
    if (auto value = cached("SELECT days FROM review_zone WHERE zone_idx = ?1").bind(1, zoneIndex).scalar())
        old = std::to_string(*value);
    if (days)
        cached("INSERT INTO review_zone (zone_idx, days) VALUES (?1, ?2) ON CONFLICT (zone_idx) DO UPDATE SET days = "
               "excluded.days")
            .bind(1, zoneIndex)
            .bind(2, *days)
            .run();
    else
        cached("DELETE FROM review_zone WHERE zone_idx = ?1").bind(1, zoneIndex).run();
    const std::optional<std::string> now = days ? std::optional<std::string>(std::to_string(*days)) : std::nullopt;
    if (old != now)
        writeAudit("edit", "register", 1, info().name,
                   "review days zone " + matrix.zones[static_cast<std::size_t>(zoneIndex)].name, old, now);
    transaction.commit();
}

void RegisterFile::setReviewRules(const ReviewRules &rules)
{
    requireWritable();
    Transaction transaction(*m_db);
    for (int kind = 0; kind < ReviewKindCount; ++kind)
        setReviewRule(static_cast<ReviewKind>(kind), rules.rules[static_cast<std::size_t>(kind)]);
    const std::size_t zones = storedMatrix(info().currentMatrixId).zones.size();
    for (std::size_t zone = 0; zone < zones; ++zone) {
        const auto days = rules.zoneDays.find(static_cast<int>(zone));
        setZoneReviewDays(static_cast<int>(zone),
                          days == rules.zoneDays.end() ? std::nullopt : std::optional<int>(days->second));
    }
    transaction.commit();
}

namespace {

// Dates that matter are plausible (issue 19: "sections you can trust"): an approval, acceptance,
// review or incident dated more than a day after today (by the Clock) is a mistake that would stay
// the latest for ever, and is refused naming the field.
bool farInFuture(const Date &date)
{
    return date > Clock::todayLocal().addDays(1);
}

bool farInFuture(const DateTime &utc)
{
    return Clock::secondsOf(utc) > Clock::nowSeconds() + 24 * 60 * 60;
}

} // namespace

void RegisterFile::checkRules(const PolicyDocument &) const
{
    // Everything a policy document needs is in its fields' checks.
}

// A review is of an object of its kind that exists.
void RegisterFile::checkRules(const Review &review) const
{
    const std::pair<const char *, Message> reviewed[] = {
        {"assessment", trygg::trMsg("the reviewed assessment %1 does not exist", review.objectId)},
        {"asset", trygg::trMsg("the reviewed asset %1 does not exist", review.objectId)},
        {"measure", trygg::trMsg("the reviewed measure %1 does not exist", review.objectId)},
        {"policy_document", trygg::trMsg("the reviewed policy %1 does not exist", review.objectId)}};
    const auto &[table, missing] = reviewed[static_cast<std::size_t>(review.kind)];
    if (!exists(table, review.objectId))
        throw InputError(missing);
    if (farInFuture(review.date))
        throw InputError(trygg::trMsg("the review date (%1) is more than a day in the future", review.date.toIso()));
}

void RegisterFile::checkRules(const RiskAcceptance &acceptance) const
{
    if (acceptance.expires <= acceptance.date)
        throw InputError(trygg::trMsg("the acceptance expires (%1) on or before it is given (%2)",
                                      acceptance.expires.toIso(), acceptance.date.toIso()));
    if (farInFuture(acceptance.date))
        throw InputError(
            trygg::trMsg("the acceptance date (%1) is more than a day in the future", acceptance.date.toIso()));
}

void RegisterFile::complete(Approval &approval) const
{
    if (approval.fingerprint.empty())
        approval.fingerprint = approvalFingerprint(load(), approval.subject, approval.objectId);
}

// An assessment's approval names the assessment; a plan's names its unit, or none for the whole register.
void RegisterFile::checkRules(const Approval &approval) const
{
    if (approval.subject == Approval::Subject::Assessment) {
        if (!approval.objectId || !exists("assessment", *approval.objectId))
            throw InputError(trygg::trMsg("the approved risk assessment does not exist"));
    } else if (approval.objectId && !exists("unit", *approval.objectId)) {
        throw InputError(trygg::trMsg("the unit of the approved action plan does not exist"));
    }
    if (farInFuture(approval.date))
        throw InputError(
            trygg::trMsg("the approval date (%1) is more than a day in the future", approval.date.toIso()));
}

void RegisterFile::checkRules(const Incident &incident) const
{
    if (farInFuture(incident.discovered))
        throw InputError(trygg::trMsg("the time the incident was discovered (%1) is more than a day in the future",
                                      Clock::toLocal(incident.discovered).toText()));
    if (incident.notifiedAt && farInFuture(*incident.notifiedAt))
        throw InputError(trygg::trMsg("the time the authority was notified (%1) is more than a day in the future",
                                      Clock::toLocal(*incident.notifiedAt).toText()));
    if (incident.notifiedAt) {
        if (!incident.authorityNotified)
            throw InputError(trygg::trMsg("a notification time is given but the authority is not marked as notified"));
        if (*incident.notifiedAt < incident.discovered)
            throw InputError(trygg::trMsg("the data protection authority was notified (%1) before the incident was "
                                          "discovered (%2)",
                                          Clock::toLocal(*incident.notifiedAt).toText(),
                                          Clock::toLocal(incident.discovered).toText()));
    }
}

void RegisterFile::checkRules(const RuleException &exception) const
{
    if (exception.validUntil && *exception.validUntil < exception.approvedOn)
        throw InputError(trygg::trMsg("the exception is valid until %1, before it was approved (%2)",
                                      exception.validUntil->toIso(), exception.approvedOn.toIso()));
}

std::vector<RegisterFile::Origin> RegisterFile::origins() const
{
    std::vector<Origin> found;
    Statement query(*m_db, "SELECT source_uid, object_type, source_id, local_id, source_name, fingerprint FROM origin "
                           "ORDER BY source_uid, object_type, source_id");
    while (query.step())
        found.push_back({query.text(0), query.text(1), query.int64(2), query.int64(3), query.text(4),
                         query.isNull(5) ? std::nullopt : std::optional<std::string>(query.text(5))});
    return found;
}

void RegisterFile::setOrigin(const Origin &origin)
{
    requireWritable();
    cached("INSERT INTO origin (source_uid, object_type, source_id, local_id, source_name, fingerprint) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (source_uid, object_type, source_id) "
           "DO UPDATE SET local_id = excluded.local_id, source_name = excluded.source_name, "
           "fingerprint = excluded.fingerprint")
        .bind(1, origin.sourceUid)
        .bind(2, origin.objectType)
        .bind(3, origin.sourceId)
        .bind(4, origin.localId)
        .bind(5, origin.sourceName)
        .bind(6, origin.fingerprint)
        .run();
}

void RegisterFile::removeOrigin(const Origin &origin)
{
    requireWritable();
    cached("DELETE FROM origin WHERE source_uid = ?1 AND object_type = ?2 AND source_id = ?3")
        .bind(1, origin.sourceUid)
        .bind(2, origin.objectType)
        .bind(3, origin.sourceId)
        .run();
}

} // namespace trygg
