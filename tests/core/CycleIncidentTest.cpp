// SPDX-License-Identifier: EUPL-1.2
// Incidents and deviations in the register (003 sections 3.7-3.9, 002 §79-82): stored with their links
// and audit trail, checked field by field, and the 72-hour flag of a personal data breach (GDPR art. 33)
// counted on instants across daylight-saving changes.
#include "CycleFixture.h"

// GDPR art. 33 and 003 section 3.8: a personal data breach is reported to the authority within 72 hours.
TEST_P(CycleTest, APersonalDataBreachIsFlaggedAfter72Hours)
{
    Incident breach;
    breach.discovered = at(2026, 3, 2, 10, 0);
    breach.reportedBy = "Ola";
    breach.type = IncidentType::PersonalDataBreach;
    breach.description = "Elevliste sendt til feil mottaker";
    breach.observed = "E-post med vedlegg";
    breach.severity = Severity::High;
    breach.unitId = unit;
    breach.assetIds = {asset};
    breach.id = file->addIncident(breach);

    EXPECT_EQ(notificationDeadline(breach), at(2026, 3, 5, 10, 0));
    EXPECT_EQ(notificationState(breach, at(2026, 3, 5, 10, 0)), NotificationState::Pending);
    EXPECT_EQ(notificationState(breach, at(2026, 3, 5, 10, 1)), NotificationState::Late);
    auto flagged = [&](DateTime now) {
        return itemsOf(dueList(data(), now, 30), DueItem::Kind::Notification, "incident");
    };
    ASSERT_EQ(flagged(at(2026, 3, 3, 8, 0)).size(), 1u);
    EXPECT_EQ(flagged(at(2026, 3, 3, 8, 0))[0].state, DueState::DueSoon);
    EXPECT_NE(flagged(at(2026, 3, 3, 8, 0))[0].detail.english().find("by 2026-03-05 10:00"), std::string::npos);
    EXPECT_EQ(flagged(at(2026, 3, 5, 10, 1))[0].state, DueState::Overdue);

    breach.authorityNotified = true;
    breach.notifiedAt = at(2026, 3, 5, 11, 0);
    file->updateIncident(breach);
    EXPECT_TRUE(flagged(at(2026, 3, 6)).empty());
    EXPECT_EQ(notificationState(data().incidents[0], at(2026, 3, 6)), NotificationState::NotifiedLate);
    breach.notifiedAt = at(2026, 3, 4, 9, 30);
    file->updateIncident(breach);
    EXPECT_EQ(notificationState(data().incidents[0], at(2026, 3, 6)), NotificationState::NotifiedInTime);

    // Other kinds of incident have no such deadline.
    Incident outage = breach;
    outage.id = 0;
    outage.type = IncidentType::Availability;
    outage.authorityNotified = false;
    outage.notifiedAt.reset();
    EXPECT_EQ(notificationState(outage, at(2027, 1, 1)), NotificationState::NotRequired);
}

// GDPR art. 33 gives 72 hours, not three calendar days at the same wall-clock time (DOMAIN.md, "Incidents
// and deviations": the authority is told when personal data has gone astray). An incident's times are UTC
// instants, so the deadline is 72 real hours later: across the night the clocks go back (Sunday 2026-10-25
// in Europe/Copenhagen) the wall clock shows it an hour earlier, across the night they go forward
// (Sunday 2026-03-29) an hour later.
TEST_P(CycleTest, SeventyTwoHoursHoldAcrossTheEndOfDaylightSavingTime_GdprArt33)
{
    const ScopedClock copenhagen(std::make_shared<FixedClock>(TestNow, centralEuropeanZone()));
    Incident breach;
    breach.discovered = Clock::toUtc(at(2026, 10, 24, 10, 0)); // Saturday 10:00 CEST (+2)
    EXPECT_EQ(breach.discovered, at(2026, 10, 24, 8, 0));
    breach.reportedBy = "Ola";
    breach.type = IncidentType::PersonalDataBreach;
    breach.description = "Elevliste sendt til feil mottaker";
    breach.unitId = unit;
    breach.id = file->addIncident(breach);
    ASSERT_EQ(data().incidents.size(), 1u);
    EXPECT_EQ(data().incidents[0].discovered, at(2026, 10, 24, 8, 0)) << "kept as the instant it was";

    const DateTime deadline = notificationDeadline(data().incidents[0]);
    EXPECT_EQ(Clock::secondsOf(deadline) - Clock::secondsOf(breach.discovered), 72 * 3600);
    EXPECT_EQ(Clock::toLocal(deadline), at(2026, 10, 27, 9, 0)); // Tuesday 09:00 CET (+1), not 10:00
    EXPECT_EQ(notificationState(breach, Clock::toUtc(at(2026, 10, 27, 9, 0))), NotificationState::Pending);
    EXPECT_EQ(notificationState(breach, Clock::toUtc(at(2026, 10, 27, 9, 1))), NotificationState::Late);
    // The due list is asked in wall-clock time and answers in it.
    auto flagged = [&](DateTime localNow) {
        return itemsOf(dueList(data(), localNow, 30), DueItem::Kind::Notification, "incident");
    };
    ASSERT_EQ(flagged(at(2026, 10, 27, 9, 0)).size(), 1u);
    EXPECT_EQ(flagged(at(2026, 10, 27, 9, 0))[0].state, DueState::DueSoon);
    const std::string detail = flagged(at(2026, 10, 27, 9, 0))[0].detail.english();
    EXPECT_NE(detail.find("discovered 2026-10-24 10:00"), std::string::npos) << detail;
    EXPECT_NE(detail.find("by 2026-10-27 09:00"), std::string::npos) << detail;
    EXPECT_EQ(flagged(at(2026, 10, 27, 9, 30))[0].state, DueState::Overdue); // 10:00 would still be in time by
                                                                             // the calendar, not by the hours
    breach.authorityNotified = true;
    breach.notifiedAt = Clock::toUtc(at(2026, 10, 27, 9, 30));
    file->updateIncident(breach);
    EXPECT_EQ(notificationState(data().incidents[0], Clock::toUtc(at(2026, 10, 28))), NotificationState::NotifiedLate);
    breach.notifiedAt = Clock::toUtc(at(2026, 10, 27, 8, 59));
    file->updateIncident(breach);
    EXPECT_EQ(notificationState(data().incidents[0], Clock::toUtc(at(2026, 10, 28))),
              NotificationState::NotifiedInTime);
}

TEST_P(CycleTest, SeventyTwoHoursHoldAcrossTheStartOfDaylightSavingTime_GdprArt33)
{
    const ScopedClock copenhagen(std::make_shared<FixedClock>(TestNow, centralEuropeanZone()));
    Incident spring;
    spring.discovered = Clock::toUtc(at(2026, 3, 28, 10, 0)); // Saturday 10:00 CET (+1)
    EXPECT_EQ(spring.discovered, at(2026, 3, 28, 9, 0));
    spring.reportedBy = "Ola";
    spring.type = IncidentType::PersonalDataBreach;
    spring.description = "Minnepinne med elevdata mistet";
    spring.id = file->addIncident(spring);

    const DateTime deadline = notificationDeadline(data().incidents[0]);
    EXPECT_EQ(Clock::secondsOf(deadline) - Clock::secondsOf(spring.discovered), 72 * 3600);
    EXPECT_EQ(Clock::toLocal(deadline), at(2026, 3, 31, 11, 0)); // Tuesday 11:00 CEST (+2), not 10:00
    EXPECT_EQ(notificationState(spring, Clock::toUtc(at(2026, 3, 31, 10, 30))), NotificationState::Pending);
    EXPECT_EQ(notificationState(spring, Clock::toUtc(at(2026, 3, 31, 11, 1))), NotificationState::Late);
    const std::vector<DueItem> flagged =
        itemsOf(dueList(data(), at(2026, 3, 31, 10, 30), 30), DueItem::Kind::Notification, "incident");
    ASSERT_EQ(flagged.size(), 1u);
    EXPECT_EQ(flagged[0].state, DueState::DueSoon);
    EXPECT_NE(flagged[0].detail.english().find("by 2026-03-31 11:00"), std::string::npos)
        << flagged[0].detail.english();

    // In a zone without daylight saving time (the test clock's UTC) it is three days to the minute.
    const ScopedClock utc(std::make_shared<FixedClock>(TestNow));
    EXPECT_EQ(Clock::toLocal(notificationDeadline(spring)), at(2026, 3, 31, 9, 0));
}

// The register file keeps an incident's times as UTC instants ("YYYY-MM-DDTHH:MMZ", README "File format"),
// whatever the zone of the machine that wrote them.
TEST_P(CycleTest, IncidentTimesAreStoredAsUtcInstants)
{
    const ScopedClock copenhagen(std::make_shared<FixedClock>(TestNow, centralEuropeanZone()));
    Incident breach;
    breach.discovered = Clock::toUtc(at(2026, 7, 1, 14, 5));
    breach.reportedBy = "Ola";
    breach.type = IncidentType::PersonalDataBreach;
    breach.description = "Feilsendt e-post";
    breach.authorityNotified = true;
    breach.notifiedAt = Clock::toUtc(at(2026, 7, 2, 9, 0));
    const Id id = file->addIncident(breach);
    Statement row(file->database(), "SELECT discovered, notified_at FROM incident WHERE id = ?1");
    row.bind(1, id);
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.text(0), "2026-07-01T12:05Z");
    EXPECT_EQ(row.text(1), "2026-07-02T07:00Z");
}

TEST_P(CycleTest, IncidentsAreStoredWithTheirLinksAndAuditTrail)
{
    const Id risk = addRisk(3, 3);
    Measure measure;
    measure.assessmentId = assessment;
    measure.what = "Rutine for utsending";
    const Id measureId = file->addMeasure(measure);
    Incident incident;
    incident.discovered = at(2026, 4, 1, 8, 15);
    incident.reportedBy = "Ola";
    incident.type = IncidentType::RoutineBreach;
    incident.description = "Passord på lapp";
    incident.assetIds = {asset};
    incident.riskIds = {risk};
    incident.measureIds = {measureId};
    incident.id = file->addIncident(incident);

    RegisterData loaded = file->load();
    ASSERT_EQ(loaded.incidents.size(), 1u);
    const Incident &stored = loaded.incidents[0];
    EXPECT_EQ(stored.discovered, at(2026, 4, 1, 8, 15));
    EXPECT_EQ(stored.type, IncidentType::RoutineBreach);
    EXPECT_EQ(stored.status, IncidentStatus::Open);
    EXPECT_EQ(stored.assetIds, std::vector<Id>{asset});
    EXPECT_EQ(stored.riskIds, std::vector<Id>{risk});
    EXPECT_EQ(stored.measureIds, std::vector<Id>{measureId});

    incident.status = IncidentStatus::Closed;
    incident.measureIds.clear();
    file->updateIncident(incident);
    std::vector<AuditEntry> trail = file->history(std::nullopt, std::pair<std::string, Id>{"incident", incident.id});
    ASSERT_EQ(trail.size(), 3u);
    EXPECT_EQ(trail[0].action, "create");
    EXPECT_EQ(trail[0].objectName, "2026-04-01 Passord på lapp");
    EXPECT_EQ(trail[1].field, "status");
    EXPECT_EQ(trail[1].newValue, "closed");
    EXPECT_EQ(trail[2].field, "measures");

    // Removing a linked asset removes the link, not the incident.
    file->removeAsset(asset);
    EXPECT_TRUE(file->load().incidents[0].assetIds.empty());
    file->removeIncident(incident.id);
    EXPECT_TRUE(file->load().incidents.empty());
    EXPECT_EQ(file->history().back().action, "delete");
}

TEST_P(CycleTest, IncidentValidationNamesTheField)
{
    auto message = [&](const Incident &incident) {
        try {
            file->addIncident(incident);
        } catch (const InputError &error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    Incident incident;
    incident.discovered = at(2026, 4, 1);
    incident.reportedBy = "Ola";
    incident.description = "Virus";
    Incident bad = incident;
    bad.description = " ";
    EXPECT_EQ(message(bad), "the incident's description is empty");
    bad = incident;
    bad.reportedBy.clear();
    EXPECT_EQ(message(bad), "who reported the incident is empty");
    bad = incident;
    bad.discovered.hour = 24;
    EXPECT_EQ(message(bad), "the time the incident was discovered is not a valid time of day");
    bad = incident;
    bad.authorityNotified = true;
    bad.notifiedAt = at(2026, 3, 31);
    EXPECT_NE(message(bad).find("notified (2026-03-31 12:00) before the incident was discovered"), std::string::npos);
    bad = incident;
    bad.notifiedAt = at(2026, 4, 2);
    EXPECT_EQ(message(bad), "a notification time is given but the authority is not marked as notified");
    bad = incident;
    bad.riskIds = {4242};
    EXPECT_EQ(message(bad), "risk 4242 linked to the incident does not exist");
    EXPECT_TRUE(file->load().incidents.empty()); // nothing half-written
    EXPECT_EQ(message(incident), "accepted");
}
