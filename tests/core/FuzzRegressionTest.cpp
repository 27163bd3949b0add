// SPDX-License-Identifier: EUPL-1.2
// Issue 5, hostile input: every seed of the fuzzers (tests/fuzz/corpus) and every input a fuzzer found
// that crashed Trygg or broke a check (tests/fuzz/regressions) goes through the same checks as in the
// fuzz targets (tests/fuzz/FuzzChecks.h), in the normal build, so a fixed fault cannot come back.
#include "../fuzz/FuzzChecks.h"
#include "SqlTestDatabase.h"
#include "TestFiles.h"

#include "storage/ServerRegister.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> filesIn(const fs::path &dir)
{
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(dir, ec))
        for (const fs::directory_entry &entry : fs::directory_iterator(dir))
            if (entry.is_regular_file())
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The inputs of every target (whose name starts with `prefix`) in `folder`.
void replay(const char *folder, bool mustHaveSeeds, std::string_view prefix = {})
{
    for (const trygg::fuzz::Target &target : trygg::fuzz::targets()) {
        if (!std::string_view(target.name).starts_with(prefix))
            continue;
        const auto files = filesIn(fs::path(TRYGG_FUZZ_DIR) / folder / target.name);
        if (mustHaveSeeds) {
            EXPECT_FALSE(files.empty()) << "no seeds for " << target.name;
        }
        for (const fs::path &file : files) {
            SCOPED_TRACE(file.string());
            try {
                target.run(readBytes(file.string()));
            } catch (const trygg::fuzz::FuzzFailure &failure) {
                ADD_FAILURE() << target.name << ": " << failure.what();
            }
        }
    }
}

} // namespace

TEST(FuzzRegression, SeedCorporaPassTheFuzzChecks)
{
    replay("corpus", true);
}

TEST(FuzzRegression, EveryInputTheFuzzersFoundIsHandled)
{
    replay("regressions", false);
}

// Issue 16: "the same core operations, tests and fuzz seeds run against both": every import seed and every
// import input a fuzzer found, into the small register copied to a fresh database on the server.
TEST(FuzzRegression, TheImportSeedsAndFindingsOnARegisterOnAServer)
{
    if (!trygg::hasServerSupport())
        GTEST_SKIP() << "a build without PostgreSQL (Windows)";
    std::vector<std::unique_ptr<SqlTestDatabase>> databases;
    trygg::fuzz::setRegisterPlace([&](const std::string &seedFile) {
        databases.push_back(std::make_unique<SqlTestDatabase>());
        if (!databases.back()->make(SqlBackend::Postgres))
            throw std::runtime_error("no server");
        trygg::server::copy(seedFile, databases.back()->location());
        return databases.back()->location();
    });
    for (const char *folder : {"corpus", "regressions"})
        replay(folder, false, "import-");
    trygg::fuzz::setRegisterPlace(nullptr);
    EXPECT_GE(databases.size(), 9u) << "the seeds of CSV and XLSX imports, each into a register of its own";
}
