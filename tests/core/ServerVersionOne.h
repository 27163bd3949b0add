// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A register on a server taken back to how a Trygg of server schema version 1 left it (no triggers following
// changes, no notices, no access by unit: its policies, functions, triggers, access tables and indexes gone),
// for the tests of the upgrade steps (issue 16: "upgraded stepwise like a file").

#include "storage/SqlConnection.h"

#include <string>
#include <vector>

inline void backToServerVersionOne(trygg::SqlConnection &admin)
{
    using trygg::Statement;
    // Back to how an older Trygg left it: no policies, functions, triggers, access tables or indexes, version 1.
    Statement policies(admin, "SELECT policyname, tablename FROM pg_policies WHERE schemaname = current_schema()");
    std::vector<std::string> drops;
    while (policies.step())
        drops.push_back("DROP POLICY " + policies.text(0) + " ON " + policies.text(1));
    Statement guarded(admin, "SELECT relname FROM pg_class WHERE relrowsecurity AND relnamespace = "
                              "to_regnamespace(current_schema())");
    while (guarded.step())
        drops.push_back("ALTER TABLE " + guarded.text(0) + " DISABLE ROW LEVEL SECURITY");
    Statement functions(admin, "SELECT oid::regprocedure FROM pg_proc WHERE proname LIKE 'trygg\\_%' AND "
                                "pronamespace = to_regnamespace(current_schema())");
    while (functions.step())
        drops.push_back("DROP FUNCTION IF EXISTS " + functions.text(0) + " CASCADE");
    drops.push_back("DROP TABLE trygg_access_unit, trygg_access, trygg_audit_unit");
    for (const char *index : {"trygg_unit_parent", "trygg_assessment_unit", "trygg_incident_unit",
                              "trygg_policy_document_unit", "trygg_rule_exception_unit", "trygg_approval_object"})
        drops.push_back(std::string("DROP INDEX ") + index);
    drops.push_back("UPDATE trygg_schema SET version = 1");
    for (const std::string &sql : drops)
        admin.exec(sql.c_str());
}
