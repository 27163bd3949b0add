// SPDX-License-Identifier: EUPL-1.2
// Issue 16: "Passwords come from libpq's usual sources": and when none of them has one, the program asks its
// user (the command line at its terminal, the window in a dialog) through one prompt (storage/Connect.h). The
// throwaway cluster (scripts/test.sh) trusts its socket; this test makes one role of its own log in with a
// password, for as long as it runs.
#include "ErrorOf.h"
#include "ServerAccessFixture.h"

#include "storage/Connect.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

using namespace trygg;

namespace {

class ServerPasswordTest : public testing::Test {
protected:
    void SetUp() override
    {
        const char *cluster = std::getenv("TRYGG_PG_CLUSTER");
        ASSERT_TRUE(cluster && *cluster) << "this test needs the throwaway cluster of scripts/pg-cluster.sh "
                                            "(TRYGG_PG_CLUSTER names its folder)";
        m_hba = std::string(cluster) + "/data/pg_hba.conf";
        std::ifstream in(m_hba);
        ASSERT_TRUE(in) << m_hba;
        std::ostringstream original;
        original << in.rdbuf();
        m_original = original.str();
        admin = connectTo(testServerAddress(), SqlConnection::Mode::ReadWrite);
        std::random_device random;
        role = "pw" + std::to_string(random() % 100000000);
        admin->exec(("CREATE ROLE " + role + " LOGIN PASSWORD 'Hemmelig-ord-1'").c_str());
        std::ofstream(m_hba, std::ios::trunc) << "local all " << role << " scram-sha-256\n" << m_original;
        admin->exec("SELECT pg_reload_conf()");
        address = asUser(testServerAddress(), role);
    }
    void TearDown() override
    {
        setPasswordPrompt(nullptr);
        if (!admin)
            return;
        std::ofstream(m_hba, std::ios::trunc) << m_original;
        admin->exec("SELECT pg_reload_conf()");
        admin->exec(("DROP ROLE IF EXISTS " + role).c_str());
    }

    std::unique_ptr<SqlConnection> admin;
    std::string role, address;

private:
    std::string m_hba, m_original;
};

TEST_F(ServerPasswordTest, AServerThatAsksForAPasswordGetsWhatThePromptAnswers)
{
    std::string message = fileErrorOf([&] { connectTo(address, SqlConnection::Mode::ReadOnly); });
    EXPECT_NE(message.find("asks for a password and none was given"), std::string::npos) << message;

    std::vector<std::string> asked;
    setPasswordPrompt([&](const std::string &where) -> std::optional<std::string> {
        asked.push_back(where);
        return "feil";
    });
    message = fileErrorOf([&] { connectTo(address, SqlConnection::Mode::ReadOnly); });
    EXPECT_NE(message.find("the password or the database is not accepted"), std::string::npos) << message;
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked.front(), addressWithoutPassword(address));

    setPasswordPrompt([&](const std::string &where) -> std::optional<std::string> {
        asked.push_back(where);
        return "Hemmelig-ord-1";
    });
    const std::unique_ptr<SqlConnection> db = connectTo(address, SqlConnection::Mode::ReadOnly);
    Statement user(*db, "SELECT session_user");
    ASSERT_TRUE(user.step());
    EXPECT_EQ(user.text(0), role);
    EXPECT_EQ(asked.size(), 2u);
    db->reconnect(); // with the password it was given: not asked again
    EXPECT_EQ(asked.size(), 2u);

    // The user gave none (cancelled): refused, saying a password is needed.
    setPasswordPrompt([](const std::string &) { return std::nullopt; });
    message = fileErrorOf([&] { connectTo(address, SqlConnection::Mode::ReadOnly); });
    EXPECT_NE(message.find("asks for a password"), std::string::npos) << message;
}

} // namespace
