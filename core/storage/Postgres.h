// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/SqlConnection.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace trygg {

// A register in a PostgreSQL database (issue 16), over libpq. The address is a libpq URI
// (postgresql://host[:port]/dbname, postgresql:///dbname?host=/socket); the password, if the server asks
// for one, comes from libpq's usual sources (the URI, ~/.pgpass, PGPASSWORD, Kerberos).
//
// The storage's statement texts run unchanged: their ?N become $N, and each text is prepared once per
// connection (per kind of value bound: an integer is bound as bigint, a real as double precision, a text as
// text, a NULL as of no type, which the server infers). Results come as text and are read as SQLite gives
// them: a column of an integer type isInteger(), of a floating or numeric type isNumber().
//
// Failures are FileError with a translatable message: the server unreachable, the login refused, a
// statement stopped by the timeout, a rule of the schema broken; ConnectionLost when the connection went
// (the server rolls back what was not committed).
class PostgresConnection final : public SqlConnection {
public:
    PostgresConnection(const std::string &uri, Mode mode);
    ~PostgresConnection() override;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    bool inTransaction() const override;
    void exec(const char *sql) override;
    // Not kept by PostgreSQL: an insert says RETURNING id instead. Throws std::logic_error.
    std::int64_t lastInsertId() const override;
    int changes() const override { return m_changes; }
    void setStatementTimeout(std::chrono::milliseconds timeout) override;
    void reconnect() override;
    bool takeChangeNotice() override;
    [[noreturn]] void fail(const Message &doing) const override;

private:
    friend class PostgresStatement;
    friend class PostgresCopy;
    std::unique_ptr<SqlStatementBackend> prepare(const char *sql) const override;
    void begin(bool outermost, bool reading) override;
    void commit(bool outermost) override;
    void rollback(bool outermost) noexcept override;

    void connect();
    // The name of the statement prepared on this connection for `sql` with parameters of these types.
    const std::string &prepared(const std::string &sql, const std::vector<unsigned> &types) const;
    void applyTimeout();
    // Throws what `result` (cleared here; none for a failure of the connection itself) says went wrong.
    [[noreturn]] void failWith(pg_result *result, const Message &doing) const;
    // Clears a successful result; throws for any other.
    void check(pg_result *result, const Message &doing) const;

    std::string m_uri;
    std::optional<std::string> m_password; // what the password prompt gave (Connect.h), for reconnects
    bool m_readOnlyMode;
    pg_conn *m_conn = nullptr;
    mutable std::unordered_map<std::string, std::string> m_prepared;
    mutable unsigned long m_statementsPrepared = 0;
    mutable int m_changes = 0;
    std::chrono::milliseconds m_timeout{0};
    bool m_committing = false;
};

// Rows written into one table as one COPY ... FROM STDIN stream (issue 16: `trygg-cli copy` of a large register
// to a server), not a statement per row: the server parses, plans and checks one statement, not 400,000, and
// there is no round trip per row. The values are given as a Statement's are bound, each row's in the order of
// `columns`, and go as COPY's text format (a text's backslash, tab, newline and carriage return escaped, NULL as
// \N; a text holding a NUL character is refused, as bindText refuses it). The server checks every row as an
// INSERT's, and finish() throws what it refused (a rule of the schema broken) as a statement would; a copy gone
// unfinished is abandoned, which fails the transaction it is in.
class PostgresCopy {
public:
    PostgresCopy(PostgresConnection &db, const std::string &table, const std::string &columns);
    ~PostgresCopy();
    PostgresCopy(const PostgresCopy &) = delete;
    PostgresCopy &operator=(const PostgresCopy &) = delete;

    void addNull();
    void add(std::int64_t value);
    void add(double value);
    void add(std::string_view text);
    void endRow();
    // Sends what is left and ends the stream; throws FileError (ConnectionLost) as a statement does.
    void finish();

private:
    void separate();
    void send();

    PostgresConnection &m_db;
    std::string m_buffer;
    bool m_rowStarted = false;
    bool m_open = false;
};

} // namespace trygg
