// SPDX-License-Identifier: EUPL-1.2
// Every test of the binary runs by a fixed clock (TestClock.h); a test that needs another installs it
// with ScopedClock for its own duration.
#include "TestClock.h"

#include <gtest/gtest.h>

#include <memory>

namespace {

class TestClockEnvironment : public ::testing::Environment {
public:
    void SetUp() override { trygg::Clock::install(std::make_shared<trygg::FixedClock>(trygg::TestNow)); }
    void TearDown() override { trygg::Clock::install(nullptr); }
};

[[maybe_unused]] ::testing::Environment *const environment =
    ::testing::AddGlobalTestEnvironment(new TestClockEnvironment);

} // namespace
