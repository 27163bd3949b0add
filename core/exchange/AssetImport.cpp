// SPDX-License-Identifier: EUPL-1.2
// Importing the asset register from CSV (the contract's asset columns, or their Nordic names).
#include "exchange/CsvImport.h"

#include "exchange/ImportRows.h"
#include "model/Error.h"
#include "model/RegisterData.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "model/ValueWords.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <algorithm>
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
    case assetcol::Notification: to.notification = from.notification; break;
    default: break;
    }
}

// KITOS lists several people or agreements in one cell, comma-separated: the first person is the owner.
std::string firstOfList(const std::string &cell)
{
    return std::string(trim(std::string_view(cell).substr(0, cell.find(','))));
}

// KITOS "DataType": the data sensitivity levels of the system, e.g. "Almindelige personoplysninger,
// Følsomme personoplysninger"; the most sensitive one counts.
std::optional<PersonalData> kitosPersonalData(const std::string &cell)
{
    const std::string text = foldCase(cell);
    if (text.find("følsom") != std::string::npos || text.find("straf") != std::string::npos)
        return PersonalData::Sensitive;
    if (text.find("almindelig") != std::string::npos)
        return PersonalData::Ordinary;
    if (text.find("ingen") != std::string::npos)
        return PersonalData::None;
    return std::nullopt;
}

// KITOS "Databehandleraftale er indgået": Ja, Nej or Irrelevant per data processing registration.
std::optional<bool> kitosAgreement(const std::string &cell)
{
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find(',', start), cell.size());
        const std::string word = foldCase(trim(std::string_view(cell).substr(start, end - start)));
        if (word == "ja" || word == "yes")
            return true;
        if (!word.empty() && word != "nej" && word != "no" && word != "irrelevant" && word != "ved ikke")
            return std::nullopt;
        start = end + 1;
    }
    return false;
}

// The KITOS columns Trygg has no field for, as lines of the notes.
std::string kitosNotes(const ImportRow &row)
{
    static const std::pair<int, const char *> labels[] = {
        {assetcol::SystemResponsible, "Systemansvarlig"},
        {assetcol::RiskAssessmentDone, "Foretaget risikovurdering (KITOS)"},
        {assetcol::RiskAssessmentDate, "Dato for seneste risikovurdering (KITOS)"},
        {assetcol::RiskAssessmentPlanned, "Dato for planlagt risikovurdering (KITOS)"},
        {assetcol::RiskAssessmentResult, "Hvad viste seneste risikovurdering (KITOS)"},
    };
    std::string notes = row.text(assetcol::Notes);
    for (const auto &[column, label] : labels)
        if (const std::string value = row.text(column); !value.empty())
            notes += (notes.empty() ? "" : "\n") + std::string(label) + ": " + value;
    return notes;
}

bool hasKitosNotes(const ColumnMapping &mapping)
{
    for (int column = assetcol::SystemResponsible; column < assetcol::Count; ++column)
        if (mapping.fieldOf[static_cast<std::size_t>(column)] >= 0)
            return true;
    return false;
}

PendingAsset readAsset(const ImportRow &row, bool kitos)
{
    PendingAsset p;
    p.row = row.row();
    Asset &a = p.asset;
    a.name = row.text(assetcol::Name);
    if (a.name.empty())
        row.error(assetcol::Name, trygg::trMsg("the asset has no name"));
    const std::string type = row.text(assetcol::Type);
    if (kitos && !row.has(assetcol::Type))
        a.type = AssetType::ItSystem;
    else if (auto parsed = readValue<AssetType>(type))
        a.type = *parsed;
    else
        row.error(assetcol::Type, trygg::trMsg("'%1' is not a type of asset: use %2", type, wordsOf<AssetType>()));
    p.unit = row.text(assetcol::Unit);
    p.owner = kitos ? firstOfList(row.text(assetcol::Owner)) : row.text(assetcol::Owner);
    p.deputy = row.text(assetcol::Deputy);
    a.purpose = row.text(assetcol::Purpose);
    a.information = row.text(assetcol::Information);
    if (const std::string personal = row.text(assetcol::PersonalData); !personal.empty()) {
        auto parsed = readValue<PersonalData>(personal);
        if (!parsed && kitos)
            parsed = kitosPersonalData(personal);
        if (parsed)
            a.personalData = *parsed;
        else
            row.error(assetcol::PersonalData, trygg::trMsg("'%1' is not one of %2", personal, wordsOf<PersonalData>()));
    }
    a.persons = row.count(assetcol::Persons);
    a.legalBasis = row.text(assetcol::LegalBasis);
    a.operatorName = row.text(assetcol::Operator);
    if (kitos) {
        const std::string agreement = row.text(assetcol::Dpa);
        if (auto parsed = kitosAgreement(agreement))
            a.dataProcessingAgreement = *parsed;
        else
            row.error(assetcol::Dpa, trygg::trMsg("'%1' is not yes, no or irrelevant", agreement));
    } else {
        a.dataProcessingAgreement = row.boolean(assetcol::Dpa).value_or(false);
    }
    a.confidentiality = row.classificationLevel(assetcol::Confidentiality);
    a.integrity = row.classificationLevel(assetcol::Integrity);
    a.availability = row.classificationLevel(assetcol::Availability);
    a.classification = row.text(assetcol::Classification);
    a.archiving = row.text(assetcol::Archiving);
    a.safeguards = row.text(assetcol::Safeguards);
    a.storage = row.text(assetcol::Storage);
    a.notes = kitosNotes(row);
    a.notification = row.text(assetcol::Notification);
    return p;
}

} // namespace

ImportSummary importAssetsTable(RegisterFile &file, const CsvTable &table, std::string_view fileName,
                                const ImportOptions &options)
{
    // A KITOS export has no type column: its rows are IT systems.
    const bool kitos = isKitosExport(table.header);
    std::vector<ColumnSpec> columns = assetColumns();
    if (kitos)
        columns[assetcol::Type].required = false;
    // Known assets are updated with only the columns the file has.
    std::unordered_map<Id, Asset> known;
    for (const Asset &asset : file.load().assets)
        known.emplace(asset.id, asset);
    // The assets an earlier row of the file matched or created, and its row: a later row naming the
    // same asset would merge two rows into one asset (names are unique within a unit), so it is refused.
    std::unordered_map<Id, int> taken;
    auto read = [&](const ImportRow &row) { return readAsset(row, kitos); };
    auto write = [&](const PendingAsset &p, const ColumnMapping &mapping, NameResolver &names, ImportSummary &summary) {
        const std::optional<Id> unitId = names.unit(p.unit);
        const std::optional<Id> existing = file.findAsset(unitId, p.asset.name);
        if (existing && taken.count(*existing))
            throw InputError(trygg::trMsg("the asset '%1' is already in row %2 of the file (an asset's name is unique "
                                          "within its unit); give each row its own name",
                                          p.asset.name, taken.at(*existing)));
        Asset asset = existing ? known.at(*existing) : Asset{};
        for (int column = 0; column < assetcol::SystemResponsible; ++column)
            if (mapping.fieldOf[static_cast<std::size_t>(column)] >= 0)
                copyColumn(column, p.asset, asset);
        if (hasKitosNotes(mapping))
            copyColumn(assetcol::Notes, p.asset, asset);
        if (!existing && kitos && mapping.fieldOf[assetcol::Type] < 0)
            asset.type = p.asset.type;
        asset.unitId = unitId;
        if (!existing || mapping.fieldOf[assetcol::Owner] >= 0)
            asset.ownerId = names.person(p.owner);
        if (!existing || mapping.fieldOf[assetcol::Deputy] >= 0)
            asset.deputyId = names.person(p.deputy);
        if (existing) {
            // Counted as updated only when it really changes (issue 19).
            if (asset != known.at(*existing)) {
                file.updateAsset(asset);
                ++summary.updated;
            } else {
                ++summary.unchanged;
            }
        } else {
            asset.id = file.addAsset(asset);
            ++summary.created;
        }
        known[asset.id] = asset;
        taken.emplace(asset.id, p.row);
    };
    return runImport(file, "asset", table, fileName, columns, options, read, write);
}

ImportSummary importAssetsCsv(RegisterFile &file, std::string_view csv, std::string_view fileName)
{
    return importAssetsTable(file, parseCsv(csv, fileName), fileName, {});
}

} // namespace trygg
