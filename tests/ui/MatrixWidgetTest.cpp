// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "common/DomainTexts.h"
#include "matrix/CellRiskModel.h"
#include "matrix/MatrixGrid.h"
#include "matrix/MatrixView.h"
#include "matrix/MatrixWidget.h"
#include "matrix/Presets.h"
#include "plan/Prioritisation.h"
#include "risk/RiskRules.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace trygg;
using namespace trygg::ui;

namespace {

using Cell = std::pair<int, int>;

MatrixGrid gridOf(const RiskMatrix &matrix, const std::map<Cell, int> &counts)
{
    MatrixGrid grid;
    grid.matrix = &matrix;
    grid.counts.assign(static_cast<std::size_t>(matrix.maxScore()), 0);
    for (const auto &[cell, n] : counts) {
        grid.counts[static_cast<std::size_t>((cell.first - 1) * matrix.consequenceLevels() + cell.second - 1)] = n;
        grid.total += n;
    }
    return grid;
}

bool near(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The colour near the top left corner of a cell, away from the count in its centre and the rounding.
QColor cellColour(const QImage &image, const QRect &cell)
{
    const QPoint inside = cell.topLeft() + QPoint(cell.width() / 5, cell.height() / 5);
    return image.pixelColor(inside * image.devicePixelRatio());
}

// Pixels of the given colour in the middle of a cell, where the count is drawn.
int pixelsOf(const QImage &image, const QRect &cell, const QColor &colour)
{
    const QRect middle(cell.center() - QPoint(cell.width() / 4, cell.height() / 4), cell.size() / 2);
    int found = 0;
    for (int y = middle.top(); y <= middle.bottom(); ++y) {
        for (int x = middle.left(); x <= middle.right(); ++x)
            found += near(image.pixelColor(QPoint(x, y) * image.devicePixelRatio()), colour, 40) ? 1 : 0;
    }
    return found;
}

// What the core places in a cell: probability and effective consequence, or the residual values.
std::set<Id> coreCell(const RegisterData &data, const RiskScope &scope, bool residual, int p, int c)
{
    std::set<Id> ids;
    for (const Risk &risk : data.risks) {
        if (!scope.includes(data, risk))
            continue;
        const RiskMatrix &own = data.matrixOf(risk);
        RiskScore score = scoreOf(own, risk);
        if (residual)
            score = residualScoreOf(own, risk).value_or(score);
        if (score.probability == p && score.effectiveConsequence == c)
            ids.insert(risk.id);
    }
    return ids;
}

std::set<Id> listed(const CellRiskModel &model)
{
    std::set<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.riskIdAt(row));
    return ids;
}

void click(MatrixWidget *widget, int p, int c)
{
    const QRect cell = widget->cellRect(p, c);
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(widget, Qt::LeftButton, {}, cell.center());
}

} // namespace

TEST(MatrixWidget, PaintsZoneColoursAndCounts)
{
    const RiskMatrix matrix = presetMatrix("no");
    MatrixWidget widget;
    widget.setMatrix(matrix);
    widget.setCounts(gridOf(matrix, {{{5, 5}, 7}, {{3, 2}, 12}}));
    widget.resize(520, 420);
    const QImage image = widget.grab().toImage();

    EXPECT_TRUE(near(cellColour(image, widget.cellRect(5, 5)), QColor(0xe5, 0x39, 0x35)));
    EXPECT_TRUE(near(cellColour(image, widget.cellRect(1, 1)), QColor(0x4c, 0xaf, 0x50)));
    EXPECT_TRUE(near(cellColour(image, widget.cellRect(2, 3)), QColor(0xff, 0xd5, 0x4f)));
    // The highest probability is the top row, the highest consequence the right column.
    EXPECT_LT(widget.cellRect(5, 1).top(), widget.cellRect(1, 1).top());
    EXPECT_GT(widget.cellRect(1, 5).left(), widget.cellRect(1, 1).left());
    // Every cell in the colour of its zone.
    for (int p = 1; p <= 5; ++p) {
        for (int c = 1; c <= 5; ++c)
            EXPECT_TRUE(near(cellColour(image, widget.cellRect(p, c)), zoneColour(matrix, matrix.zoneIndexOf(p, c))))
                << p << "x" << c;
    }
    // Counts are drawn in the text colour for their zone; empty cells have no number.
    EXPECT_EQ(widget.count(5, 5), 7);
    EXPECT_GT(pixelsOf(image, widget.cellRect(5, 5), textColourOn(QColor(0xe5, 0x39, 0x35))), 20);
    EXPECT_GT(pixelsOf(image, widget.cellRect(3, 2), textColourOn(QColor(0xff, 0xd5, 0x4f))), 20);
    EXPECT_EQ(pixelsOf(image, widget.cellRect(1, 1), textColourOn(QColor(0x4c, 0xaf, 0x50))), 0);
    // Cells are square and large enough to click.
    const QRect cell = widget.cellRect(3, 3);
    EXPECT_LE(std::abs(cell.width() - cell.height()), 1);
    EXPECT_GE(cell.width(), 40);
}

TEST(MatrixWidget, ClickAndKeyboardReportTheCell)
{
    const RiskMatrix matrix = presetMatrix("no");
    MatrixWidget widget;
    widget.setMatrix(matrix);
    widget.resize(520, 420);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy clicked(&widget, &MatrixWidget::cellClicked);

    click(&widget, 4, 2);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toInt(), 4);
    EXPECT_EQ(clicked.at(0).at(1).toInt(), 2);
    click(&widget, 1, 5);
    ASSERT_EQ(clicked.count(), 2);
    EXPECT_EQ(clicked.at(1).at(0).toInt(), 1);
    EXPECT_EQ(clicked.at(1).at(1).toInt(), 5);
    // Outside the grid: the axis labels.
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_EQ(clicked.count(), 2);

    // The focus cell follows the last click (1, 5); up twice and left once, then Enter.
    widget.setFocus();
    QTest::keyClick(&widget, Qt::Key_Up);
    QTest::keyClick(&widget, Qt::Key_Up);
    QTest::keyClick(&widget, Qt::Key_Left);
    QTest::keyClick(&widget, Qt::Key_Right);
    QTest::keyClick(&widget, Qt::Key_Right); // stays at the last column
    QTest::keyClick(&widget, Qt::Key_Left);
    QTest::keyClick(&widget, Qt::Key_Return);
    ASSERT_EQ(clicked.count(), 3);
    EXPECT_EQ(clicked.at(2).at(0).toInt(), 3);
    EXPECT_EQ(clicked.at(2).at(1).toInt(), 4);
    QTest::keyClick(&widget, Qt::Key_Space);
    ASSERT_EQ(clicked.count(), 4);
    EXPECT_EQ(clicked.at(3).at(0).toInt(), 3);
}

TEST(MatrixWidget, SwedishFourByFourHasSixteenCells)
{
    const RiskMatrix matrix = presetMatrix("se");
    MatrixWidget widget;
    widget.setMatrix(matrix);
    widget.resize(520, 420);
    const QImage image = widget.grab().toImage();
    QRegion covered;
    for (int p = 1; p <= 4; ++p) {
        for (int c = 1; c <= 4; ++c) {
            const QRect cell = widget.cellRect(p, c);
            ASSERT_TRUE(cell.isValid()) << p << "x" << c;
            EXPECT_FALSE(covered.intersects(cell));
            covered += cell;
            EXPECT_TRUE(near(cellColour(image, cell), zoneColour(matrix, matrix.zoneIndexOf(p, c)))) << p << "x" << c;
        }
    }
    EXPECT_FALSE(widget.cellRect(5, 1).isValid());
    EXPECT_FALSE(widget.cellRect(1, 5).isValid());
    EXPECT_FALSE(widget.cellRect(0, 1).isValid());
    // MSB's corners are set to "Hög" (orange) by cell, though their product 4 is "Medel".
    EXPECT_TRUE(near(cellColour(image, widget.cellRect(1, 4)), QColor(0xfb, 0x8c, 0x00)));
    EXPECT_TRUE(near(cellColour(image, widget.cellRect(4, 1)), QColor(0xfb, 0x8c, 0x00)));
    EXPECT_TRUE(near(cellColour(image, widget.cellRect(2, 2)), QColor(0xff, 0xd5, 0x4f)));
    EXPECT_TRUE(near(cellColour(image, widget.cellRect(4, 4)), QColor(0xe5, 0x39, 0x35)));
}

TEST(MatrixWidget, StaysUsableWhenSmall)
{
    const RiskMatrix matrix = presetMatrix("no");
    MatrixWidget widget;
    widget.setMatrix(matrix);
    const QSize minimum = widget.minimumSizeHint();
    EXPECT_LT(minimum.width(), 400);
    EXPECT_LT(minimum.height(), 350);
    widget.resize(minimum);
    const QRect cell = widget.cellRect(1, 1);
    EXPECT_GE(cell.width(), 20);
    EXPECT_TRUE(widget.rect().contains(widget.cellRect(5, 5)));
    EXPECT_TRUE(widget.rect().contains(widget.cellRect(1, 5)));
}

TEST(CellRiskModel, PassesTheModelTester)
{
    TempDir dir;
    auto document = demoDocument(dir);
    CellRiskModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({}, false, Cell{4, 4});
    model.setCell(Cell{3, 3});
    model.setResidual(true);
    model.setCell(std::nullopt);
    EXPECT_EQ(model.rowCount(), 0);
    model.setCell(Cell{2, 2});
    model.reload();
    EXPECT_EQ(listed(model), coreCell(document->data(), {}, true, 2, 2));
    EXPECT_EQ(model.columnCount(), CellRiskModel::ColumnCount);
}

TEST(MatrixView, ClickingACellListsExactlyItsRisks)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const RegisterData &data = document->data();
    MatrixView view(document.get());
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    MatrixWidget *widget = view.matrixWidget();
    CellRiskModel *model = view.cellModel();

    const MatrixGrid grid = countRisks(data, {}, false);
    EXPECT_EQ(grid.total, static_cast<int>(data.risks.size()));
    std::map<Id, int> priorities;
    for (const RankedRisk &ranked : prioritiseRisks(data))
        priorities[data.risks[ranked.index].id] = ranked.priority;

    int cellsWithRisks = 0;
    for (int p = 1; p <= 5; ++p) {
        for (int c = 1; c <= 5; ++c) {
            EXPECT_EQ(widget->count(p, c), grid.count(p, c));
            if (grid.count(p, c) == 0)
                continue;
            ++cellsWithRisks;
            click(widget, p, c);
            EXPECT_EQ(view.selectedCell(), std::optional(Cell{p, c}));
            EXPECT_EQ(listed(*model), coreCell(data, {}, false, p, c)) << p << "x" << c;
            EXPECT_EQ(model->rowCount(), grid.count(p, c));
            for (int row = 0; row < model->rowCount(); ++row)
                EXPECT_EQ(model->index(row, CellRiskModel::Priority).data().toInt(), priorities[model->riskIdAt(row)]);
        }
    }
    EXPECT_GE(cellsWithRisks, 5);

    // The same cell again clears the list.
    const auto hint = view.findChild<QLabel *>(QStringLiteral("cellHint"));
    ASSERT_NE(hint, nullptr);
    click(widget, 3, 3);
    ASSERT_EQ(view.selectedCell(), std::optional(Cell{3, 3}));
    EXPECT_NE(hint->text(), QStringLiteral("Click a cell to list its risks"));
    click(widget, 3, 3);
    EXPECT_FALSE(view.selectedCell());
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(hint->text(), QStringLiteral("Click a cell to list its risks"));
}

TEST(MatrixView, ResidualToggleChangesCountsAndList)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const RegisterData &data = document->data();
    MatrixView view(document.get());
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    MatrixWidget *widget = view.matrixWidget();

    const MatrixGrid current = countRisks(data, {}, false);
    const MatrixGrid residual = countRisks(data, {}, true);
    auto buttons = view.findChildren<QToolButton *>();
    auto residualButton = std::find_if(buttons.begin(), buttons.end(), [](QToolButton *button) {
        return button->text() == QStringLiteral("Residual risk");
    });
    ASSERT_NE(residualButton, buttons.end());
    QTest::mouseClick(*residualButton, Qt::LeftButton);
    EXPECT_TRUE(view.residual());

    bool differs = false;
    for (int p = 1; p <= 5; ++p) {
        for (int c = 1; c <= 5; ++c) {
            EXPECT_EQ(widget->count(p, c), residual.count(p, c)) << p << "x" << c;
            differs = differs || residual.count(p, c) != current.count(p, c);
        }
    }
    EXPECT_TRUE(differs);
    view.showCell(1, 1);
    EXPECT_EQ(listed(*view.cellModel()), coreCell(data, {}, true, 1, 1));
    EXPECT_EQ(view.cellModel()->rowCount(), residual.count(1, 1));

    view.setResidual(false);
    EXPECT_EQ(widget->count(5, 5), current.count(5, 5));
    EXPECT_EQ(widget->count(1, 1), current.count(1, 1));
    EXPECT_EQ(listed(*view.cellModel()), coreCell(data, {}, false, 1, 1));
}

TEST(MatrixView, UnitFilterLimitsCountsAndAssessments)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const RegisterData &data = document->data();
    MatrixView view(document.get());
    auto *units = view.findChild<QComboBox *>(QStringLiteral("unitFilter"));
    auto *assessments = view.findChild<QComboBox *>(QStringLiteral("assessmentFilter"));
    ASSERT_NE(units, nullptr);
    ASSERT_NE(assessments, nullptr);
    EXPECT_EQ(units->count(), static_cast<int>(data.units.size()) + 1);
    EXPECT_EQ(assessments->count(), static_cast<int>(data.assessments.size()) + 1);

    const Id unit = units->itemData(1).toLongLong();
    units->setCurrentIndex(1);
    const MatrixGrid grid = countRisks(data, RiskScope{unit, std::nullopt}, false);
    int total = 0;
    for (int p = 1; p <= 5; ++p) {
        for (int c = 1; c <= 5; ++c) {
            EXPECT_EQ(view.matrixWidget()->count(p, c), grid.count(p, c));
            total += view.matrixWidget()->count(p, c);
        }
    }
    EXPECT_LT(total, static_cast<int>(data.risks.size()));
    ASSERT_GT(assessments->count(), 1);
    EXPECT_LT(assessments->count(), static_cast<int>(data.assessments.size()) + 1);
    for (int i = 1; i < assessments->count(); ++i) {
        const RiskAssessment *assessment =
            RegisterData::findById(data.assessments, assessments->itemData(i).toLongLong());
        ASSERT_NE(assessment, nullptr);
        EXPECT_EQ(assessment->unitId, std::optional<Id>(unit));
    }
}

TEST(MatrixView, FollowsDocumentEdits)
{
    TempDir dir;
    auto document = demoDocument(dir);
    MatrixView view(document.get());
    Risk risk = document->data().risks.front();
    const Cell before{*risk.probability, scoreOf(document->data().matrixOf(risk), risk).effectiveConsequence};
    risk.probability = risk.probability == 5 ? 1 : 5;
    const Cell after{*risk.probability, before.second};
    const int countBefore = view.matrixWidget()->count(after.first, after.second);
    ASSERT_TRUE(document->editRisk(risk));

    // The view is hidden: it counts again when a cell is asked for.
    view.showCell(after.first, after.second);
    EXPECT_EQ(view.matrixWidget()->count(after.first, after.second), countBefore + 1);
    EXPECT_EQ(listed(*view.cellModel()).count(risk.id), 1u);
    view.showCell(before.first, before.second);
    EXPECT_EQ(listed(*view.cellModel()).count(risk.id), 0u);
}

TEST(MatrixView, Screenshot)
{
    TempDir dir;
    auto document = demoDocument(dir);
    MatrixView view(document.get());
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showCell(4, 4);
    const QImage image = view.grab().toImage();
    EXPECT_TRUE(image.save(QStringLiteral("/tmp/matrix-view.png")));
}
