// SPDX-License-Identifier: EUPL-1.2
// Importing beyond the CSV contract (issue 7): skipping bad rows, dry runs, chosen column mappings, and
// seeding the asset register from a KITOS export.
#include "XlsxFixture.h"

namespace {
// A suite of its own: a fixture class from an unnamed namespace is another class in each file.
class XlsxImportTest : public XlsxExchangeTest {};
} // namespace

// --- Skipping bad rows, dry runs, chosen mappings -------------------------------------------------

TEST_F(XlsxImportTest, BadRowsStopTheImportUnlessSkippingIsChosen)
{
    const std::string csv = "name;type;unit;personal_data\n"
                            "Gerica;it system;Helse;sensitive\n"
                            "Visma;teleporter;Økonomi;none\n"
                            "Profil;it system;Helse;maybe\n"
                            "Arkiv;paper archive;Skole;none\n";
    const CsvTable table = parseCsv(csv, "a.csv");
    const std::string message = messageOf([&] { importTable(file, ImportKind::Assets, table, "a.csv"); });
    EXPECT_NE(message.find("a.csv: row 3, column 'type'"), std::string::npos) << message;
    EXPECT_TRUE(file.load().assets.empty());

    // A dry run lists the problems and writes nothing.
    ImportOptions dry;
    dry.dryRun = true;
    const ImportSummary preview = importTable(file, ImportKind::Assets, table, "a.csv", dry);
    EXPECT_EQ(preview.created, 2);
    EXPECT_EQ(preview.skippedRows, (std::vector<int>{3, 4}));
    ASSERT_EQ(preview.problems.size(), 2u);
    EXPECT_EQ(preview.problems[0].row, 3);
    EXPECT_EQ(preview.problems[0].column, "type");
    EXPECT_EQ(preview.problems[1].column, "personal_data");
    EXPECT_TRUE(file.load().assets.empty());
    EXPECT_TRUE(file.load().units.empty());
    auto imports = [&] {
        int count = 0;
        for (const AuditEntry &entry : file.history())
            count += entry.action == "import";
        return count;
    };
    EXPECT_EQ(imports(), 0);

    ImportOptions skip;
    skip.skipInvalidRows = true;
    const ImportSummary summary = importTable(file, ImportKind::Assets, table, "a.csv", skip);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.skippedRows, (std::vector<int>{3, 4}));
    EXPECT_EQ(summary.createdUnits, (std::vector<std::string>{"Helse", "Skole"}));
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 2u);
    EXPECT_EQ(data.assets[0].name, "Gerica");
    EXPECT_EQ(data.assets[1].name, "Arkiv");
    EXPECT_EQ(data.units.size(), 2u); // not Økonomi, whose only row was skipped
    EXPECT_EQ(imports(), 1);
    EXPECT_NE(describeImport(summary, ImportKind::Assets).english().find("skipped rows with problems: 3, 4"),
              std::string::npos);
}

TEST_F(XlsxImportTest, AChosenMappingOverridesTheHeaderNames)
{
    const CsvTable table = parseCsv("System;Kind;Comment;Owner\nGerica;it system;x;Kari\n", "a.csv");
    EXPECT_EQ(suggestColumns(table.header, assetColumns()),
              (std::vector<int>{assetcol::Name, -1, -1, assetcol::Owner}));
    ImportOptions options;
    options.columnFor = std::vector<int>{assetcol::Name, assetcol::Type, assetcol::Notes, -1};
    const ImportSummary summary = importTable(file, ImportKind::Assets, table, "a.csv", options);
    EXPECT_EQ(summary.ignoredColumns, std::vector<std::string>{"Owner"});
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 1u);
    EXPECT_EQ(data.assets[0].notes, "x");
    EXPECT_FALSE(data.assets[0].ownerId);

    options.columnFor = std::vector<int>{assetcol::Name, assetcol::Type, assetcol::Name, -1};
    EXPECT_NE(messageOf([&] {
                  importTable(file, ImportKind::Assets, table, "a.csv", options);
              }).find("a.csv: row 1: the columns 'System' and 'Comment' both mean 'name'"),
              std::string::npos);
    options.columnFor = std::vector<int>{assetcol::Name, -1, -1, -1};
    EXPECT_NE(messageOf([&] {
                  importTable(file, ImportKind::Assets, table, "a.csv", options);
              }).find("a.csv: row 1: the required column 'type' is missing"),
              std::string::npos);
}

// --- KITOS ---------------------------------------------------------------------------------------

// The columns of an OS2 KITOS "IT Systemer Overblik" export (names from the KITOS front end's grid:
// "IT System", "Ansv. organisationsenhed", role columns, "Databehandleraftale er indgået",
// "Foretaget risikovurdering", "Dato for seneste risikovurdering" ...), written as a workbook.
TEST_F(XlsxImportTest, SeedsTheAssetRegisterFromAKitosExport)
{
    ExportTable kitos;
    kitos.title = "IT Systemer";
    kitos.header = {"Lokal System ID",
                    "IT System",
                    "Ansv. organisationsenhed",
                    "Forretningstype",
                    "Systemejer",
                    "Systemansvarlig",
                    "Leverandør",
                    "DataType",
                    "Systemets overordnede formål",
                    "Databehandleraftale er indgået",
                    "Foretaget risikovurdering",
                    "Dato for seneste risikovurdering",
                    "Dato for planlagt risikovurdering",
                    "Hvad viste seneste risikovurdering",
                    "Note"};
    kitos.kinds.assign(kitos.header.size(), ExportTable::Cell::Text);
    kitos.rows = {
        {"17", "KMD Sag", "Borgerservice", "ESDH", "Jens Hansen, Mette Berg", "Ole Lund", "KMD A/S",
         "Almindelige personoplysninger, Følsomme personoplysninger", "Sagsbehandling", "Ja", "Ja", "2025-03-01",
         "2026-03-01", "Middel", "Kritisk"},
        {"", "Aula", "Skole og dagtilbud", "", "Anne Dahl", "", "Netcompany", "Ingen personoplysninger", "",
         "Irrelevant", "Nej", "", "", "", ""},
    };
    const std::string path = dir.file("kitos.xlsx");
    writeXlsx(kitos, path);
    EXPECT_TRUE(isKitosExport(kitos.header));

    const ImportSummary summary = import(ImportKind::Assets, path, file);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.createdUnits, (std::vector<std::string>{"Borgerservice", "Skole og dagtilbud"}));
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 2u);
    const Asset &sag = data.assets[0];
    EXPECT_EQ(sag.name, "KMD Sag");
    EXPECT_EQ(sag.type, AssetType::ItSystem);
    EXPECT_EQ(data.unitName(sag.unitId), "Borgerservice");
    EXPECT_EQ(data.personName(sag.ownerId), "Jens Hansen");
    EXPECT_EQ(sag.operatorName, "KMD A/S");
    EXPECT_EQ(sag.personalData, PersonalData::Sensitive);
    EXPECT_EQ(sag.purpose, "Sagsbehandling");
    EXPECT_TRUE(sag.dataProcessingAgreement);
    EXPECT_EQ(sag.notes, "Kritisk\nSystemansvarlig: Ole Lund\nForetaget risikovurdering (KITOS): Ja\n"
                         "Dato for seneste risikovurdering (KITOS): 2025-03-01\n"
                         "Dato for planlagt risikovurdering (KITOS): 2026-03-01\n"
                         "Hvad viste seneste risikovurdering (KITOS): Middel");
    const Asset &aula = data.assets[1];
    EXPECT_EQ(aula.personalData, PersonalData::None);
    EXPECT_FALSE(aula.dataProcessingAgreement);
    EXPECT_EQ(aula.notes, "Foretaget risikovurdering (KITOS): Nej");

    // The export from KITOS again matches the same assets; it changes nothing of them (issue 19).
    const ImportSummary again = import(ImportKind::Assets, path, file);
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(file.load().assets.size(), 2u);
    EXPECT_EQ(file.load().assets[0].notes, sag.notes);

    // Without the KITOS columns a file still needs its type column.
    EXPECT_NE(messageOf([&] {
                  importAssetsCsv(file, "Systemnavn;Enhed\nX;Y\n", "a.csv");
              }).find("the required column 'type' is missing"),
              std::string::npos);
}

// Spreadsheets exported from other systems often put a title above the table: the header is found below
// it, and messages name the sheet's own rows.
TEST_F(XlsxImportTest, ATitleAboveTheTableIsSkipped)
{
    const auto cell = [](const char *ref, const char *text) {
        return std::string("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    };
    const std::string path = dir.file("overblik.xlsx");
    writeZip(path, handMadeWorkbook(sheetXml(
                       "<row r=\"1\">" + cell("A1", "IT Systemer Overblik") + "</row>" + "<row r=\"2\">" +
                       cell("A2", "Eksporteret 2026-11-02") + "</row>" + "<row r=\"4\">" + cell("A4", "IT System") +
                       cell("B4", "Ansv. organisationsenhed") + cell("C4", "Systemejer") + "</row>" + "<row r=\"5\">" +
                       cell("A5", "KMD Sag") + cell("B5", "Borgerservice") + cell("C5", "Jens Hansen") + "</row>")));
    const CsvTable table = readXlsx(path);
    EXPECT_EQ(table.headerRow, 4);
    EXPECT_EQ(table.header, (std::vector<std::string>{"IT System", "Ansv. organisationsenhed", "Systemejer"}));
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].row, 5);
    EXPECT_EQ(import(ImportKind::Assets, path, file).created, 1);
    EXPECT_EQ(file.load().assets[0].name, "KMD Sag");

    // Not a KITOS export: the type column is missing, and the message names the header's row.
    const std::string other = dir.file("andet.xlsx");
    writeZip(other, handMadeWorkbook(sheetXml("<row r=\"1\">" + cell("A1", "Systemer") + "</row>" + "<row r=\"2\">" +
                                              cell("A2", "navn") + cell("B2", "enhed") + "</row>")));
    EXPECT_NE(messageOf([&] {
                  import(ImportKind::Assets, other, file);
              }).find("andet.xlsx: row 2: the required column 'type' is missing"),
              std::string::npos);
}

TEST_F(XlsxImportTest, ARowTheCoreRefusesIsRolledBackAloneWhenSkipping)
{
    // The name passes the row checks but is longer than the register accepts: the write refuses it,
    // after the row's new unit was already created.
    const std::string longName(validation::MaxNameLength + 1, 'x');
    const std::string csv = "name;type;unit;owner\n"
                            "Gerica;it system;Helse;Kari\n" +
                            longName + ";it system;Ny enhet;Ny person\nArkiv;paper archive;Skole;\n";
    const CsvTable table = parseCsv(csv, "a.csv");
    const std::string message = messageOf([&] { importTable(file, ImportKind::Assets, table, "a.csv"); });
    EXPECT_NE(message.find("a.csv: row 3: "), std::string::npos) << message;
    EXPECT_NE(message.find("too long"), std::string::npos) << message;
    EXPECT_TRUE(file.load().assets.empty());

    ImportOptions skip;
    skip.skipInvalidRows = true;
    const ImportSummary summary = importTable(file, ImportKind::Assets, table, "a.csv", skip);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.skippedRows, std::vector<int>{3});
    EXPECT_EQ(summary.createdUnits, (std::vector<std::string>{"Helse", "Skole"}));
    EXPECT_EQ(summary.createdPeople, std::vector<std::string>{"Kari"});
    const RegisterData data = file.load();
    EXPECT_EQ(data.assets.size(), 2u);
    EXPECT_EQ(data.units.size(), 2u); // not "Ny enhet": its row was rolled back
    EXPECT_EQ(data.people.size(), 1u);
}
