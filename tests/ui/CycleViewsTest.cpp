// SPDX-License-Identifier: EUPL-1.2
// Issue 6 in the window: the sign-off dialog, the Incidents page and its editor with the 72-hour flag, approved
// exceptions, and File > Combine registers. The Due page's own tests are in DuePageTest.cpp.
#include "../core/TestClock.h"
#include "UiTestSupport.h"

#include "combine/CombineConflictsDialog.h"
#include "common/DateField.h"
#include "common/DateTimeField.h"
#include "common/Today.h"
#include "common/Translations.h"
#include "cycle/DueModel.h"
#include "cycle/ExceptionDialog.h"
#include "cycle/ExceptionModel.h"
#include "cycle/IncidentDialog.h"
#include "cycle/IncidentModel.h"
#include "cycle/IncidentsView.h"
#include "cycle/SignOffDialog.h"
#include "exchange/CsvExport.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NoticeBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCalendarWidget>
#include <QTest>
#include <QTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

int rowOf(const DueModel &model, DueItem::Kind kind, const std::string &type)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.item(row).kind == kind && model.item(row).objectType == type)
            return row;
    return -1;
}

class CycleViewsTest : public ::testing::Test {
protected:
    CycleViewsTest() : document(demoDocument(dir, 20, 60, "no", false)) {}
    TempDir dir;
    std::unique_ptr<RegisterDocument> document;
};

} // namespace

TEST_F(CycleViewsTest, SignOffDialogAsksForWhatEachNeeds)
{
    SignOffDialog dialog(SignOffDialog::Mode::Acceptance, QStringLiteral("Tyveri av PC"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.whoEdit()->setText(QStringLiteral("Rådmann"));
    EXPECT_FALSE(ok->isEnabled()); // no justification yet
    dialog.textEdit()->setPlainText(QStringLiteral("Kostnad"));
    EXPECT_TRUE(ok->isEnabled());
    dialog.expiresEdit()->setDate(todayQDate());
    EXPECT_FALSE(ok->isEnabled()); // must run past today
}

// Issue 19: the sign-off dialog's date goes at most a day ahead (the register refuses more).
TEST_F(CycleViewsTest, SignOffDialogDateGoesAtMostADayAhead_Issue19)
{
    SignOffDialog dialog(SignOffDialog::Mode::Approval, QStringLiteral("ROS 2026"));
    dialog.whoEdit()->setText(QStringLiteral("Rådmann"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.dateEdit()->setDate(todayQDate().addYears(36));
    EXPECT_FALSE(ok->isEnabled()); // a date years ahead is refused, not taken
    dialog.dateEdit()->setDate(todayQDate().addDays(1));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.date(), Clock::todayLocal().addDays(1));
}

TEST_F(CycleViewsTest, IncidentsAreAddedEditedAndDeleted)
{
    IncidentsView view(document.get());
    QAbstractItemModelTester tester(view.model(), Fatal);
    EXPECT_EQ(view.model()->rowCount(), 0);
    const Id asset = document->data().assets.front().id;
    QTimer::singleShot(0, [asset] {
        auto *dialog = qobject_cast<IncidentDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->discoveredEdit()->setDateTime(nowQDateTime().addSecs(-3600));
        dialog->reportedByEdit()->setText(QStringLiteral("Ola"));
        dialog->typeChoice()->setCurrentIndex(static_cast<int>(IncidentType::PersonalDataBreach));
        dialog->severityChoice()->setCurrentIndex(static_cast<int>(Severity::High));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Elevliste sendt til feil mottaker"));
        EXPECT_TRUE(dialog->deadlineLabel()->text().contains(QStringLiteral("72")))
            << dialog->deadlineLabel()->text().toStdString();
        for (int row = 0; row < dialog->assetList()->count(); ++row)
            if (dialog->assetList()->item(row)->data(Qt::UserRole).toLongLong() == asset)
                dialog->assetList()->item(row)->setCheckState(Qt::Checked);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    ASSERT_TRUE(view.addIncident());
    ASSERT_EQ(document->data().incidents.size(), 1u);
    const Incident &added = document->data().incidents[0];
    EXPECT_EQ(added.type, IncidentType::PersonalDataBreach);
    EXPECT_EQ(added.assetIds, std::vector<Id>{asset});
    EXPECT_EQ(view.model()->rowCount(), 1);
    EXPECT_TRUE(view.model()
                    ->data(view.model()->index(0, IncidentModel::AuthorityColumn))
                    .toString()
                    .startsWith(QStringLiteral("Tell by")));
    // The breach is on the Due list until the authority is told.
    DueModel due(document.get());
    EXPECT_GE(rowOf(due, DueItem::Kind::Notification, "incident"), 0);

    view.table()->selectRow(0);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<IncidentDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->statusChoice()->setCurrentIndex(static_cast<int>(IncidentStatus::Closed));
        dialog->notifiedCheck()->setChecked(true);
        dialog->notifiedEdit()->setDateTime(nowQDateTime());
        EXPECT_EQ(dialog->deadlineLabel()->text(), QStringLiteral("Told within 72 hours."));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    ASSERT_TRUE(view.editIncident());
    EXPECT_EQ(document->data().incidents[0].status, IncidentStatus::Closed);
    EXPECT_TRUE(document->file().load().incidents[0].authorityNotified);
    EXPECT_EQ(rowOf(due, DueItem::Kind::Notification, "incident"), -1);

    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        box->button(QMessageBox::Yes)->click();
    });
    ASSERT_TRUE(view.removeIncident());
    EXPECT_EQ(view.model()->rowCount(), 0);
    document->undoStack()->undo();
    EXPECT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(document->file().load().incidents.size(), 1u);
}

TEST_F(CycleViewsTest, IncidentDialogRefusesAnIncompleteIncident)
{
    IncidentDialog dialog(document.get(), Incident{});
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.reportedByEdit()->setText(QStringLiteral("Ola"));
    EXPECT_FALSE(ok->isEnabled());
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Virus"));
    EXPECT_TRUE(ok->isEnabled());
    dialog.notifiedCheck()->setChecked(true);
    dialog.notifiedEdit()->setDateTime(dialog.discoveredEdit()->dateTime().addDays(-1));
    EXPECT_FALSE(ok->isEnabled());
}

// Issue 19: incidents are refused more than a day in the future (the core checks it); the dialog's time
// editors do not go past it. The test clock stands at 2026-12-01 10:00 UTC (11:00 in the test zone or not:
// the editors show the user's wall clock, as toWallClock does).
TEST_F(CycleViewsTest, TheIncidentDialogTakesNoTimeMoreThanADayAhead)
{
    IncidentDialog dialog(document.get(), Incident{});
    const QDateTime latest = wallClockQDateTime(Clock::toLocal(Clock::utcAt(Clock::nowSeconds() + 24 * 60 * 60)));
    for (DateTimeField *edit : {dialog.discoveredEdit(), dialog.notifiedEdit()}) {
        EXPECT_EQ(edit->maximumDateTime(), latest);
        EXPECT_TRUE(edit->toolTip().contains(QStringLiteral("At most a day ahead")));
    }
    dialog.discoveredEdit()->setDateTime(latest.addYears(36)); // a mistyped 2062
    EXPECT_EQ(dialog.discoveredEdit()->dateTime(), latest);
    dialog.reportedByEdit()->setText(QStringLiteral("Ola"));
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Virus"));
    const std::optional<Id> added = document->addIncident(dialog.incident());
    EXPECT_TRUE(added) << "the latest time the editor takes is one the core takes";
}

// Issue 13: the incident's times are typed as any date field's ("24.11.26", ISO, "24.11.2026"; F4 opens the
// calendar on the date shown), with the time of day beside it, Tab going from the date to the time. A date
// that is none, or more than a day ahead, is marked and not taken. The test clock stands at 2026-12-01.
TEST_F(CycleViewsTest, TheIncidentDialogTakesADateTypedByKeyboard_Issue13)
{
    IncidentDialog dialog(document.get(), Incident{});
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    dialog.reportedByEdit()->setText(QStringLiteral("Ola"));
    dialog.descriptionEdit()->setPlainText(QStringLiteral("Virus"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    DateField *date = dialog.discoveredEdit()->dateField();
    for (const QString &typed : {QStringLiteral("24.11.26"), QStringLiteral("2026-11-24"), QStringLiteral("24.11.2026")}) {
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, typed);
        EXPECT_EQ(dialog.discoveredEdit()->dateTime().date(), QDate(2026, 11, 24)) << typed.toStdString();
        EXPECT_TRUE(ok->isEnabled()) << typed.toStdString();
    }
    QTest::keyClick(date, Qt::Key_Tab);
    EXPECT_TRUE(dialog.discoveredEdit()->timeEdit()->hasFocus());
    EXPECT_EQ(date->text(), QStringLiteral("2026-11-24")); // shown again in the language's one format
    dialog.discoveredEdit()->timeEdit()->setTime(QTime(9, 30));
    EXPECT_EQ(dialog.incident().discovered, Clock::toUtc(DateTime{{2026, 11, 24}, 9, 30}));

    for (const QString &typed : {QStringLiteral("31.02.2026"), QStringLiteral("01.01.27")}) {
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, typed);
        EXPECT_FALSE(ok->isEnabled()) << typed.toStdString();
        EXPECT_FALSE(dialog.discoveredEdit()->hasValidInput()) << typed.toStdString();
    }
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("24.11.26"));
    QTest::keyClick(date, Qt::Key_F4);
    ASSERT_NE(date->calendar(), nullptr);
    EXPECT_TRUE(date->calendar()->isVisible());
    EXPECT_EQ(date->calendar()->selectedDate(), QDate(2026, 11, 24));
    date->calendar()->hide();
}

// GDPR art. 33 (72 hours) in the window: the dialog shows and takes the user's wall-clock time while the
// incident holds UTC instants, so a breach discovered on the Saturday before the clocks go back
// (Europe/Copenhagen, 2026-10-25) is to be told by 09:00 on the Tuesday, 72 real hours later, and the same
// wall-clock time comes back unchanged through the dialog.
TEST_F(CycleViewsTest, TheIncidentDialogShowsAndTakesWallClockTimeAroundADaylightSavingChange_GdprArt33)
{
    auto clock = std::make_shared<FixedClock>(DateTime{{2026, 10, 25}, 12, 0}, centralEuropeanZone());
    const ScopedClock copenhagen(clock);
    Incident breach;
    breach.discovered = DateTime{{2026, 10, 24}, 8, 0}; // UTC: 10:00 CEST
    breach.reportedBy = "Ola";
    breach.type = IncidentType::PersonalDataBreach;
    breach.description = "Elevliste sendt til feil mottaker";
    const std::optional<Id> added = document->addIncident(breach);
    ASSERT_TRUE(added);
    breach.id = *added;
    {
        IncidentDialog dialog(document.get(), document->data().incidents.front());
        EXPECT_EQ(dialog.discoveredEdit()->text(), QStringLiteral("2026-10-24 10:00"));
        EXPECT_TRUE(dialog.deadlineLabel()->text().contains(QStringLiteral("2026-10-27 09:00")))
            << dialog.deadlineLabel()->text().toStdString();
        EXPECT_EQ(dialog.incident().discovered, breach.discovered) << "unchanged through the dialog";
    }
    {
        // Told on the Tuesday, entered on the Wednesday: the dialog takes no time more than a day ahead.
        clock->set(DateTime{{2026, 10, 28}, 12, 0});
        IncidentDialog dialog(document.get(), document->data().incidents.front());
        dialog.notifiedCheck()->setChecked(true);
        dialog.notifiedEdit()->setDateTime(wallClockQDateTime(DateTime{{2026, 10, 27}, 9, 30}));
        ASSERT_TRUE(dialog.incident().notifiedAt);
        EXPECT_EQ(*dialog.incident().notifiedAt, (DateTime{{2026, 10, 27}, 8, 30})); // CET: UTC + 1
        EXPECT_EQ(dialog.deadlineLabel()->text(), QStringLiteral("Told after more than 72 hours."));
        clock->set(DateTime{{2026, 10, 25}, 12, 0});
    }
    // The list shows wall-clock time too.
    IncidentModel model(document.get());
    const int row = model.rowOf(breach.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row, IncidentModel::DiscoveredColumn)).toString(),
              QStringLiteral("2026-10-24 10:00"));
    EXPECT_EQ(model.data(model.index(row, IncidentModel::AuthorityColumn)).toString(),
              QStringLiteral("Tell by 2026-10-27 09:00"));

    // Spring: entered as 10:00 CET on Saturday 2026-03-28, to be told by 11:00 CEST on the Tuesday.
    clock->set(DateTime{{2026, 3, 28}, 12, 0});
    IncidentDialog spring(document.get(), Incident{});
    spring.discoveredEdit()->setDateTime(wallClockQDateTime(DateTime{{2026, 3, 28}, 10, 0}));
    spring.typeChoice()->setCurrentIndex(static_cast<int>(IncidentType::PersonalDataBreach));
    EXPECT_EQ(spring.incident().discovered, (DateTime{{2026, 3, 28}, 9, 0}));
    EXPECT_TRUE(spring.deadlineLabel()->text().contains(QStringLiteral("2026-03-31 11:00")))
        << spring.deadlineLabel()->text().toStdString();
}

// 002 §27 in the window: File > Combine registers.
TEST(CombineInWindow, CombinesSectionsAndShowsConflicts)
{
    TempDir dir;
    std::vector<QString> sections;
    for (const char *unit : {"Skole", "NAV"}) {
        const std::string path = dir.file(std::string(unit) + ".trygg");
        RegisterFile file = RegisterFile::create(path, "no", unit);
        const Id ikt = file.addUnit({0, "IKT", std::nullopt});
        Asset visma;
        visma.name = "Visma";
        visma.unitId = ikt;
        visma.purpose = unit == std::string("Skole") ? "Lønn" : "Lønn og reiser";
        file.addAsset(visma);
        Asset own;
        own.name = std::string("Fagsystem ") + unit;
        file.addAsset(own);
        sections.push_back(QString::fromStdString(path));
    }
    const QString combined = QString::fromStdString(dir.file("kommune.trygg"));
    RegisterFile::create(combined.toStdString(), "no", "Kommune");
    MainWindow window;
    ASSERT_TRUE(window.openFile(combined));
    window.show();
    ASSERT_TRUE(window.combineRegisters({sections[0], sections[1]}));
    EXPECT_EQ(window.document()->data().assets.size(), 3u);
    EXPECT_FALSE(window.notice()->isHidden());
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("1 conflict")))
        << window.notice()->text().toStdString();
    auto *dialog = window.findChild<CombineConflictsDialog *>(QStringLiteral("combineConflicts"));
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->table()->rowCount(), 1);
    EXPECT_EQ(dialog->table()->item(0, CombineConflictsDialog::KindColumn)->text(), QStringLiteral("Asset"));
    EXPECT_EQ(dialog->table()->item(0, CombineConflictsDialog::SectionColumn)->text(), QStringLiteral("NAV"));
    dialog->close();

    // A register cannot be combined into itself: nothing changes, and the notice says why.
    EXPECT_FALSE(window.combineRegisters({combined}));
    EXPECT_EQ(window.document()->data().assets.size(), 3u);
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("Nothing was combined")));

    // Issue 19: a copy of Skole's file (the same register id) from another file is combined only as a new
    // section, when the user says so; cancelled, nothing is combined.
    const QString copy = QString::fromStdString(dir.file("Skole-kopi.trygg"));
    ASSERT_TRUE(QFile::copy(sections[0], copy));
    {
        RegisterFile file = RegisterFile::open(copy.toStdString());
        Asset own;
        own.name = "Fagsystem SFO";
        file.addAsset(own);
    }
    auto answerWhenAsked = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_TRUE(box);
            EXPECT_EQ(box->objectName(), QStringLiteral("combineAsNewSection"));
            EXPECT_TRUE(box->text().contains(QStringLiteral("has the same register id as")))
                << box->text().toStdString();
            box->button(button)->click();
        });
    };
    answerWhenAsked(QMessageBox::Cancel);
    EXPECT_FALSE(window.combineRegisters({copy}));
    EXPECT_EQ(window.document()->data().assets.size(), 3u);
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("has the same register id as")))
        << window.notice()->text().toStdString();
    answerWhenAsked(QMessageBox::Yes);
    EXPECT_TRUE(window.combineRegisters({copy}));
    EXPECT_EQ(window.document()->data().assets.size(), 4u); // Fagsystem SFO; Skole's own stays
    EXPECT_TRUE(window.document()->file().findAsset(std::nullopt, "Fagsystem Skole").has_value());
}

// 002 §7 stk. 4: the register of approved exceptions, on the Incidents page.
TEST_F(CycleViewsTest, ApprovedExceptionsAreAddedEditedAndDeleted)
{
    IncidentsView view(document.get());
    QAbstractItemModelTester tester(view.exceptionModel(), Fatal);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ExceptionDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_FALSE(ok->isEnabled());
        dialog->ruleEdit()->setText(QStringLiteral("002 §12 stk. 6: stedfortræder"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("Lite system"));
        dialog->approvedByEdit()->setText(QStringLiteral("Direktionen"));
        dialog->untilEdit()->setDate(todayQDate().addYears(-1));
        EXPECT_FALSE(ok->isEnabled()); // runs out before it was approved
        dialog->untilEdit()->setDate(todayQDate().addDays(10));
        ok->click();
    });
    ASSERT_TRUE(view.addException());
    ASSERT_EQ(document->data().exceptions.size(), 1u);
    EXPECT_EQ(view.exceptionModel()->rowCount(), 1);
    EXPECT_EQ(document->data().exceptions[0].validUntil, Clock::todayLocal().addDays(10));
    DueModel due(document.get());
    EXPECT_GE(rowOf(due, DueItem::Kind::Exception, "exception"), 0); // runs out within 30 days

    view.exceptionTable()->selectRow(0);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ExceptionDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->untilCheck()->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    ASSERT_TRUE(view.editException());
    EXPECT_FALSE(document->file().load().exceptions[0].validUntil);
    EXPECT_EQ(view.exceptionModel()->data(view.exceptionModel()->index(0, ExceptionModel::ValidUntilColumn)),
              QStringLiteral("Until revoked"));
    ASSERT_TRUE(view.removeException());
    EXPECT_EQ(view.exceptionModel()->rowCount(), 0);
    document->undoStack()->undo();
    EXPECT_EQ(view.exceptionModel()->rowCount(), 1);
}

// Issue 11: the conflicts of a combine in a table (kind, name, section, score, reason), each resolved in the
// window by the core; what is resolved there, a later combine (the CLI's, say) does not raise again.
TEST(CombineInWindow, ConflictsAreResolvedRowByRowAndRemembered_Issue11)
{
    TempDir dir;
    std::vector<std::string> sections;
    for (const char *unit : {"Skole", "NAV"}) {
        sections.push_back(dir.file(std::string(unit) + ".trygg"));
        RegisterFile file = RegisterFile::create(sections.back(), "no", unit);
        const Id ikt = file.addUnit({0, "IKT", std::nullopt});
        const Id own = file.addUnit({0, unit, std::nullopt});
        Asset visma;
        visma.name = "Visma";
        visma.unitId = ikt;
        visma.purpose = std::string("Lønn i ") + unit;
        const Id vismaId = file.addAsset(visma);
        Asset system;
        system.name = "Fagsystem";
        system.unitId = own;
        system.purpose = std::string("Saksbehandling i ") + unit;
        file.addAsset(system);
        RiskAssessment assessment;
        assessment.name = "ROS";
        assessment.date = Date{2025, 3, 1};
        const Id assessmentId = file.addAssessment(assessment);
        Risk risk;
        risk.assessmentId = assessmentId;
        risk.assetId = vismaId;
        risk.threat = "Nedetid";
        risk.probability = unit == std::string("Skole") ? 2 : 4;
        risk.consequence = 3;
        file.addRisk(risk);
    }
    const QString combined = QString::fromStdString(dir.file("kommune.trygg"));
    RegisterFile::create(combined.toStdString(), "no", "Kommune");
    {
        MainWindow window;
        ASSERT_TRUE(window.openFile(combined));
        window.show();
        ASSERT_TRUE(
            window.combineRegisters({QString::fromStdString(sections[0]), QString::fromStdString(sections[1])}));
        auto *dialog = window.findChild<CombineConflictsDialog *>(QStringLiteral("combineConflicts"));
        ASSERT_TRUE(dialog);
        QTableWidget *table = dialog->table();
        ASSERT_EQ(table->rowCount(), 2); // NAV's Visma and NAV's line about it, in the one assessment without unit
        int assetRow = -1;
        int riskRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            EXPECT_EQ(table->item(row, CombineConflictsDialog::SectionColumn)->text(), QStringLiteral("NAV"));
            (table->item(row, CombineConflictsDialog::KindColumn)->text() == QStringLiteral("Asset") ? assetRow
                                                                                                     : riskRow) = row;
        }
        ASSERT_GE(assetRow, 0);
        ASSERT_GE(riskRow, 0);
        EXPECT_EQ(table->item(riskRow, CombineConflictsDialog::NameColumn)->text(), QStringLiteral("Nedetid"));
        EXPECT_EQ(table->item(riskRow, CombineConflictsDialog::ScoreColumn)->text(), QStringLiteral("12 / 6"));
        EXPECT_TRUE(
            table->item(assetRow, CombineConflictsDialog::ReasonColumn)->text().contains(QStringLiteral("Skole")));

        // Nothing selected: nothing to resolve.
        EXPECT_FALSE(dialog->resolveButton(CombineResolution::Section)->isEnabled());
        table->selectRow(assetRow);
        ASSERT_TRUE(dialog->resolveButton(CombineResolution::Section)->isEnabled());
        dialog->resolveButton(CombineResolution::Section)->click();
        EXPECT_FALSE(table->item(assetRow, CombineConflictsDialog::ResolutionColumn)->text().isEmpty());
        EXPECT_FALSE(dialog->resolveButton(CombineResolution::Section)->isEnabled()); // resolved
        table->selectRow(riskRow);
        dialog->resolveButton(CombineResolution::Both)->click();
        EXPECT_TRUE(dialog->errorLabel()->isHidden());

        // The pages show it at once: NAV's Visma, and both lines.
        const RegisterData &data = window.document()->data();
        const Asset *visma = data.assets.empty() ? nullptr : &data.assets[0];
        for (const Asset &asset : data.assets)
            if (asset.name == "Visma")
                visma = &asset;
        ASSERT_NE(visma, nullptr);
        EXPECT_EQ(visma->purpose, "Lønn i NAV");
        EXPECT_EQ(data.risks.size(), 2u);
        EXPECT_FALSE(window.document()->undoStack()->canUndo());
    }
    RegisterFile file = RegisterFile::open(combined.toStdString());
    const std::string before = exportRisksCsv(file.load()) + exportAssetsCsv(file.load());
    const CombineSummary again = combineRegisters(file, sections);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.created + again.updated + again.removed, 0);
    EXPECT_EQ(exportRisksCsv(file.load()) + exportAssetsCsv(file.load()), before);
}


// Issue 13: one date format per language, the incidents' times too: "24.10.2026 10:00" in Danish, as the
// exceptions on the same page.
TEST_F(CycleViewsTest, IncidentTimesAreWrittenInTheLanguagesDateFormat_Issue13)
{
    auto clock = std::make_shared<FixedClock>(DateTime{{2026, 10, 25}, 12, 0}, centralEuropeanZone());
    const ScopedClock copenhagen(clock);
    Incident breach;
    breach.discovered = DateTime{{2026, 10, 24}, 8, 0}; // UTC: 10:00 CEST
    breach.reportedBy = "Ola";
    breach.description = "Virus";
    const std::optional<Id> added = document->addIncident(breach);
    ASSERT_TRUE(added);
    ASSERT_TRUE(switchLanguage(QStringLiteral("da")));
    IncidentModel model(document.get());
    const QString shown = model.data(model.index(model.rowOf(*added), IncidentModel::DiscoveredColumn)).toString();
    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(shown, QStringLiteral("24.10.2026 10:00"));
}
