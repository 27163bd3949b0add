// SPDX-License-Identifier: EUPL-1.2
// Issue 16: the window answers a server that asks for a password in a dialog (ui/common/ServerPassword.h);
// a connection made off the window's thread (the check whether the server is back) never opens a dialog and
// uses the password last given for that address.
#include "common/ServerPassword.h"
#include "storage/Connect.h"

#include <QApplication>
#include <QInputDialog>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <thread>

namespace {

std::optional<std::string> askedOffTheWindowsThread(const std::string &address)
{
    std::optional<std::string> answer;
    std::thread([&] { answer = trygg::passwordPrompt()(address); }).join();
    return answer;
}

TEST(ServerPasswordPrompt, TheWindowAsksInADialogAndOtherThreadsUseWhatWasGiven)
{
    trygg::ui::installServerPasswordPrompt();
    const std::string address = "postgresql://db.kommune.no/risiko";
    EXPECT_FALSE(askedOffTheWindowsThread(address)) << "no dialog off the window's thread, and nothing given yet";

    QString shown;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        shown = dialog->labelText();
        EXPECT_EQ(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(QStringLiteral("Hemmelig-ord-1"));
        dialog->accept();
    });
    EXPECT_EQ(trygg::passwordPrompt()(address), "Hemmelig-ord-1");
    EXPECT_TRUE(shown.contains(QString::fromStdString(address))) << shown.toStdString();
    EXPECT_EQ(askedOffTheWindowsThread(address), "Hemmelig-ord-1");
    EXPECT_FALSE(askedOffTheWindowsThread("postgresql://db.kommune.no/annen"));

    // Cancelled: no password, and the connection is refused saying one is needed.
    QTimer::singleShot(0, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    EXPECT_FALSE(trygg::passwordPrompt()(address));
    trygg::setPasswordPrompt(nullptr);
}

} // namespace
