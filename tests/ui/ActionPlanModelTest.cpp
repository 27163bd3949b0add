// SPDX-License-Identifier: EUPL-1.2
// The handlingsplan view: its models follow core actionPlan() and dueState(), and edits reach the file.
#include "UiTestSupport.h"

#include "plan/ActionPlanModel.h"
#include "plan/ActionPlanView.h"
#include "plan/PlanFilterModel.h"

#include "common/Numbers.h"
#include "common/Today.h"
#include "common/Translations.h"
#include "plan/Prioritisation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDate>
#include <QImage>
#include <QLabel>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace trygg;
using namespace trygg::ui;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

bool finished(const Measure &measure)
{
    return measure.status == MeasureStatus::Done || measure.status == MeasureStatus::Cancelled;
}

std::set<Id> shownIds(const PlanFilterModel &filter)
{
    std::set<Id> ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.insert(filter.index(row, 0).data(ActionPlanModel::MeasureIdRole).toLongLong());
    return ids;
}

std::set<Id> overdueByCore(const RegisterData &data)
{
    std::set<Id> ids;
    for (const Measure &measure : data.measures)
        if (dueState(measure.deadline, finished(measure), Clock::todayLocal()) == DueState::Overdue)
            ids.insert(measure.id);
    return ids;
}

// What the file holds now, read by a second connection.
Measure measureInFile(const RegisterDocument &document, Id id)
{
    const RegisterData data = RegisterFile::open(document.path().toStdString(), RegisterFile::Access::ReadOnly).load();
    const Measure *measure = RegisterData::findById(data.measures, id);
    return measure ? *measure : Measure{};
}

class ActionPlanModelTest : public ::testing::Test {
protected:
    void SetUp() override { m_document = demoDocument(m_dir); }
    const RegisterData &data() const { return m_document->data(); }
    // Lets the models take in the document's signals, as the event loop does.
    static void settle() { QCoreApplication::processEvents(); }

    TempDir m_dir;
    std::unique_ptr<RegisterDocument> m_document;
};

} // namespace

TEST_F(ActionPlanModelTest, RowsFollowTheCoreActionPlan)
{
    ActionPlanModel model(m_document.get());
    PlanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester filterTester(&filter, Fatal);

    const std::vector<PlanEntry> plan = actionPlan(data(), Clock::todayLocal(), RiskScope{});
    ASSERT_GT(plan.size(), 5u);
    ASSERT_EQ(model.rowCount(), static_cast<int>(plan.size()));
    ASSERT_EQ(filter.rowCount(), static_cast<int>(plan.size()));
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Measure &measure = data().measures[plan[i].measureIndex];
        const int row = static_cast<int>(i);
        EXPECT_EQ(model.measureIdAt(row), measure.id) << "row " << row;
        EXPECT_EQ(filter.index(row, 0).data(ActionPlanModel::MeasureIdRole).toLongLong(), measure.id) << "row " << row;
        EXPECT_EQ(model.index(row, ActionPlanModel::PriorityColumn).data().toInt(), plan[i].priority);
        EXPECT_EQ(model.index(row, ActionPlanModel::WhatColumn).data().toString().toStdString(), measure.what);
        EXPECT_EQ(model.index(row, ActionPlanModel::RisksColumn).data().toInt(),
                  static_cast<int>(plan[i].risks.size()));
        EXPECT_EQ(model.index(row, 0).data(ActionPlanModel::DueStateRole).toInt(), static_cast<int>(plan[i].due));
        if (const RankedRisk *top = plan[i].topRisk()) {
            EXPECT_EQ(model.index(row, ActionPlanModel::TopScoreColumn).data().toInt(), top->score.score);
        }
    }

    // Sorting by another column and back to Priority restores plan order.
    filter.sort(ActionPlanModel::CostColumn, Qt::DescendingOrder);
    filter.sort(ActionPlanModel::PriorityColumn, Qt::AscendingOrder);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, 0).data(ActionPlanModel::MeasureIdRole).toLongLong(), model.measureIdAt(row));
}

TEST_F(ActionPlanModelTest, OverdueRowsAreMarked)
{
    ActionPlanModel model(m_document.get());
    const std::set<Id> overdue = overdueByCore(data());
    ASSERT_FALSE(overdue.empty());
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex deadline = model.index(row, ActionPlanModel::DeadlineColumn);
        const QString statusTip = model.index(row, ActionPlanModel::StatusColumn).data(Qt::ToolTipRole).toString();
        if (overdue.contains(model.measureIdAt(row))) {
            ++marked;
            EXPECT_EQ(deadline.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb7, 0x1c, 0x1c));
            EXPECT_TRUE(statusTip.contains(QStringLiteral("<b>Overdue</b>"))) << statusTip.toStdString();
        } else {
            EXPECT_FALSE(statusTip.contains(QStringLiteral("Overdue")));
        }
    }
    EXPECT_EQ(marked, static_cast<int>(overdue.size()));
}

TEST_F(ActionPlanModelTest, FiltersMatchTheCore)
{
    ActionPlanModel model(m_document.get());
    PlanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, Fatal);

    filter.setDueFilter(PlanFilterModel::DueFilter::Overdue);
    EXPECT_EQ(shownIds(filter), overdueByCore(data()));

    filter.clearFilters();
    const OrgUnit &unit = data().units.front();
    filter.setUnitFilter(unit.id);
    std::set<Id> ofUnit;
    for (const Measure &measure : data().measures)
        if (data().unitOf(measure) == unit.id)
            ofUnit.insert(measure.id);
    EXPECT_EQ(shownIds(filter), ofUnit);

    filter.clearFilters();
    const auto unfinished = std::find_if(data().measures.begin(), data().measures.end(),
                                         [](const Measure &m) { return !finished(m) && m.responsibleId; });
    ASSERT_NE(unfinished, data().measures.end());
    const Id person = *unfinished->responsibleId;
    filter.setResponsibleFilter(person);
    filter.setStatusFilter({MeasureStatus::Planned, MeasureStatus::InProgress});
    std::set<Id> open;
    for (const Measure &measure : data().measures)
        if (measure.responsibleId == person && !finished(measure))
            open.insert(measure.id);
    ASSERT_FALSE(open.empty());
    EXPECT_EQ(shownIds(filter), open);

    filter.clearFilters();
    EXPECT_EQ(filter.rowCount(), model.rowCount());
}

TEST_F(ActionPlanModelTest, SettingDoneLeavesTheOverdueListAndUndoBringsItBack)
{
    ActionPlanModel model(m_document.get());
    PlanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester filterTester(&filter, Fatal);
    filter.setDueFilter(PlanFilterModel::DueFilter::Overdue);
    ASSERT_GT(filter.rowCount(), 0);

    const QModelIndex status = filter.index(0, ActionPlanModel::StatusColumn);
    const Id id = status.data(ActionPlanModel::MeasureIdRole).toLongLong();
    const MeasureStatus before = measureInFile(*m_document, id).status;
    ASSERT_TRUE(filter.setData(status, static_cast<int>(MeasureStatus::Done)));
    settle();

    EXPECT_FALSE(shownIds(filter).contains(id));
    EXPECT_EQ(shownIds(filter), overdueByCore(data()));
    EXPECT_EQ(measureInFile(*m_document, id).status, MeasureStatus::Done);
    const int row = model.rowOf(id);
    EXPECT_EQ(model.index(row, ActionPlanModel::StatusColumn).data().toString(), QStringLiteral("Done"));
    EXPECT_EQ(model.index(row, 0).data(ActionPlanModel::DueStateRole).toInt(), static_cast<int>(DueState::Finished));

    m_document->undoStack()->undo();
    settle();
    EXPECT_TRUE(shownIds(filter).contains(id));
    EXPECT_EQ(measureInFile(*m_document, id).status, before);
}

TEST_F(ActionPlanModelTest, DeadlineIsEditedAsADate)
{
    ActionPlanModel model(m_document.get());
    QAbstractItemModelTester modelTester(&model, Fatal);
    const Id id = model.measureIdAt(0);
    const QModelIndex deadline = model.index(0, ActionPlanModel::DeadlineColumn);
    EXPECT_TRUE(deadline.flags() & Qt::ItemIsEditable);

    const QDate later = todayQDate().addDays(200);
    ASSERT_TRUE(model.setData(deadline, later));
    settle();
    const int row = model.rowOf(id);
    EXPECT_EQ(model.index(row, ActionPlanModel::DeadlineColumn).data(Qt::EditRole).toDate(), later);
    EXPECT_EQ(
        model.index(row, 0).data(ActionPlanModel::DueStateRole).toInt(),
        static_cast<int>(finished(*RegisterData::findById(data().measures, id)) ? DueState::Finished : DueState::Open));
    EXPECT_EQ(measureInFile(*m_document, id).deadline, (Date{later.year(), later.month(), later.day()}));

    // A null date clears it.
    ASSERT_TRUE(model.setData(model.index(row, ActionPlanModel::DeadlineColumn), QDate()));
    settle();
    EXPECT_FALSE(measureInFile(*m_document, id).deadline.has_value());
    EXPECT_FALSE(model.index(model.rowOf(id), ActionPlanModel::DeadlineColumn).data(Qt::EditRole).toDate().isValid());
}

TEST_F(ActionPlanModelTest, ANewResponsibleNameAddsThePersonInOneUndoStep)
{
    ActionPlanModel model(m_document.get());
    QAbstractItemModelTester modelTester(&model, Fatal);
    const Id id = model.measureIdAt(2);
    const std::size_t people = data().people.size();
    const int undoSteps = m_document->undoStack()->count();

    ASSERT_TRUE(model.setData(model.index(2, ActionPlanModel::ResponsibleColumn), QStringLiteral("Kari Nordmann")));
    settle();
    EXPECT_EQ(data().people.size(), people + 1);
    EXPECT_EQ(m_document->undoStack()->count(), undoSteps + 1);
    const Measure stored = measureInFile(*m_document, id);
    EXPECT_EQ(data().personName(stored.responsibleId), "Kari Nordmann");
    EXPECT_EQ(model.index(model.rowOf(id), ActionPlanModel::ResponsibleColumn).data().toString(),
              QStringLiteral("Kari Nordmann"));

    // The same name again picks the person now in the register instead of adding another.
    const int other = model.rowOf(id) == 0 ? 1 : 0;
    ASSERT_TRUE(model.setData(model.index(other, ActionPlanModel::ResponsibleColumn), QStringLiteral("kari nordmann")));
    EXPECT_EQ(data().people.size(), people + 1);

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    settle();
    EXPECT_EQ(data().people.size(), people);
}

TEST_F(ActionPlanModelTest, RescoringARiskReordersThePlanAndKeepsPersistentIndexes)
{
    ActionPlanModel model(m_document.get());
    PlanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester filterTester(&filter, Fatal);

    // The last measure that treats a risk: raising that risk to the top of the scale moves it up.
    int last = model.rowCount() - 1;
    while (last > 0 && model.index(last, ActionPlanModel::RisksColumn).data().toInt() == 0)
        --last;
    ASSERT_GT(last, 0);
    const Id id = model.measureIdAt(last);
    const QPersistentModelIndex followed = model.index(last, ActionPlanModel::WhatColumn);
    const Measure &measure = *RegisterData::findById(data().measures, id);
    Risk risk = *RegisterData::findById(data().risks, measure.riskIds.front());
    const RiskMatrix &matrix = data().matrixOf(risk);
    risk.probability = matrix.probabilityLevels();
    risk.consequence = matrix.consequenceLevels();
    ASSERT_TRUE(m_document->editRisk(risk));
    settle();

    const std::vector<PlanEntry> plan = actionPlan(data(), Clock::todayLocal(), RiskScope{});
    ASSERT_EQ(model.rowCount(), static_cast<int>(plan.size()));
    for (std::size_t i = 0; i < plan.size(); ++i)
        EXPECT_EQ(model.measureIdAt(static_cast<int>(i)), data().measures[plan[i].measureIndex].id);
    EXPECT_LT(model.rowOf(id), last);
    EXPECT_EQ(followed.row(), model.rowOf(id));
    EXPECT_EQ(followed.data(ActionPlanModel::MeasureIdRole).toLongLong(), id);
    EXPECT_EQ(filter.index(0, 0).data(ActionPlanModel::MeasureIdRole).toLongLong(), model.measureIdAt(0));
}

TEST_F(ActionPlanModelTest, AddedAndRemovedMeasuresAppearAndDisappear)
{
    ActionPlanModel model(m_document.get());
    PlanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester filterTester(&filter, Fatal);
    const int rows = model.rowCount();

    Measure added;
    added.assessmentId = data().assessments.front().id;
    added.what = "Kryptere sikkerhetskopier";
    added.deadline = Clock::todayLocal().addDays(-3);
    const std::optional<Id> id = m_document->addMeasure(added);
    ASSERT_TRUE(id);
    settle();
    ASSERT_EQ(model.rowCount(), rows + 1);
    // It treats no risk, so it comes last; with a passed deadline it is overdue.
    EXPECT_EQ(model.rowOf(*id), rows);
    filter.setDueFilter(PlanFilterModel::DueFilter::Overdue);
    EXPECT_TRUE(shownIds(filter).contains(*id));

    ASSERT_TRUE(m_document->removeMeasure(*id));
    settle();
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(model.rowOf(*id), -1);
    EXPECT_EQ(shownIds(filter), overdueByCore(data()));
}

TEST_F(ActionPlanModelTest, ViewShowsTheOverdueMeasuresAndASummary)
{
    ActionPlanView view(m_document.get());
    view.resize(1200, 650);
    view.show();
    settle();
    const int all = view.model()->rowCount();
    EXPECT_EQ(view.table()->model()->rowCount(), all);
    // "%n measure(s)" reads "23 measures" once the English plural forms are loaded.
    EXPECT_TRUE(view.summaryText().startsWith(QStringLiteral("%1 measure").arg(all)))
        << view.summaryText().toStdString();

    view.showOverdue();
    settle();
    const std::set<Id> overdue = overdueByCore(data());
    EXPECT_EQ(shownIds(*view.filterModel()), overdue);
    EXPECT_TRUE(view.summaryText().contains(QStringLiteral("%1 overdue").arg(overdue.size())))
        << view.summaryText().toStdString();
    view.showAll();
    settle();
    EXPECT_EQ(view.table()->model()->rowCount(), all);

    const QImage image = view.grab().toImage();
    EXPECT_FALSE(image.isNull());
    image.save(QStringLiteral("/tmp/action-plan.png"));
}

// Issue 11 (speed): hidden, the plan does not re-rank on every edit; shown again, or asked, it is current.
TEST(ActionPlanModel, HiddenItCatchesUpWhenShownOrAsked)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 40);
    trygg::ui::ActionPlanModel model(document.get());
    QAbstractItemModelTester tester(&model);
    model.setActive(false);
    const int before = model.rowCount();
    trygg::Measure measure;
    measure.assessmentId = document->data().assessments.front().id;
    measure.what = "Ny rutine";
    const std::optional<trygg::Id> added = document->addMeasure(measure);
    ASSERT_TRUE(added);
    QApplication::processEvents();
    EXPECT_EQ(model.rowCount(), before) << "hidden: not recomputed yet";
    model.refresh(); // what the view does before it looks a measure up
    EXPECT_EQ(model.rowCount(), before + 1);
    EXPECT_GE(model.rowOf(*added), 0);
    ASSERT_TRUE(document->removeMeasure(*added));
    QApplication::processEvents();
    EXPECT_EQ(model.rowCount(), before + 1);
    model.setActive(true);
    EXPECT_EQ(model.rowCount(), before) << "shown again: current";
}

// Issue 11: after edits the model only moves the rows they touch; it must then show exactly what a
// model built afresh shows, and a sorting proxy the same order.
TEST(ActionPlanModel, AfterEditsItEqualsAFreshModel)
{
    TempDir dir;
    auto document = demoDocument(dir, 30, 400);
    ActionPlanModel model(document.get());
    PlanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester filterTester(&filter, Fatal);
    std::mt19937 random(11);
    const auto pick = [&](std::size_t count) {
        return std::uniform_int_distribution<std::size_t>(0, count - 1)(random);
    };
    const auto level = [&] { return static_cast<int>(pick(5)) + 1; };

    for (int step = 0; step < 60; ++step) {
        const RegisterData &data = document->data();
        switch (step % 6) {
        case 0:
        case 1: { // rescore: across zones, up or down the plan
            Risk risk = data.risks[pick(data.risks.size())];
            risk.probability = level();
            risk.consequence = level();
            document->editRisk(risk);
            break;
        }
        case 2: { // deadline and status
            Measure measure = data.measures[pick(data.measures.size())];
            measure.deadline = Clock::todayLocal().addDays(static_cast<int>(pick(90)) - 45);
            measure.status = static_cast<MeasureStatus>(pick(MeasureStatusCount));
            document->editMeasure(measure);
            break;
        }
        case 3: { // link another risk
            Measure measure = data.measures[pick(data.measures.size())];
            measure.riskIds.push_back(data.risks[pick(data.risks.size())].id);
            std::sort(measure.riskIds.begin(), measure.riskIds.end());
            measure.riskIds.erase(std::unique(measure.riskIds.begin(), measure.riskIds.end()), measure.riskIds.end());
            document->editMeasure(measure);
            break;
        }
        case 4: { // a new measure, or one removed
            if (pick(2) == 0) {
                const Risk &risk = data.risks[pick(data.risks.size())];
                Measure measure;
                measure.assessmentId = risk.assessmentId;
                measure.what = "Tofaktorinnlogging";
                measure.riskIds = {risk.id};
                document->addMeasure(measure);
            } else {
                document->removeMeasure(data.measures[pick(data.measures.size())].id);
            }
            break;
        }
        default: document->undoStack()->undo(); break;
        }
        if (step % 3 == 0)
            QCoreApplication::processEvents(); // sometimes several edits in one turn
    }
    QCoreApplication::processEvents();

    ActionPlanModel fresh(document.get());
    ASSERT_EQ(model.rowCount(), fresh.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < ActionPlanModel::ColumnCount; ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ActionPlanModel::SortRole),
                             int(ActionPlanModel::MeasureIdRole), int(ActionPlanModel::DueStateRole)})
                ASSERT_EQ(model.index(row, column).data(role), fresh.index(row, column).data(role))
                    << "row " << row << ", column " << column << ", role " << role;
    ASSERT_EQ(filter.rowCount(), model.rowCount());
    for (int row = 0; row < filter.rowCount(); ++row)
        ASSERT_EQ(filter.index(row, 0).data(ActionPlanModel::MeasureIdRole),
                  model.index(row, 0).data(ActionPlanModel::MeasureIdRole))
            << "row " << row;
}

// Issue 18, numbers: a cost is shown in one fixed form per language, whole kroner with "kr" ("kostnad
// 1 368 067,5" had no currency, and 0, 1 or 2 decimals by the value).
TEST(CostText, OneFixedFormPerLanguageWithTheCurrency)
{
    const auto plain = [](QString text) { return text.replace(QChar(0x00A0), QLatin1Char(' ')); };
    ASSERT_TRUE(switchLanguage(QStringLiteral("sv")));
    EXPECT_EQ(plain(costText(1368067.5)), QStringLiteral("1 368 068 kr"));
    EXPECT_EQ(plain(costText(5000)), QStringLiteral("5 000 kr"));
    EXPECT_EQ(plain(costText(5000.25)), QStringLiteral("5 000 kr"));
    ASSERT_TRUE(switchLanguage(QStringLiteral("nb")));
    EXPECT_EQ(plain(costText(1368067.5)), QStringLiteral("1 368 068 kr"));
    ASSERT_TRUE(switchLanguage(QStringLiteral("da")));
    EXPECT_EQ(costText(1368067.5), QStringLiteral("1.368.068 kr."));
    EXPECT_EQ(costText(0), QStringLiteral("0 kr."));
    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(costText(1368067.5), QStringLiteral("1,368,068 kr"));
}

TEST_F(ActionPlanModelTest, CostsCarryTheCurrencyInTheTableAndTheSummary)
{
    ActionPlanModel model(m_document.get());
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString cost = model.index(row, ActionPlanModel::CostColumn).data().toString();
        EXPECT_TRUE(cost.endsWith(QStringLiteral(" kr"))) << cost.toStdString();
        EXPECT_FALSE(cost.contains(QLatin1Char('.'))) << cost.toStdString();
    }
}
