// SPDX-License-Identifier: EUPL-1.2
// The yearly cycle in the register (issue 6; DOMAIN.md "Cycles and deadlines"): review rules and
// reviews, the due list, management's acceptance of residual risk and approvals (002 §25 stk. 6) and
// approved exceptions (002 §7 stk. 4). Incidents are in CycleIncidentTest.cpp.
#include "CycleFixture.h"

TEST_P(CycleTest, ReviewRulesComeFromThePresetAndAreEditable)
{
    ReviewRules rules = file->reviewRules();
    EXPECT_EQ(rules.rule(ReviewKind::Assessment), "odd-year"); // 002 §26 stk. 2
    EXPECT_EQ(rules.rule(ReviewKind::Asset), "months:12");
    EXPECT_EQ(rules.rule(ReviewKind::Measure), "months:6");
    EXPECT_EQ(rules.rule(ReviewKind::Policy), "months:12"); // 003 section 10: yearly
    // Higher zones more often: "Ikke akseptabel" every 90 days, "Vurderes" every 180, "Akseptabel" free.
    EXPECT_EQ(rules.zoneDays, (std::map<int, int>{{1, 180}, {2, 90}}));

    TempDir other;
    EXPECT_EQ(RegisterFile::create(other.file("dk.trygg"), "dk", "Kbh").reviewRules().rule(ReviewKind::Policy),
              "months:24"); // 002 §4 stk. 3
    EXPECT_EQ(RegisterFile::create(other.file("se.trygg"), "se", "Gislaved").reviewRules().rule(ReviewKind::Policy),
              "yearly:10-31"); // 004: followed up in autumn

    file->setReviewRule(ReviewKind::Asset, " Months:24 ");
    file->setReviewRule(ReviewKind::Assessment, "even-year-q1");
    file->setZoneReviewDays(2, 30);
    file->setZoneReviewDays(1, std::nullopt);
    rules = file->reviewRules();
    EXPECT_EQ(rules.rule(ReviewKind::Asset), "months:24");
    EXPECT_EQ(rules.rule(ReviewKind::Assessment), "even-year-q1");
    EXPECT_EQ(file->info().reviewRule, "even-year-q1");
    EXPECT_EQ(rules.zoneDays, (std::map<int, int>{{2, 30}}));
    const std::vector<AuditEntry> trail = file->history();
    EXPECT_EQ(trail.back().field, "review days zone Vurderes");
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(), [](const AuditEntry &e) {
        return e.field == "review rule asset" && e.oldValue == "months:12" && e.newValue == "months:24";
    }));

    try {
        file->setReviewRule(ReviewKind::Policy, "every spring");
        FAIL();
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("'every spring' for policy"), std::string::npos) << error.what();
    }
    EXPECT_THROW(file->setZoneReviewDays(7, 10), InputError);
    EXPECT_THROW(file->setZoneReviewDays(1, 0), InputError);
    EXPECT_EQ(file->reviewRules().rule(ReviewKind::Policy), "months:12");
}

// 002 §26 stk. 2: the assessment of 2024 is due by the end of 2025, overdue the day after; a review
// made one day late is counted in the year it was made.
TEST_P(CycleTest, AnAssessmentReviewedOneDayLate_002_Par26)
{
    auto assessmentItem = [&](DateTime now) {
        const auto items = itemsOf(dueList(data(), now, 30), DueItem::Kind::Review, "assessment");
        return items.empty() ? std::optional<DueItem>() : items.front();
    };
    EXPECT_FALSE(assessmentItem(at(2025, 11, 30))); // 31 days ahead: not yet within 30
    ASSERT_TRUE(assessmentItem(at(2025, 12, 1)));
    EXPECT_EQ(assessmentItem(at(2025, 12, 31))->state, DueState::DueSoon);
    const std::optional<DueItem> late = assessmentItem(at(2026, 1, 1));
    ASSERT_TRUE(late);
    EXPECT_EQ(late->state, DueState::Overdue);
    EXPECT_EQ(late->due, (Date{2025, 12, 31}));
    EXPECT_EQ(late->name.english(), "Skole 2024");

    file->addReview({0, ReviewKind::Assessment, assessment, Date{2026, 1, 1}, "Kari", "gjennomgått"});
    EXPECT_FALSE(assessmentItem(at(2026, 1, 1)));
    EXPECT_EQ(nextReview(data(), ReviewKind::Assessment, assessment).due, (Date{2027, 12, 31}));
    EXPECT_EQ(assessmentItem(at(2027, 12, 31))->state, DueState::DueSoon);
}

TEST_P(CycleTest, AssetsMeasuresAndDocumentsFollowTheirRulesAndZones)
{
    // Never reviewed: counted from the register's creation (2024-01-01), yearly.
    auto assetItems = [&](DateTime now) { return itemsOf(dueList(data(), now, 30), DueItem::Kind::Review, "asset"); };
    EXPECT_TRUE(assetItems(at(2024, 11, 30)).empty());
    ASSERT_EQ(assetItems(at(2024, 12, 15)).size(), 1u);
    EXPECT_EQ(assetItems(at(2024, 12, 15))[0].due, (Date{2025, 1, 1}));
    EXPECT_NE(assetItems(at(2024, 12, 15))[0].detail.english().find("never reviewed"), std::string::npos);

    // A risk in the top zone ("Ikke akseptabel", 5x5) brings the asset's review forward to 90 days.
    addRisk(5, 5, std::nullopt, std::nullopt, asset);
    file->addReview({0, ReviewKind::Asset, asset, Date{2024, 6, 1}, "Kari", ""});
    EXPECT_EQ(nextReview(data(), ReviewKind::Asset, asset).due, (Date{2024, 6, 1}).addDays(90));
    EXPECT_EQ(nextReview(data(), ReviewKind::Asset, asset).last, (Date{2024, 6, 1}));
    file->setZoneReviewDays(2, std::nullopt);
    EXPECT_EQ(nextReview(data(), ReviewKind::Asset, asset).due, (Date{2025, 6, 1}));

    // Measures: the deadline, and a follow-up every 6 months counted from their assessment's date.
    Measure measure;
    measure.assessmentId = assessment;
    measure.what = "Tofaktor";
    measure.deadline = Date{2024, 9, 30};
    const Id measureId = file->addMeasure(measure);
    const std::vector<DueItem> items = dueList(data(), at(2024, 10, 5), 30);
    ASSERT_EQ(itemsOf(items, DueItem::Kind::Deadline, "measure").size(), 1u);
    EXPECT_EQ(itemsOf(items, DueItem::Kind::Deadline, "measure")[0].state, DueState::Overdue);
    ASSERT_EQ(itemsOf(items, DueItem::Kind::Review, "measure").size(), 1u);
    EXPECT_EQ(itemsOf(items, DueItem::Kind::Review, "measure")[0].due, (Date{2024, 11, 1}));
    // Overdue items come first.
    EXPECT_EQ(items.front().state, DueState::Overdue);
    measure.id = measureId;
    measure.status = MeasureStatus::Done;
    file->updateMeasure(measure);
    EXPECT_TRUE(itemsOf(dueList(data(), at(2024, 10, 1), 30), DueItem::Kind::Deadline, "measure").empty());

    // Policy documents: yearly under the no preset.
    const Id policy = file->addPolicyDocument({0, "Informasjonssikkerhetspolicy", std::nullopt});
    file->addReview({0, ReviewKind::Policy, policy, Date{2024, 3, 1}, "Rådmann", "revidert"});
    const auto policies = itemsOf(dueList(data(), at(2025, 2, 20), 30), DueItem::Kind::Review, "policy");
    ASSERT_EQ(policies.size(), 1u);
    EXPECT_EQ(policies[0].due, (Date{2025, 3, 1}));
    EXPECT_EQ(policies[0].detail.english(), "last reviewed 2024-03-01 by Rådmann");

    // Deleting an object deletes its reviews.
    file->removePolicyDocument(policy);
    EXPECT_TRUE(data().reviews.size() == 1u && data().reviews[0].kind == ReviewKind::Asset);
}

TEST_P(CycleTest, UnitsNeverAssessedAreDueNow)
{
    file->addUnit({0, "NAV", std::nullopt});
    const auto units = itemsOf(dueList(data(), at(2024, 6, 1), 30), DueItem::Kind::Review, "unit");
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].name.english(), "NAV");
    EXPECT_EQ(units[0].state, DueState::Overdue);
}

TEST_P(CycleTest, ReviewsAreValidated)
{
    EXPECT_THROW(file->addReview({0, ReviewKind::Asset, 999, Date{2024, 1, 1}, "Kari", ""}), InputError);
    EXPECT_THROW(file->addReview({0, ReviewKind::Asset, asset, Date{2024, 2, 30}, "Kari", ""}), InputError);
    EXPECT_THROW(file->addReview({0, ReviewKind::Asset, asset, Date{2024, 2, 3}, " ", ""}), InputError);
    const Id review = file->addReview({0, ReviewKind::Asset, asset, Date{2024, 2, 3}, "Kari", "ok"});
    EXPECT_EQ(file->history().back().objectType, "review");
    file->removeReview(review);
    EXPECT_TRUE(file->load().reviews.empty());
}

// A residual score still above the acceptance line needs management's acceptance, flagged again after
// its expiry date (DOMAIN.md, the action plan).
TEST_P(CycleTest, ResidualRiskAboveTheLineNeedsAnAcceptanceThatExpires)
{
    const Id acceptableAfter = addRisk(5, 5, 1, 2); // residual 2: acceptable
    const Id stillHigh = addRisk(5, 5, 4, 4);       // residual 16: "Ikke akseptabel"
    const Id untreated = addRisk(5, 5);             // no residual and no measure: rule 7, a treatment is due
    (void)acceptableAfter;
    auto residualNeeds = [&](Date today) {
        std::vector<TreatmentNeed> needs = treatmentNeeds(data(), today);
        std::erase_if(needs, [](const TreatmentNeed &need) { return need.stage != TreatmentStage::ResidualAbove; });
        return needs;
    };
    std::vector<TreatmentNeed> needs = residualNeeds(Date{2026, 6, 1});
    ASSERT_EQ(needs.size(), 1u);
    EXPECT_EQ(data().risks[needs[0].riskIndex].id, stillHigh);
    EXPECT_EQ(needs[0].state, AcceptanceState::Missing);
    EXPECT_EQ(needs[0].score.score, 16);
    ASSERT_EQ(treatmentNeeds(data(), Date{2026, 6, 1}).size(), 2u);
    EXPECT_EQ(data().risks[treatmentNeeds(data(), Date{2026, 6, 1})[1].riskIndex].id, untreated);
    auto acceptanceItems = [&](Date today) {
        return itemsOf(dueList(data(), DateTime{today, 9, 0}, 30), DueItem::Kind::Acceptance, "risk");
    };
    ASSERT_EQ(acceptanceItems(Date{2026, 6, 1}).size(), 1u);
    EXPECT_NE(acceptanceItems(Date{2026, 6, 1})[0].detail.english().find("not accepted"), std::string::npos);

    EXPECT_THROW(file->addAcceptance({0, stillHigh, "Rådmann", "rådmann", Date{2026, 6, 1}, "", Date{2026, 12, 31}}),
                 InputError);
    try {
        file->addAcceptance({0, stillHigh, "Rådmann", "rådmann", Date{2026, 6, 1}, "Kostnad", Date{2026, 5, 1}});
        FAIL();
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("expires (2026-05-01) on or before"), std::string::npos);
    }
    file->addAcceptance({0, stillHigh, "Rådmann", "rådmann", Date{2026, 6, 1}, "Tiltak for dyrt", Date{2026, 12, 31}});
    EXPECT_EQ(file->history().back().action, "approve");

    EXPECT_EQ(residualNeeds(Date{2026, 12, 31})[0].state, AcceptanceState::Valid);
    EXPECT_TRUE(acceptanceItems(Date{2026, 6, 1}).empty());
    ASSERT_EQ(acceptanceItems(Date{2026, 12, 15}).size(), 1u); // expires within 30 days
    EXPECT_EQ(acceptanceItems(Date{2026, 12, 15})[0].state, DueState::DueSoon);
    EXPECT_EQ(residualNeeds(Date{2027, 1, 1})[0].state, AcceptanceState::Expired);
    ASSERT_EQ(acceptanceItems(Date{2027, 1, 1}).size(), 1u);
    EXPECT_EQ(acceptanceItems(Date{2027, 1, 1})[0].state, DueState::Overdue);
    EXPECT_NE(acceptanceItems(Date{2027, 1, 1})[0].detail.english().find("acceptance expired"), std::string::npos);
}

// DOMAIN.md rule 7 (002 §25 stk. 5): nothing above the acceptance line goes untreated. A risk above the
// line with neither a measure nor management's acceptance is due; when its measures are done its
// residual risk is to be scored; a residual still above the line needs management's acceptance.
TEST_P(CycleTest, NothingAboveTheLineGoesUntreated_Rule7)
{
    const Id high = addRisk(5, 5); // 25, "Ikke akseptabel"
    addRisk(1, 2);                 // 2, "Akseptabel": asks for nothing
    const DateTime now = at(2026, 6, 1);
    auto riskItems = [&] {
        std::vector<DueItem> found;
        for (const DueItem &item : dueList(data(), now, 30))
            if (item.objectType == "risk")
                found.push_back(item);
        return found;
    };
    std::vector<DueItem> items = riskItems();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].kind, DueItem::Kind::Treatment);
    EXPECT_EQ(items[0].objectId, std::optional<Id>(high));
    EXPECT_EQ(items[0].state, DueState::Overdue);
    EXPECT_NE(items[0].detail.english().find("needs a measure or management's acceptance"), std::string::npos);

    // A measure under way treats it: its deadline is what is due, not the risk.
    Measure measure;
    measure.assessmentId = assessment;
    measure.what = "Tilgangsstyring";
    measure.deadline = Date{2026, 12, 1};
    measure.riskIds = {high};
    measure.id = file->addMeasure(measure);
    EXPECT_TRUE(riskItems().empty());

    // Cancelled, it treats nothing.
    measure.status = MeasureStatus::Cancelled;
    file->updateMeasure(measure);
    ASSERT_EQ(riskItems().size(), 1u);
    EXPECT_EQ(riskItems()[0].kind, DueItem::Kind::Treatment);

    // Done: the residual risk is to be scored.
    measure.status = MeasureStatus::Done;
    file->updateMeasure(measure);
    items = riskItems();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].kind, DueItem::Kind::Residual);
    EXPECT_EQ(toToken(items[0].kind), "residual");

    // Scored below the line: done with. Scored above it: management's acceptance is due.
    Risk risk = data().risks.front();
    risk.residualProbability = 1;
    risk.residualConsequence = 2;
    file->updateRisk(risk);
    EXPECT_TRUE(riskItems().empty());
    risk.residualProbability = 4;
    risk.residualConsequence = 4;
    file->updateRisk(risk);
    ASSERT_EQ(riskItems().size(), 1u);
    EXPECT_EQ(riskItems()[0].kind, DueItem::Kind::Acceptance);

    // Or a new measure is made: while it is under way nothing but its deadline is asked, even once an
    // acceptance has run out.
    file->addAcceptance({0, high, "Rådmann", "rådmann", Date{2025, 1, 1}, "Venter på budsjett", Date{2025, 12, 31}});
    ASSERT_EQ(riskItems().size(), 1u);
    EXPECT_NE(riskItems()[0].detail.english().find("acceptance expired"), std::string::npos);
    Measure second;
    second.assessmentId = assessment;
    second.what = "Logging og varsling";
    second.deadline = Date{2026, 12, 1};
    second.riskIds = {high};
    second.id = file->addMeasure(second);
    EXPECT_TRUE(riskItems().empty());
    file->removeMeasure(second.id);
    file->removeAcceptance(data().acceptances.back().id);

    // An untreated risk that management accepts instead is not due until the acceptance runs out.
    const Id other = addRisk(4, 5);
    ASSERT_EQ(riskItems().size(), 2u);
    file->addAcceptance({0, other, "Rådmann", "rådmann", Date{2026, 5, 1}, "Lav verdi", Date{2027, 5, 1}});
    ASSERT_EQ(riskItems().size(), 1u);
    EXPECT_EQ(riskItems()[0].objectId, std::optional<Id>(high));
    const std::vector<TreatmentNeed> needs = treatmentNeeds(data(), now.date);
    ASSERT_EQ(needs.size(), 2u);
    EXPECT_EQ(needs[1].stage, TreatmentStage::Untreated);
    EXPECT_EQ(needs[1].state, AcceptanceState::Valid);
    EXPECT_TRUE(needs[1].met());
}

// 002 §25 stk. 6: management approves the action plan and the assessment; a later change to what
// was approved makes the approval outdated.
TEST_P(CycleTest, AnApprovalIsOutdatedByALaterChange_002_Par25)
{
    const Id risk = addRisk(4, 3);
    Measure measure;
    measure.assessmentId = assessment;
    measure.what = "Opplæring";
    measure.deadline = Date{2026, 9, 1};
    measure.riskIds = {risk};
    measure.id = file->addMeasure(measure);

    file->addApproval({0, Approval::Subject::Assessment, assessment, "Rådmann", "rådmann", Date{2026, 2, 1}, ""});
    file->addApproval({0, Approval::Subject::Plan, unit, "Rådmann", "rådmann", Date{2026, 2, 1}, ""});
    file->addApproval({0, Approval::Subject::Plan, std::nullopt, "Kommunestyret", "", Date{2026, 2, 1}, ""});
    auto outdated = [&] {
        std::vector<std::string> names;
        const RegisterData snapshot = data(); // the statuses point into it
        for (const ApprovalStatus &status : approvalStatuses(snapshot))
            if (status.state == ApprovalState::Outdated)
                names.push_back(std::string(toToken(status.approval->subject)) +
                                (status.approval->objectId ? "" : " (all)"));
        std::sort(names.begin(), names.end());
        return names;
    };
    EXPECT_TRUE(outdated().empty());

    // Following the plan up (status) is not a change to what was approved.
    measure.status = MeasureStatus::InProgress;
    file->updateMeasure(measure);
    EXPECT_TRUE(outdated().empty());

    // A new deadline changes the plan and the assessment.
    measure.deadline = Date{2026, 12, 1};
    file->updateMeasure(measure);
    EXPECT_EQ(outdated(), (std::vector<std::string>{"assessment", "plan", "plan (all)"}));
    const auto items = itemsOf(dueList(data(), at(2026, 3, 1), 30), DueItem::Kind::Approval, "plan");
    ASSERT_EQ(items.size(), 2u);
    const std::string detail = items[0].detail.english();
    EXPECT_NE(detail.find("changed since approved 2026-02-01 by"), std::string::npos) << detail;

    // Approving again makes it current; the older approval no longer counts.
    file->addApproval({0, Approval::Subject::Plan, unit, "Rådmann", "rådmann", Date{2026, 3, 1}, ""});
    EXPECT_EQ(outdated(), (std::vector<std::string>{"assessment", "plan (all)"}));

    // A changed risk score outdates the assessment's approval; changing it back makes it current again.
    file->addApproval({0, Approval::Subject::Assessment, assessment, "Rådmann", "rådmann", Date{2026, 3, 2}, ""});
    Risk changed = data().risks[0];
    changed.probability = 5;
    file->updateRisk(changed);
    // The risk is treated by the plan's measure: the plan's order may change, so it is outdated too.
    EXPECT_EQ(outdated(), (std::vector<std::string>{"assessment", "plan", "plan (all)"}));
    changed.probability = 4;
    file->updateRisk(changed);
    EXPECT_EQ(outdated(), std::vector<std::string>{"plan (all)"});

    EXPECT_THROW(file->addApproval({0, Approval::Subject::Assessment, 999, "R", "", Date{2026, 1, 1}, ""}), InputError);
    EXPECT_THROW(file->addApproval({0, Approval::Subject::Plan, 999, "R", "", Date{2026, 1, 1}, ""}), InputError);
    EXPECT_THROW(file->addApproval({0, Approval::Subject::Plan, unit, "", "", Date{2026, 1, 1}, ""}), InputError);
}

// Issue 19 ("Sections you can trust"): dates that matter are plausible. An approval, acceptance,
// review or incident more than a day after today (the test clock: 2026-12-01 10:00 UTC) is refused,
// naming the field; a day ahead (another time zone, a date entered the evening before) is accepted.
TEST_P(CycleTest, DatesMoreThanADayInTheFutureAreRefused_Issue19)
{
    auto message = [](const auto &add) {
        try {
            add();
        } catch (const InputError &error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    const Id risk = addRisk(5, 5, 4, 4);
    Approval approval{0, Approval::Subject::Plan, unit, "Rådmann", "rådmann", Date{2062, 1, 1}, ""};
    EXPECT_EQ(message([&] { file->addApproval(approval); }),
              "the approval date (2062-01-01) is more than a day in the future");
    approval.date = Date{2026, 12, 3};
    EXPECT_EQ(message([&] { file->addApproval(approval); }),
              "the approval date (2026-12-03) is more than a day in the future");
    approval.date = Date{2026, 12, 2};
    EXPECT_EQ(message([&] { file->addApproval(approval); }), "accepted");

    RiskAcceptance acceptance{0, risk, "Rådmann", "rådmann", Date{2027, 1, 1}, "Tåles", Date{2028, 1, 1}};
    EXPECT_EQ(message([&] { file->addAcceptance(acceptance); }),
              "the acceptance date (2027-01-01) is more than a day in the future");
    acceptance.date = Date{2026, 12, 1};
    EXPECT_EQ(message([&] { file->addAcceptance(acceptance); }), "accepted");

    Review review{0, ReviewKind::Asset, asset, Date{2026, 12, 5}, "Ola", ""};
    EXPECT_EQ(message([&] { file->addReview(review); }),
              "the review date (2026-12-05) is more than a day in the future");
    review.date = Date{2026, 11, 30};
    EXPECT_EQ(message([&] { file->addReview(review); }), "accepted");

    Incident incident;
    incident.discovered = DateTime{{2026, 12, 2}, 10, 1}; // 24 hours and a minute ahead
    incident.reportedBy = "Ola";
    incident.description = "Virus";
    EXPECT_EQ(message([&] { file->addIncident(incident); }),
              "the time the incident was discovered (2026-12-02 10:01) is more than a day in the future");
    incident.discovered = DateTime{{2026, 12, 1}, 9, 0};
    incident.authorityNotified = true;
    incident.notifiedAt = DateTime{{2027, 12, 1}, 9, 0};
    EXPECT_EQ(message([&] { file->addIncident(incident); }),
              "the time the authority was notified (2027-12-01 09:00) is more than a day in the future");
    incident.notifiedAt = DateTime{{2026, 12, 2}, 10, 0}; // exactly a day ahead
    EXPECT_EQ(message([&] { file->addIncident(incident); }), "accepted");

    const RegisterData loaded = file->load();
    EXPECT_EQ(loaded.approvals.size(), 1u);
    EXPECT_EQ(loaded.acceptances.size(), 1u);
    EXPECT_EQ(loaded.reviews.size(), 1u);
    EXPECT_EQ(loaded.incidents.size(), 1u);
}

// Issue 19: the latest approval is the one recorded last (highest id), not the one with the latest
// date: a mistaken 2062 approval (from a file written before dates were checked) does not stay the
// latest after a real approval made today.
TEST_P(CycleTest, TheLatestApprovalIsTheOneRecordedLast_Issue19)
{
    RegisterData snapshot = data();
    snapshot.approvals.push_back({1, Approval::Subject::Plan, unit, "Feil", "", Date{2062, 1, 1}, "old"});
    snapshot.approvals.push_back({2, Approval::Subject::Plan, unit, "Rådmann", "", Date{2026, 12, 1},
                                  approvalFingerprint(snapshot, Approval::Subject::Plan, unit)});
    std::vector<ApprovalStatus> statuses = approvalStatuses(snapshot);
    ASSERT_EQ(statuses.size(), 1u);
    EXPECT_EQ(statuses[0].approval->approvedBy, "Rådmann");
    EXPECT_EQ(statuses[0].state, ApprovalState::Current);
    // Recorded in the other order, the 2062 one is the latest, whatever its date.
    std::swap(snapshot.approvals[0].id, snapshot.approvals[1].id);
    statuses = approvalStatuses(snapshot);
    ASSERT_EQ(statuses.size(), 1u);
    EXPECT_EQ(statuses[0].approval->approvedBy, "Feil");
    EXPECT_EQ(statuses[0].state, ApprovalState::Outdated);
}

// 002 §7 stk. 4: a register of approved exceptions.
TEST_P(CycleTest, ApprovedExceptions_002_Par7)
{
    RuleException exception;
    exception.rule = "002 §12 stk. 6: stedfortræder";
    exception.reason = "Lite system, én ansatt";
    exception.approvedBy = "Direktionen";
    exception.approvedOn = Date{2026, 1, 10};
    exception.validUntil = Date{2026, 6, 30};
    exception.unitId = unit;
    exception.id = file->addException(exception);
    ASSERT_EQ(file->load().exceptions.size(), 1u);
    EXPECT_EQ(file->load().exceptions[0].validUntil, (Date{2026, 6, 30}));

    const auto expiring = itemsOf(dueList(data(), at(2026, 6, 10), 30), DueItem::Kind::Exception, "exception");
    ASSERT_EQ(expiring.size(), 1u);
    EXPECT_EQ(expiring[0].state, DueState::DueSoon);
    EXPECT_TRUE(itemsOf(dueList(data(), at(2026, 7, 1), 30), DueItem::Kind::Exception, "exception").empty());

    RuleException bad = exception;
    bad.validUntil = Date{2025, 12, 31};
    EXPECT_THROW(file->updateException(bad), InputError);
    bad = exception;
    bad.rule.clear();
    EXPECT_THROW(file->updateException(bad), InputError);
    exception.validUntil.reset();
    file->updateException(exception);
    EXPECT_FALSE(file->load().exceptions[0].validUntil);
    EXPECT_EQ(file->history().back().field, "valid_until");
    file->removeException(exception.id);
    EXPECT_TRUE(file->load().exceptions.empty());
}

TEST(CycleMigration, AVersion2FileGetsTheCycleTablesAndPresetDefaults)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "dk", "København");
        file.addUnit({0, "Skole", std::nullopt});
    }
    downgradeToVersion2(path);
    {
        Database db(path, Database::Mode::ReadOnly);
        EXPECT_EQ(schema::version(db), 2);
    }
    RegisterFile file = RegisterFile::open(path);
    const RegisterData data = file.load();
    EXPECT_EQ(data.units.size(), 1u);
    EXPECT_EQ(data.info.uid.size(), 32u);
    EXPECT_EQ(data.reviewRules.rule(ReviewKind::Policy), "months:24"); // from the dk matrix's preset
    EXPECT_EQ(data.reviewRules.zoneDays, (std::map<int, int>{{1, 180}, {2, 90}}));
    EXPECT_EQ(schema::version(file.database()), schema::CurrentVersion);
    Incident incident;
    incident.discovered = at(2026, 1, 1);
    incident.reportedBy = "Ola";
    incident.description = "Feil i data";
    file.addIncident(incident);
    EXPECT_EQ(file.load().incidents.size(), 1u);
}

TEST(CycleMigration, EveryRegisterHasItsOwnStableId)
{
    TempDir dir;
    const std::string first = RegisterFile::create(dir.file("a.trygg"), "no", "A").info().uid;
    const std::string second = RegisterFile::create(dir.file("b.trygg"), "no", "B").info().uid;
    EXPECT_EQ(first.size(), 32u);
    EXPECT_NE(first, second);
    EXPECT_EQ(RegisterFile::open(dir.file("a.trygg")).info().uid, first);
}

INSTANTIATE_TEST_SUITE_P(Backends, CycleTest, testing::ValuesIn(testBackends()), backendName);
