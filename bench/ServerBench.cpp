// SPDX-License-Identifier: EUPL-1.2
// Issue 16: a register of 100,000 risks opened from a PostgreSQL server and loaded whole (what every command
// that reads does) within 1 s, beside the same from its file; and what copying it up to the server takes
// (`trygg-cli copy FILE URI`). The register is the demo municipality of RegisterBench (2,000 assets, 100,000
// risks, their assessments, units, people, measures and yearly cycle), built once in a temporary folder and
// copied to a database made for the run on the server TRYGG_TEST_POSTGRES names (a libpq URI of a database
// where it may create databases; bench/server-open.sh starts a throwaway server), dropped at the end.
#include "demo/DemoGenerator.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/ServerRegister.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace trygg {
namespace {

// `address` naming database `name` instead of its own (as tests/core/SqlTestDatabase.h).
std::string withDatabase(const std::string &address, const std::string &name)
{
    const std::size_t authority = address.find("://") + 3;
    const std::size_t query = std::min(address.find('?', authority), address.size());
    const std::size_t slash = std::min(address.find('/', authority), query);
    return address.substr(0, slash) + "/" + name + address.substr(query);
}

std::string randomSuffix()
{
    std::random_device random;
    return std::to_string(random()) + std::to_string(random());
}

// A database made on the server for the run, dropped when it goes.
class ServerDatabase {
public:
    explicit ServerDatabase(const std::string &admin) : m_admin(admin), m_name("trygg_bench_" + randomSuffix())
    {
        connectTo(m_admin, SqlConnection::Mode::ReadWrite)->exec(("CREATE DATABASE " + m_name).c_str());
        m_address = withDatabase(m_admin, m_name);
    }
    ~ServerDatabase()
    {
        try {
            connectTo(m_admin, SqlConnection::Mode::ReadWrite)
                ->exec(("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)").c_str());
        } catch (const std::exception &error) {
            std::cerr << "trygg-server-bench: dropping the database " << m_name << ": " << error.what() << '\n';
        }
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    const std::string &address() const { return m_address; }

private:
    std::string m_admin;
    std::string m_name;
    std::string m_address;
};

class BenchRegister {
public:
    explicit BenchRegister(const std::string &admin)
        : m_folder(std::filesystem::temp_directory_path() / ("trygg-server-bench-" + randomSuffix())),
          m_path((m_folder / "benchmark.trygg").string())
    {
        std::filesystem::create_directories(m_folder);
        try {
            auto start = std::chrono::steady_clock::now();
            {
                RegisterFile file = RegisterFile::create(m_path, "no", "Benchmark kommune");
                const DemoSummary summary = generateDemo(file, DemoOptions{2000, 100000, 1});
                std::cerr << "Demo register: " << summary.units << " units, " << summary.people << " people, "
                          << summary.assets << " assets, " << summary.assessments << " assessments, " << summary.risks
                          << " risks, " << summary.measures << " measures, built in " << seconds(start) << " s, "
                          << std::filesystem::file_size(m_path) / 1000000 << " MB\n";
            }
            m_server = std::make_unique<ServerDatabase>(admin);
            start = std::chrono::steady_clock::now();
            server::copy(m_path, m_server->address());
            std::cerr << "Copied to the server in " << seconds(start) << " s\n";
        } catch (...) {
            remove();
            throw;
        }
    }
    ~BenchRegister()
    {
        m_server.reset();
        remove();
    }
    BenchRegister(const BenchRegister &) = delete;
    BenchRegister &operator=(const BenchRegister &) = delete;

    const std::string &path() const { return m_path; }
    const std::string &address() const { return m_server->address(); }

private:
    static double seconds(std::chrono::steady_clock::time_point since)
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
    }
    void remove()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_folder, ec);
    }

    std::filesystem::path m_folder;
    std::string m_path;
    std::unique_ptr<ServerDatabase> m_server;
};

std::string adminAddress;
const BenchRegister *benchRegister = nullptr;

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

// Open read-only (as every command that reads does) and load every record; the counters say how many
// risks came back and how long the open alone took (connecting, and the check that it is a register).
void openAndLoad(benchmark::State &state, const std::string &location)
{
    double opening = 0;
    std::size_t risks = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        RegisterFile file = RegisterFile::open(location, RegisterFile::Access::ReadOnly);
        opening += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        RegisterData data = file.load();
        risks = data.risks.size();
        benchmark::DoNotOptimize(data.risks.data());
    }
    state.counters["risks"] = static_cast<double>(risks);
    state.counters["open_ms"] = benchmark::Counter(opening * 1000, benchmark::Counter::kAvgIterations);
}

// Issue 16's target: under 1 s.
void BM_OpenFromServer(benchmark::State &state)
{
    openAndLoad(state, benchRegister->address());
}
BENCHMARK(BM_OpenFromServer)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ComputeStatistics("min", minimum);

// The same register from its file (RegisterBench's BM_Open, read-only).
void BM_OpenFromFile(benchmark::State &state)
{
    openAndLoad(state, benchRegister->path());
}
BENCHMARK(BM_OpenFromFile)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ComputeStatistics("min", minimum);

// `trygg-cli copy FILE URI`: every table's rows into a new, empty database, in one transaction.
void BM_CopyToServer(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        {
            const ServerDatabase target(adminAddress);
            state.ResumeTiming();
            server::copy(benchRegister->path(), target.address());
            state.PauseTiming();
        }
        state.ResumeTiming();
    }
}
BENCHMARK(BM_CopyToServer)
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(3)
    ->ComputeStatistics("min", minimum);

} // namespace
} // namespace trygg

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!trygg::hasServerSupport()) {
        std::cerr << "trygg-server-bench: this build has no PostgreSQL support (TRYGG_POSTGRES is off); nothing was "
                     "measured\n";
        return 2;
    }
    const char *server = std::getenv("TRYGG_TEST_POSTGRES");
    if (!server || !*server) {
        std::cerr << "trygg-server-bench: no PostgreSQL server given: set TRYGG_TEST_POSTGRES to a libpq URI of a "
                     "database on a server where the benchmark may create and drop databases (bench/server-open.sh "
                     "starts a throwaway server and runs it); nothing was measured\n";
        return 2;
    }
    try {
        trygg::adminAddress = server;
        const trygg::BenchRegister bench(trygg::adminAddress);
        trygg::benchRegister = &bench;
        benchmark::RunSpecifiedBenchmarks();
        trygg::benchRegister = nullptr;
    } catch (const std::exception &error) {
        std::cerr << "trygg-server-bench: " << error.what() << '\n';
        return 1;
    }
    benchmark::Shutdown();
    return 0;
}
