// SPDX-License-Identifier: EUPL-1.2
// What only a connection to a server has (issue 16, "Faults": a cut connection, a server that cannot be
// reached, a login refused), the server's address as messages show it, and the storage's parameters in
// PostgreSQL's numbering.

#include "ErrorOf.h"
#include "SqlTestDatabase.h"
#include "storage/Connect.h"
#include "storage/SqlConnection.h"
#include "storage/SqlPlaceholders.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace trygg;

namespace {

TEST(SqlPlaceholders, NumberedAndBareParametersBecomeDollarNumbers)
{
    EXPECT_EQ(sql::dollarNumbered("SELECT a FROM t WHERE b = ?2 AND c = ?1 OR d = ?2").text,
              "SELECT a FROM t WHERE b = $2 AND c = $1 OR d = $2");
    EXPECT_EQ(sql::dollarNumbered("SELECT a FROM t WHERE b = ?2 AND c = ?1").parameterCount, 2);
    // SQLite: a bare ? is one more than the largest number so far.
    const sql::NumberedSql bare = sql::dollarNumbered("VALUES (?, ?5, ?)");
    EXPECT_EQ(bare.text, "VALUES ($1, $5, $6)");
    EXPECT_EQ(bare.parameterCount, 6);
    EXPECT_EQ(sql::dollarNumbered("SELECT x::text FROM t").text, "SELECT x::text FROM t");
}

TEST(SqlPlaceholders, QuotedTextsNamesAndCommentsAreLeftAsTheyAre)
{
    const char *sql = "SELECT '?1', 'it''s ?2', \"col?3\" -- ?4\n, ?1 /* ?5 */";
    const sql::NumberedSql numbered = sql::dollarNumbered(sql);
    EXPECT_EQ(numbered.text, "SELECT '?1', 'it''s ?2', \"col?3\" -- ?4\n, $1 /* ?5 */");
    EXPECT_EQ(numbered.parameterCount, 1);
}

TEST(SqlPlaceholders, NamedParametersAreRefused)
{
    EXPECT_THROW(sql::dollarNumbered("SELECT :name"), std::logic_error);
    EXPECT_THROW(sql::dollarNumbered("SELECT $1"), std::logic_error);
    EXPECT_THROW(sql::dollarNumbered("SELECT ?0"), std::logic_error);
}

TEST(ServerAddress, APasswordIsNeverShown)
{
    EXPECT_TRUE(isServerAddress("postgresql:///trygg?host=/run/postgresql"));
    EXPECT_TRUE(isServerAddress("postgres://db.kommune.no/risiko"));
    EXPECT_FALSE(isServerAddress("/home/anne/postgresql://x.trygg") || isServerAddress("register.trygg"));
    EXPECT_EQ(addressWithoutPassword("postgresql://anne:hemmelig@db.kommune.no:5433/risiko?sslmode=require"),
              "postgresql://anne@db.kommune.no:5433/risiko?sslmode=require");
    EXPECT_EQ(addressWithoutPassword("postgresql://db/risiko?user=anne&password=hemmelig&sslmode=require"),
              "postgresql://db/risiko?user=anne&sslmode=require");
    EXPECT_EQ(addressWithoutPassword("postgresql:///risiko?password=hemmelig"), "postgresql:///risiko");
    // The passphrase of the client's key is a password too.
    EXPECT_EQ(addressWithoutPassword("postgresql:///risiko?sslkey=k.pem&sslpassword=hemmelig"),
              "postgresql:///risiko?sslkey=k.pem");
    EXPECT_EQ(addressWithoutPassword("postgresql://anne@db/risiko"), "postgresql://anne@db/risiko");
}

// The tests that need a build with PostgreSQL (TRYGG_POSTGRES) are skipped in one without (Windows).
#define TRYGG_NEEDS_POSTGRES()                                                                                         \
    if (!hasServerSupport())                                                                                           \
    GTEST_SKIP() << "this build has no PostgreSQL support"

TEST(ServerConnection, AServerThatCannotBeReachedIsSaidSoWithoutThePassword)
{
    TRYGG_NEEDS_POSTGRES();
    const std::string message = fileErrorOf([] {
        connectTo("postgresql://anne:hemmelig@/trygg?host=/nonexistent-trygg-folder", SqlConnection::Mode::ReadWrite);
    });
    EXPECT_NE(message.find("cannot connect: the server cannot be reached"), std::string::npos) << message;
    EXPECT_EQ(message.find("hemmelig"), std::string::npos) << message;
    EXPECT_NE(message.find("postgresql://anne@/trygg"), std::string::npos) << message;
}

TEST(ServerConnection, ALoginTheServerRefusesIsSaidSo)
{
    TRYGG_NEEDS_POSTGRES();
    const std::string admin = testServerAddress();
    ASSERT_FALSE(admin.empty());
    const std::string unknownUser = admin + (admin.find('?') == std::string::npos ? "?" : "&") + "user=nobody_at_all";
    const std::string message = fileErrorOf([&] { connectTo(unknownUser, SqlConnection::Mode::ReadWrite); });
    EXPECT_NE(message.find("the server refused the connection"), std::string::npos) << message;
    const std::string noDatabase =
        fileErrorOf([&] { connectTo(withDatabase(admin, "no_such_register"), SqlConnection::Mode::ReadWrite); });
    EXPECT_NE(noDatabase.find("the server refused the connection"), std::string::npos) << noDatabase;
}

class ServerFaults : public testing::Test {
protected:
    void SetUp() override
    {
        TRYGG_NEEDS_POSTGRES();
        ASSERT_TRUE(m_database.make(SqlBackend::Postgres));
        m_db = m_database.open();
        m_db->exec("CREATE TABLE t (id BIGINT PRIMARY KEY, s TEXT)");
    }
    std::int64_t rowsSeenAfresh() { return *Statement(*m_database.open(), "SELECT count(*) FROM t").scalar(); }
    // Ends this connection's session on the server, as an administrator or a restart would.
    void cut(SqlConnection &connection)
    {
        const std::int64_t backend = *Statement(connection, "SELECT pg_backend_pid()").scalar();
        auto other = m_database.open();
        Statement(*other, "SELECT pg_terminate_backend(?1)").bind(1, backend).run();
    }

    SqlTestDatabase m_database;
    std::unique_ptr<SqlConnection> m_db;
};

TEST_F(ServerFaults, AConnectionCutInATransactionSaysSoAndLeavesNothingHalfWritten)
{
    Statement insert(*m_db, "INSERT INTO t (id, s) VALUES (?1, ?2)");
    insert.bind(1, 1).bind(2, "before").run();
    std::string message;
    try {
        Transaction transaction(*m_db);
        insert.bind(1, 2).bind(2, "half").run();
        cut(*m_db);
        insert.bind(1, 3).bind(2, "never").run();
        transaction.commit();
        ADD_FAILURE() << "the cut connection went unnoticed";
    } catch (const ConnectionLost &error) {
        message = error.what();
    }
    EXPECT_NE(message.find("the connection to the server was lost; nothing was changed"), std::string::npos) << message;
    EXPECT_EQ(rowsSeenAfresh(), 1);
    // The cut connection keeps saying so, and never crashes.
    EXPECT_THROW(Statement(*m_db, "SELECT count(*) FROM t").scalar(), ConnectionLost);
    EXPECT_THROW(Transaction{*m_db}, ConnectionLost);
    // Connecting again goes on, with the statements prepared anew.
    m_db->reconnect();
    insert.bind(1, 4).bind(2, "after").run();
    EXPECT_EQ(rowsSeenAfresh(), 2);
}

TEST_F(ServerFaults, AConnectionCutBeforeTheCommitSaysTheChangeMayNotBeSaved)
{
    // The client cannot tell whether a COMMIT it sent arrived: it says so rather than "nothing was changed".
    Statement insert(*m_db, "INSERT INTO t (id, s) VALUES (?1, ?2)");
    std::string message;
    try {
        Transaction transaction(*m_db);
        insert.bind(1, 1).bind(2, "unsure").run();
        cut(*m_db);
        transaction.commit();
        ADD_FAILURE() << "the cut connection went unnoticed";
    } catch (const ConnectionLost &error) {
        message = error.what();
    }
    EXPECT_NE(message.find("while the change was being committed: it may or may not have been saved"),
              std::string::npos)
        << message;
    EXPECT_EQ(rowsSeenAfresh(), 0) << "the server ended the session before the commit came";
}

TEST_F(ServerFaults, AFailedStatementCaughtInsideATransactionStillRollsItBack)
{
    // PostgreSQL refuses everything after a failed statement until the transaction ends, and answers COMMIT
    // with a rollback: the caller hears of it, and nothing was written.
    Statement insert(*m_db, "INSERT INTO t (id, s) VALUES (?1, ?2)");
    const std::string message = fileErrorOf([&] {
        Transaction transaction(*m_db);
        insert.bind(1, 1).bind(2, "a").run();
        try {
            insert.bind(1, 1).bind(2, "again").run();
        } catch (const FileError &) {
        }
        transaction.commit();
    });
    EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;
    EXPECT_EQ(rowsSeenAfresh(), 0);
}

TEST_F(ServerFaults, AConnectionOpenedReadOnlyWritesNothing)
{
    auto reader = m_database.open(SqlConnection::Mode::ReadOnly);
    EXPECT_TRUE(reader->readOnly());
    const std::string message = fileErrorOf([&] { Statement(*reader, "INSERT INTO t (id, s) VALUES (1, 'x')").run(); });
    EXPECT_NE(message.find("the register is open read-only"), std::string::npos) << message;
    EXPECT_EQ(rowsSeenAfresh(), 0);
}

TEST(ServerConnection, ABuildWithoutPostgresSaysSo)
{
    if (hasServerSupport())
        GTEST_SKIP() << "this build has PostgreSQL support";
    const std::string message =
        fileErrorOf([] { connectTo("postgresql://anne:hemmelig@db/risiko", SqlConnection::Mode::ReadWrite); });
    EXPECT_NE(message.find("this build of Trygg has no PostgreSQL support"), std::string::npos) << message;
    EXPECT_EQ(message.find("hemmelig"), std::string::npos) << message;
}

} // namespace
