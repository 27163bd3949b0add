// SPDX-License-Identifier: EUPL-1.2
#include "storage/Sqlite.h"

#include "model/Error.h"
#include "model/SystemError.h"
#include "platform/SafeFiles.h"
#include "storage/SideFiles.h"
#include "storage/SqlBackend.h"
#include "storage/Validation.h"

#include <sqlite3.h>


namespace trygg {
namespace {

// Issue 19: the file system as SQLite sees it through Trygg, the machine's own with two things taken away,
// so that what sidefiles::check found at opening stays true while a register is open (a window keeps it open
// for hours, and SQLite looks for a -wal file again at every read):
// - No shared memory (the methods of version 1): SQLite cannot use a write-ahead log, so a -wal put beside
//   an open register is an error (SQLITE_CANTOPEN), never read or written into the register.
// - A journal that is a link, not a plain file, or a file with another name is not opened: SQLite would
//   write the register's pages through it.
struct GuardedFile {
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_vfs *realVfs = nullptr;

GuardedFile *guarded(sqlite3_file *file)
{
    return reinterpret_cast<GuardedFile *>(file);
}

sqlite3_file *real(sqlite3_file *file)
{
    return guarded(file)->real();
}

const sqlite3_io_methods guardedMethods = {
    1,
    [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
    [](sqlite3_file *f, void *data, int amount, sqlite3_int64 offset) {
        return real(f)->pMethods->xRead(real(f), data, amount, offset);
    },
    [](sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset) {
        return real(f)->pMethods->xWrite(real(f), data, amount, offset);
    },
    [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
    [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
    [](sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); },
    [](sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); },
    [](sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); },
    [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
    [](sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); },
    [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
    [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int guardedOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    GuardedFile *wrapper = guarded(file);
    wrapper->base.pMethods = nullptr;
    if ((flags & SQLITE_OPEN_MAIN_JOURNAL) != 0 && name) {
        const std::optional<files::FileStatus> info = files::statusAt(name, files::Follow::NotLink);
        if (info && (info->kind != files::Kind::Regular || info->links != 1))
            return SQLITE_CANTOPEN;
    }
    const int rc = realVfs->xOpen(realVfs, name, wrapper->real(), flags, outFlags);
    if (wrapper->real()->pMethods)
        wrapper->base.pMethods = &guardedMethods;
    return rc;
}

const char *guardedVfs()
{
    static sqlite3_vfs vfs = [] {
        realVfs = sqlite3_vfs_find(nullptr);
        sqlite3_vfs copy = *realVfs;
        copy.zName = "trygg-guarded";
        copy.szOsFile = static_cast<int>(sizeof(GuardedFile)) + realVfs->szOsFile;
        copy.xOpen = guardedOpen;
        copy.pAppData = nullptr;
        return copy;
    }();
    static const bool registered = sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    return registered ? vfs.zName : nullptr;
}

} // namespace

Database::Database(const std::string &path, Mode mode) : SqlConnection(path, mode == Mode::ReadOnly)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    // A new file is never opened through a link (the register's own file was created exclusively).
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW; break;
    }
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, guardedVfs()) != SQLITE_OK) {
        sidefiles::checkKinds(path); // a side file in the way is named
        // The operating system's reason in the reader's language where there is one (issue 18).
        const int osError = m_db ? sqlite3_system_errno(m_db) : 0;
        Message message = !m_db        ? trygg::trMsg("out of memory")
                          : osError != 0 ? trygg::systemError(osError)
                                         : Message(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw FileError(trygg::trMsg("%1: cannot open: %2", path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (const auto identity = files::identityOf(path)) {
        m_identityKnown = true;
        m_device = identity->device;
        m_inode = identity->inode;
    }
    // A register may come from anyone: never run code a crafted file brings along.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    // Nor let a crafted value of many megabytes into memory (validation::MaxValueBytes).
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, validation::MaxValueBytes);
    // Another instance on a network share may hold the lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(const char *sql)
{
    // BEGIN, COMMIT and pragmas fail for the same reasons as statements (a full disk at COMMIT):
    // report them the same way.
    if (m_timeout.count() > 0)
        m_deadline = std::chrono::steady_clock::now() + m_timeout;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(trygg::trMsg("saving"));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::replaced() const
{
    if (!m_identityKnown)
        return false;
    const auto now = files::identityOf(path());
    return !now || now->device != m_device || now->inode != m_inode;
}

namespace {

std::int64_t dataVersion(Database &db)
{
    Statement query(db, "PRAGMA data_version");
    return query.step() ? query.int64(0) : 0;
}

std::string contentOf(Database &db, const char *sql)
{
    Statement query(db, sql);
    return query.step() && !query.isNull(0) ? query.text(0) : std::string();
}

} // namespace

void Database::refuseOtherWriters(const char *contentSql)
{
    m_refuseOtherWriters = true;
    m_contentSql = contentSql;
    m_dataVersion = dataVersion(*this);
    noteOwnWrite();
}

void Database::noteOwnWrite()
{
    if (!m_refuseOtherWriters)
        return;
    const auto now = files::identityOf(path());
    m_size = now ? now->size : 0;
    m_modifiedNs = now ? now->modifiedNs : 0;
}

// SQLite itself sees another connection's commit only when the file's change counter moved: a register
// copied over in place after as many commits as this one has the same counter, and SQLite would go on
// with its cached pages, writing them into the other register. The file's size and time of writing tell.
bool Database::changedByOthers()
{
    if (!m_refuseOtherWriters)
        return false;
    if (dataVersion(*this) != m_dataVersion)
        return true;
    const auto now = files::identityOf(path());
    if (!now || (now->size == m_size && now->modifiedNs == m_modifiedNs))
        return false;
    // Touched, or changed: what this connection knows (its cached pages) against what a new connection,
    // which has none, reads from the file.
    std::string inFile;
    try {
        Database fresh(path(), Mode::ReadOnly);
        inFile = contentOf(fresh, m_contentSql);
    } catch (const std::exception &) {
        return true; // not even a register any more
    }
    if (inFile != contentOf(*this, m_contentSql))
        return true;
    noteOwnWrite();
    return false;
}

void Database::fail(const Message &doing) const
{
    const int code = sqlite3_extended_errcode(m_db);
    // Issue 19: SQLite says "read-only" (its file moved) or "damaged" (another register's pages) when the
    // register was replaced behind it; what happened is said instead.
    if (replaced()) {
        throw RegisterReplaced(trygg::trMsg("%1: %2: the register was replaced by another file (or moved or removed) "
                                            "since it was opened; nothing was changed",
                                            path(), doing));
    }
    // A side file put in the way since the register was opened (the guarded file system refuses it): named.
    if ((code & 0xff) == SQLITE_CANTOPEN || (code & 0xff) == SQLITE_IOERR)
        sidefiles::checkKinds(path());
    Message problem;
    switch (code & 0xff) {
    case SQLITE_FULL:
        // Issue 12: "nothing was changed" only when it is true. The change is undone at once; when SQLite
        // could not undo it in the file, the journal that will is left beside it.
        if (inTransaction())
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        problem = sidefiles::hotJournal(path())
                      ? trygg::trMsg("the disk is full, and the file may hold part of the change, which could not "
                                     "be undone yet: %1 holds what undoes it. Make room on the disk, then open the "
                                     "register for writing once, which rolls the change back",
                                     path() + "-journal")
                      : trygg::trMsg("the disk is full; nothing was changed");
        break;
    case SQLITE_READONLY:
        problem = code == SQLITE_READONLY_ROLLBACK
                      ? trygg::trMsg("a change to it was interrupted (a program was stopped, or the disk was full, "
                                     "while it saved) and must be rolled back before the register can be read. Open "
                                     "it once for writing, as someone who may change the file and its folder, which "
                                     "rolls the change back; nothing was changed")
                      : trygg::trMsg("the file or its folder is read-only; nothing was changed");
        break;
    case SQLITE_INTERRUPT: problem = sql::timeoutProblem(); break;
    case SQLITE_CONSTRAINT: problem = sql::constraintProblem(sqlite3_errmsg(m_db)); break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: problem = trygg::trMsg("the file is in use by another program; try again"); break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: problem = trygg::trMsg("the file is damaged or is not a Trygg register"); break;
    case SQLITE_TOOBIG:
        problem = trygg::trMsg("a value is larger than the %1 MB Trygg allows; Trygg never writes one, so the file was "
                               "changed by another program",
                               validation::MaxValueBytes / (1024 * 1024));
        break;
    default:
        problem = sqlite3_system_errno(m_db) != 0 ? trygg::systemError(sqlite3_system_errno(m_db))
                                                  : Message(sqlite3_errmsg(m_db));
    }
    throw FileError(trygg::trMsg("%1: %2: %3", path(), doing, problem));
}

namespace {

// A statement running longer than the connection's timeout is interrupted (SQLITE_INTERRUPT).
int pastDeadline(void *deadline)
{
    return std::chrono::steady_clock::now() > *static_cast<std::chrono::steady_clock::time_point *>(deadline) ? 1 : 0;
}

} // namespace

class SqliteStatement final : public SqlStatementBackend {
public:
    SqliteStatement(const Database &db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            db.fail(trygg::trMsg("preparing a query"));
    }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

    void bindInt64(int index, std::int64_t value) override { checked(sqlite3_bind_int64(m_stmt, index, value)); }
    void bindReal(int index, double value) override { checked(sqlite3_bind_double(m_stmt, index, value)); }
    void bindText(int index, std::string_view text) override
    {
        // A default-constructed string_view has no data pointer, which SQLite would store as NULL.
        checked(sqlite3_bind_text64(m_stmt, index, text.data() ? text.data() : "", text.size(), SQLITE_TRANSIENT,
                                    SQLITE_UTF8));
    }
    void bindNull(int index) override { checked(sqlite3_bind_null(m_stmt, index)); }

    bool step() override
    {
        if (m_db.m_timeout.count() > 0 && !sqlite3_stmt_busy(m_stmt))
            m_db.m_deadline = std::chrono::steady_clock::now() + m_db.m_timeout;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        sqlite3_reset(m_stmt);
        m_db.fail(trygg::trMsg("writing"));
    }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    bool isInteger(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER; }
    bool isNumber(int column) const override
    {
        const int type = sqlite3_column_type(m_stmt, column);
        return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
    }
    std::int64_t int64(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::string_view textView(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!data)
            return {};
        return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
    }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    std::string_view columnName(int column) const override
    {
        const char *name = sqlite3_column_name(m_stmt, column);
        return name ? std::string_view(name) : std::string_view();
    }

private:
    // A parameter SQLite refuses (a text over the length limit) would otherwise be stored as NULL.
    void checked(int rc)
    {
        if (rc != SQLITE_OK)
            m_db.fail(trygg::trMsg("saving"));
    }
    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

std::unique_ptr<SqlStatementBackend> Database::prepare(const char *sql) const
{
    return std::make_unique<SqliteStatement>(*this, sql);
}

void Database::setStatementTimeout(std::chrono::milliseconds timeout)
{
    if (inTransaction()) // as on a server (SqlConnection.h)
        throw std::logic_error("the statement timeout is set outside a transaction");
    m_timeout = timeout;
    if (timeout.count() > 0)
        sqlite3_progress_handler(m_db, 1000, pastDeadline, &m_deadline);
    else
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

void Database::begin(bool outermost, bool reading)
{
    // A reading transaction holds SQLite's shared lock from its first read to its end; a writing one takes the
    // write lock at once (a file has one writer at a time).
    exec(!outermost ? "SAVEPOINT trygg_nested" : reading ? "BEGIN" : "BEGIN IMMEDIATE");
    // Issue 19: within the transaction SQLite has read the file's header, so a change by another connection
    // shows here, before anything is written over a register this connection no longer knows. Reading what
    // another has written (a read-only window beside the writer) is what reading is for.
    bool changed = false;
    try {
        changed = outermost && !reading && changedByOthers();
    } catch (...) {
        // Reading what the file is now failed (busy, an I/O error, a damaged file): the transaction just begun
        // must not stay open, or the next one would be taken for a savepoint inside it and never committed.
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    if (changed) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw RegisterReplaced(trygg::trMsg("%1: the register was replaced or changed by another program since it "
                                            "was opened; nothing was changed",
                                            path()));
    }
}

void Database::rollback(bool outermost) noexcept
{
    if (outermost) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        noteOwnWrite(); // a rollback may write the journal's pages back
    } else
        sqlite3_exec(m_db, "ROLLBACK TO trygg_nested; RELEASE trygg_nested", nullptr, nullptr, nullptr);
}

void Database::commit(bool outermost)
{
    exec(outermost ? "COMMIT" : "RELEASE trygg_nested");
    if (outermost)
        noteOwnWrite();
}

ForeignKeysOff::ForeignKeysOff(Database &db) : m_db(db)
{
    Statement query(db, "PRAGMA foreign_keys");
    m_wereOn = query.step() && query.int64(0) != 0;
    query.reset();
    if (m_wereOn)
        db.exec("PRAGMA foreign_keys = OFF");
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (m_wereOn) // never throws: a failure here leaves them off, which the next open() sets again
        sqlite3_exec(m_db.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

} // namespace trygg
