// SPDX-License-Identifier: EUPL-1.2
#include "AssetRegisterReport.h"

#include "ReportBuilder.h"
#include "ReportText.h"

#include "common/DomainTexts.h"
#include "model/RegisterData.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace trygg::ui {

using report::Align;
using report::Cell;
using report::Table;
using report::TableRow;

namespace {

using reporttext::text;

std::string level(const std::optional<int> &value)
{
    return value ? std::to_string(*value) : std::string();
}

} // namespace

void addAssetRegister(report::ReportDocument &document, const RegisterData &data, std::optional<Id> unitId)
{
    Table table;
    table.columns = {{text(ReportBuilder::tr("Unit")), 1.4},
                     {text(ReportBuilder::tr("Asset")), 2.2},
                     {text(ReportBuilder::tr("Type")), 1.2},
                     {text(ReportBuilder::tr("Owner")), 1.4},
                     {text(ReportBuilder::tr("Deputy")), 1.4},
                     {text(ReportBuilder::tr("Personal data")), 1.1},
                     {text(ReportBuilder::tr("Persons registered")), 0.9, Align::Right},
                     {text(ReportBuilder::tr("C")), 0.3, Align::Centre},
                     {text(ReportBuilder::tr("I")), 0.3, Align::Centre},
                     {text(ReportBuilder::tr("A")), 0.3, Align::Centre},
                     {text(ReportBuilder::tr("Classification")), 1.5}};
    table.emptyText = text(ReportBuilder::tr("The register has no assets."));
    std::vector<const Asset *> assets;
    for (const Asset &asset : data.assets) {
        if (!unitId || asset.unitId == unitId)
            assets.push_back(&asset);
    }
    QCollator collator{QLocale()}; // the report's language (LanguageScope)
    collator.setNumericMode(true);
    const auto compare = [&](const std::string &a, const std::string &b) {
        return collator.compare(QString::fromStdString(a), QString::fromStdString(b));
    };
    std::stable_sort(assets.begin(), assets.end(), [&](const Asset *a, const Asset *b) {
        const int unit = compare(data.unitName(a->unitId), data.unitName(b->unitId));
        return unit != 0 ? unit < 0 : compare(a->name, b->name) < 0;
    });
    const std::string none = "\u2013";
    const auto orNone = [&](const std::string &value) { return value.empty() ? none : value; };
    for (const Asset *asset : assets) {
        TableRow row;
        row.marked = !asset->ownerId; // 002 §30: every asset has an owner
        row.cells = {Cell{data.unitName(asset->unitId)},
                     Cell{asset->name, std::nullopt, true},
                     Cell{text(DomainTexts::assetType(asset->type))},
                     Cell{asset->ownerId ? data.personName(asset->ownerId) : text(ReportBuilder::tr("no owner"))},
                     Cell{data.personName(asset->deputyId)},
                     Cell{text(DomainTexts::personalData(asset->personalData))},
                     Cell{asset->persons ? text(QLocale().toString(*asset->persons)) : std::string()},
                     Cell{level(asset->confidentiality)},
                     Cell{level(asset->integrity)},
                     Cell{level(asset->availability)},
                     Cell{asset->classification}};
        table.rows.push_back(std::move(row));
    }
    document.blocks.emplace_back(report::Paragraph{
        text(ReportBuilder::tr("%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.", nullptr,
                               static_cast<int>(assets.size())))});
    document.blocks.emplace_back(std::move(table));
    for (const Asset *asset : assets) {
        const std::string unit = data.unitName(asset->unitId);
        document.blocks.emplace_back(report::Heading{unit.empty() ? asset->name : asset->name + " · " + unit});
        document.blocks.emplace_back(report::Facts{{
            {text(ReportBuilder::tr("Purpose")), orNone(asset->purpose)},
            {text(ReportBuilder::tr("Information held")), orNone(asset->information)},
            {text(ReportBuilder::tr("Personal data")), text(DomainTexts::personalData(asset->personalData))},
            {text(ReportBuilder::tr("Persons registered")),
             asset->persons ? text(QLocale().toString(*asset->persons)) : none},
            {text(ReportBuilder::tr("Legal basis")), orNone(asset->legalBasis)},
            {text(ReportBuilder::tr("Notification or licence")), orNone(asset->notification)},
            {text(ReportBuilder::tr("Operator")), orNone(asset->operatorName)},
            {text(ReportBuilder::tr("Data processing agreement")),
             text(DomainTexts::yesNo(asset->dataProcessingAgreement))},
            {text(ReportBuilder::tr("Safeguards")), orNone(asset->safeguards)},
            {text(ReportBuilder::tr("Storage and communication")), orNone(asset->storage)},
            {text(ReportBuilder::tr("Archiving and deletion")), orNone(asset->archiving)},
            {text(ReportBuilder::tr("Notes")), orNone(asset->notes)},
        }});
    }
}

} // namespace trygg::ui
