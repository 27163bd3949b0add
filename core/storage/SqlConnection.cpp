// SPDX-License-Identifier: EUPL-1.2
#include "storage/SqlConnection.h"

#include "storage/SqlBackend.h"

namespace trygg {

namespace sql {

Message timeoutProblem()
{
    return trygg::trMsg("the statement took longer than the time allowed and was stopped; nothing was changed");
}

Message constraintProblem(const std::string &detail)
{
    return trygg::trMsg("the change breaks a rule of the register's database (%1); nothing was changed", detail);
}

} // namespace sql

SqlConnection::~SqlConnection() = default;

Statement::Statement(const SqlConnection &db, const char *sql) : m_backend(db.prepare(sql)) {}

Statement::~Statement() = default;

Statement &Statement::bind(int index, std::int64_t value)
{
    m_backend->bindInt64(index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_backend->bindReal(index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    m_backend->bindText(index, text);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_backend->bindNull(index);
    return *this;
}

bool Statement::step()
{
    return m_backend->step();
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    m_backend->reset();
}

std::optional<std::int64_t> Statement::scalar()
{
    std::optional<std::int64_t> value;
    if (step())
        value = optionalInt64(0);
    reset();
    return value;
}

bool Statement::isNull(int column) const
{
    return m_backend->isNull(column);
}

bool Statement::isInteger(int column) const
{
    return m_backend->isInteger(column);
}

bool Statement::isNumber(int column) const
{
    return m_backend->isNumber(column);
}

std::int64_t Statement::int64(int column) const
{
    return m_backend->int64(column);
}

double Statement::real(int column) const
{
    return m_backend->real(column);
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const
{
    return m_backend->textView(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

int Statement::columnCount() const
{
    return m_backend->columnCount();
}

std::string_view Statement::columnName(int column) const
{
    return m_backend->columnName(column);
}

Transaction::Transaction(SqlConnection &db, Kind kind) : m_db(db), m_outermost(!db.inTransaction())
{
    m_db.begin(m_outermost, kind == Kind::Read);
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback(m_outermost);
}

void Transaction::commit()
{
    if (m_outermost)
        m_db.beforeCommit();
    m_db.commit(m_outermost);
    m_done = true;
}

} // namespace trygg
