// SPDX-License-Identifier: EUPL-1.2
// Issue 13 ("Escape in a dialog with changes asks first"): every dialog that edits something closes at once on
// Escape while nothing was changed; with a change Escape asks, "Keep editing" leaves it open as it is and
// "Discard" closes it. One mechanism (common/EditDialog) serves them all.
#include "UiTestSupport.h"

#include "assets/AssetEditorDialog.h"
#include "common/EditDialog.h"
#include "cycle/ExceptionDialog.h"
#include "cycle/IncidentDialog.h"
#include "cycle/ReviewRulesDialog.h"
#include "cycle/SignOffDialog.h"
#include "mainwindow/NewRegisterDialog.h"
#include "mainwindow/RegisterInfoDialog.h"
#include "matrix/MatrixEditorDialog.h"
#include "plan/MeasureDialog.h"
#include "risks/RiskFormView.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace trygg;
using namespace trygg::ui;

namespace {

// Answers every question box shown while it lives with `answer`, counting them.
class BoxAnswerer : public QObject {
public:
    BoxAnswerer() { qApp->installEventFilter(this); }
    ~BoxAnswerer() override { qApp->removeEventFilter(this); }

    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int asked = 0;
    QString keepText;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = qobject_cast<QMessageBox *>(watched);
        if (!box || event->type() != QEvent::Show)
            return false;
        ++asked;
        if (QAbstractButton *keep = box->button(QMessageBox::Cancel))
            keepText = keep->text();
        const QMessageBox::StandardButton chosen = answer;
        QTimer::singleShot(0, box, [box, chosen] { box->button(chosen)->click(); });
        return false;
    }
};

// Types a letter into the dialog's first text field, or steps its first number or date.
bool changeSomething(QWidget *dialog)
{
    for (QLineEdit *line : dialog->findChildren<QLineEdit *>()) {
        if (!line->isVisible() || !line->isEnabled() || line->isReadOnly() ||
            qobject_cast<QAbstractSpinBox *>(line->parentWidget()) || qobject_cast<QComboBox *>(line->parentWidget()))
            continue;
        line->setFocus();
        QTest::keyClicks(line, QStringLiteral("x"));
        return true;
    }
    for (QAbstractSpinBox *spin : dialog->findChildren<QAbstractSpinBox *>())
        if (spin->isVisible() && spin->isEnabled()) {
            spin->setFocus();
            spin->stepBy(1);
            return true;
        }
    return false;
}

void pressEscape(QWidget *dialog)
{
    QWidget *focus = dialog->focusWidget();
    QTest::keyClick(focus && dialog->isAncestorOf(focus) ? focus : dialog, Qt::Key_Escape);
}

// Opens the dialog twice by `openModal` (which runs it modally): unchanged, Escape closes it without a
// question; changed, Escape asks, "Keep editing" keeps it open, "Discard" closes it.
void expectEscapeAsksOnlyWithChanges(const char *name, const std::function<void()> &openModal)
{
    SCOPED_TRACE(name);
    BoxAnswerer boxes;
    bool closedAtOnce = false;
    QTimer::singleShot(0, [&] {
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        ASSERT_TRUE(dialog);
        pressEscape(dialog);
        closedAtOnce = !dialog || !dialog->isVisible();
        if (dialog && dialog->isVisible())
            dialog->hide(); // ends the run; the expectation below fails
    });
    openModal();
    EXPECT_TRUE(closedAtOnce);
    EXPECT_EQ(boxes.asked, 0);

    bool changed = false;
    bool keptOpen = false;
    bool closedAfterDiscard = false;
    QTimer::singleShot(0, [&] {
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        ASSERT_TRUE(dialog);
        changed = changeSomething(dialog);
        boxes.answer = QMessageBox::Cancel;
        pressEscape(dialog);
        keptOpen = dialog && dialog->isVisible();
        boxes.answer = QMessageBox::Discard;
        if (dialog)
            pressEscape(dialog);
        closedAfterDiscard = !dialog || !dialog->isVisible();
        if (dialog && dialog->isVisible())
            dialog->hide();
    });
    openModal();
    ASSERT_TRUE(changed) << "the dialog has a field to change";
    EXPECT_EQ(boxes.asked, 2);
    EXPECT_EQ(boxes.keepText, QStringLiteral("Keep editing"));
    EXPECT_TRUE(keptOpen);
    EXPECT_TRUE(closedAfterDiscard);
}

class EditDialogsTest : public ::testing::Test {
protected:
    EditDialogsTest() : document(demoDocument(dir, 12, 30)) {}
    TempDir dir;
    std::unique_ptr<RegisterDocument> document;
};

} // namespace

TEST_F(EditDialogsTest, EscapeAsksFirstInEveryDialogWithChanges_Issue13)
{
    RegisterDocument *doc = document.get();
    const RegisterData &data = doc->data();
    ASSERT_FALSE(data.assets.empty());
    expectEscapeAsksOnlyWithChanges("asset (new)", [doc] { AssetEditorDialog(doc, std::nullopt).exec(); });
    const Id asset = data.assets.front().id;
    expectEscapeAsksOnlyWithChanges("asset (edit)", [doc, asset] { AssetEditorDialog(doc, asset).exec(); });
    Measure measure;
    measure.assessmentId = data.assessments.front().id;
    expectEscapeAsksOnlyWithChanges("measure", [doc, measure] { MeasureDialog(doc, measure).exec(); });
    expectEscapeAsksOnlyWithChanges("incident", [doc] { IncidentDialog(doc, Incident{}).exec(); });
    RuleException exception;
    exception.rule = "Passord skal byttes hver 90. dag";
    expectEscapeAsksOnlyWithChanges("exception", [doc, exception] { ExceptionDialog(doc, exception).exec(); });
    for (SignOffDialog::Mode mode :
         {SignOffDialog::Mode::Review, SignOffDialog::Mode::Acceptance, SignOffDialog::Mode::Approval})
        expectEscapeAsksOnlyWithChanges("review, acceptance or approval",
                                        [mode] { SignOffDialog(mode, QStringLiteral("Visma Flyt Skole")).exec(); });
    expectEscapeAsksOnlyWithChanges("review rules", [&data] {
        ReviewRulesDialog(data.reviewRules, data.currentMatrix()).exec();
    });
    expectEscapeAsksOnlyWithChanges("register settings", [doc] { RegisterInfoDialog(doc).exec(); });
    expectEscapeAsksOnlyWithChanges("risk matrix", [doc] { MatrixEditorDialog(doc).exec(); });
    const QString folder = QString::fromStdString(dir.path().string());
    expectEscapeAsksOnlyWithChanges("new register", [folder] { NewRegisterDialog(folder).exec(); });
    RiskFormView form(doc);
    expectEscapeAsksOnlyWithChanges("assessment", [&form] { form.editAssessment(); });
    expectEscapeAsksOnlyWithChanges("unit, policy document or your name", [] {
        askForText(nullptr, QStringLiteral("New unit"), QStringLiteral("Name of the new unit:"));
    });
}

// The assessment is left as it was when its dialog is thrown away.
TEST_F(EditDialogsTest, DiscardingKeepsTheStoredRecord_Issue13)
{
    RiskFormView form(document.get());
    ASSERT_TRUE(form.assessmentId());
    const std::string name = RegisterData::findById(document->data().assessments, form.assessmentId())->name;
    expectEscapeAsksOnlyWithChanges("assessment", [&form] { form.editAssessment(); });
    EXPECT_EQ(RegisterData::findById(document->data().assessments, form.assessmentId())->name, name);
}
