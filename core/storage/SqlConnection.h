// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Error.h"
#include "model/Message.h"
#include "storage/SqlDialect.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

class SqlStatementBackend;

// The connection to the server was lost (the server restarted, the network was cut, an administrator
// ended the session): what was not committed is not saved; a new connection (SqlConnection::reconnect)
// goes on. Issue 16.
class ConnectionLost : public FileError {
public:
    using FileError::FileError;
};

// One connection to a register's database: a SQLite file (Database, Sqlite.h) or a PostgreSQL database
// (PostgresConnection, Postgres.h). The storage writes its statements once, with SQLite's numbered
// parameters (?1, ?2 ...) in syntax both accept; every value is bound, never pasted into SQL text.
class SqlConnection {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    virtual ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    virtual SqlDialect dialect() const = 0;
    // Where the register is, as messages name it: a file's path, or a server's address without its password.
    const std::string &path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    virtual bool inTransaction() const = 0;
    // Statements without parameters or results (BEGIN, DDL, settings); fails as statements do.
    virtual void exec(const char *sql) = 0;
    // Called by the outermost Transaction::commit() before it commits (the audit trail records there what
    // a transaction changed that no entry recorded yet); an exception from it rolls the transaction back.
    void setBeforeCommit(std::function<void()> beforeCommit) { m_beforeCommit = std::move(beforeCommit); }
    void beforeCommit() const
    {
        if (m_beforeCommit)
            m_beforeCommit();
    }
    // SQLite's rowid of the last insert. PostgreSQL has none: an insert that needs its new id says
    // `RETURNING id`, which both accept, and reads it as a row.
    virtual std::int64_t lastInsertId() const = 0;
    // The rows the last INSERT, UPDATE or DELETE changed.
    virtual int changes() const = 0;
    // A statement running longer is stopped, with a clear message and nothing changed; zero is no limit. Set
    // outside a transaction (logic_error else: a server forgets a setting made in one that rolls back).
    virtual void setStatementTimeout(std::chrono::milliseconds timeout) = 0;
    // After ConnectionLost: connects again (a file is never lost). Throws as connecting does.
    virtual void reconnect() {}
    // Issue 16: whether another client has committed a change since last asked. A server's connection listens
    // for the register's notice of each commit (LISTEN); asking costs no round trip, and throws ConnectionLost
    // when the connection went. A file has one writer: never.
    virtual bool takeChangeNotice() { return false; }
    // The database's message for the last failure, prefixed with what we were doing.
    [[noreturn]] virtual void fail(const Message &doing) const = 0;

protected:
    SqlConnection(std::string path, bool readOnly) : m_path(std::move(path)), m_readOnly(readOnly) {}

private:
    friend class Statement;
    friend class Transaction;
    virtual std::unique_ptr<SqlStatementBackend> prepare(const char *sql) const = 0;
    // The outermost transaction is BEGIN ... COMMIT, inner ones savepoints. rollback() never throws: the
    // exception that got there is the one to report. `reading`: Transaction::Kind::Read.
    virtual void begin(bool outermost, bool reading) = 0;
    virtual void commit(bool outermost) = 0;
    virtual void rollback(bool outermost) noexcept = 0;

    std::string m_path;
    bool m_readOnly;
    std::function<void()> m_beforeCommit;
};

// A prepared statement, finalized when it goes (an RAII object over the connection's own kind).
class Statement {
public:
    Statement(const SqlConnection &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // True while there is a row; false when done. Throws FileError on failure.
    bool step();
    // step() for statements that return no rows.
    void run();
    // Ready to run again, every parameter unbound (NULL).
    void reset();
    // The first column of the first row, if there is a row; resets the statement.
    std::optional<std::int64_t> scalar();

    bool isNull(int column) const;
    bool isInteger(int column) const; // an INTEGER value, not text or a real that looks like one
    bool isNumber(int column) const;  // an INTEGER or REAL value
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; // valid until the next step()
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    int columnCount() const;
    std::string_view columnName(int column) const;

private:
    std::unique_ptr<SqlStatementBackend> m_backend;
};

// A transaction that nests: the outermost one is BEGIN ... COMMIT, inner ones savepoints.
// Rolls back unless commit() is called, so an exception leaves the register as it was.
class Transaction {
public:
    // A Write transaction reads the register as the last change left it and changes it while no other client
    // writes (a server's clients take turns: PostgresConnection); a Read one sees one state of the register
    // from its first statement to its end, while others write on. A SQLite file has one writer anyway.
    enum class Kind { Write, Read };
    explicit Transaction(SqlConnection &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    SqlConnection &m_db;
    bool m_outermost;
    bool m_done = false;
};

} // namespace trygg
