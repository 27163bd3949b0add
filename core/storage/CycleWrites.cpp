// Changes to the yearly cycle of a register: review rules and reviews, policy documents, management's
// acceptances and approvals, incidents and approved exceptions. Each is one transaction with its
// audit trail, validated here for the GUI and the CLI alike.
#include "storage/RegisterFile.h"

#include "cycle/Approvals.h"
#include "deadlines/DeadlineRule.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

namespace trygg {

using namespace validation;

namespace {

std::optional<std::string> dateText(const std::optional<Date> &date)
{
    return date ? std::optional<std::string>(date->toIso()) : std::nullopt;
}

void requireDate(const Message &field, const Date &date)
{
    if (!Date::isValid(date.year, date.month, date.day))
        throw InputError(trygg::trMsg("%1 is not a valid date", field));
}

void requireDateTime(const Message &field, const DateTime &time)
{
    requireDate(field, time.date);
    if (time.hour < 0 || time.hour > 23 || time.minute < 0 || time.minute > 59)
        throw InputError(trygg::trMsg("%1 is not a valid time of day", field));
}

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
    while (zones.step())
        rules.zoneDays[zones.integer(0)] = zones.integer(1);
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
    cached("INSERT OR REPLACE INTO review_rule (kind, rule) VALUES (?1, ?2)")
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
    if (days && (*days < 1 || *days > 3660))
        throw InputError(trygg::trMsg("days between reviews in zone '%1' must be from 1 to 3660, not %2",
                                      matrix.zones[static_cast<std::size_t>(zoneIndex)].name, *days));
    Transaction transaction(*m_db);
    std::optional<std::string> old;
    if (auto value = cached("SELECT days FROM review_zone WHERE zone_idx = ?1").bind(1, zoneIndex).scalar())
        old = std::to_string(*value);
    if (days)
        cached("INSERT OR REPLACE INTO review_zone (zone_idx, days) VALUES (?1, ?2)")
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

Id RegisterFile::addPolicyDocument(const PolicyDocument &document)
{
    requireWritable();
    requireName(trygg::trMsg("the document's name"), document.name);
    if (document.unitId && !cached("SELECT 1 FROM unit WHERE id = ?1").bind(1, *document.unitId).scalar())
        throw InputError(trygg::trMsg("the document's unit does not exist"));
    Transaction transaction(*m_db);
    cached("INSERT INTO policy_document (id, name, unit_id) VALUES (?1, ?2, ?3)")
        .bind(1, idOrNull(document.id))
        .bind(2, trim(document.name))
        .bind(3, document.unitId)
        .run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "document", id, trim(document.name));
    transaction.commit();
    return id;
}

void RegisterFile::updatePolicyDocument(const PolicyDocument &document)
{
    requireWritable();
    requireName(trygg::trMsg("the document's name"), document.name);
    if (document.unitId && !cached("SELECT 1 FROM unit WHERE id = ?1").bind(1, *document.unitId).scalar())
        throw InputError(trygg::trMsg("the document's unit does not exist"));
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("document", document.id);
    cached("UPDATE policy_document SET name = ?2, unit_id = ?3 WHERE id = ?1")
        .bind(1, document.id)
        .bind(2, trim(document.name))
        .bind(3, document.unitId)
        .run();
    if (m_db->changes() == 0)
        throw InputError(trygg::trMsg("policy document %1 does not exist", document.id));
    recordEdits("document", document.id, before);
    transaction.commit();
}

void RegisterFile::removePolicyDocument(Id id)
{
    removeRow("DELETE FROM policy_document WHERE id = ?1", id, trygg::trMsg("policy document %1 does not exist", id),
              "document");
}

Id RegisterFile::addReview(const Review &review)
{
    requireWritable();
    requireDate(trygg::trMsg("the review's date"), review.date);
    requireName(trygg::trMsg("who reviewed"), review.reviewer);
    requireText(trygg::trMsg("the review's note"), review.note, MaxTextLength, false);
    const char *exists = nullptr;
    Message missing;
    switch (review.kind) {
    case ReviewKind::Assessment:
        exists = "SELECT 1 FROM assessment WHERE id = ?1";
        missing = trygg::trMsg("the reviewed assessment %1 does not exist", review.objectId);
        break;
    case ReviewKind::Asset:
        exists = "SELECT 1 FROM asset WHERE id = ?1";
        missing = trygg::trMsg("the reviewed asset %1 does not exist", review.objectId);
        break;
    case ReviewKind::Measure:
        exists = "SELECT 1 FROM measure WHERE id = ?1";
        missing = trygg::trMsg("the reviewed measure %1 does not exist", review.objectId);
        break;
    case ReviewKind::Policy:
        exists = "SELECT 1 FROM policy_document WHERE id = ?1";
        missing = trygg::trMsg("the reviewed policy %1 does not exist", review.objectId);
        break;
    }
    if (!cached(exists).bind(1, review.objectId).scalar())
        throw InputError(missing);
    Transaction transaction(*m_db);
    cached("INSERT INTO review (id, kind, object_id, date, reviewer, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, idOrNull(review.id))
        .bind(2, toToken(review.kind))
        .bind(3, review.objectId)
        .bind(4, review.date.toIso())
        .bind(5, trim(review.reviewer))
        .bind(6, review.note)
        .run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "review", id, std::string(toToken(review.kind)) + " " + std::to_string(review.objectId), {},
               std::nullopt, review.date.toIso());
    transaction.commit();
    return id;
}

void RegisterFile::removeReview(Id id)
{
    removeRow("DELETE FROM review WHERE id = ?1", id, trygg::trMsg("review %1 does not exist", id), "review");
}

Id RegisterFile::addAcceptance(const RiskAcceptance &acceptance)
{
    requireWritable();
    requireName(trygg::trMsg("who accepted the risk"), acceptance.acceptedBy);
    requireText(trygg::trMsg("the role of who accepted"), acceptance.role, MaxNameLength, false);
    requireDate(trygg::trMsg("the acceptance's date"), acceptance.date);
    requireDate(trygg::trMsg("the acceptance's expiry date"), acceptance.expires);
    requireText(trygg::trMsg("the justification"), acceptance.justification, MaxTextLength, true);
    if (acceptance.expires <= acceptance.date)
        throw InputError(trygg::trMsg("the acceptance expires (%1) on or before it is given (%2)",
                                      acceptance.expires.toIso(), acceptance.date.toIso()));
    if (!cached("SELECT 1 FROM risk WHERE id = ?1").bind(1, acceptance.riskId).scalar())
        throw InputError(trygg::trMsg("risk %1 does not exist", acceptance.riskId));
    Transaction transaction(*m_db);
    cached("INSERT INTO risk_acceptance (id, risk_id, accepted_by, role, date, justification, expires) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, idOrNull(acceptance.id))
        .bind(2, acceptance.riskId)
        .bind(3, trim(acceptance.acceptedBy))
        .bind(4, trim(acceptance.role))
        .bind(5, acceptance.date.toIso())
        .bind(6, acceptance.justification)
        .bind(7, acceptance.expires.toIso())
        .run();
    const Id id = m_db->lastInsertId();
    writeAudit("approve", "acceptance", id, "risk " + std::to_string(acceptance.riskId), {}, std::nullopt,
               std::string(trim(acceptance.acceptedBy)) + " until " + acceptance.expires.toIso());
    transaction.commit();
    return id;
}

void RegisterFile::removeAcceptance(Id id)
{
    removeRow("DELETE FROM risk_acceptance WHERE id = ?1", id, trygg::trMsg("risk acceptance %1 does not exist", id),
              "acceptance");
}

Id RegisterFile::addApproval(const Approval &approval)
{
    requireWritable();
    requireName(trygg::trMsg("who approved"), approval.approvedBy);
    requireText(trygg::trMsg("the role of who approved"), approval.role, MaxNameLength, false);
    requireDate(trygg::trMsg("the approval's date"), approval.date);
    std::string objectName;
    if (approval.subject == Approval::Subject::Assessment) {
        if (!approval.objectId ||
            !cached("SELECT 1 FROM assessment WHERE id = ?1").bind(1, *approval.objectId).scalar())
            throw InputError(trygg::trMsg("the approved risk assessment does not exist"));
        objectName = "assessment " + std::to_string(*approval.objectId);
    } else {
        if (approval.objectId && !cached("SELECT 1 FROM unit WHERE id = ?1").bind(1, *approval.objectId).scalar())
            throw InputError(trygg::trMsg("the unit of the approved action plan does not exist"));
        objectName = approval.objectId ? "action plan of unit " + std::to_string(*approval.objectId)
                                       : std::string("action plan");
    }
    const std::string fingerprint = approval.fingerprint.empty()
                                        ? approvalFingerprint(load(), approval.subject, approval.objectId)
                                        : approval.fingerprint;
    Transaction transaction(*m_db);
    cached("INSERT INTO approval (id, subject, object_id, approved_by, role, date, fingerprint) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, idOrNull(approval.id))
        .bind(2, toToken(approval.subject))
        .bind(3, approval.objectId)
        .bind(4, trim(approval.approvedBy))
        .bind(5, trim(approval.role))
        .bind(6, approval.date.toIso())
        .bind(7, fingerprint)
        .run();
    const Id id = m_db->lastInsertId();
    writeAudit("approve", "approval", id, objectName, {}, std::nullopt, std::string(trim(approval.approvedBy)));
    transaction.commit();
    return id;
}

void RegisterFile::removeApproval(Id id)
{
    removeRow("DELETE FROM approval WHERE id = ?1", id, trygg::trMsg("approval %1 does not exist", id), "approval");
}

void RegisterFile::validateIncident(const Incident &incident) const
{
    requireDateTime(trygg::trMsg("the time the incident was discovered"), incident.discovered);
    requireName(trygg::trMsg("who reported the incident"), incident.reportedBy);
    requireText(trygg::trMsg("the incident's description"), incident.description, MaxTextLength, true);
    requireText(trygg::trMsg("what was seen"), incident.observed, MaxTextLength, false);
    if (incident.notifiedAt) {
        requireDateTime(trygg::trMsg("the time the data protection authority was notified"), *incident.notifiedAt);
        if (!incident.authorityNotified)
            throw InputError(trygg::trMsg("a notification time is given but the authority is not marked as notified"));
        if (*incident.notifiedAt < incident.discovered)
            throw InputError(trygg::trMsg("the data protection authority was notified (%1) before the incident was "
                                          "discovered (%2)",
                                          Clock::toLocal(*incident.notifiedAt).toText(),
                                          Clock::toLocal(incident.discovered).toText()));
    }
    if (incident.unitId && !cached("SELECT 1 FROM unit WHERE id = ?1").bind(1, *incident.unitId).scalar())
        throw InputError(trygg::trMsg("the incident's unit does not exist"));
}

void RegisterFile::writeIncidentLinks(Id incidentId, const Incident &incident)
{
    struct Links {
        const char *clear;
        const char *insert;
        const char *exists;
        Message what;
        const std::vector<Id> &ids;
    };
    for (const Links &links :
         {Links{"DELETE FROM incident_asset WHERE incident_id = ?1",
                "INSERT OR IGNORE INTO incident_asset (incident_id, asset_id) VALUES (?1, ?2)",
                "SELECT 1 FROM asset WHERE id = ?1", trygg::trMsg("asset"), incident.assetIds},
          Links{"DELETE FROM incident_risk WHERE incident_id = ?1",
                "INSERT OR IGNORE INTO incident_risk (incident_id, risk_id) VALUES (?1, ?2)",
                "SELECT 1 FROM risk WHERE id = ?1", trygg::trMsg("risk"), incident.riskIds},
          Links{"DELETE FROM incident_measure WHERE incident_id = ?1",
                "INSERT OR IGNORE INTO incident_measure (incident_id, measure_id) VALUES (?1, ?2)",
                "SELECT 1 FROM measure WHERE id = ?1", trygg::trMsg("measure"), incident.measureIds}}) {
        cached(links.clear).bind(1, incidentId).run();
        for (Id id : links.ids) {
            if (!cached(links.exists).bind(1, id).scalar())
                throw InputError(trygg::trMsg("%1 %2 linked to the incident does not exist", links.what, id));
            cached(links.insert).bind(1, incidentId).bind(2, id).run();
        }
    }
}

namespace {
void bindIncident(Statement &s, const Incident &i)
{
    s.bind(2, i.discovered.toUtcText())
        .bind(3, i.unitId)
        .bind(4, trim(i.reportedBy))
        .bind(5, toToken(i.type))
        .bind(6, i.description)
        .bind(7, i.observed)
        .bind(8, toToken(i.severity))
        .bind(9, toToken(i.status))
        .bind(10, i.authorityNotified)
        .bind(11, i.notifiedAt ? std::optional<std::string>(i.notifiedAt->toUtcText()) : std::nullopt);
}

std::string incidentName(const Incident &incident)
{
    const std::string_view text = trim(incident.description);
    return Clock::toLocal(incident.discovered).date.toIso() + " " + std::string(text.substr(0, 60));
}
} // namespace

Id RegisterFile::addIncident(const Incident &incident)
{
    requireWritable();
    validateIncident(incident);
    Transaction transaction(*m_db);
    Statement &insert = cached("INSERT INTO incident (id, discovered, unit_id, reported_by, type, description, "
                               "observed, severity, status, authority_notified, notified_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, idOrNull(incident.id));
    bindIncident(insert, incident);
    insert.run();
    const Id id = m_db->lastInsertId();
    writeIncidentLinks(id, incident);
    writeAudit("create", "incident", id, incidentName(incident));
    transaction.commit();
    return id;
}

void RegisterFile::updateIncident(const Incident &incident)
{
    requireWritable();
    validateIncident(incident);
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("incident", incident.id);
    if (before.empty())
        throw InputError(trygg::trMsg("incident %1 does not exist", incident.id));
    Statement &update = cached("UPDATE incident SET discovered = ?2, unit_id = ?3, reported_by = ?4, type = ?5, "
                               "description = ?6, observed = ?7, severity = ?8, status = ?9, authority_notified = ?10, "
                               "notified_at = ?11 WHERE id = ?1");
    update.bind(1, incident.id);
    bindIncident(update, incident);
    update.run();
    writeIncidentLinks(incident.id, incident);
    recordEdits("incident", incident.id, before);
    transaction.commit();
}

void RegisterFile::removeIncident(Id id)
{
    removeRow("DELETE FROM incident WHERE id = ?1", id, trygg::trMsg("incident %1 does not exist", id), "incident");
}

void RegisterFile::validateException(const RuleException &exception) const
{
    requireText(trygg::trMsg("the rule the exception is from"), exception.rule, MaxTextLength, true);
    requireText(trygg::trMsg("why the exception is made"), exception.reason, MaxTextLength, true);
    requireName(trygg::trMsg("who approved the exception"), exception.approvedBy);
    requireDate(trygg::trMsg("the exception's approval date"), exception.approvedOn);
    if (exception.validUntil) {
        requireDate(trygg::trMsg("the date the exception is valid until"), *exception.validUntil);
        if (*exception.validUntil < exception.approvedOn)
            throw InputError(trygg::trMsg("the exception is valid until %1, before it was approved (%2)",
                                          exception.validUntil->toIso(), exception.approvedOn.toIso()));
    }
    if (exception.unitId && !cached("SELECT 1 FROM unit WHERE id = ?1").bind(1, *exception.unitId).scalar())
        throw InputError(trygg::trMsg("the exception's unit does not exist"));
}

namespace {
void bindException(Statement &s, const RuleException &e)
{
    s.bind(2, trim(e.rule))
        .bind(3, e.reason)
        .bind(4, trim(e.approvedBy))
        .bind(5, e.approvedOn.toIso())
        .bind(6, dateText(e.validUntil))
        .bind(7, e.unitId);
}
} // namespace

Id RegisterFile::addException(const RuleException &exception)
{
    requireWritable();
    validateException(exception);
    Transaction transaction(*m_db);
    Statement &insert = cached("INSERT INTO rule_exception (id, rule, reason, approved_by, approved_on, valid_until, "
                               "unit_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, idOrNull(exception.id));
    bindException(insert, exception);
    insert.run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "exception", id, trim(exception.rule));
    transaction.commit();
    return id;
}

void RegisterFile::updateException(const RuleException &exception)
{
    requireWritable();
    validateException(exception);
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("exception", exception.id);
    if (before.empty())
        throw InputError(trygg::trMsg("exception %1 does not exist", exception.id));
    Statement &update = cached("UPDATE rule_exception SET rule = ?2, reason = ?3, approved_by = ?4, approved_on = ?5, "
                               "valid_until = ?6, unit_id = ?7 WHERE id = ?1");
    update.bind(1, exception.id);
    bindException(update, exception);
    update.run();
    recordEdits("exception", exception.id, before);
    transaction.commit();
}

void RegisterFile::removeException(Id id)
{
    removeRow("DELETE FROM rule_exception WHERE id = ?1", id, trygg::trMsg("exception %1 does not exist", id),
              "exception");
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
    cached("INSERT OR REPLACE INTO origin (source_uid, object_type, source_id, local_id, source_name, fingerprint) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
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
