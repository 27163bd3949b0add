// SPDX-License-Identifier: EUPL-1.2
#include "model/Tokens.h"

#include <gtest/gtest.h>

namespace trygg {
namespace {

TEST(TokensTest, EveryValueRoundTripsThroughItsToken)
{
    for (int i = 0; i < AssetTypeCount; ++i) {
        const auto type = static_cast<AssetType>(i);
        EXPECT_EQ(parseAssetType(toToken(type)), type) << toToken(type);
    }
    for (const auto value : {PersonalData::None, PersonalData::Ordinary, PersonalData::Sensitive}) {
        EXPECT_EQ(parsePersonalData(toToken(value)), value);
    }
    for (const auto value : {Knowledge::Low, Knowledge::Medium, Knowledge::High}) {
        EXPECT_EQ(parseKnowledge(toToken(value)), value);
    }
    for (const auto value :
         {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done, MeasureStatus::Cancelled}) {
        EXPECT_EQ(parseMeasureStatus(toToken(value)), value);
    }
    for (const auto value : {AssessmentStatus::Draft, AssessmentStatus::Submitted, AssessmentStatus::Approved}) {
        EXPECT_EQ(parseAssessmentStatus(toToken(value)), value);
    }
    EXPECT_EQ(parseBool(toToken(true)), true);
    EXPECT_EQ(parseBool(toToken(false)), false);
}

TEST(TokensTest, TokensAreTheFileContract)
{
    EXPECT_EQ(toToken(AssetType::ItSystem), "it system");
    EXPECT_EQ(toToken(AssetType::PaperArchive), "paper archive");
    EXPECT_EQ(toToken(AssetType::WelfareTechnology), "welfare technology");
    EXPECT_EQ(toToken(MeasureStatus::InProgress), "in progress");
    EXPECT_EQ(toToken(true), "yes");
    EXPECT_EQ(toToken(false), "no");
}

TEST(TokensTest, SpellingVariantsAreAccepted)
{
    for (const char *text : {"IT System", "it_system", "it-system", "IT-system", "itsystem", " system "}) {
        EXPECT_EQ(parseAssetType(text), AssetType::ItSystem) << text;
    }
    for (const char *text : {"in_progress", "In-Progress", "inprogress", "  IN PROGRESS\t"}) {
        EXPECT_EQ(parseMeasureStatus(text), MeasureStatus::InProgress) << text;
    }
    EXPECT_EQ(parseAssetType("Paper_Archive"), AssetType::PaperArchive);
}

TEST(TokensTest, NordicAssetTypes)
{
    EXPECT_EQ(parseAssetType("Databas"), AssetType::Database);
    EXPECT_EQ(parseAssetType("registre"), AssetType::Register);
    EXPECT_EQ(parseAssetType("Applikasjon"), AssetType::Application);
    EXPECT_EQ(parseAssetType("fil"), AssetType::File);
    EXPECT_EQ(parseAssetType("Prosedyre"), AssetType::Procedure);
    EXPECT_EQ(parseAssetType("rutin"), AssetType::Procedure);
    EXPECT_EQ(parseAssetType("Beredskabsplan"), AssetType::Plan);
    EXPECT_EQ(parseAssetType("Aftale"), AssetType::Contract);
    EXPECT_EQ(parseAssetType("avtal"), AssetType::Contract);
    EXPECT_EQ(parseAssetType("Papirarkiv"), AssetType::PaperArchive);
    EXPECT_EQ(parseAssetType("PAPPERSARKIV"), AssetType::PaperArchive);
    EXPECT_EQ(parseAssetType("Infrastruktur"), AssetType::Infrastructure);
    EXPECT_EQ(parseAssetType("VELFÆRDSTEKNOLOGI"), AssetType::WelfareTechnology);
    EXPECT_EQ(parseAssetType("Välfärdsteknik"), AssetType::WelfareTechnology);
}

TEST(TokensTest, NordicPersonalDataKnowledgeAndStatus)
{
    EXPECT_EQ(parsePersonalData("Ingen"), PersonalData::None);
    EXPECT_EQ(parsePersonalData("nej"), PersonalData::None);
    EXPECT_EQ(parsePersonalData("ja"), PersonalData::Ordinary);
    EXPECT_EQ(parsePersonalData("Alminnelige"), PersonalData::Ordinary);
    EXPECT_EQ(parsePersonalData("vanliga"), PersonalData::Ordinary);
    EXPECT_EQ(parsePersonalData("Følsomme"), PersonalData::Sensitive);
    EXPECT_EQ(parsePersonalData("Særlige kategorier"), PersonalData::Sensitive);
    EXPECT_EQ(parsePersonalData("KÄNSLIGA"), PersonalData::Sensitive);

    EXPECT_EQ(parseKnowledge("Lav"), Knowledge::Low);
    EXPECT_EQ(parseKnowledge("låg"), Knowledge::Low);
    EXPECT_EQ(parseKnowledge("Middels"), Knowledge::Medium);
    EXPECT_EQ(parseKnowledge("medel"), Knowledge::Medium);
    EXPECT_EQ(parseKnowledge("HØJ"), Knowledge::High);
    EXPECT_EQ(parseKnowledge("Hög"), Knowledge::High);

    EXPECT_EQ(parseMeasureStatus("Planerad"), MeasureStatus::Planned);
    EXPECT_EQ(parseMeasureStatus("I gang"), MeasureStatus::InProgress);
    EXPECT_EQ(parseMeasureStatus("Pågående"), MeasureStatus::InProgress);
    EXPECT_EQ(parseMeasureStatus("Udført"), MeasureStatus::Done);
    EXPECT_EQ(parseMeasureStatus("ferdig"), MeasureStatus::Done);
    EXPECT_EQ(parseMeasureStatus("Genomförd"), MeasureStatus::Done);
    EXPECT_EQ(parseMeasureStatus("Annulleret"), MeasureStatus::Cancelled);
    EXPECT_EQ(parseMeasureStatus("INSTÄLLD"), MeasureStatus::Cancelled);

    EXPECT_EQ(parseAssessmentStatus("Kladde"), AssessmentStatus::Draft);
    EXPECT_EQ(parseAssessmentStatus("utkast"), AssessmentStatus::Draft);
    EXPECT_EQ(parseAssessmentStatus("Innsendt"), AssessmentStatus::Submitted);
    EXPECT_EQ(parseAssessmentStatus("inskickad"), AssessmentStatus::Submitted);
    EXPECT_EQ(parseAssessmentStatus("Godkendt"), AssessmentStatus::Approved);
    EXPECT_EQ(parseAssessmentStatus("GODKÄND"), AssessmentStatus::Approved);
}

TEST(TokensTest, UnknownWordsAreRejected)
{
    EXPECT_FALSE(parseAssetType(""));
    EXPECT_FALSE(parseAssetType("   "));
    EXPECT_FALSE(parseAssetType("spaceship"));
    EXPECT_FALSE(parsePersonalData("maybe"));
    EXPECT_FALSE(parseKnowledge("5"));
    EXPECT_FALSE(parseMeasureStatus("soon"));
    EXPECT_FALSE(parseAssessmentStatus("done"));
    EXPECT_FALSE(parseBool("perhaps"));
    EXPECT_FALSE(parseBool(""));
}

TEST(TokensTest, ParseBool)
{
    for (const char *text : {"yes", "Ja", "J", "y", "TRUE", "1"}) {
        EXPECT_EQ(parseBool(text), true) << text;
    }
    for (const char *text : {"no", "Nei", "NEJ", "n", "false", " 0 "}) {
        EXPECT_EQ(parseBool(text), false) << text;
    }
}

TEST(TokensTest, AspectsToTextUsesTheFixedOrder)
{
    EXPECT_EQ(aspectsToText(0), "");
    EXPECT_EQ(aspectsToText(AllAspects), "privacy|confidentiality|integrity|availability");
    EXPECT_EQ(aspectsToText(AspectAvailability | AspectPrivacy), "privacy|availability");
}

TEST(TokensTest, ParseAspects)
{
    EXPECT_EQ(parseAspects(""), 0u);
    EXPECT_EQ(parseAspects(" | ; "), 0u);
    EXPECT_EQ(parseAspects("availability|privacy"), AspectAvailability | AspectPrivacy);
    EXPECT_EQ(parseAspects("Confidentiality; Integrity,"), AspectConfidentiality | AspectIntegrity);
    EXPECT_EQ(parseAspects(aspectsToText(AllAspects)), AllAspects);
    EXPECT_EQ(parseAspects("Personvern, Konfidensialitet, Integritet, Tilgjengelighet"), AllAspects);
    EXPECT_EQ(parseAspects("Fortrolighed|Tilgængelighed"), AspectConfidentiality | AspectAvailability);
    EXPECT_EQ(parseAspects("sekretess;riktighet;tillgänglighet"),
              AspectConfidentiality | AspectIntegrity | AspectAvailability);
    EXPECT_EQ(parseAspects("integritet"), AspectIntegrity);
    EXPECT_EQ(parseAspects("Personlig integritet"), AspectPrivacy);
    EXPECT_FALSE(parseAspects("privacy|speed"));
    EXPECT_FALSE(parseAspects("p"));
}

TEST(TokensTest, Choices)
{
    EXPECT_EQ(personalDataChoices(), "none, ordinary, sensitive");
    EXPECT_EQ(knowledgeChoices(), "low, medium, high");
    EXPECT_EQ(measureStatusChoices(), "planned, in progress, done, cancelled");
    EXPECT_EQ(assetTypeChoices(), "it system, database, register, application, file, procedure, plan, contract, "
                                  "paper archive, infrastructure, welfare technology");
}

} // namespace
} // namespace trygg
