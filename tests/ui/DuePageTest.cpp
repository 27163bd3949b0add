// SPDX-License-Identifier: EUPL-1.2
// Issue 6 in the window: the Due page and its sign-offs (reviews, acceptances, approvals), the review
// rules and policy documents it edits; issue 13: its sorting, filters, search and empty state.
#include "UiTestSupport.h"

#include "common/Today.h"
#include "cycle/DueModel.h"
#include "cycle/DueView.h"
#include "cycle/ReviewRulesDialog.h"
#include "cycle/SignOffDialog.h"
#include "mainwindow/MainWindow.h"
#include "overview/OverviewView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Fills the sign-off dialog that is about to open and presses OK.
void signOffWhenShown(const QString &who, const QString &text = QString())
{
    QTimer::singleShot(0, [who, text] {
        auto *dialog = qobject_cast<SignOffDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->whoEdit()->setText(who);
        dialog->roleEdit()->setText(QStringLiteral("rådmann"));
        dialog->textEdit()->setPlainText(text);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

int rowOf(const DueModel &model, DueItem::Kind kind, const std::string &type)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.item(row).kind == kind && model.item(row).objectType == type)
            return row;
    return -1;
}

class DuePageTest : public ::testing::Test {
protected:
    DuePageTest() : document(demoDocument(dir, 20, 60, "no", false)) {}
    TempDir dir;
    std::unique_ptr<RegisterDocument> document;
};

} // namespace

TEST_F(DuePageTest, DueListsOverdueFirstAndFollowsTheWindow)
{
    DueView view(document.get());
    view.show(); // computed while its page shows
    QAbstractItemModelTester tester(view.model(), Fatal);
    DueModel *model = view.model();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->columnCount(), DueModel::ColumnCount);
    const int overdue = model->overdueCount();
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->item(row).state == DueState::Overdue, row < overdue) << row;
    const int within30 = model->rowCount();
    view.windowChoice()->setCurrentIndex(2); // 365 days
    EXPECT_EQ(model->withinDays(), 365);
    EXPECT_GE(model->rowCount(), within30);
    EXPECT_FALSE(model->data(model->index(0, DueModel::WhatColumn)).toString().isEmpty());
}

TEST_F(DuePageTest, RecordingAReviewTakesItOffTheListAndUndoPutsItBack)
{
    DueView view(document.get());
    view.show(); // computed while its page shows
    DueModel *model = view.model();
    model->setWithinDays(3660); // every asset is due some time in ten years
    const int row = rowOf(*model, DueItem::Kind::Review, "asset");
    ASSERT_GE(row, 0);
    const Id asset = *model->item(row).objectId;
    view.table()->selectRow(row);
    ASSERT_TRUE(view.reviewButton()->isEnabled());
    EXPECT_FALSE(view.acceptButton()->isEnabled());
    signOffWhenShown(QStringLiteral("Kari Nordmann"), QStringLiteral("Gjennomgått"));
    ASSERT_TRUE(view.recordReview());
    ASSERT_EQ(document->data().reviews.size(), 1u);
    EXPECT_EQ(document->data().reviews[0].objectId, asset);
    EXPECT_EQ(document->data().reviews[0].reviewer, "Kari Nordmann");
    EXPECT_EQ(document->data().reviews[0].date, Clock::todayLocal());
    // Reviewed today: due again in a year at the soonest (zones may bring it forward, not to today).
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r).kind == DueItem::Kind::Review && model->item(r).objectId == asset) {
            EXPECT_GT(*model->item(r).due, Clock::todayLocal());
        }
    document->undoStack()->undo();
    EXPECT_TRUE(document->data().reviews.empty());
    EXPECT_TRUE(document->file().load().reviews.empty());
}

TEST_F(DuePageTest, AcceptingAResidualRiskAndApprovingThePlan)
{
    DueView view(document.get());
    view.show(); // computed while its page shows
    DueModel *model = view.model();
    int row = rowOf(*model, DueItem::Kind::Acceptance, "risk");
    ASSERT_GE(row, 0) << "the demo has residual risks above the acceptance line";
    const Id risk = *model->item(row).objectId;
    view.table()->selectRow(row);
    ASSERT_TRUE(view.acceptButton()->isEnabled());
    signOffWhenShown(QStringLiteral("Rådmann Berg"), QStringLiteral("Tiltaket er for dyrt i år"));
    ASSERT_TRUE(view.acceptRisk());
    ASSERT_EQ(document->data().acceptances.size(), 1u);
    EXPECT_EQ(document->data().acceptances[0].riskId, risk);
    EXPECT_EQ(document->data().acceptances[0].expires, Clock::todayLocal().addMonths(12));
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_FALSE(model->item(r).kind == DueItem::Kind::Acceptance && model->item(r).objectId == risk);

    // Approve the whole register's plan, then change a deadline: the approval is outdated.
    QTimer::singleShot(0, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(input);
        input->setTextValue(input->comboBoxItems().front());
        signOffWhenShown(QStringLiteral("Kommunestyret"));
        input->accept();
    });
    ASSERT_TRUE(view.approvePlan());
    ASSERT_EQ(document->data().approvals.size(), 1u);
    EXPECT_FALSE(document->data().approvals[0].objectId);
    EXPECT_EQ(rowOf(*model, DueItem::Kind::Approval, "plan"), -1);
    Measure measure = document->data().measures.front();
    measure.deadline = Date{2031, 1, 1};
    ASSERT_TRUE(document->editMeasure(measure));
    row = rowOf(*model, DueItem::Kind::Approval, "plan");
    ASSERT_GE(row, 0);
    view.table()->selectRow(row);
    ASSERT_TRUE(view.approveButton()->isEnabled());
    signOffWhenShown(QStringLiteral("Kommunestyret"));
    ASSERT_TRUE(view.approveAgain());
    EXPECT_EQ(rowOf(*model, DueItem::Kind::Approval, "plan"), -1);
}

TEST_F(DuePageTest, ReviewRulesAreEditedFromTheDuePage)
{
    DueView view(document.get());
    view.show(); // computed while its page shows
    view.model()->setWithinDays(3660);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ReviewRulesDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_EQ(dialog->ruleEdit(ReviewKind::Assessment)->text(), QStringLiteral("odd-year"));
        dialog->ruleEdit(ReviewKind::Asset)->setText(QStringLiteral("every spring"));
        EXPECT_FALSE(ok->isEnabled());
        dialog->ruleEdit(ReviewKind::Asset)->setText(QStringLiteral("yearly:04-30"));
        dialog->ruleEdit(ReviewKind::Assessment)->setText(QStringLiteral("even-year-q1"));
        dialog->zoneDays(2)->setValue(30);
        dialog->zoneDays(1)->setValue(0); // no limit
        ok->click();
    });
    ASSERT_TRUE(view.editRules());
    const RegisterData &data = document->data();
    EXPECT_EQ(data.info.reviewRule, "even-year-q1");
    EXPECT_EQ(data.reviewRules.rule(ReviewKind::Asset), "yearly:04-30");
    EXPECT_EQ(data.reviewRules.zoneDays, (std::map<int, int>{{2, 30}}));
    const ReviewRules stored = document->file().reviewRules();
    EXPECT_EQ(stored.rule(ReviewKind::Asset), "yearly:04-30");
    EXPECT_EQ(stored.zoneDays, data.reviewRules.zoneDays);
    // The due list follows at once: an asset never reviewed is now due by 30 April.
    const int row = rowOf(*view.model(), DueItem::Kind::Review, "asset");
    ASSERT_GE(row, 0);
}

// The overview leads to the Due page.
TEST(DuePageInWindow, TheOverviewLinksToTheDuePage)
{
    TempDir dir;
    const QString path = demoDocument(dir, 20, 60)->path();
    MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    window.show();
    window.overview()->refresh();
    QLabel *dueLink = nullptr;
    for (QLabel *candidate : window.overview()->findChildren<QLabel *>())
        if (candidate->text().contains(QStringLiteral("href=\"due\"")))
            dueLink = candidate;
    ASSERT_TRUE(dueLink);
    EXPECT_TRUE(dueLink->text().contains(QStringLiteral("overdue in the yearly cycle")));
    emit dueLink->linkActivated(QStringLiteral("due"));
    EXPECT_EQ(window.findChild<QStackedWidget *>()->currentWidget(), window.dueView());
}

// A hidden Due page does not compute the list on every edit, and is up to date when shown again.
TEST_F(DuePageTest, AHiddenDuePageCatchesUpWhenShown)
{
    DueView view(document.get());
    view.show();
    view.model()->setWithinDays(3660);
    const int row = rowOf(*view.model(), DueItem::Kind::Review, "asset");
    ASSERT_GE(row, 0);
    const DueItem item = view.model()->item(row);
    const int rows = view.model()->rowCount();
    view.hide();
    ASSERT_TRUE(document->addReview({0, ReviewKind::Asset, *item.objectId, Clock::todayLocal(), "Kari", ""}));
    EXPECT_EQ(view.model()->rowCount(), rows); // not computed while hidden
    view.show();
    bool reviewShown = false;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        if (view.model()->item(r).kind == DueItem::Kind::Review && view.model()->item(r).objectType == "asset" &&
            view.model()->item(r).objectId == item.objectId)
            reviewShown =
                view.model()->item(r).detail.english() == "last reviewed " + Clock::todayLocal().toIso() + " by Kari";
    EXPECT_TRUE(reviewShown);
}

// Policy documents are reviewed on their own rule; deleting one takes its reviews, undo brings both back.
TEST_F(DuePageTest, PolicyDocumentsAreAddedReviewedAndDeleted)
{
    DueView view(document.get());
    view.show();
    view.model()->setWithinDays(3660);
    QTimer::singleShot(0, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(input);
        input->setTextValue(QStringLiteral("Informasjonssikkerhetspolicy"));
        input->accept();
    });
    ASSERT_TRUE(view.addPolicyDocument());
    ASSERT_EQ(document->data().documents.size(), 1u);
    const Id policy = document->data().documents[0].id;
    const int row = rowOf(*view.model(), DueItem::Kind::Review, "policy");
    ASSERT_GE(row, 0);
    EXPECT_EQ(view.model()->item(row).due, Clock::todayLocal().addMonths(12)); // the no preset: yearly
    view.table()->selectRow(row);
    signOffWhenShown(QStringLiteral("Rådmann"));
    ASSERT_TRUE(view.recordReview());
    ASSERT_EQ(document->data().reviews.size(), 1u);

    ASSERT_TRUE(document->removePolicyDocument(policy));
    EXPECT_TRUE(document->data().documents.empty());
    EXPECT_TRUE(document->data().reviews.empty());
    EXPECT_EQ(rowOf(*view.model(), DueItem::Kind::Review, "policy"), -1);
    document->undoStack()->undo();
    EXPECT_EQ(document->data().documents.size(), 1u);
    EXPECT_EQ(document->data().reviews.size(), 1u);
    EXPECT_EQ(document->file().load().reviews.size(), 1u);
}

// Issue 13 item 8: the Due page sorts by every column, filters by kind, unit and state, searches, and every
// line names its unit or the whole register.
TEST_F(DuePageTest, DuePageSortsFiltersAndSearches_Issue13)
{
    DueView view(document.get());
    view.show(); // computed while its page shows
    DueModel *model = view.model();
    model->setWithinDays(3660);
    QSortFilterProxyModel *filter = view.filter();
    ASSERT_GT(model->rowCount(), 3);
    ASSERT_EQ(filter->rowCount(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_FALSE(model->index(row, DueModel::UnitColumn).data().toString().isEmpty()) << row;

    auto column = [&](int col, int role) {
        QStringList values;
        for (int row = 0; row < filter->rowCount(); ++row)
            values << filter->index(row, col).data(role).toString();
        return values;
    };
    view.table()->sortByColumn(DueModel::WhatColumn, Qt::DescendingOrder);
    const QStringList what = column(DueModel::WhatColumn, DueModel::SortRole);
    for (int row = 1; row < what.size(); ++row)
        EXPECT_GE(QString::localeAwareCompare(what[row - 1], what[row]), 0) << row;
    view.table()->sortByColumn(DueModel::DueColumn, Qt::AscendingOrder);
    const QStringList due = column(DueModel::DueColumn, DueModel::SortRole);
    for (int row = 1; row < due.size(); ++row)
        EXPECT_LE(due[row - 1], due[row]) << row;
    // The selected line is the model's line, whatever the order.
    view.table()->selectRow(0);
    const int sourceRow = filter->mapToSource(filter->index(0, 0)).row();
    EXPECT_EQ(view.reviewButton()->isEnabled(), model->item(sourceRow).kind == DueItem::Kind::Review &&
                                                    model->item(sourceRow).objectType != "unit");

    const int reviews = view.kindChoice()->findData(static_cast<int>(DueItem::Kind::Review));
    ASSERT_GT(reviews, 0);
    view.kindChoice()->setCurrentIndex(reviews);
    EXPECT_GT(filter->rowCount(), 0);
    EXPECT_LT(filter->rowCount(), model->rowCount());
    for (const QString &kind : column(0, DueModel::KindRole))
        EXPECT_EQ(kind.toInt(), static_cast<int>(DueItem::Kind::Review));
    view.kindChoice()->setCurrentIndex(0);

    view.stateChoice()->setCurrentIndex(view.stateChoice()->findData(static_cast<int>(DueState::Overdue)));
    EXPECT_EQ(filter->rowCount(), model->overdueCount());
    view.stateChoice()->setCurrentIndex(0);

    const Id unit = document->data().units.front().id;
    view.unitChoice()->setCurrentIndex(view.unitChoice()->findData(static_cast<qlonglong>(unit)));
    EXPECT_GT(filter->rowCount(), 0);
    for (const QString &id : column(0, DueModel::UnitRole))
        EXPECT_EQ(id.toLongLong(), unit);
    view.unitChoice()->setCurrentIndex(0);

    const QString name = model->index(0, DueModel::ObjectColumn).data().toString();
    view.searchEdit()->setText(name);
    EXPECT_GT(filter->rowCount(), 0);
    EXPECT_TRUE(column(DueModel::ObjectColumn, Qt::DisplayRole).contains(name));
    view.searchEdit()->setText(QStringLiteral("no task is called this"));
    EXPECT_EQ(filter->rowCount(), 0);
    EXPECT_TRUE(view.emptyLabel()->isVisible());
    EXPECT_TRUE(view.emptyLabel()->text().contains(QStringLiteral("filter")));
    view.searchEdit()->clear();
    EXPECT_FALSE(view.emptyLabel()->isVisible());
}

// Issue 13 item 8: an empty list says what "nothing due" covers instead of showing a blank table.
TEST(DueViewEmpty, AnEmptyListSaysWhatNothingDueCovers)
{
    TempDir dir;
    const std::string path = dir.file("empty.trygg");
    RegisterFile::create(path, "no", "Tom kommune");
    auto document = RegisterDocument::open(QString::fromStdString(path));
    DueView view(document.get());
    view.show();
    ASSERT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.emptyLabel()->isVisible());
    EXPECT_FALSE(view.table()->isVisible());
    EXPECT_TRUE(view.emptyLabel()->text().contains(QStringLiteral("Nothing is overdue")));
    EXPECT_TRUE(view.emptyLabel()->text().contains(QStringLiteral("not scored")));
}

// Issue 13 item 7: the accept dialog says what is accepted (line, asset, unit, score, zone) and offers the
// last approver and role again.
TEST_F(DuePageTest, AcceptDialogShowsWhatIsAcceptedAndPrefillsTheLastSigner_Issue13)
{
    DueView view(document.get());
    view.show(); // computed while its page shows
    DueModel *model = view.model();
    int row = rowOf(*model, DueItem::Kind::Acceptance, "risk");
    ASSERT_GE(row, 0);
    view.table()->selectRow(row);
    signOffWhenShown(QStringLiteral("Rådmann Berg"), QStringLiteral("Tiltaket er for dyrt i år"));
    ASSERT_TRUE(view.acceptRisk());

    row = rowOf(*model, DueItem::Kind::Acceptance, "risk");
    ASSERT_GE(row, 0) << "the demo has more than one residual risk above the line";
    const Risk *risk = RegisterData::findById(document->data().risks, *model->item(row).objectId);
    ASSERT_NE(risk, nullptr);
    view.table()->selectRow(row);
    QString who;
    QString role;
    QString shown;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<SignOffDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        who = dialog->whoEdit()->text();
        role = dialog->roleEdit()->text();
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            shown += label->text() + QLatin1Char('\n');
        dialog->reject();
    });
    EXPECT_FALSE(view.acceptRisk());
    EXPECT_EQ(who, QStringLiteral("Rådmann Berg"));
    EXPECT_EQ(role, QStringLiteral("rådmann"));
    EXPECT_TRUE(shown.contains(QString::fromStdString(risk->threat))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("score"))) << shown.toStdString();
    const std::string unit = document->data().unitName(document->data().unitOf(*risk));
    EXPECT_TRUE(shown.contains(QString::fromStdString(unit))) << shown.toStdString();
}
