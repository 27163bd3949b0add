// SPDX-License-Identifier: EUPL-1.2
// Issue 5, hostile input: every seed of the fuzzers (tests/fuzz/corpus) and every input a fuzzer found
// that crashed Trygg or broke a check (tests/fuzz/regressions) goes through the same checks as in the
// fuzz targets (tests/fuzz/FuzzChecks.h), in the normal build, so a fixed fault cannot come back.
#include "../fuzz/FuzzChecks.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
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

void replay(const char *folder, bool mustHaveSeeds)
{
    for (const trygg::fuzz::Target &target : trygg::fuzz::targets()) {
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
