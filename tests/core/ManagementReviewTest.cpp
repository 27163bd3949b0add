// SPDX-License-Identifier: EUPL-1.2
// The figures of the yearly management review (003 section 2; 002 §79 stk. 4-5, §7 stk. 4).
#include "TempDir.h"

#include "cycle/ManagementReview.h"
#include "model/Clock.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

using namespace trygg;

namespace {

Incident incident(int year, IncidentType type, Severity severity, IncidentStatus status = IncidentStatus::Closed)
{
    Incident i;
    i.discovered = DateTime{Date{year, 3, 2}, 10, 0};
    i.reportedBy = "Ola";
    i.type = type;
    i.severity = severity;
    i.status = status;
    i.description = "Hendelse";
    return i;
}

} // namespace

TEST(ManagementReview, GathersTheYearsFigures_003_Section2)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "Ibestad kommune");
    const int year = Clock::todayLocal().year; // the trail dates measures done by the clock
    const Id school = file.addUnit({0, "Skole", std::nullopt});
    file.addUnit({0, "NAV", std::nullopt}); // never assessed: due
    RiskAssessment assessment;
    assessment.name = "Skole";
    assessment.unitId = school;
    assessment.date = Date{year, 1, 15};
    const Id assessmentId = file.addAssessment(assessment);

    auto risk = [&](int p, int c, std::optional<int> rp, std::optional<int> rc) {
        Risk r;
        r.assessmentId = assessmentId;
        r.threat = "Risiko " + std::to_string(p) + std::to_string(c);
        r.probability = p;
        r.consequence = c;
        r.residualProbability = rp;
        r.residualConsequence = rc;
        return file.addRisk(r);
    };
    const Id high = risk(5, 5, std::nullopt, std::nullopt); // current above the line, no residual yet
    const Id accepted = risk(4, 4, 3, 3);                   // residual 9 "Vurderes": above the line
    const Id treated = risk(4, 4, 1, 2);                    // residual acceptable
    risk(1, 2, std::nullopt, std::nullopt);                 // acceptable
    (void)treated;
    file.addAcceptance({0, accepted, "Rådmann", "rådmann", Date{year, 2, 1}, "Kostnad", Date{year + 1, 12, 31}});

    Measure done;
    done.assessmentId = assessmentId;
    done.what = "Tofaktor";
    done.deadline = Date{year, 2, 1};
    done.id = file.addMeasure(done);
    done.status = MeasureStatus::Done;
    file.updateMeasure(done);
    Measure late;
    late.assessmentId = assessmentId;
    late.what = "Opplæring";
    late.deadline = Date{year - 1, 12, 1};
    late.id = file.addMeasure(late);
    Measure cancelled = late;
    cancelled.id = 0;
    cancelled.what = "Avlyst";
    cancelled.status = MeasureStatus::Cancelled;
    file.addMeasure(cancelled);

    file.addIncident(incident(year, IncidentType::Confidentiality, Severity::High));
    file.addIncident(incident(year, IncidentType::Confidentiality, Severity::High, IncidentStatus::Open));
    file.addIncident(incident(year, IncidentType::Availability, Severity::Low));
    Incident breach = incident(year, IncidentType::PersonalDataBreach, Severity::Critical);
    breach.authorityNotified = true;
    breach.notifiedAt = DateTime{Date{year, 3, 6}, 9, 0}; // after 72 hours
    file.addIncident(breach);
    file.addIncident(incident(year - 1, IncidentType::Integrity, Severity::Medium)); // another year

    RuleException exception;
    exception.rule = "Stedfortreder";
    exception.reason = "Ett årsverk";
    exception.approvedBy = "Rådmann";
    exception.approvedOn = Date{year - 1, 6, 1};
    exception.validUntil = Date{year, 1, 31};
    file.addException(exception); // in force in January
    exception.validUntil = Date{year - 1, 12, 31};
    file.addException(exception); // ran out the year before

    const Date today = Clock::todayLocal();
    const ManagementReviewFigures figures = managementReviewFigures(file.load(), file.history(), year, today);
    EXPECT_EQ(figures.year, year);
    EXPECT_EQ(figures.asOf, today);
    EXPECT_EQ(figures.incidents, 4);
    EXPECT_EQ(figures.incidentIds.size(), 4u);
    EXPECT_EQ(figures.incidentsByTypeAndSeverity[static_cast<int>(IncidentType::Confidentiality)]
                                                [static_cast<int>(Severity::High)],
              2);
    EXPECT_EQ(figures.incidentsByTypeAndSeverity[static_cast<int>(IncidentType::Availability)]
                                                [static_cast<int>(Severity::Low)],
              1);
    EXPECT_EQ(figures.incidentsByTypeAndSeverity[static_cast<int>(IncidentType::Integrity)]
                                                [static_cast<int>(Severity::Medium)],
              0);
    EXPECT_EQ(figures.incidentsOpen, 1);
    EXPECT_EQ(figures.personalDataBreaches, 1);
    EXPECT_EQ(figures.breachesNotNotifiedInTime, 1);
    EXPECT_EQ(figures.measuresDone, std::vector<Id>{done.id});
    EXPECT_EQ(figures.measuresOverdue, std::vector<Id>{late.id});
    // NAV, never assessed; and Skole, whose assessment holds a risk in the top zone, reviewed at most 90
    // days apart (the register's days per zone), as the Due page says: not only at the end of the odd year.
    ASSERT_EQ(figures.assessmentsDue.size(), 2u);
    EXPECT_EQ(figures.assessmentsDue[0], std::optional<Id>(school + 1));
    EXPECT_EQ(figures.assessmentsDue[1], std::optional<Id>(school));
    EXPECT_EQ(figures.risksAboveAcceptance, (std::vector<Id>{high, accepted}));
    EXPECT_EQ(figures.risksAccepted, 1);
    EXPECT_EQ(figures.exceptionsInForce.size(), 1u);

    // The year before: only its own incident, and nothing done then.
    const ManagementReviewFigures before = managementReviewFigures(file.load(), file.history(), year - 1, today);
    EXPECT_EQ(before.asOf, (Date{year - 1, 12, 31}));
    EXPECT_EQ(before.incidents, 1);
    EXPECT_TRUE(before.measuresDone.empty());
    EXPECT_EQ(before.exceptionsInForce.size(), 2u);

    // A trail damaged in the file (a time that is no time) counts the measure for no year, and throws nothing.
    std::vector<AuditEntry> damaged = file.history();
    for (AuditEntry &entry : damaged)
        if (entry.objectType == "measure")
            entry.at = "ab";

    EXPECT_TRUE(managementReviewFigures(file.load(), damaged, year, today).measuresDone.empty());
    for (AuditEntry &entry : damaged)
        entry.at = "abcd-01-01T00:00:00Z"; // std::stoi threw on this
    EXPECT_TRUE(managementReviewFigures(file.load(), damaged, year, today).measuresDone.empty());
}

// A personal data breach must be told to the authority within 72 hours (GDPR art. 33; 003 section 2).
// One found this morning, whose 72 hours are still running, is counted apart: it is not (yet) late. One
// whose deadline has passed without notice is late; so is one told after its deadline.
TEST(ManagementReview, BreachStillWithinItsSeventyTwoHoursIsNotCountedLate_Gdpr33)
{
    const ScopedClock clock(std::make_shared<FixedClock>(DateTime{Date{2026, 12, 6}, 9, 0}));
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "Ibestad kommune");
    auto breach = [&](DateTime discovered, std::optional<DateTime> notified) {
        Incident i = incident(2026, IncidentType::PersonalDataBreach, Severity::High);
        i.discovered = discovered;
        i.authorityNotified = notified.has_value();
        i.notifiedAt = notified;
        file.addIncident(i);
    };
    breach(DateTime{Date{2026, 12, 6}, 5, 8}, std::nullopt);                    // deadline 9 December 05:08
    breach(DateTime{Date{2026, 12, 3}, 8, 59}, std::nullopt);                   // deadline passed a minute ago
    breach(DateTime{Date{2026, 11, 2}, 10, 0}, DateTime{Date{2026, 11, 6}, 9, 0}); // told after 95 hours
    breach(DateTime{Date{2026, 10, 2}, 10, 0}, DateTime{Date{2026, 10, 3}, 9, 0}); // told in time

    const ManagementReviewFigures figures =
        managementReviewFigures(file.load(), file.history(), 2026, Clock::todayLocal());
    EXPECT_EQ(figures.personalDataBreaches, 4);
    EXPECT_EQ(figures.breachesNotNotifiedInTime, 2);
    EXPECT_EQ(figures.breachesWithinDeadline, 1);

    // Three days on, the first one's deadline has passed too.
    const ScopedClock later(std::make_shared<FixedClock>(DateTime{Date{2026, 12, 9}, 5, 9}));
    const ManagementReviewFigures after =
        managementReviewFigures(file.load(), file.history(), 2026, Clock::todayLocal());
    EXPECT_EQ(after.breachesNotNotifiedInTime, 3);
    EXPECT_EQ(after.breachesWithinDeadline, 0);
}
