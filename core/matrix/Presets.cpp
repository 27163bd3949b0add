// SPDX-License-Identifier: EUPL-1.2
#include "matrix/Presets.h"

#include "model/Error.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace trygg {

namespace {

// Colours shared by the presets: green below the acceptance line, then yellow, orange, red.
constexpr const char *Green = "#4caf50";
constexpr const char *Yellow = "#ffd54f";
constexpr const char *Orange = "#fb8c00";
constexpr const char *Red = "#e53935";

// 003 section 5.1 "Enkel modell for risikovurdering", word for word. The source has no colon after
// "Svært alvorlig"; the definition is the sentence that follows it.
RiskMatrix norwegian()
{
    RiskMatrix matrix;
    matrix.preset = "no";
    matrix.probability = {
        {"Meget liten", "Hendelsen inntreffer 1 gang pr. 50. år eller sjeldnere."},
        {"Liten", "Hendelsen inntreffer 1 gang pr 10. år eller sjeldnere."},
        {"Moderat", "Hendelsen inntreffer årlig eller sjeldnere."},
        {"Stor", "Hendelsen inntreffer flere ganger i året."},
        {"Svært stor", "Hendelsen inntreffer en gang i uka eller oftere."},
    };
    matrix.consequence = {
        {"Ubetydelig",
         "Hendelsen kan medføre økonomisk tap men som kan gjenopprettes, eller kan føre til tap av omdømme eller "
         "integritet (eksempelvis kompromittering av opplysninger den registrerte oppfatter som følsomme)."},
        {"Liten",
         "Hendelsen kan medføre betydelig økonomisk tap men som kan gjenopprettes, eller kan føre til tap av omdømme "
         "eller integritet (eksempelvis kompromittering av opplysninger den registrerte kan oppfatte som krenkende, "
         "eller som andre kan gjøre nytte av)."},
        {"Moderat",
         "Hendelsen kan medføre betydelig økonomisk tap som vanskelig kan gjenopprettes, eller kan føre til alvorlig "
         "tap av omdømme eller integritet."},
        {"Alvorlig", "Hendelsen kan medføre uopprettelig økonomisk tap, eller kan føre til alvorlig tap av omdømme og "
                     "integritet."},
        {"Svært alvorlig",
         "Hendelsen kan medføre alvorlig økonomiske tap eller kan føre til alvorlig tap av omdømme eller integritet "
         "som påvirker helse eller økonomi."},
    };
    matrix.zones = {
        {"Akseptabel", Green, 1, 4, true},
        {"Vurderes", Yellow, 5, 9, false},
        {"Ikke akseptabel", Red, 10, 25, false},
    };
    // 003 section 5.1: "Personvernkonsekvens må rangeres høyere, eksempelvis ett nivå, dersom hendelsen
    // får følger for mange mennesker."
    matrix.manyAffectedRaises = true;
    return matrix;
}

// The Norwegian labels in the style of DSB (Direktoratet for samfunnssikkerhet og beredskap), which many
// municipalities know from their ROS analyses. The definitions are Trygg's own frequency and harm
// wording; the zones are those of `no`.
RiskMatrix norwegianDsb()
{
    RiskMatrix matrix = norwegian();
    matrix.preset = "no-dsb";
    matrix.probability = {
        {"Lite sannsynlig", "Hendelsen kan inntreffe sjeldnere enn én gang hvert 50. år."},
        {"Mindre sannsynlig", "Hendelsen kan inntreffe én gang i løpet av 10 til 50 år."},
        {"Sannsynlig", "Hendelsen kan inntreffe én gang i løpet av 1 til 10 år."},
        {"Meget sannsynlig", "Hendelsen kan inntreffe én eller flere ganger i året."},
        {"Svært sannsynlig", "Hendelsen kan inntreffe månedlig eller oftere."},
    };
    matrix.consequence = {
        {"Ubetydelig", "Ingen eller ubetydelig skade for personer, tjenester, økonomi eller omdømme."},
        {"Mindre alvorlig", "Begrenset skade som raskt kan rettes opp; tjenestene påvirkes kortvarig."},
        {"Betydelig", "Merkbar skade for personer, tjenester, økonomi eller omdømme, som kan rettes opp med innsats."},
        {"Alvorlig", "Alvorlig skade for liv, helse, personvern, tjenester eller økonomi, som er vanskelig å rette "
                     "opp."},
        {"Svært alvorlig", "Tap av liv eller varig helseskade, alvorlig krenkelse av personvernet til mange, eller "
                           "langvarig bortfall av kritiske tjenester."},
    };
    return matrix;
}

// Danish 5x5 for the municipalities of 000-002; the scale itself is not taken from their texts.
RiskMatrix danish()
{
    RiskMatrix matrix;
    matrix.preset = "dk";
    matrix.probability = {
        {"Meget lav", "Sker sjældnere end hvert 10. år."},
        {"Lav", "Sker hvert 5.-10. år."},
        {"Middel", "Sker årligt."},
        {"Høj", "Sker flere gange om året."},
        {"Meget høj", "Sker månedligt eller oftere."},
    };
    matrix.consequence = {
        {"Ubetydelig", "Ingen mærkbar skade for borgere, drift, økonomi eller omdømme."},
        {"Mindre væsentlig", "Mindre gener for borgere eller drift, som let kan genoprettes."},
        {"Væsentlig", "Mærkbar skade for borgere, drift, økonomi eller omdømme, som kan genoprettes med en indsats."},
        {"Alvorlig", "Alvorlig skade for borgere, drift, økonomi eller omdømme, som er vanskelig at genoprette."},
        {"Kritisk", "Kritisk skade for borgeres liv, helbred eller rettigheder eller for kommunens drift, som ikke "
                    "kan genoprettes."},
    };
    matrix.zones = {
        {"Acceptabel", Green, 1, 4, true},
        {"Skal vurderes", Yellow, 5, 9, false},
        {"Ikke acceptabel", Red, 10, 25, false},
    };
    matrix.manyAffectedRaises = true;
    return matrix;
}

// A 4x4 inspired by the guidance of MSB (Myndigheten för samhällsskydd och beredskap) that Swedish
// municipalities such as 004 follow; not an official MSB matrix (MSB prescribes none). Each scale has
// names of its own, apart from the zones' and from KLASSA's classification levels (issue 18), and the
// probability levels are frequency bands that do not overlap.
RiskMatrix swedish()
{
    RiskMatrix matrix;
    matrix.preset = "se";
    matrix.probability = {
        {"Sällsynt", "Inträffar mer sällan än en gång på tio år."},
        {"Möjlig", "Inträffar någon gång under en tioårsperiod, men inte varje år."},
        {"Sannolik", "Inträffar en eller några gånger per år, men inte varje månad."},
        {"Mycket sannolik", "Inträffar varje månad eller oftare."},
    };
    matrix.consequence = {
        {"Liten", "Ingen eller liten skada för enskilda, verksamheten eller kommunens förtroende."},
        {"Kännbar", "Begränsad skada som snabbt kan återställas; verksamheten påverkas kortvarigt."},
        {"Stor", "Stor skada för enskilda, verksamheten, ekonomin eller kommunens förtroende."},
        {"Mycket stor", "Mycket stor skada för liv, hälsa, enskildas integritet, ekonomin eller förtroendet, som är "
                        "svår att återställa."},
    };
    // The bands follow the reachable products of a 4x4 grid (1 2 3 4 6 8 9 12 16); 7 cannot occur.
    matrix.zones = {
        {"Låg", Green, 1, 2, true},
        {"Medel", Yellow, 3, 6, false},
        {"Hög", Orange, 8, 12, false},
        {"Extremt hög", Red, 16, 16, false},
    };
    matrix.manyAffectedRaises = true;
    // The two far corners are coloured higher than their product (4) would: a monthly event however small,
    // and a rare one with very great consequences, ask for more than a "Medel" gives them.
    constexpr int High = 2;
    matrix.setCellZone(1, 4, High);
    matrix.setCellZone(4, 1, High);
    return matrix;
}

// A neutral English 5x5 in the common ISO 31000 / ISO 27005 wording.
RiskMatrix international()
{
    RiskMatrix matrix;
    matrix.preset = "iso";
    matrix.probability = {
        {"Rare", "Happens less often than once in 10 years."}, {"Unlikely", "Happens once in 3 to 10 years."},
        {"Possible", "Happens once in 1 to 3 years."},         {"Likely", "Happens several times a year."},
        {"Almost certain", "Happens monthly or more often."},
    };
    matrix.consequence = {
        {"Insignificant", "No noticeable harm to people, services, finances or reputation."},
        {"Minor", "Limited harm that is easily put right."},
        {"Moderate", "Noticeable harm to people, services or reputation that can be put right with effort."},
        {"Major", "Serious harm to people, services, finances or reputation that is hard to put right."},
        {"Severe", "Harm to life, health, rights or essential services that cannot be put right."},
    };
    matrix.zones = {
        {"Low", Green, 1, 4, true},
        {"Medium", Yellow, 5, 9, false},
        {"High", Red, 10, 25, false},
    };
    matrix.manyAffectedRaises = true;
    return matrix;
}

struct Preset {
    const char *name;
    const char *language;
    RiskMatrix (*make)();
};

constexpr Preset Presets[] = {
    {"no", "nb", norwegian}, {"no-dsb", "nb", norwegianDsb}, {"dk", "da", danish},
    {"se", "sv", swedish},   {"iso", "en", international},
};

// Preset names are typed on the command line: accept " NO " as well as "no".
const Preset *findPreset(std::string_view name)
{
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front())))
        name.remove_prefix(1);
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())))
        name.remove_suffix(1);
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
    for (const Preset &preset : Presets) {
        if (folded == preset.name)
            return &preset;
    }
    return nullptr;
}

} // namespace

std::vector<std::string> presetNames()
{
    std::vector<std::string> names;
    for (const Preset &preset : Presets)
        names.emplace_back(preset.name);
    return names;
}

bool isPreset(std::string_view name)
{
    return findPreset(name) != nullptr;
}

RiskMatrix presetMatrix(std::string_view name)
{
    if (const Preset *preset = findPreset(name))
        return preset->make();
    throw InputError(trygg::trMsg("unknown preset '%1': choose %2", std::string(name), presetChoices()));
}

Message presetChoices()
{
    std::string names;
    const std::size_t last = std::size(Presets) - 1;
    for (std::size_t i = 0; i < last; ++i)
        names += (i == 0 ? "" : ", ") + std::string(Presets[i].name);
    return trygg::trMsg("%1 or %2", names, Presets[last].name);
}

std::string presetLanguage(std::string_view name)
{
    // The preset field of a register is informational and may name no preset (a matrix set up by
    // hand); its texts are then taken to be English rather than refusing to open the register.
    if (const Preset *preset = findPreset(name))
        return preset->language;
    return "en";
}

std::string presetForLanguage(std::string_view language)
{
    return language == "da" ? "dk" : language == "nb" ? "no" : language == "sv" ? "se" : "iso";
}

std::vector<Level> classificationLevelsFor(std::string_view language)
{
    if (language == "sv") // KLASSA (SKR), the classification model Swedish municipalities use
        return {
            {"Försumbar", "Ingen eller försumbar skada för enskilda eller verksamheten."},
            {"Måttlig", "Måttlig skada som verksamheten kan hantera inom ramen för det vanliga arbetet."},
            {"Betydande", "Betydande skada för enskilda, verksamheten, ekonomin eller förtroendet."},
            {"Allvarlig", "Allvarlig skada för liv, hälsa, enskildas integritet, verksamheten eller förtroendet."},
            {"Synnerligen allvarlig",
             "Synnerligen allvarlig skada, som fara för liv eller omfattande skada för samhällsviktig verksamhet."},
        };
    if (language == "nb")
        return {
            {"Ubetydelig", "Ingen eller ubetydelig skade for personer eller virksomheten."},
            {"Moderat", "Moderat skade som virksomheten kan håndtere i det vanlige arbeidet."},
            {"Betydelig", "Betydelig skade for personer, tjenester, økonomi eller omdømme."},
            {"Alvorlig", "Alvorlig skade for liv, helse, personvern, tjenester eller omdømme."},
            {"Svært alvorlig", "Svært alvorlig skade, som fare for liv eller omfattende skade på samfunnskritiske "
                               "tjenester."},
        };
    if (language == "da")
        return {
            {"Ubetydelig", "Ingen eller ubetydelig skade for borgere eller drift."},
            {"Moderat", "Moderat skade, som kan håndteres i den daglige drift."},
            {"Betydelig", "Betydelig skade for borgere, drift, økonomi eller omdømme."},
            {"Alvorlig", "Alvorlig skade for liv, helbred, privatliv, drift eller omdømme."},
            {"Meget alvorlig", "Meget alvorlig skade, som fare for liv eller omfattende skade på samfundskritiske "
                               "opgaver."},
        };
    return {
        {"Negligible", "No or negligible harm to people or services."},
        {"Moderate", "Moderate harm that the organisation handles in its ordinary work."},
        {"Significant", "Significant harm to people, services, finances or reputation."},
        {"Serious", "Serious harm to life, health, privacy, services or reputation."},
        {"Very serious", "Very serious harm, such as danger to life or extensive harm to essential services."},
    };
}

std::vector<Level> presetClassificationLevels(std::string_view preset)
{
    return classificationLevelsFor(presetLanguage(preset));
}

ReviewRules presetReviewRules(std::string_view name)
{
    ReviewRules rules;
    rules.rules = {"odd-year", "months:12", "months:6", "months:12"};
    if (name == "dk")
        rules.rules[static_cast<std::size_t>(ReviewKind::Policy)] = "months:24";
    else if (name == "se")
        rules.rules[static_cast<std::size_t>(ReviewKind::Policy)] = "yearly:10-31";
    return rules;
}

} // namespace trygg
