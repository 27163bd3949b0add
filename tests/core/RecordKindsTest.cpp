// SPDX-License-Identifier: EUPL-1.2
// Issue 11: each kind of record is described once (storage/RecordKinds.h), and the statements that
// read and write it, its checks and its audit trail are made from that description. These tests hold
// the description to the schema: a column the description leaves out would be neither loaded, written
// nor audited, and a reference it does not know would go unchecked.
#include "TempDir.h"
#include "TestFiles.h"

#include "exchange/CsvImport.h"

#include "model/Error.h"
#include "storage/RecordSql.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace trygg;

namespace {

class RecordKindsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        file = std::make_unique<RegisterFile>(RegisterFile::create(dir.file("k.trygg"), "no", "K"));
    }

    std::vector<std::string> tableColumns(const std::string &table)
    {
        std::vector<std::string> columns;
        Statement query(file->database(), ("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid").c_str());
        while (query.step())
            columns.push_back(query.text(0));
        return columns;
    }

    // Column -> the table its foreign key refers to.
    std::map<std::string, std::string> foreignKeys(const std::string &table)
    {
        std::map<std::string, std::string> keys;
        Statement query(file->database(),
                        ("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('" + table + "')").c_str());
        while (query.step())
            keys[query.text(0)] = query.text(1);
        return keys;
    }

    TempDir dir;
    std::unique_ptr<RegisterFile> file;
};

} // namespace

TEST_F(RecordKindsTest, EveryColumnOfEveryKindsTableIsDescribedInTheTablesOrder)
{
    int kinds = 0;
    records::forEachKind([&]<typename T>(T *) {
        ++kinds;
        std::vector<std::string> described{"id"};
        records::forEachField<T>([&](const auto &field) { described.push_back(field.column); });
        EXPECT_EQ(described, tableColumns(records::Kind<T>::table)) << records::Kind<T>::table;
        if constexpr (records::hasLinks<T>()) {
            for (const auto &link : records::Kind<T>::links())
                EXPECT_EQ(tableColumns(link.table), (std::vector<std::string>{link.ownerColumn, link.column}))
                    << link.table;
        }
    });
    EXPECT_EQ(kinds, 12);
}

TEST_F(RecordKindsTest, EveryReferenceTheSchemaKnowsIsDescribedAndChecked)
{
    records::forEachKind([&]<typename T>(T *) {
        std::map<std::string, std::string> described;
        records::forEachField<T>([&](const auto &field) {
            if (field.spec.refersTo)
                described[field.column] = field.spec.refersTo;
        });
        EXPECT_EQ(described, foreignKeys(records::Kind<T>::table)) << records::Kind<T>::table;
        if constexpr (records::hasLinks<T>())
            for (const auto &link : records::Kind<T>::links()) {
                const std::map<std::string, std::string> keys = foreignKeys(link.table);
                ASSERT_TRUE(keys.contains(link.column)) << link.table;
                EXPECT_EQ(keys.at(link.column), link.target) << link.table;
            }
    });
}

TEST_F(RecordKindsTest, AReferenceToNothingIsRefusedWithWhatItIsBeforeTheSchemaSeesIt)
{
    Asset asset;
    asset.name = "Visma Flyt";
    asset.ownerId = 42;
    try {
        file->addAsset(asset);
        FAIL() << "an owner that does not exist was taken";
    } catch (const InputError &error) {
        EXPECT_EQ(error.message().english(), "the asset's owner does not exist");
    }
    Measure measure;
    measure.assessmentId = 7;
    measure.what = "Kryptere";
    try {
        file->addMeasure(measure);
        FAIL() << "a measure of an assessment that does not exist was taken";
    } catch (const InputError &error) {
        EXPECT_EQ(error.message().english(), "risk assessment 7 does not exist");
    }
}

// 001 goal 8 (sporbarhed): the trail names a record the same way when it is created, changed and removed.
TEST_F(RecordKindsTest, TheHistoryNamesARecordTheSameWayFromCreationToRemoval)
{
    const Id unit = file->addUnit({0, "  Skole  ", std::nullopt});
    PolicyDocument document{0, "Informasjonssikkerhetspolicy", unit};
    document.id = file->addPolicyDocument(document);
    const Id review = file->addReview({0, ReviewKind::Policy, document.id, Date{2026, 11, 3}, "Anna", ""});
    document.name = "Policy";
    file->updatePolicyDocument(document);
    file->removeReview(review);
    file->removePolicyDocument(document.id);
    file->removeUnit(unit);

    std::map<std::pair<std::string, Id>, std::set<std::string>> names;
    for (const AuditEntry &entry : file->history())
        if (entry.objectId)
            names[{entry.objectType, *entry.objectId}].insert(entry.objectName);
    EXPECT_EQ(names.at({"unit", unit}), std::set<std::string>{"Skole"});
    EXPECT_EQ(names.at({"review", review}), std::set<std::string>{"policy " + std::to_string(document.id)});
    EXPECT_EQ(names.at({"document", document.id}), (std::set<std::string>{"Informasjonssikkerhetspolicy", "Policy"}));
}

TEST_F(RecordKindsTest, UpdatingOrRemovingARecordThatIsNotThereSaysWhich)
{
    EXPECT_THROW(file->updateUnit({5, "Skole", std::nullopt}), InputError);
    try {
        file->removeIncident(9);
        FAIL();
    } catch (const InputError &error) {
        EXPECT_EQ(error.message().english(), "incident 9 does not exist");
    }
}

// Issue 12: a name is one line of text at every way in. A control character (an escape sequence, a line
// break, NUL) in a unit's or person's name would be printed raw to a terminal and the file name of its
// report; the description's check refuses it for the window, the command line and imports alike.
TEST_F(RecordKindsTest, ANameWithAControlCharacterIsRefusedAtEveryWayIn_Issue12)
{
    for (const std::string &name : {std::string("Skole\x1b[31m"), std::string("Sko\nle"), std::string("Sko\tle"),
                                   std::string("Sko\x7f")}) {
        SCOPED_TRACE(name);
        EXPECT_THROW(file->addUnit({0, name, std::nullopt}), InputError);
        EXPECT_THROW(file->addPerson({0, name, "", false, false}), InputError);
        EXPECT_THROW(file->setActingPerson(name), InputError);
        const std::string before = readBytes(dir.file("k.trygg"));
        try {
            importAssetsCsv(*file, "name;unit;type\n\"" + name + "\";Helse;it system\n", "assets.csv");
            ADD_FAILURE() << "imported";
        } catch (const InputError &error) {
            EXPECT_NE(std::string(error.what()).find("control character"), std::string::npos) << error.what();
            EXPECT_NE(std::string(error.what()).find("row 2"), std::string::npos) << error.what();
        }
        EXPECT_EQ(readBytes(dir.file("k.trygg")), before);
    }
    // A longer text keeps its line breaks.
    Asset asset;
    asset.name = "Visma";
    asset.notes = "Første linje\nAndre linje\tmed tabulator";
    EXPECT_NO_THROW(file->addAsset(asset));
}
