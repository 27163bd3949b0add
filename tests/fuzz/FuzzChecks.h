// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The properties the fuzz targets check (tests/fuzz/*Fuzz.cpp), shared with the GoogleTest suite that
// replays the seed corpora and every input a fuzzer found (tests/core/FuzzRegressionTest.cpp).
//
// Each function takes one input and throws FuzzFailure when Trygg misbehaves on it: an exception other
// than the InputError or FileError meant for the user, a refused import that changed the register, a
// refused file that was changed, or a register that fails its own checks after an import it accepted.
// Crashes and sanitizer reports show up by themselves.

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::fuzz {

class FuzzFailure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

// Where the import targets' register is, for each input: a file beside the seed (the fuzzers), or what
// `place` makes of the seed register's file (issue 16: the same seeds run against a register on a server:
// a fresh database with a copy of it). An empty function goes back to files.
void setRegisterPlace(std::function<std::string(const std::string &seedFile)> place);

// The input as a CSV file imported into a small register (units, people, assets, an assessment with
// risks and measures) with importAssetsCsv / importRisksCsv.
void importAssets(std::string_view input);
void importRisks(std::string_view input);
// The input as an XLSX workbook (readXlsx: a zip of XML parts), its rows imported as assets and as risks.
void importXlsx(std::string_view input);
// The input written as a .trygg file, opened for writing, loaded, checked, its audit trail read, and
// everything the program computes from a register (priorities, action plan, matrix counts, review
// schedule, exports) computed from it.
void openFile(std::string_view input);

// The input as a matrix definition (matrixFromJson): refused with a message, or a valid matrix whose own
// export (matrixToJson) reads back as the same matrix (issue 12: --import refused the register's --export).
void matrixJson(std::string_view input);
// The input as a register's lock file (WriteLock): who holds it is read or refused with a message, never
// more than 4 KB of it; taking the lock either succeeds (and lets go of it) or is refused leaving the lock
// file as it was.
void lockFile(std::string_view input);

struct Target {
    const char *name; // the folder of its corpus and regressions: tests/fuzz/{corpus,regressions}/<name>
    void (*run)(std::string_view input);
};
const std::vector<Target> &targets();

} // namespace trygg::fuzz
