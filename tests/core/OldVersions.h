// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Registers as older versions of Trygg wrote them, made by taking a current one apart: each step
// undoes one upgrade step of core/storage/Schema.cpp.

#include "RawSql.h"

#include "model/Clock.h"
#include "model/DateTime.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The file as version `version` (4, 5 or 6) of the schema kept it: every row, in tables made by the real
// upgrade steps up to that version, and an incident's times as the user's wall-clock time "YYYY-MM-DD HH:MM"
// (by the zone of the clock in use), as those versions kept them.
inline void rebuildAsVersion(const std::string &path, int version)
{
    const std::string old = path + ".v" + std::to_string(version);
    {
        trygg::Database db(old, trygg::Database::Mode::Create);
        db.exec(("PRAGMA application_id = " + std::to_string(trygg::schema::ApplicationId)).c_str());
        trygg::schema::upgrade(db, version);
    }
    // Each table with the columns it had then (the audit trail's chain came with version 7).
    std::vector<std::pair<std::string, std::string>> tables;
    {
        trygg::Database db(old, trygg::Database::Mode::ReadOnly);
        trygg::Statement names(db, "SELECT name, (SELECT group_concat(name, ', ') FROM pragma_table_info(t.name)) "
                                   "FROM sqlite_schema t WHERE type = 'table'");
        while (names.step())
            tables.emplace_back(names.text(0), names.text(1));
    }
    // The incident times go in as this version writes them and are put back into the old form below.
    std::string copy = "ATTACH DATABASE '" + path + "' AS current; PRAGMA ignore_check_constraints = ON; BEGIN;";
    for (const auto &[table, columns] : tables)
        copy += "DELETE FROM main." + table + "; INSERT INTO main." + table + " (" + columns + ") SELECT " + columns +
                " FROM current." + table + (table == "audit" ? " WHERE action NOT IN ('chain', 'baseline')" : "") + ";";
    copy += "COMMIT; DETACH DATABASE current;";
    rawSql(old, copy.c_str());
    {
        trygg::Database db(old, trygg::Database::Mode::ReadWrite);
        std::vector<std::pair<std::int64_t, std::string>> discovered;
        std::vector<std::pair<std::int64_t, std::string>> notified;
        auto local = [](const std::string &utc) {
            const std::optional<trygg::DateTime> instant = trygg::DateTime::parseUtcText(utc);
            EXPECT_TRUE(instant) << utc;
            return instant ? trygg::Clock::toLocal(*instant).toText() : utc;
        };
        {
            trygg::Statement rows(db, "SELECT id, discovered, notified_at FROM incident");
            while (rows.step()) {
                discovered.emplace_back(rows.int64(0), local(rows.text(1)));
                if (!rows.isNull(2))
                    notified.emplace_back(rows.int64(0), local(rows.text(2)));
            }
        }
        trygg::Statement setDiscovered(db, "UPDATE incident SET discovered = ?2 WHERE id = ?1");
        for (const auto &[id, text] : discovered)
            setDiscovered.bind(1, id).bind(2, text).run();
        trygg::Statement setNotified(db, "UPDATE incident SET notified_at = ?2 WHERE id = ?1");
        for (const auto &[id, text] : notified)
            setNotified.bind(1, id).bind(2, text).run();
    }
    std::filesystem::rename(old, path);
}

// Version 9: no day on which a measure was done (issue 15).
inline void downgradeToVersion9(const std::string &path)
{
    rawSql(path, "ALTER TABLE measure DROP COLUMN completed; PRAGMA user_version = 9");
}

// Version 7: no notification or licence on assets, no references to the register's own policy (the rounds'
// columns of version 8 stay: its step adds only what is missing).
inline void downgradeToVersion7(const std::string &path)
{
    downgradeToVersion9(path);
    rawSql(path, "ALTER TABLE asset DROP COLUMN notification; DROP TABLE policy_reference; PRAGMA user_version = 7");
}

// Version 6: no chain in the audit trail (no state, fingerprint or hash in its entries).
inline void downgradeToVersion6(const std::string &path)
{
    downgradeToVersion7(path);
    rawSql(path, "DELETE FROM audit WHERE action IN ('chain', 'baseline'); ALTER TABLE audit DROP COLUMN state; "
                 "ALTER TABLE audit DROP COLUMN fingerprint; ALTER TABLE audit DROP COLUMN chain_hash; "
                 "PRAGMA user_version = 6");
}

// Version 5: an incident's times as wall-clock time.
inline void downgradeToVersion5(const std::string &path)
{
    rebuildAsVersion(path, 5);
}

// Version 4: no CHECK constraints on tokens and dates either.
inline void downgradeToVersion4(const std::string &path)
{
    rebuildAsVersion(path, 4);
}

// Version 3 (from a file of version 4 or later): no yearly cycle (reviews, acceptances, approvals, incidents,
// exceptions, origins).
inline void downgradeToVersion3(const std::string &path)
{
    downgradeToVersion6(path);
    rawSql(path, "DROP TABLE review_rule; DROP TABLE review_zone; DROP TABLE policy_document; DROP TABLE review; "
                 "DROP TABLE risk_acceptance; DROP TABLE approval; DROP TABLE incident_asset; "
                 "DROP TABLE incident_risk; DROP TABLE incident_measure; DROP TABLE incident; "
                 "DROP TABLE rule_exception; DROP TABLE origin; ALTER TABLE register DROP COLUMN uid; "
                 "PRAGMA user_version = 3");
}

// Version 2: no names for the asset classification levels either.
inline void downgradeToVersion2(const std::string &path)
{
    downgradeToVersion3(path);
    rawSql(path, "DROP TABLE classification_level; PRAGMA user_version = 2");
}

// Version 1: no audit trail either.
inline void downgradeToVersion1(const std::string &path)
{
    downgradeToVersion2(path);
    rawSql(path, "DROP TABLE audit; PRAGMA user_version = 1");
}
