// SPDX-License-Identifier: EUPL-1.2
// The names of the asset classification levels 0-4 are data of the register (issue 4: "asset
// classification levels in KLASSA style 0-4 ... for konfidentialitet, riktighet, tillgänglighet").
#include "OldVersions.h"
#include "RawSql.h"
#include "TempDir.h"

#include "matrix/Presets.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace trygg;

namespace {

std::int64_t rawScalar(const std::string &path, const char *sql)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement statement(db, sql);
    return statement.scalar().value_or(-1);
}

std::vector<std::string> labels(const std::vector<Level> &levels)
{
    std::vector<std::string> result;
    for (const Level &level : levels)
        result.push_back(level.label);
    return result;
}

} // namespace

// Issue 4, `se`: KLASSA style 0-4.
TEST(ClassificationLevels, SwedishPresetHasTheKlassaLevels)
{
    const std::vector<Level> levels = presetClassificationLevels("se");
    EXPECT_EQ(labels(levels),
              (std::vector<std::string>{"Försumbar", "Måttlig", "Betydande", "Allvarlig", "Synnerligen allvarlig"}));
    for (const Level &level : levels)
        EXPECT_FALSE(level.definition.empty()) << level.label;
}

TEST(ClassificationLevels, EveryPresetHasFiveNamedLevelsInItsLanguage)
{
    for (const std::string &preset : presetNames()) {
        const std::vector<Level> levels = presetClassificationLevels(preset);
        ASSERT_EQ(levels.size(), static_cast<std::size_t>(ClassificationLevelMax + 1)) << preset;
        for (const Level &level : levels) {
            EXPECT_FALSE(level.label.empty()) << preset;
            EXPECT_FALSE(level.definition.empty()) << preset << " " << level.label;
        }
    }
    EXPECT_EQ(presetClassificationLevels("no")[4].label, "Svært alvorlig");
    EXPECT_EQ(labels(presetClassificationLevels("no-dsb")), labels(presetClassificationLevels("no")));
    EXPECT_EQ(presetClassificationLevels("dk")[4].label, "Meget alvorlig");
    EXPECT_EQ(presetClassificationLevels("iso")[0].label, "Negligible");
    EXPECT_EQ(labels(classificationLevelsFor("fi")), labels(presetClassificationLevels("iso")));
}

TEST(ClassificationLevels, ANewRegisterStoresItsPresetsLevels)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "se", "Gislaveds kommun");
    const RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    EXPECT_EQ(labels(file.info().classificationLevels), labels(presetClassificationLevels("se")));
    EXPECT_EQ(file.info().classificationLevels[3].definition, presetClassificationLevels("se")[3].definition);
    EXPECT_EQ(labels(file.load().info.classificationLevels), labels(presetClassificationLevels("se")));
    EXPECT_EQ(rawScalar(path, "SELECT count(*) FROM classification_level"), 5);
}

TEST(ClassificationLevels, RenamingALevelIsStoredAndAudited)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
    RegisterInfo info = file.info();
    info.classificationLevels[2] = {"Middels", "Merkbar skade."};
    file.updateInfo(info);
    EXPECT_EQ(file.info().classificationLevels[2].label, "Middels");
    EXPECT_EQ(file.info().classificationLevels[2].definition, "Merkbar skade.");
    EXPECT_EQ(file.info().classificationLevels[1].label, "Moderat");

    const std::vector<AuditEntry> trail = file.history();
    ASSERT_FALSE(trail.empty());
    const AuditEntry &last = trail.back();
    EXPECT_EQ(last.objectType, "register");
    EXPECT_EQ(last.field, "classification_definitions");
    const AuditEntry &labelEdit = trail[trail.size() - 2];
    EXPECT_EQ(labelEdit.field, "classification_levels");
    ASSERT_TRUE(labelEdit.oldValue && labelEdit.newValue);
    EXPECT_NE(labelEdit.oldValue->find("2 Betydelig"), std::string::npos) << *labelEdit.oldValue;
    EXPECT_NE(labelEdit.newValue->find("2 Middels"), std::string::npos) << *labelEdit.newValue;
}

TEST(ClassificationLevels, InvalidLevelsAreRefusedAndChangeNothing)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile file = RegisterFile::create(path, "dk", "Kerteminde");
    const std::size_t trail = file.history().size();

    RegisterInfo blank = file.info();
    blank.name = "Renamed";
    blank.classificationLevels[3].label = "  ";
    try {
        file.updateInfo(blank);
        FAIL() << "a blank level name was accepted";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("classification level 3"), std::string::npos) << error.what();
    }
    RegisterInfo four = file.info();
    four.classificationLevels.pop_back();
    try {
        file.updateInfo(four);
        FAIL() << "four levels were accepted";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("5 classification levels 0-4, not 4"), std::string::npos)
            << error.what();
    }
    EXPECT_EQ(file.info().name, "Kerteminde");
    EXPECT_EQ(labels(file.info().classificationLevels), labels(presetClassificationLevels("dk")));
    EXPECT_EQ(file.history().size(), trail);
}

TEST(ClassificationLevels, AMissingRowTakesTheNameForTheRegistersLanguage)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "iso", "Town");
    rawSql(path, "DELETE FROM classification_level WHERE level = 4");
    const RegisterInfo info = RegisterFile::open(path, RegisterFile::Access::ReadOnly).info();
    ASSERT_EQ(info.classificationLevels.size(), 5u);
    EXPECT_EQ(info.classificationLevels[4].label, "Very serious");
}

// A file of version 2 (before the levels were data) is upgraded: one step, a backup beside it, and
// the levels in the register's own language.
TEST(ClassificationLevels, UpgradesAVersion2FileWithTheNamesOfItsLanguage)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "se", "Gislaveds kommun");
        file.addUnit({0, "Vård och omsorg", std::nullopt});
        Asset asset;
        asset.name = "Journal";
        asset.confidentiality = 4;
        file.addAsset(asset);
    }
    downgradeToVersion2(path);
    ASSERT_EQ(rawScalar(path, "PRAGMA user_version"), 2);

    {
        RegisterFile file = RegisterFile::open(path);
        const RegisterData data = file.load();
        EXPECT_EQ(
            labels(data.info.classificationLevels),
            (std::vector<std::string>{"Försumbar", "Måttlig", "Betydande", "Allvarlig", "Synnerligen allvarlig"}));
        ASSERT_EQ(data.assets.size(), 1u);
        EXPECT_EQ(data.assets[0].confidentiality, 4);
        EXPECT_EQ(data.units.size(), 1u);
    }
    EXPECT_EQ(rawScalar(path, "PRAGMA user_version"), schema::CurrentVersion);
    EXPECT_EQ(rawScalar(path, "SELECT count(*) FROM classification_level"), 5);
    int backups = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        if (entry.path().filename().string().find(".before-v" + std::to_string(schema::CurrentVersion) + "-") != std::string::npos) {
            ++backups;
            EXPECT_EQ(rawScalar(entry.path().string(), "PRAGMA user_version"), 2);
        }
    EXPECT_EQ(backups, 1);
}

TEST(ClassificationLevels, ADanishRegisterGetsDanishNamesOnUpgrade)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "dk", "Kerteminde");
    downgradeToVersion2(path);
    EXPECT_EQ(RegisterFile::open(path).info().classificationLevels[2].label, "Betydelig");
}
