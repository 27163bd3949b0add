// SPDX-License-Identifier: EUPL-1.2
// Issue 7: File > Import previews the rows with their problems and writes nothing unless every row
// is good or the user chooses to skip the bad ones; File > Export writes CSV or XLSX.
#include "UiTestSupport.h"

#include "../core/TestFiles.h"

#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"
#include "exchange/ExportDialog.h"
#include "exchange/ImportDialog.h"
#include "exchange/ImportRowsModel.h"
#include "mainwindow/MainWindow.h"

#include "exchange/Columns.h"
#include "exchange/Xlsx.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

QPushButton *importButton(const ImportDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == ImportDialog::tr("&Import"))
            return button;
    return nullptr;
}

std::vector<std::string> assetNames(const RegisterData &data)
{
    std::vector<std::string> names;
    for (const Asset &asset : data.assets)
        names.push_back(asset.name);
    return names;
}

} // namespace

TEST(ImportDialog, ABadRowBlocksTheImportUntilSkippingIsChosen)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 5);
    const std::size_t before = document->data().assets.size();
    const std::string path = dir.file("systemer.csv");
    writeBytes(path, "Navn;Type;Enhet\nNytt fagsystem;it system;Skole\nFeil;teleporter;Skole\nTredje;database;Helse\n");

    // An edit before the import: the import is not undoable, and the edits before it no longer are.
    Asset first = document->data().assets.front();
    first.notes = "endret";
    ASSERT_TRUE(document->editAsset(first));
    ASSERT_TRUE(document->undoStack()->canUndo());

    ImportDialog dialog(document.get(), QString::fromStdString(path), readImportFile(path));
    EXPECT_EQ(dialog.kind(), ImportKind::Assets);
    EXPECT_EQ(dialog.columnFor(), (std::vector<int>{assetcol::Name, assetcol::Type, assetcol::Unit}));
    dialog.waitForCheck();

    // The bad row is shown with what is wrong with it.
    const ImportRowsModel *rows = dialog.rowsModel();
    ASSERT_EQ(rows->rowCount(), 3);
    const int problems = rows->problemsColumn();
    const auto cell = [&](int row, int column) { return rows->index(row, column).data().toString(); };
    EXPECT_TRUE(cell(0, problems).isEmpty());
    EXPECT_TRUE(cell(1, problems).contains(QStringLiteral("'teleporter' is not a type of asset")))
        << cell(1, problems).toStdString();
    EXPECT_EQ(cell(1, 0), QStringLiteral("3")); // the row number as the file shows it
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("With problems: 1."))) << dialog.status().toStdString();

    // Import is refused while a row has problems...
    ASSERT_NE(importButton(dialog), nullptr);
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_FALSE(dialog.runImport());
    EXPECT_EQ(document->data().assets.size(), before);
    EXPECT_EQ(document->file().load().assets.size(), before);

    // ...until the user chooses to skip those rows; then only the good rows land.
    dialog.setSkipInvalidRows(true);
    EXPECT_TRUE(importButton(dialog)->isEnabled());
    importButton(dialog)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.summary());
    EXPECT_EQ(dialog.summary()->created, 2);
    EXPECT_EQ(dialog.summary()->skippedRows, std::vector<int>{3});
    const auto names = assetNames(document->data());
    EXPECT_EQ(names.size(), before + 2);
    EXPECT_NE(std::find(names.begin(), names.end(), "Nytt fagsystem"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "Tredje"), names.end());
    EXPECT_EQ(std::find(names.begin(), names.end(), "Feil"), names.end());
    EXPECT_EQ(assetNames(document->file().load()), names);
    EXPECT_EQ(document->file().history().back().action, "import"); // oldest first
    EXPECT_FALSE(document->undoStack()->canUndo());
}

TEST(ImportDialog, TheUserCanRemapOrIgnoreColumnsAndChooseRisks)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 5);
    const std::string path = dir.file("risici.csv");
    writeBytes(path, "Risikovurdering;Hændelse;Sandsynlighed;Konsekvens;Kommentar\nROS 2026;Brand;2;5;x\n");
    ImportDialog dialog(document.get(), QString::fromStdString(path), readImportFile(path));
    EXPECT_EQ(dialog.kind(), ImportKind::Risks);
    EXPECT_EQ(dialog.columnFor(),
              (std::vector<int>{riskcol::Assessment, riskcol::Threat, riskcol::Probability, riskcol::Consequence, -1}));
    dialog.waitForCheck();
    EXPECT_TRUE(dialog.canImport()) << dialog.status().toStdString();

    // Ignoring a required column says which one is missing and refuses the import.
    dialog.setColumnFor(1, -1);
    EXPECT_FALSE(dialog.canImport()) << "not while the rows are checked";
    dialog.waitForCheck();
    EXPECT_FALSE(dialog.canImport());
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("the required column 'threat' is missing")))
        << dialog.status().toStdString();
    dialog.setColumnFor(1, riskcol::Threat);
    dialog.setColumnFor(4, riskcol::ExistingMeasures);
    dialog.waitForCheck();
    ASSERT_TRUE(dialog.runImport()) << dialog.status().toStdString();
    const RegisterData &data = document->data();
    const auto found =
        std::find_if(data.risks.begin(), data.risks.end(), [](const Risk &r) { return r.threat == "Brand"; });
    ASSERT_NE(found, data.risks.end());
    EXPECT_EQ(found->existingMeasures, "x");
    EXPECT_EQ(found->consequence, 5);
}

// Issue 19: the preview of a long and wide file shows its rows and columns at once through models (no
// widget per column: the only list box is the kind of import), checks the rows in the background, and a
// change of the mapping while a check runs starts another without waiting for it. (How quickly: the
// benchmark BM_ImportPreview in bench/GuiBench.cpp.)
TEST(ImportDialog, ALongWideFileIsPreviewedLazilyAndCheckedInTheBackground_Issue19)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 5);
    const int rowCount = 20000;
    std::string csv = "assessment;threat;probability;consequence";
    for (int c = 4; c < MaxImportColumns; ++c)
        csv += ";extra " + std::to_string(c);
    csv += '\n';
    for (int r = 0; r < rowCount; ++r)
        csv += "ROS " + std::to_string(r % 7) + ";Trussel " + std::to_string(r) + (r == 5 ? ";9" : ";2") + ";3\n";
    const std::string path = dir.file("lang.csv");
    writeBytes(path, csv);

    ImportDialog dialog(document.get(), QString::fromStdString(path), readImportFile(path));
    QAbstractItemModelTester rowsTester(dialog.rowsModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester mappingTester(dialog.mappingView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(dialog.rowsModel()->rowCount(), rowCount);
    EXPECT_EQ(dialog.rowsModel()->columnCount(), MaxImportColumns + 2);
    EXPECT_EQ(dialog.mappingView()->model()->rowCount(), MaxImportColumns);
    EXPECT_EQ(dialog.findChildren<QComboBox *>().size(), 1u) << "no list box per column";
    EXPECT_EQ(dialog.rowsModel()->index(rowCount - 1, 2).data().toString(), QStringLiteral("Trussel 19999"));

    // Changing the mapping while the rows are checked stops that check and starts one for the new mapping.
    dialog.setColumnFor(4, riskcol::ExistingMeasures);
    EXPECT_TRUE(dialog.checking());
    EXPECT_FALSE(dialog.canImport());
    dialog.waitForCheck();
    EXPECT_FALSE(dialog.checking());
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("Can be imported: 19999. With problems: 1.")))
        << dialog.status().toStdString();
    const int problems = dialog.rowsModel()->problemsColumn();
    EXPECT_TRUE(dialog.rowsModel()->index(5, problems).data().toString().contains(QStringLiteral("'9'")));
    EXPECT_TRUE(document->file().load().risks.size() == document->data().risks.size()) << "the check wrote nothing";
}

TEST(ExportDialog, WritesTheChosenExportAsXlsxOrCsv)
{
    TempDir dir;
    auto document = demoDocument(dir, 6, 10);
    ExportDialog dialog(document->data());
    dialog.setChoice(ExportKind::Assets, ExportFormat::Xlsx);
    EXPECT_TRUE(dialog.suggestedFileName().endsWith(QStringLiteral("assets.xlsx")));
    const std::string xlsx = dir.file("assets.xlsx");
    EXPECT_TRUE(dialog.exportTo(QString::fromStdString(xlsx)).isEmpty());
    EXPECT_EQ(readXlsx(xlsx).records.size(), document->data().assets.size());

    dialog.setChoice(ExportKind::Plan, ExportFormat::Csv);
    const std::string csv = dir.file("plan.csv");
    EXPECT_TRUE(dialog.exportTo(QString::fromStdString(csv)).isEmpty());
    EXPECT_EQ(readBytes(csv).rfind("\xEF\xBB\xBFpriority;measure;", 0), 0u);
    EXPECT_FALSE(dialog.exportTo(QString::fromStdString(dir.file("no/such/folder/x.csv"))).isEmpty());
}

TEST(ImportDialog, TheFileMenuOffersImportAndExportAndThePagesFollowAnImport)
{
    TempDir dir;
    const QString path = demoDocument(dir, 5, 10)->path();
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    auto action = [&](const QString &text) -> QAction * {
        for (QAction *candidate : window.findChildren<QAction *>())
            if (candidate->text() == text)
                return candidate;
        return nullptr;
    };
    QAction *import = action(MainWindow::tr("&Import assets or risks..."));
    QAction *exportAction = action(MainWindow::tr("E&xport to CSV or Excel..."));
    ASSERT_NE(import, nullptr);
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(import->isEnabled());
    EXPECT_TRUE(exportAction->isEnabled());

    const int before = window.assetsView()->model()->rowCount();
    const std::string csv = dir.file("a.csv");
    writeBytes(csv, "name;type\nNytt system;it system\n");
    ImportOptions options;
    window.document()->importRows(ImportKind::Assets, readImportFile(csv), QString::fromStdString(csv), options);
    EXPECT_EQ(window.assetsView()->model()->rowCount(), before + 1);

    // The same register in a second window is read-only (the first holds the write lock): it can be
    // exported but not imported into.
    MainWindow reader;
    ASSERT_TRUE(reader.openFile(path));
    ASSERT_TRUE(reader.document()->readOnly());
    for (QAction *candidate : reader.findChildren<QAction *>()) {
        if (candidate->text() == MainWindow::tr("&Import assets or risks...")) {
            EXPECT_FALSE(candidate->isEnabled());
        } else if (candidate->text() == MainWindow::tr("E&xport to CSV or Excel...")) {
            EXPECT_TRUE(candidate->isEnabled());
        }
    }
}
