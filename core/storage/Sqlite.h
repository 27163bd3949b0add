// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/SqlConnection.h"

#include <chrono>
#include <cstdint>
#include <string>

struct sqlite3;

namespace trygg {

// A register in a SQLite file: the SqlConnection of every file, with what only a file has (its identity
// on disk, other programs writing it behind this connection's back).
class Database final : public SqlConnection {
public:
    Database(const std::string &path, Mode mode);
    ~Database() override;

    sqlite3 *handle() const { return m_db; }
    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    bool inTransaction() const override;
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

    void exec(const char *sql) override;
    std::int64_t lastInsertId() const override;
    int changes() const override;
    // SQLite interrupts a statement running longer (its progress handler).
    void setStatementTimeout(std::chrono::milliseconds timeout) override;
    // The message SQLite gave for the last failure, prefixed with what we were doing.
    [[noreturn]] void fail(const Message &doing) const override;

private:
    std::unique_ptr<SqlStatementBackend> prepare(const char *sql) const override;
    void begin(bool outermost, bool reading) override;
    void commit(bool outermost) override;
    void rollback(bool outermost) noexcept override;

    sqlite3 *m_db = nullptr;
    bool m_identityKnown = false;
    bool m_refuseOtherWriters = false;
    std::int64_t m_dataVersion = 0; // SQLite's count of other connections' commits, when last taken
    std::int64_t m_size = 0;        // the file's size and time of last writing after this connection's last write
    std::int64_t m_modifiedNs = 0;
    const char *m_contentSql = nullptr;
    std::uint64_t m_device = 0;
    std::uint64_t m_inode = 0;
    std::chrono::milliseconds m_timeout{0};
    mutable std::chrono::steady_clock::time_point m_deadline; // of the statement running, when there is a timeout
    friend class SqliteStatement;
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
