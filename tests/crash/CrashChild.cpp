// SPDX-License-Identifier: EUPL-1.2
// The child of the crash-safety harness (tests/core/CrashSafetyTest.cpp, issue 5): performs numbered edits
// through the core, one transaction each, until it is killed, and reports each edit once it is committed.
//
//   trygg-crash-child FILE START
//
// Edit n (counting from START) is of kind n % 4:
//   0  adds the risk line "edit n" to the harness's assessment
//   1  updates risk "edit n-1": existing measures "updated by edit n", new levels
//   2  adds the measure "measure edit n" treating risk "edit n-2"
//   3  imports a CSV of three risk rows "edit n row 1" ... "edit n row 3"
// The harness starts the next child at the last reported edit + 1, so the risks an update or a measure
// refers to were committed before (by this child or an earlier one).
#include "exchange/CsvImport.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "model/Measure.h"
#include "model/Risk.h"
#include "storage/RegisterFile.h"

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

namespace trygg {
namespace {

// The name the harness looks for; the assessment has no unit.
constexpr const char *AssessmentName = "Crash harness";

// write(2) straight to fd 1: once an edit is committed its report must not wait in a stdio buffer, or
// the harness would miss edits that are in the file.
void report(std::int64_t n)
{
    const std::string line = "committed " + std::to_string(n) + "\n";
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t written = ::write(STDOUT_FILENO, line.data() + done, line.size() - done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            throw std::runtime_error("cannot write to standard output");
        done += static_cast<std::size_t>(written);
    }
}

std::string threatOf(std::int64_t n)
{
    return "edit " + std::to_string(n);
}

class Editor {
public:
    explicit Editor(RegisterFile &file) : m_file(file)
    {
        m_assessmentId = m_file.findAssessment(std::nullopt, AssessmentName).value_or(0);
        if (m_assessmentId == 0) {
            RiskAssessment assessment;
            assessment.name = AssessmentName;
            assessment.date = Clock::todayLocal();
            m_assessmentId = m_file.addAssessment(assessment);
        }
    }

    void edit(std::int64_t n)
    {
        switch (n % 4) {
        case 0: addRisk(n); break;
        case 1: updateRisk(n); break;
        case 2: addMeasure(n); break;
        default: importRows(n); break;
        }
    }

private:
    // The risk line edit n adds. Its content follows from n, so an update needs no load() of the register, which
    // would make the child's start-up grow with the register and most kills land there.
    Risk riskOf(std::int64_t n) const
    {
        Risk risk;
        risk.assessmentId = m_assessmentId;
        risk.threat = threatOf(n);
        risk.aspects = AllAspects;
        risk.probability = static_cast<int>(1 + n % 5);
        risk.consequence = static_cast<int>(1 + (n / 5) % 5);
        return risk;
    }

    void addRisk(std::int64_t n) { m_file.addRisk(riskOf(n)); }

    void updateRisk(std::int64_t n)
    {
        Risk risk = riskOf(n - 1);
        risk.id = idOf(n - 1);
        risk.existingMeasures = "updated by " + threatOf(n);
        risk.probability = 1 + risk.probability.value_or(0) % 5;
        m_file.updateRisk(risk);
    }

    void addMeasure(std::int64_t n)
    {
        Measure measure;
        measure.assessmentId = m_assessmentId;
        measure.what = "measure " + threatOf(n);
        measure.riskIds = {idOf(n - 2)};
        m_file.addMeasure(measure);
    }

    void importRows(std::int64_t n)
    {
        std::string csv = "assessment;threat;probability;consequence\n";
        for (int row = 1; row <= 3; ++row)
            csv += std::string(AssessmentName) + ";" + threatOf(n) + " row " + std::to_string(row) + ";" +
                   std::to_string(row) + ";" + std::to_string(1 + n % 5) + "\n";
        importRisksCsv(m_file, csv, "crash-" + std::to_string(n) + ".csv");
    }

    // The risk edit n added (or, if a kill cut the report of that edit short and the next child did it again,
    // the first of the two), committed before this edit.
    Id idOf(std::int64_t n) const
    {
        auto id = m_file.findRisk(m_assessmentId, std::nullopt, threatOf(n));
        if (!id)
            throw std::runtime_error("risk '" + threatOf(n) + "' is missing from the register");
        return *id;
    }

    RegisterFile &m_file;
    Id m_assessmentId = 0;
};

} // namespace
} // namespace trygg

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: trygg-crash-child FILE START\n");
        return 2;
    }
    const std::string start(argv[2]);
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(start.data(), start.data() + start.size(), n);
    if (ec != std::errc() || end != start.data() + start.size() || n < 0) {
        std::fprintf(stderr, "trygg-crash-child: START must be a number from 0, not '%s'\n", argv[2]);
        return 2;
    }
    try {
        trygg::RegisterFile file = trygg::RegisterFile::open(argv[1]);
        trygg::Editor editor(file);
        for (;; ++n) {
            editor.edit(n);
            trygg::report(n);
        }
    } catch (const std::exception &error) {
        // The harness only ever kills this program: any exit is a failure it reports with this message.
        std::fprintf(stderr, "trygg-crash-child: edit %lld: %s\n", static_cast<long long>(n), error.what());
        return 1;
    }
}
