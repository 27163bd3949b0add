// SPDX-License-Identifier: EUPL-1.2
#include "common/ServerPassword.h"

#include "storage/Connect.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QThread>

#include <map>
#include <mutex>
#include <string>

namespace trygg::ui {

void installServerPasswordPrompt()
{
    setPasswordPrompt([](const std::string &address) -> std::optional<std::string> {
        static std::mutex mutex;
        static std::map<std::string, std::string> given; // by address: for the connections off the window's thread
        if (QThread::currentThread() != QCoreApplication::instance()->thread()) {
            const std::lock_guard lock(mutex);
            const auto found = given.find(address);
            return found == given.end() ? std::nullopt : std::optional<std::string>(found->second);
        }
        bool ok = false;
        const QString password = QInputDialog::getText(
            QApplication::activeWindow(), QCoreApplication::translate("trygg::ui::ServerPassword", "Password"),
            QCoreApplication::translate("trygg::ui::ServerPassword",
                                        "The server asks for the password of the database user:\n%1")
                .arg(QString::fromStdString(address)),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        const std::lock_guard lock(mutex);
        return given[address] = password.toStdString();
    });
}

} // namespace trygg::ui
