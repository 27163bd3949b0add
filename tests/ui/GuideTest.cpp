// SPDX-License-Identifier: EUPL-1.2
// Issue 13 item 9, Help: "a user guide in Danish, Norwegian, Swedish and English shipped with the program
// (Help > User guide; F1 opens the part about the page you are on) ... An empty register's pages say what
// to do first."
#include "UiTestSupport.h"

#include "assets/AssetsView.h"
#include "common/Translations.h"
#include "help/EmptyHint.h"
#include "help/Guide.h"
#include "help/HelpWindow.h"
#include "mainwindow/MainWindow.h"
#include "plan/ActionPlanView.h"
#include "risks/RiskFormView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

const QStringList Languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};
const MainWindow::Page WindowPages[] = {MainWindow::Page::Overview, MainWindow::Page::Assets,
                                        MainWindow::Page::Risks,    MainWindow::Page::Matrix,
                                        MainWindow::Page::Plan,     MainWindow::Page::Due,
                                        MainWindow::Page::Incidents};

QString guideText(const QString &language, const QString &page)
{
    QFile file(QLatin1Char(':') + guideUrl(language, page).path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> captures(const QString &text, const QString &pattern)
{
    QSet<QString> found;
    const QRegularExpression expression(pattern);
    for (auto match = expression.globalMatch(text); match.hasNext();)
        found.insert(match.next().captured(1));
    return found;
}

QSet<QString> anchors(const QString &language, const QString &page)
{
    return captures(guideText(language, page), QStringLiteral("<a name=\"([^\"]+)\">"));
}

// The program speaks `language` while it lives, English again afterwards (the other tests expect it).
struct SpeakingLanguage {
    explicit SpeakingLanguage(const QString &language) { switchLanguage(language); }
    ~SpeakingLanguage() { switchLanguage(QStringLiteral("en")); }
};

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

TEST(Guide, EveryPageExistsInEveryLanguageWithTheSameAnchors)
{
    for (const QString &language : Languages) {
        QStringList html = QDir(QLatin1Char(':') + guideUrl(language, QString()).path()).entryList({QStringLiteral("*.html")});
        QStringList pages = guidePages();
        html.sort();
        pages.sort();
        EXPECT_EQ(html, pages) << language.toStdString();
        for (const QString &page : guidePages()) {
            ASSERT_FALSE(guideText(language, page).isEmpty()) << language.toStdString() << '/' << page.toStdString();
            EXPECT_EQ(anchors(language, page), anchors(QStringLiteral("en"), page))
                << language.toStdString() << '/' << page.toStdString();
        }
    }
    EXPECT_TRUE(anchors(QStringLiteral("en"), QStringLiteral("risk-form.html")).contains(QStringLiteral("many-affected")));
}

TEST(Guide, EveryLinkAndImageLeadsToAPageAnchorOrPictureOfTheSameLanguage)
{
    for (const QString &language : Languages)
        for (const QString &page : guidePages()) {
            const QString text = guideText(language, page);
            for (const QString &link : captures(text, QStringLiteral("href=\"([^\"]+)\""))) {
                const QString file = link.section(QLatin1Char('#'), 0, 0);
                const QString anchor = link.section(QLatin1Char('#'), 1);
                const QString target = file.isEmpty() ? page : file;
                EXPECT_FALSE(guideText(language, target).isEmpty())
                    << language.toStdString() << '/' << page.toStdString() << ": " << link.toStdString();
                if (!anchor.isEmpty()) {
                    EXPECT_TRUE(anchors(language, target).contains(anchor))
                        << language.toStdString() << '/' << page.toStdString() << ": " << link.toStdString();
                }
            }
            for (const QString &image : captures(text, QStringLiteral("<img src=\"([^\"]+)\"")))
                EXPECT_TRUE(QFile::exists(QLatin1Char(':') + guideUrl(language, image).path()))
                    << language.toStdString() << '/' << page.toStdString() << ": " << image.toStdString();
        }
}

// Issue 13 item 2: the numbers of the source documents (002 §30, 003 punkt 5, Vedlegg 2) mean nothing to a
// reader in another municipality.
TEST(Guide, NoPageCitesTheNumberOfASourceDocument)
{
    const QRegularExpression seed(
        QStringLiteral("\\b00[0-4]\\b|§|\\bVedlegg\\s*\\d|\\b(punkt|afsnit|avsnitt|section|stk\\.)\\s*\\d"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &language : Languages)
        for (const QString &page : guidePages()) {
            const QRegularExpressionMatch match = seed.match(guideText(language, page));
            EXPECT_FALSE(match.hasMatch())
                << language.toStdString() << '/' << page.toStdString() << ": " << match.captured().toStdString();
        }
}

TEST(Guide, EveryPageOfTheWindowHasASectionInEveryLanguage)
{
    for (const MainWindow::Page page : WindowPages) {
        const QString section = MainWindow::guideSection(page);
        const QString file = section.section(QLatin1Char('#'), 0, 0);
        const QString anchor = section.section(QLatin1Char('#'), 1);
        EXPECT_NE(file, QStringLiteral("index.html")) << section.toStdString();
        for (const QString &language : Languages) {
            EXPECT_FALSE(guideText(language, file).isEmpty()) << language.toStdString() << '/' << section.toStdString();
            if (!anchor.isEmpty()) {
                EXPECT_TRUE(anchors(language, file).contains(anchor))
                    << language.toStdString() << '/' << section.toStdString();
            }
        }
    }
}

// "use the words the window uses": the guide names the pages and menu entries as the window shows them.
TEST(Guide, NamesThePagesAndMenusWithTheWindowsWords)
{
    const std::pair<const char *, const char *> used[] = {
        {"first-steps.html", "Overview"},          {"first-steps.html", "Asset register"},
        {"first-steps.html", "Risk form"},         {"first-steps.html", "Risk matrix"},
        {"first-steps.html", "Action plan"},       {"first-steps.html", "Due"},
        {"first-steps.html", "Incidents"},         {"first-steps.html", "&New register..."},
        {"first-steps.html", "Open the &demo register"}, {"first-steps.html", "Your &name..."},
        {"combining.html", "Com&bine registers..."}, {"importing.html", "&Import assets or risks..."},
        {"importing.html", "E&xport to CSV or Excel..."}};
    for (const QString &language : Languages) {
        const SpeakingLanguage speaking(language);
        for (const auto &[page, source] : used) {
            const QString word = withoutMnemonic(QCoreApplication::translate("trygg::ui::MainWindow", source));
            EXPECT_TRUE(guideText(language, QString::fromLatin1(page)).contains(word))
                << language.toStdString() << '/' << page << ": " << word.toStdString();
        }
    }
}

TEST(Guide, IsShownInTheProgramsLanguageAndInEnglishWhereItHasNone)
{
    EXPECT_EQ(guideLanguage(QStringLiteral("nb")), QStringLiteral("nb"));
    EXPECT_EQ(guideLanguage(QStringLiteral("de")), QStringLiteral("en"));
    EXPECT_EQ(guideUrl(QStringLiteral("de"), QStringLiteral("risk-form.html#scales")),
              QUrl(QStringLiteral("qrc:/guide/en/risk-form.html#scales")));
}

TEST(HelpWindow, HasContentsBackForwardAndFindInThePage)
{
    HelpWindow help(QStringLiteral("nb"));
    ASSERT_EQ(help.contents()->count(), guidePages().size());
    EXPECT_EQ(help.contents()->item(3)->text(), QStringLiteral("Slik fyller du ut risikoskjemaet"));
    help.showSection(QStringLiteral("risk-form.html#many-affected"));
    EXPECT_EQ(help.source().fileName(), QStringLiteral("risk-form.html"));
    EXPECT_EQ(help.contents()->currentRow(), 3);
    help.showSection(QStringLiteral("approval.html"));
    help.browser()->backward();
    EXPECT_EQ(help.source().fileName(), QStringLiteral("risk-form.html"));
    help.browser()->forward();
    EXPECT_EQ(help.source().fileName(), QStringLiteral("approval.html"));

    help.searchField()->setText(QStringLiteral("ledelsen"));
    EXPECT_TRUE(help.find());
    EXPECT_EQ(help.browser()->textCursor().selectedText().toLower(), QStringLiteral("ledelsen"));
    help.searchField()->setText(QStringLiteral("xyzzy"));
    EXPECT_FALSE(help.find());
}

TEST(HelpWindow, F1OnEveryPageOpensItsSectionInTheProgramsLanguage)
{
    const TempDir dir;
    const QString path = demoDocument(dir, 10, 30)->path();
    const SpeakingLanguage english(QStringLiteral("en")); // again at the end, whatever fails
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.show();
    for (const QString &language : Languages) {
        window.setLanguage(language);
        for (const MainWindow::Page page : WindowPages) {
            window.showPage(page);
            QApplication::setActiveWindow(&window);
            QWidget *focus = window.focusWidget() ? window.focusWidget() : &window;
            QTest::keyClick(focus, Qt::Key_F1);
            HelpWindow *help = window.helpWindow();
            ASSERT_NE(help, nullptr) << language.toStdString();
            EXPECT_TRUE(help->isVisible());
            EXPECT_EQ(help->language(), language);
            const QString section = MainWindow::guideSection(page);
            EXPECT_EQ(help->source().fileName(), section.section(QLatin1Char('#'), 0, 0)) << section.toStdString();
            EXPECT_EQ(help->source().fragment(), section.section(QLatin1Char('#'), 1)) << section.toStdString();
            EXPECT_TRUE(help->source().path().startsWith(QStringLiteral("/guide/") + language + QLatin1Char('/')));
            help->hide();
        }
    }
}

namespace {

EmptyHint *hintOf(QTableView *table)
{
    return table->viewport()->findChild<EmptyHint *>(QStringLiteral("emptyHint"));
}

} // namespace

TEST(EmptyRegister, AssetsFormAndPlanPagesSayWhatToDoFirst)
{
    const TempDir dir;
    const std::string path = dir.file("tom.trygg");
    RegisterFile::create(path, "no", "Tom kommune");
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(path)));
    window.show();
    EmptyHint *assets = hintOf(window.assetsView()->table());
    EmptyHint *form = hintOf(window.riskFormView()->table());
    EmptyHint *plan = hintOf(window.planView()->table());
    ASSERT_TRUE(assets && form && plan);
    EXPECT_FALSE(assets->isHidden());
    EXPECT_TRUE(assets->text().contains(QStringLiteral("New asset"))) << assets->text().toStdString();
    EXPECT_FALSE(form->isHidden());
    EXPECT_TRUE(form->text().contains(QStringLiteral("New assessment"))) << form->text().toStdString();
    EXPECT_FALSE(plan->isHidden());
    EXPECT_TRUE(plan->text().contains(QStringLiteral("fill in the risk form first"))) << plan->text().toStdString();

    Asset asset;
    asset.name = "Fagsystem";
    ASSERT_TRUE(window.document()->addAsset(asset));
    EXPECT_TRUE(assets->isHidden());
    window.document()->undoStack()->undo();
    EXPECT_FALSE(assets->isHidden());
}

TEST(EmptyRegister, AFilledRegisterShowsNoHint)
{
    const TempDir dir;
    const QString path = demoDocument(dir, 10, 30)->path();
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.show();
    EXPECT_TRUE(hintOf(window.assetsView()->table())->isHidden());
    EXPECT_TRUE(hintOf(window.riskFormView()->table())->isHidden());
    EXPECT_TRUE(hintOf(window.planView()->table())->isHidden());
}
