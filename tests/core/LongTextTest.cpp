// SPDX-License-Identifier: EUPL-1.2
// Issue 5, hostile files and input validation: "absurdly long text fields" are refused with a clear
// message, never a crash or a window full of one name; the lengths are checked in the core, in
// characters, for every way in (the GUI, the CLI, import) and when a file is read.
#include "RawSql.h"
#include "TempDir.h"
#include "TestFiles.h"

#include "check/RegisterCheck.h"
#include "exchange/CsvImport.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Validation.h"

#include <gtest/gtest.h>

#include <functional>

using namespace trygg;

namespace {

std::string repeated(std::string_view piece, std::size_t times)
{
    std::string text;
    text.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        text += piece;
    return text;
}

std::string messageOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const std::exception &error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST(LongText, LengthsAreCountedInCharactersNotBytes)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    Asset asset;
    asset.name = repeated("ø", validation::MaxNameLength); // 500 characters, 1,000 bytes
    asset.notes = repeated("å", validation::MaxTextLength);
    asset.id = file.addAsset(asset);
    EXPECT_EQ(file.load().assets.front().notes, asset.notes);

    asset.notes += "æ";
    EXPECT_EQ(messageOf([&] { file.updateAsset(asset); }), "notes is too long (20001 characters; at most 20000)");
    asset.notes.pop_back();
    asset.notes.pop_back();
    asset.name += "x";
    EXPECT_EQ(messageOf([&] { file.updateAsset(asset); }),
              "the asset's name is too long (501 characters; at most 500)");
}

TEST(LongText, AnImportedRowTooLongIsRefusedByRowAndNothingIsWritten)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    RegisterFile::create(path, "no", "K");
    RegisterFile file = RegisterFile::open(path);
    const std::string before = readBytes(path);
    const std::string csv =
        "name;type;notes\nGerica;it system;kort\nLang;it system;" + repeated("x", validation::MaxTextLength + 1) + "\n";
    const std::string message = messageOf([&] { importAssetsCsv(file, csv, "assets.csv"); });
    EXPECT_NE(message.find("assets.csv: row 3: notes is too long (20001 characters; at most 20000)"), std::string::npos)
        << message;
    EXPECT_TRUE(file.load().assets.empty());
    EXPECT_EQ(readBytes(path), before);
}

TEST(LongText, AFileWithA50MegabyteTextIsRefusedUnchanged)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "no", "K");
        Asset asset;
        asset.name = "Gerica";
        file.addAsset(asset);
    }
    // Written by another program: 50,000,000 characters of notes.
    rawSql(path, "UPDATE asset SET notes = replace(hex(zeroblob(25000000)), '0', 'x')");
    const std::string before = readBytes(path);
    ASSERT_GT(before.size(), 50'000'000u);

    RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const std::string message = messageOf([&] { file.load(); });
    EXPECT_NE(message.find("k.trygg"), std::string::npos) << message;
    EXPECT_NE(message.find("larger than the 8 MB Trygg allows"), std::string::npos) << message;
    EXPECT_THROW(checkRegister(file), FileError); // trygg-cli check fails
    EXPECT_EQ(readBytes(path), before);
}

TEST(LongText, AFileWithNamesOrTextsOverTheLimitsIsRefusedNamingTheRecordAndField)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    Id unit = 0;
    {
        RegisterFile file = RegisterFile::create(path, "no", "K");
        unit = file.addUnit({0, "Skole", std::nullopt});
    }
    rawSql(path, ("UPDATE unit SET name = '" + repeated("n", 600) + "'").c_str());
    {
        RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
        EXPECT_EQ(messageOf([&] { file.load(); }),
                  path + ": unit " + std::to_string(unit) +
                      ", field 'name': 600 characters, more than the 500 Trygg allows; Trygg never writes such a "
                      "value, so the file was changed by another program and is not opened");
    }
    rawSql(path, "UPDATE unit SET name = 'Skole'");
    rawSql(path, ("UPDATE register SET name = '" + repeated("r", 501) + "'").c_str());
    {
        RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
        const std::string message = messageOf([&] { file.load(); });
        EXPECT_NE(message.find("register 1, field 'name': 501 characters"), std::string::npos) << message;
    }
}

TEST(LongText, TheActingPersonIsANameAndLimitedLikeOne)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    EXPECT_NO_THROW(file.setActingPerson(repeated("å", validation::MaxNameLength)));
    EXPECT_THROW(file.setActingPerson(repeated("å", validation::MaxNameLength + 1)), InputError);
    EXPECT_THROW(RegisterFile::checkActingPerson("\xff"), InputError);
}
