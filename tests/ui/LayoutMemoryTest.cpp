// SPDX-License-Identifier: EUPL-1.2
// Issue 13 item 3: window geometry, splitters, column widths and sort order of every view are kept in the
// settings and restored at the next start (a second MainWindow with the same settings).
#include "UiTestSupport.h"

#include "assets/AssetsView.h"
#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "risks/RiskFormView.h"

#include <QDir>
#include <QHeaderView>
#include <QStackedWidget>
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

// Issue 13: TRYGG_SCREENSHOTS=<folder> keeps a picture of every page at 1600x1000 and 1024x700 in Norwegian,
// Danish and Swedish, to look at for cut text (run under Xvfb with QT_QPA_PLATFORM=xcb, or offscreen).
TEST(LayoutMemory, ScreenshotsOfEveryPage)
{
    const QString folder = qEnvironmentVariable("TRYGG_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "TRYGG_SCREENSHOTS not set";
    forgetLayout();
    const QString before = currentLanguage();
    for (const auto &[language, preset] : {std::pair("nb", "no"), std::pair("da", "dk"), std::pair("sv", "se")}) {
        TempDir dir;
        const QString path = demoDocument(dir, 20, 60, preset)->path();
        for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
            MainWindow window;
            window.setLanguage(QString::fromLatin1(language));
            ASSERT_TRUE(window.openFile(path));
            window.resize(size);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            for (int page = 0; page <= static_cast<int>(MainWindow::Page::Incidents); ++page) {
                window.showPage(static_cast<MainWindow::Page>(page));
                QTest::qWait(50);
                // Issue 13: no page makes the window wider than a 1024-pixel screen.
                EXPECT_LE(window.findChild<QStackedWidget *>()->widget(page)->minimumSizeHint().width(), 860)
                    << language << " page " << page;
                EXPECT_TRUE(window.grab().save(QDir(folder).filePath(
                    QStringLiteral("%1-%2x%3-page%4.png").arg(QString::fromLatin1(language)).arg(size.width()).arg(size.height()).arg(page))));
            }
            window.hide();
        }
        forgetLayout();
    }
    switchLanguage(before);
}
