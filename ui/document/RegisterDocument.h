// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "combine/Combine.h"
#include "edit/Edit.h"
#include "exchange/CsvImport.h"
#include "model/RegisterData.h"
#include "storage/ServerAccess.h"
#include "storage/WriteLock.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QUndoStack;

namespace trygg {
class RegisterFile;
}

namespace trygg::ui {

class DocumentCommand;
struct ReconnectProbe;

// In the order of the core's Record (edit/Edit.h).
enum class RecordKind {
    Register,
    Unit,
    Person,
    Asset,
    Assessment,
    Risk,
    Measure,
    // The yearly cycle (issue 6).
    Document,
    Review,
    Acceptance,
    Approval,
    Incident,
    Exception,
};

// One open register: the file, its content in memory, and the undo stack of its edits.
//
// Every edit goes through here: it is written to the file at once (one transaction), mirrored in
// data(), and pushed as an undo command whose text says what it did. When the core refuses an edit
// (invalid value, read-only file, disk full) nothing changes and editFailed() says why.
class RegisterDocument : public QObject {
    Q_OBJECT

public:
    // Both throw trygg::FileError / trygg::InputError with a message for the user. A file another
    // instance holds for writing opens read-only, and lockHolder() says who holds it; a file whose write
    // lock cannot be made (a folder we may not write) opens read-only, and lockProblem() says why.
    static std::unique_ptr<RegisterDocument> open(const QString &path, bool readOnly = false);
    // Opens for writing after taking over the write lock: a stale one, or any when `evenIfHeld`.
    static std::unique_ptr<RegisterDocument> takeOver(const QString &path, bool evenIfHeld = false);
    static std::unique_ptr<RegisterDocument> create(const QString &path, const QString &preset, const QString &name);
    ~RegisterDocument() override;

    QString path() const;
    // Read-only when opened so, while the connection to the server is lost, or for a user the server lets
    // change nothing (a reader).
    bool readOnly() const;
    // Who held the write lock when the file was opened, if that is why it is read-only.
    const std::optional<LockHolder> &lockHolder() const { return m_lockHolder; }
    // Why the write lock could not be made, if that is why it is read-only (issue 19); empty otherwise.
    const QString &lockProblem() const { return m_lockProblem; }
    const RegisterData &data() const { return m_data; }
    RegisterFile &file() { return *m_file; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Issue 16, a register on a PostgreSQL server (RegisterDocumentServer.cpp).
    bool onServer() const { return m_onServer; }
    // Where it is as the window shows it: a file's path, or the server's address without a password.
    QString location() const;
    // The database user connected (empty for a file).
    const QString &databaseUser() const { return m_databaseUser; }
    // What the server lets the connected user do (everything on a file), as asked when opened.
    const server::Access &access() const { return m_access; }
    // Whether a record of `unit` (none: the register's own) may be changed here now.
    bool mayEdit(std::optional<Id> unit) const;
    // Whether a record of some unit may be added or changed here now (management only approves, issue 16).
    bool mayEditSomeUnit() const;
    // Whether the measure may be changed here now: one of an assessment of a unit the user may change.
    bool mayEditMeasure(Id measureId) const;
    // The connection to the server went and has not come back yet (read-only meanwhile).
    bool offline() const { return m_offline; }
    // Mirrors what other clients committed since last asked (every second on a server, by a timer): only the
    // records that changed, as an undo or redo does; a new matrix version reloads the register.
    void followOthers();
    // Tries to connect again after the connection was lost (by a timer): once a connection of its own, made in
    // another thread every few seconds, reaches the server (an address not reached waits up to libpq's
    // connect_timeout, and the window stays usable meanwhile), the register's connection is made again and
    // everything read again. True when connected.
    bool reconnect();

    std::optional<Id> addUnit(const OrgUnit &unit);
    bool editUnit(const OrgUnit &unit);
    bool removeUnit(Id id);
    std::optional<Id> addPerson(const Person &person);
    bool editPerson(const Person &person);
    bool removePerson(Id id); // owners, assessors and responsibles pointing to the person are cleared
    std::optional<Id> addAsset(const Asset &asset);
    bool editAsset(const Asset &asset);
    bool removeAsset(Id id); // risks about it keep their line without an asset
    std::optional<Id> addAssessment(const RiskAssessment &assessment);
    bool editAssessment(const RiskAssessment &assessment);
    bool removeAssessment(Id id); // with its risks and measures
    // Rounds (issue 15): the next round from the assessment `fromId` (core edits::startRound: its lines
    // carried over, open measures along, the old round closed), one undo step; the new assessment's id.
    std::optional<Id> startRound(Id fromId, const RiskAssessment &next);
    // Carried lines' scores confirmed as they stand.
    bool confirmRisks(const std::vector<Id> &ids);
    // Appends at the end of its assessment when risk.position is 0.
    std::optional<Id> addRisk(const Risk &risk);
    bool editRisk(const Risk &risk);
    bool removeRisks(const std::vector<Id> &ids); // measures stop treating them
    // Moves a line one place up (-1) or down (+1) in its assessment's form.
    bool moveRisk(Id id, int direction);
    // With `newResponsible`: that person is added to the register and made responsible for the
    // measure, in the same undo step (the core's edits::withNewResponsible).
    std::optional<Id> addMeasure(const Measure &measure, const std::optional<Person> &newResponsible = {});
    bool editMeasure(const Measure &measure, const std::optional<Person> &newResponsible = {});
    bool removeMeasure(Id id);
    bool removeMeasures(const std::vector<Id> &ids); // one undo step
    bool editInfo(const RegisterInfo &info);
    // Stores `matrix` as a new matrix version and makes it current, so new assessments use it;
    // assessments already made keep the criteria they were scored against (003 section 5). Undo makes
    // the previous version current again (the stored version stays in the file, unused).
    bool addMatrixVersion(const RiskMatrix &matrix);

    // Imports rows read from a CSV or XLSX file (core importTable: one transaction, recorded in the
    // history as an import) and reloads everything. An import is not an undo command: the undo stack
    // is cleared, since its commands describe the register as it was. Throws what the core throws
    // (InputError, FileError); then nothing changed.
    ImportSummary importRows(ImportKind kind, const CsvTable &table, const QString &fileName,
                             const ImportOptions &options);

    // The yearly cycle. Reviews, acceptances and approvals are recorded, not edited; undo removes them.
    std::optional<Id> addPolicyDocument(const PolicyDocument &document);
    bool removePolicyDocument(Id id); // with its reviews
    std::optional<Id> addReview(const Review &review);
    std::optional<Id> addAcceptance(const RiskAcceptance &acceptance);
    // The fingerprint of what is approved is taken from the register as it is now.
    std::optional<Id> addApproval(const Approval &approval);
    std::optional<Id> addIncident(const Incident &incident);
    bool editIncident(const Incident &incident);
    bool removeIncident(Id id);
    std::optional<Id> addException(const RuleException &exception);
    bool editException(const RuleException &exception);
    bool removeException(Id id);
    // Sets the review rules and the days per zone in one transaction (written to the audit trail, not
    // on the undo stack: no other edit depends on them). Returns false, changing nothing, if refused.
    bool setReviewRules(const ReviewRules &rules);
    // Combines section registers into this one (File > Combine registers...): not undoable, so the undo
    // stack is cleared; everything is reloaded. Throws what combineRegisters throws, leaving all as it was.
    CombineSummary combine(const std::vector<std::string> &sectionPaths,
                           const std::set<std::string> &asNewSections = {});
    // Resolves one conflict of a combine (the core's resolveConflict), likewise not undoable.
    CombineSummary resolveConflict(const CombineConflict &conflict, CombineResolution resolution);

signals:
    // A record changed in place: views repaint its row.
    void recordChanged(trygg::ui::RecordKind kind, trygg::Id id);
    // Records of a kind were added or removed (or everything reloaded): views rebuild their lists.
    void recordsReset(trygg::ui::RecordKind kind);
    // What an edit (or its undo or redo) wrote, before recordChanged and recordsReset say it by kind: for
    // views that follow the change record by record (the action plan re-ranks only what it touches).
    void edited(const trygg::Edit &written);
    // Everything was read again from the file (after an import, a combine, a failed write): no edit says
    // what changed.
    void reloaded();
    void editFailed(const QString &message);
    // The file at path() is another one than the register opened (replaced, moved or removed since): the
    // change was refused and nothing was saved; reopening shows what is there now (issue 19). Instead of
    // editFailed.
    void fileReplaced();
    // Others' changes were mirrored (followOthers): `records` records changed.
    void othersEdited(int records);
    // The connection to the server was lost: read-only until connectionRestored (core's message).
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    explicit RegisterDocument(std::unique_ptr<RegisterFile> file, std::optional<LockHolder> lockHolder = {});
    void refreshLock();
    // After a combine: the undo stack is cleared and everything reloaded.
    void reloadAfterCombine();
    // Writes a user action's edit (the core plans it: edit/Edit.h) and pushes it as an undo command saying
    // `text`; returns it as written, or nothing when it was refused (editFailed says why) or empty (the
    // record is no longer there).
    std::optional<Edit> push(const QString &text, const Edit &edit);
    // push() for an action that adds a record: the new record's id.
    std::optional<Id> pushAdded(const QString &text, const Edit &edit);
    // Writes an edit in one transaction (applyEdit), mirrors what was written in data() and tells the
    // views. Throws what the core throws; then nothing was written.
    Edit write(const Edit &edit);
    void announce(const Edit &written);
    // Reads the file again after a refused write and says why (editFailed), or that the file was replaced
    // (`error` a RegisterReplaced: fileReplaced).
    void reloadAfterFailure(const QString &message, const std::exception *error = nullptr);
    // An undo (forward: a redo) of the stack's current command failed and wrote nothing: says so, and
    // once the stack has finished moving puts its index back where it was.
    void stepFailed(bool forward, const std::exception &error);
    // A record's name in an undo text: quoted, and shortened when long.
    static QString quoted(const std::string &text);
    friend class DocumentCommand;

    // Starts the timer that follows others' changes (on a server) and asks what the user may do.
    void startFollowing();
    bool mayChangeAnything() const;
    // Why an edit is refused before it is tried: read-only, the connection lost, a reader's access.
    QString readOnlyReason() const;
    // After a ConnectionLost: read-only, and a reconnect every few seconds.
    void loseConnection(const QString &message);
    // Reads everything again (after a new matrix version, a reconnect) and tells the views.
    void reloadAll();
    // What the server lets the user do, asked on opening and after a reconnect.
    void askAccess();

    std::unique_ptr<RegisterFile> m_file;
    // The trail's last entry the document is in step with (changesByOthers); read before m_data is loaded.
    Id m_trailEntry = 0;
    RegisterData m_data;
    QUndoStack *m_undoStack;
    std::optional<LockHolder> m_lockHolder;
    QString m_lockProblem;
    // The write lock's heartbeat, so other machines do not take a lock that is in use for stale.
    QTimer *m_heartbeat;
    bool m_onServer = false;
    bool m_offline = false;
    server::Access m_access;
    QString m_databaseUser;
    QTimer *m_follow = nullptr;
    QTimer *m_reconnect = nullptr;
    // The address as opened, with any password in it: kept in memory only, to connect again.
    std::string m_address;
    // Whether the server answers again, asked in a thread of its own (RegisterDocumentServer.cpp).
    std::shared_ptr<ReconnectProbe> m_probe;
    qint64 m_probeStarted = 0;
};

} // namespace trygg::ui
