// SPDX-License-Identifier: EUPL-1.2
// Issue 13 item 1: a date is typed into an empty field by keyboard alone, Tab moves on, F4 or Alt+Down opens
// the calendar on the date shown or today, and Escape with changes asks before throwing them away.
#include "UiTestSupport.h"

#include "common/DateField.h"
#include "common/DomainTexts.h"
#include "common/Today.h"
#include "plan/DeadlineEdit.h"
#include "plan/MeasureDialog.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

TEST(DateField, ReadsTheUsualWaysOfWritingADate)
{
    EXPECT_EQ(DateField::parse(QStringLiteral("31.01.2027")), QDate(2027, 1, 31));
    EXPECT_EQ(DateField::parse(QStringLiteral("31.1.27")), QDate(2027, 1, 31));
    EXPECT_EQ(DateField::parse(QStringLiteral("2027-01-31")), QDate(2027, 1, 31));
    EXPECT_EQ(DateField::parse(QStringLiteral(" 31/1/2027 ")), QDate(2027, 1, 31));
    EXPECT_EQ(DateField::parse(QStringLiteral("31-01-2027")), QDate(2027, 1, 31));
    EXPECT_EQ(DateField::parse(QStringLiteral("20270131")), QDate(2027, 1, 31));
    EXPECT_EQ(DateField::parse(QStringLiteral("3.2")), QDate(todayQDate().year(), 2, 3));
    EXPECT_FALSE(DateField::parse(QStringLiteral("31.02.2027")));
    EXPECT_FALSE(DateField::parse(QStringLiteral("Ingen frist")));
    EXPECT_FALSE(DateField::parse(QString()));
}

TEST(DateField, OneFormatPerLanguage)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    EXPECT_EQ(dateText(Date{2026, 12, 6}), QStringLiteral("06.12.2026"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    EXPECT_EQ(dateText(Date{2026, 12, 6}), QStringLiteral("06.12.2026"));
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    EXPECT_EQ(dateText(Date{2026, 12, 6}), QStringLiteral("2026-12-06"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(dateText(Date{2026, 12, 6}), QStringLiteral("2026-12-06")); // never dd/MM/yyyy
    DateField field;
    field.setDate(QDate(2026, 12, 6));
    EXPECT_EQ(field.text(), QStringLiteral("2026-12-06"));
    QLocale::setDefault(before);
}

TEST(DateField, ADeadlineIsTypedIntoAnEmptyFieldAndTabMovesOn)
{
    TempDir dir;
    auto document = demoDocument(dir);
    Measure measure;
    measure.assessmentId = document->data().assessments.front().id;
    MeasureDialog dialog(document.get(), measure);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *deadline = dialog.findChild<DeadlineEdit *>();
    ASSERT_NE(deadline, nullptr);
    EXPECT_TRUE(deadline->text().isEmpty());
    EXPECT_FALSE(deadline->placeholderText().isEmpty()); // "No deadline"
    EXPECT_FALSE(deadline->deadline().isValid());

    deadline->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), deadline);
    QTest::keyClicks(deadline, QStringLiteral("31.1.27"));
    QTest::keyClick(deadline, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), deadline); // Tab never gets stuck
    EXPECT_EQ(deadline->deadline(), QDate(2027, 1, 31));
    EXPECT_EQ(deadline->text(), QLocale().toString(QDate(2027, 1, 31), dateFormat()));

    // ISO too, after clearing it by keyboard.
    deadline->setFocus();
    deadline->selectAll();
    QTest::keyClick(deadline, Qt::Key_Backspace);
    EXPECT_FALSE(deadline->deadline().isValid());
    QTest::keyClicks(deadline, QStringLiteral("2027-02-28"));
    EXPECT_EQ(deadline->deadline(), QDate(2027, 2, 28));

    // Text that is no date is refused, not taken: the field says so.
    deadline->selectAll();
    QTest::keyClicks(deadline, QStringLiteral("31.02.2027"));
    EXPECT_FALSE(deadline->hasValidInput());
    EXPECT_FALSE(deadline->deadline().isValid());
}

TEST(DateField, F4AndAltDownOpenTheCalendarOnTheShownDateOrToday)
{
    DeadlineEdit field;
    field.show();
    field.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&field));
    QTest::keyClick(&field, Qt::Key_F4);
    ASSERT_NE(field.calendar(), nullptr);
    EXPECT_TRUE(field.calendar()->isVisible());
    EXPECT_EQ(field.calendar()->selectedDate(), todayQDate());
    EXPECT_EQ(field.calendar()->monthShown(), todayQDate().month());
    // Enter in the calendar takes the date.
    QWidget *days = field.calendar()->findChild<QAbstractItemView *>();
    ASSERT_NE(days, nullptr);
    QTest::keyClick(days, Qt::Key_Right);
    QTest::keyClick(days, Qt::Key_Return);
    EXPECT_FALSE(field.calendar()->isVisible());
    EXPECT_EQ(field.deadline(), todayQDate().addDays(1));

    field.setDeadline(QDate(2028, 6, 15));
    field.setFocus();
    QTest::keyClick(&field, Qt::Key_Down, Qt::AltModifier);
    EXPECT_TRUE(field.calendar()->isVisible());
    EXPECT_EQ(field.calendar()->selectedDate(), QDate(2028, 6, 15));
    EXPECT_EQ(field.calendar()->yearShown(), 2028);
    QTest::keyClick(field.calendar()->findChild<QAbstractItemView *>(), Qt::Key_Escape);
}

TEST(DateField, EscapeInADialogWithChangesAsksFirst)
{
    TempDir dir;
    auto document = demoDocument(dir);
    Measure measure;
    measure.assessmentId = document->data().assessments.front().id;
    MeasureDialog dialog(document.get(), measure);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    // Without changes Escape simply closes.
    EXPECT_FALSE(dialog.hasChanges());

    auto *deadline = dialog.findChild<DeadlineEdit *>();
    deadline->setFocus();
    QTest::keyClicks(deadline, QStringLiteral("31.01.2027"));
    EXPECT_TRUE(dialog.hasChanges());
    int asked = 0;
    auto answer = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(button)->click();
            }
        });
    };
    answer(QMessageBox::Cancel);
    QTest::keyClick(deadline, Qt::Key_Escape);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(dialog.isVisible()); // kept
    EXPECT_EQ(deadline->deadline(), QDate(2027, 1, 31));
    answer(QMessageBox::Discard);
    QTest::keyClick(deadline, Qt::Key_Escape);
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

// Issue 15: a measure set to done in the dialog shows the day it was done, today unless another is given, and
// stores it; set back to planned, the field goes and so does the day.
TEST(DateField, AMeasureSetToDoneShowsAndStoresTheDayItWasDone)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const auto planned = std::find_if(document->data().measures.begin(), document->data().measures.end(),
                                      [](const Measure &m) { return m.status == MeasureStatus::Planned; });
    ASSERT_NE(planned, document->data().measures.end());
    const Id id = planned->id;
    auto editOnce = [&](MeasureStatus status, const QDate &day) {
        MeasureDialog dialog(document.get(), *RegisterData::findById(document->data().measures, id));
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        DateField *completed = nullptr;
        for (DateField *field : dialog.findChildren<DateField *>())
            if (!qobject_cast<DeadlineEdit *>(field))
                completed = field;
        QComboBox *statusBox = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->count() == MeasureStatusCount && box->findData(static_cast<int>(MeasureStatus::Done)) >= 0)
                statusBox = box;
        if (!completed || !statusBox) {
            ADD_FAILURE() << "no completion field or status";
            return QDate();
        }
        const QDate shownBefore = completed->isVisible() ? completed->date() : QDate();
        statusBox->setCurrentIndex(statusBox->findData(static_cast<int>(status)));
        EXPECT_EQ(completed->isVisible(), status == MeasureStatus::Done);
        if (status == MeasureStatus::Done && !shownBefore.isValid()) {
            EXPECT_EQ(completed->date(), todayQDate()); // done now: today
        }
        if (day.isValid())
            completed->setDate(day);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        return completed->date();
    };
    editOnce(MeasureStatus::Done, QDate(2026, 11, 20));
    EXPECT_EQ(RegisterData::findById(document->data().measures, id)->completed, (Date{2026, 11, 20}));
    editOnce(MeasureStatus::Planned, QDate());
    EXPECT_FALSE(RegisterData::findById(document->data().measures, id)->completed);
    document->undoStack()->undo();
    EXPECT_EQ(RegisterData::findById(document->data().measures, id)->completed, (Date{2026, 11, 20}));
}
