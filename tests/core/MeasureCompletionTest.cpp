// SPDX-License-Identifier: EUPL-1.2
// Issue 15: a measure keeps the day it was done, so that the trend counts the measures done each year and the
// comparison of two rounds the measures completed between them (DOMAIN.md Rounds: "what matters to
// management is the difference: ... measures completed").
#include "OldVersions.h"
#include "RoundsFixture.h"

#include "check/RegisterCheck.h"
#include "cycle/Trend.h"

using namespace rounds_test;

namespace {

const Measure &byId(const RegisterData &data, Id id)
{
    const Measure *found = RegisterData::findById(data.measures, id);
    if (!found)
        throw std::logic_error("no measure " + std::to_string(id));
    return *found;
}

} // namespace

TEST_P(RoundsTest, SettingAMeasureDoneRecordsTheDayLeavingDoneClearsItUndoRestores)
{
    ScopedClock clock(std::make_shared<FixedClock>(DateTime{{2025, 4, 10}, 9, 0}));
    RegisterData data = file->load();
    EXPECT_FALSE(byId(data, awareness).completed); // in progress

    Measure done = byId(data, awareness);
    done.status = MeasureStatus::Done;
    applyEdit(*file, edits::change(data, done));
    data = file->load();
    EXPECT_EQ(byId(data, awareness).completed, (Date{2025, 4, 10}));

    // Another change of a done measure keeps the day; so does one that does not name it.
    ScopedClock later(std::make_shared<FixedClock>(DateTime{{2025, 9, 1}, 9, 0}));
    Measure followedUp = byId(data, awareness);
    followedUp.followUp = "Checked by the security officer";
    followedUp.completed.reset();
    applyEdit(*file, edits::change(data, followedUp));
    data = file->load();
    EXPECT_EQ(byId(data, awareness).completed, (Date{2025, 4, 10}));

    // A day given is kept.
    Measure given = byId(data, awareness);
    given.completed = Date{2025, 3, 31};
    applyEdit(*file, edits::change(data, given));
    data = file->load();
    EXPECT_EQ(byId(data, awareness).completed, (Date{2025, 3, 31}));

    // Back to in progress: not done, no day.
    Measure reopened = byId(data, awareness);
    reopened.status = MeasureStatus::InProgress;
    const Edit reopening = applyEdit(*file, edits::change(data, reopened));
    EXPECT_FALSE(byId(file->load(), awareness).completed);
    // Undo brings the day back.
    applyEdit(*file, reopening.inverse());
    EXPECT_EQ(byId(file->load(), awareness).completed, (Date{2025, 3, 31}));

    // A measure added as done is done today, unless a day is given.
    Measure added;
    added.assessmentId = round2023;
    added.what = "Backup test";
    added.status = MeasureStatus::Done;
    EXPECT_EQ(std::get<Measure>(*edits::add(added).records.front().after).completed, (Date{2025, 9, 1}));
    // The storage itself takes no day on a measure not done, whoever writes it: refused, nothing written.
    Measure planned = byId(file->load(), encrypt);
    planned.completed = Date{2025, 1, 1};
    EXPECT_THROW(file->updateMeasure(planned), InputError);
    EXPECT_FALSE(byId(file->load(), encrypt).completed);
    planned.id = 0;
    EXPECT_THROW(file->addMeasure(planned), InputError);
}

TEST_P(RoundsTest, TheTrendCountsMeasuresDoneInTheYearTheyWereDone)
{
    // Awareness was due 2024-06-30 and done on 2025-04-10: done in 2025, overdue in 2024 no more.
    ScopedClock clock(std::make_shared<FixedClock>(DateTime{{2025, 4, 10}, 9, 0}));
    RegisterData data = file->load();
    Measure done = byId(data, awareness);
    done.status = MeasureStatus::Done;
    applyEdit(*file, edits::change(data, done));
    data = file->load();
    const Trend trend = riskTrend(data, unit, Date{2025, 12, 31});
    ASSERT_EQ(trend.years.size(), 3u);
    // MFA was done before file version 10 kept the day (added without one): by its deadline, 2023-06-30.
    EXPECT_FALSE(byId(data, mfa).completed);
    EXPECT_EQ(trend.years[0].measuresDone, 1);
    EXPECT_EQ(trend.years[1].measuresDone, 0);
    EXPECT_EQ(trend.years[1].measuresOverdue, 0);
    EXPECT_EQ(trend.years[2].measuresDone, 1);
}

TEST_P(RoundsTest, TheComparisonCountsTheMeasuresCompletedBetweenTheRoundsByTheirDay)
{
    round2025 = addedAssessment(start(round2023, "Skole 2025", Date{2025, 2, 1}));
    RegisterData data = file->load();
    // Awareness came along and was done in the new round, but before it was dated: between the rounds.
    Measure done = byId(data, awareness);
    done.status = MeasureStatus::Done;
    done.completed = Date{2025, 1, 20};
    applyEdit(*file, edits::change(data, done));
    // Encrypt disks was done after the 2025 round began: not between them.
    data = file->load();
    Measure after = byId(data, encrypt);
    after.status = MeasureStatus::Done;
    after.completed = Date{2025, 3, 5};
    applyEdit(*file, edits::change(data, after));
    data = file->load();
    RoundComparison comparison = compareRounds(data, {round2023}, {round2025}, std::nullopt, Date{2025, 8, 1});
    std::sort(comparison.measuresCompleted.begin(), comparison.measuresCompleted.end());
    // MFA has no day (done before version 10): it stayed with the earlier round, so it was done before.
    EXPECT_EQ(comparison.measuresCompleted, (std::vector<Id>{mfa, awareness}));
}

// An old register: its done measures have no day; the upgrade to version 10 leaves them so, the audit trail's
// chain still holds (check), and a measure set to done afterwards gets its day.
TEST(MeasureCompletionUpgrade, AVersionNineRegisterKeepsItsDoneMeasuresWithoutADay)
{
    TempDir dir;
    const std::string path = dir.file("old.trygg");
    Id done = 0, open = 0;
    {
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        RiskAssessment a;
        a.name = "ROS 2024";
        a.date = Date{2024, 3, 1};
        const Id assessment = file.addAssessment(a);
        Measure m;
        m.assessmentId = assessment;
        m.what = "MFA";
        m.status = MeasureStatus::Done;
        m.deadline = Date{2024, 6, 30}; // done, with no day: as version 9 kept it
        done = file.addMeasure(m);
        m.what = "Backup";
        m.status = MeasureStatus::Planned;
        open = file.addMeasure(m);
    }
    downgradeToVersion9(path);
    {
        Database db(path, Database::Mode::ReadOnly);
        ASSERT_EQ(schema::version(db), 9);
    }
    RegisterFile file = RegisterFile::open(path);
    {
        Database db(path, Database::Mode::ReadOnly);
        EXPECT_EQ(schema::version(db), 10);
    }
    RegisterData data = file.load();
    EXPECT_EQ(byId(data, done).status, MeasureStatus::Done);
    EXPECT_FALSE(byId(data, done).completed);
    for (const Message &problem : file.trailProblems())
        ADD_FAILURE() << problem.english();
    Measure finished = byId(data, open);
    finished.status = MeasureStatus::Done;
    applyEdit(file, edits::change(data, finished));
    EXPECT_EQ(byId(file.load(), open).completed, Clock::todayLocal());
    for (const Message &problem : file.trailProblems())
        ADD_FAILURE() << problem.english();
}
