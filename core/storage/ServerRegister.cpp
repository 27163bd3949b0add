// SPDX-License-Identifier: EUPL-1.2
#include "storage/ServerRegister.h"

#include "model/Error.h"
#include "model/Message.h"
#include "model/SystemError.h"
#include "platform/Paths.h"
#include "platform/FileSystem.h"
#include "platform/SafeFiles.h"
#include "storage/AuditChain.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/SchemaDescription.h"
#include "storage/ServerAccess.h"
#include "storage/Sqlite.h"
#ifdef TRYGG_POSTGRES
#include "storage/Postgres.h"
#endif

#include <cerrno>
#include <exception>
#include <filesystem>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace trygg::server {
namespace {

// The tables in the database's own schema (not PostgreSQL's catalogs), by name.
std::vector<std::string> tablesOf(SqlConnection &db)
{
    std::vector<std::string> names;
    Statement tables(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "ORDER BY table_name");
    while (tables.step())
        names.push_back(tables.text(0));
    return names;
}

std::string joined(const std::vector<std::string> &names, std::size_t most)
{
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < most; ++i)
        text += (i ? ", " : "") + names[i];
    if (names.size() > most)
        text += ", ...";
    return text;
}

// The server's schema version, or none when the database has no trygg_schema table.
std::optional<std::int64_t> serverVersion(SqlConnection &db)
{
    if (!*Statement(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                        "AND table_name = 'trygg_schema'")
             .scalar())
        return std::nullopt;
    return Statement(db, "SELECT max(version) FROM trygg_schema").scalar().value_or(0);
}

// Nothing is written into a database that holds anything: a register (of this version or a newer one) or
// another program's tables.
void requireEmpty(SqlConnection &db)
{
    if (const auto version = serverVersion(db)) {
        if (*version > SchemaVersion)
            throw FileError(trygg::trMsg("%1: the database holds a register of a newer version of Trygg (server "
                                         "schema version %2, this program knows up to version %3); it was left "
                                         "untouched",
                                         db.path(), static_cast<long long>(*version), SchemaVersion));
        throw FileError(trygg::trMsg("%1: the database already holds a Trygg register; a register is created only "
                                     "in an empty database; it was left untouched",
                                     db.path()));
    }
    const std::vector<std::string> tables = tablesOf(db);
    if (!tables.empty())
        throw FileError(trygg::trMsg("%1: the database already has tables (%2); a register is created only in an "
                                     "empty database; it was left untouched",
                                     db.path(), joined(tables, 5)));
}

// The columns of `table` as a list for SELECT and INSERT.
std::string columnList(const schema::Table &table)
{
    std::string list;
    for (const schema::Column &column : table.columns)
        list += (list.empty() ? "" : ", ") + column.name;
    return list;
}

// Every row of every table from `from` into the same, empty tables of `to`, in the description's order (a
// table after those it refers to), each with its values as stored, every one bound.
void copyRows(SqlConnection &from, SqlConnection &to)
{
    for (const schema::Table &table : schema::tables()) {
        const std::string columns = columnList(table);
        std::string order;
        for (const schema::Column &column : table.columns)
            if (column.type == schema::ColumnType::Key)
                order = column.name;
        if (order.empty())
            order = table.primaryKey.empty() ? columns : joined(table.primaryKey, table.primaryKey.size());
        Statement rows(from, ("SELECT " + columns + " FROM " + table.name + " ORDER BY " + order).c_str());
#ifdef TRYGG_POSTGRES
        // To a server: the table's rows as one COPY stream, the same values as the INSERTs below would bind
        // (an INSERT per row took 13-20 s for the 100,000-risk demo register; bench/server-open.sh).
        if (to.dialect() == SqlDialect::Postgres) {
            PostgresCopy copy(dynamic_cast<PostgresConnection &>(to), table.name, columns);
            while (rows.step()) {
                for (std::size_t i = 0; i < table.columns.size(); ++i) {
                    const int column = static_cast<int>(i);
                    if (rows.isNull(column)) {
                        copy.addNull();
                        continue;
                    }
                    switch (table.columns[i].type) {
                    case schema::ColumnType::Real: copy.add(rows.real(column)); break;
                    case schema::ColumnType::Text: copy.add(rows.textView(column)); break;
                    default: copy.add(rows.int64(column)); break;
                    }
                }
                copy.endRow();
            }
            copy.finish();
            continue;
        }
#endif
        std::string values;
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            values += (i ? ", ?" : "?") + std::to_string(i + 1);
        Statement insert(to, ("INSERT INTO " + table.name + " (" + columns + ") VALUES (" + values + ")").c_str());
        while (rows.step()) {
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                const int column = static_cast<int>(i);
                const int parameter = column + 1;
                if (rows.isNull(column)) {
                    insert.bindNull(parameter);
                    continue;
                }
                switch (table.columns[i].type) {
                case schema::ColumnType::Real: insert.bind(parameter, rows.real(column)); break;
                case schema::ColumnType::Text: insert.bind(parameter, rows.textView(column)); break;
                default: insert.bind(parameter, rows.int64(column)); break;
                }
            }
            insert.run();
        }
    }
}

// The steps from each server schema version to the next: steps[v - 1] makes version v + 1 of version v.
void upgradeToV2(SqlConnection &db)
{
    for (const std::string &statement : auditchain::followTriggersSql())
        db.exec(statement.c_str());
}

// Every step from `version` to SchemaVersion, and the new version number.
void upgradeFrom(SqlConnection &db, std::int64_t version)
{
    using Step = void (*)(SqlConnection &);
    static constexpr Step steps[] = {upgradeToV2, applyAccessSchema};
    static_assert(std::size(steps) == SchemaVersion - 1);
    for (std::int64_t from = version; from < SchemaVersion; ++from)
        steps[from - 1](db);
    Statement(db, "UPDATE trygg_schema SET version = ?1").bind(1, SchemaVersion).run();
}

void fileToServer(const std::string &source, const std::string &address)
{
    RegisterFile file = RegisterFile::open(source, RegisterFile::Access::ReadOnly);
    std::unique_ptr<SqlConnection> db = connectTo(address, SqlConnection::Mode::ReadWrite);
    // The source in one snapshot: a writer elsewhere changing it meanwhile (another instance on the file,
    // another client on the server) cannot make a copy of half one state and half another.
    Transaction snapshot(file.database(), Transaction::Kind::Read);
    Transaction transaction(*db);
    requireEmpty(*db);
    for (const std::string &statement : schema::createStatements(schema::Dialect::Postgres))
        db->exec(statement.c_str());
    db->exec("CREATE TABLE trygg_schema (version INTEGER NOT NULL)");
    Statement(*db, "INSERT INTO trygg_schema (version) VALUES (?1)").bind(1, SchemaVersion).run();
    copyRows(file.database(), *db);
    // New rows on the server are numbered after the copied ones.
    for (const schema::Table &table : schema::tables())
        for (const schema::Column &column : table.columns)
            if (column.type == schema::ColumnType::Key)
                Statement(*db, ("SELECT setval(pg_get_serial_sequence('" + table.name + "', '" + column.name +
                                "'), COALESCE((SELECT max(" + column.name + ") FROM " + table.name +
                                "), 0) + 1, false)")
                                   .c_str())
                    .step();
    // The steps after version 1, after the rows: a trigger has nothing to note while they are copied, and the
    // audit entries written from here on name their user.
    upgradeFrom(*db, 1);
    transaction.commit();
}

void serverToFile(const std::string &address, const std::string &target)
{
    RegisterFile source = RegisterFile::open(address, RegisterFile::Access::ReadOnly);
    const Message exists = trygg::trMsg("%1: the file already exists; choose another name", target);
    if (files::kindAt(target) != files::Kind::Missing)
        throw FileError(exists);
    // Made whole under another name and then moved to `target` (issue 12): a kill leaves no half copy there.
    const std::string temporary = files::unpredictableName(target, ".part");
    const int fd = files::createExclusive(temporary, files::newFileMode());
    if (fd < 0)
        throw FileError(trygg::trMsg("%1: cannot create the file: %2", target, trygg::systemError(errno)));
    files::closeQuietly(fd);
    try {
        {
            Database copy(temporary, Database::Mode::Create);
            copy.exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
            schema::upgrade(copy);
            copy.exec("PRAGMA foreign_keys = OFF");
            Transaction transaction(copy);
            // The steps that made the schema wrote a few rows of their own: the server's replace them.
            const std::vector<schema::Table> &tables = schema::tables();
            for (auto table = tables.rbegin(); table != tables.rend(); ++table)
                copy.exec(("DELETE FROM " + table->name).c_str());
            SqlConnection &from = source.database();
            Transaction snapshot(from, Transaction::Kind::Read); // one state of the source
            copyRows(from, copy);
            transaction.commit();
        }
        {
            // What a register must be: the file as Trygg opens it, every reference to a row that exists.
            const RegisterFile copied = RegisterFile::open(temporary, RegisterFile::Access::ReadOnly);
            const std::vector<Message> problems = copied.integrityProblems();
            if (!problems.empty())
                throw FileError(trygg::trMsg("%1: the copy from %2 is not sound (%3); no file was made", target,
                                             address, problems.front()));
        }
        if (!files::placeNew(temporary, target)) {
            if (errno == EEXIST)
                throw FileError(exists);
            throw FileError(
                trygg::trMsg("%1: cannot create the file: %2", target, trygg::systemError(errno)));
        }
    } catch (...) {
        files::removeQuietly(temporary);
        files::removeQuietly(temporary + "-journal");
        throw;
    }
}

} // namespace

void requireRegister(SqlConnection &db)
{
    const auto version = serverVersion(db);
    if (!version) {
        requireGranted(db); // a register the user has no access to shows them no tables
        const bool empty = tablesOf(db).empty();
        throw FileError(empty ? trygg::trMsg("%1: the database is empty, not a Trygg register (trygg-cli init "
                                             "creates one)",
                                             db.path())
                              : trygg::trMsg("%1: this is a database of another program, not a Trygg register",
                                             db.path()));
    }
    if (*version > SchemaVersion)
        throw FileError(trygg::trMsg("%1: the register was saved by a newer version of Trygg (server schema version "
                                     "%2, this program reads up to version %3); open it with a newer Trygg",
                                     db.path(), static_cast<long long>(*version), SchemaVersion));
    if (*Statement(db, "SELECT count(*) FROM register").scalar() != 1)
        throw FileError(trygg::trMsg("%1: the register is incomplete: it has no register information", db.path()));
}

void upgrade(SqlConnection &db)
{
    if (serverVersion(db).value_or(0) >= SchemaVersion)
        return;
    try {
        Transaction transaction(db); // after any other client's change, before the next
        const std::int64_t version = serverVersion(db).value_or(0);
        if (version >= SchemaVersion)
            return; // another client upgraded it meanwhile
        upgradeFrom(db, version);
        transaction.commit();
    } catch (const ConnectionLost &) {
        throw;
    } catch (const FileError &error) {
        throw FileError(trygg::trMsg("%1: the register must be upgraded to this version of Trygg (server schema "
                                     "version %2), which failed (%3); nothing was changed; the register's owner "
                                     "can upgrade it by opening it once",
                                     db.path(), SchemaVersion, error.message()));
    }
}

void create(const std::string &address, std::string_view preset, std::string_view name)
{
    if (!isServerAddress(address))
        throw InputError(trygg::trMsg("%1 is not a server's address (postgresql://...)", address));
    // Refused before anything is made, and again inside the copy's transaction.
    requireEmpty(*connectTo(address, SqlConnection::Mode::ReadOnly));
    // The register a new file gets, made as a file is (RegisterFile::createWhole), then copied up whole.
    const std::filesystem::path folder = std::filesystem::temp_directory_path();
    const std::string made = files::unpredictableName(files::utf8Of(folder / "trygg-init.trygg"), ".trygg");
    try {
        RegisterFile::createWhole(made, preset, name, nullptr);
        fileToServer(made, address);
    } catch (...) {
        files::removeQuietly(made);
        throw;
    }
    files::removeQuietly(made);
}

void copy(const std::string &source, const std::string &target)
{
    const bool fromServer = isServerAddress(source), toServer = isServerAddress(target);
    if (fromServer == toServer)
        throw InputError(trygg::trMsg("%1 to %2: a copy goes from a register file to a server's database "
                                      "(postgresql://...) or from a server to a new file",
                                      addressWithoutPassword(source), addressWithoutPassword(target)));
    if (toServer)
        fileToServer(source, target);
    else
        serverToFile(source, target);
}

} // namespace trygg::server
