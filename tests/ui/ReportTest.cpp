// SPDX-License-Identifier: EUPL-1.2
// The printed reports (issue 7) and their language (issue 4): content in priority order, the
// register's own language whatever the program speaks, PDF text that pdftotext can read back,
// and snapshots of the HTML and CSV in tests/data.
#include "UiTestSupport.h"

#include "../core/TestFiles.h"

#include "common/Translations.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "model/Approval.h"
#include "model/AuditEntry.h"
#include "model/Incident.h"
#include "model/RegisterData.h"
#include "plan/Prioritisation.h"
#include "report/ReportLayout.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPainter.h"

#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

const Date Today{2026, 11, 23};

// A small register with Nordic letters in every kind of text, the same in every run.
std::string smallRegister(const TempDir &dir, const std::string &preset, const std::string &unit = "Helse og omsorg")
{
    const std::string path = dir.file("small-" + preset + ".trygg");
    RegisterFile file = RegisterFile::create(path, preset, "Øvre Ålsø kommune");
    const std::string csv =
        "unit,assessment,asset,threat,probability,consequence,many_affected,existing_measures,measure,responsible,"
        "deadline,status\n" +
        unit +
        ",Risikovurdering 2026,Journalsystem,Uautorisert tilgang til journal,4,5,no,Tilgangsstyring,"
        "Innføre tofaktorautentisering,Åse Ødegård,2026-03-01,planned\n" +
        unit +
        ",Risikovurdering 2026,Fagsystem,Feil i vedtak på grunn av svak kontroll,2,3,yes,Kontroll,"
        "Stikkprøvekontroll av vedtak,Märta Ström,2027-06-30,in progress\n" +
        unit +
        ",Risikovurdering 2026,E-post,Phishing gir angriper passord,3,2,no,,Opplæring i phishing,"
        "Åse Ødegård,2027-01-15,planned\n";
    importRisksCsv(file, csv, "small.csv");
    // The import dates the assessment today; the snapshots need the same date on every day they run.
    for (RiskAssessment assessment : file.load().assessments) {
        assessment.date = Today;
        file.updateAssessment(assessment);
    }
    return path;
}

RegisterData load(const std::string &path)
{
    return RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
}

const report::Table &tableOf(const report::ReportDocument &document, std::size_t which = 0)
{
    for (const report::Block &block : document.blocks) {
        if (const auto *table = std::get_if<report::Table>(&block); table && which-- == 0)
            return *table;
    }
    throw std::runtime_error("no such table");
}

std::string pdfText(const TempDir &dir, const std::string &pdf)
{
    const std::string path = dir.file("report.pdf");
    writeBytes(path, pdf);
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), QString::fromStdString(path), QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return "pdftotext failed: " + process.readAllStandardError().toStdString();
    return process.readAllStandardOutput().toStdString();
}

// The snapshot in tests/data, or, with TRYGG_REGENERATE_SNAPSHOTS=1, a new one written on purpose.
void expectSnapshot(const std::string &name, const std::string &actual)
{
    const std::string path = std::string(TRYGG_TEST_DATA_DIR) + "/" + name;
    if (qEnvironmentVariableIsSet("TRYGG_REGENERATE_SNAPSHOTS")) {
        writeBytes(path, actual);
        return;
    }
    const std::string expected = readBytes(path);
    if (actual == expected)
        return;
    // The first line that differs, rather than two whole reports.
    std::size_t line = 1;
    std::size_t at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        line += actual[at++] == '\n' ? 1 : 0;
    const auto lineOf = [&](const std::string &text) {
        const std::size_t start = text.rfind('\n', at == 0 ? 0 : at - 1);
        const std::size_t from = start == std::string::npos ? 0 : start + 1;
        return text.substr(from, text.find('\n', from) - from);
    };
    ADD_FAILURE() << path << " differs at line " << line << ":\n  expected: " << lineOf(expected)
                  << "\n  actual:   " << lineOf(actual)
                  << "\nIf the change is on purpose, run with TRYGG_REGENERATE_SNAPSHOTS=1 and review the diff.";
}

} // namespace

TEST(ReportBuilder, ThePlanListsMeasuresInTheCoresPriorityOrderWithOverdueMarked)
{
    TempDir dir;
    const RegisterData data = load(smallRegister(dir, "no"));
    const report::ReportDocument document = ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, {}});
    const report::Table &table = tableOf(document);
    const std::vector<PlanEntry> plan = actionPlan(data, Today);
    ASSERT_EQ(table.rows.size(), plan.size());
    for (std::size_t i = 0; i < plan.size(); ++i) {
        EXPECT_EQ(table.rows[i].cells[0].text, std::to_string(i + 1));
        EXPECT_EQ(table.rows[i].cells[1].text, data.measures[plan[i].measureIndex].what);
        EXPECT_EQ(table.rows[i].marked, plan[i].due == DueState::Overdue);
    }
    // 4 x 5 = 20 first; the many-affected rule (003 5.1) raises 2 x 3 to 2 x 4 = 8 above 3 x 2 = 6.
    EXPECT_EQ(table.rows[0].cells[1].text, "Innføre tofaktorautentisering");
    EXPECT_TRUE(table.rows[0].marked); // deadline 2026-03-01 has passed
    EXPECT_EQ(table.rows[1].cells[1].text, "Stikkprøvekontroll av vedtak");
    EXPECT_EQ(table.rows[2].cells[1].text, "Opplæring i phishing");
    EXPECT_EQ(table.totals.size(), table.columns.size());
}

TEST(ReportBuilder, AFormNeedsAnAssessmentAndShowsItsCriteria)
{
    TempDir dir;
    const RegisterData data = load(smallRegister(dir, "no"));
    EXPECT_THROW(ReportBuilder::build(data, {ReportKind::Form, {}, {}, Today, {}}), InputError);
    const report::ReportDocument form =
        ReportBuilder::build(data, {ReportKind::Form, {}, data.assessments.front().id, Today, {}});
    EXPECT_EQ(tableOf(form, 0).rows.size(), data.matrices.front().zones.size()); // acceptance criteria
    EXPECT_EQ(tableOf(form, 1).rows.size(), 5u);                                 // probability levels
    EXPECT_EQ(tableOf(form, 1).rows[4].cells[2].text, data.matrices.front().probability[4].definition);
    EXPECT_EQ(tableOf(form, 3).rows.size(), 3u); // the risk lines
}

// Issue 4: "A report printed from a da register while the GUI runs in sv is in Danish."
TEST(ReportLanguage, ADanishRegistersPlanIsDanishWhileTheProgramSpeaksSwedish)
{
    TempDir dir;
    const RegisterData data = load(smallRegister(dir, "dk", "Sundhed og omsorg"));
    ASSERT_EQ(data.info.language, "da");
    ASSERT_TRUE(switchLanguage(QStringLiteral("sv")));
    const report::ReportDocument plan = ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, {}});
    EXPECT_EQ(plan.pageOf, "Side %1 af %2");
    EXPECT_EQ(tableOf(plan).columns[2].title, "Ansvarlig");
    EXPECT_EQ(tableOf(plan).rows[0].cells[4].text, "Planlagt");
    EXPECT_NE(plan.subtitle.find("23.11.2026"), std::string::npos) << plan.subtitle; // Danish date
    // ... and the program still speaks Swedish afterwards.
    EXPECT_EQ(ReportBuilder::kindName(ReportKind::Plan), QStringLiteral("Handlingsplan"));
    EXPECT_EQ(ReportBuilder::kindName(ReportKind::Assets), QStringLiteral("Tillgångsregister"));
    // A language chosen for one report wins over the register's.
    const report::ReportDocument english = ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, "en"});
    EXPECT_EQ(english.pageOf, "Page %1 of %2");
    switchLanguage(QStringLiteral("en"));
}

TEST(ReportPdf, PdftotextReadsTheMeasuresInPriorityOrderWithNordicLetters)
{
    TempDir dir;
    const RegisterData data = load(smallRegister(dir, "no"));
    const std::string text = pdfText(
        dir, renderReport(ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, {}}), ReportFormat::Pdf));
    const auto first = text.find("Innføre tofaktorautentisering");
    const auto second = text.find("Stikkprøvekontroll av vedtak");
    const auto third = text.find("Opplæring i phishing");
    ASSERT_NE(first, std::string::npos) << text;
    ASSERT_NE(second, std::string::npos) << text;
    ASSERT_NE(third, std::string::npos) << text;
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_NE(text.find("Øvre Ålsø kommune"), std::string::npos);
    EXPECT_NE(text.find("Märta Ström"), std::string::npos);
}

// Issue 12: every page of a printed report carries the hash of the register's last audit entry, so that a
// signed paper copy pins the state it approved; in the PDF and the HTML alike.
TEST(ReportPdf, EveryPageCarriesTheTrailsFingerprint)
{
    TempDir dir;
    const std::string path = smallRegister(dir, "no");
    const std::string fingerprint = RegisterFile::open(path, RegisterFile::Access::ReadOnly).trailFingerprint();
    ASSERT_EQ(fingerprint.size(), 64u);
    const RegisterData data = load(path);
    ReportRequest request{ReportKind::Plan, {}, {}, Today, "en"};
    request.trailFingerprint = fingerprint;
    const std::string grouped = fingerprint.substr(0, 4) + ' ' + fingerprint.substr(4, 4) + ' ' +
                                fingerprint.substr(8, 4) + ' ' + fingerprint.substr(12, 4);
    const report::ReportDocument document = ReportBuilder::build(data, request);
    EXPECT_NE(document.footer.find("Trail fingerprint " + grouped), std::string::npos) << document.footer;
    const std::string text = pdfText(dir, renderReport(document, ReportFormat::Pdf));
    EXPECT_NE(text.find("Trail fingerprint " + grouped), std::string::npos) << text;
    EXPECT_NE(renderReport(document, ReportFormat::Html).find("Trail fingerprint " + grouped), std::string::npos);
    // Without one, no fingerprint is printed.
    EXPECT_EQ(ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, "en"}).footer.find("fingerprint"),
              std::string::npos);
}

TEST(ReportPdf, TheDemoPlanGrowsWithItsMeasuresAndRendersAThousand)
{
    TempDir dir;
    const auto small = demoDocument(dir, 20, 60);
    const report::LaidOutReport few =
        report::layOut(ReportBuilder::build(small->data(), {ReportKind::Plan, {}, {}, Today, {}}));
    TempDir other;
    const auto large = demoDocument(other, 200, 3400);
    const report::ReportDocument document = ReportBuilder::build(large->data(), {ReportKind::Plan, {}, {}, Today, {}});
    ASSERT_GE(tableOf(document).rows.size(), 1000u);
    const report::LaidOutReport many = report::layOut(document);
    EXPECT_GT(many.pages.size(), few.pages.size() * 5);
    const std::string pdf = renderReport(document, ReportFormat::Pdf);
    EXPECT_EQ(pdf.rfind("%PDF", 0), 0u);
    const std::string text = pdfText(other, pdf);
    // The demo register is Norwegian: its reports are too.
    EXPECT_NE(text.find("Side " + std::to_string(many.pages.size()) + " av " + std::to_string(many.pages.size())),
              std::string::npos);
}

// Issue 14: one engine for every text. A Sámi letter no longer switches the report to Qt's engine: the
// same writer with the same embedded font, and pdftotext reads the letters back.
TEST(ReportPdf, SamiTextIsWrittenByTheSameEngineAndReadBack)
{
    TempDir dir;
    const RegisterData data = load(smallRegister(dir, "no", "Čáhcesuolu Ŋ Ŧ Đ"));
    ASSERT_EQ(data.units.size(), 1u);
    const std::string pdf = renderReport(
        ReportBuilder::build(data, {ReportKind::Plan, data.units.front().id, {}, Today, {}}), ReportFormat::Pdf);
    EXPECT_NE(pdf.find("/FontFile2"), std::string::npos);
    EXPECT_EQ(pdf.find("/Producer (Trygg)"), pdf.rfind("/Producer (Trygg)")); // ours, not Qt's
    EXPECT_NE(pdf.find("/Producer (Trygg)"), std::string::npos);
    EXPECT_EQ(pdf.rfind("%PDF-1.7", 0), 0u);
    EXPECT_NE(pdfText(dir, pdf).find("Čáhcesuolu Ŋ Ŧ Đ"), std::string::npos);
}

TEST(ReportPrinting, ThePrinterGetsEveryPage)
{
    TempDir dir;
    const auto document = demoDocument(dir, 20, 200);
    const report::LaidOutReport report =
        report::layOut(ReportBuilder::build(document->data(), {ReportKind::Plan, {}, {}, Today, {}}));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = QString::fromStdString(dir.file("printed.pdf"));
    printer.setOutputFileName(path);
    preparePage(printer, report);
    {
        QPainter painter(&printer);
        paintReport(painter, printer, report);
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString output = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(output);
    ASSERT_TRUE(pages.hasMatch()) << output.toStdString();
    EXPECT_EQ(pages.captured(1).toInt(), static_cast<int>(report.pages.size()));
}

TEST(ReportSnapshots, PlanAndFormHtmlAndPlanCsv)
{
    TempDir dir;
    const RegisterData data = load(smallRegister(dir, "no"));
    expectSnapshot("plan-report.html",
                   renderReport(ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, {}}), ReportFormat::Html));
    expectSnapshot(
        "form-report.html",
        renderReport(ReportBuilder::build(data, {ReportKind::Form, {}, data.assessments.front().id, Today, {}}),
                     ReportFormat::Html));
    expectSnapshot("plan-export.csv", exportPlanCsv(data, Today));
}

// 002 §25 stk. 6: the printed plan shows management's approval in its signature block; a later change
// to the plan marks the approval as outdated (issue 6).
TEST(ReportBuilder, TheSignatureBlockShowsTheApprovalUntilThePlanChanges)
{
    TempDir dir;
    const std::string path = smallRegister(dir, "no");
    {
        RegisterFile file = RegisterFile::open(path);
        Approval approval;
        approval.subject = Approval::Subject::Plan;
        approval.approvedBy = "Rådmann Ola Nordmann";
        approval.role = "rådmann";
        approval.date = Date{2026, 11, 2};
        file.addApproval(approval);
    }
    const auto signatureOf = [&] {
        const report::ReportDocument plan = ReportBuilder::build(load(path), {ReportKind::Plan, {}, {}, Today, {}});
        return std::get<report::Signature>(plan.blocks.back());
    };
    report::Signature signature = signatureOf();
    EXPECT_EQ(signature.fields[0].second, "Rådmann Ola Nordmann");
    EXPECT_EQ(signature.fields[1].second, "rådmann");
    EXPECT_EQ(signature.fields[2].second, "02.11.2026");
    EXPECT_TRUE(signature.note.empty());
    {
        RegisterFile file = RegisterFile::open(path);
        Measure measure = file.load().measures.front();
        measure.what += " for alle ansatte";
        file.updateMeasure(measure);
    }
    signature = signatureOf();
    EXPECT_TRUE(signature.fields[0].second.empty());
    EXPECT_NE(signature.note.find("Rådmann Ola Nordmann"), std::string::npos) << signature.note;
}

// 003 section 2; 002 §79: the yearly report for management's review.
TEST(ReportBuilder, TheManagementReviewCountsTheYearsIncidentsAndOverdueMeasures)
{
    TempDir dir;
    const std::string path = smallRegister(dir, "no");
    RegisterFile file = RegisterFile::open(path);
    Incident breach;
    breach.discovered = DateTime{Date{2026, 5, 2}, 9, 30};
    breach.reportedBy = "Åse Ødegård";
    breach.type = IncidentType::PersonalDataBreach;
    breach.severity = Severity::High;
    breach.description = "Journalutskrift sendt til feil mottaker";
    file.addIncident(breach);
    Incident earlier = breach;
    earlier.discovered = DateTime{Date{2025, 12, 30}, 8, 0}; // another year
    file.addIncident(earlier);
    const std::vector<AuditEntry> trail = file.history();
    ReportRequest request{ReportKind::Review, {}, {}, Today, {}};
    request.year = 2026;
    request.trail = &trail;
    const report::ReportDocument review = ReportBuilder::build(file.load(), request);
    EXPECT_EQ(review.title, "Ledelsens gjennomgang 2026");
    const report::Table &incidents = tableOf(review, 0);
    const report::TableRow &breaches = incidents.rows[static_cast<std::size_t>(IncidentType::PersonalDataBreach)];
    EXPECT_EQ(breaches.cells[1 + static_cast<std::size_t>(Severity::High)].text, "1");
    EXPECT_EQ(incidents.totals.back().text, "1");
    // The first measure's deadline (2026-03-01) has passed: it is listed as overdue.
    const report::Table &overdue = tableOf(review, 1);
    ASSERT_EQ(overdue.rows.size(), 1u);
    EXPECT_EQ(overdue.rows[0].cells[0].text, "Innføre tofaktorautentisering");
    EXPECT_NE(renderReport(review, ReportFormat::Pdf).rfind("%PDF", 0), std::string::npos);
    // Without the history the figures cannot be gathered.
    request.trail = nullptr;
    EXPECT_THROW(ReportBuilder::build(file.load(), request), InputError);
}
