#include "demo/DemoGenerator.h"

#include "risk/RiskRules.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <array>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trygg {
namespace {

// splitmix64 with our own range mapping: std::uniform_*_distribution differs between standard libraries,
// and the same seed must give the same register everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto &pick(const List &list) { return list[below(static_cast<int>(list.size()))]; }

private:
    std::uint64_t m_state;
};

constexpr auto Sys = AssetType::ItSystem, Db = AssetType::Database, Reg = AssetType::Register,
               App = AssetType::Application, Fil = AssetType::File, Proc = AssetType::Procedure, Pln = AssetType::Plan,
               Con = AssetType::Contract, Pap = AssetType::PaperArchive, Inf = AssetType::Infrastructure,
               Wel = AssetType::WelfareTechnology;

// An asset municipalities typically have: `unit` indexes Vocabulary::units (-1: any unit), `personal` is
// PersonalData (0 none, 1 ordinary, 2 sensitive).
struct AssetWord {
    const char *name;
    AssetType type;
    int unit;
    int personal;
};

// A `|`-separated word list, split once. Implicit, so that the vocabularies below read as packed text.
struct WordList : std::vector<std::string_view> {
    WordList(const char *packed)
    {
        for (std::string_view text = packed;;) {
            const std::size_t end = text.find('|');
            push_back(text.substr(0, end));
            if (end == std::string_view::npos)
                return;
            text.remove_prefix(end + 1);
        }
    }
};

// The words of one language. Units, threats and measures come in the same order in every language, and measure t
// is the usual answer to threat t. Roles: chief executive, security leader, IT head, unit leader, three staff
// roles. Operators: own operation first. Storage: paper last. Information: by personal data. Classifications:
// open, restricted.
struct Vocabulary {
    WordList units, laws, roles, threats, measures, existing, operators, purposes, archiving, safeguards, storage,
        information, followUps, classifications;
    std::string_view assessment;
    WordList firstNames, lastNames;
    std::span<const AssetWord> assets;
    // The yearly cycle: the municipality's policy documents; an incident of each IncidentType, in its order;
    // what was seen; approved exceptions as rule|reason pairs.
    WordList policies, incidents, observed, exceptions;
    std::string_view acceptance; // why management accepts a residual risk
};

constexpr int UnitCount = 10;
constexpr int UnitIt = 6;
constexpr int UnitTechnical = 3;
constexpr int ThreatCount = 22;
// The aspects of each threat (DOMAIN.md rule 4); Technical marks those the IT unit usually treats.
constexpr unsigned P = AspectPrivacy, C = AspectConfidentiality, I = AspectIntegrity, A = AspectAvailability,
                   Technical = 1u << 8;
constexpr std::array<unsigned, ThreatCount> threatTraits = {P | C,
                                                            I | A | Technical,
                                                            P | C,
                                                            C | I | A | Technical,
                                                            A,
                                                            P | C | Technical,
                                                            C | I | Technical,
                                                            P | C | Technical,
                                                            A | Technical,
                                                            P | C | I,
                                                            I,
                                                            P | C,
                                                            P | C,
                                                            P | C | Technical,
                                                            C | I | A | Technical,
                                                            P,
                                                            P | C,
                                                            A | I | Technical,
                                                            P | C,
                                                            A,
                                                            C | A,
                                                            I | A | Technical};

// clang-format off
constexpr const char *nbFirstNames = "Kari|Ola|Ingrid|Lars|Anne|Per|Marit|Knut|Silje|Håkon|Ragnhild|Jon|Siri|Bjørn|"
    "Hilde|Eirik|Tone|Øystein|Kristin|Magnus|Solveig|Torbjørn";
constexpr const char *nbLastNames = "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|"
    "Johnsen|Pettersen|Eriksen|Berg|Haugen|Hagen|Johannessen|Andreassen|Jacobsen|Dahl|Lund|Solberg";
constexpr AssetWord nbAssets[] = {
    {"Mikromarc", Sys, 0, 1}, {"Kulturskolens elevregister", Reg, 0, 1}, {"Gerica", Sys, 1, 2}, {"Profil", Sys, 1, 2},
    {"CosDoc", Sys, 1, 2}, {"Trygghetsalarm", Wel, 1, 2}, {"Elektronisk medisindispenser", Wel, 1, 2},
    {"Familia", Sys, 2, 2}, {"Socio", Sys, 2, 2}, {"Sosialhjelpsmapper", Pap, 2, 2}, {"Komtek", Sys, 3, 1},
    {"Driftskontroll vann og avløp", Inf, 3, 0}, {"Visma Enterprise", Sys, 4, 1}, {"Fakturaarkiv", Pap, 4, 1},
    {"Personalmappe", Fil, 5, 2}, {"Visma Lønn", App, 5, 1}, {"Arbeidsavtaler", Con, 5, 1},
    {"Active Directory", Inf, 6, 1}, {"Fellesområder", Inf, 6, 1}, {"Microsoft 365", App, 6, 1},
    {"Sikkerhetskopi", Db, 6, 1}, {"Acos WebSak", Sys, 7, 1}, {"Matrikkelen", Reg, 7, 1},
    {"Byggesaksarkiv", Pap, 7, 1}, {"Visma Flyt Barnehage", Sys, 8, 1}, {"Barnehageopptak", Reg, 8, 1},
    {"Visma Flyt Skole", Sys, 9, 2}, {"Elevregister", Reg, 9, 1}, {"Elevmapper", Pap, 9, 2}, {"PPT-journal", Db, 9, 2},
    {"Elements", Sys, 5, 1}, {"Public 360", Sys, 7, 1}, {"DocuLive", Sys, 1, 2}, {"Beredskapsplan", Pln, -1, 0},
    {"Databehandleravtaler", Con, -1, 0}, {"Rutinebeskrivelser", Proc, -1, 0}, {"E-post", App, -1, 1},
    {"Papirarkiv", Pap, -1, 1}};
const Vocabulary nb{
    .units = "Oppvekst og kultur|Helse og omsorg|NAV|Teknisk drift|Økonomi|Personal og organisasjon|IKT|Plan og "
        "byggesak|Barnehage|Skole",
    .laws = "Kulturloven|Helse- og omsorgstjenesteloven|Sosialtjenesteloven|Forurensningsloven|Bokføringsloven|"
        "Arbeidsmiljøloven|Personopplysningsloven|Plan- og bygningsloven|Barnehageloven|Opplæringslova",
    .roles = "Kommunedirektør|Sikkerhetsleder|IKT-sjef|Enhetsleder|Rådgiver|Saksbehandler|Systemansvarlig",
    .threats = "Uautorisert tilgang til personopplysninger|Tap av data ved brann eller vannskade|Feilsendt e-post med "
        "sensitive opplysninger|Løsepengevirus krypterer fellesområder|Leverandør går konkurs|Manglende "
        "tilgangsstyring ved sluttere|Phishing gir angriper brukernavn og passord|Bærbar PC med ukrypterte data blir "
        "stjålet|Strømbrudd eller nettverksfeil stanser tjenesten|Ansatte kjenner ikke rutinene for "
        "informasjonssikkerhet|Feilregistrering fører til feil vedtak|Databehandler uten databehandleravtale|"
        "Utskrifter med personopplysninger blir liggende på skriveren|Sensitive opplysninger lagres på minnepenn "
        "eller privat sky|Manglende sikkerhetsoppdateringer utnyttes|Opplysninger slettes ikke etter arkivplanen|"
        "Ansatte snoker i journaler uten tjenstlig behov|Alarm fra velferdsteknologi når ikke fram|Skytjeneste "
        "overfører data utenfor EU/EØS|Nøkkelperson er borte og ingen kan systemet|Innbrudd i arkivrom|Feil i "
        "integrasjon mellom fagsystemer",
    .measures = "Gjennomgå tilgangsrettigheter hvert kvartal|Etablere sikkerhetskopi på annen lokasjon|Innføre sikker "
        "e-post med kryptering|Teste gjenoppretting fra sikkerhetskopi|Sikre exit-klausul og dataeksport i avtalen|"
        "Rutine for å stenge tilganger ved sluttere|Innføre tofaktorautentisering|Kryptere bærbare PC-er|Reservestrøm "
        "og redundant nettlinje|Opplæring i informasjonssikkerhet|Kontroll av registreringer (fire øyne)|Inngå "
        "databehandleravtale|Innføre sikker utskrift med adgangskort|Sperre minnepenner og privat skylagring|Fast "
        "rutine for sikkerhetsoppdateringer|Gjennomføre sletting etter arkivplanen|Logganalyse og stikkprøvekontroll "
        "av oppslag|Ukentlig test av alarmer og varsling|Gjennomføre DPIA og overføringsvurdering|Utpeke og lære opp "
        "stedfortreder|Adgangskontroll og alarm på arkivrom|Overvåke integrasjoner med varsling",
    .existing = "Rollebasert tilgang i fagsystemet|Daglig sikkerhetskopi|Taushetserklæring for alle ansatte|Antivirus "
        "og brannmur|Låste arkivskap|Tofaktor ved pålogging utenfra",
    .operators = "Egen drift (IKT)|Visma|Tietoevry|Microsoft Azure|Acos AS|Sikri",
    .purposes = "Saksbehandling og dokumentasjon av tjenester|Lovpålagt journalføring|Intern administrasjon|"
        "Kommunikasjon med innbyggere",
    .archiving = "Avleveres til IKA etter 10 år|Slettes når formålet er oppfylt|Kasseres etter 5 år|Bevares etter "
        "arkivplanen",
    .safeguards = "Tofaktorautentisering og rollebasert tilgang|Logging og kryptert overføring|Låst rom med "
        "adgangskontroll|Brannmur, antivirus og segmentert nett",
    .storage = "Kommunens datasenter|Leverandørens datasenter i Norge|Skytjeneste (Microsoft 365)|Låst arkivskap",
    .information = "Ingen personopplysninger|Navn, fødselsnummer og kontaktopplysninger|Helseopplysninger og andre "
        "særlige kategorier",
    .followUps = "Følges opp i ledermøtet|Rapporteres til sikkerhetsleder hvert kvartal|",
    .classifications = "ÅPEN|UNNTATT OFFENTLIGHET", .assessment = "Risikovurdering", .firstNames = nbFirstNames,
    .lastNames = nbLastNames, .assets = nbAssets,
    .policies = "Informasjonssikkerhetspolicy|Instruks for bruk av IKT",
    .incidents = "Uvedkommende fikk tilgang til fellesområde|Feil i vedtak etter manuell registrering|Fagsystemet var "
        "utilgjengelig i fire timer|Personopplysninger sendt til feil mottaker på e-post|Passord delt mellom ansatte på "
        "vakt",
    .observed = "Feilmelding på skjermen: «Tilgang nektet»|Mottakeren ringte og sa fra|Systemet svarte ikke, "
        "tidsavbrudd i nettleseren",
    .exceptions = "Tofaktorautentisering for alle systemer|Gammelt fagsystem støtter ikke tofaktor før planlagt "
        "utskifting|Kryptering av bærbare PC-er|Måleinstrumenter i teknisk drift kan ikke krypteres",
    .acceptance = "Tiltaket koster mer enn risikoen tilsier; vurderes på nytt neste år"};

constexpr AssetWord daAssets[] = {
    {"Cicero", Sys, 0, 1}, {"Musikskolens elevregister", Reg, 0, 1}, {"Cura", Sys, 1, 2}, {"KMD Nexus", Sys, 1, 2},
    {"Nødkaldeanlæg", Wel, 1, 2}, {"Sensorer i plejeboliger", Wel, 1, 2}, {"KMD Momentum", Sys, 2, 2},
    {"DUBU", Sys, 2, 2}, {"Sagsakter", Pap, 2, 2}, {"SRO-anlæg på vandværket", Inf, 3, 0},
    {"Affaldsregister", Reg, 3, 1}, {"KMD Opus Økonomi", Sys, 4, 1}, {"Prisme", Sys, 4, 1}, {"Bilagsarkiv", Pap, 4, 1},
    {"Personalesag", Fil, 5, 2}, {"Silkeborg Data Løn", App, 5, 1}, {"Ansættelseskontrakter", Con, 5, 1},
    {"Active Directory", Inf, 6, 1}, {"Fællesdrev", Inf, 6, 1}, {"Microsoft 365", App, 6, 1}, {"Backup", Db, 6, 1},
    {"Kitos", Reg, 6, 0}, {"Byg og Miljø", App, 7, 1}, {"BBR", Reg, 7, 1}, {"Byggesagsarkiv", Pap, 7, 1},
    {"KMD Institution", Sys, 8, 1}, {"Pladsanvisning", Reg, 8, 1}, {"Aula", App, 9, 1}, {"Elevregister", Reg, 9, 1},
    {"Elevmapper", Pap, 9, 2}, {"PPR-journal", Db, 9, 2}, {"SBSYS", Sys, 5, 1}, {"Acadre", Sys, 7, 1},
    {"Beredskabsplan", Pln, -1, 0}, {"Databehandleraftaler", Con, -1, 0}, {"Arbejdsgange og instrukser", Proc, -1, 0},
    {"E-mail", App, -1, 1}, {"Papirarkiv", Pap, -1, 1}};
const Vocabulary da{
    .units = "Kultur og Fritid|Sundhed og Omsorg|Social og Beskæftigelse|Teknik og Miljø|Økonomi|HR og Personale|IT "
        "og Digitalisering|Plan og Byg|Dagtilbud|Skole",
    .laws = "Folkebiblioteksloven|Sundhedsloven og serviceloven|Serviceloven|Miljøbeskyttelsesloven|Bogføringsloven|"
        "Ansættelsesbevisloven|Databeskyttelsesloven|Byggeloven|Dagtilbudsloven|Folkeskoleloven",
    .roles = "Kommunaldirektør|Informationssikkerhedskoordinator|IT-chef|Afdelingsleder|Konsulent|Sagsbehandler|"
        "Systemforvalter",
    .threats = "Uautoriseret adgang til personoplysninger|Tab af data ved brand eller vandskade|Fejlsendt e-mail med "
        "følsomme oplysninger|Ransomware krypterer fællesdrev|Leverandøren går konkurs|Adgange lukkes ikke ved "
        "fratrædelse|Phishing giver angriber brugernavn og adgangskode|Bærbar pc med ukrypterede data bliver stjålet|"
        "Strømsvigt eller netværksnedbrud stopper driften|Medarbejdere kender ikke retningslinjerne for "
        "informationssikkerhed|Fejlregistrering fører til forkert afgørelse|Databehandler uden databehandleraftale|"
        "Udskrifter med personoplysninger efterlades ved printeren|Følsomme oplysninger gemmes på USB-nøgle eller "
        "privat sky|Manglende sikkerhedsopdateringer bliver udnyttet|Oplysninger slettes ikke efter "
        "kassationsreglerne|Medarbejdere slår op i journaler uden arbejdsbetinget behov|Alarm fra velfærdsteknologi "
        "når ikke frem|Cloudtjeneste overfører data uden for EU/EØS|Nøgleperson er fraværende, og ingen kender "
        "systemet|Indbrud i arkivrum|Fejl i integration mellem fagsystemer",
    .measures = "Gennemgå adgangsrettigheder hvert kvartal|Etablere backup på anden lokation|Indføre sikker mail med "
        "kryptering|Teste genetablering fra backup|Sikre exitklausul og dataudtræk i kontrakten|Procedure for lukning "
        "af adgange ved fratrædelse|Indføre tofaktorgodkendelse|Kryptere bærbare pc'er|Nødstrøm og redundant "
        "netforbindelse|Awareness-træning i informationssikkerhed|Kontrol af registreringer (fire øjne)|Indgå "
        "databehandleraftale|Indføre sikker print med adgangskort|Spærre USB-lagring og privat cloudlagring|Fast "
        "procedure for sikkerhedsopdateringer|Gennemføre sletning efter kassationsreglerne|Loganalyse og "
        "stikprøvekontrol af opslag|Ugentlig test af alarmer og alarmkæde|Gennemføre konsekvensanalyse og "
        "overførselsvurdering|Udpege og oplære en stedfortræder|Adgangskontrol og alarm på arkivrum|Overvåge "
        "integrationer med alarmering",
    .existing = "Rollebaseret adgang i fagsystemet|Daglig backup|Tavshedserklæring for alle medarbejdere|Antivirus og "
        "firewall|Aflåste arkivskabe|Tofaktorgodkendelse ved fjernadgang",
    .operators = "Egen drift (IT og Digitalisering)|KMD|Netcompany|Systematic|EG|KOMBIT",
    .purposes = "Sagsbehandling og dokumentation af ydelser|Lovpligtig journalisering|Intern administration|"
        "Kommunikation med borgere",
    .archiving = "Afleveres til stadsarkivet|Slettes, når formålet er opfyldt|Kasseres efter 5 år|Bevares efter "
        "arkivplanen",
    .safeguards = "Tofaktorgodkendelse og rollebaseret adgang|Logning og krypteret overførsel|Aflåst rum med "
        "adgangskontrol|Firewall, antivirus og segmenteret netværk",
    .storage = "Kommunens datacenter|Leverandørens datacenter i Danmark|Cloudtjeneste (Microsoft 365)|Aflåst arkivskab",
    .information = "Ingen personoplysninger|Navn, CPR-nummer og kontaktoplysninger|Helbredsoplysninger og andre "
        "følsomme oplysninger",
    .followUps = "Følges op på ledermødet|Rapporteres kvartalsvis til informationssikkerhedsudvalget|",
    .classifications = "Offentlig|Fortroligt", .assessment = "Risikovurdering",
    .firstNames = "Anne|Mette|Lars|Jens|Søren|Kirsten|Hanne|Peter|Henrik|Camilla|Louise|Mads|Rasmus|Maria|Lone|Jesper|"
        "Helle|Thomas|Sofie|Niels|Birgitte|Morten",
    .lastNames = "Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Petersen|"
        "Madsen|Kristensen|Olsen|Thomsen|Poulsen|Johansen|Møller|Mortensen|Knudsen|Holm|Bach",
    .assets = daAssets,
    .policies = "Informationssikkerhedspolitik|Retningslinjer for brug af IT",
    .incidents = "Uvedkommende fik adgang til fællesdrev|Fejl i afgørelse efter manuel registrering|Fagsystemet var "
        "utilgængeligt i fire timer|Personoplysninger sendt til forkert modtager på e-mail|Adgangskode delt mellem "
        "medarbejdere på vagt",
    .observed = "Fejlmeddelelse på skærmen: »Adgang nægtet«|Modtageren ringede og gjorde opmærksom på det|Systemet "
        "svarede ikke, timeout i browseren",
    .exceptions = "Tofaktorgodkendelse på alle systemer|Gammelt fagsystem understøtter ikke tofaktor før planlagt "
        "udskiftning|Kryptering af bærbare pc'er|Måleudstyr i Teknik og Miljø kan ikke krypteres",
    .acceptance = "Tiltaget koster mere, end risikoen berettiger; vurderes igen næste år"};

constexpr AssetWord svAssets[] = {
    {"Koha", Sys, 0, 1}, {"Föreningsregister", Reg, 0, 1}, {"Procapita", Sys, 1, 2}, {"Lifecare", Sys, 1, 2},
    {"Trygghetslarm", Wel, 1, 2}, {"Nattkameror", Wel, 1, 2}, {"Treserva", Sys, 2, 2}, {"Viva", Sys, 2, 2},
    {"Personakter", Pap, 2, 2}, {"Styrsystem för VA", Inf, 3, 0}, {"Ecos", Sys, 3, 1}, {"Raindance", Sys, 4, 1},
    {"Unit4 ERP", Sys, 4, 1}, {"Verifikationsarkiv", Pap, 4, 1}, {"Personalakt", Fil, 5, 2},
    {"Visma Personec", App, 5, 1}, {"Anställningsavtal", Con, 5, 1}, {"Active Directory", Inf, 6, 1},
    {"Gemensamma mappar", Inf, 6, 1}, {"Microsoft 365", App, 6, 1}, {"Säkerhetskopiering", Db, 6, 1},
    {"ByggR", Sys, 7, 1}, {"Fastighetsregister", Reg, 7, 1}, {"Bygglovsarkiv", Pap, 7, 1}, {"Edlevo", Sys, 8, 1},
    {"Förskolekö", Reg, 8, 1}, {"Skola24", App, 9, 1}, {"Unikum", App, 9, 1}, {"Elevregister", Reg, 9, 1},
    {"Elevhälsans journal", Db, 9, 2}, {"Platina", Sys, 5, 1}, {"Ciceron", Sys, 7, 1},
    {"Krisledningsplan", Pln, -1, 0}, {"Personuppgiftsbiträdesavtal", Con, -1, 0},
    {"Rutiner och instruktioner", Proc, -1, 0}, {"E-post", App, -1, 1}, {"Pappersarkiv", Pap, -1, 1}};
const Vocabulary sv{
    .units = "Kultur och fritid|Vård och omsorg|Socialtjänst|Teknisk förvaltning|Ekonomi|HR-avdelningen|"
        "IT-avdelningen|Samhällsbyggnad|Förskola|Grundskola",
    .laws = "Bibliotekslagen|Socialtjänstlagen och patientdatalagen|Socialtjänstlagen|Lagen om allmänna "
        "vattentjänster|Bokföringslagen|Lagen om anställningsskydd|Dataskyddslagen|Plan- och bygglagen|Skollagen|"
        "Skollagen",
    .roles = "Kommundirektör|Informationssäkerhetssamordnare|IT-chef|Enhetschef|Handläggare|Utredare|Systemförvaltare",
    .threats = "Obehörig åtkomst till personuppgifter|Förlust av data vid brand eller vattenskada|Felskickat "
        "e-postmeddelande med känsliga uppgifter|Ransomware krypterar gemensamma mappar|Leverantören går i konkurs|"
        "Behörigheter tas inte bort när anställda slutar|Nätfiske ger angripare användarnamn och lösenord|Bärbar "
        "dator med okrypterade data blir stulen|Strömavbrott eller nätverksfel stoppar verksamheten|Medarbetare "
        "känner inte till rutinerna för informationssäkerhet|Felregistrering leder till felaktigt beslut|"
        "Personuppgiftsbiträde utan biträdesavtal|Utskrifter med personuppgifter blir liggande vid skrivaren|Känsliga "
        "uppgifter sparas på USB-minne eller privat molntjänst|Saknade säkerhetsuppdateringar utnyttjas|Uppgifter "
        "gallras inte enligt dokumenthanteringsplanen|Medarbetare läser journaler utan tjänsteskäl|Larm från "
        "välfärdsteknik når inte fram|Molntjänst överför data utanför EU/EES|Nyckelperson är borta och ingen kan "
        "systemet|Inbrott i arkivlokal|Fel i integration mellan verksamhetssystem",
    .measures = "Granska behörigheter varje kvartal|Upprätta säkerhetskopiering på annan plats|Införa säker e-post "
        "med kryptering|Testa återläsning från säkerhetskopia|Säkra exitklausul och dataexport i avtalet|Rutin för "
        "att ta bort behörigheter när anställda slutar|Införa tvåfaktorsautentisering|Kryptera bärbara datorer|"
        "Reservkraft och redundant nätanslutning|Utbildning i informationssäkerhet|Kontroll av registreringar (fyra "
        "ögon)|Teckna personuppgiftsbiträdesavtal|Införa säker utskrift med passerkort|Spärra USB-minnen och privata "
        "molntjänster|Fast rutin för säkerhetsuppdateringar|Genomföra gallring enligt dokumenthanteringsplanen|"
        "Logguppföljning och stickprovskontroll av åtkomst|Veckovis test av larm och larmkedja|Genomföra "
        "konsekvensbedömning och överföringsanalys|Utse och utbilda en ersättare|Passerkontroll och larm i arkivlokal|"
        "Övervaka integrationer med larm",
    .existing = "Rollbaserad behörighet i verksamhetssystemet|Daglig säkerhetskopiering|Sekretessförbindelse för alla|"
        "Antivirus och brandvägg|Låsta arkivskåp|Tvåfaktorsinloggning vid distansarbete",
    .operators = "Egen drift (IT-avdelningen)|Tietoevry|CGI|Visma|Atea|Sambruk",
    .purposes = "Handläggning och dokumentation av insatser|Lagstadgad dokumentation|Intern administration|"
        "Kommunikation med invånare",
    .archiving = "Gallras efter 2 år|Bevaras enligt dokumenthanteringsplanen|Levereras till kommunarkivet|Gallras när "
        "ändamålet är uppfyllt",
    .safeguards = "Tvåfaktorsautentisering och rollbaserad behörighet|Loggning och krypterad överföring|Låst rum med "
        "passerkontroll|Brandvägg, antivirus och segmenterat nät",
    .storage = "Kommunens datacenter|Leverantörens datacenter i Sverige|Molntjänst (Microsoft 365)|Låst arkivskåp",
    .information = "Inga personuppgifter|Namn, personnummer och kontaktuppgifter|Hälsouppgifter och andra känsliga "
        "personuppgifter",
    .followUps = "Följs upp i ledningsgruppen|Rapporteras kvartalsvis till informationssäkerhetssamordnaren|",
    .classifications = "Öppen|Sekretess", .assessment = "Riskbedömning",
    .firstNames = "Anna|Erik|Maria|Lars|Karin|Anders|Eva|Johan|Lena|Per|Kerstin|Mikael|Sara|Fredrik|Ingrid|Magnus|"
        "Elin|Björn|Åsa|Jonas|Birgitta|Henrik",
    .lastNames = "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|"
        "Jonsson|Jansson|Hansson|Bengtsson|Lindberg|Lindström|Berg|Axelsson|Öberg|Sjöberg|Holm",
    .assets = svAssets,
    .policies = "Informationssäkerhetspolicy|Riktlinjer för IT-användning",
    .incidents = "Obehöriga fick åtkomst till en gemensam katalog|Fel i beslut efter manuell registrering|"
        "Verksamhetssystemet var otillgängligt i fyra timmar|Personuppgifter skickades till fel mottagare via e-post|"
        "Lösenord delades mellan anställda på jourpass",
    .observed = "Felmeddelande på skärmen: ”Åtkomst nekad”|Mottagaren ringde och meddelade|Systemet svarade inte, "
        "tidsgräns i webbläsaren",
    .exceptions = "Tvåfaktorsautentisering för alla system|Äldre verksamhetssystem stöder inte tvåfaktor före "
        "planerat byte|Kryptering av bärbara datorer|Mätutrustning i tekniska förvaltningen kan inte krypteras",
    .acceptance = "Åtgärden kostar mer än risken motiverar; omprövas nästa år"};

constexpr AssetWord enAssets[] = {
    {"Library system", Sys, 0, 1}, {"Association register", Reg, 0, 1}, {"Electronic care record", Sys, 1, 2},
    {"Home care scheduling", App, 1, 2}, {"Safety alarms", Wel, 1, 2}, {"Social services case system", Sys, 2, 2},
    {"Child welfare files", Pap, 2, 2}, {"Water plant control system", Inf, 3, 0}, {"Maintenance system", App, 3, 0},
    {"Financial system", Sys, 4, 1}, {"Invoice archive", Pap, 4, 1}, {"Personnel files", Fil, 5, 2},
    {"Payroll system", App, 5, 1}, {"Employment contracts", Con, 5, 1}, {"Active Directory", Inf, 6, 1},
    {"File server", Inf, 6, 1}, {"Microsoft 365", App, 6, 1}, {"Backup", Db, 6, 1}, {"Property register", Reg, 7, 1},
    {"Building permit archive", Pap, 7, 1}, {"Kindergarten admissions", Reg, 8, 1}, {"Parent app", App, 8, 1},
    {"Student information system", Sys, 9, 2}, {"Pupil register", Reg, 9, 1}, {"School health records", Db, 9, 2},
    {"Records management system", Sys, 5, 1}, {"Contingency plan", Pln, -1, 0},
    {"Data processing agreements", Con, -1, 0}, {"Procedures and instructions", Proc, -1, 0}, {"E-mail", App, -1, 1},
    {"Paper archive", Pap, -1, 1}};
const Vocabulary en{
    .units = "Culture and Leisure|Health and Care|Social Services|Technical Services|Finance|Human Resources|IT "
        "Services|Planning and Building|Kindergartens|Schools",
    .laws = "Libraries Act|Health and Care Services Act|Social Services Act|Pollution Control Act|Accounting Act|"
        "Working Environment Act|Data Protection Act|Planning and Building Act|Kindergarten Act|Education Act",
    .roles = "Chief Executive|Security Officer|Head of IT|Head of Section|Adviser|Case Officer|System Administrator",
    .threats = "Unauthorised access to personal data|Loss of data by fire or water damage|E-mail with sensitive data "
        "sent to the wrong recipient|Ransomware encrypts shared drives|Supplier goes bankrupt|Access not removed when "
        "employees leave|Phishing gives an attacker user names and passwords|Laptop with unencrypted data is stolen|"
        "Power or network failure stops the service|Employees do not know the security routines|Wrong registration "
        "leads to a wrong decision|Data processor without a data processing agreement|Printouts with personal data "
        "left at the printer|Sensitive data stored on USB sticks or private cloud|Missing security updates are "
        "exploited|Data not deleted according to the retention schedule|Employees browse records without a work need|"
        "Alarm from welfare technology does not get through|Cloud service transfers data outside the EU/EEA|Key "
        "person absent and nobody knows the system|Break-in to the archive room|Errors in the integration between "
        "systems",
    .measures = "Review access rights every quarter|Keep backups at a second site|Introduce encrypted e-mail|Test "
        "restoring from backup|Secure exit clause and data export in the contract|Routine for removing access of "
        "leavers|Introduce two-factor authentication|Encrypt laptops|Backup power and redundant network link|"
        "Information security training|Four-eyes check of registrations|Sign a data processing agreement|Introduce "
        "secure printing with access cards|Block USB storage and private cloud storage|Fixed routine for security "
        "updates|Delete according to the retention schedule|Log analysis and spot checks of look-ups|Weekly test of "
        "alarms and alerting|Carry out a DPIA and transfer assessment|Appoint and train a deputy|Access control and "
        "alarm for the archive room|Monitor integrations with alerts",
    .existing = "Role-based access in the system|Daily backup|Confidentiality agreement for all staff|Antivirus and "
        "firewall|Locked archive cabinets|Two-factor login for remote access",
    .operators = "Own operation (IT Services)|Visma|Tietoevry|Microsoft Azure|CGI|Atea",
    .purposes = "Case handling and documentation of services|Statutory record keeping|Internal administration|"
        "Communication with residents",
    .archiving = "Transferred to the archive after 10 years|Deleted when the purpose is fulfilled|Deleted after 5 "
        "years|Kept according to the archive plan",
    .safeguards = "Two-factor authentication and role-based access|Logging and encrypted transfer|Locked room with "
        "access control|Firewall, antivirus and segmented network",
    .storage = "Municipal data centre|Supplier's data centre in the Nordics|Cloud service (Microsoft 365)|Locked "
        "archive cabinet",
    .information = "No personal data|Names, national ID numbers and contact details|Health data and other special "
        "categories",
    .followUps = "Followed up in the management meeting|Reported quarterly to the security officer|",
    .classifications = "Public|Confidential", .assessment = "Risk assessment", .firstNames = nbFirstNames,
    .lastNames = nbLastNames, .assets = enAssets,
    .policies = "Information security policy|Acceptable use of IT",
    .incidents = "Unauthorised access to a shared drive|Wrong decision after a manual registration error|The case "
        "system was unavailable for four hours|Personal data e-mailed to the wrong recipient|Password shared between "
        "staff on duty",
    .observed = "Error on screen: \"Access denied\"|The recipient phoned to tell us|The system did not answer, "
        "browser timeout",
    .exceptions = "Two-factor authentication on all systems|An old case system cannot do two-factor before its "
        "planned replacement|Encryption of laptops|Measuring equipment in technical services cannot be encrypted",
    .acceptance = "The measure costs more than the risk warrants; to be reconsidered next year"};

// clang-format on

const Vocabulary &vocabularyFor(std::string_view language)
{
    return language == "nb" ? nb : language == "da" ? da : language == "sv" ? sv : en;
}

// Appends " (2)", " (3)"... to `name` until `taken` no longer finds it; `used` counts earlier uses of the base.
template <typename Taken> void makeUnique(std::string &name, int &used, Taken taken)
{
    const std::size_t base = name.size();
    do {
        name.resize(base);
        if (used > 0)
            name += " (" + std::to_string(used + 1) + ")";
        ++used;
    } while (taken(name));
}

struct DemoAsset {
    Id id;
    bool manyPersons;
};

struct DemoAssessment {
    Id id;
    int unit;
    std::vector<DemoAsset> scope;
    std::vector<std::pair<Id, int>> risks; // risk id, threat
};

class DemoBuilder {
public:
    DemoBuilder(RegisterFile &file, const DemoOptions &options)
        : m_file(file), m_options(options), m_words(vocabularyFor(file.info().language)),
          m_matrix(file.matrix(file.info().currentMatrixId)), m_random(options.seed)
    {
        const Vocabulary &w = m_words;
        if (w.units.size() != UnitCount || w.laws.size() != UnitCount || w.roles.size() != 7 ||
            w.threats.size() != ThreatCount || w.measures.size() != ThreatCount || w.information.size() != 3)
            throw std::logic_error("incomplete demo vocabulary");
    }

    DemoSummary run()
    {
        Transaction transaction(m_file.database());
        addUnits();
        addPeople();
        addAssets();
        addAssessments();
        addRisks();
        addMeasures();
        if (m_options.cycle)
            addCycle();
        transaction.commit();
        return m_summary;
    }

private:
    void addUnits()
    {
        for (std::string_view name : m_words.units) {
            const std::optional<Id> existing = m_file.findUnit(name);
            m_units.push_back(existing ? *existing : m_file.addUnit(OrgUnit{0, std::string(name), std::nullopt}));
            m_summary.units += existing ? 0 : 1;
        }
    }

    Id addPerson(std::string_view role, bool securityLeader, bool itResponsible)
    {
        const int lastCount = static_cast<int>(m_words.lastNames.size());
        const int first = m_random.below(static_cast<int>(m_words.firstNames.size()));
        const int last = m_random.below(lastCount);
        Person person{0, std::string(m_words.firstNames[first]), std::string(role), securityLeader, itResponsible};
        (person.name += ' ') += m_words.lastNames[last];
        makeUnique(person.name, m_nameUses[first * lastCount + last],
                   [&](const std::string &name) { return m_file.findPerson(name).has_value(); });
        ++m_summary.people;
        const Id id = m_file.addPerson(person);
        m_names[id] = person.name;
        return id;
    }

    // The chief executive and the security leader, then staff spread over the units. A unit's first person leads
    // it, and the IT unit's leader is the IT-responsible: 002 §20 keeps these roles apart.
    void addPeople()
    {
        m_nameUses.assign(m_words.firstNames.size() * m_words.lastNames.size(), 0);
        m_chief = addPerson(m_words.roles[0], false, false);
        m_securityLeader = addPerson(m_words.roles[1], true, false);
        const int staffCount = 2 * UnitCount + std::max(0, m_options.assets) / 5;
        for (int i = 0; i < staffCount; ++i) {
            const int unit = i % UnitCount;
            const bool leader = i < UnitCount;
            const auto role = leader ? m_words.roles[unit == UnitIt ? 2 : 3] : m_words.roles[4 + m_random.below(3)];
            m_staff[unit].push_back(addPerson(role, false, leader && unit == UnitIt));
        }
    }

    // Each unit cycles through its own systems and the common ones.
    void addAssets()
    {
        std::array<std::vector<int>, UnitCount> pools;
        for (int w = 0; w < static_cast<int>(m_words.assets.size()); ++w)
            for (int unit = 0; unit < UnitCount; ++unit)
                if (m_words.assets[w].unit == unit || m_words.assets[w].unit < 0)
                    pools[unit].push_back(w);
        std::array<std::size_t, UnitCount> next{};
        std::vector<int> uses(UnitCount * m_words.assets.size());
        Asset asset;
        for (int i = 0; i < m_options.assets; ++i) {
            const int unit = i < UnitCount ? i : m_random.below(UnitCount);
            const int w = pools[unit][next[unit]++ % pools[unit].size()];
            const AssetWord &word = m_words.assets[w];
            asset.name = word.name;
            makeUnique(asset.name, uses[unit * m_words.assets.size() + w],
                       [&](const std::string &name) { return m_file.findAsset(m_units[unit], name).has_value(); });
            asset.type = word.type;
            asset.unitId = m_units[unit];
            const std::vector<Id> &people = m_staff[unit];
            const int count = static_cast<int>(people.size());
            const int owner = m_random.chance(40) ? 0 : m_random.below(count);
            const int deputy = (owner + 1 + m_random.below(count - 1)) % count;
            asset.ownerId = m_random.chance(3) ? std::nullopt : std::optional<Id>(people[owner]);
            // 002 §12 stk. 6 wants a deputy for every system; some are left out so the register check finds them.
            const bool withoutDeputy = i % 12 == 1 || m_random.chance(4);
            asset.deputyId = withoutDeputy ? std::nullopt : std::optional<Id>(people[deputy]);
            asset.purpose = m_random.pick(m_words.purposes);
            asset.personalData = static_cast<PersonalData>(word.personal);
            asset.information = m_words.information[word.personal];
            asset.persons = std::nullopt;
            asset.legalBasis.clear();
            if (word.personal > 0) {
                asset.persons = m_random.chance(25) ? m_random.between(2000, 25000) : m_random.between(15, 1500);
                (asset.legalBasis = m_words.laws[unit]) += word.personal == 2 ? ", GDPR art. 9" : ", GDPR art. 6";
            }
            const int operatorIndex = m_random.below(static_cast<int>(m_words.operators.size()));
            asset.operatorName = m_words.operators[operatorIndex];
            asset.dataProcessingAgreement = operatorIndex > 0 && word.personal > 0 && !m_random.chance(12);
            asset.confidentiality = asset.integrity = asset.availability = std::nullopt;
            if (!m_random.chance(8)) {
                asset.confidentiality = std::min(ClassificationLevelMax, word.personal + m_random.between(0, 2));
                asset.integrity = m_random.between(1, ClassificationLevelMax);
                asset.availability = m_random.between(0, ClassificationLevelMax);
            }
            const bool restricted = word.personal > 0 || asset.confidentiality.value_or(0) >= 3;
            asset.classification = m_words.classifications[restricted ? 1 : 0];
            asset.archiving = m_random.pick(m_words.archiving);
            asset.safeguards = m_random.pick(m_words.safeguards);
            const int storages = static_cast<int>(m_words.storage.size());
            asset.storage = m_words.storage[word.type == Pap ? storages - 1 : m_random.below(storages - 1)];
            m_unitAssets[unit].push_back({m_file.addAsset(asset), asset.persons.value_or(0) > 1000});
            ++m_summary.assets;
        }
    }

    // One or two assessments per unit, each scoped to some of the unit's assets.
    void addAssessments()
    {
        for (int unit = 0; unit < UnitCount; ++unit) {
            const int count = m_random.chance(50) ? 2 : 1;
            for (int k = 0; k < count; ++k) {
                RiskAssessment assessment;
                const int year = 2025 + k;
                (assessment.name = m_words.assessment) += ' ' + std::to_string(year);
                int uses = 0;
                makeUnique(assessment.name, uses, [&](const std::string &name) {
                    return m_file.findAssessment(m_units[unit], name).has_value();
                });
                assessment.unitId = m_units[unit];
                assessment.assessorId = m_staff[unit].front();
                assessment.date = Date{year, m_random.between(1, 12), m_random.between(1, 28)};
                const int roll = m_random.below(10);
                assessment.status = k == 0 ? (roll < 7 ? AssessmentStatus::Approved : AssessmentStatus::Submitted)
                                           : (roll < 6 ? AssessmentStatus::Draft : AssessmentStatus::Submitted);
                if (assessment.status == AssessmentStatus::Approved) {
                    assessment.approvedById = m_chief;
                    assessment.approvedOn = Date{year, std::min(12, assessment.date.month + 1), assessment.date.day};
                }
                DemoAssessment demo{0, unit, {}, {}};
                for (const DemoAsset &candidate : m_unitAssets[unit])
                    if (m_random.chance(60))
                        demo.scope.push_back(candidate);
                if (demo.scope.empty() && !m_unitAssets[unit].empty())
                    demo.scope.push_back(m_random.pick(m_unitAssets[unit]));
                for (const DemoAsset &member : demo.scope)
                    assessment.assetIds.push_back(member.id);
                demo.id = m_file.addAssessment(assessment);
                m_assessments.push_back(std::move(demo));
                ++m_summary.assessments;
            }
        }
    }

    // Positions are given, so that no line has to look up the last one of its assessment.
    void addRisks()
    {
        std::vector<int> positions(m_assessments.size());
        Risk risk;
        for (int r = 0; r < m_options.risks; ++r) {
            const int a = m_random.below(static_cast<int>(m_assessments.size()));
            DemoAssessment &assessment = m_assessments[a];
            const int threat = m_random.below(ThreatCount);
            risk.assessmentId = assessment.id;
            risk.position = ++positions[a];
            risk.threat = m_words.threats[threat];
            const DemoAsset *target = assessment.scope.empty() ? nullptr : &m_random.pick(assessment.scope);
            risk.assetId = target ? std::optional<Id>(target->id) : std::nullopt;
            risk.aspects = (threatTraits[threat] & AllAspects) | (m_random.chance(20) ? 1u << m_random.below(4) : 0u);
            risk.probability = m_random.between(1, m_matrix.probabilityLevels());
            risk.consequence = m_random.between(1, m_matrix.consequenceLevels());
            risk.manyAffected = m_random.chance(target && target->manyPersons ? 45 : 8);
            const int knowledge = m_random.below(10);
            risk.knowledge = knowledge < 2 ? Knowledge::Low : knowledge < 7 ? Knowledge::Medium : Knowledge::High;
            risk.existingMeasures = m_random.chance(20) ? std::string_view() : m_random.pick(m_words.existing);
            risk.residualProbability = risk.residualConsequence = std::nullopt;
            if (m_random.chance(40)) {
                risk.residualProbability = m_random.between(1, risk.probability);
                risk.residualConsequence = m_random.between(1, risk.consequence);
            }
            assessment.risks.emplace_back(m_file.addRisk(risk), threat);
            ++m_summary.risks;
            // Still in an unacceptable zone after measures: management may accept it (addCycle).
            if (const auto residual = residualScoreOf(m_matrix, risk);
                residual && residual->zone >= 0 && !m_matrix.zones[static_cast<std::size_t>(residual->zone)].acceptable)
                m_unacceptableResiduals.push_back(assessment.risks.back().first);
        }
    }

    // Within an assessment, risks of one threat side by side, treated in groups of 1-3 by the usual measure for
    // the first one's threat; about a third of the risks are left without a measure.
    void addMeasures()
    {
        std::array<int, ThreatCount> uses{};
        Measure measure;
        for (DemoAssessment &assessment : m_assessments) {
            auto &risks = assessment.risks;
            std::stable_sort(risks.begin(), risks.end(),
                             [](const auto &x, const auto &y) { return x.second < y.second; });
            uses.fill(0);
            measure.assessmentId = assessment.id;
            for (std::size_t i = 0; i < risks.size();) {
                const std::size_t end = std::min<std::size_t>(i + m_random.between(1, 3), risks.size());
                if (m_random.below(3) == 0) {
                    i = end;
                    continue;
                }
                const int threat = risks[i].second;
                measure.what = m_words.measures[threat];
                makeUnique(measure.what, uses[threat], [&](const std::string &what) {
                    return m_file.findMeasure(measure.assessmentId, what).has_value();
                });
                const bool technical = (threatTraits[threat] & Technical) != 0 && m_random.chance(50);
                measure.responsibleId = technical ? m_staff[UnitIt].front() : m_random.pick(m_staff[assessment.unit]);
                measure.deadline = Date{m_random.between(2025, 2027), m_random.between(1, 12), m_random.between(1, 28)};
                const int roll = m_random.below(10);
                measure.status = roll < 4   ? MeasureStatus::Planned
                                 : roll < 7 ? MeasureStatus::InProgress
                                 : roll < 9 ? MeasureStatus::Done
                                            : MeasureStatus::Cancelled;
                measure.hours = m_random.between(2, 160);
                measure.cost = m_random.chance(40) ? 0.0 : m_random.between(1, 40) * 5000.0;
                measure.followUp = m_random.pick(m_words.followUps);
                measure.riskIds.clear();
                for (; i < end; ++i)
                    measure.riskIds.push_back(risks[i].first);
                m_file.addMeasure(measure);
                ++m_summary.measures;
            }
        }
    }

    // A date of 2025 or of 2026 up to October: the demo's past, whatever day it is made.
    Date pastDate()
    {
        const int year = m_random.between(2025, 2026);
        return Date{year, m_random.between(1, year == 2026 ? 10 : 12), m_random.between(1, 28)};
    }

    // The yearly cycle (002 §26-27, §79; 003 section 2): the municipality's policy documents reviewed by the
    // security leader, about half of the assets reviewed by their unit's leader, incidents across the units
    // and two approved exceptions, so that the due list, the incident register and the management review
    // have something to show.
    void addCycle()
    {
        const std::string &securityLeader = m_names.at(m_securityLeader);
        for (std::string_view name : m_words.policies) {
            std::optional<Id> id =
                Statement(m_file.database(), "SELECT id FROM policy_document WHERE name = ?1 AND unit_id IS NULL")
                    .bind(1, name)
                    .scalar();
            if (!id)
                id = m_file.addPolicyDocument({0, std::string(name), std::nullopt});
            m_file.addReview({0, ReviewKind::Policy, *id, Date{2025, m_random.between(9, 12), m_random.between(1, 28)},
                              securityLeader, ""});
        }
        for (int unit = 0; unit < UnitCount; ++unit)
            for (const DemoAsset &asset : m_unitAssets[unit])
                if (m_random.chance(50))
                    m_file.addReview(
                        {0, ReviewKind::Asset, asset.id, pastDate(), m_names.at(m_staff[unit].front()), ""});

        const int incidents = std::min(60, m_options.assets / 6 + (m_options.assets > 0 ? 1 : 0));
        for (int i = 0; i < incidents; ++i) {
            const int unit = m_random.below(UnitCount);
            const int type = m_random.below(IncidentTypeCount);
            Incident incident;
            incident.type = static_cast<IncidentType>(type);
            incident.discovered = DateTime{pastDate(), m_random.between(7, 16), m_random.below(60)};
            incident.unitId = m_units[unit];
            incident.reportedBy = m_names.at(m_random.pick(m_staff[unit]));
            incident.description = m_words.incidents[static_cast<std::size_t>(type)];
            incident.observed = m_random.pick(m_words.observed);
            const int severity = m_random.below(10);
            incident.severity = severity < 4   ? Severity::Low
                                : severity < 7 ? Severity::Medium
                                : severity < 9 ? Severity::High
                                               : Severity::Critical;
            const bool recent = incident.discovered.date >= Date{2026, 9, 1};
            incident.status = recent ? (m_random.chance(50) ? IncidentStatus::Open : IncidentStatus::Investigating)
                                     : (m_random.chance(85) ? IncidentStatus::Closed : IncidentStatus::Investigating);
            // 002 §80: the data protection authority within 72 hours; now and then a day too late.
            if (incident.type == IncidentType::PersonalDataBreach && m_random.chance(80)) {
                incident.authorityNotified = true;
                incident.notifiedAt = DateTime{incident.discovered.date.addDays(m_random.between(0, 4)),
                                               incident.discovered.hour, incident.discovered.minute};
            }
            if (!m_unitAssets[unit].empty())
                incident.assetIds = {m_random.pick(m_unitAssets[unit]).id};
            m_file.addIncident(incident);
        }

        // About a quarter of the residual risks above the acceptance line accepted by the chief executive
        // for a year; some of those acceptances have run out since.
        for (Id risk : m_unacceptableResiduals)
            if (m_random.chance(25)) {
                const Date date = pastDate();
                m_file.addAcceptance({0, risk, m_names.at(m_chief), std::string(m_words.roles[0]), date,
                                      std::string(m_words.acceptance), date.addMonths(12)});
            }

        for (std::size_t e = 0; e + 1 < m_words.exceptions.size(); e += 2) {
            RuleException exception;
            exception.rule = m_words.exceptions[e];
            exception.reason = m_words.exceptions[e + 1];
            exception.approvedBy = m_names.at(m_chief);
            exception.approvedOn = Date{2025, m_random.between(2, 11), m_random.between(1, 28)};
            exception.validUntil = Date{2026 + static_cast<int>(e / 2), 12, 31};
            exception.unitId = e == 0 ? std::nullopt : std::optional<Id>(m_units[UnitTechnical]);
            m_file.addException(exception);
        }
    }

    RegisterFile &m_file;
    const DemoOptions &m_options;
    const Vocabulary &m_words;
    const RiskMatrix m_matrix;
    Random m_random;
    DemoSummary m_summary;
    std::vector<Id> m_units;
    std::vector<int> m_nameUses;
    Id m_chief = 0;
    Id m_securityLeader = 0;
    std::map<Id, std::string> m_names; // of the people added
    std::vector<Id> m_unacceptableResiduals;
    std::array<std::vector<Id>, UnitCount> m_staff;
    std::array<std::vector<DemoAsset>, UnitCount> m_unitAssets;
    std::vector<DemoAssessment> m_assessments;
};

} // namespace

DemoSummary generateDemo(RegisterFile &file, const DemoOptions &options)
{
    return DemoBuilder(file, options).run();
}

} // namespace trygg
