// SPDX-License-Identifier: EUPL-1.2
// Issue 19: a register replaced behind an open window (another file renamed onto its path, or the file
// moved or removed) is named as replaced when the next change is refused, and nothing is written into
// either file.
#include "ErrorOf.h"
#include "TempDir.h"
#include "../support/TestPlatform.h"
#include "TestFiles.h"

#include "model/Error.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace trygg;
namespace fs = std::filesystem;

namespace {

// A change to the replaced register: refused as replaced, nothing written.
std::string replacedErrorOf(RegisterFile &file)
{
    return errorOf<RegisterReplaced>([&] { file.addUnit(OrgUnit{0, "Skole", std::nullopt}); });
}

} // namespace

TEST(ReplacedRegister, AnotherRegisterRenamedOntoThePathIsNamedAsReplacedAndLeftAsItIs)
{
    TRYGG_SKIP_ON_WINDOWS("Windows lets no other program rename a file Trygg holds open");
    TempDir dir;
    const std::string path = dir.file("nav.trygg");
    RegisterFile file = RegisterFile::create(path, "no", "NAV");
    file.addUnit(OrgUnit{0, "Barnehage", std::nullopt});
    {
        RegisterFile other = RegisterFile::create(dir.file("other.trygg"), "no", "Annen");
    }
    const std::string otherBytes = readBytes(dir.file("other.trygg"));
    fs::rename(dir.file("other.trygg"), path);

    const std::string message = replacedErrorOf(file);
    EXPECT_NE(message.find("nav.trygg"), std::string::npos) << message;
    EXPECT_NE(message.find("was replaced by another file"), std::string::npos) << message;
    EXPECT_EQ(message.find("read-only"), std::string::npos) << message;
    EXPECT_EQ(message.find("damaged"), std::string::npos) << message;
    EXPECT_EQ(readBytes(path), otherBytes) << "nothing written into the file now at the path";
    EXPECT_EQ(RegisterFile::open(path, RegisterFile::Access::ReadOnly).info().name, "Annen");
}

TEST(ReplacedRegister, ARegisterMovedAwayOrRemovedIsNamedAsReplaced)
{
    TRYGG_SKIP_ON_WINDOWS("Windows lets no other program rename a file Trygg holds open");
    TempDir dir;
    const std::string path = dir.file("nav.trygg");
    RegisterFile file = RegisterFile::create(path, "no", "NAV");
    fs::rename(path, dir.file("moved.trygg"));
    EXPECT_NE(replacedErrorOf(file).find("was replaced by another file (or moved or removed)"), std::string::npos);
    EXPECT_EQ(RegisterFile::open(dir.file("moved.trygg"), RegisterFile::Access::ReadOnly).load().units.size(), 0u)
        << "nothing written into the moved file either";
}

TEST(ReplacedRegister, ARegisterLeftWhereItIsTakesChangesAsBefore)
{
    TempDir dir;
    const std::string path = dir.file("nav.trygg");
    RegisterFile file = RegisterFile::create(path, "no", "NAV");
    // The same file touched in place (its time, a copy taken of it) is not replaced.
    fs::copy_file(path, dir.file("copy.trygg"));
    fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(5));
    EXPECT_NO_THROW(file.addUnit(OrgUnit{0, "Skole", std::nullopt}));
    EXPECT_EQ(file.load().units.size(), 1u);
}

// Issue 19: a register copied over in place (the same file, another register's bytes: `cp other.trygg
// k.trygg`), or changed by another SQLite tool while Trygg holds the write lock, is named as replaced or
// changed, not as damaged, and nothing is written over what the other program put there.
TEST(ReplacedRegister, ARegisterCopiedOverInPlaceOrChangedByAnotherToolIsNamedSo)
{
    TempDir dir;
    const std::string path = dir.file("k.trygg");
    const std::string other = dir.file("other.trygg");
    RegisterFile::create(other, "no", "Annen kommune").addUnit(OrgUnit{0, "NAV", std::nullopt});
    RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
    file.addUnit(OrgUnit{0, "Helse", std::nullopt}); // its own changes go on as before

    writeBytes(path, readBytes(other)); // the same inode, other bytes
    const std::string copied = readBytes(path);
    EXPECT_NE(replacedErrorOf(file).find(path + ": the register was replaced or changed by another program"),
              std::string::npos);
    EXPECT_TRUE(readBytes(path) == copied) << "the copied register was written into";

    RegisterFile again = RegisterFile::create(dir.file("k2.trygg"), "no", "Ibestad kommune");
    {
        Database tool(dir.file("k2.trygg"), Database::Mode::ReadWrite);
        tool.exec("INSERT INTO unit (name) VALUES ('Skule')"); // a commit by another connection
    }
    EXPECT_NE(replacedErrorOf(again).find("replaced or changed by another program"), std::string::npos);
}
