// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Command-line tests that run against a register in a file and on a server (issue 16: "storage, CLI
// end-to-end and window tests run against both backends"): where a test would name a new file, it names what
// newRegister() gives, a file or a fresh database on the server of TRYGG_TEST_POSTGRES, and `init` makes
// the register there.

#include "CliRun.h"

#include "../core/SqlTestDatabase.h"

#include <string>

class CliBackendsTest : public CliTest, public testing::WithParamInterface<SqlBackend> {
protected:
    // Where a new register goes: a file named `name` in the test's folder, or a new database on the server.
    std::string newRegister(const std::string &name)
    {
        if (GetParam() == SqlBackend::Sqlite)
            return dir.file(name);
        if (!m_server.make(SqlBackend::Postgres))
            return {};
        return m_server.location();
    }

private:
    SqlTestDatabase m_server;
};
