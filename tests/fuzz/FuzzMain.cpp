// SPDX-License-Identifier: EUPL-1.2
// One libFuzzer target: built once per entry of trygg::fuzz::targets(), named by TRYGG_FUZZ_TARGET
// (tests/fuzz/CMakeLists.txt). A property that does not hold aborts, so libFuzzer keeps the input.
#include "FuzzChecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void (*targetFunction())(std::string_view)
{
    static void (*run)(std::string_view) = [] {
        for (const trygg::fuzz::Target &target : trygg::fuzz::targets())
            if (std::strcmp(target.name, TRYGG_FUZZ_TARGET) == 0)
                return target.run;
        std::fprintf(stderr, "no fuzz target named %s\n", TRYGG_FUZZ_TARGET);
        std::abort();
    }();
    return run;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        targetFunction()(std::string_view(reinterpret_cast<const char *>(data), size));
    } catch (const trygg::fuzz::FuzzFailure &failure) {
        std::fprintf(stderr, "\n%s: %s\n", TRYGG_FUZZ_TARGET, failure.what());
        std::abort();
    }
    return 0;
}
