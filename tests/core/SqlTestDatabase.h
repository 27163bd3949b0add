// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A fresh database for one test, of either kind (issue 16: the same tests run against both): a SQLite file in
// a temporary folder, or a PostgreSQL database made on the server TRYGG_TEST_POSTGRES names (a libpq URI of a
// database where the tests may create and drop their own; scripts/test.sh starts a throwaway server) and
// dropped afterwards.

#include "TempDir.h"
#include "storage/Connect.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

enum class SqlBackend { Sqlite, Postgres };

// Both, in a build with PostgreSQL (TRYGG_POSTGRES; the Windows build has none).
inline std::vector<SqlBackend> testBackends()
{
    if (trygg::hasServerSupport())
        return {SqlBackend::Sqlite, SqlBackend::Postgres};
    return {SqlBackend::Sqlite};
}

inline std::string backendName(const testing::TestParamInfo<SqlBackend> &info)
{
    return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
}

// The server's address for the tests, or a failure saying none was given: CI always gives one, and a test
// that passes without running would say nothing.
inline std::string testServerAddress()
{
    const char *address = std::getenv("TRYGG_TEST_POSTGRES");
    if (!address || !*address) {
        ADD_FAILURE() << "these tests need a PostgreSQL server: set TRYGG_TEST_POSTGRES to a libpq URI of a database "
                         "on it where tests may create databases (scripts/test.sh starts one)";
        return {};
    }
    return address;
}

// `address` naming database `name` instead of its own.
inline std::string withDatabase(const std::string &address, const std::string &name)
{
    const std::size_t authority = address.find("://") + 3;
    const std::size_t query = std::min(address.find('?', authority), address.size());
    const std::size_t slash = std::min(address.find('/', authority), query);
    return address.substr(0, slash) + "/" + name + address.substr(query);
}

class SqlTestDatabase {
public:
    // False (with a failure recorded) when the server was needed and is not there.
    bool make(SqlBackend backend)
    {
        if (backend == SqlBackend::Sqlite) {
            m_location = m_dir.file("test.trygg");
            trygg::connectTo(m_location, trygg::SqlConnection::Mode::Create);
            return true;
        }
        m_admin = testServerAddress();
        if (m_admin.empty())
            return false;
        std::random_device random;
        m_name = "trygg_test_" + std::to_string(random()) + std::to_string(random());
        trygg::connectTo(m_admin, trygg::SqlConnection::Mode::ReadWrite)->exec(("CREATE DATABASE " + m_name).c_str());
        m_location = withDatabase(m_admin, m_name);
        return true;
    }
    ~SqlTestDatabase()
    {
        if (m_name.empty())
            return;
        try {
            auto admin = trygg::connectTo(m_admin, trygg::SqlConnection::Mode::ReadWrite);
            admin->exec(("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)").c_str());
            // A register's group roles of its duties (ServerAccess.h) are the server's: they outlive it.
            for (const char *duty : {"section_leader", "security_officer", "management", "reader"})
                admin->exec(("DROP ROLE IF EXISTS " + m_name + "_" + duty).c_str());
        } catch (const std::exception &error) {
            ADD_FAILURE() << "dropping the test database: " << error.what();
        }
    }
    const std::string &location() const { return m_location; }
    std::unique_ptr<trygg::SqlConnection> open(trygg::SqlConnection::Mode mode = trygg::SqlConnection::Mode::ReadWrite)
    {
        return trygg::connectTo(m_location, mode);
    }

private:
    TempDir m_dir;
    std::string m_admin;
    std::string m_name;
    std::string m_location;
};
