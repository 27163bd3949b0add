// SPDX-License-Identifier: EUPL-1.2
// Issue 18: import accepts every word the window shows for a value, in every language, and its
// messages list the words of the reader's language. Issue 13 item 4: the import recognises the
// window's own field labels in every language ("Type informasjon", "Antall registrerte personer"),
// names Trygg's columns by those labels and says which columns of the file will be ignored.
// The files here are written with the window's own words (DomainTexts, columnLabel) in each language.
#include "UiTestSupport.h"

#include "../core/TestFiles.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "exchange/Columns.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportDialog.h"
#include "exchange/ImportMappingModel.h"
#include "exchange/Xlsx.h"
#include "model/Error.h"

#include <QTableView>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

std::string line(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out << quoted(cell);
    return out.join(QLatin1Char(';')).toStdString() + "\n";
}

QStringList labels(const std::vector<ColumnSpec> &columns, int count, const std::string &language)
{
    QStringList header;
    for (int c = 0; c < count; ++c)
        header << QString::fromStdString(columnLabel(columns, c, language));
    return header;
}

const char *presetOf(const std::string &language)
{
    return language == "da" ? "dk" : language == "sv" ? "se" : "no";
}

class ImportWords : public ::testing::TestWithParam<const char *> {};

} // namespace

TEST_P(ImportWords, AssetsWrittenWithTheWindowsLabelsAndWordsImport_Issue18)
{
    const std::string language = GetParam();
    TempDir dir;
    const std::string path = dir.file("register.trygg");
    RegisterFile file = RegisterFile::create(path, presetOf(language), "Kommune");
    const std::vector<Level> levels = file.load().info.classificationLevels;
    std::string csv;
    {
        const LanguageScope scope(QString::fromStdString(language));
        csv = line(labels(assetColumns(), assetcol::SystemResponsible, language));
        csv += line({QStringLiteral("Rutiner for tilgang"),
                     DomainTexts::assetType(AssetType::Procedure),
                     QStringLiteral("Skole"),
                     QStringLiteral("Kari"),
                     QStringLiteral("Ola"),
                     QStringLiteral("Styring"),
                     QStringLiteral("Tilganger"),
                     DomainTexts::personalData(PersonalData::None),
                     QStringLiteral("120"),
                     QStringLiteral("Lov"),
                     QStringLiteral("Leverandør"),
                     DomainTexts::yesNo(true),
                     DomainTexts::classificationLevel(levels, 3),
                     DomainTexts::classificationLevel(levels, 2),
                     DomainTexts::classificationLevel(levels, 1),
                     QStringLiteral("Intern"),
                     QStringLiteral("10 år"),
                     QStringLiteral("Logg"),
                     QStringLiteral("Sky"),
                     QStringLiteral("Merknad")});
        csv += line({QStringLiteral("Journal"),
                     DomainTexts::assetType(AssetType::ItSystem),
                     QStringLiteral("Skole"),
                     QStringLiteral("Kari"),
                     QStringLiteral("Ola"),
                     {},
                     {},
                     DomainTexts::personalData(PersonalData::Sensitive),
                     {},
                     {},
                     {},
                     DomainTexts::yesNo(false),
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {}});
    }
    // Every column is recognised by its label.
    const std::vector<int> suggested = suggestColumns(readImportFile([&] {
                                                          const std::string csvPath = dir.file("a.csv");
                                                          writeBytes(csvPath, csv);
                                                          return csvPath;
                                                      }())
                                                          .header,
                                                      assetColumns());
    for (int c = 0; c < assetcol::SystemResponsible; ++c)
        EXPECT_EQ(suggested[static_cast<std::size_t>(c)], c) << language << ": column " << c;

    importAssetsCsv(file, csv, "assets.csv");
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 2u);
    const Asset &procedure = data.assets[0].name == "Journal" ? data.assets[1] : data.assets[0];
    const Asset &journal = data.assets[0].name == "Journal" ? data.assets[0] : data.assets[1];
    EXPECT_EQ(procedure.type, AssetType::Procedure);
    EXPECT_EQ(procedure.personalData, PersonalData::None);
    EXPECT_EQ(procedure.persons, 120);
    EXPECT_TRUE(procedure.dataProcessingAgreement);
    EXPECT_EQ(procedure.confidentiality, 3);
    EXPECT_EQ(procedure.integrity, 2);
    EXPECT_EQ(procedure.availability, 1);
    EXPECT_EQ(procedure.information, "Tilganger");
    EXPECT_EQ(procedure.notes, "Merknad");
    EXPECT_EQ(journal.type, AssetType::ItSystem);
    EXPECT_EQ(journal.personalData, PersonalData::Sensitive);
    EXPECT_FALSE(journal.dataProcessingAgreement);
}

TEST_P(ImportWords, RisksWrittenWithTheWindowsLabelsAndWordsImport_Issue18)
{
    const std::string language = GetParam();
    TempDir dir;
    const std::string path = dir.file("register.trygg");
    RegisterFile file = RegisterFile::create(path, presetOf(language), "Kommune");
    const RegisterData before = file.load();
    const RiskMatrix &matrix = *RegisterData::findById(before.matrices, before.info.currentMatrixId);
    std::string csv;
    {
        const LanguageScope scope(QString::fromStdString(language));
        csv = line(labels(riskColumns(), riskcol::RiskId, language));
        // The date as the window shows it; English dates are written the file format's way (ISO).
        const QString shownDate = language == "en" ? QStringLiteral("2027-01-31") : dateText(Date{2027, 1, 31});
        for (MeasureStatus status :
             {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done, MeasureStatus::Cancelled})
            csv += line({QStringLiteral("Skole"), QStringLiteral("Vurdering 2027"), QStringLiteral("Journal"),
                         QStringLiteral("Innbrudd %1").arg(static_cast<int>(status)),
                         DomainTexts::aspects(AspectPrivacy | AspectIntegrity),
                         DomainTexts::probabilityLevel(matrix, 3), DomainTexts::consequenceLevel(matrix, 2),
                         DomainTexts::yesNo(true), DomainTexts::knowledge(Knowledge::High), QStringLiteral("Brannmur"),
                         QStringLiteral("Tofaktor %1").arg(static_cast<int>(status)), QStringLiteral("Kari"), shownDate,
                         DomainTexts::measureStatus(status), DomainTexts::probabilityLevel(matrix, 2),
                         DomainTexts::consequenceLevel(matrix, 1)});
        csv += line({QStringLiteral("Skole"),
                     QStringLiteral("Vurdering 2027"),
                     QStringLiteral("Journal"),
                     QStringLiteral("Feil"),
                     DomainTexts::aspect(AspectAvailability),
                     DomainTexts::probabilityLevel(matrix, 1),
                     DomainTexts::consequenceLevel(matrix, 1),
                     DomainTexts::yesNo(false),
                     DomainTexts::knowledge(Knowledge::Low),
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {}});
    }
    importRisksCsv(file, csv, "risks.csv");
    const RegisterData data = file.load();
    ASSERT_EQ(data.risks.size(), 5u);
    ASSERT_EQ(data.measures.size(), 4u);
    const Risk &first = data.risks[0];
    EXPECT_EQ(first.aspects, AspectPrivacy | AspectIntegrity);
    EXPECT_EQ(first.probability, 3);
    EXPECT_EQ(first.consequence, 2);
    EXPECT_TRUE(first.manyAffected);
    EXPECT_EQ(first.knowledge, Knowledge::High);
    EXPECT_EQ(first.existingMeasures, "Brannmur");
    EXPECT_EQ(first.residualProbability, 2);
    EXPECT_EQ(first.residualConsequence, 1);
    EXPECT_EQ(data.risks[4].knowledge, Knowledge::Low);
    EXPECT_EQ(data.risks[4].aspects, static_cast<unsigned>(AspectAvailability));
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(data.measures[i].status, static_cast<MeasureStatus>(i)) << language;
        EXPECT_EQ(data.measures[i].deadline, (Date{2027, 1, 31})) << language;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryLanguage, ImportWords, ::testing::Values("da", "nb", "sv", "en"));

// Issue 18: the message names the words of the reader's language, not the English tokens.
TEST(ImportWordsMessages, AWrongValueIsAnsweredWithTheReadersWords_Issue18)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("r.trygg"), "se", "Kommun");
    ASSERT_TRUE(switchLanguage(QStringLiteral("sv")));
    QString message;
    try {
        importAssetsCsv(file, "Namn;Typ\nLönesystem;Teleporter\n", "tillgångar.csv");
    } catch (const InputError &error) {
        message = errorText(error);
    }
    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    EXPECT_TRUE(message.contains(QStringLiteral("Teleporter"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("IT-system, Databas, Register"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("it system, database"))) << message.toStdString();
}

// Issue 13 item 4: a file with the Norwegian window's labels, and one column Trygg has no field for.
TEST(ImportPreview, NorwegianLabelsMapEveryColumnAndTheRestIsNamedBeforeImport)
{
    TempDir dir;
    auto document = demoDocument(dir, 3, 3);
    const std::string path = dir.file("aktiva.csv");
    writeBytes(path, "Navn;Type;Enhet;Eier;Stedfortreder;Formål;Type informasjon;Personopplysninger;"
                     "Antall registrerte personer;Hjemmel;Driftsoperatør eller leverandør;"
                     "Databehandleravtale med driftsoperatøren;Konfidensialitet;Integritet;Tilgjengelighet;"
                     "Dokumentklassifisering;Vedtak om arkivering og sletting;Sikringstiltak;Lagring og kommunikasjon;"
                     "Merknader;Løpenummer\n"
                     "Sak og arkiv;IT-system;Skole;Kari;Ola;Saksbehandling;Saker;Vanlige;5000;Arkivloven;Leverandør AS;"
                     "Ja;3;2;2;Intern;Bevares;Logg;Sky;Notat;17\n");
    ImportDialog dialog(document.get(), QString::fromStdString(path), readImportFile(path));
    dialog.waitForCheck();
    const std::vector<int> choices = dialog.columnFor();
    ASSERT_EQ(choices.size(), 21u);
    for (int c = 0; c < 20; ++c)
        EXPECT_EQ(choices[static_cast<std::size_t>(c)], c) << "column " << c;
    EXPECT_EQ(choices[20], -1);
    EXPECT_TRUE(dialog.ignoredNote().contains(QStringLiteral("Løpenummer"))) << dialog.ignoredNote().toStdString();
    EXPECT_TRUE(dialog.canImport()) << dialog.status().toStdString();

    // Trygg's columns are named by the window's labels, not the file format's names.
    const auto *mapping = qobject_cast<ImportMappingModel *>(dialog.mappingView()->model());
    ASSERT_NE(mapping, nullptr);
    QStringList names;
    for (const auto &option : mapping->options())
        names << option.second;
    EXPECT_TRUE(names.contains(QStringLiteral("Legal basis"))) << names.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Data processing agreement with the operator")));
    EXPECT_FALSE(names.contains(QStringLiteral("legal_basis")));
    EXPECT_FALSE(names.contains(QStringLiteral("dpa")));
    EXPECT_EQ(mapping->data(mapping->index(10, ImportMappingModel::ImportedAs)).toString(),
              QStringLiteral("Operator or supplier"));

    ASSERT_TRUE(dialog.runImport());
    const Asset *asset = nullptr;
    for (const Asset &a : document->data().assets)
        if (a.name == "Sak og arkiv")
            asset = &a;
    ASSERT_NE(asset, nullptr);
    EXPECT_EQ(asset->information, "Saker");
    EXPECT_EQ(asset->persons, 5000);
    EXPECT_EQ(asset->legalBasis, "Arkivloven");
    EXPECT_TRUE(asset->dataProcessingAgreement);
    EXPECT_EQ(asset->archiving, "Bevares");
}
