// SPDX-License-Identifier: EUPL-1.2
// Issue 16, a register on a PostgreSQL server, edited by many at once: others' changes followed every second
// (the server's notice of each commit, then only what changed), what the server lets the user do, and a lost
// connection: read-only, a new connection tried every few seconds, the register read again once it is back.
// The core decides all of it (edit/Edit.h, storage/ServerAccess.h); the document only keeps the window in step.
#include "RegisterDocument.h"

#include "common/Translations.h"
#include "model/Error.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"
#include "storage/SqlConnection.h"

#include <QApplication>
#include <QDateTime>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <thread>

namespace trygg::ui {

struct ReconnectProbe {
    std::atomic<bool> done{false};
    std::atomic<bool> reached{false};
};

namespace {
constexpr int FollowMilliseconds = 1000; // others' changes shown within two seconds (issue 16)
constexpr int ProbeEveryMilliseconds = 3000;
constexpr int ReconnectPollMilliseconds = 250;

// Connects to `address` on a connection of its own, in a thread of its own that shares only the probe.
std::shared_ptr<ReconnectProbe> startProbe(const std::string &address)
{
    auto probe = std::make_shared<ReconnectProbe>();
    std::thread([probe, address] {
        try {
            connectTo(address, SqlConnection::Mode::ReadOnly);
            probe->reached = true;
        } catch (...) {
            // Not yet: the next probe asks again.
        }
        probe->done = true;
    }).detach();
    return probe;
}
} // namespace

void RegisterDocument::startFollowing()
{
    m_onServer = isServerAddress(m_file->path());
    askAccess();
    if (!m_onServer) {
        m_access.everything = true;
        m_access.readsAll = true;
        return;
    }
    m_follow = new QTimer(this);
    m_follow->setInterval(FollowMilliseconds);
    connect(m_follow, &QTimer::timeout, this, &RegisterDocument::followOthers);
    m_follow->start();
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(ReconnectPollMilliseconds);
    connect(m_reconnect, &QTimer::timeout, this, &RegisterDocument::reconnect);
}

void RegisterDocument::askAccess()
{
    if (!isServerAddress(m_file->path()))
        return;
    m_access = server::access(m_file->database());
    m_databaseUser = QString::fromStdString(m_file->trailUser());
}

QString RegisterDocument::location() const
{
    return QString::fromStdString(addressWithoutPassword(m_file->path()));
}

bool RegisterDocument::mayChangeAnything() const
{
    return m_access.mayEdit(std::nullopt) || !m_access.editUnits.empty() || m_access.mayApprove();
}

bool RegisterDocument::mayEdit(std::optional<Id> unit) const
{
    return !readOnly() && m_access.mayEdit(unit);
}

bool RegisterDocument::mayEditSomeUnit() const
{
    return !readOnly() && (m_access.mayEdit(std::nullopt) || !m_access.editUnits.empty());
}

bool RegisterDocument::mayEditMeasure(Id measureId) const
{
    const Measure *measure = RegisterData::findById(m_data.measures, measureId);
    const RiskAssessment *assessment =
        measure ? RegisterData::findById(m_data.assessments, measure->assessmentId) : nullptr;
    return assessment && mayEdit(assessment->unitId);
}

QString RegisterDocument::readOnlyReason() const
{
    if (m_offline)
        return tr("The connection to the server is lost: the register is read-only until it is back; nothing was "
                  "changed.");
    if (!m_file->readOnly() && !mayChangeAnything())
        return tr("The server lets the database user %1 read this register, not change it; nothing was changed.")
            .arg(m_databaseUser);
    return tr("The register is open read-only; nothing was changed.");
}

void RegisterDocument::followOthers()
{
    // While a dialog edits a record as it was shown, the document keeps that version, so that saving it over
    // someone else's change since is refused (EditConflict) rather than taken as made on the fresh values; the
    // server's notice waits, and others' changes are shown once the dialog is closed.
    if (m_offline || QApplication::activeModalWidget())
        return;
    try {
        if (!m_file->othersChanged())
            return;
        OthersChanges changes = changesByOthers(*m_file, m_data, m_trailEntry);
        if (changes.empty())
            return;
        if (changes.matrices) { // a new matrix version: the register is read again
            reloadAll();
            emit othersEdited(static_cast<int>(changes.edit.records.size()) + 1);
            return;
        }
        mirrorEdit(m_data, changes.edit);
        if (changes.reviewRules) {
            m_data.reviewRules = std::move(*changes.reviewRules);
            emit recordChanged(RecordKind::Register, 0);
        }
        announce(changes.edit);
        emit othersEdited(static_cast<int>(changes.edit.records.size()) + (changes.reviewRules ? 1 : 0));
    } catch (const ConnectionLost &error) {
        loseConnection(errorText(error));
    } catch (const std::exception &error) {
        // A statement timeout, say: the notice stays taken, and the next one reads from where this began.
        emit editFailed(tr("Could not read the changes others made: %1").arg(errorText(error)));
    }
}

void RegisterDocument::loseConnection(const QString &message)
{
    const bool first = !m_offline;
    m_offline = true;
    if (m_reconnect && !m_reconnect->isActive())
        m_reconnect->start();
    if (first)
        emit connectionLost(message);
}

bool RegisterDocument::reconnect()
{
    if (!m_offline)
        return true;
    if (!m_probe) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_probeStarted != 0 && now - m_probeStarted < ProbeEveryMilliseconds)
            return false;
        m_probeStarted = now;
        m_probe = startProbe(m_address.empty() ? m_file->path() : m_address);
        return false;
    }
    if (!m_probe->done)
        return false;
    const bool reached = m_probe->reached;
    m_probe.reset();
    if (!reached)
        return false; // still away: the notice already says so
    try {
        m_file->reconnect();
        askAccess();
        reloadAll();
    } catch (const std::exception &) {
        return false; // gone again meanwhile: the next probe asks again
    }
    m_offline = false;
    m_probeStarted = 0;
    if (m_reconnect)
        m_reconnect->stop();
    emit connectionRestored();
    return true;
}

void RegisterDocument::reloadAll()
{
    const Id entry = m_file->lastTrailEntry();
    m_data = m_file->load();
    m_trailEntry = entry;
    emit reloaded();
    for (RecordKind kind :
         {RecordKind::Register, RecordKind::Unit, RecordKind::Person, RecordKind::Asset, RecordKind::Assessment,
          RecordKind::Risk, RecordKind::Measure, RecordKind::Document, RecordKind::Review, RecordKind::Acceptance,
          RecordKind::Approval, RecordKind::Incident, RecordKind::Exception})
        emit recordsReset(kind);
}

} // namespace trygg::ui
