// SPDX-License-Identifier: EUPL-1.2
// The rules of units, people and assets beyond their fields' checks (RecordWrites.cpp writes them), and
// look-ups by name.
#include "storage/RegisterFile.h"

#include "model/Error.h"
#include "model/Text.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

namespace trygg {

void RegisterFile::checkRules(const OrgUnit &unit) const
{
    const auto other = findUnit(unit.name);
    if (!other || *other == unit.id)
        return;
    const std::optional<OrgUnit> existing = stored<OrgUnit>(*other);
    if (existing && existing->name != trim(unit.name))
        throw InputError(trygg::trMsg("a unit named '%1' already exists as '%2'; unit names that differ only in "
                                      "upper and lower case are one unit",
                                      unit.name, existing->name));
    throw InputError(trygg::trMsg("a unit named '%1' already exists", unit.name));
}

void RegisterFile::checkUnused(const OrgUnit &unit) const
{
    Statement &used = cached("SELECT 1 FROM asset WHERE unit_id = ?1 UNION ALL SELECT 1 FROM assessment WHERE "
                             "unit_id = ?1 LIMIT 1");
    if (used.bind(1, unit.id).scalar())
        throw InputError(trygg::trMsg("the unit still has assets or risk assessments; move or delete them first"));
}

void RegisterFile::checkRules(const Person &person) const
{
    if (auto other = findPerson(person.name); other && *other != person.id)
        throw InputError(trygg::trMsg("a person named '%1' already exists", person.name));
}

void RegisterFile::checkRules(const Asset &asset) const
{
    if (auto other = findAsset(asset.unitId, asset.name); other && *other != asset.id)
        throw InputError(trygg::trMsg("an asset named '%1' already exists in this unit", asset.name));
}

// Issue 12: "Skole" and "SKOLE" are one unit. The name as written first (a register made before this rule
// may hold both spellings; check reports them), then without regard to case (foldCase: Nordic letters too).
std::optional<Id> RegisterFile::findUnit(std::string_view name) const
{
    if (auto exact = cached("SELECT id FROM unit WHERE name = ?1").bind(1, trim(name)).scalar())
        return exact;
    const std::string wanted = foldCase(trim(name));
    Statement &units = cached("SELECT id, name FROM unit ORDER BY id");
    units.reset();
    std::optional<Id> found;
    while (!found && units.step())
        if (foldCase(units.textView(1)) == wanted)
            found = units.int64(0);
    units.reset();
    return found;
}

std::optional<Id> RegisterFile::findPerson(std::string_view name) const
{
    return cached("SELECT id FROM person WHERE name = ?1").bind(1, trim(name)).scalar();
}

std::optional<Id> RegisterFile::findAsset(std::optional<Id> unitId, std::string_view name) const
{
    return cached("SELECT id FROM asset WHERE unit_id IS NOT DISTINCT FROM ?1 AND name = ?2")
        .bind(1, unitId)
        .bind(2, trim(name))
        .scalar();
}

std::optional<Id> RegisterFile::findAssessment(std::optional<Id> unitId, std::string_view name) const
{
    return cached("SELECT id FROM assessment WHERE unit_id IS NOT DISTINCT FROM ?1 AND name = ?2")
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
