// SPDX-License-Identifier: EUPL-1.2
#include "storage/Postgres.h"

#include "storage/Connect.h"
#include "storage/SqlBackend.h"
#include "storage/SqlPlaceholders.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>

// The key of the advisory lock writers take turns by: "trygg" in ASCII. Advisory locks are the database's own,
// so registers in other databases of the cluster do not wait for each other.
#define TRYGG_WRITE_LOCK_KEY "500136765287"

namespace trygg {
namespace {

// The types of pg_type (catalog/pg_type_d.h, not installed with libpq).
constexpr Oid BoolOid = 16, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, TextOid = 25, OidOid = 26, Float4Oid = 700,
              Float8Oid = 701, NumericOid = 1700;

std::string trimmed(const char *text)
{
    std::string value = text ? text : "";
    while (!value.empty() && (value.back() == '\n' || value.back() == ' '))
        value.pop_back();
    return value;
}

// The number at the start of `text`, as SQLite reads a text as a number (0 when there is none).
std::int64_t leadingInteger(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && (end == text.data() + text.size() || (*end != '.' && *end != 'e' && *end != 'E')))
        return value;
    double real = 0;
    std::from_chars(text.data(), text.data() + text.size(), real);
    if (std::isnan(real))
        return 0;
    if (real >= 9.2e18)
        return INT64_MAX;
    if (real <= -9.2e18)
        return INT64_MIN;
    return static_cast<std::int64_t>(real);
}

} // namespace

class PostgresStatement final : public SqlStatementBackend {
public:
    PostgresStatement(const PostgresConnection &db, const char *sql) : m_db(db)
    {
        sql::NumberedSql numbered = sql::dollarNumbered(sql);
        m_sql = std::move(numbered.text);
        m_values.resize(static_cast<std::size_t>(numbered.parameterCount));
        m_types.assign(static_cast<std::size_t>(numbered.parameterCount), 0);
    }
    ~PostgresStatement() override { PQclear(m_result); }

    // An integer is an integer (int4 when it fits, which functions such as substr() take, else bigint), so
    // that `SELECT ?1` gives it back as one; int4 widens to bigint wherever one is wanted.
    void bindInt64(int index, std::int64_t value) override
    {
        const bool small = value >= INT32_MIN && value <= INT32_MAX;
        set(index, std::to_string(value), small ? Int4Oid : Int8Oid);
    }
    void bindReal(int index, double value) override
    {
        char text[32];
        const auto end = std::to_chars(text, text + sizeof text, value).ptr; // shortest exact, never a comma
        set(index, std::string(text, end), Float8Oid);
    }
    void bindText(int index, std::string_view text) override
    {
        // PostgreSQL's text cannot hold a NUL character: it would cut the value short there, unseen.
        if (text.find('\0') != std::string_view::npos)
            throw FileError(trygg::trMsg("%1: saving: a text holds a NUL character, which the server cannot store; "
                                         "nothing was changed",
                                         m_db.path()));
        set(index, std::string(text), TextOid);
    }
    void bindNull(int index) override { set(index, std::nullopt, 0); }

    bool step() override
    {
        if (!m_result)
            execute();
        if (++m_row < PQntuples(m_result))
            return true;
        clear(); // a further step runs the statement again, as in SQLite
        return false;
    }
    void reset() override
    {
        clear();
        std::fill(m_values.begin(), m_values.end(), std::nullopt);
        std::fill(m_types.begin(), m_types.end(), 0);
    }

    bool isNull(int column) const override { return !m_result || PQgetisnull(m_result, m_row, column) != 0; }
    bool isInteger(int column) const override
    {
        if (isNull(column))
            return false;
        const Oid type = PQftype(m_result, column);
        return type == Int8Oid || type == Int4Oid || type == Int2Oid || type == OidOid || type == BoolOid;
    }
    bool isNumber(int column) const override
    {
        if (isInteger(column))
            return true;
        if (isNull(column))
            return false;
        const Oid type = PQftype(m_result, column);
        return type == Float8Oid || type == Float4Oid || type == NumericOid;
    }
    std::int64_t int64(int column) const override
    {
        if (isNull(column))
            return 0;
        if (PQftype(m_result, column) == BoolOid)
            return *PQgetvalue(m_result, m_row, column) == 't' ? 1 : 0;
        return leadingInteger(rawText(column));
    }
    double real(int column) const override
    {
        if (isNull(column))
            return 0;
        if (PQftype(m_result, column) == BoolOid)
            return *PQgetvalue(m_result, m_row, column) == 't' ? 1 : 0;
        const std::string_view text = rawText(column);
        double value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value); // "Infinity" and "NaN" too
        return value;
    }
    std::string_view textView(int column) const override
    {
        if (isNull(column))
            return {};
        if (PQftype(m_result, column) == BoolOid) // as SQLite, which has no booleans, gives them
            return *PQgetvalue(m_result, m_row, column) == 't' ? "1" : "0";
        return rawText(column);
    }
    int columnCount() const override { return m_result ? PQnfields(m_result) : 0; }
    std::string_view columnName(int column) const override
    {
        const char *name = m_result ? PQfname(m_result, column) : nullptr;
        return name ? std::string_view(name) : std::string_view();
    }

private:
    void set(int index, std::optional<std::string> value, Oid type)
    {
        if (index < 1 || static_cast<std::size_t>(index) > m_values.size())
            throw std::logic_error("no parameter ?" + std::to_string(index) + " in: " + m_sql);
        clear();
        m_values[static_cast<std::size_t>(index - 1)] = std::move(value);
        m_types[static_cast<std::size_t>(index - 1)] = type;
    }
    void clear()
    {
        PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
    }
    std::string_view rawText(int column) const
    {
        return {PQgetvalue(m_result, m_row, column), static_cast<std::size_t>(PQgetlength(m_result, m_row, column))};
    }
    void execute()
    {
        const std::string &name = m_db.prepared(m_sql, m_types);
        std::vector<const char *> values(m_values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = m_values[i] ? m_values[i]->c_str() : nullptr;
        PGresult *result = PQexecPrepared(m_db.m_conn, name.c_str(), static_cast<int>(values.size()), values.data(),
                                          nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            m_db.failWith(result, trygg::trMsg("writing"));
        const std::string_view command = PQcmdStatus(result);
        if (command.starts_with("INSERT") || command.starts_with("UPDATE") || command.starts_with("DELETE") ||
            command.starts_with("MERGE"))
            m_db.m_changes = std::atoi(PQcmdTuples(result));
        m_result = result;
        m_row = -1;
    }

    const PostgresConnection &m_db;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::vector<unsigned> m_types;
    PGresult *m_result = nullptr;
    int m_row = -1;
};

PostgresConnection::PostgresConnection(const std::string &uri, Mode mode)
    : SqlConnection(addressWithoutPassword(uri), mode == Mode::ReadOnly), m_uri(uri),
      m_readOnlyMode(mode == Mode::ReadOnly)
{
    try {
        connect();
    } catch (...) {
        // The destructor does not run for an object never made: the connection a setting failed on is closed here.
        PQfinish(m_conn);
        throw;
    }
}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_conn);
}

void PostgresConnection::connect()
{
    // The URI's own settings win over the defaults before it; the encoding after it is Trygg's, and a password
    // the prompt gave (none of libpq's sources had one) theirs.
    const char *keywords[] = {"connect_timeout", "application_name", "dbname", "client_encoding", "password", nullptr};
    const char *values[] = {"10", "trygg", m_uri.c_str(), "UTF8", nullptr, nullptr};
    for (;;) {
        values[4] = m_password ? m_password->c_str() : nullptr; // a keyword without a value is left out
        m_conn = PQconnectdbParams(keywords, values, 1);
        if (!m_conn)
            throw FileError(trygg::trMsg("%1: cannot connect: %2", path(), trygg::trMsg("out of memory")));
        // The server asks for a password and none was given: the user is asked. A password the server refuses
        // is said so below (the user, the password or the database: the server does not say which).
        if (PQstatus(m_conn) == CONNECTION_OK || m_password || !PQconnectionNeedsPassword(m_conn) ||
            !passwordPrompt())
            break;
        std::optional<std::string> given = passwordPrompt()(path());
        if (!given)
            break;
        PQfinish(m_conn);
        m_conn = nullptr;
        m_password = std::move(given);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string detail = trimmed(PQerrorMessage(m_conn));
        const bool needsPassword = PQconnectionNeedsPassword(m_conn) != 0;
        PQfinish(m_conn);
        m_conn = nullptr;
        // libpq's own message says what happened in words that depend on its version and language; whether
        // the server answers at all tells the cases apart.
        Message problem;
        // A short wait for the answer: the attempt above already waited its time for a server not reached.
        const char *pingValues[] = {"3", "trygg", m_uri.c_str(), "UTF8", nullptr, nullptr};
        switch (PQpingParams(keywords, pingValues, 1)) {
        case PQPING_NO_RESPONSE:
            problem = trygg::trMsg("the server cannot be reached: is it running, and are the host name and port "
                                   "right? (%1)",
                                   detail);
            break;
        case PQPING_REJECT:
            problem = trygg::trMsg("the server is starting up or shutting down; try again in a moment (%1)", detail);
            break;
        case PQPING_NO_ATTEMPT:
            problem = trygg::trMsg("this is not a server address libpq understands (%1)", detail);
            break;
        default:
            problem = needsPassword ? trygg::trMsg("the server asks for a password and none was given (in the "
                                                   "address, ~/.pgpass or PGPASSWORD) (%1)",
                                                   detail)
                                    : trygg::trMsg("the server refused the connection: the user, the password or the "
                                                   "database is not accepted (%1)",
                                                   detail);
        }
        throw FileError(trygg::trMsg("%1: cannot connect: %2", path(), problem));
    }
    // Notices ("... does not exist, skipping") are not the user's business; libpq would print them.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    if (m_readOnlyMode)
        exec("SET default_transaction_read_only = on");
    // The notice the register's schema sends with every commit that wrote the trail (server schema version 2);
    // listening to a channel nobody sends on is harmless.
    exec("LISTEN trygg_changes");
    if (m_timeout.count() > 0)
        applyTimeout();
}

void PostgresConnection::reconnect()
{
    PQfinish(m_conn);
    m_conn = nullptr;
    m_prepared.clear();
    m_committing = false;
    connect();
}

bool PostgresConnection::takeChangeNotice()
{
    if (!PQconsumeInput(m_conn))
        failWith(nullptr, trygg::trMsg("looking for others' changes"));
    bool noticed = false;
    while (PGnotify *notice = PQnotifies(m_conn)) {
        noticed = true;
        PQfreemem(notice);
    }
    return noticed;
}

bool PostgresConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

void PostgresConnection::exec(const char *sql)
{
    check(PQexec(m_conn, sql), trygg::trMsg("saving"));
}

std::int64_t PostgresConnection::lastInsertId() const
{
    throw std::logic_error("PostgreSQL keeps no last insert id: insert with RETURNING id");
}

void PostgresConnection::setStatementTimeout(std::chrono::milliseconds timeout)
{
    // A setting made in a transaction that rolls back goes with it, while m_timeout would keep it.
    if (inTransaction())
        throw std::logic_error("the statement timeout is set outside a transaction");
    m_timeout = timeout;
    applyTimeout();
}

void PostgresConnection::applyTimeout()
{
    // A setting made in a transaction that rolls back goes with it: made for the session outside one.
    Statement(*this, "SELECT set_config('statement_timeout', ?1, false)")
        .bind(1, std::to_string(m_timeout.count()) + "ms")
        .run();
}

std::unique_ptr<SqlStatementBackend> PostgresConnection::prepare(const char *sql) const
{
    return std::make_unique<PostgresStatement>(*this, sql);
}

const std::string &PostgresConnection::prepared(const std::string &sql, const std::vector<unsigned> &types) const
{
    std::string key = sql;
    key += '\0';
    for (unsigned type : types)
        (key += std::to_string(type)) += ',';
    if (const auto found = m_prepared.find(key); found != m_prepared.end())
        return found->second;
    // A number never given before on this connection: a statement prepared on the server but not recorded here
    // (its savepoint's release failed) keeps its name taken.
    std::string name = "trygg_" + std::to_string(++m_statementsPrepared);
    const auto prepare = [&](const std::vector<unsigned> &given) {
        return PQprepare(m_conn, name.c_str(), sql.c_str(), static_cast<int>(given.size()),
                         given.empty() ? nullptr : given.data());
    };
    // A NULL has no type: the server infers one from where the parameter stands, and where nothing tells
    // (`?1 IS NULL` alone) it is taken as a text. A failure in a transaction would end it, so the first try is
    // made under a savepoint there.
    const bool guessed = std::find(types.begin(), types.end(), 0u) != types.end();
    const bool guarded = guessed && inTransaction();
    auto *self = const_cast<PostgresConnection *>(this);
    if (guarded)
        self->exec("SAVEPOINT trygg_prepare");
    PGresult *result = prepare(types);
    if (guessed && PQresultStatus(result) != PGRES_COMMAND_OK) {
        const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        // indeterminate_datatype, or ambiguous_parameter when its uses disagree
        if (state && (std::string_view(state) == "42P18" || std::string_view(state) == "42P08")) {
            PQclear(result);
            if (guarded)
                self->exec("ROLLBACK TO SAVEPOINT trygg_prepare");
            std::vector<unsigned> typed = types;
            std::replace(typed.begin(), typed.end(), 0u, static_cast<unsigned>(TextOid));
            result = prepare(typed);
        }
    }
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        if (guarded && PQstatus(m_conn) == CONNECTION_OK) // the transaction goes on, as after SQLite's failed prepare
            PQclear(PQexec(m_conn, "ROLLBACK TO SAVEPOINT trygg_prepare; RELEASE SAVEPOINT trygg_prepare"));
        failWith(result, trygg::trMsg("preparing a query"));
    }
    PQclear(result);
    if (guarded)
        self->exec("RELEASE SAVEPOINT trygg_prepare");
    return m_prepared.emplace(std::move(key), std::move(name)).first->second;
}

void PostgresConnection::begin(bool outermost, bool reading)
{
    if (!outermost) {
        exec("SAVEPOINT trygg_nested");
        return;
    }
    if (reading || m_readOnlyMode) {
        // One snapshot from the first statement on: a load reads every table as one state of the register.
        exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        return;
    }
    // Writers take turns, one lock for the database, held to the commit: each change reads the register (and
    // the audit trail's last entry, which it appends to) as the change before it left it, and none waits for
    // another in the middle of its work, where two could wait for each other. READ COMMITTED: every statement
    // after the lock sees what was committed before it.
    exec("BEGIN");
    try {
        exec("SELECT pg_advisory_xact_lock(" TRYGG_WRITE_LOCK_KEY ")");
    } catch (...) {
        rollback(true);
        throw;
    }
}

void PostgresConnection::commit(bool outermost)
{
    if (!outermost) {
        exec("RELEASE SAVEPOINT trygg_nested");
        return;
    }
    // PostgreSQL answers COMMIT of a transaction in which a statement failed with a rollback, not an error.
    if (PQtransactionStatus(m_conn) == PQTRANS_INERROR)
        throw FileError(trygg::trMsg("%1: saving: a statement of the change failed, so the server rolled it "
                                     "back; nothing was changed",
                                     path()));
    m_committing = true;
    PGresult *result = PQexec(m_conn, "COMMIT");
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        failWith(result, trygg::trMsg("saving"));
    m_committing = false;
    const bool committed = std::string_view(PQcmdStatus(result)) == "COMMIT";
    PQclear(result);
    if (!committed)
        throw FileError(trygg::trMsg("%1: saving: the server rolled the change back; nothing was changed", path()));
}

void PostgresConnection::rollback(bool outermost) noexcept
{
    m_committing = false;
    if (PQstatus(m_conn) != CONNECTION_OK)
        return; // the server rolled back what the lost connection had not committed
    PQclear(
        PQexec(m_conn, outermost ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT trygg_nested; RELEASE SAVEPOINT trygg_nested"));
}

void PostgresConnection::check(pg_result *result, const Message &doing) const
{
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        failWith(result, doing);
    PQclear(result);
}

void PostgresConnection::fail(const Message &doing) const
{
    failWith(nullptr, doing);
}

void PostgresConnection::failWith(pg_result *result, const Message &doing) const
{
    const auto field = [&](int code) {
        const char *value = result ? PQresultErrorField(result, code) : nullptr;
        return std::string(value ? value : "");
    };
    const std::string state = field(PG_DIAG_SQLSTATE);
    std::string primary = field(PG_DIAG_MESSAGE_PRIMARY);
    if (primary.empty())
        primary = trimmed(PQerrorMessage(m_conn));
    const std::string constraint = field(PG_DIAG_CONSTRAINT_NAME);
    PQclear(result);

    // 08: the connection; 57P01-57P03: the server shut down or ended this session (pg_terminate_backend).
    if (PQstatus(m_conn) != CONNECTION_OK || state.starts_with("08") || state.starts_with("57P")) {
        const bool committing = m_committing;
        const_cast<PostgresConnection *>(this)->m_committing = false;
        throw ConnectionLost(trygg::trMsg(
            "%1: %2: %3", path(), doing,
            committing ? trygg::trMsg("the connection to the server was lost while the change was being committed: it "
                                      "may or may not have been saved; connect again and look (%1)",
                                      primary)
                       : trygg::trMsg("the connection to the server was lost; nothing was changed; connect again to "
                                      "go on (%1)",
                                      primary)));
    }
    Message problem;
    if (state == "57014")
        problem = sql::timeoutProblem();
    else if (state.starts_with("23"))
        problem = sql::constraintProblem(constraint.empty() ? primary : constraint + ": " + primary);
    else if (state == "40001" || state == "40P01")
        problem = trygg::trMsg("another change to the same records came in between; nothing was changed; try again");
    else if (state == "55P03")
        problem = trygg::trMsg("someone else is changing the same records; nothing was changed; try again");
    else if (state == "25006")
        problem = trygg::trMsg("the register is open read-only; nothing was changed");
    else if (state == "42501")
        problem = trygg::trMsg("the server does not allow this user to do that (%1); nothing was changed", primary);
    else if (state.starts_with("53"))
        problem = trygg::trMsg("the server is out of disk space or memory (%1); nothing was changed", primary);
    else
        problem = Message(primary);
    throw FileError(trygg::trMsg("%1: %2: %3", path(), doing, problem));
}

PostgresCopy::PostgresCopy(PostgresConnection &db, const std::string &table, const std::string &columns) : m_db(db)
{
    PGresult *result = PQexec(m_db.m_conn, ("COPY " + table + " (" + columns + ") FROM STDIN").c_str());
    if (PQresultStatus(result) != PGRES_COPY_IN)
        m_db.failWith(result, trygg::trMsg("writing"));
    PQclear(result);
    m_open = true;
}

PostgresCopy::~PostgresCopy()
{
    if (!m_open || PQstatus(m_db.m_conn) != CONNECTION_OK)
        return;
    // Abandoned (an exception on the way): the server fails the COPY, and with it the transaction.
    PQputCopyEnd(m_db.m_conn, "abandoned");
    while (PGresult *result = PQgetResult(m_db.m_conn))
        PQclear(result);
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void PostgresCopy::addNull()
{
    separate();
    m_buffer += "\\N";
}

void PostgresCopy::add(std::int64_t value)
{
    separate();
    char text[24];
    m_buffer.append(text, std::to_chars(text, text + sizeof text, value).ptr);
}

void PostgresCopy::add(double value)
{
    separate();
    char text[32];
    m_buffer.append(text, std::to_chars(text, text + sizeof text, value).ptr); // shortest exact, never a comma
}

void PostgresCopy::add(std::string_view text)
{
    if (text.find('\0') != std::string_view::npos)
        throw FileError(trygg::trMsg("%1: saving: a text holds a NUL character, which the server cannot store; "
                                     "nothing was changed",
                                     m_db.path()));
    separate();
    for (const char c : text) {
        switch (c) {
        case '\\': m_buffer += "\\\\"; break;
        case '\t': m_buffer += "\\t"; break;
        case '\n': m_buffer += "\\n"; break;
        case '\r': m_buffer += "\\r"; break;
        default: m_buffer += c;
        }
    }
}

void PostgresCopy::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    if (m_buffer.size() >= (std::size_t{1} << 20)) // a megabyte at a time
        send();
}

void PostgresCopy::send()
{
    if (m_buffer.empty())
        return;
    if (PQputCopyData(m_db.m_conn, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
        m_db.fail(trygg::trMsg("writing"));
    m_buffer.clear();
}

void PostgresCopy::finish()
{
    send();
    m_open = false;
    if (PQputCopyEnd(m_db.m_conn, nullptr) != 1)
        m_db.fail(trygg::trMsg("writing"));
    // The COPY's own result, then none.
    PGresult *result = PQgetResult(m_db.m_conn);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK) {
        while (PGresult *rest = PQgetResult(m_db.m_conn))
            PQclear(rest);
        m_db.failWith(result, trygg::trMsg("writing"));
    }
    PQclear(result);
    while (PGresult *rest = PQgetResult(m_db.m_conn))
        PQclear(rest);
}

} // namespace trygg
