// Issue 13 item 3: window geometry, splitters, column widths and sort order of every view are kept in the
// settings and restored at the next start (a second MainWindow with the same settings).
#include "UiTestSupport.h"

#include "assets/AssetsView.h"
#include "mainwindow/MainWindow.h"
#include "risks/RiskFormView.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

// The layout keys of the window, removed before and after so that other tests start from the defaults.
void forgetLayout()
{
    QSettings settings;
    settings.remove(QStringLiteral("window"));
    settings.remove(QStringLiteral("pages"));
}

} // namespace

TEST(LayoutMemory, ColumnWidthsSortSplittersAndWindowStateComeBackAfterARestart)
{
    forgetLayout();
    TempDir dir;
    const QString path = demoDocument(dir, 20, 60)->path();
    int nameWidth = 0;
    QList<int> formSplit;
    QStringList order;
    auto rowsOf = [](const QTableView *table) {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, 0).data().toString();
        return names;
    };
    {
        MainWindow window;
        ASSERT_TRUE(window.openFile(path));
        window.resize(1100, 760);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTableView *assets = window.assetsView()->table();
        nameWidth = assets->columnWidth(0) + 57;
        assets->setColumnWidth(0, nameWidth);
        assets->sortByColumn(2, Qt::DescendingOrder);
        order = rowsOf(assets);
        ASSERT_GT(order.size(), 1);
        auto *splitter = window.riskFormView()->findChild<QSplitter *>();
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({700, 300});
        formSplit = splitter->sizes();
        window.close(); // as the user closes it
    }
    {
        MainWindow window;
        ASSERT_TRUE(window.openFile(path));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        EXPECT_EQ(window.size(), QSize(1100, 760));
        QTableView *assets = window.assetsView()->table();
        EXPECT_EQ(assets->columnWidth(0), nameWidth);
        EXPECT_EQ(assets->horizontalHeader()->sortIndicatorSection(), 2);
        EXPECT_EQ(assets->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        EXPECT_EQ(rowsOf(assets), order); // the rows really are in that order, not only the arrow
        auto *splitter = window.riskFormView()->findChild<QSplitter *>();
        ASSERT_NE(splitter, nullptr);
        EXPECT_EQ(splitter->sizes(), formSplit);
    }
    forgetLayout();
}
