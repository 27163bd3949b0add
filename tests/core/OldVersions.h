#pragma once

// Registers as older versions of Trygg wrote them, made by taking a current one apart: each step
// undoes one upgrade step of core/storage/Schema.cpp.

#include "RawSql.h"

#include <string>

// Version 3: no yearly cycle (reviews, acceptances, approvals, incidents, exceptions, origins).
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
