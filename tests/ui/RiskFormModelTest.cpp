// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "plan/Prioritisation.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace trygg;
using namespace trygg::ui;

namespace {

using Model = RiskFormModel;

// The assessment of the demo register with the most lines.
Id biggestAssessment(const RegisterData &data)
{
    Id best = 0;
    long most = -1;
    for (const RiskAssessment &assessment : data.assessments) {
        const long lines = std::count_if(data.risks.begin(), data.risks.end(),
                                         [&](const Risk &risk) { return risk.assessmentId == assessment.id; });
        if (lines > most) {
            most = lines;
            best = assessment.id;
        }
    }
    return best;
}

class RiskFormModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        assessment = biggestAssessment(document->data());
        model.setAssessment(assessment);
        ASSERT_GE(model.rowCount(), 3);
    }

    QVariant value(int row, int column) const { return model.data(model.index(row, column), Model::ValueRole); }
    QString text(int row, int column) const { return model.data(model.index(row, column)).toString(); }
    bool set(int row, int column, const QVariant &newValue, int role = Qt::EditRole)
    {
        return model.setData(model.index(row, column), newValue, role);
    }
    const Risk &riskAt(int row) const { return *RegisterData::findById(document->data().risks, model.riskIdAt(row)); }

    TempDir dir;
    std::unique_ptr<RegisterDocument> document = demoDocument(dir);
    Model model{document.get()};
    Id assessment = 0;
};

// Answers the confirmation the next modal message box asks for.
void answerNextQuestion(QMessageBox::StandardButton answer)
{
    QTimer::singleShot(0, [answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(answer)->click();
    });
}

} // namespace

TEST_F(RiskFormModelTest, PassesTheModelTesterThroughEditsAddsMovesAndRemovals)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model.rowCount();
    EXPECT_TRUE(set(0, Model::ProbabilityColumn, 2));
    EXPECT_TRUE(set(1, Model::ManyAffectedColumn, Qt::Checked, Qt::CheckStateRole));
    Risk line;
    line.assessmentId = assessment;
    line.threat = "Tester line";
    const std::optional<Id> added = document->addRisk(line);
    ASSERT_TRUE(added);
    EXPECT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(model.rowOf(*added), rows); // appended
    ASSERT_TRUE(document->moveRisk(*added, -1));
    EXPECT_EQ(model.rowOf(*added), rows - 1);
    ASSERT_TRUE(document->removeRisks({model.riskIdAt(0), *added}));
    EXPECT_EQ(model.rowCount(), rows - 1);
    document->undoStack()->undo(); // both lines back, one in the middle
    EXPECT_EQ(model.rowCount(), rows + 1);
    model.setAssessment(std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RiskFormModelTest, RowsFollowTheFormPositions)
{
    EXPECT_EQ(model.headerData(Model::ProbabilityColumn, Qt::Horizontal).toString(), QStringLiteral("P"));
    EXPECT_EQ(model.headerData(Model::AssetColumn, Qt::Horizontal).toString(), QStringLiteral("Asset"));
    EXPECT_EQ(model.headerData(Model::MeasuresColumn, Qt::Horizontal).toString(), QStringLiteral("Measures"));
    for (int row = 1; row < model.rowCount(); ++row)
        EXPECT_LT(riskAt(row - 1).position, riskAt(row).position);
    EXPECT_EQ(text(0, Model::NumberColumn), QStringLiteral("1"));
    const Id second = model.riskIdAt(1);
    ASSERT_TRUE(document->moveRisk(second, -1));
    EXPECT_EQ(model.rowOf(second), 0);
    EXPECT_EQ(text(0, Model::NumberColumn), QStringLiteral("1"));
}

TEST_F(RiskFormModelTest, ProductAndPriorityFollow003Vedlegg2)
{
    for (int row : {0, 1})
        ASSERT_TRUE(set(row, Model::ManyAffectedColumn, Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_TRUE(set(0, Model::ProbabilityColumn, 1));
    ASSERT_TRUE(set(0, Model::ConsequenceColumn, 5));
    ASSERT_TRUE(set(1, Model::ProbabilityColumn, 5));
    ASSERT_TRUE(set(1, Model::ConsequenceColumn, 1));
    EXPECT_EQ(value(0, Model::ScoreColumn).toInt(), 5);
    EXPECT_EQ(value(1, Model::ScoreColumn).toInt(), 5);
    EXPECT_EQ(text(1, Model::ScoreColumn), QStringLiteral("5"));
    // "et produkt på 1x5 bør settes høyere opp i prioritet ... enn et produkt 5x1"
    EXPECT_LT(value(0, Model::PriorityColumn).toInt(), value(1, Model::PriorityColumn).toInt());

    // The priorities are 1..n within the assessment, the core's ranking for that scope.
    std::vector<int> priorities;
    for (int row = 0; row < model.rowCount(); ++row)
        priorities.push_back(value(row, Model::PriorityColumn).toInt());
    std::sort(priorities.begin(), priorities.end());
    for (std::size_t i = 0; i < priorities.size(); ++i)
        EXPECT_EQ(priorities[i], static_cast<int>(i) + 1);
    const RegisterData &data = document->data();
    for (const RankedRisk &ranked : prioritiseRisks(data, RiskScope{std::nullopt, assessment}))
        EXPECT_EQ(model.priorityOf(data.risks[ranked.index].id), ranked.priority);

    // Raising a line to the top score makes it priority 1.
    ASSERT_TRUE(set(2, Model::ProbabilityColumn, 5));
    ASSERT_TRUE(set(2, Model::ConsequenceColumn, 5));
    EXPECT_EQ(value(2, Model::ScoreColumn).toInt(), 25);
    EXPECT_EQ(value(2, Model::PriorityColumn).toInt(), 1);
}

TEST_F(RiskFormModelTest, ManyAffectedRaisesTheConsequenceOneLevelUpToTheTop)
{
    ASSERT_TRUE(set(0, Model::ManyAffectedColumn, Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_TRUE(set(0, Model::ProbabilityColumn, 2));
    ASSERT_TRUE(set(0, Model::ConsequenceColumn, 3));
    EXPECT_EQ(value(0, Model::EffectiveConsequenceColumn).toInt(), 3);
    EXPECT_EQ(text(0, Model::EffectiveConsequenceColumn), QStringLiteral("3"));
    EXPECT_EQ(value(0, Model::ScoreColumn).toInt(), 6);

    ASSERT_TRUE(set(0, Model::ManyAffectedColumn, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.data(model.index(0, Model::ManyAffectedColumn), Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(value(0, Model::ConsequenceColumn).toInt(), 3); // as entered, kept
    EXPECT_EQ(value(0, Model::EffectiveConsequenceColumn).toInt(), 4);
    EXPECT_EQ(text(0, Model::EffectiveConsequenceColumn), QStringLiteral("4\u2191"));
    EXPECT_TRUE(model.data(model.index(0, Model::EffectiveConsequenceColumn), Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(value(0, Model::ScoreColumn).toInt(), 8);

    ASSERT_TRUE(set(0, Model::ConsequenceColumn, 5));
    EXPECT_EQ(value(0, Model::EffectiveConsequenceColumn).toInt(), 5); // capped at the top level
    EXPECT_EQ(value(0, Model::ScoreColumn).toInt(), 10);
}

TEST_F(RiskFormModelTest, RefusesLevelsOutsideTheScaleBeforeTheCore)
{
    ASSERT_TRUE(set(0, Model::ProbabilityColumn, 2));
    ASSERT_TRUE(set(0, Model::ConsequenceColumn, 2));
    const int steps = document->undoStack()->count();
    EXPECT_FALSE(set(0, Model::ProbabilityColumn, 6));
    EXPECT_FALSE(set(0, Model::ProbabilityColumn, QStringLiteral("high")));
    EXPECT_FALSE(set(0, Model::ConsequenceColumn, 6));
    EXPECT_FALSE(set(0, Model::ResidualProbabilityColumn, 7));
    EXPECT_FALSE(set(0, Model::KnowledgeColumn, 9));
    EXPECT_FALSE(set(0, Model::ScoreColumn, 3)); // computed, not editable
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_EQ(riskAt(0).probability, 2);
    EXPECT_EQ(riskAt(0).consequence, 2);

    // Setting the value it already has is no undo step; 0 clears a residual level.
    EXPECT_TRUE(set(0, Model::ProbabilityColumn, 2));
    EXPECT_EQ(document->undoStack()->count(), steps);
    ASSERT_TRUE(set(0, Model::ResidualProbabilityColumn, 1));
    EXPECT_EQ(riskAt(0).residualProbability, 1);
    ASSERT_TRUE(set(0, Model::ResidualProbabilityColumn, 0));
    EXPECT_FALSE(riskAt(0).residualProbability.has_value());
    // Issue 13: 0 takes a level out again: the line is not scored.
    ASSERT_TRUE(set(0, Model::ProbabilityColumn, 0));
    EXPECT_FALSE(riskAt(0).probability.has_value());
    EXPECT_EQ(text(0, Model::ZoneColumn), QStringLiteral("not scored"));
}

TEST_F(RiskFormModelTest, EditsAreInTheFileAndUndoRestoresThem)
{
    const Risk before = riskAt(0);
    const int probability = before.probability == 4 ? 2 : 4;
    ASSERT_TRUE(set(0, Model::ProbabilityColumn, probability));
    ASSERT_TRUE(set(0, Model::ThreatColumn, QStringLiteral("  Stolen laptop with case files ")));
    auto stored = [&] {
        const RegisterData data =
            RegisterFile::open(document->path().toStdString(), RegisterFile::Access::ReadOnly).load();
        return *RegisterData::findById(data.risks, before.id);
    };
    EXPECT_EQ(stored().probability, probability);
    EXPECT_EQ(stored().threat, "Stolen laptop with case files");
    EXPECT_EQ(text(0, Model::ThreatColumn), QStringLiteral("Stolen laptop with case files"));

    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_EQ(stored().probability, before.probability);
    EXPECT_EQ(stored().threat, before.threat);
    EXPECT_EQ(value(0, Model::ProbabilityColumn).toInt(), before.probability);
    EXPECT_EQ(text(0, Model::ThreatColumn), QString::fromStdString(before.threat));
}

TEST_F(RiskFormModelTest, ListsTheMeasuresTreatingALine)
{
    Measure measure;
    measure.assessmentId = assessment;
    measure.what = "Encrypt the laptops";
    measure.riskIds = {model.riskIdAt(2)};
    const int before = value(2, Model::MeasuresColumn).toInt();
    ASSERT_TRUE(document->addMeasure(measure));
    EXPECT_EQ(value(2, Model::MeasuresColumn).toInt(), before + 1);
    EXPECT_TRUE(text(2, Model::MeasuresColumn).contains(QStringLiteral("Encrypt the laptops")));
}

TEST(RiskFormView, KeyboardEntryFillsALineAndScoresIt)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const Id assessment = biggestAssessment(document->data());
    RiskFormView view(document.get());
    view.resize(1200, 700);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.showAssessment(assessment);
    ASSERT_EQ(view.assessmentId(), assessment);
    QTableView *table = view.table();
    const int rows = table->model()->rowCount();

    view.addLine();
    ASSERT_EQ(table->model()->rowCount(), rows + 1);
    const int row = rows;
    ASSERT_EQ(table->currentIndex(), table->model()->index(row, Model::ThreatColumn));
    // Issue 13: a new line is "not scored": empty levels, no product, no priority, no zone colour.
    auto shown = [&](int column) { return table->model()->index(row, column).data().toString(); };
    EXPECT_EQ(shown(Model::ProbabilityColumn), QString());
    EXPECT_EQ(shown(Model::ConsequenceColumn), QString());
    EXPECT_EQ(shown(Model::ScoreColumn), QString());
    EXPECT_EQ(shown(Model::PriorityColumn), QString());
    EXPECT_EQ(shown(Model::ZoneColumn), QStringLiteral("not scored"));
    EXPECT_FALSE(table->model()->index(row, Model::ZoneColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(view.model()->priorityOf(view.model()->riskIdAt(row)), rows + 1); // ranked after every scored line
    auto focus = [] { return QApplication::focusWidget(); };
    ASSERT_NE(focus(), nullptr);
    QTest::keyClicks(focus(), QStringLiteral("Lost laptop"));
    // As on the paper form: from "what can happen" Tab goes straight to P, then to C.
    QTest::keyClick(focus(), Qt::Key_Tab);
    ASSERT_EQ(table->currentIndex().column(), static_cast<int>(Model::ProbabilityColumn));
    QTest::keyClick(focus(), Qt::Key_3);
    QTest::keyClick(focus(), Qt::Key_Tab);
    ASSERT_EQ(table->currentIndex().column(), static_cast<int>(Model::ConsequenceColumn));
    QTest::keyClick(focus(), Qt::Key_4);
    QTest::keyClick(focus(), Qt::Key_Tab);

    auto cell = [&](int r, int column) { return table->model()->index(r, column).data().toString(); };
    EXPECT_EQ(cell(row, Model::ThreatColumn), QStringLiteral("Lost laptop"));
    EXPECT_EQ(table->model()->index(row, Model::ProbabilityColumn).data(Model::ValueRole).toInt(), 3);
    EXPECT_EQ(table->model()->index(row, Model::ConsequenceColumn).data(Model::ValueRole).toInt(), 4);
    EXPECT_EQ(cell(row, Model::ScoreColumn), QStringLiteral("12"));
    const int priority = cell(row, Model::PriorityColumn).toInt();
    EXPECT_GE(priority, 1);
    EXPECT_LE(priority, rows + 1);
    EXPECT_EQ(priority, view.model()->priorityOf(view.model()->riskIdAt(row)));
    // Issue 13: the level cells keep their own shade; the zone colour is on the product and the zone.
    const QVariant zoneColour = table->model()->index(row, Model::ZoneColumn).data(Qt::BackgroundRole);
    EXPECT_EQ(table->model()->index(row, Model::ScoreColumn).data(Qt::BackgroundRole), zoneColour);
    EXPECT_NE(table->model()->index(row, Model::ProbabilityColumn).data(Qt::BackgroundRole), zoneColour);
    EXPECT_NE(table->model()->index(row, Model::ProbabilityColumn).data(Qt::BackgroundRole),
              table->model()->index(row, Model::ConsequenceColumn).data(Qt::BackgroundRole)); // 3 and 4 differ

    // Issue 13: Tab at a line's end never wraps into the next line's text.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, Model::ResidualConsequenceColumn));
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_EQ(table->currentIndex(), table->model()->index(0, Model::ResidualConsequenceColumn));
    EXPECT_NE(QApplication::focusWidget(), table); // it left the form instead of entering line 2

    // A digit typed on a level cell without an editor sets it too; one off the scale changes nothing.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, Model::ConsequenceColumn));
    QTest::keyClick(table, Qt::Key_2);
    EXPECT_EQ(table->model()->index(0, Model::ConsequenceColumn).data(Model::ValueRole).toInt(), 2);
    QTest::keyClick(table, Qt::Key_9);
    EXPECT_EQ(table->model()->index(0, Model::ConsequenceColumn).data(Model::ValueRole).toInt(), 2);
    EXPECT_EQ(QApplication::focusWidget(), table); // no editor opened

    // TRYGG_SCREENSHOTS=<folder> keeps a picture of the form to look at.
    if (const QString folder = qEnvironmentVariable("TRYGG_SCREENSHOTS"); !folder.isEmpty()) {
        table->setCurrentIndex(table->model()->index(row, Model::ConsequenceColumn));
        EXPECT_TRUE(view.grab().save(QDir(folder).filePath(QStringLiteral("risk-form.png"))));
    }
}

TEST(RiskFormView, DuplicatesMovesAndDeletesLines)
{
    TempDir dir;
    auto document = demoDocument(dir);
    RiskFormView view(document.get());
    view.showAssessment(biggestAssessment(document->data()));
    QTableView *table = view.table();
    const Model *model = view.model();
    const int rows = model->rowCount();
    ASSERT_GE(rows, 2);

    table->selectRow(0);
    view.duplicateLines();
    ASSERT_EQ(model->rowCount(), rows + 1);
    const Id copy = model->riskIdAt(rows);
    EXPECT_NE(copy, model->riskIdAt(0));
    EXPECT_EQ(model->index(rows, Model::ThreatColumn).data(), model->index(0, Model::ThreatColumn).data());
    EXPECT_EQ(model->index(rows, Model::ScoreColumn).data(), model->index(0, Model::ScoreColumn).data());

    table->setCurrentIndex(table->model()->index(rows, Model::ThreatColumn)); // the form in its own order
    view.moveLineUp();
    EXPECT_EQ(model->rowOf(copy), rows - 1);
    EXPECT_EQ(table->currentIndex().row(), rows - 1); // the current cell follows the line
    view.moveLineDown();
    EXPECT_EQ(model->rowOf(copy), rows);

    table->selectRow(rows);
    answerNextQuestion(QMessageBox::No);
    view.deleteLines();
    EXPECT_EQ(model->rowOf(copy), rows);
    answerNextQuestion(QMessageBox::Yes);
    view.deleteLines();
    EXPECT_EQ(model->rowOf(copy), -1);
    EXPECT_EQ(model->rowCount(), rows);
    document->undoStack()->undo();
    EXPECT_EQ(model->rowOf(copy), rows);
}

TEST(RiskFormView, ReadOnlyRegisterCannotBeEdited)
{
    TempDir dir;
    const QString path = demoDocument(dir)->path();
    auto document = RegisterDocument::open(path, true);
    RiskFormView view(document.get());
    const Model *model = view.model();
    ASSERT_GT(model->rowCount(), 0);
    const int rows = model->rowCount();
    EXPECT_FALSE(model->flags(model->index(0, Model::ProbabilityColumn)) & Qt::ItemIsEditable);
    const int probability = model->index(0, Model::ProbabilityColumn).data(Model::ValueRole).toInt();
    view.table()->setCurrentIndex(view.table()->model()->index(0, Model::ProbabilityColumn));
    QTest::keyClick(view.table(), probability == 1 ? Qt::Key_2 : Qt::Key_1);
    EXPECT_EQ(model->index(0, Model::ProbabilityColumn).data(Model::ValueRole).toInt(), probability);
    view.addLine();
    EXPECT_EQ(model->rowCount(), rows);
}

// Issue 18: the acceptance criteria above the form write a zone of one score once: the Swedish
// preset's "Extremt hög 16", not "16–16" (Zone::scoreRange, as the overview and print do).
TEST(RiskFormView, AZoneOfOneScoreIsWrittenOnce)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 20, "se");
    RiskFormView view(document.get());
    view.showAssessment(biggestAssessment(document->data()));
    QString criteria;
    for (const QLabel *label : view.findChildren<QLabel *>())
        criteria += label->text();
    EXPECT_TRUE(criteria.contains(QStringLiteral("Extremt hög</b> 16,"))) << criteria.toStdString();
    EXPECT_FALSE(criteria.contains(QStringLiteral("16–16"))) << criteria.toStdString();
    EXPECT_FALSE(criteria.contains(QStringLiteral("16&ndash;16"))) << criteria.toStdString();
}
