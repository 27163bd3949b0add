// SPDX-License-Identifier: EUPL-1.2
// Issue 13 item 2: no seed-file numbers where a user looks. The seed documents (002: Københavns
// Kommune's IT-sikkerhedsregulativ, 003: Ibestad's internkontroll, 004: the asset template) are the
// specification's sources, not the user's: "(002 §30)" is meaningless or wrong to a Norwegian or
// Swedish user. Every text of the translations, every printed report of a demo register in every
// language and the output of `trygg-cli check` are scanned for them.
#include "../cli/CliRun.h"
#include "UiTestSupport.h"

#include "assets/AssetTableModel.h"
#include "common/Translations.h"
#include "exchange/CsvImport.h"
#include "model/AuditEntry.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

// "002", "(004)", "002 §30", "003 punkt 5.1", "Vedlegg 2", "Trinn 4", "stk. 6": the ways the seed
// documents are cited.
const QRegularExpression &seedCitation()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9.,:/-])(?<![0-9] "
                       ")(?<![0-9]\u00a0)00[1-9](?![0-9])|§|\\bVedlegg\\s+[0-9]|\\bTrinn\\s+[0-9]|\\bstk\\.\\s*[0-9]"));
    return pattern;
}

// The seed citations in `text`, each with a little of the text around it.
std::vector<std::string> citationsIn(const QString &text)
{
    std::vector<std::string> found;
    for (auto it = seedCitation().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        found.push_back(text.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 80).toStdString());
    }
    return found;
}

// Every source text and translation of a .ts file.
QStringList tsTexts(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() &&
            (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("translation") ||
             xml.name() == QLatin1String("numerusform")))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString();
    return texts;
}

} // namespace

TEST(SeedNumbers, TheScanFindsACitation)
{
    EXPECT_EQ(citationsIn(QStringLiteral("No owner (002 §30)")).size(), 2u);
    EXPECT_EQ(citationsIn(QStringLiteral("Norge: 003 punkt 5.1, 5 x 5")).size(), 1u);
    EXPECT_EQ(citationsIn(QStringLiteral("how much harm (004).")).size(), 1u);
    EXPECT_EQ(citationsIn(QStringLiteral("uønskede hendelser (Vedlegg 2)")).size(), 1u);
    EXPECT_TRUE(citationsIn(QStringLiteral("Deadline 2026-03-01, cost 1 002,50 kr, 5 x 5")).empty());
}

TEST(SeedNumbers, NoTranslationCitesTheSeedDocuments)
{
    for (const QString &language : availableLanguages()) {
        const QString path = QStringLiteral(TRYGG_TRANSLATIONS_DIR "/trygg_%1.ts").arg(language);
        const QStringList texts = tsTexts(path);
        ASSERT_GT(texts.size(), 100) << path.toStdString();
        for (const QString &text : texts)
            for (const std::string &citation : citationsIn(text))
                ADD_FAILURE() << language.toStdString() << ": \"" << citation << "\"";
    }
}

TEST(SeedNumbers, NoPrintedReportCitesTheSeedDocuments)
{
    TempDir dir;
    for (const char *preset : {"no", "dk", "se"}) {
        auto document = demoDocument(dir, 12, 30, preset);
        const RegisterData &data = document->data();
        ASSERT_FALSE(data.assessments.empty());
        const std::vector<AuditEntry> trail =
            RegisterFile::open(document->path().toStdString(), RegisterFile::Access::ReadOnly).history();
        for (const QString &language : availableLanguages())
            for (ReportKind kind :
                 {ReportKind::Plan, ReportKind::Form, ReportKind::Matrix, ReportKind::Assets, ReportKind::Review}) {
                ReportRequest request{kind, {}, {}, Date{2026, 12, 1}, language.toStdString()};
                request.trail = &trail; // the management review counts the year's work from it
                if (kind == ReportKind::Form)
                    request.assessmentId = data.assessments.front().id;
                const std::string html = renderReport(ReportBuilder::build(data, request), ReportFormat::Html);
                for (const std::string &citation : citationsIn(QString::fromStdString(html)))
                    ADD_FAILURE() << preset << ", " << language.toStdString() << ", report " << static_cast<int>(kind)
                                  << ": \"" << citation << "\"";
            }
    }
}

TEST(SeedNumbers, CheckNamesWhatIsMissingInWordsInEveryLanguage)
{
    TempDir dir;
    const std::string path = dir.file("check.trygg");
    {
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        // An IT system without owner or deputy, and a person who is system owner and IT-responsible.
        importAssetsCsv(file,
                        "name,type,owner,deputy\nFagsystem uten eier,it system,,\nSak og arkiv,it system,Geir,Geir\n",
                        "assets.csv");
        RegisterData data = file.load();
        for (Person person : data.people) {
            person.itResponsible = true;
            person.securityLeader = true;
            file.updatePerson(person);
        }
    }
    for (const char *locale : {"C", "da_DK.UTF-8", "nb_NO.UTF-8", "sv_SE.UTF-8"}) {
        const Result result = runCli(dir, {"check", path}, locale);
        // Warnings only: the exit code says the register is usable.
        EXPECT_EQ(result.exitCode, 0) << locale << ": " << result.err;
        const QString output = QString::fromStdString(result.out + result.err);
        EXPECT_TRUE(output.contains(QStringLiteral("Fagsystem uten eier"))) << locale << ": " << output.toStdString();
        EXPECT_TRUE(output.contains(QStringLiteral("Geir"))) << locale << ": " << output.toStdString();
        for (const std::string &citation : citationsIn(output))
            ADD_FAILURE() << locale << ": \"" << citation << "\"";
    }
}

// Issue 13: a register may carry its own policy's references (Settings > Register); the window's
// warnings and the printed form cite them after the rule in words.
TEST(SeedNumbers, TheWindowAndThePrintedFormCiteTheRegistersOwnReferences)
{
    TempDir dir;
    auto document = demoDocument(dir, 6, 12, "no");
    RegisterInfo info = document->data().info;
    EXPECT_EQ(info.policyReferences, PolicyReferences{}); // no preset carries any
    info.policyReferences.owner = "Internkontroll pkt. 3.2";
    info.policyReferences.manyAffected = "Internkontroll pkt. 5.1";
    ASSERT_TRUE(document->editInfo(info));
    const RegisterData &data = document->data();

    Asset orphan;
    orphan.name = "Uten eier";
    orphan.type = AssetType::PaperArchive;
    const std::vector<QString> warnings = assetWarnings(data, orphan);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0], AssetTableModel::tr("No owner") + QStringLiteral(" (Internkontroll pkt. 3.2)"));

    ReportRequest request{ReportKind::Form, {}, data.assessments.front().id, Date{2026, 12, 1}, "en"};
    const std::string html = renderReport(ReportBuilder::build(data, request), ReportFormat::Html);
    EXPECT_NE(html.find("one level higher. (Internkontroll pkt. 5.1)"), std::string::npos);
}
