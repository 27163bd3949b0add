// SPDX-License-Identifier: EUPL-1.2
// Issue 5, audit trail: the GUI shows the history of one object -- an asset, a risk line, an
// assessment, a measure -- from where the object is, and every change made in the window names the
// person the user said they are (Settings > Your name) beside the OS user.
#include "UiTestSupport.h"

#include "assets/AssetsView.h"
#include "mainwindow/HistoryDialog.h"
#include "mainwindow/HistoryModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NoticeBar.h"
#include "plan/ActionPlanModel.h"
#include "plan/ActionPlanView.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gtest/gtest.h>

#include <algorithm>

using namespace trygg;
using namespace trygg::ui;

namespace {

class ObjectHistoryTest : public ::testing::Test {
protected:
    ObjectHistoryTest()
    {
        path = demoDocument(dir, 20, 60)->path();
        EXPECT_TRUE(window.openFile(path));
        window.show();
    }

    // The entries of the history dialog the window has open, oldest first; closes the dialog.
    std::vector<AuditEntry> takeShownHistory(QString *title = nullptr)
    {
        const QList<HistoryDialog *> dialogs = window.findChildren<HistoryDialog *>();
        EXPECT_EQ(dialogs.size(), 1);
        if (dialogs.isEmpty())
            return {};
        HistoryDialog *dialog = dialogs.front();
        EXPECT_TRUE(dialog->isVisible());
        if (title)
            *title = dialog->windowTitle();
        std::vector<AuditEntry> entries = static_cast<HistoryModel *>(dialog->filterModel()->sourceModel())->entries();
        delete dialog;
        std::reverse(entries.begin(), entries.end()); // the dialog shows the newest first
        return entries;
    }

    TempDir dir;
    QString path;
    MainWindow window;
};

// The setting is the user's (of ui_tests): put back what was there.
class SavedSetting {
public:
    explicit SavedSetting(const QString &key) : m_key(key), m_value(QSettings().value(key)) {}
    ~SavedSetting()
    {
        if (m_value.isValid())
            QSettings().setValue(m_key, m_value);
        else
            QSettings().remove(m_key);
    }

private:
    QString m_key;
    QVariant m_value;
};

void expectOnlyObject(const std::vector<AuditEntry> &entries, const std::string &type, Id id)
{
    ASSERT_FALSE(entries.empty());
    for (const AuditEntry &entry : entries) {
        EXPECT_EQ(entry.objectType, type);
        EXPECT_EQ(entry.objectId.value_or(0), id);
    }
}

} // namespace

TEST_F(ObjectHistoryTest, HistoryOfOneAssetFromTheAssetRegister)
{
    RegisterDocument *document = window.document();
    Asset asset = document->data().assets.front();
    const std::string oldName = asset.name;
    asset.name = "Omdøpt system";
    ASSERT_TRUE(document->editAsset(asset));

    window.showPage(MainWindow::Page::Assets);
    AssetsView *assets = window.assetsView();
    assets->table()->clearSelection();
    EXPECT_FALSE(assets->historyAction()->isEnabled()); // nothing selected
    assets->selectAsset(asset.id);
    ASSERT_TRUE(assets->historyAction()->isEnabled());
    // On the toolbar and in the table's right-click menu.
    EXPECT_TRUE(assets->table()->actions().contains(assets->historyAction()));
    EXPECT_EQ(assets->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    assets->historyAction()->trigger();

    QString title;
    const std::vector<AuditEntry> entries = takeShownHistory(&title);
    EXPECT_TRUE(title.contains(QStringLiteral("Omdøpt system")));
    expectOnlyObject(entries, "asset", asset.id);
    EXPECT_EQ(entries.front().action, "create");
    bool renamed = false;
    for (const AuditEntry &entry : entries)
        renamed |= entry.field == "name" && entry.oldValue == oldName && entry.newValue == "Omdøpt system";
    EXPECT_TRUE(renamed);
}

TEST_F(ObjectHistoryTest, HistoryOfOneLineAndOfTheAssessmentFromTheRiskForm)
{
    RegisterDocument *document = window.document();
    Risk risk = document->data().risks.front();
    window.showPage(MainWindow::Page::Risks);
    RiskFormView *form = window.riskFormView();
    form->showAssessment(risk.assessmentId);
    // Typed into the form, as a user would.
    const int row = form->model()->rowOf(risk.id);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(form->model()->setData(form->model()->index(row, RiskFormModel::ThreatColumn),
                                       QStringLiteral("Strømbrudd i serverrommet")));

    form->table()->selectRow(row);
    ASSERT_TRUE(form->lineHistoryAction()->isEnabled());
    EXPECT_TRUE(form->table()->actions().contains(form->lineHistoryAction()));
    form->lineHistoryAction()->trigger();
    const std::vector<AuditEntry> lines = takeShownHistory();
    expectOnlyObject(lines, "risk", risk.id);
    EXPECT_EQ(lines.back().field, "threat");
    EXPECT_EQ(lines.back().newValue.value_or(""), "Strømbrudd i serverrommet");

    // Two lines selected: whose history would it be?
    form->table()->selectAll();
    EXPECT_FALSE(form->lineHistoryAction()->isEnabled());

    ASSERT_TRUE(form->assessmentHistoryButton()->isEnabled());
    form->assessmentHistoryButton()->click();
    expectOnlyObject(takeShownHistory(), "assessment", risk.assessmentId);
}

TEST_F(ObjectHistoryTest, HistoryOfOneMeasureFromTheActionPlan)
{
    RegisterDocument *document = window.document();
    ASSERT_FALSE(document->data().measures.empty());
    Measure measure = document->data().measures.front();
    measure.followUp = "Fulgt opp i ledermøtet";
    ASSERT_TRUE(document->editMeasure(measure));

    window.showPage(MainWindow::Page::Plan);
    ActionPlanView *plan = window.planView();
    plan->selectMeasure(measure.id);
    ASSERT_TRUE(plan->historyButton()->isEnabled());
    plan->historyButton()->click();
    const std::vector<AuditEntry> entries = takeShownHistory();
    expectOnlyObject(entries, "measure", measure.id);
    EXPECT_EQ(entries.back().field, "follow_up");
    EXPECT_EQ(entries.back().newValue.value_or(""), "Fulgt opp i ledermøtet");
}

TEST_F(ObjectHistoryTest, AnEditInTheWindowNamesThePersonSetInSettings)
{
    const SavedSetting saved(QStringLiteral("actingPerson"));
    ASSERT_TRUE(window.setActingPerson(QStringLiteral("  Kari Nordmann ")));
    EXPECT_EQ(window.actingPerson(), QStringLiteral("Kari Nordmann"));

    RegisterDocument *document = window.document();
    const Risk risk = document->data().risks.front();
    window.showPage(MainWindow::Page::Risks);
    RiskFormView *form = window.riskFormView();
    form->showAssessment(risk.assessmentId);
    const int row = form->model()->rowOf(risk.id);
    ASSERT_TRUE(form->model()->setData(form->model()->index(row, RiskFormModel::ThreatColumn),
                                       QStringLiteral("Endret av Kari")));

    const std::vector<AuditEntry> entries =
        RegisterFile::open(path.toStdString(), RegisterFile::Access::ReadOnly).history();
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().newValue.value_or(""), "Endret av Kari");
    EXPECT_EQ(entries.back().person, "Kari Nordmann");
    EXPECT_FALSE(entries.back().osUser.empty());

    // A name the core refuses is not kept, and the window says why.
    EXPECT_FALSE(window.setActingPerson(QString(600, QLatin1Char('x'))));
    EXPECT_TRUE(window.notice()->text().contains(QStringLiteral("too long")));
    EXPECT_EQ(window.actingPerson(), QStringLiteral("Kari Nordmann"));

    // The setting holds for the next register opened, too.
    TempDir other;
    const QString second = demoDocument(other, 5, 5)->path();
    ASSERT_TRUE(window.openFile(second));
    Asset asset = window.document()->data().assets.front();
    asset.notes = "Kontrollert";
    ASSERT_TRUE(window.document()->editAsset(asset));
    EXPECT_EQ(window.document()->file().history().back().person, "Kari Nordmann");

    // Cleared: changes name no person.
    ASSERT_TRUE(window.setActingPerson(QString()));
    asset.notes = "Kontrollert igjen";
    ASSERT_TRUE(window.document()->editAsset(asset));
    EXPECT_EQ(window.document()->file().history().back().person, "");
}
