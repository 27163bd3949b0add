// SPDX-License-Identifier: EUPL-1.2
#include "storage/RegisterFile.h"

#include "deadlines/DeadlineRule.h"
#include "matrix/Presets.h"
#include "model/Asset.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/SystemError.h"
#include "model/Text.h"
#include "platform/Paths.h"
#include "platform/SafeFiles.h"
#include "storage/Connect.h"
#include "storage/RowReader.h"
#include "storage/ServerRegister.h"
#include "storage/Schema.h"
#include "storage/SideFiles.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"
#include "storage/WriteLock.h"

#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace trygg {
namespace {

// The rules a register may cite its own policy for, as the file names them (policy_reference.rule).
constexpr std::array<const char *, 4> PolicyRules = {"owner", "deputy", "separation", "many_affected"};

template <typename References> auto *policyReference(References &references, std::string_view rule)
{
    return rule == "owner"           ? &references.owner
           : rule == "deputy"        ? &references.deputy
           : rule == "separation"    ? &references.separation
           : rule == "many_affected" ? &references.manyAffected
                                     : nullptr;
}

bool isLanguage(std::string_view language)
{
    return language == "da" || language == "nb" || language == "sv" || language == "en";
}

// SQLite's quick check of the whole file (its structure, not the content of every row).
void requireUndamaged(Database &db)
{
    Message problem;
    try {
        Statement check(db, "PRAGMA quick_check(1)");
        if (check.step() && check.textView(0) != "ok")
            problem = check.text(0);
    } catch (const FileError &) {
        problem = trygg::trMsg("SQLite cannot read its structure");
    }
    if (!problem.empty())
        throw FileError(trygg::trMsg("%1: the file is damaged (%2); it was not upgraded and was left as it was",
                                     db.path(), problem));
}

bool writable(const std::filesystem::path &path)
{
    return files::canWrite(files::utf8Of(path));
}

// Issue 12: a command that only reads finds a change interrupted by a kill or a full disk (a journal
// with a header, which sidefiles::check has found to belong to this file). A connection that may write
// rolls it back, as opening for writing would; SQLite does it on the first read, under its own lock, and
// leaves the journal alone when another connection is in the middle of that change. A file or folder we
// may not write is left for SQLite to refuse (Database::fail says the change must be rolled back).
void rollBackInterruptedChange(const std::string &path)
{
    if (!sidefiles::hotJournal(path))
        return;
    const std::filesystem::path file = files::pathFromUtf8(path);
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    if (!writable(file) || !writable(folder))
        return;
    Database db(path, Database::Mode::ReadWrite);
    Statement(db, "SELECT count(*) FROM sqlite_schema").scalar();
}

// SQLite writes whole pages only: a file whose size is not a whole number of the pages its header names
// was cut or added to by something else. Opening it could change it (rolling back a failed upgrade sets
// the size the header gives), so it is refused before anything writes, and left as it is.
void requireWholePages(const std::string &path)
{
    std::ifstream in(files::pathFromUtf8(path), std::ios::binary);
    char header[18] = {};
    if (!in.read(header, sizeof header) || std::memcmp(header, "SQLite format 3", 16) != 0)
        return; // not SQLite's: said when it is opened
    const unsigned stored = (static_cast<unsigned char>(header[16]) << 8) | static_cast<unsigned char>(header[17]);
    const std::uintmax_t pageSize = stored == 1 ? 65536u : stored;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return; // not a page size: SQLite refuses the file
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(files::pathFromUtf8(path), ec);
    if (!ec && size % pageSize != 0)
        throw FileError(trygg::trMsg("%1: the file is damaged: its size (%2 bytes) is not a whole number of its "
                                     "pages of %3 bytes; it was not opened and was left as it was",
                                     path, static_cast<long long>(size), static_cast<long long>(pageSize)));
}

// Anything at `path`, a dangling link included, is refused and left as it is: a new register is never
// created through a link (someone who can write the folder would choose where it lands).
void refuseExisting(const std::string &path, const Message &exists)
{
    switch (files::kindAt(path)) {
    case files::Kind::Missing: return;
    case files::Kind::Link:
        throw FileError(trygg::trMsg("%1 is a symbolic link: a register is not created through a link; it was left "
                                     "as it is",
                                     path));
    default: throw FileError(exists);
    }
}

// The new register's file, created exclusively and never through a link (files::createExclusive), owner
// and group only (files::newFileMode: a colleague in the group can open it read-only; a copy passes the
// mode of its original); SQLite then opens this empty file.
void createEmpty(const std::string &path, const Message &exists, unsigned mode = files::newFileMode())
{
    const int fd = files::createExclusive(path, mode);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST || error == ELOOP)
            refuseExisting(path, exists);
        throw FileError(trygg::trMsg("%1: cannot create the file: %2", path, trygg::systemError(error)));
    }
    files::closeQuietly(fd);
}

// Issue 16: a register on a server is made by trygg-cli init in an empty database, or copied there from a file.
[[noreturn]] void refuseServerCreate(const std::string &address)
{
    throw FileError(trygg::trMsg("%1: a register on a server is made with trygg-cli init, or copied there from a "
                                 "file with trygg-cli copy; nothing was changed",
                                 addressWithoutPassword(address)));
}

} // namespace

RegisterFile::RegisterFile(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
RegisterFile::RegisterFile(RegisterFile &&other) noexcept
    : m_lock(std::move(other.m_lock)), m_lockLost(other.m_lockLost), m_db(std::move(other.m_db)),
      m_statements(std::move(other.m_statements)), m_matrices(std::move(other.m_matrices)),
      m_osUser(std::move(other.m_osUser)), m_actingPerson(std::move(other.m_actingPerson)),
      m_followsChanges(other.m_followsChanges)
{
    if (m_followsChanges)
        m_db->setBeforeCommit([this] { recordUnrecordedChanges(); });
}
RegisterFile::~RegisterFile() = default;

RegisterFile &RegisterFile::operator=(RegisterFile &&other) noexcept
{
    // Statements belong to the old connection: finalize them before it closes.
    m_statements.clear();
    m_statements = std::move(other.m_statements);
    m_db = std::move(other.m_db);
    m_lock = std::move(other.m_lock); // after the old connection closed
    m_lockLost = other.m_lockLost;
    m_matrices = std::move(other.m_matrices);
    m_osUser = std::move(other.m_osUser);
    m_actingPerson = std::move(other.m_actingPerson);
    m_followsChanges = other.m_followsChanges;
    if (m_followsChanges)
        m_db->setBeforeCommit([this] { recordUnrecordedChanges(); });
    return *this;
}

Database &RegisterFile::fileDatabase() const
{
    auto *file = dynamic_cast<Database *>(m_db.get());
    if (!file)
        throw std::logic_error("a register file's own operation on a register that is not a file");
    return *file;
}

const std::string &RegisterFile::path() const
{
    return m_db->path();
}

bool RegisterFile::readOnly() const
{
    return m_db->readOnly() || m_lockLost;
}

bool RegisterFile::refreshLock()
{
    if (m_lock && !m_lockLost && !m_lock->refresh())
        m_lockLost = true;
    return !m_lockLost;
}

void RegisterFile::configure()
{
    // Files live on network shares: rollback journal, not WAL, and full sync (STYLE.md, Storage).
    m_db->exec("PRAGMA foreign_keys = ON");
    // Issue 19: an import of 100,000 rows is one transaction; with SQLite's default cache of 2 MB its pages
    // were written out and read back again and again before the commit. The cache grows only as used.
    m_db->exec("PRAGMA cache_size = -65536");
    if (!m_db->readOnly()) {
        m_db->exec("PRAGMA journal_mode = DELETE");
        m_db->exec("PRAGMA synchronous = FULL");
    }
}

RegisterFile RegisterFile::create(const std::string &path, std::string_view preset, std::string_view name)
{
    std::unique_ptr<WriteLock> lock = build(path, preset, name, nullptr);
    return openLocked(path, std::move(lock));
}

void RegisterFile::createWhole(const std::string &path, std::string_view preset, std::string_view name,
                               const std::function<void(RegisterFile &)> &fill)
{
    build(path, preset, name, fill);
}

std::unique_ptr<WriteLock> RegisterFile::build(const std::string &path, std::string_view preset, std::string_view name,
                                               const std::function<void(RegisterFile &)> &fill)
{
    if (isServerAddress(path))
        refuseServerCreate(path);
    RiskMatrix matrix = presetMatrix(preset); // an unknown preset fails before any file exists
    const Message exists = trygg::trMsg("%1: the file already exists; choose another name or delete it first", path);
    refuseExisting(path, exists);
    sidefiles::check(path, sidefiles::Purpose::Write);
    // Before the file exists: another instance creating the same register at once finds the lock.
    std::unique_ptr<WriteLock> lock = WriteLock::acquire(path);
    const std::string temporary = files::unpredictableName(path, ".part");
    createEmpty(temporary, exists);
    try {
        {
            RegisterFile file(std::make_unique<Database>(temporary, Database::Mode::Create));
            file.configure();
            file.m_db->exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
            schema::upgrade(file.fileDatabase());
            file.followChanges();

            Transaction transaction(*file.m_db);
            RegisterInfo info;
            info.name = std::string(name);
            info.language = presetLanguage(preset);
            info.created = Clock::todayLocal();
            info.classificationLevels = presetClassificationLevels(preset);
            file.cached("INSERT INTO register (id, name, language, created, review_rule, uid) "
                        "VALUES (1, ?1, ?2, ?3, ?4, lower(hex(randomblob(16))))")
                .bind(1, info.name)
                .bind(2, info.language)
                .bind(3, info.created.toIso())
                .bind(4, info.reviewRule)
                .run();
            file.writeAudit("create", "register", 1, info.name);
            info.currentMatrixId = file.addMatrix(matrix);
            file.updateInfo(info);
            schema::writeReviewDefaults(file.fileDatabase(), preset);
            transaction.commit();
            if (fill)
                fill(file);
        } // closed, its journal gone: complete
        if (!files::placeNew(temporary, path)) {
            const int error = errno;
            if (error == EEXIST)
                throw FileError(exists);
            throw FileError(trygg::trMsg("%1: cannot create the file: %2", path, trygg::systemError(error)));
        }
    } catch (...) {
        files::removeQuietly(temporary);
        files::removeQuietly(temporary + "-journal");
        throw;
    }
    return lock;
}

RegisterFile RegisterFile::open(const std::string &path, Access access)
{
    if (isServerAddress(path)) {
        // Issue 16: many clients write at once; each change takes its turn (Transaction), so no lock is held
        // for as long as the register is open.
        RegisterFile file(std::unique_ptr<Database>{});
        const bool readOnly = access == Access::ReadOnly;
        file.m_db = connectTo(path, readOnly ? SqlConnection::Mode::ReadOnly : SqlConnection::Mode::ReadWrite);
        server::requireRegister(*file.m_db);
        if (!readOnly) {
            server::upgrade(*file.m_db);
            file.followChanges();
        }
        return file;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(files::pathFromUtf8(path), ec))
        throw FileError(trygg::trMsg("%1: no such file", path));
    // Side files SQLite would read the register through, before anything reads it (issues 12, 19).
    sidefiles::check(path, access == Access::ReadOnly ? sidefiles::Purpose::Read : sidefiles::Purpose::Write);
    requireWholePages(path);
    if (access == Access::ReadOnly) {
        rollBackInterruptedChange(path);
        return openLocked(path, nullptr);
    }
    // The lock before the connection: a schema upgrade on open writes.
    std::unique_ptr<WriteLock> lock;
    try {
        lock = WriteLock::acquire(path);
    } catch (const FileInUse &) {
        throw;
    } catch (const FileError &error) {
        throw LockUnavailable(error.message());
    }
    return openLocked(path, std::move(lock));
}

RegisterFile RegisterFile::takeOver(const std::string &path, bool evenIfHeld)
{
    if (isServerAddress(path))
        return open(path); // a server's clients hold no lock on the register to take over
    std::error_code ec;
    if (!std::filesystem::is_regular_file(files::pathFromUtf8(path), ec))
        throw FileError(trygg::trMsg("%1: no such file", path));
    sidefiles::check(path, sidefiles::Purpose::Write);
    requireWholePages(path);
    return openLocked(path, WriteLock::takeOver(path, evenIfHeld));
}

// Opens read-only when `lock` is null.
RegisterFile RegisterFile::openLocked(const std::string &path, std::unique_ptr<WriteLock> lock)
{
    const bool readOnly = !lock;
    RegisterFile file(
        std::make_unique<Database>(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite));
    file.m_lock = std::move(lock);
    Database &db = file.fileDatabase();
    const int applicationId = schema::applicationId(db);
    if (applicationId != schema::ApplicationId) {
        Statement tables(db, "SELECT count(*) FROM sqlite_schema");
        const bool empty = tables.step() && tables.int64(0) == 0;
        throw FileError(empty ? trygg::trMsg("%1: the file is empty, not a Trygg register", path)
                              : trygg::trMsg("%1: this is a database of another program, not a Trygg register", path));
    }
    const int version = schema::version(db);
    if (version > schema::CurrentVersion)
        throw FileError(
            trygg::trMsg("%1: the register was saved by a newer version of Trygg (file version %2, this program "
                         "reads up to version %3); open it with a newer Trygg",
                         path, version, schema::CurrentVersion));
    if (version < 0)
        throw FileError(
            trygg::trMsg("%1: the file header holds the version number %2, which no Trygg ever wrote; the file "
                         "is damaged and was left as it was",
                         path, version));
    // Before anything is written (configure, an upgrade): no index, trigger or view brought by the file.
    schema::requireOwnObjects(db);
    file.configure();
    // The schema as this version expects it, and the one row of register information.
    auto checkContent = [&] {
        schema::validate(db);
        Statement registerRow(db, "SELECT count(*) FROM register");
        if (!registerRow.step() || registerRow.int64(0) != 1)
            throw FileError(trygg::trMsg("%1: the register is incomplete: it has no register information", path));
    };
    if (version < schema::CurrentVersion) {
        if (readOnly)
            throw FileError(trygg::trMsg(
                "%1: the register must be upgraded to this version of Trygg, which needs write access", path));
        // The upgrade writes into the file: never into a damaged one.
        requireUndamaged(db);
        // A version 0 file holds nothing yet (its creation stopped before the first table).
        const std::string backup = version > 0 ? file.backupBeforeUpgrade() : std::string();
        try {
            // One transaction over every step and the check of the result: a failure anywhere leaves
            // the file exactly as it was. Foreign keys off before it: steps rebuild tables.
            ForeignKeysOff foreignKeysOff(db);
            Transaction whole(db);
            schema::upgrade(db);
            checkContent();
            whole.commit();
        } catch (const std::exception &error) {
            if (backup.empty())
                throw FileError(
                    trygg::trMsg("%1: the register could not be upgraded to this version of Trygg (%2); the file "
                                 "was left as it was",
                                 path, messageOf(error)));
            throw FileError(
                trygg::trMsg("%1: the register could not be upgraded to this version of Trygg (%2); the file was "
                             "left as it was; a copy made before the upgrade is %3",
                             path, messageOf(error), backup));
        }
    } else {
        checkContent();
    }
    if (!readOnly) {
        file.followChanges();
        // It holds the write lock: any other change to the file is not Trygg's (issue 19).
        db.refuseOtherWriters("SELECT chain_hash FROM audit ORDER BY id DESC LIMIT 1");
    }
    return file;
}

Statement &RegisterFile::cached(const char *sql) const
{
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(*m_db, sql);
    else
        slot->reset();
    return *slot;
}

void RegisterFile::requireWritable() const
{
    if (m_lockLost)
        throw FileError(
            trygg::trMsg("%1: another instance has taken over the register's write lock; nothing was changed", path()));
    if (m_db->readOnly())
        throw FileError(trygg::trMsg("%1: the register is open read-only; nothing was changed", path()));
    // Issue 19: a register replaced behind an open window is named so, before a change goes into the file
    // that was opened (SQLite would write on into a file no longer at its path, or refuse as "read-only").
    // Once per change: inside a transaction the file is locked already.
    if (m_db->dialect() == SqlDialect::Sqlite && !m_db->inTransaction() && fileDatabase().replaced())
        throw RegisterReplaced(trygg::trMsg("%1: the register was replaced by another file (or moved or removed) "
                                            "since it was opened; nothing was changed",
                                            path()));
}

RegisterInfo RegisterFile::info() const
{
    Statement &query = cached("SELECT id, name, language, created, current_matrix_id, review_rule, uid FROM register");
    if (!query.step())
        throw FileError(trygg::trMsg("%1: the register has no register information", path()));
    const RowReader row(query, path(), "register");
    RegisterInfo info;
    info.name = row.text(1, "name", validation::MaxNameLength);
    info.language = row.text(2, "language", validation::MaxNameLength);
    if (!isLanguage(info.language))
        row.notOneOf("language", info.language, "da, nb, sv, en");
    info.created = row.date(3, "created");
    info.currentMatrixId = row.optionalInteger(4, "current_matrix_id").value_or(0);
    info.reviewRule = row.text(5, "review_rule", validation::MaxNameLength);
    info.uid = row.text(6, "uid", validation::MaxNameLength);
    query.reset();
    // A level missing from the file (a hand-edited one) takes the name for the register's language,
    // so the asset editor always has five names to show.
    info.classificationLevels = classificationLevelsFor(info.language);
    Statement &levels = cached("SELECT level, label, definition FROM classification_level ORDER BY level");
    while (levels.step()) {
        const auto level = levels.int64(0);
        if (level >= 0 && level < static_cast<std::int64_t>(info.classificationLevels.size()))
            info.classificationLevels[static_cast<std::size_t>(level)] = {levels.text(1), levels.text(2)};
    }
    Statement &references = cached("SELECT rule, reference FROM policy_reference");
    while (references.step())
        if (std::string *reference = policyReference(info.policyReferences, references.textView(0)))
            *reference = references.text(1);
    return info;
}

void RegisterFile::updateInfo(const RegisterInfo &info)
{
    requireWritable();
    validation::requireName(trygg::trMsg("the register's name"), info.name);
    if (!isLanguage(info.language))
        throw InputError(trygg::trMsg("the register's language '%1' is not one of da, nb, sv, en", info.language));
    if (!DeadlineRule::parse(info.reviewRule))
        throw InputError(trygg::trMsg(
            "the review rule '%1' is not one of odd-year, even-year-q1, months:N, yearly:MM-DD", info.reviewRule));
    storedMatrix(info.currentMatrixId); // must exist
    if (info.classificationLevels.size() != static_cast<std::size_t>(ClassificationLevelMax + 1))
        throw InputError(trygg::trMsg("the register needs names for the %1 classification levels 0-%2, not %3",
                                      ClassificationLevelMax + 1, ClassificationLevelMax,
                                      info.classificationLevels.size()));
    for (std::size_t level = 0; level < info.classificationLevels.size(); ++level) {
        validation::requireName(trygg::trMsg("the name of classification level %1", level),
                                info.classificationLevels[level].label);
        validation::requireText(trygg::trMsg("the definition of classification level %1", level),
                                info.classificationLevels[level].definition, validation::MaxTextLength, false);
    }
    for (const char *rule : PolicyRules)
        validation::requireText(trygg::trMsg("the register's reference for the rule '%1'", rule),
                                *policyReference(info.policyReferences, rule), validation::MaxNameLength, false);
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("register", 1);
    cached("DELETE FROM policy_reference").run();
    Statement &reference = cached("INSERT INTO policy_reference (rule, reference) VALUES (?1, ?2)");
    for (const char *rule : PolicyRules)
        if (const std::string text(trim(*policyReference(info.policyReferences, rule))); !text.empty())
            reference.bind(1, rule).bind(2, text).run();
    cached("UPDATE register SET name = ?1, language = ?2, current_matrix_id = ?3, review_rule = ?4")
        .bind(1, info.name)
        .bind(2, info.language)
        .bind(3, info.currentMatrixId)
        .bind(4, info.reviewRule)
        .run();
    Statement &level = cached("INSERT INTO classification_level (level, label, definition) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (level) DO UPDATE SET label = excluded.label, "
                              "definition = excluded.definition "
                              "WHERE classification_level.label IS DISTINCT FROM excluded.label "
                              "OR classification_level.definition IS DISTINCT FROM excluded.definition");
    for (std::size_t i = 0; i < info.classificationLevels.size(); ++i)
        level.bind(1, static_cast<int>(i))
            .bind(2, info.classificationLevels[i].label)
            .bind(3, info.classificationLevels[i].definition)
            .run();
    recordEdits("register", 1, before, info.name);
    transaction.commit();
}

} // namespace trygg

namespace trygg {

void RegisterFile::saveCopy(const std::string &target, CopyIdentity identity) const
{
    refuseExisting(target, trygg::trMsg("%1: the file already exists; choose another name", target));
    sidefiles::check(target, sidefiles::Purpose::Write);
    // A copy is never readable by more people than the register it copies. Made whole under another name
    // and then moved to `target` (issue 12): a kill leaves no half copy there.
    const Message exists = trygg::trMsg("%1: the file already exists; choose another name", target);
    const std::string temporary = files::unpredictableName(target, ".part");
    createEmpty(temporary, exists, files::exportMode(path()));
    try {
        {
            Database copy(temporary, Database::Mode::Create);
            sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", fileDatabase().handle(), "main");
            if (!backup)
                copy.fail(trygg::trMsg("copying the register"));
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                copy.fail(trygg::trMsg("copying the register"));
            if (identity == CopyIdentity::Own)
                copy.exec("UPDATE register SET uid = lower(hex(randomblob(16)))");
        }
        if (!files::placeNew(temporary, target)) {
            const int error = errno;
            if (error == EEXIST)
                throw FileError(exists);
            throw FileError(trygg::trMsg("%1: cannot create the file: %2", target, trygg::systemError(error)));
        }
    } catch (...) {
        files::removeQuietly(temporary);
        files::removeQuietly(temporary + "-journal");
        throw;
    }
}

std::vector<Message> RegisterFile::integrityProblems() const
{
    std::vector<Message> problems;
    // A server checks its keys and rules on every write, and its storage itself (issue 16).
    if (m_db->dialect() != SqlDialect::Sqlite)
        return problems;
    Statement integrity(*m_db, "PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.textView(0) != "ok")
            problems.push_back(trygg::trMsg("SQLite integrity check: %1", integrity.text(0)));
    Statement foreignKeys(*m_db, "PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems.push_back(trygg::trMsg("row %1 of table '%2' refers to a missing row of table '%3'",
                                        foreignKeys.int64(1), foreignKeys.text(0), foreignKeys.text(2)));
    return problems;
}

} // namespace trygg
