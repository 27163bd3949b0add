// SPDX-License-Identifier: EUPL-1.2
// Access by unit on a register on a server, enforced by the server (issue 16: "PostgreSQL row-level security
// enforces it, so a section leader connecting with psql cannot read another unit's risks"; tests: "raw SQL as
// a section leader sees nothing of other units"). Real login roles on the throwaway cluster of
// scripts/test.sh, each connecting as itself and writing raw SQL.

#include "ErrorOf.h"
#include "ServerAccessFixture.h"
#include "ServerVersionOne.h"

#include "edit/Edit.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

using namespace trygg;
using server::Duty;

namespace {

class ServerAccessTest : public ServerAccessFixture {
protected:
    void SetUp() override
    {
        ServerAccessFixture::SetUp();
        ASSERT_NE(admin, nullptr);
        // Two units with assessed risks and measures: the leader's, and another.
        Statement units(*admin, "SELECT u.id, u.name FROM unit u WHERE EXISTS (SELECT 1 FROM measure m JOIN "
                                "assessment a ON a.id = m.assessment_id WHERE a.unit_id = u.id) AND EXISTS "
                                "(SELECT 1 FROM incident i WHERE i.unit_id = u.id) ORDER BY u.id");
        ASSERT_TRUE(units.step());
        ownUnit = units.int64(0);
        ownName = units.text(1);
        ASSERT_TRUE(units.step());
        otherUnit = units.int64(0);
        otherName = units.text(1);
        // A sub-unit of the leader's unit (DOMAIN.md: the leader assesses their own section, all of it), with
        // an asset of its own.
        subUnit = *Statement(*admin, "INSERT INTO unit (name, parent_id) VALUES ('Sub-unit', ?1) RETURNING id")
                       .bind(1, ownUnit)
                       .scalar();
        subAsset =
            *Statement(*admin, "INSERT INTO asset (name, type, personal_data, unit_id) SELECT 'Sub-unit asset', type, "
                               "personal_data, ?1 FROM asset LIMIT 1 RETURNING id")
                 .bind(1, subUnit)
                 .scalar();
    }

    std::int64_t assetsIn(const std::string &units)
    {
        return count(*admin, "SELECT count(*) FROM asset WHERE unit_id IN (" + units + ")");
    }
    // The ids `select` (ending in the unit it compares) gives for `units`, as the superuser sees them.
    std::string idsIn(const std::string &select, const std::string &units)
    {
        Statement ids(*admin, ("SELECT string_agg(id::text, ',') FROM (" + select + " IN (" + units + ")) x").c_str());
        ids.step();
        return ids.isNull(0) ? std::string() : ids.text(0);
    }
    std::string own() const { return std::to_string(ownUnit) + ", " + std::to_string(subUnit); }
    std::string other() const { return std::to_string(otherUnit); }

    Id ownUnit = 0, otherUnit = 0, subUnit = 0, subAsset = 0;
    std::string ownName, otherName;
};

// Each kind of row: its table, its id column, and the ids of the rows of a unit (the statement ends in the
// unit it compares).
struct Rows {
    std::string table, column, select;
};
const std::vector<Rows> &rowsByUnit()
{
    static const std::vector<Rows> rows = {
        {"asset", "id", "SELECT id FROM asset WHERE unit_id"},
        {"assessment", "id", "SELECT id FROM assessment WHERE unit_id"},
        {"risk", "id", "SELECT r.id FROM risk r JOIN assessment a ON a.id = r.assessment_id WHERE a.unit_id"},
        {"measure", "id", "SELECT m.id FROM measure m JOIN assessment a ON a.id = m.assessment_id WHERE a.unit_id"},
        {"measure_risk", "measure_id",
         "SELECT m.id FROM measure m JOIN assessment a ON a.id = m.assessment_id "
         "WHERE EXISTS (SELECT 1 FROM measure_risk x WHERE x.measure_id = m.id) AND "
         "a.unit_id"},
        {"incident", "id", "SELECT id FROM incident WHERE unit_id"},
        {"audit", "id",
         "SELECT e.id FROM audit e JOIN asset o ON e.object_type = 'asset' AND o.id = e.object_id "
         "WHERE o.unit_id"},
        {"audit", "id",
         "SELECT e.id FROM audit e JOIN risk o ON e.object_type = 'risk' AND o.id = e.object_id JOIN "
         "assessment a ON a.id = o.assessment_id WHERE a.unit_id"},
        {"audit", "id",
         "SELECT e.id FROM audit e JOIN measure o ON e.object_type = 'measure' AND o.id = e.object_id "
         "JOIN assessment a ON a.id = o.assessment_id WHERE a.unit_id"},
        {"audit", "id",
         "SELECT e.id FROM audit e JOIN incident o ON e.object_type = 'incident' AND o.id = "
         "e.object_id WHERE o.unit_id"},
    };
    return rows;
}

} // namespace

TEST_F(ServerAccessTest, ASectionLeaderReadsTheirUnitsAndSubUnitsAndNothingOfOthers)
{
    const std::string leader = granted("leader", Duty::SectionLeader, {ownName});
    auto db = as(leader);
    // Each kind of row of the other unit, by the ids the superuser sees: none reaches the leader; every one of
    // their own units does.
    for (const Rows &rows : rowsByUnit()) {
        const std::string others = idsIn(rows.select, other());
        ASSERT_FALSE(others.empty()) << rows.select << ": the demo register has some in the other unit";
        EXPECT_EQ(count(*db, "SELECT count(*) FROM " + rows.table + " WHERE " + rows.column + " IN (" + others + ")"),
                  0)
            << rows.select;
        const std::string owned = idsIn(rows.select, own());
        ASSERT_FALSE(owned.empty()) << rows.select;
        EXPECT_EQ(count(*db, "SELECT count(DISTINCT " + rows.column + ") FROM " + rows.table + " WHERE " + rows.column +
                                 " IN (" + owned + ")"),
                  count(*admin, "SELECT count(*) FROM unnest('{" + owned + "}'::bigint[])"))
            << rows.select;
    }
    // Without anything to lean on: the leader reads as many as their units have.
    EXPECT_EQ(count(*db, "SELECT count(*) FROM risk"),
              count(*admin, "SELECT count(*) FROM (" + rowsByUnit()[2].select + " IN (" + own() + ")) x"));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM asset"), assetsIn(own()));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM asset WHERE id = " + std::to_string(subAsset)), 1);
    // The register's own tables are every reader's.
    EXPECT_EQ(count(*db, "SELECT count(*) FROM unit"), count(*admin, "SELECT count(*) FROM unit"));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM matrix_cell"), count(*admin, "SELECT count(*) FROM matrix_cell"));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit WHERE object_type = 'matrix'"),
              count(*admin, "SELECT count(*) FROM audit WHERE object_type = 'matrix'"));
}

TEST_F(ServerAccessTest, ASectionLeaderWritesInTheirUnitsOnly)
{
    const std::string leader = granted("leader", Duty::SectionLeader, {ownName});
    auto db = as(leader);
    const std::string otherAsset =
        std::to_string(*Statement(*admin, ("SELECT min(id) FROM asset WHERE unit_id = " + other()).c_str()).scalar());
    const std::string otherRisk = std::to_string(*Statement(*admin, ("SELECT min(r.id) FROM risk r JOIN assessment a "
                                                                     "ON a.id = r.assessment_id WHERE a.unit_id = " +
                                                                     other())
                                                                        .c_str())
                                                      .scalar());
    const std::string otherAssessment = std::to_string(
        *Statement(*admin, ("SELECT min(id) FROM assessment WHERE unit_id = " + other()).c_str()).scalar());
    // Another unit's rows: an insert is refused, an update or delete finds nothing.
    EXPECT_NE(fileErrorOf([&] {
                  db->exec(("INSERT INTO asset (name, type, personal_data, unit_id) SELECT 'x', type, personal_data, " +
                            other() + " FROM asset LIMIT 1")
                               .c_str());
              }).find("row-level security"),
              std::string::npos);
    EXPECT_NE(fileErrorOf([&] {
                  db->exec(("INSERT INTO risk (assessment_id, position, threat, aspects, knowledge, many_affected) "
                            "SELECT " +
                            otherAssessment + ", 99, 'x', aspects, knowledge, many_affected FROM risk LIMIT 1")
                               .c_str());
              }).find("row-level security"),
              std::string::npos);
    db->exec(("UPDATE asset SET notes = 'changed' WHERE id = " + otherAsset).c_str());
    EXPECT_EQ(db->changes(), 0);
    db->exec(("DELETE FROM risk WHERE id = " + otherRisk).c_str());
    EXPECT_EQ(db->changes(), 0);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM risk WHERE id = " + otherRisk), 1);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM asset WHERE notes = 'changed'"), 0);
    // Their own: in the unit and its sub-unit, as they like; but not moved out to another unit.
    const std::string asset = std::to_string(
        *Statement(*db, ("INSERT INTO asset (name, type, personal_data, unit_id) SELECT 'Ny', type, personal_data, " +
                         std::to_string(subUnit) + " FROM asset LIMIT 1 RETURNING id")
                            .c_str())
             .scalar());
    db->exec(("UPDATE asset SET notes = 'mine' WHERE id = " + asset).c_str());
    EXPECT_EQ(db->changes(), 1);
    EXPECT_NE(fileErrorOf([&] {
                  db->exec(("UPDATE asset SET unit_id = " + other() + " WHERE id = " + asset).c_str());
              }).find("row-level security"),
              std::string::npos);
    const std::string ownRisk = std::to_string(*Statement(*admin, ("SELECT min(r.id) FROM risk r JOIN assessment a ON "
                                                                   "a.id = r.assessment_id WHERE a.unit_id = " +
                                                                   std::to_string(ownUnit))
                                                                      .c_str())
                                                    .scalar());
    db->exec(("DELETE FROM risk WHERE id = " + ownRisk).c_str());
    EXPECT_EQ(db->changes(), 1);
    // The register's own tables are the security officer's.
    EXPECT_NE(fileErrorOf([&] { db->exec("UPDATE matrix_zone SET name = 'x'"); }).find("permission denied"),
              std::string::npos);
    EXPECT_NE(fileErrorOf([&] { db->exec("INSERT INTO unit (name) VALUES ('Mine')"); }).find("permission denied"),
              std::string::npos);
}

TEST_F(ServerAccessTest, AReaderReadsAndWritesNothing)
{
    const std::string reader = granted("reader", Duty::Reader);
    auto db = as(reader);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM risk"), count(*admin, "SELECT count(*) FROM risk"));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit"), count(*admin, "SELECT count(*) FROM audit"));
    for (const char *sql :
         {"INSERT INTO asset (name, unit_id) VALUES ('x', NULL)", "UPDATE risk SET position = 0", "DELETE FROM measure",
          "INSERT INTO approval (subject, object_id, approved_by, role, date, "
          "fingerprint) VALUES ('plan', NULL, 'x', 'y', '2026-01-01', 'z')"})
        EXPECT_NE(fileErrorOf([&] { db->exec(sql); }).find("permission denied"), std::string::npos) << sql;

    // A reader of one unit reads that unit only.
    const std::string unitReader = granted("unitreader", Duty::Reader, {otherName});
    auto limited = as(unitReader);
    EXPECT_EQ(count(*limited, "SELECT count(*) FROM asset"), assetsIn(other()));
    EXPECT_EQ(count(*limited, "SELECT count(*) FROM incident WHERE unit_id = " + std::to_string(ownUnit)), 0);
}

// 002 §25 stk. 5-6: management approves plans and accepts the risk that remains; it reads every unit.
TEST_F(ServerAccessTest, ManagementReadsAllAndApprovesAndAccepts)
{
    const std::string management = granted("management", Duty::Management);
    auto db = as(management);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM measure"), count(*admin, "SELECT count(*) FROM measure"));
    const std::int64_t before = count(*admin, "SELECT count(*) FROM approval");
    db->exec(("INSERT INTO approval (subject, object_id, approved_by, role, date, fingerprint) VALUES ('plan', " +
              other() + ", 'Rådmann', 'rådmann', '2026-01-01', 'f')")
                 .c_str());
    const std::string risk = std::to_string(*Statement(*admin, "SELECT min(id) FROM risk").scalar());
    db->exec(("INSERT INTO risk_acceptance (risk_id, accepted_by, role, date, justification, expires) VALUES (" + risk +
              ", 'Rådmann', 'rådmann', '2026-01-01', 'why', '2027-01-01')")
                 .c_str());
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM approval"), before + 1);
    EXPECT_NE(fileErrorOf([&] { db->exec("UPDATE asset SET notes = 'x'"); }).find("permission denied"),
              std::string::npos);
    // A section leader does not approve their own plan.
    auto leader = as(granted("leader", Duty::SectionLeader, {ownName}));
    EXPECT_NE(fileErrorOf([&] {
                  leader->exec(("INSERT INTO approval (subject, object_id, approved_by, role, date, fingerprint) "
                                "VALUES ('plan', " +
                                std::to_string(ownUnit) + ", 'x', 'y', '2026-01-01', 'z')")
                                   .c_str());
              }).find("permission denied"),
              std::string::npos);
}

// Issue 16: "no role can change or delete audit rows".
TEST_F(ServerAccessTest, NobodyButASuperuserChangesOrDeletesTheAuditTrail)
{
    const std::int64_t entries = count(*admin, "SELECT count(*) FROM audit");
    const std::string lastHash = [&] {
        Statement last(*admin, "SELECT chain_hash FROM audit ORDER BY id DESC LIMIT 1");
        last.step();
        return last.text(0);
    }();
    for (const std::string &role :
         {granted("officer", Duty::SecurityOfficer), granted("leader", Duty::SectionLeader, {ownName}),
          granted("management", Duty::Management)}) {
        auto db = as(role);
        for (const char *sql : {"UPDATE audit SET os_user = 'x'", "DELETE FROM audit", "TRUNCATE audit"}) {
            try {
                db->exec(sql);
                EXPECT_EQ(db->changes(), 0) << role << ": " << sql;
            } catch (const FileError &error) {
                EXPECT_NE(std::string(error.what()).find("permission denied"), std::string::npos) << error.what();
            }
        }
    }
    // The register's owner (here a superuser) is stopped by the trail's own triggers.
    EXPECT_NE(fileErrorOf([&] { admin->exec("UPDATE audit SET os_user = 'x' WHERE id = 1"); }).find("append-only"),
              std::string::npos);
    EXPECT_NE(fileErrorOf([&] { admin->exec("DELETE FROM audit WHERE id = 1"); }).find("append-only"),
              std::string::npos);
    EXPECT_NE(fileErrorOf([&] { admin->exec("TRUNCATE audit CASCADE"); }).find("append-only"), std::string::npos);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM audit"), entries);
    Statement last(*admin, "SELECT chain_hash FROM audit ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(last.step());
    EXPECT_EQ(last.text(0), lastHash);
    // Only a superuser, setting the triggers aside on purpose, can.
    Transaction transaction(*admin);
    admin->exec("SET LOCAL session_replication_role = replica");
    admin->exec("DELETE FROM audit WHERE id = 1");
    EXPECT_EQ(admin->changes(), 1);
}

// Issue 16: "the audit trail on the server names the database user of every change", and every writer
// appends after the trail's true last entry, however little of it they may read.
TEST_F(ServerAccessTest, AnEntryNamesItsDatabaseUserAndGoesAfterTheTrueLastOne)
{
    const std::string leader = granted("leader", Duty::SectionLeader, {ownName});
    const std::string otherLeader = granted("otherleader", Duty::SectionLeader, {otherName});
    auto db = as(leader);
    auto theirs = as(otherLeader);
    const std::string append = "INSERT INTO audit (id, at, os_user, action, object_type, object_id, object_name) "
                               "VALUES ((SELECT id + 1 FROM trygg_audit_tail()), '2026-01-01T00:00Z', ?1, 'edit', "
                               "'asset', ?2, 'x')";
    const Id otherAsset = *Statement(*admin, ("SELECT min(id) FROM asset WHERE unit_id = " + other()).c_str()).scalar();
    Statement(*theirs, append.c_str()).bind(1, otherLeader).bind(2, otherAsset).run();
    // The other unit's entry is the last, and the leader cannot read it, yet appends after it.
    EXPECT_LT(count(*db, "SELECT max(id) FROM audit"), count(*admin, "SELECT max(id) FROM audit"));
    EXPECT_EQ(count(*db, "SELECT id FROM trygg_audit_tail()"), count(*admin, "SELECT max(id) FROM audit"));
    const std::string message =
        fileErrorOf([&] { Statement(*db, append.c_str()).bind(1, "somebody else").bind(2, subAsset).run(); });
    EXPECT_NE(message.find("names the database user"), std::string::npos) << message;
    Statement(*db, append.c_str()).bind(1, leader).bind(2, subAsset).run();
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM audit WHERE os_user = '" + leader + "'"), 1);
    EXPECT_EQ(count(*theirs, "SELECT count(*) FROM audit WHERE os_user = '" + leader + "'"), 0);

    // An object that is gone: its deletion's entry (which records no state) stays its unit's.
    admin->exec(("DELETE FROM asset WHERE id = " + std::to_string(otherAsset)).c_str());
    Statement(*admin, "INSERT INTO audit (id, at, os_user, action, object_type, object_id, object_name) VALUES "
                      "((SELECT id + 1 FROM trygg_audit_tail()), '2026-01-01T00:00Z', session_user, 'delete', "
                      "'asset', ?1, 'gone')")
        .bind(1, otherAsset)
        .run();
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit WHERE object_name = 'gone'"), 0);
    EXPECT_EQ(count(*theirs, "SELECT count(*) FROM audit WHERE object_name = 'gone'"), 1);
}

TEST_F(ServerAccessTest, EveryTableOfAUnitIsGuarded)
{
    for (const char *table : {"asset", "assessment", "assessment_asset", "risk", "measure", "measure_risk",
                              "policy_document", "review", "risk_acceptance", "approval", "incident", "incident_asset",
                              "incident_risk", "incident_measure", "rule_exception", "origin", "audit"})
        EXPECT_EQ(count(*admin, std::string("SELECT count(*) FROM pg_class WHERE relname = '") + table +
                                    "' AND relrowsecurity AND relnamespace = to_regnamespace(current_schema())"),
                  1)
            << table;
    EXPECT_EQ(count(*admin, "SELECT version FROM trygg_schema"), server::SchemaVersion);
}

// What the window shows (issue 16: "the window shows what you may do").
TEST_F(ServerAccessTest, AccessSaysWhatTheConnectedUserMayDo)
{
    const server::Access everything = server::access(*admin);
    EXPECT_TRUE(everything.everything);
    EXPECT_TRUE(everything.mayEdit(otherUnit));
    EXPECT_TRUE(everything.mayGrant());

    const std::string leader = granted("leader", Duty::SectionLeader, {ownName});
    const server::Access access = server::access(*as(leader));
    EXPECT_FALSE(access.everything);
    EXPECT_EQ(access.duty, Duty::SectionLeader);
    EXPECT_TRUE(access.mayEdit(ownUnit));
    EXPECT_TRUE(access.mayEdit(subUnit));
    EXPECT_FALSE(access.mayEdit(otherUnit));
    EXPECT_FALSE(access.mayEdit(std::nullopt));
    EXPECT_TRUE(access.mayRead(subUnit));
    EXPECT_FALSE(access.mayRead(otherUnit));
    EXPECT_FALSE(access.mayApprove());
    EXPECT_FALSE(access.mayGrant());

    const server::Access management = server::access(*as(granted("management", Duty::Management)));
    EXPECT_TRUE(management.mayRead(otherUnit));
    EXPECT_FALSE(management.mayEdit(otherUnit));
    EXPECT_TRUE(management.mayApprove());

    const server::Access nobody = server::access(*as(roles.make("nobody")));
    EXPECT_FALSE(nobody.duty);
    EXPECT_FALSE(nobody.mayRead(ownUnit));
}

TEST_F(ServerAccessTest, OnlyASecurityOfficerOrTheOwnerGrants)
{
    const std::string kari = roles.make("kari");
    EXPECT_NE(errorOf<InputError>([&] {
                  server::grant(*admin, "no_such_role_x", Duty::Reader, {}, std::nullopt);
              }).find("no database role 'no_such_role_x'"),
              std::string::npos);
    EXPECT_NE(errorOf<InputError>([&] {
                  server::grant(*admin, kari, Duty::SectionLeader, {"Nowhere"}, std::nullopt);
              }).find("no unit named 'Nowhere' (units: "),
              std::string::npos);
    EXPECT_NE(errorOf<InputError>([&] {
                  server::grant(*admin, kari, Duty::Reader, {}, std::string("Nobody"));
              }).find("no person named 'Nobody'"),
              std::string::npos);

    const std::string leader = granted("leader", Duty::SectionLeader, {ownName});
    auto asLeader = as(leader);
    const std::string refused = fileErrorOf([&] { server::grant(*asLeader, kari, Duty::Reader, {}, std::nullopt); });
    EXPECT_NE(refused.find("only a security officer or the register's owner"), std::string::npos) << refused;
    // Behind the command's back, the server refuses too.
    EXPECT_NE(fileErrorOf([&] {
                  asLeader->exec(("SELECT trygg_grant('" + kari + "', 'reader', '{}', NULL)").c_str());
              }).find("permission denied"),
              std::string::npos);

    const std::string officer = granted("officer", Duty::SecurityOfficer);
    auto asOfficer = as(officer);
    const std::string person = [&] {
        Statement first(*admin, "SELECT name FROM person ORDER BY id LIMIT 1");
        first.step();
        return first.text(0);
    }();
    const server::RoleAccess given = server::grant(*asOfficer, kari, Duty::SectionLeader, {otherName}, person);
    EXPECT_EQ(given.units, std::vector<std::string>{otherName});
    EXPECT_EQ(given.person, person);
    auto asKari = as(kari);
    EXPECT_EQ(count(*asKari, "SELECT count(*) FROM asset"), assetsIn(other()));
    EXPECT_EQ(server::access(*asKari).personId.has_value(), true);
    // A second unit is added; a new duty replaces the old one and its units.
    EXPECT_EQ(server::grant(*asOfficer, kari, Duty::SectionLeader, {ownName}, std::nullopt).units.size(), 2u);
    server::grant(*asOfficer, kari, Duty::Management, {}, std::nullopt);
    EXPECT_TRUE(server::grant(*asOfficer, kari, Duty::Management, {}, std::nullopt).units.empty());
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE "
                            "r.rolname = '" +
                                kari + "'"),
              1);
    EXPECT_FALSE(server::access(*as(kari)).mayEdit(otherUnit));

    EXPECT_EQ(server::grants(*asOfficer).size(), 3u); // leader, officer, kari
    server::revoke(*asOfficer, kari, {});
    EXPECT_NE(fileErrorOf([&] { as(kari)->exec("SELECT count(*) FROM risk"); }).find("permission denied"),
              std::string::npos);
    EXPECT_NE(errorOf<InputError>([&] { server::revoke(*asOfficer, kari, {}); }).find("no access"), std::string::npos);
}

// A register made before access by unit (its server schema older than version 3) gets it by the upgrade step,
// its audit entries placed in their units; the group roles a database of that name had are used again.
TEST_F(ServerAccessTest, TheUpgradeStepBringsAccessByUnitToAnOlderRegister)
{
    backToServerVersionOne(*admin);
    ASSERT_EQ(count(*admin, "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'trygg\\_audit%'"), 0);

    server::upgrade(*admin);
    EXPECT_EQ(count(*admin, "SELECT version FROM trygg_schema"), server::SchemaVersion);
    server::upgrade(*admin); // once only
    auto db = as(granted("leader", Duty::SectionLeader, {ownName}));
    const std::string others = idsIn(rowsByUnit()[7].select, other()); // the audit entries of the other's risks
    ASSERT_FALSE(others.empty());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit WHERE id IN (" + others + ")"), 0);
    const std::string owned = idsIn(rowsByUnit()[7].select, own());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit WHERE id IN (" + owned + ")"),
              count(*admin, "SELECT count(*) FROM audit WHERE id IN (" + owned + ")"))
        << "the entries there were are placed in their units";
    EXPECT_EQ(count(*db, "SELECT count(*) FROM risk"),
              count(*admin, "SELECT count(*) FROM (" + rowsByUnit()[2].select + " IN (" + own() + ")) x"));
    EXPECT_NE(fileErrorOf([&] { admin->exec("DELETE FROM audit WHERE id = 1"); }).find("append-only"),
              std::string::npos);
}

namespace {

// A register whose owner is no superuser, as README's "Preparing the server" makes it: the database is the
// owner's, and the owner makes the duties' group roles (CREATEROLE) or finds them made.
class ServerAccessOwnerTest : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.make(SqlBackend::Postgres));
        roles.setAdmin(testServerAddress());
    }
    // The test database made over to a new role with `attributes`; its address as that role.
    std::string ownedBy(const std::string &attributes)
    {
        const std::string owner = roles.make("owner", attributes);
        const std::string location = server.location();
        const std::size_t slash = location.find('/', location.find("://") + 3);
        const std::string database = location.substr(slash + 1, location.find('?') - slash - 1);
        connectTo(testServerAddress(), SqlConnection::Mode::ReadWrite)
            ->exec(("ALTER DATABASE " + database + " OWNER TO " + owner).c_str());
        return asUser(location, owner);
    }
    std::int64_t count(const std::string &address, const char *sql)
    {
        return Statement(*connectTo(address, SqlConnection::Mode::ReadOnly), sql).scalar().value_or(-1);
    }

    TestRoles roles;
    SqlTestDatabase server;
};

} // namespace

TEST_F(ServerAccessOwnerTest, AnOwnerWithCreateRoleMakesTheRegisterAndGrants)
{
    const std::string address = ownedBy("LOGIN CREATEROLE");
    server::create(address, "no", "Kommunen");
    auto owner = connectTo(address, SqlConnection::Mode::ReadWrite);
    EXPECT_TRUE(server::access(*owner).everything);
    owner->exec("INSERT INTO unit (name) VALUES ('Skole'), ('Helse')");
    const std::string kari = roles.make("kari");
    server::grant(*owner, kari, Duty::SectionLeader, {"skole"}, std::nullopt);
    owner->exec(
        "INSERT INTO asset (name, type, personal_data, unit_id) SELECT 'Elevregister', 'it system', 'sensitive', "
        "id FROM unit WHERE name = 'Skole'");
    owner->exec("INSERT INTO asset (name, type, personal_data, unit_id) SELECT 'Journal', 'it system', 'sensitive', "
                "id FROM unit WHERE name = 'Helse'");
    EXPECT_EQ(count(asUser(server.location(), kari), "SELECT count(*) FROM asset"), 1);
    // The owner's own changes to the trail are refused as anyone's.
    EXPECT_NE(fileErrorOf([&] { owner->exec("DELETE FROM audit"); }).find("append-only"), std::string::npos);
}

TEST_F(ServerAccessOwnerTest, AnOwnerWhoMayNotMakeRolesIsToldWhatTheAdministratorDoesAndNothingIsMade)
{
    const std::string address = ownedBy("LOGIN");
    const std::string message = fileErrorOf([&] { server::create(address, "no", "Kommunen"); });
    EXPECT_NE(message.find("the register's owner may not create roles: the server's administrator creates it"),
              std::string::npos)
        << message;
    EXPECT_EQ(count(address, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"),
              0);
}

namespace {

// Issue 16: access by unit holds for Trygg's own edits too. A section leader edits the lines of their own unit
// through the same core operations as anyone (the trail naming them), and an edit of another unit's is refused
// by the server, nothing changed.
TEST_F(ServerAccessTest, ASectionLeaderEditsTheirOwnUnitThroughTryggAndIsRefusedElsewhere)
{
    const std::string leader = granted("leader", Duty::SectionLeader, {ownName});
    RegisterFile file = RegisterFile::open(asUser(server.location(), leader));
    RegisterData data = file.load();
    ASSERT_FALSE(data.risks.empty());
    for (const RiskAssessment &assessment : data.assessments)
        EXPECT_NE(assessment.unitId, otherUnit);

    const Risk mine = data.risks.front();
    Risk rescored = mine;
    rescored.consequence = mine.consequence == 1 ? 2 : 1;
    mirrorEdit(data, applyEdit(file, edits::change(data, rescored)));
    EXPECT_EQ(file.stored<Risk>(mine.id)->consequence, rescored.consequence);
    const std::vector<AuditEntry> trail = file.history(std::nullopt, std::pair{std::string("risk"), mine.id});
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.back().osUser, leader);

    // Another unit's line, as the superuser sees it: the leader's edit of it changes nothing.
    const Id theirs = *Statement(*admin, "SELECT r.id FROM risk r JOIN assessment a ON a.id = r.assessment_id "
                                         "WHERE a.unit_id = ?1 ORDER BY r.id LIMIT 1")
                           .bind(1, otherUnit)
                           .scalar();
    const std::int64_t entries = count(*admin, "SELECT count(*) FROM audit");
    Risk foreign = *RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly).stored<Risk>(theirs);
    const std::string threat = foreign.threat;
    foreign.threat = "Endret av en annen enhet";
    EXPECT_THROW(file.updateRisk(foreign), Error);
    EXPECT_EQ(RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly).stored<Risk>(theirs)->threat,
              threat);
    // A new asset in another unit: the server refuses it.
    Asset asset;
    asset.name = "Fremmed system";
    asset.unitId = otherUnit;
    const std::string refused = errorOf<FileError>([&] { file.addAsset(asset); });
    EXPECT_NE(refused.find("does not allow"), std::string::npos) << refused;
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM audit"), entries);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM asset WHERE name = 'Fremmed system'"), 0);
}

} // namespace
