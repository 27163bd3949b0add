// SPDX-License-Identifier: EUPL-1.2
// The window on a register on a PostgreSQL server (issue 16): opening one by its address, what the server lets
// the user do shown in the status bar, others' changes noted, and the connection lost and back.
#include "MainWindow.h"

#include "NoticeBar.h"
#include "RecentFiles.h"
#include "ServerDialog.h"
#include "TrailNotice.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"

#include "storage/Connect.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace trygg::ui {

namespace {

QString dutyName(server::Duty duty)
{
    switch (duty) {
    case server::Duty::SectionLeader: return MainWindow::tr("Section leader");
    case server::Duty::SecurityOfficer: return MainWindow::tr("Security officer");
    case server::Duty::Management: return MainWindow::tr("Management");
    case server::Duty::Reader: return MainWindow::tr("Reader");
    }
    return {};
}

// The units named by `ids`, each once: those whose parent is among them go with it (a section's sub-units).
QStringList topUnits(const RegisterData &data, const std::vector<Id> &ids)
{
    QStringList names;
    for (const OrgUnit &unit : data.units) {
        const bool listed = std::find(ids.begin(), ids.end(), unit.id) != ids.end();
        const bool underListed = unit.parentId && std::find(ids.begin(), ids.end(), *unit.parentId) != ids.end();
        if (listed && !underListed)
            names << toQString(unit.name);
    }
    return names;
}

} // namespace

bool MainWindow::openServer(const QString &address)
{
    const QString shown = QString::fromStdString(addressWithoutPassword(address.trimmed().toStdString()));
    try {
        setDocument(RegisterDocument::open(address.trimmed()));
    } catch (const std::exception &error) {
        showError(tr("Could not open %1: %2").arg(shown, errorText(error)));
        return false;
    }
    m_recent->add(shown);
    ServerDialog::remember(shown);
    if (m_document->readOnly())
        m_notice->showMessage(
            NoticeBar::Kind::Information,
            tr("The server lets %1 read this register, not change it.").arg(m_document->databaseUser()), true);
    // The trail's check compares every entry with every object: a user the server shows only some units of
    // would see the rest as removed behind Trygg's back.
    if (m_document->access().readsAll)
        TrailNotice::show(m_trailNotice, this, m_document->file(), shown);
    return true;
}

void MainWindow::openServerRegister()
{
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openServer(dialog.address());
}

QString MainWindow::startFolder() const
{
    if (m_document && !m_document->onServer())
        return QFileInfo(m_document->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::updateAccess()
{
    if (!m_document || !m_document->onServer()) {
        m_accessLabel->clear();
        m_accessLabel->setToolTip(QString());
        return;
    }
    const server::Access &access = m_document->access();
    QString text;
    if (access.everything || !access.duty) {
        text = tr("Owner: everything");
    } else {
        const QString duty = dutyName(*access.duty);
        const std::vector<Id> &units =
            *access.duty == server::Duty::SectionLeader ? access.editUnits : access.readUnits;
        const QStringList names = access.readsAll && *access.duty != server::Duty::SectionLeader
                                      ? QStringList()
                                      : topUnits(m_document->data(), units);
        text = names.isEmpty() ? duty : tr("%1: %2").arg(duty, names.join(QStringLiteral(", ")));
    }
    m_accessLabel->setText(text);
    m_accessLabel->setToolTip(
        tr("What the server lets the database user %1 do in this register").arg(m_document->databaseUser()));
}

void MainWindow::refreshPages()
{
    const int page = m_navigation->currentRow();
    rebuildPages();
    m_navigation->setCurrentRow(page);
    updateTitle();
}

void MainWindow::showConnectionLost(const QString &message)
{
    // The core's message (the address, what was being done, the server's words) is for whoever looks closer.
    m_connectionNotice->showMessage(
        NoticeBar::Kind::Warning,
        tr("The connection to the server was lost; the register is read-only until it is back; trying again..."),
        false);
    m_connectionNotice->setToolTip(message);
    refreshPages();
}

void MainWindow::showConnectionRestored()
{
    m_connectionNotice->showMessage(
        NoticeBar::Kind::Information,
        tr("The connection to the server is back: the register shows what is stored now, and changes are saved "
           "again."),
        true);
    m_connectionNotice->setToolTip(QString());
    refreshPages();
    updateAccess();
}

void MainWindow::showOthersEdited(int records)
{
    statusBar()->showMessage(tr("%n record(s) changed by others", nullptr, records), 5000);
}

} // namespace trygg::ui
