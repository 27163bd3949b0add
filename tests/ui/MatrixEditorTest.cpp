// SPDX-License-Identifier: EUPL-1.2
// Issue 4: the matrix editor. Editing makes a new version that new assessments use; an assessment
// already made keeps and shows the criteria it was scored against (003 section 5; DOMAIN.md).
#include "UiTestSupport.h"

#include "../core/TestFiles.h"

#include "assets/AssetTableModel.h"
#include "common/Translations.h"
#include "exchange/MatrixJson.h"
#include "mainwindow/NewRegisterDialog.h"
#include "matrix/MatrixEditorDialog.h"
#include "matrix/MatrixWidget.h"
#include "matrix/Presets.h"
#include "model/Clock.h"
#include "risks/RiskFormModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QPushButton *saveButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

TEST(MatrixEditorDialog, EditingLevelsAndSavingMakesANewVersionOldAssessmentsKeepTheirs)
{
    TempDir dir;
    auto document = demoDocument(dir, 10, 30, "no");
    const Id original = document->data().info.currentMatrixId;
    const Id oldAssessment = document->data().assessments.front().id;
    ASSERT_EQ(document->data().assessments.front().matrixId, original);

    MatrixEditorDialog dialog(document.get());
    auto *count = child<QSpinBox>(dialog, "probabilityCount");
    auto *levels = child<QTableWidget>(dialog, "probabilityLevels");
    auto *preview = child<MatrixWidget>(dialog, "preview");
    ASSERT_TRUE(count && levels && preview);
    EXPECT_EQ(count->value(), 5);
    EXPECT_EQ(levels->item(4, 0)->text(), QStringLiteral("Svært stor"));
    EXPECT_FALSE(saveButton(dialog)->isEnabled()); // nothing changed yet

    // Four probability levels, the top one renamed and defined; the preview follows at once.
    count->setValue(4);
    EXPECT_EQ(levels->rowCount(), 4);
    EXPECT_EQ(preview->matrix().probabilityLevels(), 4);
    levels->item(3, 0)->setText(QStringLiteral("Ofte"));
    levels->item(3, 1)->setText(QStringLiteral("Hver måned eller oftere."));
    EXPECT_EQ(preview->matrix().probability[3].label, "Ofte");
    EXPECT_EQ(dialog.matrix().zones.back().maxScore, 20); // the top zone covers the smaller grid
    EXPECT_TRUE(dialog.matrix().problems().empty());
    EXPECT_TRUE(saveButton(dialog)->isEnabled());

    saveButton(dialog)->click();
    const Id edited = document->data().info.currentMatrixId;
    EXPECT_NE(edited, original);
    const RiskMatrix &current = document->data().currentMatrix();
    EXPECT_EQ(current.probabilityLevels(), 4);
    EXPECT_EQ(current.probability[3].label, "Ofte");
    EXPECT_EQ(current.probability[3].definition, "Hver måned eller oftere.");
    // The old assessment keeps version 1 and its five levels, in memory and in the file.
    const RiskAssessment *assessment = RegisterData::findById(document->data().assessments, oldAssessment);
    ASSERT_NE(assessment, nullptr);
    EXPECT_EQ(assessment->matrixId, original);
    EXPECT_EQ(RegisterData::findById(document->data().matrices, original)->probabilityLevels(), 5);
    EXPECT_EQ(document->file().matrix(original).probability[4].label, "Svært stor");
    EXPECT_EQ(document->file().info().currentMatrixId, edited);
    // The risk form of the old assessment still shows the five levels it was scored against.
    RiskFormModel form(document.get());
    form.setAssessment(oldAssessment);
    ASSERT_NE(form.matrix(), nullptr);
    EXPECT_EQ(form.matrix()->id, original);
    EXPECT_EQ(form.matrix()->probability[4].label, "Svært stor");
    // A new assessment takes the new version.
    RiskAssessment fresh;
    fresh.name = "ROS 2027";
    fresh.date = Clock::todayLocal();
    const std::optional<Id> freshId = document->addAssessment(fresh);
    ASSERT_TRUE(freshId);
    EXPECT_EQ(RegisterData::findById(document->data().assessments, *freshId)->matrixId, edited);
    form.setAssessment(*freshId);
    EXPECT_EQ(form.matrix()->id, edited);

    // Undoable: undo the assessment, then the matrix; redo brings the same version back.
    document->undoStack()->undo();
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Edit the risk matrix"));
    document->undoStack()->undo();
    EXPECT_EQ(document->data().info.currentMatrixId, original);
    EXPECT_EQ(document->file().info().currentMatrixId, original);
    document->undoStack()->redo();
    EXPECT_EQ(document->data().info.currentMatrixId, edited);

    // Audited: the new version and the change of the current one.
    bool audited = false;
    for (const AuditEntry &entry : document->file().history())
        audited = audited || (entry.objectType == "register" && entry.field == "current_matrix_id" &&
                              entry.newValue == std::to_string(edited));
    EXPECT_TRUE(audited);
}

TEST(MatrixEditorDialog, ZonesByClickingCellsAndColours)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 10, "se");
    MatrixEditorDialog dialog(document.get());
    auto *cellZone = child<QComboBox>(dialog, "cellZone");
    auto *preview = child<MatrixWidget>(dialog, "preview");
    auto *zones = child<QTableWidget>(dialog, "zones");
    ASSERT_TRUE(cellZone && preview && zones);
    ASSERT_EQ(zones->rowCount(), 4);
    EXPECT_EQ(zones->item(2, 0)->text(), QStringLiteral("Hög"));

    // Put the cell probability 2 x consequence 2 (score 4, Medel) in Extremt hög by clicking it.
    cellZone->setCurrentIndex(cellZone->findText(QStringLiteral("Extremt hög")));
    emit preview->cellClicked(2, 2);
    EXPECT_EQ(dialog.matrix().cellZone(2, 2), 3);
    EXPECT_EQ(preview->matrix().zoneIndexOf(2, 2), 3);
    // "its zone by score" clears an override: the corner 4 x 1 goes back to Medel.
    cellZone->setCurrentIndex(0);
    emit preview->cellClicked(4, 1);
    EXPECT_EQ(dialog.matrix().zoneIndexOf(4, 1), 1);

    // A colour typed as text, and a band that leaves a gap: Save waits until the matrix is valid.
    zones->item(0, 1)->setText(QStringLiteral("#123456"));
    EXPECT_EQ(dialog.matrix().zones[0].colour, "#123456");
    zones->item(1, 2)->setText(QStringLiteral("4"));
    EXPECT_FALSE(saveButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("score 3")));
    zones->item(1, 2)->setText(QStringLiteral("3"));
    EXPECT_TRUE(saveButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(document->data().currentMatrix().cellZone(2, 2), 3);
    EXPECT_EQ(document->data().currentMatrix().zones[0].colour, "#123456");
    EXPECT_FALSE(document->data().currentMatrix().cellZone(4, 1));
}

TEST(MatrixEditorDialog, ImportAndExportJson)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 10, "no");
    MatrixEditorDialog dialog(document.get());

    const std::string exported = dir.file("no.json");
    ASSERT_TRUE(dialog.exportFile(QString::fromStdString(exported)));
    EXPECT_EQ(readBytes(exported), matrixToJson(document->data().currentMatrix()));

    // A bad file: the message names the file, line and field; the editor keeps what it had.
    const std::string bad = dir.file("bad.json");
    writeBytes(bad, "{\n  \"format\": \"trygg-matrix\",\n  \"version\": 1,\n  \"colour\": 1\n}\n");
    EXPECT_FALSE(dialog.importFile(QString::fromStdString(bad)));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("bad.json: line 4, column 13: unknown field 'colour'")))
        << dialog.message().toStdString();
    EXPECT_EQ(dialog.matrix().probabilityLevels(), 5);
    EXPECT_FALSE(saveButton(dialog)->isEnabled());

    // A good one (the Swedish 4 x 4) fills the editor; saving makes it current.
    const std::string swedish = dir.file("se.json");
    writeBytes(swedish, matrixToJson(presetMatrix("se")));
    ASSERT_TRUE(dialog.importFile(QString::fromStdString(swedish)));
    EXPECT_EQ(child<QSpinBox>(dialog, "probabilityCount")->value(), 4);
    EXPECT_EQ(child<QTableWidget>(dialog, "consequenceLevels")->item(3, 0)->text(), QStringLiteral("Mycket stor"));
    EXPECT_TRUE(saveButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(document->data().currentMatrix().probabilityLevels(), 4);
    EXPECT_EQ(document->data().currentMatrix().zoneIndexOf(1, 4), 2);
}

TEST(MatrixEditorDialog, ARemovedZoneTakesItsCellsWith)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 10, "se");
    MatrixEditorDialog dialog(document.get());
    auto *zones = child<QTableWidget>(dialog, "zones");
    ASSERT_TRUE(zones);
    zones->setCurrentCell(2, 0); // Hög, which the corners are put in
    child<QPushButton>(dialog, "removeZone")->click();
    EXPECT_EQ(dialog.matrix().zones.size(), 3u);
    EXPECT_FALSE(dialog.matrix().cellZone(1, 4));
    EXPECT_FALSE(saveButton(dialog)->isEnabled()); // scores 8-12 have no zone now
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("has no zone")));
}

// Issue 4, step 1: the DSB-style preset is offered at File > New.
TEST(NewRegisterDialog, OffersTheNoDsbPreset)
{
    const TempDir dir;
    NewRegisterDialog dialog(QString::fromStdString(dir.path().string()));
    auto *presets = dialog.findChild<QComboBox *>();
    ASSERT_NE(presets, nullptr);
    const int index = presets->findData(QStringLiteral("no-dsb"));
    ASSERT_GE(index, 0);
    presets->setCurrentIndex(index);
    EXPECT_EQ(dialog.preset(), QStringLiteral("no-dsb"));
}

// Issue 13 item 7: File > New proposes the preset of the interface language's country.
TEST(NewRegisterDialog, ProposesThePresetOfTheInterfaceLanguage)
{
    const TempDir dir;
    const QString before = currentLanguage();
    for (const auto &[language, preset] : {std::pair("da", "dk"), std::pair("nb", "no"), std::pair("sv", "se")}) {
        ASSERT_TRUE(switchLanguage(QString::fromLatin1(language)));
        NewRegisterDialog dialog(QString::fromStdString(dir.path().string()));
        EXPECT_EQ(dialog.preset(), QString::fromLatin1(preset)) << language;
    }
    switchLanguage(before);
}

// Every label with a mnemonic ("&File:") names the field it leads to: without a buddy the & is shown as it is.
TEST(NewRegisterDialog, EveryMnemonicLeadsToItsField)
{
    const TempDir dir;
    NewRegisterDialog dialog(QString::fromStdString(dir.path().string()));
    int mnemonics = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('&'))) {
            ++mnemonics;
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        }
    EXPECT_EQ(mnemonics, 3);
}

// Issue 4, `se`: the asset register shows the register's KLASSA names beside the level.
TEST(AssetClassificationNames, TableAndTooltipShowTheRegistersNames)
{
    TempDir dir;
    auto document = demoDocument(dir, 0, 0, "se");
    Asset asset;
    asset.name = "Procapita";
    asset.confidentiality = 4;
    asset.integrity = 0;
    ASSERT_TRUE(document->addAsset(asset));
    AssetTableModel model(document.get());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, AssetTableModel::ConfidentialityColumn).data().toString(),
              QStringLiteral("4 Synnerligen allvarlig"));
    EXPECT_EQ(model.index(0, AssetTableModel::IntegrityColumn).data().toString(), QStringLiteral("0 Försumbar"));
    EXPECT_TRUE(model.index(0, AssetTableModel::AvailabilityColumn).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, AssetTableModel::ConfidentialityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("4 Synnerligen allvarlig: ")));
}

// Issue 12: the editor checks the matrix on every change with the same code as the JSON reader, so it
// stops at the 36 zones a matrix can have, and stays quick with every one of them overlapping.
TEST(MatrixEditorDialog, AddingZonesStopsAtTheLimitAndStaysQuick)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 10, "no");
    MatrixEditorDialog dialog(document.get());
    auto *add = child<QPushButton>(dialog, "addZone");
    ASSERT_TRUE(add);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50; ++i)
        add->click();
    EXPECT_LT(timer.elapsed(), 20'000);
    EXPECT_EQ(dialog.matrix().zones.size(), static_cast<std::size_t>(RiskMatrix::MaxZones));
    EXPECT_EQ(child<QTableWidget>(dialog, "zones")->rowCount(), RiskMatrix::MaxZones);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("A matrix has at most 36 zones.")))
        << dialog.message().toStdString();
    EXPECT_FALSE(saveButton(dialog)->isEnabled());
}
