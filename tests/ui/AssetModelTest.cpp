// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "assets/AssetEditorDialog.h"
#include "assets/AssetFilterModel.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"

#include "check/RegisterCheck.h"
#include "common/DomainTexts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTabWidget>
#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace trygg;
using namespace trygg::ui;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

std::set<Id> shownIds(const AssetFilterModel &filter)
{
    std::set<Id> ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.insert(*filter.assetIdAt(filter.index(row, 0)));
    return ids;
}

template <typename Predicate> std::set<Id> assetIds(const RegisterData &data, Predicate keep)
{
    std::set<Id> ids;
    for (const Asset &asset : data.assets)
        if (keep(asset))
            ids.insert(asset.id);
    return ids;
}

bool isSystem(AssetType type)
{
    return type == AssetType::ItSystem || type == AssetType::Application || type == AssetType::Database;
}

std::string saveDirectory()
{
    return qEnvironmentVariable("TRYGG_SCREENSHOT_DIR").toStdString();
}

class AssetModelTest : public ::testing::Test {
protected:
    void SetUp() override { m_document = demoDocument(m_dir, 40, 40); }
    const RegisterData &data() const { return m_document->data(); }

    TempDir m_dir;
    std::unique_ptr<RegisterDocument> m_document;
};

} // namespace

TEST_F(AssetModelTest, ModelsPassTheItemModelTesterThroughFiltersAndEdits)
{
    AssetTableModel model(m_document.get());
    AssetFilterModel filter(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester filterTester(&filter, Fatal);
    ASSERT_EQ(model.rowCount(), static_cast<int>(data().assets.size()));
    ASSERT_EQ(model.columnCount(), int(AssetTableModel::ColumnCount));
    EXPECT_EQ(model.index(0, AssetTableModel::NameColumn).data().toString(), toQString(data().assets[0].name));

    filter.sort(AssetTableModel::PersonsColumn, Qt::DescendingOrder);
    filter.setTextFilter(QStringLiteral("e"));
    filter.setOnlyWithWarnings(true);
    filter.setOnlyWithWarnings(false);
    filter.setTextFilter(QString());
    ASSERT_TRUE(filter.setData(filter.index(0, AssetTableModel::NameColumn), QStringLiteral("Nytt navn")));
    Asset added;
    added.name = "Sak- og arkivsystem test";
    ASSERT_TRUE(m_document->addAsset(added));
    EXPECT_EQ(model.rowCount(), static_cast<int>(data().assets.size()));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), static_cast<int>(data().assets.size()));
}

TEST_F(AssetModelTest, FiltersByUnitTextPersonalDataAndWarnings)
{
    AssetTableModel model(m_document.get());
    AssetFilterModel filter(&model);
    EXPECT_EQ(filter.rowCount(), static_cast<int>(data().assets.size()));

    const Id unitId = *data().assets[3].unitId;
    filter.setUnitFilter(unitId);
    const auto inUnit = assetIds(data(), [&](const Asset &a) { return a.unitId == unitId; });
    EXPECT_FALSE(inUnit.empty());
    EXPECT_LT(inUnit.size(), data().assets.size());
    EXPECT_EQ(shownIds(filter), inUnit);
    filter.setUnitFilter(std::nullopt);

    // Upper-case Ø finds the lower-case ø of "avløp", "Personopplysningsloven" ... in any text field.
    filter.setTextFilter(QStringLiteral(" Ø "));
    const auto withO = assetIds(data(), [](const Asset &a) {
        for (const std::string *field : {&a.name, &a.purpose, &a.information, &a.operatorName, &a.notes})
            if (field->find("ø") != std::string::npos || field->find("Ø") != std::string::npos)
                return true;
        return false;
    });
    EXPECT_FALSE(withO.empty());
    EXPECT_LT(withO.size(), data().assets.size());
    EXPECT_EQ(shownIds(filter), withO);
    filter.setTextFilter(QString());

    filter.setPersonalDataFilter(PersonalData::Sensitive);
    const auto sensitive = assetIds(data(), [](const Asset &a) { return a.personalData == PersonalData::Sensitive; });
    EXPECT_FALSE(sensitive.empty());
    EXPECT_EQ(shownIds(filter), sensitive);
    filter.setPersonalDataFilter(std::nullopt);

    filter.setOnlyWithWarnings(true);
    const auto withWarnings = assetIds(data(), [&](const Asset &a) {
        const Person *owner = RegisterData::findById(data().people, a.ownerId);
        return !a.ownerId || (isSystem(a.type) && !a.deputyId) || (a.ownerId && a.ownerId == a.deputyId) ||
               (owner && isSystem(a.type) && (owner->securityLeader || owner->itResponsible));
    });
    EXPECT_FALSE(withWarnings.empty());
    EXPECT_LT(withWarnings.size(), data().assets.size());
    EXPECT_EQ(shownIds(filter), withWarnings);
    EXPECT_EQ(filter.rowsWithWarnings(), filter.rowCount());

    // The model's "no owner" warnings are the register check's, asset for asset.
    int coreNoOwner = 0;
    for (const CheckFinding &finding : checkRegisterData(data()))
        if (finding.message.english().find("has no owner") != std::string::npos)
            ++coreNoOwner;
    const QString noOwner = AssetTableModel::tr("No owner");
    int modelNoOwner = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &warnings = model.warningsAt(row);
        modelNoOwner += static_cast<int>(std::count(warnings.begin(), warnings.end(), noOwner));
    }
    EXPECT_GT(coreNoOwner, 0);
    EXPECT_EQ(modelNoOwner, coreNoOwner);
}

TEST_F(AssetModelTest, RenamingWritesTheFileAndUndoRestoresIt)
{
    AssetTableModel model(m_document.get());
    AssetFilterModel filter(&model);
    filter.sort(AssetTableModel::NameColumn);
    const QModelIndex index = filter.index(2, AssetTableModel::NameColumn);
    const Id id = *filter.assetIdAt(index);
    const std::string before = RegisterData::findById(data().assets, id)->name;
    EXPECT_TRUE(filter.flags(index) & Qt::ItemIsEditable);
    EXPECT_FALSE(filter.flags(filter.index(2, AssetTableModel::OwnerColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(filter.setData(index, QStringLiteral("   "))) << "an empty name is refused";

    ASSERT_TRUE(filter.setData(index, QStringLiteral("Journalsystem for helsestasjon, Bjørnøya")));
    auto stored = [&] {
        RegisterData reread =
            RegisterFile::open(m_document->path().toStdString(), RegisterFile::Access::ReadOnly).load();
        return RegisterData::findById(reread.assets, id)->name;
    };
    EXPECT_EQ(stored(), "Journalsystem for helsestasjon, Bjørnøya");
    EXPECT_EQ(model.index(model.rowOf(id), AssetTableModel::NameColumn).data().toString(),
              QStringLiteral("Journalsystem for helsestasjon, Bjørnøya"));
    EXPECT_TRUE(m_document->undoStack()->undoText().contains(QStringLiteral("Bjørnøya")));

    m_document->undoStack()->undo();
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(model.index(model.rowOf(id), AssetTableModel::NameColumn).data().toString(), toQString(before));
}

TEST_F(AssetModelTest, WarnsAboutMissingOwnerDeputyAndSeparationOfDuties)
{
    AssetTableModel model(m_document.get());
    Asset system;
    system.name = "Velferdsteknologi-plattform";
    system.type = AssetType::ItSystem;
    const Id id = *m_document->addAsset(system);
    const int row = model.rowOf(id);
    ASSERT_GE(row, 0);
    ASSERT_EQ(model.warningsAt(row).size(), 2u);
    // Issue 13: the rules in words, without the seed documents' numbers.
    EXPECT_EQ(model.warningsAt(row)[0], AssetTableModel::tr("No owner"));
    EXPECT_EQ(model.warningsAt(row)[1], AssetTableModel::tr("No deputy for the system owner"));
    EXPECT_EQ(model.index(row, 0).data(AssetTableModel::WarningCountRole).toInt(), 2);
    EXPECT_FALSE(model.index(row, AssetTableModel::NameColumn).data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(model.index(row, AssetTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(AssetTableModel::tr("No deputy for the system owner")));
    EXPECT_FALSE(model.index(row, AssetTableModel::WarningsColumn).data().toString().isEmpty());

    // A paper archive needs an owner but no deputy.
    Asset archive = *RegisterData::findById(data().assets, id);
    archive.type = AssetType::PaperArchive;
    ASSERT_TRUE(m_document->editAsset(archive));
    ASSERT_EQ(model.warningsAt(row).size(), 1u);

    // The IT security leader as owner and deputy of a system: 002 §20, and owner = deputy.
    Person leader;
    leader.name = "Øystein Åsheim";
    leader.securityLeader = true;
    const Id leaderId = *m_document->addPerson(leader);
    Asset owned = *RegisterData::findById(data().assets, id);
    owned.type = AssetType::Database;
    owned.ownerId = leaderId;
    owned.deputyId = leaderId;
    ASSERT_TRUE(m_document->editAsset(owned));
    ASSERT_EQ(model.warningsAt(row).size(), 2u);
    EXPECT_TRUE(model.warningsAt(row)[1].contains(QStringLiteral("separation of duties")));
    EXPECT_TRUE(model.warningsAt(row)[1].contains(QStringLiteral("Øystein Åsheim")));

    // Fixing the person (not the asset) clears the §20 warning in the table.
    Person notLeader = *RegisterData::findById(data().people, leaderId);
    notLeader.securityLeader = false;
    ASSERT_TRUE(m_document->editPerson(notLeader));
    ASSERT_EQ(model.warningsAt(row).size(), 1u);
    EXPECT_EQ(model.index(row, AssetTableModel::OwnerColumn).data().toString(), QStringLiteral("Øystein Åsheim"));
}

TEST_F(AssetModelTest, SortsPersonsAsNumbersWithEmptyCellsLast)
{
    AssetTableModel model(m_document.get());
    AssetFilterModel filter(&model);
    for (long long persons : {9LL, 100LL, 10LL}) {
        Asset asset;
        asset.name = "Sorteringstest " + std::to_string(persons);
        asset.persons = persons;
        ASSERT_TRUE(m_document->addAsset(asset));
    }
    Asset unknown;
    unknown.name = "Sorteringstest ukjent";
    ASSERT_TRUE(m_document->addAsset(unknown));

    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        filter.sort(AssetTableModel::PersonsColumn, order);
        std::vector<long long> numbers;
        std::vector<QString> testNames;
        int firstEmpty = -1;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QVariant key = filter.index(row, AssetTableModel::PersonsColumn).data(AssetTableModel::SortRole);
            if (!key.isValid()) {
                if (firstEmpty < 0)
                    firstEmpty = row;
                continue;
            }
            EXPECT_LT(firstEmpty, 0) << "a number after an empty cell at row " << row;
            numbers.push_back(key.toLongLong());
            const QString name = filter.index(row, AssetTableModel::NameColumn).data().toString();
            if (name.startsWith(QStringLiteral("Sorteringstest")))
                testNames.push_back(name);
        }
        EXPECT_GT(firstEmpty, 0);
        if (order == Qt::AscendingOrder) {
            EXPECT_TRUE(std::is_sorted(numbers.begin(), numbers.end()));
            EXPECT_EQ(testNames,
                      (std::vector<QString>{QStringLiteral("Sorteringstest 9"), QStringLiteral("Sorteringstest 10"),
                                            QStringLiteral("Sorteringstest 100")}));
        } else {
            EXPECT_TRUE(std::is_sorted(numbers.rbegin(), numbers.rend()));
            EXPECT_EQ(testNames.front(), QStringLiteral("Sorteringstest 100"));
        }
    }
}

TEST_F(AssetModelTest, EditorAddsAnAssetWithANewOwnerAndShowsLiveWarnings)
{
    AssetEditorDialog dialog(m_document.get(), std::nullopt);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    auto *owner = dialog.findChild<QComboBox *>(QStringLiteral("owner"));
    auto *persons = dialog.findChild<QLineEdit *>(QStringLiteral("persons"));
    auto *confidentiality = dialog.findChild<QComboBox *>(QStringLiteral("confidentiality"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(name && type && owner && persons && confidentiality && ok);

    EXPECT_FALSE(ok->isEnabled()) << "OK stays disabled while the name is empty";
    name->setText(QStringLiteral("Skjermet oppvekstsystem"));
    EXPECT_TRUE(ok->isEnabled());
    type->setCurrentIndex(type->findData(static_cast<int>(AssetType::Application)));
    EXPECT_EQ(dialog.warnings().size(), 2u) << "no owner, no deputy";
    owner->setEditText(QStringLiteral("Åse Ødegård"));
    ASSERT_EQ(dialog.warnings().size(), 1u);
    EXPECT_TRUE(dialog.warnings()[0].contains(QStringLiteral("No deputy for the system owner")));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("warnings"))
                    ->text()
                    .contains(QStringLiteral("No deputy for the system owner")));
    persons->setText(QStringLiteral("12000"));
    confidentiality->setCurrentIndex(confidentiality->findData(3));

    const auto peopleBefore = data().people.size();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.assetId());
    const Asset *stored = RegisterData::findById(data().assets, *dialog.assetId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, "Skjermet oppvekstsystem");
    EXPECT_EQ(stored->type, AssetType::Application);
    EXPECT_EQ(stored->persons, 12000);
    EXPECT_EQ(stored->confidentiality, 3);
    EXPECT_FALSE(stored->integrity.has_value());
    EXPECT_EQ(data().people.size(), peopleBefore + 1);
    EXPECT_EQ(data().personName(stored->ownerId), "Åse Ødegård");
    EXPECT_FALSE(stored->deputyId.has_value());
}

TEST_F(AssetModelTest, EditorKeepsEveryFieldAndStaysOpenWhenTheDocumentRefuses)
{
    const Asset original = data().assets[5];
    {
        AssetEditorDialog dialog(m_document.get(), original.id);
        EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), toQString(original.name));
        const Asset form = dialog.formAsset();
        EXPECT_EQ(form.unitId, original.unitId);
        EXPECT_EQ(form.ownerId, original.ownerId);
        EXPECT_EQ(form.deputyId, original.deputyId);
        EXPECT_EQ(form.purpose, original.purpose);
        EXPECT_EQ(form.persons, original.persons);
        EXPECT_EQ(form.confidentiality, original.confidentiality);
        EXPECT_EQ(form.classification, original.classification);
        EXPECT_EQ(form.safeguards, original.safeguards);
        const int undoCount = m_document->undoStack()->count();
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(m_document->undoStack()->count(), undoCount) << "an unchanged asset makes no undo step";
    }
    // Another asset of the same unit with the same name: the core refuses, the dialog says why.
    Asset twin;
    twin.name = "Tvilling";
    twin.unitId = original.unitId;
    ASSERT_TRUE(m_document->addAsset(twin));
    AssetEditorDialog dialog(m_document.get(), original.id);
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Tvilling"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("Tvilling"))) << error->text().toStdString();
    EXPECT_EQ(RegisterData::findById(data().assets, original.id)->name, original.name);
}

TEST_F(AssetModelTest, EditorCreatesAUnitFromTheUnitList)
{
    AssetEditorDialog dialog(m_document.get(), std::nullopt);
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unit"));
    QTimer::singleShot(0, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(input);
        input->setTextValue(QStringLiteral("Barnevernstjenesten i Målselv"));
        input->accept();
    });
    unit->setCurrentIndex(unit->count() - 1); // "New unit..."
    const OrgUnit *created = data().unitByName("Barnevernstjenesten i Målselv");
    ASSERT_TRUE(created);
    EXPECT_EQ(unit->currentText(), QStringLiteral("Barnevernstjenesten i Målselv"));
    EXPECT_EQ(dialog.formAsset().unitId, created->id);
}

TEST_F(AssetModelTest, ViewFiltersCountsAndShowsItself)
{
    AssetsView view(m_document.get());
    view.resize(1100, 650);
    view.show();
    const int total = static_cast<int>(data().assets.size());
    const int warned = static_cast<int>(view.filterModel()->rowsWithWarnings());
    EXPECT_EQ(view.statusText(), QStringLiteral("%1 of %2 assets; %3 with warnings").arg(total).arg(total).arg(warned));

    view.showOnlyWarnings(true);
    EXPECT_EQ(view.filterModel()->rowCount(), warned);
    EXPECT_TRUE(view.findChild<QCheckBox *>(QStringLiteral("onlyWarnings"))->isChecked());
    view.showOnlyWarnings(false);

    const Id unitId = *data().assets[0].unitId;
    view.showUnit(unitId);
    EXPECT_EQ(view.filterModel()->unitFilter(), unitId);
    EXPECT_EQ(view.findChild<QComboBox *>(QStringLiteral("unitFilter"))->currentText(),
              toQString(data().unitName(unitId)));
    view.showUnit(std::nullopt);
    EXPECT_EQ(view.filterModel()->rowCount(), total);

    view.selectAsset(data().assets[7].id);
    EXPECT_EQ(view.selectedAssetId(), data().assets[7].id);
    EXPECT_TRUE(view.editAction()->isEnabled());
    EXPECT_TRUE(view.deleteAction()->isEnabled());

    // Deleting asks first, then removes through the document.
    QTimer::singleShot(0, [] {
        QWidget *box = QApplication::activeModalWidget();
        ASSERT_TRUE(box);
        for (QPushButton *button : box->findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("Yes")))
                button->click();
    });
    view.deleteSelected();
    EXPECT_EQ(view.filterModel()->rowCount(), total - 1);
    EXPECT_FALSE(view.deleteAction()->isEnabled()) << "nothing is selected after the delete";

    view.selectAsset(data().assets[1].id);
    const QImage shot = view.grab().toImage();
    EXPECT_EQ(shot.width(), 1100);
    if (const std::string dir = saveDirectory(); !dir.empty()) {
        shot.save(QString::fromStdString(dir + "/assets-view.png"));
        AssetEditorDialog dialog(m_document.get(), data().assets[1].id, &view);
        dialog.show();
        dialog.grab().save(QString::fromStdString(dir + "/asset-editor.png"));
        auto *tabs = dialog.findChild<QTabWidget *>();
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            dialog.grab().save(QString::fromStdString(dir + "/asset-editor-" + std::to_string(tab) + ".png"));
        }
    }
}

TEST_F(AssetModelTest, ReadOnlyRegisterOffersNoEdits)
{
    const QString path = m_document->path();
    m_document.reset();
    auto document = RegisterDocument::open(path, true);
    AssetTableModel model(document.get());
    EXPECT_FALSE(model.flags(model.index(0, AssetTableModel::NameColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(model.index(0, AssetTableModel::NameColumn), QStringLiteral("Annet navn")));
    AssetsView view(document.get());
    EXPECT_FALSE(view.newAssetAction()->isEnabled());
    view.selectAsset(document->data().assets[0].id);
    EXPECT_TRUE(view.editAction()->isEnabled()) << "the editor still shows every field";
    EXPECT_FALSE(view.deleteAction()->isEnabled());
    AssetEditorDialog dialog(document.get(), document->data().assets[0].id);
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

// Issue 18: the document classification words are the register's country's. A Norwegian register
// offers ÅPEN ... UNNTATT OFFENTLIGHET and none of the Danish or Swedish words, and its column's tool tip
// gives Norwegian examples whatever the window's language.
TEST_F(AssetModelTest, ClassificationWordsAreThoseOfTheRegistersCountry)
{
    ASSERT_EQ(data().info.language, "nb");
    AssetEditorDialog dialog(m_document.get(), std::nullopt);
    auto *classification = dialog.findChild<QComboBox *>(QStringLiteral("classification"));
    ASSERT_TRUE(classification);
    QStringList offered;
    for (int i = 0; i < classification->count(); ++i)
        offered << classification->itemText(i);
    EXPECT_TRUE(offered.contains(QStringLiteral("UNNTATT OFFENTLIGHET"))) << offered.join(u'|').toStdString();
    for (const QString &foreign : {QStringLiteral("Offentlig"), QStringLiteral("Fortroligt"), QStringLiteral("Öppen"),
                                   QStringLiteral("Sekretess")})
        EXPECT_FALSE(offered.contains(foreign)) << foreign.toStdString();

    AssetTableModel model(m_document.get());
    const QString tip = model.headerData(AssetTableModel::ClassificationColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("ÅPEN"))) << tip.toStdString();
    for (const std::string language : {"da", "sv", "en"}) {
        const QStringList words = AssetTableModel::classificationWords(language);
        ASSERT_GE(words.size(), 2);
        for (const QString &word : words)
            EXPECT_FALSE(AssetTableModel::classificationWords("nb").contains(word)) << language;
    }
    EXPECT_TRUE(AssetTableModel::classificationWords("sv").contains(QStringLiteral("Sekretess")));
    EXPECT_TRUE(AssetTableModel::classificationWords("da").contains(QStringLiteral("Fortroligt")));
}

// Issue 13 item 7: the warning banner keeps its place while warnings come and go: no field moves under the
// pointer while typing.
TEST_F(AssetModelTest, FieldsStayInPlaceWhileWarningsComeAndGo)
{
    AssetEditorDialog dialog(m_document.get(), std::nullopt);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    auto *owner = dialog.findChild<QComboBox *>(QStringLiteral("owner"));
    ASSERT_TRUE(name && type && owner);
    auto positions = [&] {
        QApplication::processEvents();
        return std::vector<QPoint>{name->mapTo(&dialog, QPoint()), type->mapTo(&dialog, QPoint()),
                                   owner->mapTo(&dialog, QPoint())};
    };
    name->setText(QStringLiteral("Skjermet oppvekstsystem"));
    type->setCurrentIndex(type->findData(static_cast<int>(AssetType::Application)));
    ASSERT_EQ(dialog.warnings().size(), 2u);
    const std::vector<QPoint> withTwo = positions();
    owner->setEditText(QStringLiteral("Åse Ødegård"));
    ASSERT_EQ(dialog.warnings().size(), 1u);
    EXPECT_EQ(positions(), withTwo);
    type->setCurrentIndex(type->findData(static_cast<int>(AssetType::Contract)));
    owner->setEditText(QStringLiteral("Åse Ødegård"));
    EXPECT_EQ(positions(), withTwo);
}

// Issue 13 item 3: the asset table's columns fit the page of a 1600x1000 window, the warnings in view (C, I
// and A give way to the level's number, the name in the tooltip); on a 1024-pixel window no unit, owner or
// deputy is cut: what does not fit scrolls.
TEST(AssetsViewColumns, FitA1600WindowAndCutNoNameAt1024_Issue13)
{
    TempDir dir;
    auto document = demoDocument(dir, 20, 20);
    for (const int width : {1440, 840}) { // the page's width in a 1600 and a 1024 window
        AssetsView view(document.get());
        view.resize(width, 800);
        view.show();
        QCoreApplication::processEvents();
        QTableView *table = view.table();
        QHeaderView *header = table->horizontalHeader();
        const int right = header->sectionViewportPosition(AssetTableModel::WarningsColumn) +
                          header->sectionSize(AssetTableModel::WarningsColumn);
        if (width > 1000) {
            EXPECT_LE(right, table->viewport()->width()) << "the warnings in view";
        }
        for (int column : {AssetTableModel::NameColumn, AssetTableModel::UnitColumn, AssetTableModel::OwnerColumn,
                           AssetTableModel::DeputyColumn, AssetTableModel::WarningsColumn})
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString text = table->model()->index(row, column).data().toString();
                if (column == AssetTableModel::WarningsColumn && width < 1000)
                    continue; // narrowed to its title; the tooltip of the name holds them
                EXPECT_LE(table->fontMetrics().horizontalAdvance(text), header->sectionSize(column) - 6)
                    << width << " column " << column << ": " << text.toStdString();
            }
    }
}
