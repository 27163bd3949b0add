// SPDX-License-Identifier: EUPL-1.2
// Issue 14: every report complete. The asset register with every Vedlegg 1 field the register keeps,
// by unit and name; the plan's note on lines without a residual score and the whole register's approval
// on a unit's plan; the form's assessed assets and residual P and C; the management review worst first
// and by deadline; Export's file name; the report dialog's sorted units and remembered choices.
#include "UiTestSupport.h"

#include "../core/TestFiles.h"

#include "exchange/CsvImport.h"
#include "model/Approval.h"
#include "model/AuditEntry.h"
#include "model/RegisterData.h"
#include "printing/ReportActions.h"
#include "printing/ReportDialog.h"
#include "reports/ReportBuilder.h"

#include <QComboBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

const Date Today{2026, 12, 6};

const std::string RisksCsv =
    "unit,assessment,asset,threat,probability,consequence,many_affected,existing_measures,measure,responsible,"
    "deadline,status\n"
    "Stab,Risikovurdering 2026,Journalsystem,Uautorisert tilgang til journal,4,4,no,Tilgangsstyring,"
    "Innføre tofaktorautentisering,Åse Ødegård,2026-03-01,planned\n"
    "Stab,Risikovurdering 2026,Fagsystem,Feil i vedtak,2,3,no,Kontroll,Stikkprøvekontroll,Märta Ström,"
    "2026-06-30,in progress\n"
    "Skole,Risikovurdering 2026,E-post,Phishing gir angriper passord,3,2,no,,Opplæring i phishing,"
    "Åse Ødegård,2026-01-15,planned\n";

std::string registerWithRisks(const TempDir &dir, const std::string &preset = "no")
{
    const std::string path = dir.file("content-" + preset + ".trygg");
    RegisterFile file = RegisterFile::create(path, preset, "Øvre Ålsø kommune");
    importRisksCsv(file, RisksCsv, "risks.csv");
    return path;
}

const report::Table &tableOf(const report::ReportDocument &document, std::size_t which = 0)
{
    for (const report::Block &block : document.blocks) {
        if (const auto *table = std::get_if<report::Table>(&block); table && which-- == 0)
            return *table;
    }
    throw std::runtime_error("no such table");
}

std::string factOf(const report::Facts &facts, const std::string &label)
{
    for (const auto &[name, value] : facts.items) {
        if (name == label)
            return value;
    }
    return "(no " + label + ")";
}

} // namespace

// 003 Vedlegg 1 (DOMAIN.md "a real register"): legal basis, operator, safeguards, storage, number of
// persons ... for every asset; the register sorted by unit and then name, in the report language's
// alphabet (Swedish: Å before Ä before Ö), the unit the first column.
TEST(ReportContent, TheAssetRegisterIsSortedByUnitAndNameAndHasEveryVedlegg1Field)
{
    TempDir dir;
    const std::string path = dir.file("assets.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "se", "Kommunen");
        const Id ostra = file.addUnit({0, "Östra", std::nullopt});
        const Id angel = file.addUnit({0, "Ängel", std::nullopt});
        const Id asen = file.addUnit({0, "Åsen", std::nullopt});
        const Id borg = file.addUnit({0, "Borg", std::nullopt});
        const auto asset = [&](const std::string &name, Id unit) {
            Asset record;
            record.name = name;
            record.unitId = unit;
            return record;
        };
        file.addAsset(asset("Zeta", borg));
        file.addAsset(asset("Beta", ostra));
        file.addAsset(asset("Alfa", borg));
        file.addAsset(asset("Gamma", angel));
        Asset full = asset("Elevregister", asen);
        full.purpose = "Elevadministration";
        full.information = "Namn och personnummer";
        full.personalData = PersonalData::Sensitive;
        full.persons = 1250;
        full.legalBasis = "Skollagen 29 kap.";
        full.operatorName = "Kommunens IT";
        full.dataProcessingAgreement = true;
        full.safeguards = "Tvåfaktorinloggning";
        full.storage = "Kommunens datacenter";
        full.archiving = "Gallras efter 10 år";
        full.notification = "Anmäld till IMY 2019";
        file.addAsset(full);
    }
    const report::ReportDocument document =
        ReportBuilder::build(RegisterFile::open(path, RegisterFile::Access::ReadOnly).load(),
                             {ReportKind::Assets, {}, {}, Today, {}});
    const report::Table &table = tableOf(document);
    EXPECT_EQ(table.columns[0].title, "Enhet");
    std::vector<std::string> order;
    for (const report::TableRow &row : table.rows)
        order.push_back(row.cells[0].text + "/" + row.cells[1].text);
    EXPECT_EQ(order, (std::vector<std::string>{"Borg/Alfa", "Borg/Zeta", "Åsen/Elevregister", "Ängel/Gamma",
                                                "Östra/Beta"}));
    // The block of the asset that has everything filled in.
    const report::Facts *facts = nullptr;
    for (std::size_t i = 0; i + 1 < document.blocks.size(); ++i) {
        const auto *heading = std::get_if<report::Heading>(&document.blocks[i]);
        if (heading && heading->text == "Elevregister · Åsen")
            facts = std::get_if<report::Facts>(&document.blocks[i + 1]);
    }
    ASSERT_NE(facts, nullptr);
    EXPECT_EQ(factOf(*facts, "Rättslig grund"), "Skollagen 29 kap.");
    EXPECT_EQ(factOf(*facts, "Driftoperatör"), "Kommunens IT");
    EXPECT_EQ(factOf(*facts, "Skyddsåtgärder"), "Tvåfaktorinloggning");
    EXPECT_EQ(factOf(*facts, "Lagring och kommunikation"), "Kommunens datacenter");
    EXPECT_EQ(factOf(*facts, "Registrerade personer"), "1\u00A0250");
    EXPECT_EQ(factOf(*facts, "Syfte"), "Elevadministration");
    EXPECT_EQ(factOf(*facts, "Arkivering och gallring"), "Gallras efter 10 år");
    EXPECT_EQ(factOf(*facts, "Anmälan eller tillstånd"), "Anmäld till IMY 2019");
}

// Issue 14: the plan's residual matrix places lines without a residual score at their current score,
// and now says how many, as the matrix report does.
TEST(ReportContent, ThePlanCountsTheLinesShownAtCurrentRiskUnderItsMatrices)
{
    TempDir dir;
    const RegisterData data = RegisterFile::open(registerWithRisks(dir), RegisterFile::Access::ReadOnly).load();
    const report::ReportDocument plan = ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, "en"});
    for (std::size_t i = 0; i + 1 < plan.blocks.size(); ++i) {
        if (std::holds_alternative<report::Matrices>(plan.blocks[i])) {
            const auto *note = std::get_if<report::Paragraph>(&plan.blocks[i + 1]);
            ASSERT_NE(note, nullptr);
            EXPECT_EQ(note->text, "3 risks without an assessed residual risk are placed by their current risk.");
            return;
        }
    }
    ADD_FAILURE() << "the plan has no matrices";
}

// 002 §25 stk. 6: management approving the whole register's plan approves every unit's part of it.
TEST(ReportContent, AUnitsPlanShowsTheWholeRegistersApproval)
{
    TempDir dir;
    const std::string path = registerWithRisks(dir);
    RegisterFile file = RegisterFile::open(path);
    Approval approval;
    approval.subject = Approval::Subject::Plan; // no unit: the whole register
    approval.approvedBy = "Kommunedirektør Kari Nordmann";
    approval.role = "kommunedirektør";
    approval.date = Date{2026, 12, 1};
    file.addApproval(approval);
    const RegisterData data = file.load();
    for (const OrgUnit &unit : data.units) {
        const report::ReportDocument plan = ReportBuilder::build(data, {ReportKind::Plan, unit.id, {}, Today, {}});
        const auto &signature = std::get<report::Signature>(plan.blocks.back());
        EXPECT_EQ(signature.fields[0].second, "Kommunedirektør Kari Nordmann") << unit.name;
        EXPECT_EQ(signature.fields[2].second, "01.12.2026") << unit.name;
    }
}

// 003 Vedlegg 2: the form names the assets assessed, and now shows the residual P and C of each line.
TEST(ReportContent, TheFormShowsTheAssessedAssetsAndResidualPAndC)
{
    TempDir dir;
    const std::string path = registerWithRisks(dir);
    RegisterFile file = RegisterFile::open(path);
    RegisterData data = file.load();
    RiskAssessment assessment = data.assessments.front();
    for (const Asset &asset : data.assets) {
        if (asset.unitId == assessment.unitId)
            assessment.assetIds.push_back(asset.id);
    }
    ASSERT_EQ(assessment.assetIds.size(), 2u);
    file.updateAssessment(assessment);
    Risk risk = data.risks.front();
    ASSERT_EQ(risk.assessmentId, assessment.id);
    risk.residualProbability = 2;
    risk.residualConsequence = 3;
    file.updateRisk(risk);
    data = file.load();
    const report::ReportDocument form =
        ReportBuilder::build(data, {ReportKind::Form, {}, assessment.id, Today, {}});
    const auto &facts = std::get<report::Facts>(form.blocks.front());
    const std::string assets = factOf(facts, "Vurderte aktiva");
    EXPECT_NE(assets.find("Journalsystem"), std::string::npos) << assets;
    EXPECT_NE(assets.find("Fagsystem"), std::string::npos) << assets;
    const report::Table &lines = tableOf(form, 3); // criteria, probability, consequence, risks
    ASSERT_GE(lines.columns.size(), 2u);
    EXPECT_EQ(lines.columns[lines.columns.size() - 2].title, "Rest-S");
    EXPECT_EQ(lines.columns.back().title, "Rest-K");
    bool found = false;
    for (const report::TableRow &row : lines.rows) {
        if (row.cells[1].text == risk.threat) {
            found = true;
            EXPECT_EQ(row.cells[row.cells.size() - 2].text, "2");
            EXPECT_EQ(row.cells.back().text, "3");
        }
    }
    EXPECT_TRUE(found);
}

// Issue 14: the management review lists risks worst first and overdue measures by deadline.
TEST(ReportContent, TheManagementReviewIsWorstFirstAndByDeadline)
{
    TempDir dir;
    const auto document = demoDocument(dir, 40, 200);
    const std::vector<AuditEntry> trail = document->file().history();
    ReportRequest request{ReportKind::Review, {}, {}, Date{2027, 6, 1}, {}};
    request.year = 2027;
    request.trail = &trail;
    const report::ReportDocument review = ReportBuilder::build(document->data(), request);
    const report::Table &overdue = tableOf(review, 1);
    const report::Table &risks = tableOf(review, 2);
    ASSERT_GT(overdue.rows.size(), 2u);
    ASSERT_GT(risks.rows.size(), 2u);
    const auto isoOf = [](const std::string &date) { // dd.mm.yyyy
        return date.substr(6, 4) + date.substr(3, 2) + date.substr(0, 2);
    };
    for (std::size_t i = 1; i < overdue.rows.size(); ++i)
        EXPECT_LE(isoOf(overdue.rows[i - 1].cells[3].text), isoOf(overdue.rows[i].cells[3].text)) << i;
    for (std::size_t i = 1; i < risks.rows.size(); ++i)
        EXPECT_GE(std::stoi(risks.rows[i - 1].cells[3].text), std::stoi(risks.rows[i].cells[3].text)) << i;
}

// Issue 14: Export suggests report, scope and date: "Handlingsplan-Stab-2026-12-06.pdf".
TEST(ReportContent, ExportSuggestsReportUnitAndDate)
{
    TempDir dir;
    const RegisterData data = RegisterFile::open(registerWithRisks(dir), RegisterFile::Access::ReadOnly).load();
    Id stab = 0;
    for (const OrgUnit &unit : data.units)
        stab = unit.name == "Stab" ? unit.id : stab;
    const report::ReportDocument plan = ReportBuilder::build(data, {ReportKind::Plan, stab, {}, Today, {}});
    EXPECT_EQ(reportFileName(plan, Today), QStringLiteral("Handlingsplan-Stab-2026-12-06"));
    const report::ReportDocument all = ReportBuilder::build(data, {ReportKind::Assets, {}, {}, Today, {}});
    EXPECT_EQ(reportFileName(all, Today), QStringLiteral("Aktivaregister-Alle-enheter-2026-12-06"));
}

// Issue 14: the report dialog lists units alphabetically (in the program's language: Norwegian here, Æ Ø Å
// last) and chooses again what was chosen last.
TEST(ReportContent, TheReportDialogSortsUnitsAndRemembersItsChoices)
{
    QSettings().remove(QStringLiteral("reportDialog"));
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("nb_NO")));
    TempDir dir;
    const std::string path = dir.file("dialog.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "no", "Kommunen");
        for (const char *name : {"Økonomi", "Barnehage", "Åsen skole", "Administrasjon"})
            file.addUnit({0, name, std::nullopt});
    }
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    {
        ReportDialog dialog(data, QStringLiteral("Print"));
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QComboBox *unit = nullptr;
        QComboBox *kind = nullptr;
        for (QComboBox *combo : combos) {
            if (combo->findText(QStringLiteral("Barnehage")) >= 0)
                unit = combo;
            if (combo->findData(static_cast<int>(ReportKind::Assets)) >= 0)
                kind = combo;
        }
        ASSERT_TRUE(unit && kind);
        QStringList names;
        for (int i = 1; i < unit->count(); ++i)
            names << unit->itemText(i);
        EXPECT_EQ(names, (QStringList{QStringLiteral("Administrasjon"), QStringLiteral("Barnehage"),
                                      QStringLiteral("Økonomi"), QStringLiteral("Åsen skole")}));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ReportKind::Plan)));
        unit->setCurrentIndex(unit->findText(QStringLiteral("Barnehage")));
        dialog.findChild<QCheckBox *>()->setChecked(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    ReportDialog again(data, QStringLiteral("Print"));
    const ReportRequest request = again.request();
    EXPECT_EQ(request.kind, ReportKind::Plan);
    EXPECT_EQ(data.unitName(request.unitId), "Barnehage");
    EXPECT_TRUE(request.openOnly);
    QSettings().remove(QStringLiteral("reportDialog"));
    QLocale::setDefault(before);
}
