// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace trygg {

// Thin RAII wrappers over the SQLite C API. All SQL of Trygg lives in core/storage; every value is
// bound, never pasted into SQL text.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    Database(const std::string &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    bool inTransaction() const;
    // Is the file at path() another one than the file opened (replaced, moved away or removed since)?
    // SQLite goes on with the file it opened; a change would be lost with it (issue 19).
    bool replaced() const;
    // From now on, a transaction that finds the file changed by another connection since (copied over in
    // place, restored, edited with another tool while this one holds the write lock) is refused as
    // RegisterReplaced before it writes: this connection's picture of the register is no longer the file's.
    // `contentSql` gives one value that differs between any two states of the file's content (a register's
    // last audit entry's hash): when the file's size or time of writing moved, it tells a file touched
    // only from one whose content changed.
    void refuseOtherWriters(const char *contentSql);
    bool changedByOthers();
    // After this connection's own commit or rollback: what the file is now is what it knows.
    void noteOwnWrite();

    void exec(const char *sql);
    // Called by the outermost Transaction::commit() before it commits (the audit trail records there what
    // a transaction changed that no entry recorded yet); an exception from it rolls the transaction back.
    void setBeforeCommit(std::function<void()> beforeCommit) { m_beforeCommit = std::move(beforeCommit); }
    void beforeCommit() const
    {
        if (m_beforeCommit)
            m_beforeCommit();
    }
    std::int64_t lastInsertId() const;
    int changes() const;
    // The message SQLite gave for the last failure, prefixed with what we were doing.
    [[noreturn]] void fail(const Message &doing) const;

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
    bool m_readOnly = false;
    std::function<void()> m_beforeCommit;
    bool m_identityKnown = false;
    bool m_refuseOtherWriters = false;
    std::int64_t m_dataVersion = 0; // SQLite's count of other connections' commits, when last taken
    std::int64_t m_size = 0;        // the file's size and time of last writing after this connection's last write
    std::int64_t m_modifiedNs = 0;
    const char *m_contentSql = nullptr;
    std::uint64_t m_device = 0;
    std::uint64_t m_inode = 0;
};

class Statement {
public:
    Statement(const Database &db, const char *sql);
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
    Statement &checked(int rc);
    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// A transaction that nests: the outermost one is BEGIN IMMEDIATE ... COMMIT, inner ones savepoints.
// Rolls back unless commit() is called, so an exception leaves the file as it was.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_outermost;
    bool m_done = false;
};

// Foreign keys unenforced for its life, and enforced again after if they were: a schema upgrade that
// rebuilds a table drops the old one, which would otherwise delete or null every row referring to it.
// SQLite ignores the setting inside a transaction, so this is made before the transaction begins.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database &db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
    bool m_wereOn = false;
};

} // namespace trygg
