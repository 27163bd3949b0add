// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/AuditEntry.h"
#include "model/Error.h"
#include "model/Message.h"
#include "model/RegisterData.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace trygg {

class Database;
class SqlConnection;
class Statement;
class WriteLock;

// Opening a register for writing when its write lock cannot be made beside it (a folder we may not write,
// a name too long for the lock's): the register itself may still be read, so the window opens it
// read-only with this reason (issue 19). Not FileInUse: nobody else holds it.
class LockUnavailable : public FileError {
public:
    using FileError::FileError;
};

// One register in one SQLite file (extension .trygg). Every change is one transaction, written
// through at once: closing the program never loses anything. Callers group several changes into one
// transaction (an import, say) with Transaction on database().
//
// add...() inserts a record under a new id when its id is 0, or under the id it carries (to restore
// a removed record on undo). update...() changes every field of the record with that id.
//
// Every change also writes the audit trail, in the same transaction: who (the OS user and the acting
// person), when (UTC), what object, and for an edit each changed field with its old and new value.
// There is deliberately no way to change or delete the trail.
class RegisterFile {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new register from a national preset. Refuses to overwrite an existing file. Holds the
    // write lock (WriteLock) like open(path, ReadWrite). The file is made whole before it is at `path`
    // (createWhole).
    static RegisterFile create(const std::string &path, std::string_view preset, std::string_view name);
    // Creates a new register as create() does, has `fill` write into it (a combine, a demo), and only then
    // puts it at `path`: it is made under an unpredictable name beside it (`NAME.<random>.part`, created
    // exclusively) and moved there, never over anything, once complete and closed. An error or a kill on
    // the way leaves no register at `path` (issue 12: a killed combine left an empty register that looked
    // complete); a kill leaves the `.part` file, which is no register's name.
    static void createWhole(const std::string &path, std::string_view preset, std::string_view name,
                            const std::function<void(RegisterFile &)> &fill);
    // Opens an existing register; refuses (FileError, file untouched) anything that is not a Trygg
    // register of this or an older version. A file of an older version is first copied beside itself
    // (NAME.before-vN-YYYYMMDD-HHMMSS.trygg), then upgraded; if the upgrade fails the file is left
    // as it was and the message names the copy.
    //
    // ReadWrite takes the write lock beside the file for as long as the RegisterFile lives, and throws
    // FileInUse (a FileError naming the holder) when another instance holds it, LockUnavailable when the
    // lock cannot be made; ReadOnly takes none.
    //
    // Before SQLite opens the file, the side files it would read the register through are checked
    // (sidefiles::check: a -wal or -shm, a -journal that is not SQLite's or not this file's are refused,
    // both left as they are). ReadOnly rolls back a change interrupted by a kill or a full disk when the
    // file and its folder may be written, as opening for writing would; else it says the change must be
    // rolled back by opening the register once for writing.
    static RegisterFile open(const std::string &path, Access access = Access::ReadWrite);
    // open(path, ReadWrite) after replacing the write lock with WriteLock::takeOver: a stale one, or any
    // when `evenIfHeld` (the user asked explicitly).
    static RegisterFile takeOver(const std::string &path, bool evenIfHeld = false);

    RegisterFile(RegisterFile &&) noexcept;
    RegisterFile &operator=(RegisterFile &&) noexcept;
    ~RegisterFile();

    const std::string &path() const;
    // Read-only when opened so, or when another instance has taken over the write lock since.
    bool readOnly() const;
    // The write lock's heartbeat (call it every minute or so). Returns false, and the file becomes
    // read-only, when another instance has taken the lock over.
    bool refreshLock();
    // The register's connection: callers group several changes into one Transaction on it.
    SqlConnection &database() { return *m_db; }

    // Every record, each read with every check: a value Trygg never writes (an unknown token, a damaged
    // date, an over-long text, no value where one must be) throws FileError naming the record and field.
    RegisterData load() const;
    // The record with this id as the file holds it, read with the same checks as load() and with its
    // links (an assessment's assetIds, a measure's riskIds, an incident's assetIds, riskIds and
    // measureIds); nullopt when there is none. Defined for OrgUnit, Person, Asset, RiskAssessment, Risk,
    // Measure, PolicyDocument, Review, RiskAcceptance, Approval, Incident and RuleException
    // (RegisterLoad.cpp); a prepared statement per kind keeps it cheap on a large register.
    template <typename T> std::optional<T> stored(Id id) const;
    // Writes a consistent copy of the register to `target` with SQLite's online backup; refuses to
    // overwrite an existing file. A copy is a register of its own and gets its own register id (issue
    // 19: two sections made from one copy would otherwise be one register to combine); a backup
    // (backupBeforeUpgrade) is the same register and keeps it.
    enum class CopyIdentity { Own, Same };
    void saveCopy(const std::string &target, CopyIdentity identity = CopyIdentity::Own) const;
    // What SQLite's integrity check and foreign key check find; empty when the file is sound.
    std::vector<Message> integrityProblems() const;
    RegisterInfo info() const;
    void updateInfo(const RegisterInfo &info);

    RiskMatrix matrix(Id id) const;
    // Stores a new matrix version (it must be valid). Existing assessments keep theirs.
    Id addMatrix(const RiskMatrix &matrix);
    // Stores a new matrix version and makes it the current one, which new assessments take, in one
    // transaction (a matrix edited or imported). Assessments already made keep the criteria they were
    // scored against (003 section 5; DOMAIN.md). Returns the new version's id.
    Id addCurrentMatrix(const RiskMatrix &matrix);

    // The writes of every kind of record (RecordKinds.h describes each; RecordWrites.cpp): each checks
    // the record's fields and its kind's rules, writes it with its links and its audit entry in one
    // transaction, and throws InputError (nothing written) for what it does not take. add() trims the
    // texts that are trimmed; update() and remove() throw when there is no record with that id.
    // Reviews, acceptances and approvals are recorded and removed, never updated.
    template <typename T> Id add(const T &record);
    template <typename T> void update(const T &record);
    template <typename T> void remove(Id id);

    Id addUnit(const OrgUnit &unit) { return add(unit); }
    void updateUnit(const OrgUnit &unit) { update(unit); }
    // Refused while the unit has assets or assessments.
    void removeUnit(Id id) { remove<OrgUnit>(id); }
    Id addPerson(const Person &person) { return add(person); }
    void updatePerson(const Person &person) { update(person); }
    void removePerson(Id id) { remove<Person>(id); }
    Id addAsset(const Asset &asset) { return add(asset); }
    void updateAsset(const Asset &asset) { update(asset); }
    void removeAsset(Id id) { remove<Asset>(id); }
    // Takes the register's current matrix when assessment.matrixId is 0: the acceptance criteria are
    // fixed when the assessment is created (003 section 5); an update never changes them.
    Id addAssessment(const RiskAssessment &assessment) { return add(assessment); }
    void updateAssessment(const RiskAssessment &assessment) { update(assessment); }
    void removeAssessment(Id id) { remove<RiskAssessment>(id); }
    // Appends at the end of its assessment when risk.position is 0.
    Id addRisk(const Risk &risk) { return add(risk); }
    void updateRisk(const Risk &risk) { update(risk); }
    void removeRisk(Id id) { remove<Risk>(id); }
    Id addMeasure(const Measure &measure) { return add(measure); }
    void updateMeasure(const Measure &measure) { update(measure); }
    void removeMeasure(Id id) { remove<Measure>(id); }
    // Records that a measure treats a risk (nothing happens if it already does).
    void linkRisk(Id measureId, Id riskId);

    // The yearly cycle (CycleWrites.cpp). The assessment rule is RegisterInfo::reviewRule.
    ReviewRules reviewRules() const;
    // Throws InputError for a rule that DeadlineRule::parse does not take.
    void setReviewRule(ReviewKind kind, std::string_view rule);
    // At most `days` between reviews of an object whose worst risk is in the zone; none: no limit.
    void setZoneReviewDays(int zoneIndex, std::optional<int> days);
    // Every rule and the days of every zone of the current matrix, in one transaction (zones `rules` has
    // no days for get none).
    void setReviewRules(const ReviewRules &rules);
    Id addPolicyDocument(const PolicyDocument &document) { return add(document); }
    void updatePolicyDocument(const PolicyDocument &document) { update(document); }
    void removePolicyDocument(Id id) { remove<PolicyDocument>(id); }
    Id addReview(const Review &review) { return add(review); }
    void removeReview(Id id) { remove<Review>(id); }
    Id addAcceptance(const RiskAcceptance &acceptance) { return add(acceptance); }
    void removeAcceptance(Id id) { remove<RiskAcceptance>(id); }
    // Records management's approval. An empty fingerprint is filled in from the object as it is now
    // (approvalFingerprint); a given one is kept (restoring a removed approval on undo).
    Id addApproval(const Approval &approval) { return add(approval); }
    void removeApproval(Id id) { remove<Approval>(id); }
    Id addIncident(const Incident &incident) { return add(incident); }
    void updateIncident(const Incident &incident) { update(incident); }
    void removeIncident(Id id) { remove<Incident>(id); }
    Id addException(const RuleException &exception) { return add(exception); }
    void updateException(const RuleException &exception) { update(exception); }
    void removeException(Id id) { remove<RuleException>(id); }

    // Where objects combined from section registers came from (002 §27; Combine.h): the section
    // register's uid and its id there, mapped to the object here. `fingerprint` is the object's content
    // as last taken over; none while it is in conflict.
    struct Origin {
        std::string sourceUid;
        std::string objectType;
        Id sourceId = 0;
        Id localId = 0;
        std::string sourceName;
        std::optional<std::string> fingerprint;
    };
    std::vector<Origin> origins() const;
    void setOrigin(const Origin &origin);
    void removeOrigin(const Origin &origin); // the object no longer follows its section
    // Forgets the matrix versions kept in memory: after a caller's transaction that added one was rolled
    // back, its id may be given to another.
    void discardCachedMatrices() { m_matrices.clear(); }

    // The person named in the audit trail beside the OS user; empty for none. Throws InputError for a
    // name Trygg would not take for a person (too long, not text): checkActingPerson.
    void setActingPerson(std::string person);
    static void checkActingPerson(std::string_view person);
    // Records an import of `fileName` (objectType: what it imported) with its counts. Call it inside
    // the import's transaction; the records it creates or changes record themselves.
    void recordImport(std::string_view objectType, std::string_view fileName, std::string_view counts);
    // The audit trail, oldest first: from the day `sinceIsoDate` (YYYY-MM-DD, UTC) on, and only the
    // entries of one object (type, id) if given. Throws InputError for a date that is not valid.
    std::vector<AuditEntry> history(std::optional<std::string> sinceIsoDate = std::nullopt,
                                    std::optional<std::pair<std::string, Id>> object = std::nullopt) const;
    // Changes made behind Trygg's back (issue 12; AuditChain.h): where the trail's chain breaks, and every
    // object whose content differs from what the trail last recorded for it, field by field.
    std::vector<Message> trailProblems() const;
    // The hash of the trail's last entry (64 hex digits): a printed report carries it.
    std::string trailFingerprint() const;
    // Who the trail says makes this instance's changes: the OS user on a file, the database user the server
    // vouches for on a server.
    std::string trailUser() const;
    // Issue 16, many at once: the id of the trail's last entry (0 for none), and every object (type and id, as
    // the trail names them) that an entry after `entry` records a change of, each once.
    Id lastTrailEntry() const;
    std::vector<std::pair<std::string, Id>> changedSince(Id entry) const;
    // Whether another client has committed a change since last asked (a server's notice; never for a file),
    // without a round trip to the server. Throws ConnectionLost when the connection went.
    bool othersChanged();
    // After ConnectionLost (the server restarted, the network was cut): connects again and goes on as before.
    // What was not committed when the connection went is not saved. Throws as opening does.
    void reconnect();

    // Look-ups by name (exact, after trimming) for import and the CLI.
    std::optional<Id> findUnit(std::string_view name) const;
    std::optional<Id> findPerson(std::string_view name) const;
    std::optional<Id> findAsset(std::optional<Id> unitId, std::string_view name) const;
    std::optional<Id> findAssessment(std::optional<Id> unitId, std::string_view name) const;
    std::optional<Id> findMeasure(Id assessmentId, std::string_view what) const;
    // The first line of an assessment with this text about this asset (or about no asset).
    std::optional<Id> findRisk(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const;
    // Every line or measure that findRisk or findMeasure would match, in the order they take the first:
    // a form may hold two lines with the same text about the same asset (the Duplicate button).
    std::vector<Id> findRisks(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const;
    std::vector<Id> findMeasures(Id assessmentId, std::string_view what) const;

private:
    explicit RegisterFile(std::unique_ptr<Database> db);
    static RegisterFile openLocked(const std::string &path, std::unique_ptr<WriteLock> lock);
    // createWhole(), returning the write lock of `path`, still held.
    static std::unique_ptr<WriteLock> build(const std::string &path, std::string_view preset, std::string_view name,
                                            const std::function<void(RegisterFile &)> &fill);
    void configure();
    // The connection of a register in a file, for what only a file has (its schema's upgrades, its online
    // backup, its identity on disk); a logic error on a server's register.
    Database &fileDatabase() const;
    // A prepared statement kept for the life of the file: bulk imports reuse it.
    Statement &cached(const char *sql) const;
    void requireWritable() const;
    // What is particular to a kind of record, beyond the checks of its fields (RecordKinds.h): a name
    // unique in its unit, the rules of the risk method, dates in order. With the kind's writes.
    void checkRules(const OrgUnit &unit) const;
    void checkRules(const Person &person) const;
    void checkRules(const Asset &asset) const;
    void checkRules(const RiskAssessment &assessment) const;
    void checkRules(const Risk &risk) const;
    void checkRules(const Measure &measure) const;
    void checkRules(const PolicyDocument &document) const;
    void checkRules(const Review &review) const;
    void checkRules(const RiskAcceptance &acceptance) const;
    void checkRules(const Approval &approval) const;
    void checkRules(const Incident &incident) const;
    void checkRules(const RuleException &exception) const;
    // What an added record gets that it was not given: an assessment its matrix, a line its place on
    // the form, an approval its fingerprint.
    template <typename T> void complete(T &) const {}
    void complete(RiskAssessment &assessment) const;
    void complete(Risk &risk) const;
    void complete(Approval &approval) const;
    // A unit is removed only when no asset or assessment is in it.
    void checkUnused(const OrgUnit &unit) const;
    // The checks of the record's fields (its description) and then checkRules().
    template <typename T> void checkRecord(const T &record, bool inserting) const;
    // Rounds (issue 15): a closed round's assessment, lines and measures stay as they were scored; only
    // what a removal elsewhere clears (a person, an asset) and the undoing of the round that closed it
    // change it. `stored` is none for a record being added, `record` none for one being removed.
    template <typename T> void checkOpenRound(const T *stored, const T *record) const;
    bool closedRound(Id assessmentId) const;
    template <typename T> void writeLinks(Id id, const T &record);
    bool exists(std::string_view table, Id id) const;
    // Audit trail (AuditTrail.cpp). A snapshot is a record's columns as text, in a fixed order.
    using Snapshot = std::vector<std::pair<std::string, std::optional<std::string>>>;
    Snapshot snapshot(std::string_view objectType, Id id) const;
    // One "edit" row per field that differs between `before` and the record as it is now, naming it
    // `name`.
    void recordEdits(std::string_view objectType, Id id, const Snapshot &before, std::string_view name);
    void writeAudit(std::string_view action, std::string_view objectType, std::optional<Id> objectId,
                    std::string_view objectName, std::string_view field = {},
                    const std::optional<std::string> &oldValue = std::nullopt,
                    const std::optional<std::string> &newValue = std::nullopt);
    // writeAudit with the object's state after the change given (serialised; none for a deletion).
    void appendAudit(std::string_view action, std::string_view objectType, std::optional<Id> objectId,
                     std::string_view objectName, std::string_view field, const std::optional<std::string> &oldValue,
                     const std::optional<std::string> &newValue, std::optional<std::string> state);
    // Notes every object a statement of this connection changes (cascades included) and, before each
    // commit, records in the trail what of it no entry recorded (recordUnrecordedChanges).
    void followChanges();
    void recordUnrecordedChanges();
    // Copies the file beside itself before a schema upgrade; returns the copy's path.
    std::string backupBeforeUpgrade() const;
    // Matrix versions never change once stored, so they can be kept.
    const RiskMatrix &storedMatrix(Id id) const;
    Id matrixOfAssessment(Id assessmentId) const;

    // Declared before the database, so the lock is released only after the connection has closed.
    std::unique_ptr<WriteLock> m_lock;
    bool m_lockLost = false;
    std::unique_ptr<SqlConnection> m_db;
    mutable std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;
    mutable std::unordered_map<Id, RiskMatrix> m_matrices;
    std::string m_osUser;
    std::string m_actingPerson;
    bool m_followsChanges = false;
};

} // namespace trygg
