// Issue 19: a register replaced behind an open window (another file renamed onto its path, or the file
// moved or removed) is named as replaced when the next change is refused, and nothing is written into
// either file.
#include "ErrorOf.h"
#include "TempDir.h"
#include "TestFiles.h"

#include "model/Error.h"
#include "storage/RegisterFile.h"

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
