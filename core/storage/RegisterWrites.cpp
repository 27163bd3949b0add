// Every change to a register: one transaction each, validated here so that the GUI, the CLI and
// imports share one set of rules.
#include "storage/RegisterFile.h"

#include "model/Error.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

namespace trygg {

using namespace validation;

void RegisterFile::removeRow(const char *sql, Id id, const Message &missing, std::string_view objectType)
{
    requireWritable();
    Transaction transaction(*m_db);
    const Snapshot before = snapshot(objectType, id);
    Statement &statement = cached(sql);
    statement.bind(1, id).run();
    if (m_db->changes() == 0)
        throw InputError(missing);
    // Reviews name their object by kind and id, without a foreign key: they go with it.
    const std::string_view reviewKind = objectType == "document" ? std::string_view("policy") : objectType;
    if (reviewKind == "asset" || reviewKind == "assessment" || reviewKind == "measure" || reviewKind == "policy")
        cached("DELETE FROM review WHERE kind = ?1 AND object_id = ?2").bind(1, reviewKind).bind(2, id).run();
    recordDelete(objectType, id, before);
    transaction.commit();
}

Id RegisterFile::addUnit(const OrgUnit &unit)
{
    requireWritable();
    requireName(trygg::trMsg("the unit's name"), unit.name);
    if (findUnit(unit.name))
        throw InputError(trygg::trMsg("a unit named '%1' already exists", unit.name));
    Transaction transaction(*m_db);
    cached("INSERT INTO unit (id, name, parent_id) VALUES (?1, ?2, ?3)")
        .bind(1, idOrNull(unit.id))
        .bind(2, trim(unit.name))
        .bind(3, unit.parentId)
        .run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "unit", id, trim(unit.name));
    transaction.commit();
    return id;
}

void RegisterFile::updateUnit(const OrgUnit &unit)
{
    requireWritable();
    requireName(trygg::trMsg("the unit's name"), unit.name);
    if (auto other = findUnit(unit.name); other && *other != unit.id)
        throw InputError(trygg::trMsg("a unit named '%1' already exists", unit.name));
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("unit", unit.id);
    cached("UPDATE unit SET name = ?2, parent_id = ?3 WHERE id = ?1")
        .bind(1, unit.id)
        .bind(2, trim(unit.name))
        .bind(3, unit.parentId)
        .run();
    recordEdits("unit", unit.id, before);
    transaction.commit();
}

void RegisterFile::removeUnit(Id id)
{
    Statement &used = cached("SELECT 1 FROM asset WHERE unit_id = ?1 UNION ALL SELECT 1 FROM assessment WHERE "
                             "unit_id = ?1 LIMIT 1");
    if (used.bind(1, id).scalar())
        throw InputError(trygg::trMsg("the unit still has assets or risk assessments; move or delete them first"));
    removeRow("DELETE FROM unit WHERE id = ?1", id, trygg::trMsg("unit %1 does not exist", id), "unit");
}

Id RegisterFile::addPerson(const Person &person)
{
    requireWritable();
    requireName(trygg::trMsg("the person's name"), person.name);
    requireText(trygg::trMsg("the person's role"), person.role, MaxNameLength, false);
    if (findPerson(person.name))
        throw InputError(trygg::trMsg("a person named '%1' already exists", person.name));
    Transaction transaction(*m_db);
    cached("INSERT INTO person (id, name, role, security_leader, it_responsible) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, idOrNull(person.id))
        .bind(2, trim(person.name))
        .bind(3, person.role)
        .bind(4, person.securityLeader)
        .bind(5, person.itResponsible)
        .run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "person", id, trim(person.name));
    transaction.commit();
    return id;
}

void RegisterFile::updatePerson(const Person &person)
{
    requireWritable();
    requireName(trygg::trMsg("the person's name"), person.name);
    requireText(trygg::trMsg("the person's role"), person.role, MaxNameLength, false);
    if (auto other = findPerson(person.name); other && *other != person.id)
        throw InputError(trygg::trMsg("a person named '%1' already exists", person.name));
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("person", person.id);
    cached("UPDATE person SET name = ?2, role = ?3, security_leader = ?4, it_responsible = ?5 WHERE id = ?1")
        .bind(1, person.id)
        .bind(2, trim(person.name))
        .bind(3, person.role)
        .bind(4, person.securityLeader)
        .bind(5, person.itResponsible)
        .run();
    recordEdits("person", person.id, before);
    transaction.commit();
}

void RegisterFile::removePerson(Id id)
{
    removeRow("DELETE FROM person WHERE id = ?1", id, trygg::trMsg("person %1 does not exist", id), "person");
}

void RegisterFile::validateAsset(const Asset &asset) const
{
    requireName(trygg::trMsg("the asset's name"), asset.name);
    for (const auto &[field, value] : {std::pair<Message, const std::string *>{trygg::trMsg("purpose"), &asset.purpose},
                                       {trygg::trMsg("information"), &asset.information},
                                       {trygg::trMsg("legal basis"), &asset.legalBasis},
                                       {trygg::trMsg("operator"), &asset.operatorName},
                                       {trygg::trMsg("classification"), &asset.classification},
                                       {trygg::trMsg("archiving"), &asset.archiving},
                                       {trygg::trMsg("safeguards"), &asset.safeguards},
                                       {trygg::trMsg("storage"), &asset.storage},
                                       {trygg::trMsg("notes"), &asset.notes}})
        requireText(field, *value, MaxTextLength, false);
    requireLevel(trygg::trMsg("confidentiality"), asset.confidentiality, 0, ClassificationLevelMax);
    requireLevel(trygg::trMsg("integrity"), asset.integrity, 0, ClassificationLevelMax);
    requireLevel(trygg::trMsg("availability"), asset.availability, 0, ClassificationLevelMax);
    if (asset.persons && *asset.persons < 0)
        throw InputError(trygg::trMsg("the number of persons registered is negative"));
    if (asset.unitId && !cached("SELECT 1 FROM unit WHERE id = ?1").bind(1, *asset.unitId).scalar())
        throw InputError(trygg::trMsg("the asset's unit does not exist"));
    Statement &person = cached("SELECT 1 FROM person WHERE id = ?1");
    if (asset.ownerId && !person.bind(1, *asset.ownerId).scalar())
        throw InputError(trygg::trMsg("the asset's owner does not exist"));
    if (asset.deputyId && !person.bind(1, *asset.deputyId).scalar())
        throw InputError(trygg::trMsg("the asset's deputy does not exist"));
    if (auto other = findAsset(asset.unitId, asset.name); other && *other != asset.id)
        throw InputError(trygg::trMsg("an asset named '%1' already exists in this unit", asset.name));
}

namespace {
void bindAsset(Statement &s, const Asset &a)
{
    s.bind(2, trim(a.name))
        .bind(3, toToken(a.type))
        .bind(4, a.unitId)
        .bind(5, a.ownerId)
        .bind(6, a.deputyId)
        .bind(7, a.purpose)
        .bind(8, a.information)
        .bind(9, toToken(a.personalData))
        .bind(10, a.persons ? std::optional<std::int64_t>(*a.persons) : std::nullopt)
        .bind(11, a.legalBasis)
        .bind(12, a.operatorName)
        .bind(13, a.dataProcessingAgreement)
        .bind(14, a.confidentiality)
        .bind(15, a.integrity)
        .bind(16, a.availability)
        .bind(17, a.classification)
        .bind(18, a.archiving)
        .bind(19, a.safeguards)
        .bind(20, a.storage)
        .bind(21, a.notes);
}
} // namespace

Id RegisterFile::addAsset(const Asset &asset)
{
    requireWritable();
    validateAsset(asset);
    Statement &insert = cached(
        "INSERT INTO asset (id, name, type, unit_id, owner_id, deputy_id, purpose, information, personal_data, "
        "persons, legal_basis, operator, dpa, confidentiality, integrity, availability, classification, archiving, "
        "safeguards, storage, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?17, ?18, ?19, ?20, ?21)");
    Transaction transaction(*m_db);
    insert.bind(1, idOrNull(asset.id));
    bindAsset(insert, asset);
    insert.run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "asset", id, trim(asset.name));
    transaction.commit();
    return id;
}

void RegisterFile::updateAsset(const Asset &asset)
{
    requireWritable();
    validateAsset(asset);
    Statement &update =
        cached("UPDATE asset SET name = ?2, type = ?3, unit_id = ?4, owner_id = ?5, deputy_id = ?6, purpose = ?7, "
               "information = ?8, personal_data = ?9, persons = ?10, legal_basis = ?11, operator = ?12, dpa = ?13, "
               "confidentiality = ?14, integrity = ?15, availability = ?16, classification = ?17, archiving = ?18, "
               "safeguards = ?19, storage = ?20, notes = ?21 WHERE id = ?1");
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("asset", asset.id);
    update.bind(1, asset.id);
    bindAsset(update, asset);
    update.run();
    recordEdits("asset", asset.id, before);
    transaction.commit();
}

void RegisterFile::removeAsset(Id id)
{
    removeRow("DELETE FROM asset WHERE id = ?1", id, trygg::trMsg("asset %1 does not exist", id), "asset");
}

std::optional<Id> RegisterFile::findUnit(std::string_view name) const
{
    return cached("SELECT id FROM unit WHERE name = ?1").bind(1, trim(name)).scalar();
}

std::optional<Id> RegisterFile::findPerson(std::string_view name) const
{
    return cached("SELECT id FROM person WHERE name = ?1").bind(1, trim(name)).scalar();
}

std::optional<Id> RegisterFile::findAsset(std::optional<Id> unitId, std::string_view name) const
{
    return cached("SELECT id FROM asset WHERE unit_id IS ?1 AND name = ?2")
        .bind(1, unitId)
        .bind(2, trim(name))
        .scalar();
}

std::optional<Id> RegisterFile::findAssessment(std::optional<Id> unitId, std::string_view name) const
{
    return cached("SELECT id FROM assessment WHERE unit_id IS ?1 AND name = ?2")
        .bind(1, unitId)
        .bind(2, trim(name))
        .scalar();
}

std::optional<Id> RegisterFile::findMeasure(Id assessmentId, std::string_view what) const
{
    return cached("SELECT id FROM measure WHERE assessment_id = ?1 AND what = ?2")
        .bind(1, assessmentId)
        .bind(2, trim(what))
        .scalar();
}

} // namespace trygg
