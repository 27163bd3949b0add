// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Changes a file behind Trygg's back, as another program or a hand edit would.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

inline void rawSql(const std::string &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}
