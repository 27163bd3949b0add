// SPDX-License-Identifier: EUPL-1.2
// Rounds (issue 15; DOMAIN.md "Cycles and deadlines"): the next round starts from the last, its lines
// carried over and marked until reassessed, open measures along with them; the old round is closed as
// it was scored.
#include "RoundsFixture.h"

#include "cycle/DueList.h"
#include "demo/DemoGenerator.h"
#include "plan/Prioritisation.h"

using namespace rounds_test;

namespace {

template <typename T> const T &byId(const std::vector<T> &items, Id id)
{
    const T *found = RegisterData::findById(items, id);
    if (!found)
        throw std::logic_error("no record with id " + std::to_string(id));
    return *found;
}

} // namespace

// DOMAIN.md Rounds: "its lines are the starting point and are confirmed or changed, measures not done come
// along, and the old round stays as it was".
TEST_P(RoundsTest, TheNextRoundCopiesTheLinesAndBringsTheOpenMeasures)
{
    const Edit written = start(round2023, "Skole 2025", Date{2025, 2, 1});
    round2025 = addedAssessment(written);
    ASSERT_NE(round2025, 0);
    const RegisterData data = file->load();
    const RiskAssessment &next = byId(data.assessments, round2025);
    EXPECT_EQ(next.previousId, round2023);
    EXPECT_EQ(next.unitId, unit);
    EXPECT_FALSE(next.frozen);
    EXPECT_TRUE(byId(data.assessments, round2023).frozen);

    for (Id old : {phishing, laptop, power, oldSystem}) {
        const Id copy = copyOf(round2025, old);
        ASSERT_NE(copy, 0) << old;
        const Risk &line = byId(data.risks, copy);
        const Risk &was = byId(data.risks, old);
        EXPECT_TRUE(line.notReassessed);
        EXPECT_EQ(line.threat, was.threat);
        EXPECT_EQ(line.assetId, was.assetId);
        EXPECT_EQ(line.probability, was.probability);
        EXPECT_EQ(line.consequence, was.consequence);
        EXPECT_EQ(line.position, was.position);
    }
    // Done and cancelled stay with the old round; the open ones come along, treating the new lines.
    EXPECT_EQ(byId(data.measures, mfa).assessmentId, round2023);
    EXPECT_EQ(byId(data.measures, ups).assessmentId, round2023);
    EXPECT_EQ(byId(data.measures, mfa).riskIds, std::vector<Id>{phishing});
    EXPECT_EQ(byId(data.measures, encrypt).assessmentId, round2025);
    EXPECT_EQ(byId(data.measures, encrypt).riskIds, std::vector<Id>{copyOf(round2025, laptop)});
    EXPECT_EQ(byId(data.measures, awareness).assessmentId, round2025);
    EXPECT_EQ(byId(data.measures, awareness).riskIds, std::vector<Id>{copyOf(round2025, phishing)});
    // The acceptance still in force on the new date (until 2026-12-31) comes along with the copy.
    EXPECT_EQ(std::count_if(data.acceptances.begin(), data.acceptances.end(),
                            [&](const RiskAcceptance &a) { return a.riskId == copyOf(round2025, laptop); }),
              1);

    // The picture of now is the new round's: the closed round's lines are in no ranking of the register.
    EXPECT_EQ(prioritiseRisks(data).size(), 4u);
    EXPECT_EQ(prioritiseRisks(data, {std::nullopt, round2023}).size(), 4u);
}

TEST_P(RoundsTest, ConfirmingOrChangingTheScoresReassessesACarriedLine)
{
    round2025 = addedAssessment(start(round2023, "Skole 2025", Date{2025, 2, 1}));
    const Id carriedPhishing = copyOf(round2025, phishing), carriedLaptop = copyOf(round2025, laptop);
    auto notReassessed = [&] {
        std::vector<Id> ids;
        for (const DueItem &item : dueList(file->load(), DateTime{{2025, 3, 1}, 12, 0}))
            if (item.kind == DueItem::Kind::Reassess)
                ids.push_back(*item.objectId);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    EXPECT_EQ(notReassessed().size(), 4u); // the Due page lists them
    {
        // A change of anything but the scores is not a reassessment.
        RegisterData data = file->load();
        Risk renamed = byId(data.risks, carriedPhishing);
        renamed.threat = "Phishing by e-mail";
        applyEdit(*file, edits::change(data, renamed));
        EXPECT_TRUE(byId(file->load().risks, carriedPhishing).notReassessed);
    }
    setScores(carriedPhishing, 3, 3);
    EXPECT_FALSE(byId(file->load().risks, carriedPhishing).notReassessed);
    applyEdit(*file, edits::confirmRisks(file->load(), {carriedLaptop}));
    EXPECT_FALSE(byId(file->load().risks, carriedLaptop).notReassessed);
    EXPECT_EQ(byId(file->load().risks, carriedLaptop).probability, 3);
    EXPECT_EQ(notReassessed(), (std::vector<Id>{copyOf(round2025, power), copyOf(round2025, oldSystem)}));
    // Overdue after the end of the round's year (002 §26 stk. 2).
    for (const DueItem &item : dueList(file->load(), DateTime{{2026, 1, 1}, 12, 0})) {
        if (item.kind == DueItem::Kind::Reassess) {
            EXPECT_EQ(item.state, DueState::Overdue);
        }
    }
}

TEST_P(RoundsTest, AClosedRoundRefusesChangesWithAClearMessage)
{
    round2025 = addedAssessment(start(round2023, "Skole 2025", Date{2025, 2, 1}));
    RegisterData data = file->load();
    auto refused = [&](const Edit &edit) {
        try {
            applyEdit(*file, edit);
        } catch (const InputError &error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    Risk rescored = byId(data.risks, phishing);
    rescored.probability = 1;
    const std::string message = refused(edits::change(data, rescored));
    EXPECT_NE(message.find("'Skole 2023' is a closed round"), std::string::npos) << message;
    EXPECT_NE(refused(edits::removeRisks(data, {laptop})), "accepted");
    EXPECT_NE(refused(edits::addRisk(data,
                                     [&] {
                                         Risk more;
                                         more.assessmentId = round2023;
                                         more.threat = "Late addition";
                                         return more;
                                     }())),
              "accepted");
    Measure reopened = byId(data.measures, mfa);
    reopened.status = MeasureStatus::Planned;
    EXPECT_NE(refused(edits::change(data, reopened)), "accepted");
    RiskAssessment renamed = byId(data.assessments, round2023);
    renamed.name = "Skole 2023 (old)";
    EXPECT_NE(refused(edits::change(data, renamed)), "accepted");
    EXPECT_NE(refused(edits::removeAssessment(data, round2023)), "accepted");
    // A round is started once from each: the second start names the first.
    RiskAssessment again;
    again.name = "Skole 2025b";
    again.date = Date{2025, 3, 1};
    try {
        edits::startRound(data, round2023, again);
        FAIL();
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("'Skole 2023': 'Skole 2025'"), std::string::npos) << error.what();
    }
    EXPECT_EQ(file->load().risks, data.risks); // nothing was written

    // What a removal elsewhere clears is not a change of the round: removing the asset keeps the lines' text.
    applyEdit(*file, edits::removeAsset(file->load(), assetB));
    EXPECT_FALSE(byId(file->load().risks, laptop).assetId);
}

TEST_P(RoundsTest, StartingARoundIsOneActionThatUndoes)
{
    const RegisterData before = file->load();
    const Edit written = start(round2023, "Skole 2025", Date{2025, 2, 1});
    applyEdit(*file, written.inverse());
    const RegisterData after = file->load();
    EXPECT_EQ(after.assessments, before.assessments);
    EXPECT_EQ(after.risks, before.risks);
    EXPECT_EQ(after.measures, before.measures);
    EXPECT_EQ(after.acceptances, before.acceptances);
    // And again (redo), as the window's undo stack does.
    applyEdit(*file, written);
    EXPECT_TRUE(byId(file->load().assessments, round2023).frozen);
    EXPECT_EQ(file->load().risks.size(), 8u);
}

// Removing the round just started takes the start back (issue 15): the old round is open again, as it
// was, with its measures treating its own lines; one undo brings the new round back, the old one closed.
TEST_P(RoundsTest, RemovingANewRoundReopensTheRoundItStartedFrom)
{
    const RegisterData before = file->load();
    round2025 = addedAssessment(start(round2023, "Skole 2025", Date{2025, 2, 1}));
    const RegisterData started = file->load();
    const Edit removed = applyEdit(*file, edits::removeAssessment(started, round2025));
    RegisterData after = file->load();
    EXPECT_EQ(after.assessments, before.assessments);
    EXPECT_EQ(after.risks, before.risks);
    EXPECT_EQ(after.measures, before.measures);
    EXPECT_EQ(after.acceptances, before.acceptances);
    EXPECT_EQ(lastRound(after, unit), round2023);

    // The old round takes changes again, and a round can be started from it anew.
    Risk rescored = byId(after.risks, laptop);
    rescored.probability = 2;
    applyEdit(*file, edits::change(after, rescored));
    EXPECT_EQ(byId(file->load().risks, laptop).probability, 2);
    applyEdit(*file, edits::change(file->load(), byId(after.risks, laptop)));

    // Undo: the new round as it was, the old one closed again.
    applyEdit(*file, removed.inverse());
    after = file->load();
    EXPECT_EQ(after.assessments, started.assessments);
    EXPECT_EQ(after.risks, started.risks);
    EXPECT_EQ(after.measures, started.measures);
    EXPECT_EQ(after.acceptances, started.acceptances);
    EXPECT_TRUE(byId(after.assessments, round2023).frozen);
}

// What was done in the new round before it is removed: its own lines and the measures only they needed go
// with it; a measure that came along goes back to the line it treated, whatever else it was linked to.
TEST_P(RoundsTest, RemovingANewRoundKeepsTheMeasuresThatCameAlong)
{
    round2025 = addedAssessment(start(round2023, "Skole 2025", Date{2025, 2, 1}));
    setScores(copyOf(round2025, phishing), 3, 3);
    ransomware = line(round2025, "Ransomware", assetA, 4, 5);
    const Id backups = measure(round2025, "Offline backups", MeasureStatus::Planned, {ransomware}, Date{2025, 9, 1});
    const Id routine = measure(round2025, "Routine", MeasureStatus::Planned, {}, Date{2025, 9, 1});
    RegisterData data = file->load();
    Measure widened = byId(data.measures, awareness);
    widened.riskIds.push_back(ransomware);
    widened.status = MeasureStatus::Done;
    applyEdit(*file, edits::change(data, widened));
    data = file->load();

    const Edit removed = applyEdit(*file, edits::removeAssessment(data, round2025));
    const RegisterData after = file->load();
    EXPECT_FALSE(byId(after.assessments, round2023).frozen);
    EXPECT_FALSE(RegisterData::findById(after.assessments, round2025));
    EXPECT_EQ(byId(after.measures, awareness).assessmentId, round2023);
    EXPECT_EQ(byId(after.measures, awareness).riskIds, std::vector<Id>{phishing});
    EXPECT_EQ(byId(after.measures, awareness).status, MeasureStatus::Done); // as it was left
    EXPECT_EQ(byId(after.measures, encrypt).riskIds, std::vector<Id>{laptop});
    EXPECT_EQ(byId(after.measures, routine).assessmentId, round2023); // treating nothing: it may have come along
    EXPECT_FALSE(RegisterData::findById(after.measures, backups));    // made for a line new in the round
    EXPECT_EQ(byId(after.risks, phishing).probability, 4);            // the old round as it was scored
    for (const Risk &risk : after.risks)
        EXPECT_EQ(risk.assessmentId, round2023) << risk.threat;

    applyEdit(*file, removed.inverse());
    const RegisterData undone = file->load();
    EXPECT_EQ(undone.assessments, data.assessments);
    EXPECT_EQ(undone.risks, data.risks);
    EXPECT_EQ(undone.measures, data.measures);
    EXPECT_EQ(undone.acceptances, data.acceptances);
}

TEST_P(RoundsTest, ARoundDatedBeforeTheOneItStartsFromIsRefused)
{
    RiskAssessment next;
    next.name = "Skole 2022";
    next.date = Date{2022, 12, 31};
    EXPECT_THROW(edits::startRound(file->load(), round2023, next), InputError);
    EXPECT_EQ(lastRound(file->load(), unit), round2023);
    EXPECT_EQ(lastRound(file->load(), std::nullopt), std::nullopt);
}

// The comparison of two rounds in every category (issue 15).
TEST_P(RoundsTest, ComparingTwoRoundsFindsEveryKindOfChange)
{
    makeRound2025();
    const RegisterData data = file->load();
    const RoundComparison comparison = compareRounds(data, {round2023}, {round2025}, std::nullopt, Date{2025, 8, 1});
    EXPECT_EQ(comparison.count(LineChange::New), 1);
    EXPECT_EQ(comparison.count(LineChange::Removed), 1);
    EXPECT_EQ(comparison.count(LineChange::Higher), 1);
    EXPECT_EQ(comparison.count(LineChange::Lower), 1);
    EXPECT_EQ(comparison.count(LineChange::Unchanged), 1);
    auto changeOf = [&](const std::string &threat) {
        for (const ComparedLine &line : comparison.lines)
            if ((line.to ? line.to : line.from)->threat == threat)
                return line.change;
        throw std::logic_error("no line " + threat);
    };
    EXPECT_EQ(changeOf("Phishing"), LineChange::Lower);        // 16 Ikke akseptabel -> 9 Vurderes
    EXPECT_EQ(changeOf("Power outage"), LineChange::Higher);   // 4 Akseptabel -> 9 Vurderes
    EXPECT_EQ(changeOf("Lost laptop"), LineChange::Unchanged); // confirmed
    EXPECT_EQ(changeOf("Old system"), LineChange::Removed);
    EXPECT_EQ(changeOf("Ransomware"), LineChange::New);
    // MFA was done in 2023; the disks were encrypted in the 2025 round, after it started.
    EXPECT_EQ(comparison.measuresCompleted, std::vector<Id>{mfa});
    EXPECT_EQ(comparison.measuresOpen, std::vector<Id>{awareness});
    EXPECT_EQ(comparison.measuresOverdue, std::vector<Id>{awareness}); // due 2024-06-30

    // Of one asset: Feide's only line is Lost laptop.
    const RoundComparison feide = compareRounds(data, {round2023}, {round2025}, assetB, Date{2025, 8, 1});
    ASSERT_EQ(feide.lines.size(), 1u);
    EXPECT_EQ(feide.lines[0].change, LineChange::Unchanged);

    const std::string csv = roundComparisonCsv(data, comparison);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(csv.find("change;unit;asset;threat;from_score;to_score;from_zone;to_zone\r\n"), std::string::npos);
    EXPECT_NE(csv.find("lower;Skole;Visma Flyt Skole;Phishing;16;9;Ikke akseptabel;Vurderes\r\n"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("new;Skole;Visma Flyt Skole;Ransomware;;20;;Ikke akseptabel\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("removed;Skole;Visma Flyt Skole;Old system;6;;Vurderes;\r\n"), std::string::npos) << csv;
}

// DOMAIN.md rule 6 across a matrix change: zone counted from the most severe first, then the score as a
// share of the matrix's highest (a 16 on a 4x4 is not a 16 on a 5x5).
TEST_P(RoundsTest, ComparingAcrossAMatrixChangeGoesByZoneThenShare)
{
    makeRound2025();
    makeRound2027();
    const RegisterData data = file->load();
    EXPECT_NE(byId(data.assessments, round2027).matrixId, byId(data.assessments, round2025).matrixId);
    // The old round is still scored on its own matrix.
    EXPECT_EQ(data.matrixOf(byId(data.risks, phishing)).zones.size(), 3u);
    const RoundComparison comparison = compareRounds(data, {round2025}, {round2027}, std::nullopt, Date{2027, 3, 1});
    auto changeOf = [&](const std::string &threat) {
        for (const ComparedLine &line : comparison.lines)
            if ((line.to ? line.to : line.from)->threat == threat)
                return line.change;
        throw std::logic_error("no line " + threat);
    };
    // 9 of 25 (Vurderes, 2nd from the top) -> 8 of 16 (Hög, 2nd from the top): the same zone, a larger
    // share, although 8 < 9.
    EXPECT_EQ(changeOf("Phishing"), LineChange::Higher);
    // 9 Vurderes (2nd) -> 6 Medel (3rd): a lower zone.
    EXPECT_EQ(changeOf("Lost laptop"), LineChange::Lower);
    // 20 Ikke akseptabel (the top) -> 12 Hög (2nd).
    EXPECT_EQ(changeOf("Ransomware"), LineChange::Lower);
    EXPECT_EQ(comparison.count(LineChange::New) + comparison.count(LineChange::Removed), 0);
    // Across the three rounds: carried twice, still the same lines.
    const RoundComparison whole = compareRounds(data, {round2023}, {round2027}, std::nullopt, Date{2027, 3, 1});
    EXPECT_EQ(whole.count(LineChange::Removed), 1);
    EXPECT_EQ(whole.count(LineChange::New), 1);
    std::vector<Id> completed = whole.measuresCompleted;
    std::sort(completed.begin(), completed.end());
    EXPECT_EQ(completed, (std::vector<Id>{mfa, encrypt})); // done in 2023 and in 2025, before 2027 started
}

TEST_P(RoundsTest, ARoundIsNamedOrAYear)
{
    makeRound2025();
    const RegisterData data = file->load();
    EXPECT_EQ(roundNamed(data, " skole 2025 ", std::nullopt), std::vector<Id>{round2025});
    EXPECT_EQ(roundNamed(data, "2023", unit), std::vector<Id>{round2023});
    EXPECT_TRUE(roundNamed(data, "2024", std::nullopt).empty());
    EXPECT_TRUE(roundNamed(data, "Skole 2025", unit + 100).empty());
}

// The demo register has three rounds (2023, 2025, 2027) with realistic change between them (issue 15).
TEST(RoundsDemoTest, TheDemoHasThreeRoundsThatChange)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("demo.trygg"), "no", "Eksempel kommune");
    DemoOptions options;
    options.assets = 30;
    options.risks = 150;
    options.rounds = true;
    const DemoSummary summary = generateDemo(file, options);
    const RegisterData data = file.load();
    EXPECT_EQ(summary.risks, static_cast<int>(data.risks.size()));
    int changes[LineChangeCount] = {};
    for (const RiskAssessment &assessment : data.assessments) {
        if (assessment.date.year != 2027)
            continue;
        const std::vector<Id> chain = roundChain(data, assessment.id);
        ASSERT_EQ(chain.size(), 3u) << assessment.name;
        EXPECT_EQ(RegisterData::findById(data.assessments, chain[0])->date.year, 2023);
        EXPECT_EQ(RegisterData::findById(data.assessments, chain[1])->date.year, 2025);
        EXPECT_TRUE(RegisterData::findById(data.assessments, chain[0])->frozen);
        EXPECT_TRUE(RegisterData::findById(data.assessments, chain[1])->frozen);
        EXPECT_FALSE(assessment.frozen);
        for (const auto &[from, to] : {std::pair{chain[0], chain[1]}, std::pair{chain[1], chain[2]}})
            for (const ComparedLine &line : compareRounds(data, {from}, {to}, std::nullopt, Date{2027, 3, 1}).lines)
                ++changes[static_cast<int>(line.change)];
    }
    for (int change = 0; change < LineChangeCount; ++change)
        EXPECT_GT(changes[change], 0) << toToken(static_cast<LineChange>(change));
    EXPECT_GT(changes[static_cast<int>(LineChange::Lower)], changes[static_cast<int>(LineChange::Higher)]);
    // Some lines of the 2027 round are still to be reassessed; every measure of a closed round is finished.
    EXPECT_TRUE(std::any_of(data.risks.begin(), data.risks.end(), [&](const Risk &r) { return r.notReassessed; }));
    for (const Measure &measure : data.measures) {
        if (RegisterData::findById(data.assessments, measure.assessmentId)->frozen) {
            EXPECT_TRUE(measureFinished(measure)) << measure.what;
        }
    }
    for (const Message &problem : file.trailProblems())
        ADD_FAILURE() << problem.english();
}

INSTANTIATE_TEST_SUITE_P(Backends, RoundsTest, testing::ValuesIn(testBackends()), backendName);
