// Issue 5: the GUI shows the register's audit trail, filterable and exportable to CSV.
#include "UiTestSupport.h"

#include "mainwindow/HistoryDialog.h"
#include "mainwindow/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <fstream>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

TEST(HistoryDialog, ShowsFiltersAndExportsTheTrail)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 20);
    Risk risk = document->data().risks.front();
    risk.threat = "Innbrudd i serverrommet";
    ASSERT_TRUE(document->editRisk(risk));

    const std::vector<AuditEntry> entries = document->file().history();
    ASSERT_FALSE(entries.empty());
    HistoryDialog dialog(entries);
    QAbstractItemModelTester tester(dialog.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dialog.filterModel()->rowCount(), static_cast<int>(entries.size()));
    // Newest first: the edit just made, with its old and new text.
    const QModelIndex newest = dialog.filterModel()->index(0, HistoryModel::NewValue);
    EXPECT_EQ(newest.data().toString(), QStringLiteral("Innbrudd i serverrommet"));

    dialog.setFilterText(QStringLiteral("serverrommet"));
    ASSERT_EQ(dialog.filterModel()->rowCount(), 1);
    const std::string path = dir.file("history.csv");
    EXPECT_TRUE(dialog.exportCsv(QString::fromStdString(path)).isEmpty());
    std::ifstream in(path, std::ios::binary);
    const std::string csv{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                        "at;user;person;action;object_type;object_id;object_name;field;old_value;new_value\r\n",
                        0),
              0u);
    EXPECT_NE(csv.find("Innbrudd i serverrommet"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2); // the header and the one row shown
}
