// SPDX-License-Identifier: EUPL-1.2
// Issue 13 item 6: the risk form filtered by zone, asset and text and sorted by any column, with the lines
// keeping their own numbers; editing, Tab, undo and the level definitions work on the line shown.
#include "UiTestSupport.h"

#include "risks/RiskFormFilter.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"

#include "risk/RiskRules.h"
#include "storage/Sqlite.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace trygg;
using namespace trygg::ui;

namespace {

using Model = RiskFormModel;

class RiskFormFilterTest : public ::testing::Test {
protected:
    RiskFormFilterTest() : document(demoDocument(dir, 20, 160)), view(document.get())
    {
        // The assessment with the most lines.
        const RegisterData &data = document->data();
        long most = -1;
        for (const RiskAssessment &assessment : data.assessments) {
            const long lines = std::count_if(data.risks.begin(), data.risks.end(),
                                             [&](const Risk &risk) { return risk.assessmentId == assessment.id; });
            if (lines > most) {
                most = lines;
                biggest = assessment.id;
            }
        }
        view.showAssessment(biggest);
        view.resize(1400, 800);
    }

    const Risk &riskAtView(int row) const
    {
        return *RegisterData::findById(document->data().risks, view.riskIdAtView(row));
    }
    QVariant shown(int row, int column, int role = Qt::DisplayRole) const
    {
        return view.filter()->index(row, column).data(role);
    }

    TempDir dir;
    std::unique_ptr<RegisterDocument> document;
    RiskFormView view;
    Id biggest = 0;
};

} // namespace

TEST_F(RiskFormFilterTest, SortsByAnyColumnAndLinesKeepTheirNumbers)
{
    QAbstractItemModelTester tester(view.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = view.table();
    const int rows = view.model()->rowCount();
    ASSERT_GE(rows, 10);
    ASSERT_EQ(table->model(), view.filter());

    table->sortByColumn(Model::ScoreColumn, Qt::DescendingOrder);
    for (int row = 1; row < rows; ++row)
        EXPECT_GE(shown(row - 1, Model::ScoreColumn, Model::ValueRole).toInt(),
                  shown(row, Model::ScoreColumn, Model::ValueRole).toInt())
            << row;
    // The No. column is the line's place in the form, not in the view.
    bool reordered = false;
    for (int row = 0; row < rows; ++row) {
        const int number = shown(row, Model::NumberColumn).toInt();
        EXPECT_EQ(number, view.model()->rowOf(view.riskIdAtView(row)) + 1) << row;
        reordered = reordered || number != row + 1;
    }
    EXPECT_TRUE(reordered) << "the demo's lines are not in score order";
    EXPECT_FALSE(view.filter()->inLineOrder());

    table->sortByColumn(Model::ThreatColumn, Qt::AscendingOrder);
    for (int row = 1; row < rows; ++row)
        EXPECT_LE(QString::localeAwareCompare(shown(row - 1, Model::ThreatColumn).toString(),
                                              shown(row, Model::ThreatColumn).toString()),
                  0)
            << row;
    // Not scored lines have no priority: after the ranked ones.
    table->sortByColumn(Model::PriorityColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(0, Model::PriorityColumn).toInt(), 1);

    table->sortByColumn(Model::NumberColumn, Qt::AscendingOrder); // back to the form's own order
    EXPECT_TRUE(view.filter()->inLineOrder());
    for (int row = 0; row < rows; ++row)
        EXPECT_EQ(view.riskIdAtView(row), view.model()->riskIdAt(row)) << row;
}

TEST_F(RiskFormFilterTest, FiltersByZoneAssetAndText)
{
    QAbstractItemModelTester tester(view.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = view.model()->rowCount();
    const RiskMatrix &matrix = *view.model()->matrix();

    // Zone: the choices are the assessment's zones and "not scored".
    ASSERT_EQ(view.zoneChoice()->count(), static_cast<int>(matrix.zones.size()) + 2);
    int shownInZones = 0;
    for (int choice = 1; choice <= static_cast<int>(matrix.zones.size()); ++choice) {
        view.zoneChoice()->setCurrentIndex(choice);
        for (int row = 0; row < view.filter()->rowCount(); ++row) {
            const RiskScore score = scoreOf(matrix, riskAtView(row));
            EXPECT_TRUE(score.scored());
            EXPECT_EQ(score.zone, choice - 1);
        }
        shownInZones += view.filter()->rowCount();
    }
    view.zoneChoice()->setCurrentIndex(view.zoneChoice()->count() - 1); // not scored
    for (int row = 0; row < view.filter()->rowCount(); ++row)
        EXPECT_FALSE(scoreOf(matrix, riskAtView(row)).scored());
    EXPECT_EQ(shownInZones + view.filter()->rowCount(), rows) << "every line in one zone or not scored";
    view.zoneChoice()->setCurrentIndex(0);
    EXPECT_EQ(view.filter()->rowCount(), rows);

    // Asset: the assets the lines are about, each line under its own asset (or "no asset").
    ASSERT_GT(view.assetChoice()->count(), 1);
    int shownByAsset = 0;
    for (int choice = 1; choice < view.assetChoice()->count(); ++choice) {
        view.assetChoice()->setCurrentIndex(choice);
        const qlonglong asset = view.assetChoice()->currentData().toLongLong();
        EXPECT_GT(view.filter()->rowCount(), 0) << "only assets of the form's lines are offered";
        for (int row = 0; row < view.filter()->rowCount(); ++row)
            EXPECT_EQ(riskAtView(row).assetId.value_or(0), asset);
        shownByAsset += view.filter()->rowCount();
    }
    EXPECT_EQ(shownByAsset, rows);
    view.assetChoice()->setCurrentIndex(1);
    const int ofAsset = view.filter()->rowCount();

    // Text, together with the asset: the lines whose text holds it, whatever the case.
    const QString threat = shown(0, Model::ThreatColumn).toString();
    const QString word = threat.section(QLatin1Char(' '), 0, 0).toUpper();
    view.filterEdit()->setText(word);
    ASSERT_GT(view.filter()->rowCount(), 0);
    EXPECT_LE(view.filter()->rowCount(), ofAsset);
    for (int row = 0; row < view.filter()->rowCount(); ++row) {
        const QString line = QStringList{shown(row, Model::ThreatColumn).toString(),
                                         shown(row, Model::ExistingMeasuresColumn).toString(),
                                         shown(row, Model::AssetColumn).toString(),
                                         shown(row, Model::MeasuresColumn).toString()}
                                 .join(QLatin1Char('\n'));
        EXPECT_TRUE(line.contains(word, Qt::CaseInsensitive)) << line.toStdString();
    }
    view.filterEdit()->setText(QStringLiteral("no line says this"));
    EXPECT_EQ(view.filter()->rowCount(), 0);
    view.clearFilters();
    EXPECT_EQ(view.filter()->rowCount(), rows);
    EXPECT_TRUE(view.filterEdit()->text().isEmpty());
    EXPECT_EQ(view.assetChoice()->currentIndex(), 0);
}

// Editing, Tab, undo, the level definitions and moving lines act on the line shown, not on the form's line
// with the same row number.
TEST_F(RiskFormFilterTest, EditsTheLineShownThroughTheFilteredSortedView)
{
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    // Ctrl+F goes to the text filter.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(view.filterEdit()->hasFocus());

    view.zoneChoice()->setCurrentIndex(view.zoneChoice()->count() - 2); // the highest zone ...
    if (view.filter()->rowCount() < 2)
        view.zoneChoice()->setCurrentIndex(0);
    table->sortByColumn(Model::ScoreColumn, Qt::DescendingOrder);
    ASSERT_GE(view.filter()->rowCount(), 2);
    // A view row whose line is not the form's line of the same number.
    int row = -1;
    for (int candidate = 0; candidate < view.filter()->rowCount() && row < 0; ++candidate)
        if (view.riskIdAtView(candidate) != view.model()->riskIdAt(candidate) &&
            riskAtView(candidate).probability !=
                RegisterData::findById(document->data().risks, view.model()->riskIdAt(candidate))->probability)
            row = candidate;
    ASSERT_GE(row, 0);
    const Id id = view.riskIdAtView(row);
    const Risk before = riskAtView(row);
    const Risk sameNumber = *RegisterData::findById(document->data().risks, view.model()->riskIdAt(row));
    ASSERT_TRUE(before.probability);

    // The level definitions mark the level of the line shown.
    table->setFocus();
    table->setCurrentIndex(view.filter()->index(row, Model::ThreatColumn));
    QTest::keyClick(table, Qt::Key_Tab); // Tab goes from the text to P on the same line
    ASSERT_EQ(table->currentIndex().column(), Model::ProbabilityColumn);
    ASSERT_EQ(view.riskIdAtView(table->currentIndex().row()), id);
    QString definitions;
    for (const QLabel *label : view.findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("<h4>")))
            definitions = label->text();
    const QRegularExpressionMatch marked =
        QRegularExpression(QStringLiteral("bgcolor=\"[^\"]*\" style=\"[^\"]*\"><b>(\\d+) ")).match(definitions);
    ASSERT_TRUE(marked.hasMatch()) << definitions.toStdString();
    EXPECT_EQ(marked.captured(1).toInt(), *before.probability);

    // A digit on P sets the level of that line, in one undo step.
    const int level = *before.probability == 1 ? 2 : 1;
    QTest::keyClick(table, static_cast<Qt::Key>(Qt::Key_0 + level));
    const Risk *after = RegisterData::findById(document->data().risks, id);
    EXPECT_EQ(after->probability, std::optional<int>(level));
    EXPECT_EQ(RegisterData::findById(document->data().risks, sameNumber.id)->probability, sameNumber.probability);
    document->undoStack()->undo();
    EXPECT_EQ(RegisterData::findById(document->data().risks, id)->probability, before.probability);

    // Moving lines means the form's order: not while sorted by another column.
    table->setCurrentIndex(view.filter()->index(row, Model::ThreatColumn));
    view.moveLineUp();
    EXPECT_EQ(RegisterData::findById(document->data().risks, id)->position, before.position);

    // A new line is typed into at once, even where the filter would hide it.
    view.filterEdit()->setText(QStringLiteral("no line says this"));
    const int lines = view.model()->rowCount();
    view.addLine();
    ASSERT_EQ(view.model()->rowCount(), lines + 1);
    EXPECT_FALSE(view.filter()->isFiltering());
    EXPECT_EQ(view.riskIdAtView(table->currentIndex().row()), view.model()->riskIdAt(lines));
}

