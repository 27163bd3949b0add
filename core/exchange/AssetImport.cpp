// Importing the asset register from CSV (the contract's asset columns, or their Nordic names).
#include "exchange/CsvImport.h"

#include "exchange/ImportRows.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Tokens.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <unordered_map>

namespace trygg {
namespace {

struct PendingAsset {
    int row = 0;
    Asset asset;
    std::string unit;
    std::string owner;
    std::string deputy;
};

// Copies the value of one column from a parsed row onto an asset (unit and people are resolved apart).
void copyColumn(int column, const Asset &from, Asset &to)
{
    switch (column) {
    case assetcol::Name: to.name = from.name; break;
    case assetcol::Type: to.type = from.type; break;
    case assetcol::Purpose: to.purpose = from.purpose; break;
    case assetcol::Information: to.information = from.information; break;
    case assetcol::PersonalData: to.personalData = from.personalData; break;
    case assetcol::Persons: to.persons = from.persons; break;
    case assetcol::LegalBasis: to.legalBasis = from.legalBasis; break;
    case assetcol::Operator: to.operatorName = from.operatorName; break;
    case assetcol::Dpa: to.dataProcessingAgreement = from.dataProcessingAgreement; break;
    case assetcol::Confidentiality: to.confidentiality = from.confidentiality; break;
    case assetcol::Integrity: to.integrity = from.integrity; break;
    case assetcol::Availability: to.availability = from.availability; break;
    case assetcol::Classification: to.classification = from.classification; break;
    case assetcol::Archiving: to.archiving = from.archiving; break;
    case assetcol::Safeguards: to.safeguards = from.safeguards; break;
    case assetcol::Storage: to.storage = from.storage; break;
    case assetcol::Notes: to.notes = from.notes; break;
    default: break;
    }
}

PendingAsset readAsset(const ImportRow &row)
{
    PendingAsset p;
    p.row = row.row();
    Asset &a = p.asset;
    a.name = row.text(assetcol::Name);
    if (a.name.empty())
        row.error(assetcol::Name, "the asset has no name");
    const std::string type = row.text(assetcol::Type);
    if (auto parsed = parseAssetType(type))
        a.type = *parsed;
    else
        row.error(assetcol::Type, "'" + type + "' is not a type of asset: use " + assetTypeChoices());
    p.unit = row.text(assetcol::Unit);
    p.owner = row.text(assetcol::Owner);
    p.deputy = row.text(assetcol::Deputy);
    a.purpose = row.text(assetcol::Purpose);
    a.information = row.text(assetcol::Information);
    if (const std::string personal = row.text(assetcol::PersonalData); !personal.empty()) {
        if (auto parsed = parsePersonalData(personal))
            a.personalData = *parsed;
        else
            row.error(assetcol::PersonalData, "'" + personal + "' is not one of " + personalDataChoices());
    }
    a.persons = row.count(assetcol::Persons);
    a.legalBasis = row.text(assetcol::LegalBasis);
    a.operatorName = row.text(assetcol::Operator);
    a.dataProcessingAgreement = row.boolean(assetcol::Dpa).value_or(false);
    a.confidentiality = row.classificationLevel(assetcol::Confidentiality);
    a.integrity = row.classificationLevel(assetcol::Integrity);
    a.availability = row.classificationLevel(assetcol::Availability);
    a.classification = row.text(assetcol::Classification);
    a.archiving = row.text(assetcol::Archiving);
    a.safeguards = row.text(assetcol::Safeguards);
    a.storage = row.text(assetcol::Storage);
    a.notes = row.text(assetcol::Notes);
    return p;
}

} // namespace

ImportSummary importAssetsCsv(RegisterFile &file, std::string_view csv, std::string_view fileName)
{
    // Known assets are updated with only the columns the file has.
    std::unordered_map<Id, Asset> known;
    for (const Asset &asset : file.load().assets)
        known.emplace(asset.id, asset);
    auto write = [&](const PendingAsset &p, const ColumnMapping &mapping, NameResolver &names, ImportSummary &summary) {
        const std::optional<Id> unitId = names.unit(p.unit);
        const std::optional<Id> existing = file.findAsset(unitId, p.asset.name);
        Asset asset = existing ? known.at(*existing) : Asset{};
        for (int column = 0; column < assetcol::Count; ++column)
            if (mapping.fieldOf[static_cast<std::size_t>(column)] >= 0)
                copyColumn(column, p.asset, asset);
        asset.unitId = unitId;
        if (!existing || mapping.fieldOf[assetcol::Owner] >= 0)
            asset.ownerId = names.person(p.owner);
        if (!existing || mapping.fieldOf[assetcol::Deputy] >= 0)
            asset.deputyId = names.person(p.deputy);
        if (existing) {
            file.updateAsset(asset);
            ++summary.updated;
        } else {
            asset.id = file.addAsset(asset);
            ++summary.created;
        }
        known[asset.id] = asset;
    };
    return runImport(file, "asset", csv, fileName, assetColumns(), readAsset, write);
}

} // namespace trygg
