// SPDX-License-Identifier: EUPL-1.2
// Issue 5: the GUI shows the register's audit trail, filterable and exportable to CSV.
#include "UiTestSupport.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "exchange/CsvImport.h"
#include "mainwindow/HistoryDialog.h"
#include "mainwindow/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <fstream>

#include <gtest/gtest.h>

#include <algorithm>

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
    HistoryDialog dialog(entries, document->data());
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
    EXPECT_EQ(
        csv.rfind("\xEF\xBB\xBF"
                  "at;user;person;action;object_type;object_id;object_name;field;old_value;new_value;chain_hash\r\n",
                  0),
        0u);
    EXPECT_NE(csv.find("Innbrudd i serverrommet"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2); // the header and the one row shown
}

// Issue 4 and 5: the trail keeps the file's words ("owner_id", "in progress", a person's id); the
// history shows them in the program's language, with the names the ids stand for.
TEST(HistoryDialog, SpeaksTheProgramsLanguageAndNamesWhatIdsPointTo)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 20);
    Asset asset = document->data().assets.front();
    const Person &newOwner = document->data().people.back();
    const std::optional<Id> oldOwner = asset.ownerId;
    ASSERT_NE(oldOwner, std::optional<Id>(newOwner.id));
    asset.ownerId = newOwner.id;
    ASSERT_TRUE(document->editAsset(asset));
    // One that is not done: setting one done (or back) records the day it was done too (issue 15).
    const auto notDone = std::find_if(document->data().measures.begin(), document->data().measures.end(),
                                      [](const Measure &m) { return m.status != MeasureStatus::Done; });
    ASSERT_NE(notDone, document->data().measures.end());
    Measure measure = *notDone;
    measure.status = measure.status == MeasureStatus::InProgress ? MeasureStatus::Planned : MeasureStatus::InProgress;
    ASSERT_TRUE(document->editMeasure(measure));
    importAssetsCsv(document->file(), "name;type\nArkivskap;paper archive\nLønnssystem;it system\n", "nye.csv");

    ASSERT_TRUE(switchLanguage(QStringLiteral("da")));
    HistoryDialog dialog(document->file().history(), document->data());
    QAbstractItemModel *model = dialog.filterModel();
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    // Newest first: the import with its counts, then the measure's status, then the asset's owner.
    EXPECT_EQ(cell(0, HistoryModel::Action), QStringLiteral("Importeret"));
    // Issue 13 item 10: the counts as "what: number", so no count disagrees with its word ("0 opdateret").
    EXPECT_EQ(cell(0, HistoryModel::NewValue), QStringLiteral("2 rækker (nye: 2, opdaterede: 0)"));
    const int status = 3; // after the import's entry and the two assets it created
    const int owner = status + 1;
    EXPECT_EQ(cell(status, HistoryModel::Action), QStringLiteral("Ændret"));
    EXPECT_EQ(cell(status, HistoryModel::Field), QStringLiteral("Status"));
    EXPECT_EQ(cell(status, HistoryModel::NewValue), DomainTexts::measureStatus(measure.status));
    EXPECT_TRUE(cell(owner, HistoryModel::Object).startsWith(QStringLiteral("Informationsaktiv ")))
        << cell(owner, HistoryModel::Object).toStdString();
    EXPECT_EQ(cell(owner, HistoryModel::Field), QStringLiteral("Ejer"));
    EXPECT_EQ(cell(owner, HistoryModel::NewValue), toQString(newOwner.name));
    if (oldOwner) {
        EXPECT_EQ(cell(owner, HistoryModel::OldValue),
                  toQString(RegisterData::findById(document->data().people, *oldOwner)->name));
    }
    // The filter finds the words shown.
    dialog.setFilterText(QStringLiteral("Ejer"));
    EXPECT_EQ(model->rowCount(), 1);
    switchLanguage(QStringLiteral("en"));

    // A person deleted since is shown by the number the file keeps.
    HistoryDialog later(document->file().history(), RegisterData{});
    EXPECT_EQ(later.filterModel()->index(4, HistoryModel::NewValue).data().toString(),
              QStringLiteral("#%1").arg(newOwner.id));
}
