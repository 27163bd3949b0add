#include "demo/DemoGenerator.h"

#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <array>
#include <span>
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
               App = AssetType::Application, Fil = AssetType::File, Proc = AssetType::Procedure,
               Pln = AssetType::Plan, Con = AssetType::Contract, Pap = AssetType::PaperArchive,
               Inf = AssetType::Infrastructure, Wel = AssetType::WelfareTechnology;

// An asset the municipality typically has: `unit` indexes Vocabulary::units (-1: any unit), `personal`
// is 0 none, 1 ordinary, 2 sensitive personal data.
struct AssetWord {
    const char *name;
    AssetType type;
    int unit;
    int personal;
};

constexpr int UnitCount = 10;
constexpr int ThreatCount = 22;
template <std::size_t N> using Texts = std::array<const char *, N>;

// The units of every language come in the same order, and so do threats and measures: measure t is the
// usual answer to threat t, and these are its aspects (DOMAIN.md rule 4).
constexpr unsigned P = AspectPrivacy, C = AspectConfidentiality, I = AspectIntegrity, A = AspectAvailability;
constexpr std::array<unsigned, ThreatCount> threatAspects = {
    P | C, I | A, P | C, C | I | A, A, P | C, C | I, P | C, A, P | C | I, I,
    P | C, P | C, P | C, C | I | A, P, P | C, A | I, P | C, A, C | A, I | A};
constexpr int UnitIt = 6;
constexpr std::array<bool, ThreatCount> technicalThreat = {
    false, true, false, true, false, true, true, true, true, false, false,
    false, false, true, true, false, false, true, false, false, false, true};

struct Vocabulary {
    Texts<UnitCount> units;
    Texts<UnitCount> laws; // the legal basis (hjemmel) of each unit's processing
    Texts<7> roles;        // chief executive, security leader, IT head, unit leader, three staff roles
    Texts<ThreatCount> threats;
    Texts<ThreatCount> measures;
    Texts<6> existingMeasures;
    Texts<6> operators; // the first is the municipality's own operation
    Texts<4> purposes;
    Texts<4> archiving;
    Texts<4> safeguards;
    Texts<4> storage; // the last is for paper
    Texts<3> information; // by personal data: none, ordinary, sensitive
    Texts<3> followUps;
    Texts<2> classifications; // open, restricted
    const char *assessment;
    std::span<const char *const> firstNames;
    std::span<const char *const> lastNames;
    std::span<const AssetWord> assets;
};

constexpr const char *nbFirst[] = {"Kari", "Ola", "Ingrid", "Lars", "Anne", "Per", "Marit", "Knut", "Silje", "Håkon",
                                   "Ragnhild", "Jon", "Siri", "Bjørn", "Hilde", "Eirik", "Tone", "Øystein", "Kristin",
                                   "Magnus", "Solveig", "Torbjørn"};
constexpr const char *nbLast[] = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
                                  "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
                                  "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Lund", "Solberg"};
constexpr AssetWord nbAssets[] = {
    {"Mikromarc", Sys, 0, 1}, {"Kulturskolens elevregister", Reg, 0, 1}, {"Gerica", Sys, 1, 2}, {"Profil", Sys, 1, 2},
    {"CosDoc", Sys, 1, 2}, {"Trygghetsalarm", Wel, 1, 2}, {"Elektronisk medisindispenser", Wel, 1, 2},
    {"Familia", Sys, 2, 2}, {"Socio", Sys, 2, 2}, {"Sosialhjelpsmapper", Pap, 2, 2}, {"Komtek", Sys, 3, 1},
    {"Driftskontroll vann og avløp", Inf, 3, 0}, {"Visma Enterprise", Sys, 4, 1}, {"Fakturaarkiv", Pap, 4, 1},
    {"Personalmappe", Fil, 5, 2}, {"Visma Lønn", App, 5, 1}, {"Arbeidsavtaler", Con, 5, 1},
    {"Active Directory", Inf, 6, 1}, {"Fellesområder", Inf, 6, 1}, {"Microsoft 365", App, 6, 1},
    {"Sikkerhetskopi", Db, 6, 1}, {"Acos WebSak", Sys, 7, 1}, {"Matrikkelen", Reg, 7, 1}, {"Byggesaksarkiv", Pap, 7, 1},
    {"Visma Flyt Barnehage", Sys, 8, 1}, {"Barnehageopptak", Reg, 8, 1}, {"Visma Flyt Skole", Sys, 9, 2},
    {"Elevregister", Reg, 9, 1}, {"Elevmapper", Pap, 9, 2}, {"PPT-journal", Db, 9, 2}, {"Elements", Sys, -1, 1},
    {"Public 360", Sys, -1, 1}, {"DocuLive", Sys, -1, 1}, {"Beredskapsplan", Pln, -1, 0},
    {"Databehandleravtaler", Con, -1, 0}, {"Rutinebeskrivelser", Proc, -1, 0}, {"E-post", App, -1, 1},
    {"Papirarkiv", Pap, -1, 1}};
constexpr Vocabulary nb{
    {"Oppvekst og kultur", "Helse og omsorg", "NAV", "Teknisk drift", "Økonomi", "Personal og organisasjon", "IKT",
     "Plan og byggesak", "Barnehage", "Skole"},
    {"Kulturloven", "Helse- og omsorgstjenesteloven", "Sosialtjenesteloven", "Forurensningsloven", "Bokføringsloven",
     "Arbeidsmiljøloven", "Personopplysningsloven", "Plan- og bygningsloven", "Barnehageloven", "Opplæringslova"},
    {"Kommunedirektør", "Sikkerhetsleder", "IKT-sjef", "Enhetsleder", "Rådgiver", "Saksbehandler", "Systemansvarlig"},
    {"Uautorisert tilgang til personopplysninger", "Tap av data ved brann eller vannskade",
     "Feilsendt e-post med sensitive opplysninger", "Løsepengevirus krypterer fellesområder", "Leverandør går konkurs",
     "Manglende tilgangsstyring ved sluttere", "Phishing gir angriper brukernavn og passord",
     "Bærbar PC med ukrypterte data blir stjålet", "Strømbrudd eller nettverksfeil stanser tjenesten",
     "Ansatte kjenner ikke rutinene for informasjonssikkerhet", "Feilregistrering fører til feil vedtak",
     "Databehandler uten databehandleravtale", "Utskrifter med personopplysninger blir liggende på skriveren",
     "Sensitive opplysninger lagres på minnepenn eller privat sky", "Manglende sikkerhetsoppdateringer utnyttes",
     "Opplysninger slettes ikke etter arkivplanen", "Ansatte snoker i journaler uten tjenstlig behov",
     "Alarm fra velferdsteknologi når ikke fram", "Skytjeneste overfører data utenfor EU/EØS",
     "Nøkkelperson er borte og ingen kan systemet", "Innbrudd i arkivrom", "Feil i integrasjon mellom fagsystemer"},
    {"Gjennomgå tilgangsrettigheter hvert kvartal", "Etablere sikkerhetskopi på annen lokasjon",
     "Innføre sikker e-post med kryptering", "Teste gjenoppretting fra sikkerhetskopi",
     "Sikre exit-klausul og dataeksport i avtalen", "Rutine for å stenge tilganger ved sluttere",
     "Innføre tofaktorautentisering", "Kryptere bærbare PC-er", "Reservestrøm og redundant nettlinje",
     "Opplæring i informasjonssikkerhet", "Kontroll av registreringer (fire øyne)", "Inngå databehandleravtale",
     "Innføre sikker utskrift med adgangskort", "Sperre minnepenner og privat skylagring",
     "Fast rutine for sikkerhetsoppdateringer", "Gjennomføre sletting etter arkivplanen",
     "Logganalyse og stikkprøvekontroll av oppslag", "Ukentlig test av alarmer og varsling",
     "Gjennomføre DPIA og overføringsvurdering", "Utpeke og lære opp stedfortreder",
     "Adgangskontroll og alarm på arkivrom", "Overvåke integrasjoner med varsling"},
    {"Rollebasert tilgang i fagsystemet", "Daglig sikkerhetskopi", "Taushetserklæring for alle ansatte",
     "Antivirus og brannmur", "Låste arkivskap", "Tofaktor ved pålogging utenfra"},
    {"Egen drift (IKT)", "Visma", "Tietoevry", "Microsoft Azure", "Acos AS", "Sikri"},
    {"Saksbehandling og dokumentasjon av tjenester", "Lovpålagt journalføring", "Intern administrasjon",
     "Kommunikasjon med innbyggere"},
    {"Avleveres til IKA etter 10 år", "Slettes når formålet er oppfylt", "Kasseres etter 5 år", "Bevares etter arkivplanen"},
    {"Tofaktorautentisering og rollebasert tilgang", "Logging og kryptert overføring", "Låst rom med adgangskontroll",
     "Brannmur, antivirus og segmentert nett"},
    {"Kommunens datasenter", "Leverandørens datasenter i Norge", "Skytjeneste (Microsoft 365)", "Låst arkivskap"},
    {"Ingen personopplysninger", "Navn, fødselsnummer og kontaktopplysninger",
     "Helseopplysninger og andre særlige kategorier"},
    {"Følges opp i ledermøtet", "Rapporteres til sikkerhetsleder hvert kvartal", ""},
    {"ÅPEN", "UNNTATT OFFENTLIGHET"},
    "Risikovurdering",
    nbFirst,
    nbLast,
    nbAssets};

constexpr const char *daFirst[] = {"Anne", "Mette", "Lars", "Jens", "Søren", "Kirsten", "Hanne", "Peter", "Henrik",
                                   "Camilla", "Louise", "Mads", "Rasmus", "Maria", "Lone", "Jesper", "Helle", "Thomas",
                                   "Sofie", "Niels", "Birgitte", "Morten"};
constexpr const char *daLast[] = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                                  "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
                                  "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Holm", "Bach"};
constexpr AssetWord daAssets[] = {
    {"Cicero", Sys, 0, 1}, {"Musikskolens elevregister", Reg, 0, 1}, {"Cura", Sys, 1, 2}, {"KMD Nexus", Sys, 1, 2},
    {"Nødkaldeanlæg", Wel, 1, 2}, {"Sensorer i plejeboliger", Wel, 1, 2}, {"KMD Momentum", Sys, 2, 2},
    {"DUBU", Sys, 2, 2}, {"Sagsakter", Pap, 2, 2}, {"SRO-anlæg på vandværket", Inf, 3, 0}, {"Affaldsregister", Reg, 3, 1},
    {"KMD Opus Økonomi", Sys, 4, 1}, {"Prisme", Sys, 4, 1}, {"Bilagsarkiv", Pap, 4, 1}, {"Personalesag", Fil, 5, 2},
    {"Silkeborg Data Løn", App, 5, 1}, {"Ansættelseskontrakter", Con, 5, 1}, {"Active Directory", Inf, 6, 1},
    {"Fællesdrev", Inf, 6, 1}, {"Microsoft 365", App, 6, 1}, {"Backup", Db, 6, 1}, {"Kitos", Reg, 6, 0},
    {"Byg og Miljø", App, 7, 1}, {"BBR", Reg, 7, 1}, {"Byggesagsarkiv", Pap, 7, 1}, {"KMD Institution", Sys, 8, 1},
    {"Pladsanvisning", Reg, 8, 1}, {"Aula", App, 9, 1}, {"Elevregister", Reg, 9, 1}, {"Elevmapper", Pap, 9, 2},
    {"PPR-journal", Db, 9, 2}, {"SBSYS", Sys, -1, 1}, {"Acadre", Sys, -1, 1}, {"Beredskabsplan", Pln, -1, 0},
    {"Databehandleraftaler", Con, -1, 0}, {"Arbejdsgange og instrukser", Proc, -1, 0}, {"E-mail", App, -1, 1},
    {"Papirarkiv", Pap, -1, 1}};
constexpr Vocabulary da{
    {"Kultur og Fritid", "Sundhed og Omsorg", "Social og Beskæftigelse", "Teknik og Miljø", "Økonomi",
     "HR og Personale", "IT og Digitalisering", "Plan og Byg", "Dagtilbud", "Skole"},
    {"Folkebiblioteksloven", "Sundhedsloven og serviceloven", "Serviceloven", "Miljøbeskyttelsesloven",
     "Bogføringsloven", "Ansættelsesbevisloven", "Databeskyttelsesloven", "Byggeloven", "Dagtilbudsloven",
     "Folkeskoleloven"},
    {"Kommunaldirektør", "Informationssikkerhedskoordinator", "IT-chef", "Afdelingsleder", "Konsulent", "Sagsbehandler",
     "Systemforvalter"},
    {"Uautoriseret adgang til personoplysninger", "Tab af data ved brand eller vandskade",
     "Fejlsendt e-mail med følsomme oplysninger", "Ransomware krypterer fællesdrev", "Leverandøren går konkurs",
     "Adgange lukkes ikke ved fratrædelse", "Phishing giver angriber brugernavn og adgangskode",
     "Bærbar pc med ukrypterede data bliver stjålet", "Strømsvigt eller netværksnedbrud stopper driften",
     "Medarbejdere kender ikke retningslinjerne for informationssikkerhed", "Fejlregistrering fører til forkert afgørelse",
     "Databehandler uden databehandleraftale", "Udskrifter med personoplysninger efterlades ved printeren",
     "Følsomme oplysninger gemmes på USB-nøgle eller privat sky", "Manglende sikkerhedsopdateringer bliver udnyttet",
     "Oplysninger slettes ikke efter kassationsreglerne", "Medarbejdere slår op i journaler uden arbejdsbetinget behov",
     "Alarm fra velfærdsteknologi når ikke frem", "Cloudtjeneste overfører data uden for EU/EØS",
     "Nøgleperson er fraværende, og ingen kender systemet", "Indbrud i arkivrum",
     "Fejl i integration mellem fagsystemer"},
    {"Gennemgå adgangsrettigheder hvert kvartal", "Etablere backup på anden lokation", "Indføre sikker mail med kryptering",
     "Teste genetablering fra backup", "Sikre exitklausul og dataudtræk i kontrakten",
     "Procedure for lukning af adgange ved fratrædelse", "Indføre tofaktorgodkendelse", "Kryptere bærbare pc'er",
     "Nødstrøm og redundant netforbindelse", "Awareness-træning i informationssikkerhed",
     "Kontrol af registreringer (fire øjne)", "Indgå databehandleraftale", "Indføre sikker print med adgangskort",
     "Spærre USB-lagring og privat cloudlagring", "Fast procedure for sikkerhedsopdateringer",
     "Gennemføre sletning efter kassationsreglerne", "Loganalyse og stikprøvekontrol af opslag",
     "Ugentlig test af alarmer og alarmkæde", "Gennemføre konsekvensanalyse og overførselsvurdering",
     "Udpege og oplære en stedfortræder", "Adgangskontrol og alarm på arkivrum", "Overvåge integrationer med alarmering"},
    {"Rollebaseret adgang i fagsystemet", "Daglig backup", "Tavshedserklæring for alle medarbejdere",
     "Antivirus og firewall", "Aflåste arkivskabe", "Tofaktorgodkendelse ved fjernadgang"},
    {"Egen drift (IT og Digitalisering)", "KMD", "Netcompany", "Systematic", "EG", "KOMBIT"},
    {"Sagsbehandling og dokumentation af ydelser", "Lovpligtig journalisering", "Intern administration",
     "Kommunikation med borgere"},
    {"Afleveres til stadsarkivet", "Slettes, når formålet er opfyldt", "Kasseres efter 5 år", "Bevares efter arkivplanen"},
    {"Tofaktorgodkendelse og rollebaseret adgang", "Logning og krypteret overførsel", "Aflåst rum med adgangskontrol",
     "Firewall, antivirus og segmenteret netværk"},
    {"Kommunens datacenter", "Leverandørens datacenter i Danmark", "Cloudtjeneste (Microsoft 365)", "Aflåst arkivskab"},
    {"Ingen personoplysninger", "Navn, CPR-nummer og kontaktoplysninger", "Helbredsoplysninger og andre følsomme oplysninger"},
    {"Følges op på ledermødet", "Rapporteres kvartalsvis til informationssikkerhedsudvalget", ""},
    {"Offentlig", "Fortroligt"},
    "Risikovurdering",
    daFirst,
    daLast,
    daAssets};

constexpr const char *svFirst[] = {"Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Lena", "Per",
                                   "Kerstin", "Mikael", "Sara", "Fredrik", "Ingrid", "Magnus", "Elin", "Björn", "Åsa",
                                   "Jonas", "Birgitta", "Henrik"};
constexpr const char *svLast[] = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                                  "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
                                  "Bengtsson", "Lindberg", "Lindström", "Berg", "Axelsson", "Öberg", "Sjöberg", "Holm"};
constexpr AssetWord svAssets[] = {
    {"Koha", Sys, 0, 1}, {"Föreningsregister", Reg, 0, 1}, {"Procapita", Sys, 1, 2}, {"Lifecare", Sys, 1, 2},
    {"Trygghetslarm", Wel, 1, 2}, {"Nattkameror", Wel, 1, 2}, {"Treserva", Sys, 2, 2}, {"Viva", Sys, 2, 2},
    {"Personakter", Pap, 2, 2}, {"Styrsystem för VA", Inf, 3, 0}, {"Ecos", Sys, 3, 1}, {"Raindance", Sys, 4, 1},
    {"Unit4 ERP", Sys, 4, 1}, {"Verifikationsarkiv", Pap, 4, 1}, {"Personalakt", Fil, 5, 2},
    {"Visma Personec", App, 5, 1}, {"Anställningsavtal", Con, 5, 1}, {"Active Directory", Inf, 6, 1},
    {"Gemensamma mappar", Inf, 6, 1}, {"Microsoft 365", App, 6, 1}, {"Säkerhetskopiering", Db, 6, 1},
    {"ByggR", Sys, 7, 1}, {"Fastighetsregister", Reg, 7, 1}, {"Bygglovsarkiv", Pap, 7, 1}, {"Edlevo", Sys, 8, 1},
    {"Förskolekö", Reg, 8, 1}, {"Skola24", App, 9, 1}, {"Unikum", App, 9, 1}, {"Elevregister", Reg, 9, 1},
    {"Elevhälsans journal", Db, 9, 2}, {"Platina", Sys, -1, 1}, {"Ciceron", Sys, -1, 1}, {"Krisledningsplan", Pln, -1, 0},
    {"Personuppgiftsbiträdesavtal", Con, -1, 0}, {"Rutiner och instruktioner", Proc, -1, 0}, {"E-post", App, -1, 1},
    {"Pappersarkiv", Pap, -1, 1}};
constexpr Vocabulary sv{
    {"Kultur och fritid", "Vård och omsorg", "Socialtjänst", "Teknisk förvaltning", "Ekonomi", "HR-avdelningen",
     "IT-avdelningen", "Samhällsbyggnad", "Förskola", "Grundskola"},
    {"Bibliotekslagen", "Socialtjänstlagen och patientdatalagen", "Socialtjänstlagen", "Lagen om allmänna vattentjänster",
     "Bokföringslagen", "Lagen om anställningsskydd", "Dataskyddslagen", "Plan- och bygglagen", "Skollagen",
     "Skollagen"},
    {"Kommundirektör", "Informationssäkerhetssamordnare", "IT-chef", "Enhetschef", "Handläggare", "Utredare",
     "Systemförvaltare"},
    {"Obehörig åtkomst till personuppgifter", "Förlust av data vid brand eller vattenskada",
     "Felskickat e-postmeddelande med känsliga uppgifter", "Ransomware krypterar gemensamma mappar",
     "Leverantören går i konkurs", "Behörigheter tas inte bort när anställda slutar",
     "Nätfiske ger angripare användarnamn och lösenord", "Bärbar dator med okrypterade data blir stulen",
     "Strömavbrott eller nätverksfel stoppar verksamheten",
     "Medarbetare känner inte till rutinerna för informationssäkerhet", "Felregistrering leder till felaktigt beslut",
     "Personuppgiftsbiträde utan biträdesavtal", "Utskrifter med personuppgifter blir liggande vid skrivaren",
     "Känsliga uppgifter sparas på USB-minne eller privat molntjänst", "Saknade säkerhetsuppdateringar utnyttjas",
     "Uppgifter gallras inte enligt dokumenthanteringsplanen", "Medarbetare läser journaler utan tjänsteskäl",
     "Larm från välfärdsteknik når inte fram", "Molntjänst överför data utanför EU/EES",
     "Nyckelperson är borta och ingen kan systemet", "Inbrott i arkivlokal",
     "Fel i integration mellan verksamhetssystem"},
    {"Granska behörigheter varje kvartal", "Upprätta säkerhetskopiering på annan plats", "Införa säker e-post med kryptering",
     "Testa återläsning från säkerhetskopia", "Säkra exitklausul och dataexport i avtalet",
     "Rutin för att ta bort behörigheter när anställda slutar", "Införa tvåfaktorsautentisering",
     "Kryptera bärbara datorer", "Reservkraft och redundant nätanslutning", "Utbildning i informationssäkerhet",
     "Kontroll av registreringar (fyra ögon)", "Teckna personuppgiftsbiträdesavtal",
     "Införa säker utskrift med passerkort", "Spärra USB-minnen och privata molntjänster",
     "Fast rutin för säkerhetsuppdateringar", "Genomföra gallring enligt dokumenthanteringsplanen",
     "Logguppföljning och stickprovskontroll av åtkomst", "Veckovis test av larm och larmkedja",
     "Genomföra konsekvensbedömning och överföringsanalys", "Utse och utbilda en ersättare",
     "Passerkontroll och larm i arkivlokal", "Övervaka integrationer med larm"},
    {"Rollbaserad behörighet i verksamhetssystemet", "Daglig säkerhetskopiering", "Sekretessförbindelse för alla",
     "Antivirus och brandvägg", "Låsta arkivskåp", "Tvåfaktorsinloggning vid distansarbete"},
    {"Egen drift (IT-avdelningen)", "Tietoevry", "CGI", "Visma", "Atea", "Sambruk"},
    {"Handläggning och dokumentation av insatser", "Lagstadgad dokumentation", "Intern administration",
     "Kommunikation med invånare"},
    {"Gallras efter 2 år", "Bevaras enligt dokumenthanteringsplanen", "Levereras till kommunarkivet",
     "Gallras när ändamålet är uppfyllt"},
    {"Tvåfaktorsautentisering och rollbaserad behörighet", "Loggning och krypterad överföring",
     "Låst rum med passerkontroll", "Brandvägg, antivirus och segmenterat nät"},
    {"Kommunens datacenter", "Leverantörens datacenter i Sverige", "Molntjänst (Microsoft 365)", "Låst arkivskåp"},
    {"Inga personuppgifter", "Namn, personnummer och kontaktuppgifter", "Hälsouppgifter och andra känsliga uppgifter"},
    {"Följs upp i ledningsgruppen", "Rapporteras kvartalsvis till informationssäkerhetssamordnaren", ""},
    {"Öppen", "Sekretess"},
    "Riskbedömning",
    svFirst,
    svLast,
    svAssets};

constexpr AssetWord enAssets[] = {
    {"Library system", Sys, 0, 1}, {"Association register", Reg, 0, 1}, {"Electronic care record", Sys, 1, 2},
    {"Home care scheduling", App, 1, 2}, {"Safety alarms", Wel, 1, 2}, {"Social services case system", Sys, 2, 2},
    {"Child welfare files", Pap, 2, 2}, {"Water plant control system", Inf, 3, 0}, {"Maintenance system", App, 3, 0},
    {"Financial system", Sys, 4, 1}, {"Invoice archive", Pap, 4, 1}, {"Personnel files", Fil, 5, 2},
    {"Payroll system", App, 5, 1}, {"Employment contracts", Con, 5, 1}, {"Active Directory", Inf, 6, 1},
    {"File server", Inf, 6, 1}, {"Microsoft 365", App, 6, 1}, {"Backup", Db, 6, 1}, {"Property register", Reg, 7, 1},
    {"Building permit archive", Pap, 7, 1}, {"Kindergarten admissions", Reg, 8, 1}, {"Parent app", App, 8, 1},
    {"Student information system", Sys, 9, 2}, {"Pupil register", Reg, 9, 1}, {"School health records", Db, 9, 2},
    {"Records management system", Sys, -1, 1}, {"Contingency plan", Pln, -1, 0},
    {"Data processing agreements", Con, -1, 0}, {"Procedures and instructions", Proc, -1, 0}, {"E-mail", App, -1, 1},
    {"Paper archive", Pap, -1, 1}};
constexpr Vocabulary en{
    {"Culture and Leisure", "Health and Care", "Social Services", "Technical Services", "Finance", "Human Resources",
     "IT Services", "Planning and Building", "Kindergartens", "Schools"},
    {"Libraries Act", "Health and Care Services Act", "Social Services Act", "Pollution Control Act", "Accounting Act",
     "Working Environment Act", "Data Protection Act", "Planning and Building Act", "Kindergarten Act", "Education Act"},
    {"Chief Executive", "Security Officer", "Head of IT", "Head of Section", "Adviser", "Case Officer",
     "System Administrator"},
    {"Unauthorised access to personal data", "Loss of data by fire or water damage",
     "E-mail with sensitive data sent to the wrong recipient", "Ransomware encrypts shared drives",
     "Supplier goes bankrupt", "Access not removed when employees leave", "Phishing gives an attacker user names and passwords",
     "Laptop with unencrypted data is stolen", "Power or network failure stops the service",
     "Employees do not know the security routines", "Wrong registration leads to a wrong decision",
     "Data processor without a data processing agreement", "Printouts with personal data left at the printer",
     "Sensitive data stored on USB sticks or private cloud", "Missing security updates are exploited",
     "Data not deleted according to the retention schedule", "Employees browse records without a work need",
     "Alarm from welfare technology does not get through", "Cloud service transfers data outside the EU/EEA",
     "Key person absent and nobody knows the system", "Break-in to the archive room",
     "Errors in the integration between systems"},
    {"Review access rights every quarter", "Keep backups at a second site", "Introduce encrypted e-mail",
     "Test restoring from backup", "Secure exit clause and data export in the contract",
     "Routine for removing access of leavers", "Introduce two-factor authentication", "Encrypt laptops",
     "Backup power and redundant network link", "Information security training", "Four-eyes check of registrations",
     "Sign a data processing agreement", "Introduce secure printing with access cards",
     "Block USB storage and private cloud storage", "Fixed routine for security updates",
     "Delete according to the retention schedule", "Log analysis and spot checks of look-ups",
     "Weekly test of alarms and alerting", "Carry out a DPIA and transfer assessment", "Appoint and train a deputy",
     "Access control and alarm for the archive room", "Monitor integrations with alerts"},
    {"Role-based access in the system", "Daily backup", "Confidentiality agreement for all staff",
     "Antivirus and firewall", "Locked archive cabinets", "Two-factor login for remote access"},
    {"Own operation (IT Services)", "Visma", "Tietoevry", "Microsoft Azure", "CGI", "Atea"},
    {"Case handling and documentation of services", "Statutory record keeping", "Internal administration",
     "Communication with residents"},
    {"Transferred to the archive after 10 years", "Deleted when the purpose is fulfilled", "Deleted after 5 years",
     "Kept according to the archive plan"},
    {"Two-factor authentication and role-based access", "Logging and encrypted transfer",
     "Locked room with access control", "Firewall, antivirus and segmented network"},
    {"Municipal data centre", "Supplier's data centre in the Nordics", "Cloud service (Microsoft 365)",
     "Locked archive cabinet"},
    {"No personal data", "Names, national ID numbers and contact details", "Health data and other special categories"},
    {"Followed up in the management meeting", "Reported quarterly to the security officer", ""},
    {"Public", "Confidential"},
    "Risk assessment",
    nbFirst,
    nbLast,
    enAssets};

const Vocabulary &vocabularyFor(std::string_view language)
{
    if (language == "nb")
        return nb;
    if (language == "da")
        return da;
    if (language == "sv")
        return sv;
    return en;
}

// Appends " (2)", " (3)"... to `name` until `taken` no longer finds it; `used` counts earlier uses of the base.
template <typename Taken> void makeUnique(std::string &name, int &used, Taken taken)
{
    const std::size_t base = name.size();
    for (;;) {
        name.resize(base);
        if (used > 0)
            name += " (" + std::to_string(used + 1) + ")";
        ++used;
        if (!taken(name))
            return;
    }
}

struct DemoAsset {
    Id id;
    bool manyPersons;
};

} // namespace

DemoSummary generateDemo(RegisterFile &file, const DemoOptions &options)
{
    const RegisterInfo info = file.info();
    const Vocabulary &words = vocabularyFor(info.language);
    const RiskMatrix matrix = file.matrix(info.currentMatrixId);
    const int probabilityLevels = matrix.probabilityLevels();
    const int consequenceLevels = matrix.consequenceLevels();
    Random random(options.seed);
    DemoSummary summary;
    Transaction transaction(file.database());

    std::vector<Id> units;
    for (const char *name : words.units) {
        if (auto existing = file.findUnit(name)) {
            units.push_back(*existing);
            continue;
        }
        units.push_back(file.addUnit(OrgUnit{0, name, std::nullopt}));
        ++summary.units;
    }

    // People: the chief executive and the security leader, then staff spread over the units; each unit's first
    // is its leader, and the IT unit's leader is the IT-responsible (002 §20 keeps these roles apart).
    const int firstCount = static_cast<int>(words.firstNames.size());
    const int lastCount = static_cast<int>(words.lastNames.size());
    std::vector<int> nameUses(static_cast<std::size_t>(firstCount * lastCount));
    auto addPerson = [&](const char *role, bool securityLeader, bool itResponsible) {
        const int first = random.below(firstCount), last = random.below(lastCount);
        Person person{0, std::string(words.firstNames[first]) + ' ' + words.lastNames[last], role, securityLeader,
                      itResponsible};
        makeUnique(person.name, nameUses[static_cast<std::size_t>(first * lastCount + last)],
                   [&](const std::string &name) { return file.findPerson(name).has_value(); });
        ++summary.people;
        return file.addPerson(person);
    };
    const Id chief = addPerson(words.roles[0], false, false);
    addPerson(words.roles[1], true, false);
    std::vector<std::vector<Id>> staff(UnitCount);
    const int staffCount = 2 * UnitCount + std::max(0, options.assets) / 5;
    for (int i = 0; i < staffCount; ++i) {
        const int unit = i % UnitCount;
        const bool leader = i < UnitCount;
        const char *role = leader ? words.roles[unit == UnitIt ? 2 : 3] : words.roles[4 + random.below(3)];
        staff[unit].push_back(addPerson(role, false, leader && unit == UnitIt));
    }

    // The asset register: each unit cycles through its own systems and the common ones.
    std::vector<std::vector<int>> pools(UnitCount);
    for (int w = 0; w < static_cast<int>(words.assets.size()); ++w)
        for (int unit = 0; unit < UnitCount; ++unit)
            if (words.assets[w].unit == unit || words.assets[w].unit < 0)
                pools[unit].push_back(w);
    std::vector<int> poolNext(UnitCount), assetUses(UnitCount * words.assets.size());
    std::vector<std::vector<DemoAsset>> unitAssets(UnitCount);
    Asset asset;
    for (int i = 0; i < options.assets; ++i) {
        const int unit = i < UnitCount ? i : random.below(UnitCount);
        const std::vector<int> &pool = pools[unit];
        const int w = pool[static_cast<std::size_t>(poolNext[unit]++) % pool.size()];
        const AssetWord &word = words.assets[w];
        asset.name = word.name;
        makeUnique(asset.name, assetUses[unit * words.assets.size() + w],
                   [&](const std::string &name) { return file.findAsset(units[unit], name).has_value(); });
        asset.type = word.type;
        asset.unitId = units[unit];
        const std::vector<Id> &people = staff[unit];
        const int owner = random.chance(40) ? 0 : random.below(static_cast<int>(people.size()));
        asset.ownerId = random.chance(3) ? std::nullopt : std::optional<Id>(people[owner]);
        // 002 §12 stk. 6 wants a deputy for every system; leave some out so the register check finds them.
        const bool withoutDeputy = i % 12 == 1 || random.chance(4);
        const int deputy = (owner + 1 + random.below(static_cast<int>(people.size()) - 1)) % people.size();
        asset.deputyId = withoutDeputy ? std::nullopt : std::optional<Id>(people[deputy]);
        asset.purpose = random.pick(words.purposes);
        asset.personalData = static_cast<PersonalData>(word.personal);
        asset.information = words.information[word.personal];
        asset.persons = std::nullopt;
        asset.legalBasis.clear();
        if (word.personal > 0) {
            asset.persons = random.chance(25) ? random.between(2000, 25000) : random.between(15, 1500);
            asset.legalBasis = words.laws[unit];
            asset.legalBasis += word.personal == 2 ? ", GDPR art. 9" : ", GDPR art. 6";
        }
        const int operatorIndex = random.below(static_cast<int>(words.operators.size()));
        asset.operatorName = words.operators[operatorIndex];
        asset.dataProcessingAgreement = operatorIndex > 0 && word.personal > 0 && !random.chance(12);
        if (random.chance(8)) {
            asset.confidentiality = asset.integrity = asset.availability = std::nullopt;
        } else {
            asset.confidentiality = std::min(ClassificationLevelMax, word.personal + random.between(0, 2));
            asset.integrity = random.between(1, ClassificationLevelMax);
            asset.availability = random.between(0, ClassificationLevelMax);
        }
        const bool restricted = word.personal > 0 || asset.confidentiality.value_or(0) >= 3;
        asset.classification = words.classifications[restricted ? 1 : 0];
        asset.archiving = random.pick(words.archiving);
        asset.safeguards = random.pick(words.safeguards);
        asset.storage = word.type == AssetType::PaperArchive ? words.storage[3] : words.storage[random.below(3)];
        unitAssets[unit].push_back({file.addAsset(asset), asset.persons.value_or(0) > 1000});
        ++summary.assets;
    }

    // One or two assessments per unit, each scoped to some of the unit's assets.
    struct DemoAssessment {
        Id id;
        int unit;
        std::vector<DemoAsset> scope;
    };
    std::vector<DemoAssessment> assessments;
    for (int unit = 0; unit < UnitCount; ++unit) {
        const int count = 1 + (random.chance(50) ? 1 : 0);
        for (int k = 0; k < count; ++k) {
            RiskAssessment assessment;
            const int year = 2025 + k;
            assessment.name = std::string(words.assessment) + ' ' + std::to_string(year);
            int uses = 0;
            makeUnique(assessment.name, uses, [&](const std::string &name) {
                return file.findAssessment(units[unit], name).has_value();
            });
            assessment.unitId = units[unit];
            assessment.assessorId = staff[unit].front();
            assessment.date = Date{year, random.between(1, 12), random.between(1, 28)};
            const int roll = random.below(10);
            assessment.status = k == 0 ? (roll < 7 ? AssessmentStatus::Approved : AssessmentStatus::Submitted)
                                       : (roll < 6 ? AssessmentStatus::Draft : AssessmentStatus::Submitted);
            if (assessment.status == AssessmentStatus::Approved) {
                assessment.approvedById = chief;
                assessment.approvedOn = Date{year, std::min(12, assessment.date.month + 1), assessment.date.day};
            }
            std::vector<DemoAsset> scope;
            for (const DemoAsset &candidate : unitAssets[unit])
                if (random.chance(60))
                    scope.push_back(candidate);
            if (scope.empty() && !unitAssets[unit].empty())
                scope.push_back(random.pick(unitAssets[unit]));
            for (const DemoAsset &member : scope)
                assessment.assetIds.push_back(member.id);
            assessments.push_back({file.addAssessment(assessment), unit, std::move(scope)});
            ++summary.assessments;
        }
    }

    // Risk lines, spread over the assessments; positions are given so that no line asks for the last one.
    std::vector<int> positions(assessments.size());
    std::vector<std::vector<std::pair<Id, int>>> lines(assessments.size()); // risk id, threat
    Risk risk;
    for (int r = 0; r < options.risks; ++r) {
        const int a = random.below(static_cast<int>(assessments.size()));
        const DemoAssessment &assessment = assessments[a];
        const int threat = random.below(ThreatCount);
        risk.assessmentId = assessment.id;
        risk.position = ++positions[a];
        risk.threat = words.threats[threat];
        bool manyPersons = false;
        risk.assetId = std::nullopt;
        if (!assessment.scope.empty()) {
            const DemoAsset &target = random.pick(assessment.scope);
            risk.assetId = target.id;
            manyPersons = target.manyPersons;
        }
        risk.aspects = threatAspects[threat] | (random.chance(20) ? 1u << random.below(4) : 0u);
        risk.probability = random.between(1, probabilityLevels);
        risk.consequence = random.between(1, consequenceLevels);
        risk.manyAffected = random.chance(manyPersons ? 45 : 8);
        const int knowledge = random.below(10);
        risk.knowledge = knowledge < 2 ? Knowledge::Low : knowledge < 7 ? Knowledge::Medium : Knowledge::High;
        if (random.chance(20))
            risk.existingMeasures.clear();
        else
            risk.existingMeasures = random.pick(words.existingMeasures);
        risk.residualProbability = risk.residualConsequence = std::nullopt;
        if (random.chance(40)) {
            risk.residualProbability = random.between(1, risk.probability);
            risk.residualConsequence = random.between(1, risk.consequence);
        }
        lines[a].emplace_back(file.addRisk(risk), threat);
        ++summary.risks;
    }

    // The action plan: within an assessment, risks of the same threat side by side, treated in groups of 1-3
    // by the usual measure for the first one's threat; about a third of the risks stay without a measure.
    std::vector<int> measureUses(assessments.size() * ThreatCount);
    Measure measure;
    for (std::size_t a = 0; a < assessments.size(); ++a) {
        std::vector<std::pair<Id, int>> &group = lines[a];
        std::stable_sort(group.begin(), group.end(), [](const auto &x, const auto &y) { return x.second < y.second; });
        const std::vector<Id> &people = staff[assessments[a].unit];
        for (std::size_t i = 0; i < group.size();) {
            const std::size_t take = std::min<std::size_t>(random.between(1, 3), group.size() - i);
            const bool treated = random.below(3) < 2;
            if (!treated) {
                i += take;
                continue;
            }
            const int threat = group[i].second;
            measure.assessmentId = assessments[a].id;
            measure.what = words.measures[threat];
            makeUnique(measure.what, measureUses[a * ThreatCount + threat], [&](const std::string &what) {
                return file.findMeasure(measure.assessmentId, what).has_value();
            });
            const bool toIt = technicalThreat[threat] && random.chance(50);
            measure.responsibleId = toIt ? staff[UnitIt].front() : random.pick(people);
            measure.deadline = Date{random.between(2025, 2027), random.between(1, 12), random.between(1, 28)};
            const int roll = random.below(10);
            measure.status = roll < 4 ? MeasureStatus::Planned
                             : roll < 7 ? MeasureStatus::InProgress
                             : roll < 9 ? MeasureStatus::Done
                                        : MeasureStatus::Cancelled;
            measure.hours = random.between(2, 160);
            measure.cost = random.chance(40) ? 0.0 : random.between(1, 40) * 5000.0;
            measure.followUp = random.pick(words.followUps);
            measure.riskIds.clear();
            for (std::size_t end = i + take; i < end; ++i)
                measure.riskIds.push_back(group[i].first);
            file.addMeasure(measure);
            ++summary.measures;
        }
    }

    transaction.commit();
    return summary;
}

} // namespace trygg
