// SPDX-License-Identifier: EUPL-1.2
// Issue 5: the GUI shows the register's audit trail, filterable and exportable to CSV.
#include "UiTestSupport.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "exchange/CsvImport.h"
#include "mainwindow/HistoryDialog.h"
#include "mainwindow/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

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

// Issue 13 item 10: a new risk line, created and then filled in (its text, probability and consequence, each an
// edit of its own in the trail), is one row of the history: created, with the values it was given. The export
// keeps every entry of the trail.
TEST(HistoryDialog, ANewLineIsOneEntry_Issue13)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 20);
    const std::size_t before = document->file().history().size();
    Risk risk;
    risk.assessmentId = document->data().assessments.front().id;
    risk.threat = "New line";
    const std::optional<Id> added = document->addRisk(risk);
    ASSERT_TRUE(added);
    risk = *RegisterData::findById(document->data().risks, *added);
    risk.threat = "Tyveri av bærbar PC";
    ASSERT_TRUE(document->editRisk(risk));
    risk.probability = 3;
    ASSERT_TRUE(document->editRisk(risk));
    risk.consequence = 4;
    ASSERT_TRUE(document->editRisk(risk));
    // Another line changed afterwards is a row of its own.
    Risk other = document->data().risks.front();
    other.existingMeasures = "Kryptert disk";
    ASSERT_TRUE(document->editRisk(other));

    const std::vector<AuditEntry> entries = document->file().history();
    ASSERT_EQ(entries.size(), before + 5);
    HistoryDialog dialog(entries, document->data());
    QAbstractItemModel *model = dialog.filterModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, HistoryModel::NewValue), QStringLiteral("Kryptert disk"));
    EXPECT_EQ(cell(1, HistoryModel::Action), QStringLiteral("Created"));
    EXPECT_TRUE(cell(1, HistoryModel::Object).contains(QStringLiteral("Tyveri av bærbar PC")))
        << cell(1, HistoryModel::Object).toStdString();
    EXPECT_EQ(cell(1, HistoryModel::Field), QStringLiteral("3 fields filled in"));
    const QString values = cell(1, HistoryModel::NewValue);
    EXPECT_TRUE(values.contains(QStringLiteral("Tyveri av bærbar PC"))) << values.toStdString();
    EXPECT_TRUE(values.contains(QStringLiteral(": 3"))) << values.toStdString();
    EXPECT_TRUE(values.contains(QStringLiteral(": 4"))) << values.toStdString();
    EXPECT_EQ(model->rowCount(), static_cast<int>(entries.size()) - 3);

    dialog.setFilterText(QStringLiteral("Tyveri av bærbar"));
    ASSERT_EQ(model->rowCount(), 1);
    const std::string path = dir.file("history.csv");
    ASSERT_TRUE(dialog.exportCsv(QString::fromStdString(path)).isEmpty());
    std::ifstream in(path, std::ios::binary);
    const std::string csv{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5); // the header, the creation and its three edits
}

// Issue 13 item 10: the history's columns fit its width, so the last one (the value after) is in view, in a
// dialog as wide as on a 1600x1000 screen and as on a 1024x700 one.
TEST(HistoryDialog, ItsColumnsFitTheWindow_Issue13)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 20);
    Risk risk = document->data().risks.front();
    risk.threat = std::string(300, 'x'); // a long text before and after
    ASSERT_TRUE(document->editRisk(risk));
    HistoryDialog dialog(document->file().history(), document->data());
    auto *table = dialog.findChild<QTableView *>();
    ASSERT_TRUE(table);
    for (const QSize size : {QSize(1000, 600), QSize(760, 560)}) {
        dialog.resize(size);
        dialog.show();
        QCoreApplication::processEvents();
        const int right = table->horizontalHeader()->sectionViewportPosition(HistoryModel::NewValue);
        EXPECT_LE(right + 80, table->viewport()->width()) << size.width();
        for (int column = 0; column < HistoryModel::ColumnCount; ++column)
            EXPECT_GT(table->columnWidth(column), 20) << column;
    }
}
