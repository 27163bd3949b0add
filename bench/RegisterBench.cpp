// How the operations that grow with a register perform on a large municipality: opening and loading the file,
// ranking the risks, building and exporting the action plan, editing one risk, verifying the audit trail. The register
// is a demo of 2,000 assets and 100,000 risks, built once in a temporary folder that is removed at exit.
#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "model/Clock.h"
#include "plan/Prioritisation.h"
#include "storage/RegisterFile.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <exception>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>

namespace trygg {
namespace {

class TempFolder {
public:
    TempFolder()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("trygg-bench-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;

    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

class BenchRegister {
public:
    BenchRegister() : m_path((m_folder.path() / "benchmark.trygg").string())
    {
        const auto start = std::chrono::steady_clock::now();
        RegisterFile file = RegisterFile::create(m_path, "no", "Benchmark kommune");
        const DemoSummary summary = generateDemo(file, DemoOptions{2000, 100000, 1});
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        std::cerr << "Demo register: " << summary.units << " units, " << summary.people << " people, " << summary.assets
                  << " assets, " << summary.assessments << " assessments, " << summary.risks << " risks, "
                  << summary.measures << " measures, built in " << elapsed.count() << " s\n";
        m_data = file.load();
    }

    const std::string &path() const { return m_path; }
    const RegisterData &data() const { return m_data; }
    Date today() const { return m_today; }

private:
    TempFolder m_folder; // first, so that a failed build still removes it
    std::string m_path;
    RegisterData m_data;
    Date m_today = Clock::todayLocal();
};

const BenchRegister *benchRegister = nullptr;

void BM_Open(benchmark::State &state)
{
    for (auto _ : state) {
        RegisterFile file = RegisterFile::open(benchRegister->path());
        RegisterData data = file.load();
        benchmark::DoNotOptimize(data.risks.data());
    }
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);

void BM_Prioritise(benchmark::State &state)
{
    for (auto _ : state) {
        std::vector<PlanEntry> plan = actionPlan(benchRegister->data(), benchRegister->today());
        benchmark::DoNotOptimize(plan.data());
    }
}
BENCHMARK(BM_Prioritise)->Unit(benchmark::kMillisecond);

void BM_PrioritiseRisks(benchmark::State &state)
{
    for (auto _ : state) {
        std::vector<RankedRisk> ranked = prioritiseRisks(benchRegister->data());
        benchmark::DoNotOptimize(ranked.data());
    }
}
BENCHMARK(BM_PrioritiseRisks)->Unit(benchmark::kMillisecond);

void BM_ExportPlanCsv(benchmark::State &state)
{
    for (auto _ : state) {
        std::string csv = exportPlanCsv(benchRegister->data(), benchRegister->today());
        benchmark::DoNotOptimize(csv.data());
    }
}
BENCHMARK(BM_ExportPlanCsv)->Unit(benchmark::kMillisecond);

// One edit as the window writes it: a risk's probability changed, with its audit entry chained to the trail
// (issue 12: the last entry's hash is one look-up, so the write does not grow with the trail) and the file
// synced.
void BM_EditOneRisk(benchmark::State &state)
{
    RegisterFile file = RegisterFile::open(benchRegister->path());
    Risk risk = benchRegister->data().risks[benchRegister->data().risks.size() / 2];
    for (auto _ : state) {
        risk.probability = risk.probability == 1 ? 2 : 1;
        file.updateRisk(risk);
    }
}
BENCHMARK(BM_EditOneRisk)->Unit(benchmark::kMillisecond);

// What check reads besides the records: the whole trail's chain and every object against its last entry.
void BM_VerifyTrail(benchmark::State &state)
{
    RegisterFile file = RegisterFile::open(benchRegister->path(), RegisterFile::Access::ReadOnly);
    for (auto _ : state) {
        std::vector<Message> problems = file.trailProblems();
        benchmark::DoNotOptimize(problems.data());
    }
}
BENCHMARK(BM_VerifyTrail)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace trygg

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    try {
        const trygg::BenchRegister bench;
        trygg::benchRegister = &bench;
        benchmark::RunSpecifiedBenchmarks();
        trygg::benchRegister = nullptr;
    } catch (const std::exception &error) {
        std::cerr << "trygg-bench: " << error.what() << '\n';
        return 1;
    }
    benchmark::Shutdown();
    return 0;
}
