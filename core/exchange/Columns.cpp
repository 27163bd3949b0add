// SPDX-License-Identifier: EUPL-1.2
#include "exchange/Columns.h"

#include "model/Error.h"
#include "model/Text.h"
#include "model/ValueWords.h"

#include <algorithm>
#include <map>

// lupdate files the labels under the contexts of the window's forms, where they are translated. The
// core has no Qt: the marker stands for the text itself.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace trygg {
namespace {

std::string headerKey(std::string_view text)
{
    std::string key;
    for (char ch : foldCase(trim(text)))
        if (ch != ' ' && ch != '_' && ch != '-' && ch != '.' && ch != '/')
            key += ch;
    return key;
}

std::vector<std::string> namesOf(const std::vector<ColumnSpec> &columns, std::size_t count)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count; ++i)
        names.emplace_back(columns[i].name);
    return names;
}

Message label(const char *context, const char *text)
{
    return Message::pattern(context, text, nullptr, std::nullopt, {});
}

// The window's label for each column, in the order of the columns; the columns after them have none.
const std::vector<Message> &assetLabels()
{
    static const std::vector<Message> labels = {
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Name:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Type:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Unit:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Owner:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Deputy:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Purpose:")),
        label("trygg::ui::AssetEditorDialog",
              QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "Type of &information:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Personal data:")),
        label("trygg::ui::AssetEditorDialog",
              QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "Number of p&ersons registered:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Legal basis:")),
        label("trygg::ui::AssetEditorDialog",
              QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "O&perator or supplier:")),
        label("trygg::ui::AssetTableModel",
              QT_TRANSLATE_NOOP("trygg::ui::AssetTableModel", "Data processing agreement with the operator")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Confidentiality:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Integrity:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Availability:")),
        label("trygg::ui::AssetEditorDialog",
              QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Document classification:")),
        label("trygg::ui::AssetEditorDialog",
              QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "A&rchiving and deletion decision:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "&Safeguards:")),
        label("trygg::ui::AssetEditorDialog",
              QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "S&torage and communication:")),
        label("trygg::ui::AssetEditorDialog", QT_TRANSLATE_NOOP("trygg::ui::AssetEditorDialog", "Notes")),
    };
    return labels;
}

const std::vector<Message> &riskLabels()
{
    static const std::vector<Message> labels = {
        label("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Unit")),
        label("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Assessment")),
        label("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Asset")),
        label("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "What can happen?")),
        label("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Aspects")),
        label("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Probability")),
        label("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Consequence")),
        label("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Many affected")),
        label("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Knowledge")),
        label("trygg::ui::RiskFormModel", QT_TRANSLATE_NOOP("trygg::ui::RiskFormModel", "Existing measures")),
        label("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Measure")),
        label("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Responsible")),
        label("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Deadline")),
        label("trygg::ui::ActionPlanModel", QT_TRANSLATE_NOOP("trygg::ui::ActionPlanModel", "Status")),
        label("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Residual probability")),
        label("trygg::ui::HistoryModel", QT_TRANSLATE_NOOP("trygg::ui::HistoryModel", "Residual consequence")),
    };
    return labels;
}

const std::vector<Message> &labelsOf(const std::vector<ColumnSpec> &columns)
{
    // By their names, not their address: the asset import copies the columns to relax one for KITOS.
    static const std::vector<Message> none;
    const auto same = [&](const std::vector<ColumnSpec> &known) {
        return columns.size() == known.size() && !columns.empty() && columns.front().name == known.front().name;
    };
    return same(assetColumns()) ? assetLabels() : same(riskColumns()) ? riskLabels() : none;
}

// A form's label as a header: "Number of p&ersons registered:" is "Number of persons registered".
std::string cleanLabel(std::string text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '&' && i + 1 < text.size() && text[i + 1] != '&')
            continue;
        if (text[i] == '&')
            ++i;
        out += text[i];
    }
    while (!out.empty() && (out.back() == ':' || out.back() == ' '))
        out.pop_back();
    return out;
}

} // namespace

std::string columnLabel(const std::vector<ColumnSpec> &columns, int column, std::string_view language)
{
    const std::vector<Message> &labels = labelsOf(columns);
    if (column < 0 || static_cast<std::size_t>(column) >= columns.size())
        return {};
    if (static_cast<std::size_t>(column) >= labels.size())
        return std::string(columns[static_cast<std::size_t>(column)].name);
    return cleanLabel(renderIn(labels[static_cast<std::size_t>(column)], language));
}

const std::vector<ColumnSpec> &assetColumns()
{
    // English, then Danish, Norwegian and Swedish words used in registers and spreadsheets.
    static const std::vector<ColumnSpec> columns = {
        {"name",
         {"navn", "namn", "system", "systemnavn", "systemnamn", "aktiv", "informationsaktiv", "itsystem",
          "itsystemnavn"},
         true},
        {"type", {"typ", "aktivtype", "kategori"}, true},
        {"unit",
         {"enhed", "enhet", "afdeling", "avdeling", "avdelning", "seksjon", "forvaltning", "förvaltning", "sektor",
          "organisation", "organisasjon", "ansvorganisationsenhed", "ansvarligorganisationsenhed", "ansvarligorgenhed",
          "organisationsenhed"}},
        {"owner",
         {"ejer", "eier", "ägare", "systemejer", "systemeier", "systemägare", "informationsägare", "dataejer",
          "ansvarlig"}},
        {"deputy", {"stedfortræder", "stedfortreder", "ersättare", "stellvertreter", "backup"}},
        {"purpose", {"formål", "ändamål", "syfte", "informasjon/formål", "systemetsoverordnedeformål"}},
        {"information",
         {"informationstype", "informasjonstype", "informationstyp", "typeofinformation", "oplysninger", "opplysninger",
          "uppgifter"}},
        {"personal_data",
         {"personoplysninger", "personopplysninger", "personuppgifter", "personaldata", "sensitivepersonaldata",
          "sensitive", "datatype"}},
        {"persons",
         {"antalpersoner", "antallpersoner", "antalregistrerede", "antallregistrerte", "antalregistrerade",
          "registered"}},
        {"legal_basis", {"hjemmel", "lovhjemmel", "rättsliggrund", "rättsligagrund", "retsgrundlag", "legalbasis"}},
        {"operator",
         {"leverandør", "leverantör", "driftsoperatør", "driftsleverandør", "driftsleverantör", "supplier",
          "leverandor"}},
        {"dpa",
         {"databehandleraftale", "databehandleravtale", "personuppgiftsbiträdesavtal", "biträdesavtal",
          "dataprocessingagreement", "databehandleraftaleerindgået"}},
        {"confidentiality", {"fortrolighed", "konfidensialitet", "konfidentialitet", "sekretess"}},
        {"integrity", {"integritet", "riktighet"}},
        {"availability", {"tilgængelighed", "tilgjengelighet", "tillgänglighet"}},
        {"classification",
         {"klassifikation", "klassifisering", "klassificering", "dokumentklassifikation", "skjermingsgrad"}},
        {"archiving",
         {"arkivering", "arkiveringogsletning", "arkiveringogsletting", "gallring", "sletning", "sletting",
          "bevarandeochgallring"}},
        {"safeguards", {"sikringstiltak", "sikkerhedsforanstaltninger", "skyddsåtgärder", "sikring"}},
        {"storage",
         {"opbevaring", "lagring", "lagringogkommunikasjon", "opbevaringogkommunikation", "lagringochkommunikation"}},
        {"notes",
         {"noter", "bemærkninger", "merknader", "anmärkningar", "kommentar", "kommentarer", "anteckningar", "comments",
          "note"}},
        {"notification",
         {"notificationorlicence", "notificationorlicense", "melding", "konsesjon", "meldingkonsesjon",
          "anmeldelse", "tilladelse", "anmälan", "tillstånd", "licence", "license"}},
        {"system_responsible", {"systemansvarlig", "systemansvarig"}},
        {"risk_assessment_done", {"foretagetrisikovurdering"}},
        {"risk_assessment_date", {"datoforsenesterisikovurdering"}},
        {"risk_assessment_planned", {"datoforplanlagtrisikovurdering"}},
        {"risk_assessment_result", {"hvadvistesenesterisikovurdering", "hvadvistedensenesterisikovurdering?"}},
    };
    return columns;
}

const std::vector<ColumnSpec> &riskColumns()
{
    static const std::vector<ColumnSpec> columns = {
        {"unit",
         {"enhed", "enhet", "afdeling", "avdeling", "avdelning", "seksjon", "forvaltning", "förvaltning", "sektor"}},
        {"assessment", {"risikovurdering", "riskbedömning", "riskanalys", "vurdering"}, true},
        {"asset", {"aktiv", "informationsaktiv", "informasjonsaktiv", "informationstillgång", "tillgång", "system"}},
        {"threat",
         {"hændelse", "hendelse", "händelse", "hvakanskje", "hvadkanske", "vadkanhända", "trussel", "hot", "risiko",
          "risk", "uønskethendelse"},
         true},
        {"aspects", {"aspekter", "aspekt", "vurderesfor"}},
        {"probability", {"sandsynlighed", "sannsynlighet", "sannolikhet", "s"}, true},
        {"consequence", {"konsekvens", "k"}, true},
        {"many_affected", {"mangeberørte", "mangeberørt", "mångaberörda", "manyaffected", "mangeramt"}},
        {"knowledge",
         {"vidensgrundlag", "kunnskapsstyrke", "kunskapsunderlag", "kunnskapsgrunnlag", "viden", "kunnskap",
          "kunskap"}},
        {"existing_measures",
         {"eksisterendetiltag", "eksisterendetiltak", "befintligaåtgärder", "nuværendetiltag", "dagenstiltak"}},
        {"measure", {"tiltag", "tiltak", "åtgärd", "foranstaltning"}},
        {"responsible", {"ansvarlig", "ansvarig", "ansvar"}},
        {"deadline", {"frist", "tidsfrist", "senest", "dato", "datum"}},
        {"status", {"tilstand"}},
        {"residual_probability", {"restsandsynlighed", "restsannsynlighet", "restsannolikhet"}},
        {"residual_consequence", {"restkonsekvens"}},
        {"id", {}},
        {"completed", {"fuldført", "fullført", "utført", "udført", "slutfört", "genomförd", "gjennomført"}},
    };
    return columns;
}

std::vector<std::string> assetHeader()
{
    return namesOf(assetColumns(), assetcol::SystemResponsible);
}

std::vector<std::string> riskHeader()
{
    return namesOf(riskColumns(), riskcol::ResidualProbability);
}

bool isKitosExport(const std::vector<std::string> &header)
{
    static const std::vector<std::string> markers = {
        "itsystem",      "ansvorganisationsenhed",     "ansvarligorganisationsenhed",  "foretagetrisikovurdering",
        "lokalsystemid", "systemetsoverordnedeformål", "databehandleraftaleerindgået", "itsystemetdriftes",
    };
    for (const std::string &cell : header)
        if (std::find(markers.begin(), markers.end(), headerKey(cell)) != markers.end())
            return true;
    return false;
}

std::vector<int> suggestColumns(const std::vector<std::string> &header, const std::vector<ColumnSpec> &columns)
{
    std::vector<int> result(header.size(), -1);
    // The window's labels in every language (issue 13: "Type informasjon", "Antall registrerte personer").
    std::map<std::string, int> byLabel;
    const std::vector<Message> &labels = labelsOf(columns);
    for (std::size_t c = 0; c < labels.size(); ++c)
        for (const std::string &text : everyRendering(labels[c]))
            byLabel.emplace(headerKey(cleanLabel(text)), static_cast<int>(c));
    for (std::size_t field = 0; field < header.size(); ++field) {
        const std::string key = headerKey(header[field]);
        if (key.empty())
            continue;
        for (std::size_t c = 0; c < columns.size() && result[field] < 0; ++c) {
            if (headerKey(columns[c].name) == key)
                result[field] = static_cast<int>(c);
            for (std::string_view alias : columns[c].aliases)
                if (result[field] < 0 && headerKey(alias) == key)
                    result[field] = static_cast<int>(c);
        }
        if (const auto it = byLabel.find(key); result[field] < 0 && it != byLabel.end())
            result[field] = it->second;
    }
    return result;
}

ColumnMapping mappingFromChoices(const std::vector<std::string> &header, const std::vector<int> &columnFor,
                                 const std::vector<ColumnSpec> &columns, std::string_view fileName, int headerRow)
{
    const std::string file(fileName);
    ColumnMapping mapping;
    mapping.fieldOf.assign(columns.size(), -1);
    mapping.headerOf.assign(columns.size(), std::string());
    for (std::size_t field = 0; field < header.size(); ++field) {
        const int chosen = field < columnFor.size() ? columnFor[field] : -1;
        if (chosen < 0) {
            if (!headerKey(header[field]).empty())
                mapping.ignored.push_back(header[field]);
            continue;
        }
        if (static_cast<std::size_t>(chosen) >= columns.size())
            throw InputError(trygg::trMsg("%1: row %2: the column '%3' is mapped to an unknown column", file, headerRow,
                                          header[field]));
        int &slot = mapping.fieldOf[static_cast<std::size_t>(chosen)];
        if (slot >= 0)
            throw InputError(trygg::trMsg("%1: row %2: the columns '%3' and '%4' both mean '%5'", file, headerRow,
                                          header[static_cast<std::size_t>(slot)], header[field],
                                          std::string(columns[static_cast<std::size_t>(chosen)].name)));
        slot = static_cast<int>(field);
        mapping.headerOf[static_cast<std::size_t>(chosen)] = trim(header[field]);
    }
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].required && mapping.fieldOf[c] < 0)
            throw InputError(trygg::trMsg("%1: row %2: the required column '%3' is missing", file, headerRow,
                                          std::string(columns[c].name)));
    return mapping;
}

ColumnMapping mapColumns(const std::vector<std::string> &header, const std::vector<ColumnSpec> &columns,
                         std::string_view fileName, int headerRow)
{
    return mappingFromChoices(header, suggestColumns(header, columns), columns, fileName, headerRow);
}

} // namespace trygg
