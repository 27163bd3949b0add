// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A register for one test, in a file or on the server (issue 16: "the same core operations, tests and fuzz
// seeds run against both"). On a server it is made as a municipality makes one: a register file, filled, and
// copied up whole (trygg-cli copy) into a database of its own, dropped afterwards.

#include "SqlTestDatabase.h"
#include "TempDir.h"

#include "storage/RegisterFile.h"
#include "storage/ServerRegister.h"

#include <functional>
#include <string>
#include <string_view>

class TestRegister {
public:
    // A new register from `preset`, filled by `fill` (as RegisterFile::createWhole fills one), opened for
    // writing. False (with a failure recorded) when the server was needed and is not there.
    bool create(SqlBackend backend, std::string_view preset, std::string_view name,
                const std::function<void(trygg::RegisterFile &)> &fill = nullptr)
    {
        const std::string file = m_dir.file("register.trygg");
        trygg::RegisterFile::createWhole(file, preset, name, fill);
        m_location = file;
        if (backend == SqlBackend::Postgres) {
            if (!m_database.make(SqlBackend::Postgres))
                return false;
            trygg::server::copy(file, m_database.location());
            m_location = m_database.location();
        }
        return true;
    }
    // Where it is: the file's path, or the server's address.
    const std::string &location() const { return m_location; }
    trygg::RegisterFile open(trygg::RegisterFile::Access access = trygg::RegisterFile::Access::ReadWrite) const
    {
        return trygg::RegisterFile::open(m_location, access);
    }
    // A file name in the test's own folder.
    std::string file(const std::string &name) const { return m_dir.file(name); }

private:
    TempDir m_dir;
    SqlTestDatabase m_database;
    std::string m_location;
};
