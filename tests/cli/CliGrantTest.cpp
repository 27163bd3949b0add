// SPDX-License-Identifier: EUPL-1.2
// trygg-cli grant end to end (issue 16: "trygg-cli grant URI ... manages it"): the server's login roles given
// duties and units by the security officer or the register's owner, listed and revoked, and what a section
// leader then reads through the commands that read. Runs on the throwaway cluster of scripts/test.sh.
#include "CliRun.h"

#include "../core/ServerAccessFixture.h"

#include <gtest/gtest.h>

namespace {

class CliGrantTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.make(SqlBackend::Postgres));
        roles.setAdmin(testServerAddress());
        const std::string demo = dir.file("demo.trygg");
        ASSERT_EQ(cli({"demo", demo, "--assets", "8", "--risks", "20"}).exitCode, 0);
        const Result copied = cli({"copy", demo, server.location()});
        ASSERT_EQ(copied.exitCode, 0) << copied.err;
        const auto db = server.open();
        trygg::Statement units(*db, "SELECT name FROM unit u WHERE EXISTS (SELECT 1 FROM asset a WHERE "
                                    "a.unit_id = u.id) ORDER BY id");
        ASSERT_TRUE(units.step());
        ownUnit = units.text(0);
        ASSERT_TRUE(units.step());
        otherUnit = units.text(0);
    }
    std::string as(const std::string &role) const { return asUser(server.location(), role); }

    TestRoles roles;
    SqlTestDatabase server;
    std::string ownUnit, otherUnit;
};

} // namespace

TEST_F(CliGrantTest, TheOwnerGrantsASectionLeaderWhoThenReadsOnlyTheirUnit)
{
    const std::string kari = roles.make("kari");
    Result r = cli({"grant", server.location(), kari, "--duty", "section_leader", "--unit", ownUnit});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("granted " + kari + ": section_leader; units: " + ownUnit), std::string::npos) << r.out;
    r = cli({"grant", server.location(), "--list"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, kari + ": section_leader; units: " + ownUnit + "\n");

    // Kari's export is her unit's assets; all of them reach the owner's.
    r = cli({"export", "assets", as(kari), "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string everything = cli({"export", "assets", server.location(), "--format", "csv"}).out;
    EXPECT_NE(everything.find(";" + otherUnit + ";"), std::string::npos) << everything;
    EXPECT_EQ(r.out.find(";" + otherUnit + ";"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(";" + ownUnit + ";"), std::string::npos) << r.out;
    // Her due list is her unit's (and the register's own): not every other unit "never assessed".
    r = cli({"due", as(kari), "--within", "3650", "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find(";" + otherUnit + ";"), std::string::npos) << r.out;
    EXPECT_NE(cli({"due", server.location(), "--within", "3650", "--format", "csv"}).out.find(";" + otherUnit + ";"),
              std::string::npos);

    // Kari may not grant, not even to herself.
    r = cli({"grant", as(kari), kari, "--duty", "security_officer"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("only a security officer or the register's owner may grant or revoke access, and " + kari +
                         " is neither"),
              std::string::npos)
        << r.err;

    r = cli({"grant", server.location(), kari, "--revoke"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("revoked every access of " + kari), std::string::npos) << r.out;
    EXPECT_EQ(cli({"grant", server.location(), "--list"}).out.find(kari), std::string::npos);
    r = cli({"export", "assets", as(kari), "--format", "csv"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("the database user " + kari + " has not been granted access to this register"),
              std::string::npos)
        << r.err;
}

TEST_F(CliGrantTest, ASecurityOfficerGrantsAndRevokesUnits)
{
    const std::string officer = roles.make("officer");
    const std::string ola = roles.make("ola");
    ASSERT_EQ(cli({"grant", server.location(), officer, "--duty", "security_officer"}).exitCode, 0);
    Result r = cli({"grant", as(officer), ola, "--duty", "reader", "--unit", ownUnit, "--unit", otherUnit});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = cli({"grant", as(officer), ola, "--revoke", "--unit", otherUnit});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("revoked " + ola + "'s access to " + otherUnit), std::string::npos) << r.out;
    r = cli({"grant", as(officer), "--list"});
    EXPECT_NE(r.out.find(ola + ": reader; units: " + ownUnit + "\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(officer + ": security_officer\n"), std::string::npos) << r.out;
}

TEST_F(CliGrantTest, WrongGrantsAreRefusedNamingWhatIsWrong)
{
    const std::string kari = roles.make("kari");
    const std::string address = server.location();
    Result r = cli({"grant", address, "nobody_by_that_name", "--duty", "reader"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("there is no database role 'nobody_by_that_name' on the server"), std::string::npos) << r.err;
    r = cli({"grant", address, kari, "--duty", "section_leader", "--unit", "Nowhere"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("there is no unit named 'Nowhere' (units: "), std::string::npos) << r.err;
    r = cli({"grant", address, kari, "--duty", "reader", "--person", "Nobody"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no person named 'Nobody'"), std::string::npos) << r.err;
    r = cli({"grant", address, kari, "--revoke"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("has been granted no access"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"grant", address, "--list"}).out.find(kari), std::string::npos) << "nothing was granted";

    // Bad usage: exit code 2.
    for (const std::vector<std::string> &args : {std::vector<std::string>{"grant", address, kari, "--duty", "boss"},
                                                 {"grant", address, kari, "--duty", "section_leader"},
                                                 {"grant", address, kari, "--duty", "management", "--unit", ownUnit},
                                                 {"grant", address, kari},
                                                 {"grant", address, kari, "--duty", "reader", "--revoke"},
                                                 {"grant", address, kari, "--list"},
                                                 {"grant", dir.file("register.trygg"), kari, "--duty", "reader"},
                                                 {"grant"}}) {
        r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.size() << ": " << r.err;
    }
}
