// SPDX-License-Identifier: EUPL-1.2
#include "FuzzChecks.h"

#include "check/RegisterCheck.h"
#include "deadlines/ReviewSchedule.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/MatrixJson.h"
#include "exchange/Xlsx.h"
#include "matrix/MatrixGrid.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "plan/Prioritisation.h"
#include "storage/RegisterFile.h"
#include "storage/WriteLock.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <random>

namespace trygg::fuzz {
namespace {

namespace fs = std::filesystem;

// What the import targets import into: every kind of record, so that inputs can match existing ones.
constexpr std::string_view SeedAssets =
    "name;type;unit;owner;deputy;personal_data;persons;confidentiality;integrity;availability\r\n"
    "Gerica;it system;Helse og omsorg;Kari Nordmann;Ola Ås;sensitive;1200;4;3;3\r\n"
    "Visma Flyt Skole;it system;Oppvekst;Per Hansen;;ordinary;800;3;3;2\r\n"
    "Arkivskap;paper archive;Oppvekst;Per Hansen;;sensitive;;4;2;1\r\n";
constexpr std::string_view SeedRisks =
    "unit;assessment;asset;threat;aspects;probability;consequence;many_affected;knowledge;existing_measures;"
    "measure;responsible;deadline;status\r\n"
    "Helse og omsorg;Risikovurdering 2025;Gerica;Uautorisert tilgang;privacy|confidentiality;3;4;yes;medium;"
    "Tilgangsstyring;Logggjennomgang;Kari Nordmann;2025-06-30;planned\r\n"
    "Helse og omsorg;Risikovurdering 2025;Gerica;Nedetid;availability;2;3;no;high;;\"Reserverutine\nØvelse\";"
    "\"Ola Ås\nKari Nordmann\";\"2025-09-01\n2025-10-01\";\"in progress\ndone\"\r\n"
    "Oppvekst;Skole 2025;Visma Flyt Skole;Feil i karakterer;integrity;1;5;no;low;;;;;\r\n";

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path &path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw FuzzFailure("cannot write " + path.string());
}

// A folder of this process for the files the targets write, removed at exit. fuzz.sh points TMPDIR
// at a RAM disk.
class Workspace {
public:
    Workspace()
    {
        std::random_device random;
        m_root =
            fs::temp_directory_path() / ("trygg-fuzz-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
        fs::create_directories(m_root);
    }
    ~Workspace()
    {
        std::error_code ec;
        fs::remove_all(m_root, ec);
    }
    // An empty folder for one input.
    fs::path fresh(const char *name) const
    {
        const fs::path dir = m_root / name;
        std::error_code ec;
        fs::remove_all(dir, ec);
        fs::create_directories(dir);
        return dir;
    }

private:
    fs::path m_root;
};

Workspace &workspace()
{
    static Workspace instance;
    return instance;
}

// The bytes of the register the import targets start from, made once.
const std::string &seedRegister()
{
    static const std::string bytes = [] {
        const fs::path path = workspace().fresh("seed") / "seed.trygg";
        {
            RegisterFile file = RegisterFile::create(path.string(), "no", "Fuzz kommune");
            importAssetsCsv(file, SeedAssets, "seed-assets.csv");
            importRisksCsv(file, SeedRisks, "seed-risks.csv");
        }
        return readFile(path);
    }();
    return bytes;
}

void requireNoErrors(RegisterFile &file, const std::string &when)
{
    for (const CheckFinding &finding : checkRegister(file))
        if (finding.severity == CheckFinding::Severity::Error)
            throw FuzzFailure(when + ", the register fails its check: " + finding.message.english());
}

void requireMessage(const std::exception &error)
{
    if (std::string_view(error.what()).empty())
        throw FuzzFailure("a refusal without a message");
}

enum class Kind { Assets, Risks };

std::function<std::string(const std::string &)> &registerPlace()
{
    static std::function<std::string(const std::string &)> place;
    return place;
}

// Everything a register holds that an import could change, as text: its exports and its trail.
std::string contentOf(RegisterFile &file)
{
    const RegisterData data = file.load();
    return exportAssetsCsv(data) + exportRisksCsv(data) + exportPlanCsv(data, Clock::todayLocal()) +
           exportHistoryCsv(file.history());
}

// Runs an import into a fresh copy of the small register: a refusal must say why and leave the register
// as it was; an accepted import must leave a register that passes its checks.
template <typename Import> void importInto(Import import)
{
    const std::string &seed = seedRegister();
    const fs::path path = workspace().fresh("import") / "register.trygg";
    writeFile(path, seed);
    const std::string location = registerPlace() ? registerPlace()(path.string()) : path.string();
    const bool onServer = location != path.string();
    bool refused = false;
    std::string before;
    try {
        RegisterFile file = RegisterFile::open(location);
        if (onServer)
            before = contentOf(file);
        try {
            import(file);
        } catch (const InputError &error) {
            requireMessage(error);
            refused = true;
        }
        if (!refused)
            requireNoErrors(file, "after an import it accepted");
        else if (onServer && contentOf(file) != before)
            throw FuzzFailure("a refused import changed the register on the server");
    } catch (const FuzzFailure &) {
        throw;
    } catch (const std::exception &error) {
        // A FileError too: importing into a sound register on a sound disk has no reason to fail so.
        throw FuzzFailure(std::string("the import threw an unexpected error: ") + error.what());
    }
    if (refused && readFile(path) != seed)
        throw FuzzFailure("a refused import changed the register");
}

void importCsv(Kind kind, std::string_view input)
{
    importInto([&](RegisterFile &file) {
        const ImportSummary summary =
            kind == Kind::Assets ? importAssetsCsv(file, input, "fuzz.csv") : importRisksCsv(file, input, "fuzz.csv");
        describeImport(summary, kind == Kind::Assets ? ImportKind::Assets : ImportKind::Risks).english();
    });
}

// What the window, the CLI and the exports compute from a register: none of it may trip over
// whatever a file holds.
void computeEverything(RegisterFile &file)
{
    const RegisterData data = file.load();
    const Date today = Clock::todayLocal();
    checkRegisterData(data);
    prioritiseRisks(data);
    actionPlan(data, today);
    countRisks(data, {}, false);
    countRisks(data, {}, true);
    reviewSchedule(data, today);
    exportAssetsCsv(data);
    exportRisksCsv(data);
    exportPlanCsv(data, today);
    for (const OrgUnit &unit : data.units) {
        RiskScope scope;
        scope.unitId = unit.id;
        prioritiseRisks(data, scope);
        exportRisksCsv(data, unit.id);
    }
    exportHistoryCsv(file.history());
    checkRegister(file);
}

} // namespace

void setRegisterPlace(std::function<std::string(const std::string &seedFile)> place)
{
    registerPlace() = std::move(place);
}

void importAssets(std::string_view input)
{
    importCsv(Kind::Assets, input);
}

void importRisks(std::string_view input)
{
    importCsv(Kind::Risks, input);
}

void importXlsx(std::string_view input)
{
    const fs::path workbook = workspace().fresh("xlsx") / "fuzz.xlsx";
    writeFile(workbook, input);
    CsvTable table;
    try {
        table = readXlsx(workbook.string());
    } catch (const InputError &error) {
        requireMessage(error);
        return;
    } catch (const std::exception &error) {
        throw FuzzFailure(std::string("reading the workbook threw an unexpected error: ") + error.what());
    }
    // What was read goes through the import like a CSV file's rows: as assets, then as risks.
    for (const ImportKind kind : {ImportKind::Assets, ImportKind::Risks})
        importInto([&](RegisterFile &file) { importTable(file, kind, table, "fuzz.xlsx"); });
}

void openFile(std::string_view input)
{
    const fs::path path = workspace().fresh("open") / "register.trygg";
    writeFile(path, input);
    bool opened = false;
    std::string refusal;
    try {
        RegisterFile file = RegisterFile::open(path.string());
        opened = true;
        computeEverything(file);
    } catch (const FileError &error) {
        requireMessage(error);
        refusal = error.what();
    } catch (const InputError &error) {
        requireMessage(error);
        refusal = error.what();
    } catch (const std::exception &error) {
        throw FuzzFailure(std::string("opening threw an unexpected error: ") + error.what());
    }
    if (opened)
        return;
    const std::string after = readFile(path);
    if (after != input) {
        std::size_t at = 0;
        while (at < after.size() && at < input.size() && after[at] == input[at])
            ++at;
        throw FuzzFailure("a refused file was changed (from byte " + std::to_string(at) + " on, " +
                          std::to_string(input.size()) + " bytes before, " + std::to_string(after.size()) +
                          " after); it was refused with: " + refusal);
    }
}

void matrixJson(std::string_view input)
{
    RiskMatrix matrix;
    try {
        matrix = matrixFromJson(input, "fuzz.json");
    } catch (const InputError &error) {
        requireMessage(error);
        return;
    } catch (const std::exception &error) {
        throw FuzzFailure(std::string("reading the matrix threw an unexpected error: ") + error.what());
    }
    if (!matrix.problems().empty())
        throw FuzzFailure("an accepted matrix has problems: " + matrix.problems().front().english());
    const std::string exported = matrixToJson(matrix);
    RiskMatrix again;
    try {
        again = matrixFromJson(exported, "again.json");
    } catch (const std::exception &error) {
        throw FuzzFailure(std::string("the export of an accepted matrix is refused: ") + error.what());
    }
    if (matrixToJson(again) != exported)
        throw FuzzFailure("the export of an accepted matrix reads back as another matrix");
}

void lockFile(std::string_view input)
{
    const fs::path folder = workspace().fresh("lock");
    const std::string registerPath = (folder / "register.trygg").string();
    const std::string lock = WriteLock::lockPath(registerPath);
    writeFile(lock, input);
    try {
        if (const std::optional<LockHolder> holder = WriteLock::holder(registerPath))
            holder->describe().english();
    } catch (const FileError &error) {
        requireMessage(error);
    } catch (const std::exception &error) {
        throw FuzzFailure(std::string("reading the lock threw an unexpected error: ") + error.what());
    }
    try {
        std::unique_ptr<WriteLock> taken = WriteLock::acquire(registerPath);
        if (!taken->held())
            throw FuzzFailure("a lock it took is not held");
        taken.reset();
        if (fs::exists(lock))
            throw FuzzFailure("a lock it let go of is still there");
    } catch (const FileError &error) { // FileInUse too
        requireMessage(error);
        if (readFile(lock) != input)
            throw FuzzFailure(std::string("a refused lock file was changed; refused with: ") + error.what());
    } catch (const FuzzFailure &) {
        throw;
    } catch (const std::exception &error) {
        throw FuzzFailure(std::string("taking the lock threw an unexpected error: ") + error.what());
    }
}

const std::vector<Target> &targets()
{
    static const std::vector<Target> all = {
        {"import-assets", importAssets}, {"import-risks", importRisks}, {"import-xlsx", importXlsx},
        {"open-file", openFile},         {"matrix-json", matrixJson},   {"lock-file", lockFile},
    };
    return all;
}

} // namespace trygg::fuzz
