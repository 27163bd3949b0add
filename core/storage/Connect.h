// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/SqlConnection.h"

#include <memory>
#include <string>
#include <string_view>

namespace trygg {

// Is `location` a server's address (a libpq URI, postgresql://... or postgres://...) rather than a file?
bool isServerAddress(std::string_view location);
// A server's address as messages show it: any password in it left out.
std::string addressWithoutPassword(std::string_view address);
// Was this build made with PostgreSQL (TRYGG_POSTGRES)?
bool hasServerSupport();
// A connection to the register at `location`: SQLite for a file's path, PostgreSQL for a server's address
// (a FileError saying so in a build without PostgreSQL).
std::unique_ptr<SqlConnection> connectTo(const std::string &location, SqlConnection::Mode mode);

} // namespace trygg
