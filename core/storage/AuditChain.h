// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The audit trail's chain (issue 12: changes made behind Trygg's back are evident). Each entry carries
// the state of its object after the change (its snapshot fields, serialised canonically), that state's
// SHA-256 (its fingerprint) and a SHA-256 over the entry's content and the previous entry's hash. check
// recomputes the chain and compares every object with the state the trail last recorded for it. Someone
// who recomputes the chain defeats it; a printed report carries the last hash to pin the state it shows.

#include "model/Ids.h"
#include "model/Message.h"
#include "storage/SqlDialect.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trygg {

class Database;
class SqlConnection;
class Statement;

namespace auditchain {

// An object's fields as text, in the order of its snapshot statement.
using Fields = std::vector<std::pair<std::string, std::optional<std::string>>>;

// One entry of the trail as stored, but for its chain hash.
struct Entry {
    Id id = 0;
    std::string at;
    std::string osUser;
    std::string person;
    std::string action;
    std::string objectType;
    std::optional<Id> objectId;
    std::string objectName;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
    std::optional<std::string> state;       // serialise() of the object after the change
    std::optional<std::string> fingerprint; // sha256Hex(state)
};

// Field by field, each value length-prefixed: "name\t<length>:<value>\n", or "name\t-\n" for none.
std::string serialise(const Fields &fields);
// nullopt when `text` is not what serialise makes.
std::optional<Fields> parse(std::string_view text);
// SHA-256 over every column of `entry` (length-prefixed) and `previousHash`.
std::string entryHash(const Entry &entry, std::string_view previousHash);

// The objects the trail follows: their type in the trail and their table.
struct Audited {
    std::string objectType;
    std::string table;
};
const std::vector<Audited> &auditedObjects();
// The statement whose columns are the fields an edit of an object compares, its id as ?1, in the words of a
// SQLite file or of a server: both give an object the same fields, each with the same text (issue 16: a
// register copied to a server checks there as it did in its file).
const char *snapshotSql(std::string_view objectType, SqlDialect dialect);
// The row of a bound snapshot statement (empty when there is none); resets it. A real number is written as
// SQLite writes it (a server's "2" is "2.0").
Fields readSnapshot(Statement &query, SqlDialect dialect);

// The last entry's id and hash (no row for an empty trail). On a server the trail's true last entry, whatever
// part of the trail the user may read (access by unit: ServerAccess.h).
const char *lastEntrySql(SqlDialect dialect);
inline constexpr const char *InsertSql =
    "INSERT INTO audit (id, at, os_user, person, action, object_type, object_id, object_name, field, old_value, "
    "new_value, state, fingerprint, chain_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
// The last entry that recorded the object's state (or its deletion): action, state, object_name.
inline constexpr const char *LastStateSql =
    "SELECT action, state, object_name FROM audit WHERE object_type = ?1 AND object_id = ?2 "
    "AND (state IS NOT NULL OR action = 'delete') ORDER BY id DESC LIMIT 1";
// Appends `entry` after the last one (lastEntrySql), giving it the next id, its fingerprint and hash.
void append(Statement &lastEntry, Statement &insert, Entry entry);

// The login name for the trail.
std::string osUser();

// Schema version 7: hashes the entries there are, in order, and, when the register has content, records
// the state of every object and an entry saying the upgrade started the chain.
void start(Database &db);
// A temporary table noting every object a statement of this connection changed, cascades included:
// touchedSql lists them, clearTouchedSql forgets them all, forgetTouchedSql one (object_type ?1, id ?2). In a
// file temporary triggers fill it (this connection's only; nothing in the file); on a server the triggers
// are the schema's (followTriggersSql) and fill the table of the session that has one: a Trygg client's.
void followChanges(SqlConnection &db);
const char *touchedSql(SqlDialect dialect);
const char *clearTouchedSql(SqlDialect dialect);
const char *forgetTouchedSql(SqlDialect dialect);
// The server's function and triggers that note what a statement changed, and the notice of a commit that
// wrote the trail (server schema version 2).
std::vector<std::string> followTriggersSql();

// What check reports: the first entry where the chain breaks, and every object whose content differs
// from what the trail last recorded for it (field by field), that exists without an entry or that the
// trail says exists and is gone. Linear in the trail.
std::vector<Message> verify(SqlConnection &db);
// The last entry's hash; empty for a register without a chain.
std::string lastHash(SqlConnection &db);

} // namespace auditchain
} // namespace trygg
