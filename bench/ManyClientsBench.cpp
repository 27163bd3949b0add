// SPDX-License-Identifier: EUPL-1.2
// Issue 16, many at once: "50 concurrent clients editing for 60 s: no lost update (every acknowledged edit present,
// conflicts refused, counts add up), edits per second and p95 latency".
//
// One register on a PostgreSQL server, made from the demo municipality (copied up as `trygg-cli copy` does), and
// CLIENTS threads, each a client of its own (its own RegisterFile and connection), editing it for SECONDS as the
// window does: each loads the register, then again and again changes a line's existing measures or a measure's
// follow-up with applyEdit, from the register as it last saw it. Some records every client edits (so edits meet:
// the one made on a value another changed since is refused, EditConflict), some only their own client; some edits
// change two records at once. A client reads again what others changed (changesByOthers) when told of their
// commits now and then, and always after a refusal.
//
// Every edit writes a token of its own ("bench:c07:e000123") into the records it changes; every outcome is kept:
// acknowledged (applyEdit returned), refused as a conflict, failed otherwise. At the end the register and its audit
// trail are checked (the trail is in commit order: writers take turns, and each appends to the trail's last entry):
//   - every acknowledged edit is in the trail, once per record, and nothing else of the clients is: no conflict
//     and no failed edit left anything;
//   - every acknowledged edit replaced the value its client had seen (the trail's old value): no update was lost
//     in between; each record's entries follow each other (old value = the entry before's new value);
//   - each record holds the last value the trail gives it;
//   - acknowledged + conflicts + failures = attempts; the trail's entries = the records of acknowledged edits;
//   - the trail's chain holds and records every object as it is (trailProblems()).
// Prints edits per second and the latency of applyEdit (p50, p95, p99, max); exits 1 if a check fails.
//
// The server: TRYGG_TEST_POSTGRES, a libpq URI of a database where databases may be created (bench/many-clients.sh
// starts a throwaway server). Usage: trygg-many-clients-bench [--clients N] [--seconds S] [--shared N] [--seed N]
#include "demo/DemoGenerator.h"
#include "edit/Edit.h"
#include "model/AuditEntry.h"
#include "model/Error.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/ServerRegister.h"
#include "storage/SqlConnection.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace trygg {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// `address` naming database `name` instead of its own (as tests/core/SqlTestDatabase.h).
std::string withDatabase(const std::string &address, const std::string &name)
{
    const std::size_t authority = address.find("://") + 3;
    const std::size_t query = std::min(address.find('?', authority), address.size());
    const std::size_t slash = std::min(address.find('/', authority), query);
    return address.substr(0, slash) + "/" + name + address.substr(query);
}

// The register on the server for the run: the demo municipality made in a file and copied up; the database
// dropped and the file removed at the end.
class BenchRegister {
public:
    BenchRegister(const std::string &admin, std::uint64_t seed)
        : m_admin(admin), m_folder(std::filesystem::temp_directory_path() /
                                   ("trygg-many-clients-" + std::to_string(std::random_device()())))
    {
        std::filesystem::create_directories(m_folder);
        const std::string path = (m_folder / "register.trygg").string();
        RegisterFile::createWhole(path, "no", "Benchmark kommune", [&](RegisterFile &file) {
            generateDemo(file, DemoOptions{200, 2000, seed, true, false});
        });
        m_name = "trygg_bench_" + std::to_string(std::random_device()());
        connectTo(m_admin, SqlConnection::Mode::ReadWrite)->exec(("CREATE DATABASE " + m_name).c_str());
        m_address = withDatabase(m_admin, m_name);
        server::copy(path, m_address);
    }
    ~BenchRegister()
    {
        try {
            if (!m_name.empty())
                connectTo(m_admin, SqlConnection::Mode::ReadWrite)
                    ->exec(("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)").c_str());
        } catch (const std::exception &error) {
            std::cerr << "dropping the database " << m_name << ": " << error.what() << '\n';
        }
        std::error_code ignored;
        std::filesystem::remove_all(m_folder, ignored);
    }
    BenchRegister(const BenchRegister &) = delete;
    BenchRegister &operator=(const BenchRegister &) = delete;
    const std::string &address() const { return m_address; }

private:
    std::string m_admin;
    std::filesystem::path m_folder;
    std::string m_name;
    std::string m_address;
};

// One record an edit changes: a line (its existing measures) or a measure (its follow-up).
struct Target {
    bool measure = false;
    Id id = 0;
    bool operator<(const Target &other) const { return std::pair(measure, id) < std::pair(other.measure, other.id); }
};

std::string typeOf(const Target &target)
{
    return target.measure ? "measure" : "risk";
}

struct Attempt {
    enum class Outcome { Acknowledged, Conflict, Failed };
    std::string token;
    std::vector<std::pair<Target, std::string>> seen; // each record with the value its client had for it
    Outcome outcome = Outcome::Failed;
    double latency = 0; // seconds in applyEdit
    std::string failure;
};

struct Plan {
    std::vector<Id> sharedRisks, sharedMeasures;
    std::vector<std::vector<Id>> ownRisks; // per client
};

struct ClientLog {
    std::vector<Attempt> attempts;
    int refreshes = 0;
    std::string fatal; // what stopped the client
};

std::string &fieldOf(RegisterData &data, const Target &target)
{
    if (target.measure)
        return const_cast<Measure *>(RegisterData::findById(data.measures, target.id))->followUp;
    return const_cast<Risk *>(RegisterData::findById(data.risks, target.id))->existingMeasures;
}

void runClient(const std::string &address, const Plan &plan, int client, Clock::time_point end, std::uint64_t seed,
               ClientLog &log)
{
    try {
        RegisterFile file = RegisterFile::open(address);
        file.setActingPerson("Klient " + std::to_string(client));
        Id seenEntry = file.lastTrailEntry(); // before loading: what is read again after it is at most read twice
        RegisterData data = file.load();
        const auto refresh = [&] {
            const OthersChanges changes = changesByOthers(file, data, seenEntry);
            mirrorEdit(data, changes.edit);
            ++log.refreshes;
        };
        std::mt19937_64 random(seed * 1000 + static_cast<std::uint64_t>(client));
        const auto pick = [&](const std::vector<Id> &ids) {
            return ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(random)];
        };
        std::uniform_int_distribution<int> percent(0, 99);
        for (int n = 1; Clock::now() < end; ++n) {
            // Told of others' commits, a client reads them now and then (a window refreshes when it is idle).
            if (file.othersChanged() && percent(random) < 30)
                refresh();
            std::vector<Target> targets;
            const int kind = percent(random);
            if (kind < 40)
                targets = {{false, pick(plan.sharedRisks)}};
            else if (kind < 60)
                targets = {{true, pick(plan.sharedMeasures)}};
            else if (kind < 85)
                targets = {{false, pick(plan.ownRisks[static_cast<std::size_t>(client)])}};
            else // two records at once: one's own line and a measure others edit too
                targets = {{false, pick(plan.ownRisks[static_cast<std::size_t>(client)])},
                           {true, pick(plan.sharedMeasures)}};
            char token[40];
            std::snprintf(token, sizeof token, "bench:c%02d:e%06d", client, n);
            Attempt attempt;
            attempt.token = token;
            Edit edit;
            for (const Target &target : targets) {
                attempt.seen.emplace_back(target, fieldOf(data, target));
                if (target.measure) {
                    Measure after = *RegisterData::findById(data.measures, target.id);
                    after.followUp = token;
                    edit.records.push_back(edits::change(data, after).records.front());
                } else {
                    Risk after = *RegisterData::findById(data.risks, target.id);
                    after.existingMeasures = token;
                    edit.records.push_back(edits::change(data, after).records.front());
                }
            }
            const Clock::time_point start = Clock::now();
            try {
                const Edit written = applyEdit(file, edit);
                attempt.latency = secondsSince(start);
                attempt.outcome = Attempt::Outcome::Acknowledged;
                mirrorEdit(data, written);
            } catch (const EditConflict &) {
                attempt.latency = secondsSince(start);
                attempt.outcome = Attempt::Outcome::Conflict;
                log.attempts.push_back(std::move(attempt));
                refresh(); // shown the register as it is now
                continue;
            } catch (const std::exception &error) {
                attempt.latency = secondsSince(start);
                attempt.failure = error.what();
            }
            log.attempts.push_back(std::move(attempt));
        }
    } catch (const std::exception &error) {
        log.fatal = error.what();
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// The checks of the header; returns the problems found.
std::vector<std::string> verify(const std::string &address, Id startEntry, const std::vector<ClientLog> &logs,
                                const std::map<Target, std::string> &initial)
{
    std::vector<std::string> problems;
    const RegisterFile file = RegisterFile::open(address, RegisterFile::Access::ReadOnly);
    // The trail's entries of the run that carry a client's token, in commit order.
    struct Entry {
        Id id;
        Target target;
        std::optional<std::string> oldValue, newValue;
    };
    std::vector<Entry> entries;
    std::map<std::pair<Target, std::string>, std::vector<std::size_t>> byToken;
    for (const AuditEntry &entry : file.history()) {
        if (entry.id <= startEntry || !entry.newValue || !entry.newValue->starts_with("bench:"))
            continue;
        if (entry.action != "edit" || !entry.objectId ||
            (entry.objectType != "risk" && entry.objectType != "measure")) {
            problems.push_back("a trail entry of a client's token that is not an edit of a line or measure: " +
                               std::to_string(entry.id));
            continue;
        }
        const Target target{entry.objectType == "measure", *entry.objectId};
        byToken[{target, *entry.newValue}].push_back(entries.size());
        entries.push_back({entry.id, target, entry.oldValue, entry.newValue});
    }
    std::size_t acknowledgedRecords = 0;
    for (const ClientLog &log : logs)
        for (const Attempt &attempt : log.attempts)
            for (const auto &[target, seen] : attempt.seen) {
                const auto found = byToken.find({target, attempt.token});
                const std::size_t times = found == byToken.end() ? 0 : found->second.size();
                const std::string what = attempt.token + " on " + typeOf(target) + " " + std::to_string(target.id);
                if (attempt.outcome != Attempt::Outcome::Acknowledged) {
                    if (times != 0)
                        problems.push_back("an edit not acknowledged is in the trail: " + what);
                    continue;
                }
                ++acknowledgedRecords;
                if (times != 1) {
                    problems.push_back("an acknowledged edit is in the trail " + std::to_string(times) +
                                       " times: " + what);
                    continue;
                }
                const Entry &entry = entries[found->second.front()];
                if (entry.oldValue.value_or("") != seen)
                    problems.push_back("lost update: " + what + " replaced '" + entry.oldValue.value_or("") +
                                       "', not '" + seen + "' its client had seen");
            }
    if (entries.size() != acknowledgedRecords)
        problems.push_back("the trail has " + std::to_string(entries.size()) + " changes by the clients, the clients " +
                           std::to_string(acknowledgedRecords) + " acknowledged");
    // Each record: its entries follow each other, and it holds the last one's value.
    std::map<Target, std::string> last = initial;
    for (const Entry &entry : entries) {
        if (entry.oldValue.value_or("") != last[entry.target])
            problems.push_back("trail entry " + std::to_string(entry.id) + " replaced '" + entry.oldValue.value_or("") +
                               "', the entry before left '" + last[entry.target] + "'");
        last[entry.target] = entry.newValue.value_or("");
    }
    for (const auto &[target, value] : last) {
        const std::string stored =
            target.measure ? file.stored<Measure>(target.id)->followUp : file.stored<Risk>(target.id)->existingMeasures;
        if (stored != value)
            problems.push_back(typeOf(target) + " " + std::to_string(target.id) + " holds '" + stored +
                               "', the trail's last change '" + value + "'");
    }
    for (const Message &problem : file.trailProblems())
        problems.push_back("trail: " + problem.english());
    return problems;
}

int run(const std::string &admin, int clients, double seconds, int shared, std::uint64_t seed)
{
    std::cout << "Making the register (the demo municipality: 200 assets, 2,000 risks) and copying it to the server\n";
    const BenchRegister bench(admin, seed);
    Plan plan;
    std::map<Target, std::string> initial;
    {
        const RegisterData data = RegisterFile::open(bench.address(), RegisterFile::Access::ReadOnly).load();
        const std::size_t needed = static_cast<std::size_t>(shared + 2 * clients);
        if (data.risks.size() < needed || data.measures.size() < static_cast<std::size_t>(shared))
            throw std::runtime_error("the demo register has too few lines or measures for that many clients");
        for (int i = 0; i < shared; ++i) {
            plan.sharedRisks.push_back(data.risks[static_cast<std::size_t>(i)].id);
            plan.sharedMeasures.push_back(data.measures[static_cast<std::size_t>(i)].id);
        }
        for (int c = 0; c < clients; ++c)
            plan.ownRisks.push_back({data.risks[static_cast<std::size_t>(shared + 2 * c)].id,
                                     data.risks[static_cast<std::size_t>(shared + 2 * c + 1)].id});
        for (const Risk &risk : data.risks)
            initial[{false, risk.id}] = risk.existingMeasures;
        for (const Measure &measure : data.measures)
            initial[{true, measure.id}] = measure.followUp;
    }
    const Id startEntry = RegisterFile::open(bench.address(), RegisterFile::Access::ReadOnly).lastTrailEntry();

    std::cout << clients << " clients editing for " << seconds << " s (" << shared << " lines and " << shared
              << " measures every client edits, 2 lines of each client's own)\n";
    std::vector<ClientLog> logs(static_cast<std::size_t>(clients));
    const Clock::time_point start = Clock::now();
    const Clock::time_point end =
        start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back(runClient, std::cref(bench.address()), std::cref(plan), c, end, seed,
                             std::ref(logs[static_cast<std::size_t>(c)]));
    for (std::thread &thread : threads)
        thread.join();
    const double elapsed = secondsSince(start);

    std::size_t attempts = 0, acknowledged = 0, conflicts = 0, failures = 0, twoRecords = 0;
    int refreshes = 0;
    std::vector<double> latencies, acknowledgedLatencies;
    std::vector<std::string> problems;
    for (const ClientLog &log : logs) {
        if (!log.fatal.empty())
            problems.push_back("a client stopped: " + log.fatal);
        refreshes += log.refreshes;
        for (const Attempt &attempt : log.attempts) {
            ++attempts;
            latencies.push_back(attempt.latency);
            switch (attempt.outcome) {
            case Attempt::Outcome::Acknowledged:
                ++acknowledged;
                acknowledgedLatencies.push_back(attempt.latency);
                twoRecords += attempt.seen.size() > 1;
                break;
            case Attempt::Outcome::Conflict: ++conflicts; break;
            case Attempt::Outcome::Failed:
                ++failures;
                if (failures <= 5)
                    problems.push_back("an edit failed: " + attempt.failure);
            }
        }
    }
    if (acknowledged + conflicts + failures != attempts)
        problems.push_back("the counts do not add up");
    if (conflicts == 0)
        problems.push_back("no edit met another's: the run shows nothing of the optimistic check");
    std::cout << "Checking the register and its trail\n";
    const Clock::time_point checking = Clock::now();
    for (std::string &problem : verify(bench.address(), startEntry, logs, initial))
        problems.push_back(std::move(problem));

    std::printf("attempts %zu: acknowledged %zu (%zu of two records), conflicts refused %zu, failed %zu; reads "
                "again of others' changes %d\n",
                attempts, acknowledged, twoRecords, conflicts, failures, refreshes);
    std::printf("acknowledged edits per second: %.1f (attempts %.1f) over %.1f s\n",
                static_cast<double>(acknowledged) / elapsed, static_cast<double>(attempts) / elapsed, elapsed);
    std::printf("latency of applyEdit, acknowledged: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; all "
                "attempts: p50 %.1f ms, p95 %.1f ms\n",
                percentile(acknowledgedLatencies, 0.50) * 1000, percentile(acknowledgedLatencies, 0.95) * 1000,
                percentile(acknowledgedLatencies, 0.99) * 1000, percentile(acknowledgedLatencies, 1.0) * 1000,
                percentile(latencies, 0.50) * 1000, percentile(latencies, 0.95) * 1000);
    std::printf("checked in %.1f s: ", secondsSince(checking));
    if (problems.empty()) {
        std::printf("no lost update, every acknowledged edit present once, nothing of a refused or failed edit "
                    "written, counts add up, the trail whole\n");
        return 0;
    }
    std::printf("%zu problems\n", problems.size());
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i)
        std::printf("  %s\n", problems[i].c_str());
    return 1;
}

} // namespace
} // namespace trygg

int main(int argc, char **argv)
{
    int clients = 50, shared = 20;
    double seconds = 60;
    std::uint64_t seed = 16;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (i + 1 >= argc) {
            std::cerr << "usage: trygg-many-clients-bench [--clients N] [--seconds S] [--shared N] [--seed N]\n";
            return 2;
        }
        const char *value = argv[++i];
        if (option == "--clients")
            clients = std::atoi(value);
        else if (option == "--seconds")
            seconds = std::atof(value);
        else if (option == "--shared")
            shared = std::atoi(value);
        else if (option == "--seed")
            seed = std::strtoull(value, nullptr, 10);
        else {
            std::cerr << "trygg-many-clients-bench: unknown option " << option << '\n';
            return 2;
        }
    }
    if (clients < 1 || seconds <= 0 || shared < 1) {
        std::cerr << "trygg-many-clients-bench: --clients, --seconds and --shared must be positive\n";
        return 2;
    }
    if (!trygg::hasServerSupport()) {
        std::cerr << "trygg-many-clients-bench: this build has no PostgreSQL support; nothing was measured\n";
        return 2;
    }
    const char *server = std::getenv("TRYGG_TEST_POSTGRES");
    if (!server || !*server) {
        std::cerr << "trygg-many-clients-bench: set TRYGG_TEST_POSTGRES to a libpq URI of a database on a server "
                     "where the benchmark may create and drop databases (bench/many-clients.sh starts one)\n";
        return 2;
    }
    try {
        return trygg::run(server, clients, seconds, shared, seed);
    } catch (const std::exception &error) {
        std::cerr << "trygg-many-clients-bench: " << error.what() << '\n';
        return 1;
    }
}
