// SPDX-License-Identifier: EUPL-1.2
// Issue 16, many at once: the window on a register on a PostgreSQL server (the throwaway cluster of
// scripts/test.sh, TRYGG_TEST_POSTGRES). "Done when: in a test two windows and a CLI work on one server register
// at once, each seeing the others' edits"; an edit on values someone else changed since is refused with who
// changed what and the fresh values shown; a lost connection gives a notice, read-only, and the window goes on
// once it is back; the window shows what the server lets the user do.
#include "../cli/CliRun.h"
#include "../core/ServerAccessFixture.h"
#include "../core/TestRegister.h"

#include "assets/AssetsView.h"
#include "document/RegisterDocument.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NoticeBar.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/ServerDialog.h"

#include "demo/DemoGenerator.h"
#include "storage/Connect.h"
#include "storage/SqlConnection.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

constexpr int WithinTwoSeconds = 2000;

void smallDemo(RegisterFile &file)
{
    DemoOptions options;
    options.assets = 6;
    options.risks = 12;
    options.cycle = false;
    generateDemo(file, options);
}

const Asset *assetIn(const MainWindow &window, Id id)
{
    return RegisterData::findById(window.document()->data().assets, id);
}

// Whether `window` shows asset `id` named `name` within two seconds, events processed meanwhile.
bool seesAssetNamed(const MainWindow &window, Id id, const std::string &name)
{
    return QTest::qWaitFor(
        [&] {
            const Asset *asset = assetIn(window, id);
            return asset && asset->name == name;
        },
        WithinTwoSeconds);
}

class ServerWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(reg.create(SqlBackend::Postgres, "no", "Felles kommune", smallDemo));
        address = QString::fromStdString(reg.location());
    }
    TestRegister reg;
    QString address;
};

} // namespace

TEST_F(ServerWindowTest, TwoWindowsAndTheCliOnOneServerRegisterEachSeeTheOthersEdits_Issue16DoneWhen)
{
    MainWindow first;
    MainWindow second;
    ASSERT_TRUE(first.openFile(address)) << first.notice()->text().toStdString();
    ASSERT_TRUE(second.openFile(address));
    first.show();
    second.show();
    // The title names the server's address and the database user (the test cluster's `trygg`).
    EXPECT_TRUE(first.windowTitle().contains(first.document()->location())) << first.windowTitle().toStdString();
    EXPECT_TRUE(first.windowTitle().contains(QStringLiteral("trygg")));
    EXPECT_FALSE(first.document()->readOnly());

    const std::vector<Asset> assets = first.document()->data().assets;
    ASSERT_GE(assets.size(), 3U);
    Asset one = assets[0];
    one.name = "Endret i det første vinduet";
    ASSERT_TRUE(first.document()->editAsset(one));
    EXPECT_TRUE(seesAssetNamed(second, one.id, one.name)) << "the second window did not see the first's edit";

    Asset two = assets[1];
    two.name = "Endret i det andre vinduet";
    ASSERT_TRUE(second.document()->editAsset(two));
    EXPECT_TRUE(seesAssetNamed(first, two.id, two.name)) << "the first window did not see the second's edit";

    // The command line, a process of its own, records a review of the third asset...
    const OrgUnit *unit = RegisterData::findById(first.document()->data().units, *assets[2].unitId);
    ASSERT_NE(unit, nullptr);
    TempDir dir;
    const std::size_t reviews = first.document()->data().reviews.size();
    const Result review = runCli(dir, {"review", reg.location(), "asset", assets[2].name, "--unit", unit->name, "--by",
                                       "Kari Nordmann", "--note", "Fra kommandolinjen"});
    ASSERT_EQ(review.exitCode, 0) << review.err;
    // ... which both windows show, without reloading the register.
    for (const MainWindow *window : {&first, &second})
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return window->document()->data().reviews.size() == reviews + 1; }, WithinTwoSeconds))
            << "a window did not see the command line's review";
    EXPECT_EQ(first.document()->data().reviews.back().note, "Fra kommandolinjen");
    // And the command line reads both windows' edits.
    const Result exported = runCli(dir, {"export", "assets", reg.location(), "--format", "csv"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find(one.name), std::string::npos);
    EXPECT_NE(exported.out.find(two.name), std::string::npos);
}

TEST_F(ServerWindowTest, AnEditOnValuesSomeoneElseChangedSinceIsRefusedAndTheFreshValuesShown)
{
    MainWindow first;
    MainWindow second;
    ASSERT_TRUE(first.openFile(address));
    ASSERT_TRUE(second.openFile(address));
    first.show();
    second.show();
    const Asset original = first.document()->data().assets.front();

    Asset inFirst = original;
    inFirst.name = "Navn fra det første vinduet";
    ASSERT_TRUE(first.document()->editAsset(inFirst));
    // The second window has not heard of it yet (no events processed): its edit is made on the old values.
    Asset inSecond = *assetIn(second, original.id);
    ASSERT_EQ(inSecond.name, original.name);
    inSecond.name = "Navn fra det andre vinduet";
    EXPECT_FALSE(second.document()->editAsset(inSecond));
    const QString message = second.notice()->text();
    EXPECT_FALSE(message.isEmpty());
    // Who changed what: the message names the record as the other window left it.
    EXPECT_TRUE(message.contains(QString::fromStdString(inFirst.name)) ||
                message.contains(QString::fromStdString(original.name)))
        << message.toStdString();
    // The window shows what is stored now, and its undo stack holds nothing of the refused edit.
    EXPECT_EQ(assetIn(second, original.id)->name, inFirst.name);
    EXPECT_EQ(second.document()->undoStack()->count(), 0);

    // Undoing an edit someone changed since: refused likewise, nothing written, the fresh values shown.
    Asset again = *assetIn(second, original.id);
    again.name = "Navn fra det andre vinduet";
    ASSERT_TRUE(second.document()->editAsset(again));
    ASSERT_TRUE(seesAssetNamed(first, original.id, again.name));
    first.document()->undoStack()->undo();
    QTest::qWait(50); // the stack moves back over the refused step after the command returns
    EXPECT_FALSE(first.notice()->text().isEmpty());
    EXPECT_EQ(assetIn(first, original.id)->name, again.name);
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(original.id)->name, again.name);
}

TEST_F(ServerWindowTest, ALostConnectionMakesTheWindowReadOnlyWithANoticeUntilItIsBack)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(address));
    window.show();
    RegisterDocument *document = window.document();
    Statement backend(document->file().database(), "SELECT pg_backend_pid()");
    ASSERT_TRUE(backend.step());
    const std::int64_t pid = backend.int64(0);
    connectTo(testServerAddress(), SqlConnection::Mode::ReadWrite)
        ->exec(("SELECT pg_terminate_backend(" + std::to_string(pid) + ")").c_str());

    // The timer that follows others' changes notices it within a second or two.
    ASSERT_TRUE(QTest::qWaitFor([&] { return document->offline(); }, 5000));
    EXPECT_TRUE(window.connectionNotice()->isVisible());
    EXPECT_FALSE(window.connectionNotice()->text().isEmpty());
    EXPECT_TRUE(document->readOnly());
    Asset asset = document->data().assets.front();
    const std::string before = asset.name;
    asset.name = "Skrevet mens forbindelsen var borte";
    EXPECT_FALSE(document->editAsset(asset)); // refused at once, never tried half
    EXPECT_EQ(assetIn(window, asset.id)->name, before);

    // The server is there: a new connection is tried every few seconds, the register read again.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !document->offline(); }, 10000));
    EXPECT_FALSE(document->readOnly());
    EXPECT_TRUE(document->editAsset(asset));
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, asset.name);
}

TEST_F(ServerWindowTest, WhileADialogIsOpenOthersChangesWaitSoSavingOverThemIsRefused)
{
    MainWindow first;
    MainWindow second;
    ASSERT_TRUE(first.openFile(address));
    ASSERT_TRUE(second.openFile(address));
    first.show();
    second.show();
    const Asset original = first.document()->data().assets.front();

    // An edit dialog in the second window shows the asset as it is now.
    QDialog dialog(&second);
    dialog.setModal(true);
    dialog.open();
    Asset inDialog = *assetIn(second, original.id);
    Asset inFirst = original;
    inFirst.name = "Endret mens dialogen var åpen";
    ASSERT_TRUE(first.document()->editAsset(inFirst));
    QTest::qWait(WithinTwoSeconds); // the second window's timer runs, and waits for the dialog
    EXPECT_EQ(assetIn(second, original.id)->name, original.name);
    // Saving the dialog would undo the other's change without a word: refused, and the fresh values shown.
    inDialog.purpose = "Formål skrevet i dialogen";
    EXPECT_FALSE(second.document()->editAsset(inDialog));
    dialog.reject();
    EXPECT_EQ(assetIn(second, original.id)->name, inFirst.name);
    const std::optional<Asset> stored = reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(original.id);
    EXPECT_EQ(stored->name, inFirst.name);
    EXPECT_EQ(stored->purpose, original.purpose);
}

TEST_F(ServerWindowTest, AConnectionLostUnderAnEditSavesNothingAndTheWindowGoesOnOnceItIsBack)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(address));
    window.show();
    RegisterDocument *document = window.document();
    Statement backend(document->file().database(), "SELECT pg_backend_pid()");
    ASSERT_TRUE(backend.step());
    const std::int64_t pid = backend.int64(0);
    connectTo(testServerAddress(), SqlConnection::Mode::ReadWrite)
        ->exec(("SELECT pg_terminate_backend(" + std::to_string(pid) + ", 5000)").c_str());

    Asset asset = document->data().assets.front();
    const std::string before = asset.name;
    asset.name = "Skrevet da forbindelsen gikk";
    EXPECT_FALSE(document->editAsset(asset)); // no events processed: the edit meets the lost connection
    EXPECT_TRUE(document->offline());
    EXPECT_TRUE(window.connectionNotice()->isVisible());
    EXPECT_TRUE(document->readOnly());
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, before);
    EXPECT_EQ(document->undoStack()->count(), 0);
    // Never tried again by itself: once back, the register is as stored, and the user makes the edit again.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !document->offline(); }, 10000));
    EXPECT_EQ(assetIn(window, asset.id)->name, before);
    EXPECT_TRUE(window.windowTitle().contains(QString::fromStdString(document->data().info.name)));
    EXPECT_TRUE(document->editAsset(asset));
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, asset.name);
}

TEST_F(ServerWindowTest, AStatementTimeoutIsShownWithNothingWrittenAndTheWindowGoesOn)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(address));
    window.show();
    RegisterDocument *document = window.document();
    document->file().database().setStatementTimeout(std::chrono::milliseconds(300));
    Asset asset = document->data().assets.front();
    const std::string before = asset.name;
    {
        // Another session holds the asset's row: the window's update waits for it, longer than it may.
        auto other = connectTo(reg.location(), SqlConnection::Mode::ReadWrite);
        other->exec("BEGIN");
        other->exec(("SELECT name FROM asset WHERE id = " + std::to_string(asset.id) + " FOR UPDATE").c_str());
        asset.name = "Skrevet mens raden var låst";
        EXPECT_FALSE(document->editAsset(asset));
        EXPECT_FALSE(window.notice()->text().isEmpty());
        EXPECT_FALSE(document->offline());
        EXPECT_EQ(assetIn(window, asset.id)->name, before);
        EXPECT_EQ(document->undoStack()->count(), 0);
        other->exec("ROLLBACK");
    }
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, before);
    EXPECT_TRUE(document->editAsset(asset)) << window.notice()->text().toStdString();
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, asset.name);
}

TEST_F(ServerWindowTest, TheAddressIsRememberedAndListedWithoutItsPasswordAndFileActionsAreOff)
{
    // The test cluster trusts its socket: a password given is not needed, and must not be kept.
    const QString withPassword = address + QStringLiteral("&password=hemmelig");
    MainWindow window;
    ASSERT_TRUE(window.openFile(withPassword)) << window.notice()->text().toStdString();
    EXPECT_FALSE(RecentFiles().files().join(QLatin1Char(' ')).contains(QStringLiteral("hemmelig")));
    EXPECT_TRUE(RecentFiles().files().contains(address)) << RecentFiles().files().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(ServerDialog::rememberedAddresses().contains(address));
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("hemmelig")));
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == MainWindow::tr("Save a &copy...")) {
            EXPECT_FALSE(action->isEnabled());
            EXPECT_FALSE(action->toolTip().isEmpty());
        }
}

namespace {
class ServerWindowAccessTest : public ServerAccessFixture {
protected:
    // A top-level unit with assets, and another unit.
    void pickUnits(const RegisterData &data)
    {
        for (const OrgUnit &unit : data.units) {
            const bool hasAssets = std::any_of(data.assets.begin(), data.assets.end(),
                                               [&](const Asset &asset) { return asset.unitId == unit.id; });
            if (!unit.parentId && hasAssets && !own)
                own = unit;
            else if (!unit.parentId && !other)
                other = unit;
        }
    }
    std::optional<OrgUnit> own;
    std::optional<OrgUnit> other;
};
} // namespace

TEST_F(ServerWindowAccessTest, ASectionLeaderSeesTheirDutyAndMayChangeOnlyTheirOwnUnits)
{
    pickUnits(RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly).load());
    ASSERT_TRUE(own && other);
    const std::string role = granted("leder", server::Duty::SectionLeader, {own->name});
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(asUser(server.location(), role))))
        << window.notice()->text().toStdString();
    window.show();
    RegisterDocument *document = window.document();
    EXPECT_EQ(window.accessLabel()->text(),
              MainWindow::tr("%1: %2").arg(MainWindow::tr("Section leader"), QString::fromStdString(own->name)));
    EXPECT_TRUE(window.windowTitle().contains(QString::fromStdString(role)));
    // The other units' trail entries are not shown to a section leader: not "changed outside Trygg".
    EXPECT_FALSE(window.trailNotice()->isVisible()) << window.trailNotice()->text().toStdString();
    EXPECT_FALSE(document->readOnly());
    EXPECT_TRUE(document->mayEdit(own->id));
    EXPECT_FALSE(document->mayEdit(other->id));
    // Adding an asset to another unit: the server refuses, and the window says so.
    Asset asset;
    asset.name = "I en annen enhet";
    asset.unitId = other->id;
    EXPECT_FALSE(document->addAsset(asset));
    EXPECT_FALSE(window.notice()->text().isEmpty());
    asset.unitId = own->id;
    EXPECT_TRUE(document->addAsset(asset)) << window.notice()->text().toStdString();
}

TEST_F(ServerWindowAccessTest, AReaderHasTheRegisterReadOnly)
{
    const std::string role = granted("leser", server::Duty::Reader);
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(asUser(server.location(), role))))
        << window.notice()->text().toStdString();
    window.show();
    EXPECT_EQ(window.accessLabel()->text(), MainWindow::tr("Reader"));
    EXPECT_TRUE(window.document()->readOnly());
    EXPECT_FALSE(window.notice()->text().isEmpty());
    Asset asset = window.document()->data().assets.front();
    asset.name = "Endret av en leser";
    EXPECT_FALSE(window.document()->editAsset(asset));
}

// Issue 16: "window tests run against both backends": the window opens, edits and undoes on a file as on a server.
class WindowOnBothBackends : public testing::TestWithParam<SqlBackend> {};

TEST_P(WindowOnBothBackends, AnEditAndItsUndoAreStoredAndTheTitleNamesTheRegister)
{
    TestRegister reg;
    ASSERT_TRUE(reg.create(GetParam(), "no", "Felles kommune", smallDemo));
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(reg.location()))) << window.notice()->text().toStdString();
    window.show();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Felles kommune")));
    EXPECT_EQ(window.document()->onServer(), GetParam() == SqlBackend::Postgres);
    EXPECT_FALSE(window.document()->readOnly());
    Asset asset = window.document()->data().assets.front();
    const std::string before = asset.name;
    asset.name = "Endret og angret";
    ASSERT_TRUE(window.document()->editAsset(asset));
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, asset.name);
    window.document()->undoStack()->undo();
    EXPECT_EQ(reg.open(RegisterFile::Access::ReadOnly).stored<Asset>(asset.id)->name, before);
    EXPECT_EQ(assetIn(window, asset.id)->name, before);
}

INSTANTIATE_TEST_SUITE_P(Backends, WindowOnBothBackends, testing::ValuesIn(testBackends()), backendName);

TEST_F(ServerWindowAccessTest, ManagementApprovesButAddsNoAssets)
{
    const std::string role = granted("ledelse", server::Duty::Management);
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(asUser(server.location(), role))))
        << window.notice()->text().toStdString();
    window.show();
    EXPECT_EQ(window.accessLabel()->text(), MainWindow::tr("Management"));
    EXPECT_FALSE(window.document()->readOnly()); // approvals and acceptances (002 §25 stk. 5-6)
    EXPECT_FALSE(window.document()->mayEditSomeUnit());
    EXPECT_FALSE(window.assetsView()->newAssetAction()->isEnabled());
}
