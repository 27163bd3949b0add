// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/SqlConnection.h"

#include <functional>
#include <memory>
#include <optional>
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

// Issue 16: a server that asks for a password none of libpq's sources gave (the address, ~/.pgpass,
// PGPASSWORD) gets what the program's prompt answers, asked with the address (without a password): the
// command line reads it from its terminal, the window asks in a dialog. None (no prompt, or the user gave
// none): the connection is refused, saying a password is needed. A password is kept in memory for the
// connection's reconnects, never written anywhere.
using PasswordPrompt = std::function<std::optional<std::string>(const std::string &address)>;
void setPasswordPrompt(PasswordPrompt prompt);
const PasswordPrompt &passwordPrompt();

} // namespace trygg
