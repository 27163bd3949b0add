#pragma once

// Registers as older versions of Trygg wrote them, made by taking a current one apart: each step
// undoes one upgrade step of core/storage/Schema.cpp.

#include "RawSql.h"

#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <filesystem>
#include <string>
#include <vector>

// Version 4: no CHECK constraints on tokens and dates. Every row of the file, in tables made by the
// real upgrade steps up to version 4.
inline void downgradeToVersion4(const std::string &path)
{
    const std::string old = path + ".v4";
    {
        trygg::Database db(old, trygg::Database::Mode::Create);
        db.exec(("PRAGMA application_id = " + std::to_string(trygg::schema::ApplicationId)).c_str());
        trygg::schema::upgrade(db, 4);
    }
    std::vector<std::string> tables;
    {
        trygg::Database db(old, trygg::Database::Mode::ReadOnly);
        trygg::Statement names(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
        while (names.step())
            tables.push_back(names.text(0));
    }
    std::string copy = "ATTACH DATABASE '" + path + "' AS current; BEGIN;";
    for (const std::string &table : tables)
        copy += "DELETE FROM main." + table + "; INSERT INTO main." + table + " SELECT * FROM current." + table + ";";
    copy += "COMMIT; DETACH DATABASE current;";
    rawSql(old, copy.c_str());
    std::filesystem::rename(old, path);
}

// Version 3 (from a file of version 4 or later): no yearly cycle (reviews, acceptances, approvals, incidents,
// exceptions, origins).
inline void downgradeToVersion3(const std::string &path)
{
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
