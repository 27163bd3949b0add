// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace trygg {

// What kind of database a connection speaks to (SqlConnection::dialect) and a schema is written for
// (schema::createStatements): where their SQL differs, the storage asks.
enum class SqlDialect { Sqlite, Postgres };

} // namespace trygg
