// SPDX-License-Identifier: EUPL-1.2
// Issue 18: the words the window shows for values are one list (model/ValueWords.h), read back on
// import in every language the program speaks, and listed in messages in the reader's language.
// The front end gives the core its translations; here a stand-in language ("xx") does.
#include "model/ValueWords.h"
#include "exchange/Columns.h"
#include "model/TrailWords.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

using namespace trygg;

namespace {

// A language that says "IT system" as "Datasystemet" and so on, in the contexts the window uses.
std::string standIn(const char *context, const char *pattern, const char *, long long)
{
    static const std::map<std::pair<std::string, std::string>, std::string> words = {
        {{"DomainTexts", "IT system"}, "Datasystemet"},
        {{"DomainTexts", "Procedure"}, "Forretningsgangen"},
        {{"DomainTexts", "None"}, "Intet"},
        {{"DomainTexts", "In progress"}, "Undervejs"},
        {{"DomainTexts", "High"}, "Højest"},
        {{"DomainTexts", "Privacy"}, "Privatlivet"},
        {{"DomainTexts", "Availability"}, "Oppetid"},
        {{"DomainTexts", "Yes"}, "Jawohl"},
        {{"trygg::ui::AssetEditorDialog", "Number of p&ersons registered:"}, "&Antal personer i alt:"},
        {{"trygg::ui::HistoryModel", "Matrix in use"}, "Matrix i brug"},
        {{"trygg::ui::HistoryModel", "%1 until %2"}, "%1 indtil %2"},
    };
    const auto it = words.find({context, pattern});
    return it == words.end() ? std::string() : it->second;
}

class ValueWordsTest : public ::testing::Test {
protected:
    void SetUp() override { setWordLanguages({{"xx", standIn}}); }
    void TearDown() override { setWordLanguages({}); }
};

} // namespace

TEST_F(ValueWordsTest, TheShownWordsOfEveryLanguageAreRead)
{
    EXPECT_EQ(readValue<AssetType>("Datasystemet"), AssetType::ItSystem);
    EXPECT_EQ(readValue<AssetType>("forretningsgangen"), AssetType::Procedure);
    EXPECT_EQ(readValue<AssetType>("Procedure"), AssetType::Procedure); // English, as shown
    EXPECT_EQ(readValue<AssetType>("it system"), AssetType::ItSystem);  // the contract's token
    EXPECT_EQ(readValue<PersonalData>("INTET"), PersonalData::None);
    EXPECT_EQ(readValue<MeasureStatus>("Undervejs"), MeasureStatus::InProgress);
    EXPECT_EQ(readValue<Knowledge>("Højest"), Knowledge::High);
    EXPECT_EQ(readYesNo("Jawohl"), true);
    EXPECT_EQ(readAspects("Privatlivet, Oppetid"), AspectPrivacy | AspectAvailability);
    EXPECT_EQ(readAspects("privacy|Oppetid"), AspectPrivacy | AspectAvailability);
    EXPECT_FALSE(readValue<AssetType>("Teleporter"));
    EXPECT_FALSE(readAspects("Privatlivet, Teleporter"));
}

TEST_F(ValueWordsTest, WithoutTheLanguageItsWordsAreNotRead)
{
    setWordLanguages({});
    EXPECT_FALSE(readValue<AssetType>("Datasystemet"));
    EXPECT_EQ(readValue<AssetType>("IT system"), AssetType::ItSystem);
}

TEST_F(ValueWordsTest, MessagesListTheWordsInTheReadersLanguage)
{
    const Message words = wordsOf<AssetType>();
    EXPECT_EQ(words.english().rfind("IT system, Database, Register, Application, File, Procedure, ", 0), 0u)
        << words.english();
    EXPECT_EQ(words.render(standIn).rfind("Datasystemet, Database, Register, Application, File, Forretningsgangen", 0),
              0u)
        << words.render(standIn);
    EXPECT_EQ(renderIn(wordOf(MeasureStatus::InProgress), "xx"), "Undervejs");
    EXPECT_EQ(renderIn(wordOf(MeasureStatus::InProgress), "en"), "In progress");
}

// Issue 13 item 4: the window's labels are recognised as columns, in every language given.
TEST_F(ValueWordsTest, TheWindowsLabelsNameColumns)
{
    EXPECT_EQ(columnLabel(assetColumns(), assetcol::Persons, "xx"), "Antal personer i alt");
    EXPECT_EQ(columnLabel(assetColumns(), assetcol::Persons, "en"), "Number of persons registered");
    EXPECT_EQ(columnLabel(assetColumns(), assetcol::LegalBasis, "en"), "Legal basis");
    EXPECT_EQ(columnLabel(riskColumns(), riskcol::Threat, "en"), "What can happen?");
    const std::vector<int> columns = suggestColumns({"Name", "Antal personer i alt", "Number of persons registered",
                                                     "Type of information", "Operator or supplier", "Løbenummer"},
                                                    assetColumns());
    EXPECT_EQ(columns, (std::vector<int>{assetcol::Name, assetcol::Persons, assetcol::Persons, assetcol::Information,
                                         assetcol::Operator, -1}));
}

// Issue 18: `trygg-cli history` and the window's history print the trail's column names and tokens in words.
TEST_F(ValueWordsTest, TheTrailsFieldsAndValuesAreWords)
{
    EXPECT_EQ(renderIn(fieldWord("current_matrix_id"), "xx"), "Matrix i brug");
    EXPECT_EQ(fieldWord("current_matrix_id").english(), "Matrix in use");
    EXPECT_EQ(fieldWord("no_such_column").english(), "no_such_column");
    AuditEntry measure;
    measure.objectType = "measure";
    measure.field = "status";
    EXPECT_EQ(renderIn(trailValueWord(measure, "in progress"), "xx"), "Undervejs");
    AuditEntry acceptance;
    acceptance.objectType = "acceptance";
    acceptance.action = "approve";
    EXPECT_EQ(renderIn(trailValueWord(acceptance, "Kari Nordmann until 2027-06-30"), "xx"),
              "Kari Nordmann indtil 2027-06-30");
    AuditEntry text;
    text.objectType = "asset";
    text.field = "notes";
    EXPECT_EQ(renderIn(trailValueWord(text, "in progress"), "xx"), "in progress");
}
