// SPDX-License-Identifier: EUPL-1.2
// Issue 16, faults of a register on a server: "a restarted server, a cut connection or a statement timeout give a
// clear notice, never a half-written change, and the client reconnects and goes on"; tests: "the server backend of
// a client killed mid-transaction; the server restarted; the client recovers and nothing is half-written".
//
// A client's change (an edit of two records, an import) is caught in the middle by another session that holds what
// it needs (a row of the register, or the writers' lock: PostgresConnection::begin) while the fault is made: the
// client's session ended by an administrator (pg_terminate_backend), the server restarted (pg_ctl restart --mode=fast),
// a statement timeout. The faults that reach every client of a server (a restart, a setting of the whole server) are
// made on a server of the test's own (scripts/pg-cluster.sh), so that the other tests that run meanwhile on the shared
// one go on.
#include "SqlTestDatabase.h"
#include "TestRegister.h"

#include "demo/DemoGenerator.h"
#include "edit/Edit.h"
#include "exchange/CsvImport.h"
#include "model/Error.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/SqlBackend.h"
#include "storage/SqlConnection.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <thread>

using namespace trygg;

namespace {

// Where scripts/pg-cluster.sh is: beside tests/data.
std::string clusterScript()
{
    return std::string(TRYGG_TEST_DATA) + "/../../scripts/pg-cluster.sh";
}

// A PostgreSQL server of this test's own (scripts/pg-cluster.sh start), named by TRYGG_TEST_POSTGRES while it
// lives (TestRegister makes its database there), stopped and removed when it goes.
class OwnServer {
public:
    // False (with a failure recorded) when it could not be started.
    bool start()
    {
        FILE *output = popen(("bash '" + clusterScript() + "' start").c_str(), "r");
        if (!output) {
            ADD_FAILURE() << "cannot run " << clusterScript();
            return false;
        }
        std::string text;
        char buffer[512];
        while (const std::size_t read = std::fread(buffer, 1, sizeof buffer, output))
            text.append(buffer, read);
        if (pclose(output) != 0) {
            ADD_FAILURE() << clusterScript() << " start failed";
            return false;
        }
        // Lines `export NAME=VALUE`, the value quoted for the shell by printf %q (backslashes before ? & =).
        const auto value = [&](const std::string &name) {
            const std::size_t at = text.find("export " + name + "=");
            if (at == std::string::npos)
                return std::string();
            const std::size_t from = at + name.size() + 8;
            std::string quoted = text.substr(from, text.find('\n', from) - from), plain;
            for (std::size_t i = 0; i < quoted.size(); ++i)
                if (quoted[i] != '\\' || ++i < quoted.size())
                    plain += quoted[i];
            return plain;
        };
        m_folder = value("TRYGG_PG_CLUSTER");
        const std::string address = value("TRYGG_TEST_POSTGRES");
        if (m_folder.empty() || address.empty()) {
            ADD_FAILURE() << clusterScript() << " start said: " << text;
            return false;
        }
        if (const char *shared = std::getenv("TRYGG_TEST_POSTGRES"))
            m_shared = shared;
        setenv("TRYGG_TEST_POSTGRES", address.c_str(), 1);
        return true;
    }
    // Every session ended, what was not committed rolled back; returns once it accepts connections again.
    void restart() const
    {
        EXPECT_EQ(std::system(("bash '" + clusterScript() + "' restart '" + m_folder + "'").c_str()), 0);
    }
    // What the server has logged so far.
    std::string log() const
    {
        std::ifstream in(m_folder + "/server.log");
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ~OwnServer()
    {
        if (m_folder.empty())
            return;
        if (m_shared)
            setenv("TRYGG_TEST_POSTGRES", m_shared->c_str(), 1);
        if (std::system(("bash '" + clusterScript() + "' stop '" + m_folder + "'").c_str()) != 0)
            ADD_FAILURE() << "stopping the test's own server in " << m_folder;
    }

private:
    std::string m_folder;
    std::optional<std::string> m_shared;
};

// What a client's call threw, caught on the thread it ran on.
struct Outcome {
    bool threw = false;
    bool lost = false; // ConnectionLost
    bool conflict = false;
    std::string message;
};

Outcome outcomeOf(const std::function<void()> &call)
{
    Outcome outcome;
    try {
        call();
    } catch (const ConnectionLost &error) {
        outcome = {true, true, false, error.what()};
    } catch (const EditConflict &error) {
        outcome = {true, false, true, error.message().english()};
    } catch (const std::exception &error) {
        outcome = {true, false, false, error.what()};
    }
    return outcome;
}

class ServerFaultTest : public testing::Test {
protected:
    void SetUp() override
    {
        if (!hasServerSupport())
            GTEST_SKIP() << "this build has no PostgreSQL support";
        if (ownServer()) {
            // Fails, as every server test does, when no server was given for the tests.
            ASSERT_FALSE(testServerAddress().empty());
            ASSERT_TRUE(m_server.start());
        }
        ASSERT_TRUE(m_place.create(SqlBackend::Postgres, "no", "Ibestad kommune", [](RegisterFile &made) {
            generateDemo(made, {20, 60, 3, false});
        }));
        m_file = std::make_unique<RegisterFile>(m_place.open());
        m_admin = connectTo(m_place.location(), SqlConnection::Mode::ReadWrite);
        const RegisterData data = m_file->load();
        ASSERT_GE(data.risks.size(), 2u);
        ASSERT_FALSE(data.measures.empty());
        m_risk = data.risks.front();
        m_measure = data.measures.front();
        m_entries = m_file->lastTrailEntry();
        // One user action that changes two records: a line's existing measures and a measure's follow-up.
        Risk risk = m_risk;
        risk.existingMeasures = "Brannmur og logging";
        Measure measure = m_measure;
        measure.followUp = "Følges opp kvartalsvis";
        m_edit = edits::change(data, risk);
        m_edit.records.push_back(edits::change(data, measure).records.front());
    }
    void TearDown() override
    {
        if (!m_file)
            return;
        // Whatever happened, the trail's chain holds and records every object as it is (issue 12).
        for (const Message &problem : freshlyOpened().trailProblems())
            ADD_FAILURE() << problem.english();
    }
    // Whether the test makes faults that reach every client of the server it runs on.
    virtual bool ownServer() const { return false; }

    RegisterFile freshlyOpened() const { return m_place.open(RegisterFile::Access::ReadOnly); }
    std::int64_t backendOf(RegisterFile &client) const
    {
        return *Statement(client.database(), "SELECT pg_backend_pid()").scalar();
    }
    // Waits (up to 20 s) until the session `backend` waits for `waitEvent` (pg_stat_activity's wait_event_type or
    // wait_event): a lock another holds, a standby.
    void awaitWaiting(std::int64_t backend, const std::string &waitEvent)
    {
        auto observer = connectTo(m_place.location(), SqlConnection::Mode::ReadOnly);
        Statement waiting(*observer, "SELECT count(*) FROM pg_stat_activity WHERE pid = ?1 AND "
                                     "(wait_event_type = ?2 OR wait_event = ?2)");
        for (int tries = 0; tries < 2000; ++tries) {
            if (*waiting.bind(1, backend).bind(2, waitEvent).scalar() > 0)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        FAIL() << "the client never waited for " << waitEvent;
    }
    // Whether the session `backend` has written in its transaction (it has a transaction id from its first write).
    bool hasWritten(std::int64_t backend) const
    {
        auto observer = connectTo(m_place.location(), SqlConnection::Mode::ReadOnly);
        return *Statement(*observer, "SELECT count(*) FROM pg_stat_activity WHERE pid = ?1 AND backend_xid IS NOT NULL")
                    .bind(1, backend)
                    .scalar() > 0;
    }
    // The administrator's session holds the row of the edit's measure (its second record) in a transaction: the
    // client's change waits there, the line's change written already.
    void holdTheMeasure()
    {
        m_admin->exec("BEGIN");
        Statement(*m_admin, "SELECT id FROM measure WHERE id = ?1 FOR UPDATE").bind(1, m_measure.id).run();
    }
    // The administrator's session holds the writers' lock: the client's change waits at its start.
    void holdTheWritersLock()
    {
        m_admin->exec("BEGIN");
        m_admin->exec("SELECT pg_advisory_xact_lock(500136765287)");
    }
    void release() { m_admin->exec("ROLLBACK"); }
    void endSession(std::int64_t backend)
    {
        Statement(*m_admin, "SELECT pg_terminate_backend(?1)").bind(1, backend).run();
    }
    // Nothing of the edit is stored, and the trail has no entry more than before it.
    void expectNoneOfTheEdit()
    {
        const RegisterFile fresh = freshlyOpened();
        EXPECT_EQ(fresh.stored<Risk>(m_risk.id)->existingMeasures, m_risk.existingMeasures);
        EXPECT_EQ(fresh.stored<Measure>(m_measure.id)->followUp, m_measure.followUp);
        EXPECT_EQ(fresh.lastTrailEntry(), m_entries);
    }
    // All of the edit is stored, with its trail.
    void expectAllOfTheEdit()
    {
        const RegisterFile fresh = freshlyOpened();
        EXPECT_EQ(fresh.stored<Risk>(m_risk.id)->existingMeasures, "Brannmur og logging");
        EXPECT_EQ(fresh.stored<Measure>(m_measure.id)->followUp, "Følges opp kvartalsvis");
        EXPECT_EQ(fresh.changedSince(m_entries).size(), 2u);
    }
    // The client's edit, run on a thread of its own while the test makes the fault.
    Outcome editWhile(const std::function<void()> &fault)
    {
        Outcome outcome;
        std::thread client([&] { outcome = outcomeOf([&] { applyEdit(*m_file, m_edit); }); });
        fault();
        client.join();
        return outcome;
    }

    OwnServer m_server; // declared first: it goes last, after the register's database is dropped
    TestRegister m_place;
    std::unique_ptr<RegisterFile> m_file;
    std::unique_ptr<SqlConnection> m_admin;
    Risk m_risk;
    Measure m_measure;
    Id m_entries = 0;
    Edit m_edit;
};

const char *const LostNothingChanged = "the connection to the server was lost; nothing was changed";

TEST_F(ServerFaultTest, AClientsSessionEndedInTheMiddleOfAnEditLeavesNoneOfItAndItGoesOnAfterReconnecting)
{
    const std::int64_t backend = backendOf(*m_file);
    holdTheMeasure();
    const Outcome outcome = editWhile([&] {
        awaitWaiting(backend, "Lock");
        EXPECT_TRUE(hasWritten(backend)) << "the line is written before the measure waits";
        endSession(backend);
        release();
    });
    EXPECT_TRUE(outcome.lost) << outcome.message;
    EXPECT_NE(outcome.message.find(LostNothingChanged), std::string::npos) << outcome.message;
    expectNoneOfTheEdit();

    // The lost connection keeps saying so, and never crashes.
    EXPECT_TRUE(outcomeOf([&] { m_file->load(); }).lost);
    EXPECT_TRUE(outcomeOf([&] { m_file->othersChanged(); }).lost);
    m_file->reconnect();
    EXPECT_NE(backendOf(*m_file), backend);
    applyEdit(*m_file, m_edit);
    expectAllOfTheEdit();
    EXPECT_TRUE(m_file->trailProblems().empty());
}

TEST_F(ServerFaultTest, AClientsSessionEndedWhileItWaitsForTheWritersTurnWritesNothingAndItGoesOn)
{
    const std::int64_t backend = backendOf(*m_file);
    holdTheWritersLock();
    const Outcome outcome = editWhile([&] {
        awaitWaiting(backend, "Lock");
        endSession(backend);
        release();
    });
    EXPECT_TRUE(outcome.lost) << outcome.message;
    EXPECT_NE(outcome.message.find(LostNothingChanged), std::string::npos) << outcome.message;
    expectNoneOfTheEdit();
    m_file->reconnect();
    applyEdit(*m_file, m_edit);
    expectAllOfTheEdit();
}

TEST_F(ServerFaultTest, AClientsSessionEndedInTheMiddleOfAnImportLeavesNoneOfItAndTheImportGoesThroughAfterwards)
{
    const RegisterData data = m_file->load();
    ASSERT_GE(data.units.size(), 2u);
    const std::string csv = "name;type;unit\nJournalsystem 2;it system;" + data.units[0].name +
                            "\nLønnssystem 2;it system;" + data.units[1].name + "\n";
    const std::size_t assets = data.assets.size();
    // The second unit held: the first asset is written, the second waits to refer to its unit.
    const std::int64_t backend = backendOf(*m_file);
    m_admin->exec("BEGIN");
    Statement(*m_admin, "SELECT id FROM unit WHERE id = ?1 FOR UPDATE").bind(1, data.units[1].id).run();
    Outcome outcome;
    std::thread client([&] { outcome = outcomeOf([&] { importAssetsCsv(*m_file, csv, "eiendeler.csv"); }); });
    awaitWaiting(backend, "Lock");
    EXPECT_TRUE(hasWritten(backend)) << "the first asset is written before the second waits";
    endSession(backend);
    release();
    client.join();
    EXPECT_TRUE(outcome.lost) << outcome.message;
    EXPECT_NE(outcome.message.find(LostNothingChanged), std::string::npos) << outcome.message;
    EXPECT_EQ(freshlyOpened().load().assets.size(), assets);
    EXPECT_EQ(freshlyOpened().lastTrailEntry(), m_entries);

    m_file->reconnect();
    EXPECT_EQ(importAssetsCsv(*m_file, csv, "eiendeler.csv").created, 2);
    EXPECT_EQ(freshlyOpened().load().assets.size(), assets + 2);
}

TEST_F(ServerFaultTest, AWriteStoppedByTheStatementTimeoutSaysSoWritesNothingAndTheClientGoesOn)
{
    const std::string timeout = sql::timeoutProblem().english();
    m_file->database().setStatementTimeout(std::chrono::milliseconds(300));
    // In the middle of the change (the line written, the measure held by another) and at its start (another
    // writer's turn).
    for (const bool midway : {true, false}) {
        if (midway)
            holdTheMeasure();
        else
            holdTheWritersLock();
        const Outcome outcome = outcomeOf([&] { applyEdit(*m_file, m_edit); });
        release();
        EXPECT_TRUE(outcome.threw);
        EXPECT_FALSE(outcome.lost) << outcome.message;
        EXPECT_NE(outcome.message.find(timeout), std::string::npos) << outcome.message;
        expectNoneOfTheEdit();
    }
    // The same connection goes on.
    applyEdit(*m_file, m_edit);
    expectAllOfTheEdit();
}

class ServerWideFaultTest : public ServerFaultTest {
protected:
    bool ownServer() const override { return true; }
};

TEST_F(ServerWideFaultTest, AClientOfARestartedServerIsToldSoAndGoesOnAfterReconnecting)
{
    m_server.restart();
    const Outcome outcome = outcomeOf([&] { applyEdit(*m_file, m_edit); });
    EXPECT_TRUE(outcome.lost) << outcome.message;
    EXPECT_NE(outcome.message.find(LostNothingChanged), std::string::npos) << outcome.message;
    expectNoneOfTheEdit();
    m_file->reconnect();
    // It is told of others' changes again after reconnecting (LISTEN anew).
    auto other = m_place.open();
    Asset renamed = *other.stored<Asset>(other.load().assets.front().id);
    renamed.name += " (ny)";
    other.updateAsset(renamed);
    bool told = false;
    for (int wait = 0; wait < 200 && !told; ++wait) {
        told = m_file->othersChanged();
        if (!told)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_TRUE(told) << "no notice of another's commit after reconnecting";
    m_entries = m_file->lastTrailEntry();
    applyEdit(*m_file, m_edit);
    expectAllOfTheEdit();
}

TEST_F(ServerWideFaultTest, AServerRestartedInTheMiddleOfAnEditLeavesNoneOfIt)
{
    const std::int64_t backend = backendOf(*m_file);
    holdTheMeasure();
    const Outcome outcome = editWhile([&] {
        awaitWaiting(backend, "Lock");
        EXPECT_TRUE(hasWritten(backend)) << "the line is written before the measure waits";
        m_server.restart(); // the administrator's session ends with it, and its lock
    });
    EXPECT_TRUE(outcome.lost) << outcome.message;
    EXPECT_NE(outcome.message.find(LostNothingChanged), std::string::npos) << outcome.message;
    expectNoneOfTheEdit();
    m_file->reconnect();
    applyEdit(*m_file, m_edit);
    expectAllOfTheEdit();
}

TEST_F(ServerWideFaultTest, AConnectionLostDuringTheCommitSaysTheChangeMayHaveBeenSavedAndItWasWholly)
{
    // The commit is made to wait after the server has written it, until a standby that never comes confirms it
    // (synchronous replication to a standby of a name nobody has: a setting of the whole server, hence a server of
    // the test's own). The client's session ended there: the change is saved, the client cannot know.
    m_admin->exec("ALTER SYSTEM SET synchronous_standby_names = 'trygg_nobody'");
    m_admin->exec("SELECT pg_reload_conf()");
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the server's processes read the setting
    // Only the client's session waits for the standby (the test servers' own setting is off).
    m_file->database().exec("SET synchronous_commit = on");
    const std::int64_t backend = backendOf(*m_file);
    const Outcome outcome = editWhile([&] {
        awaitWaiting(backend, "SyncRep");
        endSession(backend);
        // Once the session has given up waiting, the standby is no longer waited for: the session's end drops its
        // temporary table, a commit that would wait too.
        const char *const givenUp = "canceling the wait for synchronous replication and terminating connection";
        for (int tries = 0; tries < 2000 && m_server.log().find(givenUp) == std::string::npos; ++tries)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        m_admin->exec("ALTER SYSTEM RESET synchronous_standby_names");
        m_admin->exec("SELECT pg_reload_conf()");
    });
    EXPECT_TRUE(outcome.lost) << outcome.message;
    EXPECT_NE(outcome.message.find("while the change was being committed: it may or may not have been saved; connect "
                                   "again and look"),
              std::string::npos)
        << outcome.message;
    expectAllOfTheEdit();
    // Connected again, the same edit once more is refused: it is there already.
    m_file->reconnect();
    EXPECT_TRUE(outcomeOf([&] { applyEdit(*m_file, m_edit); }).conflict);
}

} // namespace
