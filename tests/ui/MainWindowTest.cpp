// SPDX-License-Identifier: EUPL-1.2
// The real main window, driven as a user would: keyboard entry in the risk form, a matrix cell
// click, undo, and a file that is not a register.
#include "../core/TestFiles.h"
#include "UiTestSupport.h"

#include "assets/AssetsView.h"
#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NewRegisterDialog.h"
#include "mainwindow/NoticeBar.h"
#include "mainwindow/RegisterInfoDialog.h"
#include "matrix/CellRiskModel.h"
#include "matrix/MatrixView.h"
#include "matrix/MatrixWidget.h"
#include "matrix/Presets.h"
#include "overview/OverviewView.h"
#include "plan/ActionPlanView.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"
#include "storage/Sqlite.h"
#include "storage/WriteLock.h"

#include "matrix/MatrixGrid.h"
#include "model/Error.h"
#include "plan/Prioritisation.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <ctime>
#include <filesystem>
#include <fstream>

#include <utime.h>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    MainWindowTest()
    {
        path = demoDocument(dir, 20, 60)->path();
        EXPECT_TRUE(window.openFile(path));
        window.show();
    }
    TempDir dir;
    QString path;
    MainWindow window;
};

} // namespace

TEST_F(MainWindowTest, OpensOnTheOverviewWithTheRegisterInTheTitle)
{
    ASSERT_NE(window.document(), nullptr);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Eksempel kommune")));
    EXPECT_TRUE(window.overview()->isVisible());
    EXPECT_FALSE(window.overview()->zoneText(0).isEmpty());
}

TEST_F(MainWindowTest, NonTryggFileShowsAnErrorAndKeepsTheOpenRegister)
{
    const std::string notes = dir.file("notes.trygg");
    std::ofstream(notes) << "this is not a register\n";
    EXPECT_FALSE(window.openFile(QString::fromStdString(notes)));
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("notes.trygg")));
    EXPECT_EQ(window.document()->path(), path);
    EXPECT_FALSE(window.openFile(QString::fromStdString(dir.file("missing.trygg"))));
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("no such file")));
}

// Issue 19: the window refuses a register with a -wal beside it, naming the side file, and keeps the open
// register; the file and the side file are left as they are.
TEST_F(MainWindowTest, RegisterWithAWalBesideItIsRefusedNamingIt)
{
    const std::string other = dir.file("other.trygg");
    RegisterFile::create(other, "no", "Annen");
    const std::string bytes = readBytes(other);
    writeBytes(other + "-wal", std::string(4096, 'w'));
    EXPECT_FALSE(window.openFile(QString::fromStdString(other)));
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("other.trygg-wal")))
        << window.notice()->text().toStdString();
    EXPECT_EQ(window.document()->path(), path);
    EXPECT_EQ(readBytes(other), bytes);
    EXPECT_EQ(readBytes(other + "-wal"), std::string(4096, 'w'));
}

// Issue 19: a writable register whose write lock cannot be made (the lock's name too long for the folder
// here; in use, a folder the user may not write) opens read-only with the reason.
TEST_F(MainWindowTest, RegisterWhoseLockCannotBeMadeOpensReadOnlyWithTheReason)
{
    const std::string longName = dir.file(std::string(245, 'r') + ".trygg"); // with ".lock": 256 characters
    RegisterFile::create(dir.file("short.trygg"), "no", "Kort");
    std::filesystem::copy_file(dir.file("short.trygg"), longName);
    ASSERT_TRUE(window.openFile(QString::fromStdString(longName))) << window.notice()->text().toStdString();
    EXPECT_TRUE(window.document()->readOnly());
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("its write lock could not be made")))
        << window.notice()->text().toStdString();
}

// Issue 12: a register changed behind Trygg's back says so on opening, naming the object, the field and both
// values, in a notice of its own with every finding behind a button; a register Trygg wrote says nothing.
TEST_F(MainWindowTest, ARegisterChangedOutsideTryggSaysSoOnOpening)
{
    EXPECT_TRUE(window.trailNotice()->isHidden());
    const std::string other = dir.file("other.trygg");
    Id unit = 0;
    {
        RegisterFile file = RegisterFile::create(other, "no", "Annen");
        unit = file.addUnit({0, "Skole", std::nullopt});
    }
    {
        Database db(other, Database::Mode::ReadWrite);
        Statement(db, "UPDATE unit SET name = 'Skule' WHERE id = ?1").bind(1, unit).run();
    }
    ASSERT_TRUE(window.openFile(QString::fromStdString(other)));
    EXPECT_FALSE(window.trailNotice()->isHidden());
    EXPECT_TRUE(window.trailNotice()->text().contains(
        QStringLiteral("other.trygg was changed outside Trygg: unit %1, name: changed outside Trygg: the trail says "
                       "Skole, the file says Skule")
            .arg(unit)))
        << window.trailNotice()->text().toStdString();
    ASSERT_NE(window.trailNotice()->actionButton(), nullptr);
    EXPECT_EQ(window.trailNotice()->actionButton()->text(), QStringLiteral("Details"));
    ASSERT_TRUE(window.openFile(path));
    EXPECT_TRUE(window.trailNotice()->isHidden());
}

// Issue 19: a register replaced behind the window (another file renamed onto its path) is named as
// replaced when an edit is refused, not as read-only or damaged, and the window offers to reopen it.
TEST_F(MainWindowTest, ARegisterReplacedBehindTheWindowIsNamedAsReplacedAndReopened)
{
    const std::string other = dir.file("other.trygg");
    RegisterFile::create(other, "no", "Annen kommune");
    std::filesystem::rename(other, path.toStdString());
    const std::string replacedBytes = readBytes(path.toStdString());

    Risk risk = window.document()->data().risks.front();
    risk.threat += " (endret)";
    EXPECT_FALSE(window.document()->editRisk(risk));
    const QString text = window.notice()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("The register demo-no.trygg was replaced by another file since you "
                                             "opened it. Your last change was not saved. Reopen it?")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("read-only")));
    EXPECT_EQ(readBytes(path.toStdString()), replacedBytes);

    QPushButton *reopen = window.notice()->actionButton();
    ASSERT_TRUE(reopen->isVisible());
    EXPECT_EQ(reopen->text(), QStringLiteral("Reopen"));
    QTest::mouseClick(reopen, Qt::LeftButton);
    ASSERT_NE(window.document(), nullptr);
    EXPECT_EQ(window.document()->data().info.name, "Annen kommune");
    EXPECT_FALSE(window.document()->readOnly()) << window.notice()->text().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Annen kommune")));
}

TEST_F(MainWindowTest, UndoAnEditAndTheFileChangesBack)
{
    const std::string before = readBytes(path.toStdString());
    Risk risk = window.document()->data().risks.front();
    risk.threat += " (endret)";
    ASSERT_TRUE(window.document()->editRisk(risk));
    EXPECT_NE(readBytes(path.toStdString()), before);
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Edit risk line")));
    undo->trigger();
    const RegisterData data = RegisterFile::open(path.toStdString(), RegisterFile::Access::ReadOnly).load();
    EXPECT_EQ(data.risks.front().threat, window.document()->data().risks.front().threat);
    EXPECT_EQ(data.risks.front().threat.find("(endret)"), std::string::npos);
}

TEST_F(MainWindowTest, ClickingAMatrixCellOnTheOverviewListsItsRisks)
{
    // Find a cell with risks, click it on the overview's matrix: the matrix page lists them.
    const RegisterData &data = window.document()->data();
    const Risk &risk = data.risks.front();
    const RiskScore score = scoreOf(data.matrixOf(risk), risk);
    MatrixWidget *matrix = window.overview()->matrix();
    QTest::mouseClick(matrix, Qt::LeftButton, {},
                      matrix->cellRect(score.probability, score.effectiveConsequence).center());
    EXPECT_TRUE(window.matrixView()->isVisible());
    int expected = 0;
    for (const Risk &r : data.risks) {
        const RiskScore s = scoreOf(data.matrixOf(r), r);
        expected += s.probability == score.probability && s.effectiveConsequence == score.effectiveConsequence;
    }
    const auto tables = window.matrixView()->findChildren<QTableView *>();
    ASSERT_FALSE(tables.isEmpty());
    EXPECT_EQ(tables.front()->model()->rowCount(), expected);
}

TEST_F(MainWindowTest, TypingARiskLineShowsScoreAndPriority)
{
    window.showPage(MainWindow::Page::Risks);
    RiskFormView *form = window.riskFormView();
    const Id assessment = window.document()->data().assessments.front().id;
    form->showAssessment(assessment);
    const std::size_t before = window.document()->data().risks.size();
    form->addLine();
    ASSERT_EQ(window.document()->data().risks.size(), before + 1);
    QTableView *table = form->table();
    QTest::keyClicks(table->focusWidget() ? table->focusWidget() : table, QStringLiteral("Tyveri av bærbar PC"));
    QTest::keyClick(table->focusWidget() ? table->focusWidget() : table, Qt::Key_Tab);
    QTest::keyClicks(table->focusWidget() ? table->focusWidget() : table, QStringLiteral("3"));
    QTest::keyClick(table->focusWidget() ? table->focusWidget() : table, Qt::Key_Tab);
    QTest::keyClicks(table->focusWidget() ? table->focusWidget() : table, QStringLiteral("4"));
    QTest::keyClick(table->focusWidget() ? table->focusWidget() : table, Qt::Key_Tab);
    const Risk &added = window.document()->data().risks.back();
    EXPECT_EQ(added.threat, "Tyveri av bærbar PC");
    EXPECT_EQ(added.probability, 3);
    EXPECT_EQ(added.consequence, 4);
    // The priority shown is the core's ranking within the assessment.
    int priority = 0;
    for (const RankedRisk &ranked : prioritiseRisks(window.document()->data(), RiskScope{std::nullopt, assessment}))
        if (window.document()->data().risks[ranked.index].id == added.id)
            priority = ranked.priority;
    EXPECT_GT(priority, 0);
}

TEST_F(MainWindowTest, OverdueLinkOnTheOverviewFiltersThePlan)
{
    window.showPage(MainWindow::Page::Overview);
    emit window.overview()->overdueActivated();
    EXPECT_TRUE(window.planView()->isVisible());
}

TEST(Translations, EnglishPluralsAreInstalled)
{
    // UiTestMain installs the program's translations as the application does.
    EXPECT_EQ(QCoreApplication::translate("trygg::ui::OverviewView", "%n measure(s) overdue", nullptr, 1),
              QStringLiteral("1 measure overdue"));
    EXPECT_EQ(QCoreApplication::translate("trygg::ui::OverviewView", "%n measure(s) overdue", nullptr, 3),
              QStringLiteral("3 measures overdue"));
}

TEST_F(MainWindowTest, OverviewZoneCountsFollowAnEdit)
{
    const RegisterData &data = window.document()->data();
    const MatrixGrid before = countRisks(data, RiskScope{}, false);
    const int acceptable = before.countsByZone()[0];
    EXPECT_TRUE(window.overview()->zoneText(0).contains(QStringLiteral(">%1<").arg(acceptable)));
    // Move a risk outside the first zone to 1 x 1, inside it.
    for (const Risk &risk : data.risks)
        if (scoreOf(data.matrixOf(risk), risk).zone != 0) {
            Risk changed = risk;
            changed.probability = 1;
            changed.consequence = 1;
            changed.manyAffected = false;
            ASSERT_TRUE(window.document()->editRisk(changed));
            break;
        }
    QTest::qWait(150);
    EXPECT_TRUE(window.overview()->zoneText(0).contains(QStringLiteral(">%1<").arg(acceptable + 1)))
        << window.overview()->zoneText(0).toStdString();
}

TEST_F(MainWindowTest, ZoneFigureOnTheOverviewListsTheZonesRisks)
{
    const MatrixGrid grid = countRisks(window.document()->data(), RiskScope{}, false);
    const int last = static_cast<int>(grid.matrix->zones.size()) - 1;
    emit window.overview()->zoneActivated(last);
    EXPECT_TRUE(window.matrixView()->isVisible());
    const auto tables = window.matrixView()->findChildren<QTableView *>();
    ASSERT_FALSE(tables.isEmpty());
    EXPECT_EQ(tables.front()->model()->rowCount(), grid.countsByZone()[static_cast<std::size_t>(last)]);
}

TEST_F(MainWindowTest, SwitchingLanguageChangesMenusHeadersAndMatrixLabelsAtOnce)
{
    // Issue 4: the language switches in the running program, without a restart.
    window.showPage(MainWindow::Page::Matrix);
    window.setLanguage(QStringLiteral("da"));
    EXPECT_EQ(window.menuBar()->actions().front()->text(), QStringLiteral("&Filer"));
    EXPECT_EQ(window.riskFormView()->model()->headerData(RiskFormModel::ThreatColumn, Qt::Horizontal).toString(),
              QStringLiteral("Hvad kan ske?"));
    EXPECT_EQ(window.matrixView()->cellModel()->headerData(CellRiskModel::Probability, Qt::Horizontal).toString(),
              QStringLiteral("Sandsynlighed"));
    EXPECT_TRUE(window.matrixView()->isVisible()); // the user stays where they were
    window.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(window.menuBar()->actions().front()->text(), QStringLiteral("&File"));
}

// Issue 4: the core's messages, too, are in the program's language ("every user-visible string").
TEST_F(MainWindowTest, TheCoresErrorsAreShownInTheProgramsLanguage)
{
    window.setLanguage(QStringLiteral("da"));
    EXPECT_FALSE(window.openFile(QString::fromStdString(dir.file("missing.trygg"))));
    const QString danish = window.notice()->text();
    window.setLanguage(QStringLiteral("en"));
    EXPECT_TRUE(danish.startsWith(QStringLiteral("Kunne ikke åbne missing.trygg: "))) << danish.toStdString();
    EXPECT_TRUE(danish.endsWith(QStringLiteral("missing.trygg: filen findes ikke"))) << danish.toStdString();
    EXPECT_EQ(errorText(InputError(trygg::trCount("%n row", "%n rows", 2))), QStringLiteral("2 rows"));
}

// Issue 4: "a register also has its own language, used for its printed reports"; the preset's
// classification levels are editable (Settings > Register).
TEST_F(MainWindowTest, RegisterDialogSetsTheReportLanguageAndRenamesClassificationLevels)
{
    RegisterDocument *document = window.document();
    {
        RegisterInfoDialog dialog(document);
        dialog.findChildren<QComboBox *>().front()->setCurrentIndex(
            dialog.findChildren<QComboBox *>().front()->findData(QStringLiteral("sv")));
        const auto fields = dialog.findChildren<QLineEdit *>();
        // The name, label and definition of levels 0-4, then the four references to the policy (issue 13).
        ASSERT_EQ(fields.size(), 1 + 2 * 5 + 4);
        fields[3]->setText(QStringLiteral("Måttlig"));
        fields[11]->setText(QStringLiteral("Informationssäkerhetspolicy 4.2"));
        dialog.save();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(document->data().info.language, "sv");
    EXPECT_EQ(document->data().info.classificationLevels[1].label, "Måttlig");
    EXPECT_EQ(document->data().info.policyReferences.owner, "Informationssäkerhetspolicy 4.2");
    EXPECT_EQ(RegisterFile::open(path.toStdString(), RegisterFile::Access::ReadOnly).info().language, "sv");
    document->undoStack()->undo();
    EXPECT_EQ(document->data().info.language, "nb");

    RegisterInfoDialog dialog(document);
    dialog.findChildren<QLineEdit *>().front()->clear();
    dialog.save(); // a register needs a name: refused, said in the dialog, which stays open
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const auto labels = dialog.findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return !label->isHidden() && label->text().contains(QStringLiteral("name"));
    }));
    EXPECT_EQ(document->data().info.name, "Eksempel kommune");
}

// Issue 5: a second instance opening a file another holds for writing says who has it and cannot write.
TEST(MainWindowLockTest, AFileHeldByAnotherWriterOpensReadOnlyWithANotice)
{
    TempDir dir;
    const QString path = demoDocument(dir, 5, 10)->path();
    RegisterFile other = RegisterFile::open(path.toStdString());
    const std::optional<LockHolder> holder = WriteLock::holder(path.toStdString());
    ASSERT_TRUE(holder);

    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.show();
    ASSERT_NE(window.document(), nullptr);
    EXPECT_TRUE(window.document()->readOnly());
    const QString text = window.notice()->text();
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("demo-no.trygg is in use by %1 on %2 since ")
                            .arg(QString::fromStdString(holder->user), QString::fromStdString(holder->machine))))
        << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral(": opened read-only."))) << text.toStdString();
    // The notice lasts as long as the read-only state: no close button, and nothing to take over.
    for (QToolButton *button : window.notice()->findChildren<QToolButton *>())
        EXPECT_FALSE(button->isVisible());
    EXPECT_FALSE(window.notice()->actionButton()->isVisible());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only")));

    const std::string before = readBytes(path.toStdString());
    Risk risk = window.document()->data().risks.front();
    risk.threat += " (endret)";
    EXPECT_FALSE(window.document()->editRisk(risk));
    EXPECT_EQ(readBytes(path.toStdString()), before);
    EXPECT_EQ(WriteLock::holder(path.toStdString())->pid, holder->pid) << "the reader left the writer's lock alone";
}

TEST(MainWindowLockTest, AStaleLockOfAnotherMachineCanBeTakenOver)
{
    TempDir dir;
    const QString path = demoDocument(dir, 5, 10)->path();
    // Left by an instance on another machine that has not refreshed it for an hour.
    const std::string lock = WriteLock::lockPath(path.toStdString());
    std::ofstream(lock) << "user=kari;machine=pc-042;pid=4242;since=2026-11-23T10:15:00Z\n";
    const std::time_t hourAgo = std::time(nullptr) - 3600;
    utimbuf times{hourAgo, hourAgo};
    ASSERT_EQ(::utime(lock.c_str(), &times), 0);

    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.show();
    EXPECT_TRUE(window.document()->readOnly());
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("in use by kari on pc-042 since ")))
        << window.notice()->text().toStdString();
    QPushButton *takeOver = window.notice()->actionButton();
    ASSERT_TRUE(takeOver->isVisible());
    EXPECT_EQ(takeOver->text(), QStringLiteral("Take over"));
    QTest::mouseClick(takeOver, Qt::LeftButton);

    ASSERT_NE(window.document(), nullptr);
    EXPECT_FALSE(window.document()->readOnly());
    EXPECT_TRUE(window.notice()->text().isEmpty());
    EXPECT_FALSE(window.document()->lockHolder());
    Risk risk = window.document()->data().risks.front();
    risk.threat += " (endret)";
    EXPECT_TRUE(window.document()->editRisk(risk));
    const std::optional<LockHolder> holder = WriteLock::holder(path.toStdString());
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->pid, ::getpid());
}

// Issue 18: File > Open the demo register gives the demo of the interface language's country, named as
// that country writes it, with its own preset and content: not the Norwegian demo whatever the language.
TEST(MainWindowDemoTest, TheDemoIsOfTheInterfaceLanguagesCountry)
{
    TempDir dir;
    const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(dir.file("data")));
    const struct Expected {
        const char *language;
        std::string name;
        std::string preset;
    } expected[] = {{"sv", "Exempel kommun", "se"}, {"da", "Eksempel Kommune", "dk"}, {"nb", "Eksempel kommune", "no"}};
    for (const Expected &e : expected) {
        ASSERT_TRUE(switchLanguage(QString::fromLatin1(e.language)));
        MainWindow window;
        ASSERT_TRUE(window.openDemo()) << e.language;
        ASSERT_NE(window.document(), nullptr);
        EXPECT_EQ(window.document()->data().info.name, e.name);
        EXPECT_EQ(window.document()->data().currentMatrix().preset, e.preset);
        EXPECT_EQ(window.document()->data().info.language, presetLanguage(e.preset));
        EXPECT_TRUE(window.windowTitle().contains(QString::fromStdString(e.name))) << window.windowTitle().toStdString();
    }
    switchLanguage(QStringLiteral("en"));
    if (oldDataHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldDataHome);
}

// Issue 18: a new register proposes the matrix of the reader's country (a Swedish window the Swedish
// preset, not Norway's).
TEST(NewRegisterDialog, ProposesThePresetOfTheWindowsCountry)
{
    const std::pair<const char *, const char *> expected[] = {{"sv", "se"}, {"da", "dk"}, {"nb", "no"}};
    for (const auto &[language, preset] : expected) {
        ASSERT_TRUE(switchLanguage(QString::fromLatin1(language)));
        NewRegisterDialog dialog(QDir::tempPath());
        EXPECT_EQ(dialog.preset(), QString::fromLatin1(preset)) << language;
    }
    switchLanguage(QStringLiteral("en"));
}
