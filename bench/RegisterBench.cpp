// SPDX-License-Identifier: EUPL-1.2
// How the operations that grow with a register perform on a large municipality: opening and loading the file,
// ranking the risks, building and exporting the action plan, editing one risk, verifying the audit trail,
// importing 100,000 risk rows and combining a section of 40,000 risks (issue 19). The register is a demo of
// 2,000 assets and 100,000 risks, built once in a temporary folder that is removed at exit.
#include "combine/Combine.h"
#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
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
    // A fresh file name in the benchmark's folder.
    std::string newPath(const std::string &stem) const
    {
        return (m_folder.path() / (stem + "-" + std::to_string(++m_files) + ".trygg")).string();
    }

private:
    TempFolder m_folder; // first, so that a failed build still removes it
    std::string m_path;
    RegisterData m_data;
    Date m_today = Clock::todayLocal();
    mutable int m_files = 0;
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

// Issue 19: the register's 100,000 risk lines, as `export risks` writes them, imported into a new register
// (every unit, assessment, asset, person and measure they name created too). Target: under 10 s.
void BM_ImportRisksIntoNewRegister(benchmark::State &state)
{
    const std::string csv = exportRisksCsv(benchRegister->data());
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = benchRegister->newPath("import");
        {
            RegisterFile file = RegisterFile::create(path, "no", "Import");
            state.ResumeTiming();
            const ImportSummary summary = importRisksCsv(file, csv, "risks.csv");
            state.PauseTiming();
            if (summary.created != static_cast<int>(benchRegister->data().risks.size()))
                state.SkipWithError("not every row was imported");
        }
        std::filesystem::remove(path);
        if (state.error_occurred())
            break; // timing may not resume after an error
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ImportRisksIntoNewRegister)->Unit(benchmark::kSecond)->Iterations(2);

// The same rows imported again into the register they were exported from: every line matched by its id,
// nothing changed.
void BM_ImportRisksAgain(benchmark::State &state)
{
    // As the file holds them now: other benchmarks (BM_EditOneRisk) edit it.
    const RegisterData data = RegisterFile::open(benchRegister->path(), RegisterFile::Access::ReadOnly).load();
    const std::string csv = exportRisksCsv(data);
    for (auto _ : state) {
        state.PauseTiming();
        RegisterFile file = RegisterFile::open(benchRegister->path());
        state.ResumeTiming();
        const ImportSummary summary = importRisksCsv(file, csv, "risks.csv");
        if (summary.unchanged != static_cast<int>(data.risks.size())) {
            state.SkipWithError("not every row was matched unchanged");
            break;
        }
    }
}
BENCHMARK(BM_ImportRisksAgain)->Unit(benchmark::kSecond)->Iterations(2);

// Issue 19: a section register of 40,000 risks (800 assets) combined into a new combined register (the
// time), and then combined again unchanged (the counter again_s). Target: under 5 s.
class BenchSection {
public:
    BenchSection() : m_path(benchRegister->newPath("section"))
    {
        RegisterFile file = RegisterFile::create(m_path, "no", "Seksjon");
        generateDemo(file, DemoOptions{800, 40000, 7});
    }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

void BM_CombineSection(benchmark::State &state)
{
    static const BenchSection section;
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = benchRegister->newPath("combined");
        {
            RegisterFile combined = RegisterFile::create(path, "no", "Kommune");
            state.ResumeTiming();
            const CombineSummary first = combineRegisters(combined, {section.path()});
            state.PauseTiming();
            // Combined again, unchanged: shown as a counter beside the first combine's time.
            const std::chrono::steady_clock::time_point again = std::chrono::steady_clock::now();
            const CombineSummary second = combineRegisters(combined, {section.path()});
            state.counters["again_s"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - again).count();
            if (first.created == 0 || second.created != 0 || !second.conflicts.empty())
                state.SkipWithError("the section was not combined, or not recognised again");
        }
        std::filesystem::remove(path);
        if (state.error_occurred())
            break; // timing may not resume after an error
        state.ResumeTiming();
    }
}
BENCHMARK(BM_CombineSection)->Unit(benchmark::kSecond)->Iterations(2);

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
