// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A demo register on the throwaway server (TRYGG_TEST_POSTGRES) and login roles of its own (roles are the
// server's, so each test names its own and drops them, and the register's group roles, at the end), for the
// tests of access by unit (issue 16: "raw SQL as a section leader sees nothing of other units").

#include "SqlTestDatabase.h"
#include "TempDir.h"
#include "demo/DemoGenerator.h"
#include "storage/RegisterFile.h"
#include "storage/ServerAccess.h"
#include "storage/ServerRegister.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

// The login roles a test made, dropped after its database (declare before the SqlTestDatabase, which drops
// the register's group roles).
class TestRoles {
public:
    void setAdmin(const std::string &admin) { m_admin = admin; }
    std::string make(const std::string &name, const std::string &attributes = "LOGIN")
    {
        std::random_device random;
        const std::string role = "t" + std::to_string(random() % 100000000) + "_" + name;
        trygg::connectTo(m_admin, trygg::SqlConnection::Mode::ReadWrite)
            ->exec(("CREATE ROLE " + role + " " + attributes).c_str());
        m_roles.push_back(role);
        return role;
    }
    ~TestRoles()
    {
        if (m_admin.empty())
            return;
        try {
            auto db = trygg::connectTo(m_admin, trygg::SqlConnection::Mode::ReadWrite);
            for (const std::string &role : m_roles)
                db->exec(("DROP ROLE IF EXISTS " + role).c_str());
        } catch (const std::exception &error) {
            ADD_FAILURE() << "dropping the test's roles: " << error.what();
        }
    }

private:
    std::string m_admin;
    std::vector<std::string> m_roles;
};

// `address` connecting as `role` (the cluster trusts its socket).
inline std::string asUser(const std::string &address, const std::string &role)
{
    const std::size_t user = address.find("user=");
    if (user == std::string::npos)
        return address + (address.find('?') == std::string::npos ? "?" : "&") + "user=" + role;
    const std::size_t end = std::min(address.find('&', user), address.size());
    return address.substr(0, user) + "user=" + role + address.substr(end);
}

class ServerAccessFixture : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.make(SqlBackend::Postgres));
        const std::string location = server.location();
        roles.setAdmin(testServerAddress());
        const std::string path = dir.file("demo.trygg");
        {
            trygg::RegisterFile demo = trygg::RegisterFile::create(path, "no", "Demo");
            trygg::generateDemo(demo, trygg::DemoOptions{8, 40, 3, true, false});
        }
        trygg::server::copy(path, location);
        admin = server.open();
    }

    std::unique_ptr<trygg::SqlConnection> as(const std::string &role)
    {
        return trygg::connectTo(asUser(server.location(), role), trygg::SqlConnection::Mode::ReadWrite);
    }
    static std::int64_t count(trygg::SqlConnection &db, const std::string &sql)
    {
        return trygg::Statement(db, sql.c_str()).scalar().value_or(-1);
    }
    // A login role with `duty` on the register, granted by the superuser.
    std::string granted(const std::string &name, trygg::server::Duty duty, const std::vector<std::string> &units = {})
    {
        const std::string role = roles.make(name);
        trygg::server::grant(*admin, role, duty, units, std::nullopt);
        return role;
    }

    TempDir dir;
    TestRoles roles;
    SqlTestDatabase server;
    std::unique_ptr<trygg::SqlConnection> admin;
};
