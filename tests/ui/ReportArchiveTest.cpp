// SPDX-License-Identifier: EUPL-1.2
// Issue 14: reports fit for the archive. Every report kind (the comparison of rounds too) in every register
// language is PDF/A-2u in structure (tests/tools/check_pdfa.py with pikepdf: fonts embedded as subsets with
// ToUnicode maps, XMP with pdfaid part 2, an sRGB output intent, no encryption or JavaScript, a structure
// tree that agrees with the pages), its Sámi letters can be read back with pdftotext, and the window and
// trygg-cli write the same bytes for the same report.
#include "UiTestSupport.h"
#include "../cli/CliRun.h"

#include "../core/TestFiles.h"

#include "cycle/Rounds.h"
#include "edit/Edit.h"
#include "exchange/CsvImport.h"
#include "model/AuditEntry.h"
#include "model/Clock.h"
#include "model/RegisterData.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"

#include <QImage>
#include <QPainter>
#include <QProcess>

#include "report/ReportLayout.h"
#include "reports/ReportPainter.h"

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

const Date Today{2026, 12, 6};
const std::string SamiUnit = "Čáhcesuolu bálvalus";
const std::string SamiAsset = "Ŋuolggaš";
const std::string SamiLetters = "ŦĐŽŠ"; // in the asset's name

std::string samiRegister(const TempDir &dir, const std::string &preset)
{
    const std::string path = dir.file("sami-" + preset + ".trygg");
    RegisterFile file = RegisterFile::create(path, preset, "Kárášjoga gielda");
    const std::string csv =
        "unit,assessment,asset,threat,probability,consequence,many_affected,existing_measures,measure,responsible,"
        "deadline,status\n" +
        SamiUnit + ",Riskavurdering 2026," + SamiAsset + " " + SamiLetters +
        ",Uautorisert tilgang,4,4,no,Tilgangsstyring,Innføre tofaktorautentisering,Áile Čoavdda,2026-03-01,planned\n" +
        SamiUnit + ",Riskavurdering 2026,E-post,Phishing,3,2,no,,Opplæring i phishing,Niillas Ŋ,2027-01-15,planned\n";
    importRisksCsv(file, csv, "sami.csv");
    return path;
}

std::string run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return "did not finish: " + program.toStdString();
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput().toStdString() + process.readAllStandardError().toStdString();
}

std::string checker()
{
    return std::string(TRYGG_TEST_DATA_DIR) + "/../tools/check_pdfa.py";
}

} // namespace

TEST(ReportArchive, EveryKindInEveryLanguageIsPdfA2uWithSamiTextReadable)
{
    TempDir dir;
    QStringList files;
    // The register languages: Danish, Norwegian, Swedish and the international (English) preset.
    const std::vector<std::pair<std::string, std::string>> languages = {
        {"dk", ""}, {"no", ""}, {"se", ""}, {"iso", ""}};
    for (const auto &[preset, language] : languages) {
        const std::string path = samiRegister(dir, preset);
        { // A second round of the assessment, for the comparison of rounds (issue 15).
            RegisterFile writable = RegisterFile::open(path);
            RiskAssessment next;
            next.name = "Riskavurdering 2027";
            next.date = Date{2027, 1, 10};
            applyEdit(writable, edits::startRound(writable.load(), writable.load().assessments.front().id, next));
        }
        RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
        const RegisterData data = file.load();
        const std::vector<AuditEntry> trail = file.history();
        ASSERT_EQ(data.assessments.size(), 2u);
        for (ReportKind kind : {ReportKind::Plan, ReportKind::Form, ReportKind::Matrix, ReportKind::Assets,
                                ReportKind::Review, ReportKind::Comparison}) {
            ReportRequest request{kind, {}, {}, Today, language};
            request.trail = &trail;
            request.year = 2026;
            if (kind == ReportKind::Form)
                request.assessmentId = data.assessments.front().id;
            if (kind == ReportKind::Comparison) {
                request.fromRound = {data.assessments.front().id};
                request.toRound = {data.assessments.back().id};
            }
            const report::ReportDocument document = ReportBuilder::build(data, request);
            const std::string pdf = renderReport(document, ReportFormat::Pdf);
            const std::string name = dir.file(preset + language + "-" + std::to_string(static_cast<int>(kind)) + ".pdf");
            writeBytes(name, pdf);
            files << QString::fromStdString(name);
            // The same report gives the same bytes.
            EXPECT_TRUE(renderReport(ReportBuilder::build(data, request), ReportFormat::Pdf) == pdf) << name;
            const std::string text = run(QStringLiteral("pdftotext"), {QString::fromStdString(name), QStringLiteral("-")});
            // Every report names the register; those that list units or assets show the Sámi letters.
            EXPECT_NE(text.find("Kárášjoga gielda"), std::string::npos) << name << "\n" << text;
            if (kind == ReportKind::Plan || kind == ReportKind::Assets || kind == ReportKind::Form ||
                kind == ReportKind::Comparison) {
                EXPECT_NE(text.find(SamiAsset), std::string::npos) << name << "\n" << text;
                EXPECT_NE(text.find(SamiLetters), std::string::npos) << name << "\n" << text;
            }
            if (kind == ReportKind::Assets) { // the unit column
                EXPECT_NE(text.find(SamiUnit), std::string::npos) << name << "\n" << text;
            }
        }
    }
    int exitCode = -1;
    const std::string problems =
        run(QStringLiteral("/usr/bin/python3"), QStringList{QString::fromStdString(checker())} + files, &exitCode);
    EXPECT_EQ(exitCode, 0) << problems;
    EXPECT_EQ(files.size(), 24);
}

// The checker itself finds what it is there to find: a PDF without embedded fonts or metadata fails.
TEST(ReportArchive, TheCheckerRefusesAPdfWithoutEmbeddedFontsOrMetadata)
{
    TempDir dir;
    const std::string path = dir.file("plain.pdf");
    writeBytes(path, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                     "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                     "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                     ">>\nendobj\n4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
                     "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    int exitCode = -1;
    const std::string problems =
        run(QStringLiteral("/usr/bin/python3"), {QString::fromStdString(checker()), QString::fromStdString(path)}, &exitCode);
    EXPECT_EQ(exitCode, 1) << problems;
    EXPECT_NE(problems.find("not a subset"), std::string::npos) << problems;
    EXPECT_NE(problems.find("not embedded"), std::string::npos) << problems;
    EXPECT_NE(problems.find("no XMP metadata"), std::string::npos) << problems;
    EXPECT_NE(problems.find("output intent"), std::string::npos) << problems;
}

// The tagged structure: an element's text is named by MCID on the element's page, and a paragraph continued
// on the next page reaches its text there with a marked-content reference; the checker follows both, and
// refuses a structure element pointing at the wrong page.
TEST(ReportArchive, TheStructureTreeFollowsAParagraphOverAPageBreak)
{
    report::ReportDocument document;
    document.language = "nb";
    document.title = "Handlingsplan";
    document.footer = "Kárášjoga gielda";
    document.pageOf = "Side %1 av %2";
    std::string longText;
    for (int i = 0; i < 900; ++i)
        longText += "Tiltak " + std::to_string(i) + " for " + SamiAsset + ". ";
    document.blocks.emplace_back(report::Paragraph{longText});
    const report::LaidOutReport laidOut = report::layOut(document);
    ASSERT_GE(laidOut.pages.size(), 2u);
    const std::string pdf = report::writePdf(laidOut, {"Handlingsplan", "Kárášjoga gielda", "nb"});
    TempDir dir;
    const std::string path = dir.file("paragraph.pdf");
    writeBytes(path, pdf);
    int exitCode = -1;
    const QString python = QStringLiteral("/usr/bin/python3");
    std::string problems = run(python, {QString::fromStdString(checker()), QString::fromStdString(path)}, &exitCode);
    EXPECT_EQ(exitCode, 0) << problems;
    const std::string text = run(QStringLiteral("pdftotext"), {QString::fromStdString(path), QStringLiteral("-")});
    EXPECT_NE(text.find("Tiltak 899 for " + SamiAsset), std::string::npos);

    // The paragraph's element names its first page; pointed at the second, its text is no longer found.
    const std::string broken = dir.file("broken.pdf");
    const QString script = QStringLiteral("import pikepdf, sys\n"
                                          "p = pikepdf.open(sys.argv[1])\n"
                                          "for e in p.Root.StructTreeRoot.K[0].K:\n"
                                          "    if e.S == '/P' and '/Pg' in e: e.Pg = p.pages[1].obj\n"
                                          "p.save(sys.argv[2])\n");
    run(python, {QStringLiteral("-c"), script, QString::fromStdString(path), QString::fromStdString(broken)});
    problems = run(python, {QString::fromStdString(checker()), QString::fromStdString(broken)}, &exitCode);
    EXPECT_EQ(exitCode, 1) << problems;
    EXPECT_NE(problems.find("in no structure element"), std::string::npos) << problems;
}

// The window's Export and trygg-cli write the same bytes for the same report, Sámi letters and all.
TEST(ReportArchive, TheWindowAndTheCliWriteTheSameBytes)
{
    TempDir dir;
    const std::string path = samiRegister(dir, "no");
    const std::string output = dir.file("cli.pdf");
    const Result result = runCli(dir, {"export", "plan", path, "--format", "pdf", "--output", output});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    ReportRequest request;
    request.today = Clock::todayLocal(); // the tests' clock, which the CLI runs by too (TRYGG_NOW)
    request.trailFingerprint = file.trailFingerprint();
    const std::string printed = readBytes(output);
    EXPECT_NE(printed.find("/FontFile2"), std::string::npos);
    EXPECT_TRUE(renderReport(ReportBuilder::build(file.load(), request), ReportFormat::Pdf) == printed);
}

// Issue 14: printing and print preview draw the same layout in the same font as the PDF. A page painted
// with QPainter (as on the printer) and the PDF's page rendered by pdftoppm, both at 100 dpi, differ
// only in anti-aliasing: few pixels differ strongly, where another font or other positions would
// differ along every letter.
TEST(ReportArchive, ThePrintedPageLooksLikeThePdfPage)
{
    TempDir dir;
    const std::string path = samiRegister(dir, "no");
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    const report::ReportDocument document = ReportBuilder::build(data, {ReportKind::Plan, {}, {}, Today, {}});
    const report::LaidOutReport laidOut = report::layOut(document);
    writeBytes(dir.file("plan.pdf"), renderReport(document, ReportFormat::Pdf));
    int exitCode = -1;
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
         QString::fromStdString(dir.file("plan.pdf")), QString::fromStdString(dir.file("pdf"))},
        &exitCode);
    ASSERT_EQ(exitCode, 0);
    const QImage pdf = QImage(QString::fromStdString(dir.file("pdf.png"))).convertToFormat(QImage::Format_Grayscale8);
    ASSERT_FALSE(pdf.isNull());

    const auto paint = [&](const report::Page &page) {
        QImage image(pdf.size(), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(100 / 0.0254));
        image.setDotsPerMeterY(qRound(100 / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        paintPage(painter, page);
        painter.end();
        return image.convertToFormat(QImage::Format_Grayscale8);
    };
    // Pixels far from every pixel around the same place in the PDF's rendering (one pixel either way:
    // pdftoppm puts text baselines on whole pixels, QPainter does not).
    const auto strongDifferences = [&](const QImage &image) {
        long long count = 0;
        for (int y = 1; y + 1 < pdf.height(); ++y) {
            const uchar *b = image.constScanLine(y);
            for (int x = 1; x + 1 < pdf.width(); ++x) {
                int nearest = 255;
                for (int dy = -1; dy <= 1; ++dy) {
                    const uchar *a = pdf.constScanLine(y + dy);
                    for (int dx = -1; dx <= 1; ++dx)
                        nearest = std::min(nearest, std::abs(int(a[x + dx]) - int(b[x])));
                }
                count += nearest > 128 ? 1 : 0;
            }
        }
        return count;
    };
    const long long same = strongDifferences(paint(laidOut.pages.front()));
    // The same page with its text moved by three points to the right, as a differently measured line
    // would be after a few words.
    report::Page moved = laidOut.pages.front();
    for (report::Shape &shape : moved.shapes) {
        if (auto *run = std::get_if<report::TextRun>(&shape))
            run->x += 3;
    }
    const long long shifted = strongDifferences(paint(moved));
    EXPECT_LT(same * 5, shifted) << same << " strongly different pixels, " << shifted << " with the text moved";
    EXPECT_LT(same, static_cast<long long>(pdf.width()) * pdf.height() / 500) << same;
}
