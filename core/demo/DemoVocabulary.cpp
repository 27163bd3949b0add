// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoVocabulary.h"

#include "model/Risk.h"

namespace trygg::demo {
namespace {

constexpr auto Sys = AssetType::ItSystem, Db = AssetType::Database, Reg = AssetType::Register,
               App = AssetType::Application, Fil = AssetType::File, Proc = AssetType::Procedure, Pln = AssetType::Plan,
               Con = AssetType::Contract, Pap = AssetType::PaperArchive, Inf = AssetType::Infrastructure,
               Wel = AssetType::WelfareTechnology;
constexpr unsigned P = AspectPrivacy, C = AspectConfidentiality, I = AspectIntegrity, A = AspectAvailability;

} // namespace

const std::array<unsigned, ThreatCount> threatTraits = {P | C,
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

namespace {

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
    .measures = "Gå igenom behörigheterna varje kvartal|Upprätta säkerhetskopiering på annan plats|Införa säker e-post "
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

} // namespace

const Vocabulary &vocabularyFor(std::string_view language)
{
    return language == "nb" ? nb : language == "da" ? da : language == "sv" ? sv : en;
}

} // namespace trygg::demo
