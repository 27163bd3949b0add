#include "exchange/Columns.h"

#include "model/Error.h"
#include "model/Text.h"

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

} // namespace

const std::vector<ColumnSpec> &assetColumns()
{
    // English, then Danish, Norwegian and Swedish words used in registers and spreadsheets.
    static const std::vector<ColumnSpec> columns = {
        {"name", {"navn", "namn", "system", "systemnavn", "systemnamn", "aktiv", "informationsaktiv"}, true},
        {"type", {"typ", "aktivtype", "kategori"}, true},
        {"unit",
         {"enhed", "enhet", "afdeling", "avdeling", "avdelning", "seksjon", "forvaltning", "förvaltning", "sektor",
          "organisation", "organisasjon"}},
        {"owner",
         {"ejer", "eier", "ägare", "systemejer", "systemeier", "systemägare", "informationsägare", "dataejer",
          "ansvarlig"}},
        {"deputy", {"stedfortræder", "stedfortreder", "ersättare", "stellvertreter", "backup"}},
        {"purpose", {"formål", "ändamål", "syfte", "informasjon/formål"}},
        {"information",
         {"informationstype", "informasjonstype", "informationstyp", "typeofinformation", "oplysninger", "opplysninger",
          "uppgifter"}},
        {"personal_data",
         {"personoplysninger", "personopplysninger", "personuppgifter", "personaldata", "sensitivepersonaldata",
          "sensitive"}},
        {"persons",
         {"antalpersoner", "antallpersoner", "antalregistrerede", "antallregistrerte", "antalregistrerade",
          "registered"}},
        {"legal_basis", {"hjemmel", "lovhjemmel", "rättsliggrund", "rättsligagrund", "retsgrundlag", "legalbasis"}},
        {"operator",
         {"leverandør", "leverantör", "driftsoperatør", "driftsleverandør", "driftsleverantör", "supplier",
          "leverandor"}},
        {"dpa",
         {"databehandleraftale", "databehandleravtale", "personuppgiftsbiträdesavtal", "biträdesavtal",
          "dataprocessingagreement"}},
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
         {"noter", "bemærkninger", "merknader", "anmärkningar", "kommentar", "kommentarer", "anteckningar",
          "comments"}},
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
    };
    return columns;
}

std::vector<std::string> assetHeader()
{
    return namesOf(assetColumns(), assetcol::Count);
}

std::vector<std::string> riskHeader()
{
    return namesOf(riskColumns(), riskcol::ResidualProbability);
}

ColumnMapping mapColumns(const std::vector<std::string> &header, const std::vector<ColumnSpec> &columns,
                         std::string_view fileName)
{
    const std::string file(fileName);
    ColumnMapping mapping;
    mapping.fieldOf.assign(columns.size(), -1);
    for (std::size_t field = 0; field < header.size(); ++field) {
        const std::string key = headerKey(header[field]);
        if (key.empty())
            continue;
        int found = -1;
        for (std::size_t c = 0; c < columns.size() && found < 0; ++c) {
            if (headerKey(columns[c].name) == key)
                found = static_cast<int>(c);
            for (std::string_view alias : columns[c].aliases)
                if (found < 0 && headerKey(alias) == key)
                    found = static_cast<int>(c);
        }
        if (found < 0) {
            mapping.ignored.push_back(header[field]);
            continue;
        }
        int &slot = mapping.fieldOf[static_cast<std::size_t>(found)];
        if (slot >= 0)
            throw InputError(file + ": row 1: the columns '" + header[static_cast<std::size_t>(slot)] + "' and '" +
                             header[field] + "' both mean '" +
                             std::string(columns[static_cast<std::size_t>(found)].name) + "'");
        slot = static_cast<int>(field);
    }
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].required && mapping.fieldOf[c] < 0)
            throw InputError(file + ": row 1: the required column '" + std::string(columns[c].name) + "' is missing");
    return mapping;
}

} // namespace trygg
