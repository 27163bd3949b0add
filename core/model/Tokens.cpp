// SPDX-License-Identifier: EUPL-1.2
#include "model/Tokens.h"

#include "model/Text.h"

#include <array>
#include <type_traits>
#include <utility>
#include <vector>

namespace trygg {

namespace {

// The English token first, then the words users type for the same value, separated by `|`.
template <typename T> using Words = std::pair<std::string_view, T>;

// Users type "in_progress", "in-progress", "In Progress" or "inprogress" for the same thing, so
// separators are dropped altogether before comparing.
std::string normalize(std::string_view text)
{
    std::string out = foldCase(trim(text));
    std::erase_if(out, [](char c) { return c == ' ' || c == '_' || c == '-' || c == '\t'; });
    return out;
}

// The words of a table, each normalised, in the order they are tried: the table's entries in order,
// each entry's words from left to right.
template <typename T, std::size_t N>
std::vector<std::pair<std::string, T>> normalisedWords(const std::array<Words<T>, N> &table)
{
    std::vector<std::pair<std::string, T>> result;
    for (const auto &[words, value] : table) {
        std::string_view rest = words;
        while (!rest.empty()) {
            const auto end = rest.find('|');
            result.emplace_back(normalize(rest.substr(0, end)), value);
            rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        }
    }
    return result;
}

// The value of the first word that means the same as `text`. The words are normalised once, not on
// every call: loading a register parses two tokens for each of 100,000 risks and 33,000 measures.
template <const auto &Table> auto lookup(std::string_view text)
{
    using T = typename std::remove_cvref_t<decltype(Table)>::value_type::second_type;
    static const std::vector<std::pair<std::string, T>> words = normalisedWords(Table);
    const std::string key = normalize(text);
    if (key.empty()) {
        return std::optional<T>();
    }
    for (const auto &[word, value] : words) {
        if (word == key) {
            return std::optional<T>(value);
        }
    }
    return std::optional<T>();
}

template <typename T, int Count> std::string choices()
{
    std::string out;
    for (int i = 0; i < Count; ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += toToken(static_cast<T>(i));
    }
    return out;
}

constexpr auto AssetTypeWords = std::to_array<Words<AssetType>>({
    {"it system|system|fagsystem", AssetType::ItSystem},
    {"database|databas", AssetType::Database},
    {"register|registre", AssetType::Register},
    {"application|applikation|applikasjon|app", AssetType::Application},
    {"file|fil", AssetType::File},
    {"procedure|prosedyre|rutine|rutin", AssetType::Procedure},
    {"plan|beredskabsplan|beredskapsplan", AssetType::Plan},
    {"contract|kontrakt|aftale|avtale|avtal", AssetType::Contract},
    {"paper archive|papirarkiv|pappersarkiv", AssetType::PaperArchive},
    {"infrastructure|infrastruktur", AssetType::Infrastructure},
    {"welfare technology|velfærdsteknologi|velferdsteknologi|välfärdsteknik", AssetType::WelfareTechnology},
});

constexpr auto PersonalDataWords = std::to_array<Words<PersonalData>>({
    {"none|no|ingen|nej|nei", PersonalData::None},
    {"ordinary|yes|ja|almindelige|alminnelige|vanlige|vanliga|ordinære", PersonalData::Ordinary},
    {"sensitive|sensitiv|sensitiva|følsomme|særlige|særlige kategorier|känsliga|special categories",
     PersonalData::Sensitive},
});

constexpr auto KnowledgeWords = std::to_array<Words<Knowledge>>({
    {"low|lav|låg", Knowledge::Low},
    {"medium|middel|middels|medel|mellem", Knowledge::Medium},
    {"high|høj|høy|hög", Knowledge::High},
});

constexpr auto MeasureStatusWords = std::to_array<Words<MeasureStatus>>({
    {"planned|planlagt|planerad", MeasureStatus::Planned},
    {"in progress|i gang|igangsat|igangsatt|startet|pågående|påbörjad", MeasureStatus::InProgress},
    {"done|udført|færdig|afsluttet|utført|ferdig|avsluttet|gjennomført|klar|genomförd|slutförd|avslutad",
     MeasureStatus::Done},
    {"cancelled|canceled|annulleret|aflyst|opgivet|avbrutt|kansellert|avlyst|avbruten|inställd|struken",
     MeasureStatus::Cancelled},
});

constexpr auto AssessmentStatusWords = std::to_array<Words<AssessmentStatus>>({
    {"draft|kladde|utkast", AssessmentStatus::Draft},
    {"submitted|indsendt|innsendt|innlevert|inskickad", AssessmentStatus::Submitted},
    {"approved|godkendt|godkjent|godkänd", AssessmentStatus::Approved},
});

constexpr auto BoolWords = std::to_array<Words<bool>>({
    {"yes|y|ja|j|true|1", true},
    {"no|n|nei|nej|false|0", false},
});

// The fixed order of aspectsToText. "integritet" is integrity in the Danish and Swedish security
// vocabulary (fortrolighed, integritet, tilgængelighed); only "personlig integritet" means privacy.
constexpr auto AspectWords = std::to_array<Words<unsigned>>({
    {"privacy|personvern|privatliv|persondata|personlig integritet|integritetsskydd", AspectPrivacy},
    {"confidentiality|fortrolighed|konfidensialitet|konfidentialitet|sekretess", AspectConfidentiality},
    {"integrity|integritet|riktighet", AspectIntegrity},
    {"availability|tilgængelighed|tilgjengelighet|tillgänglighet", AspectAvailability},
});

constexpr auto ReviewKindWords = std::to_array<Words<ReviewKind>>({
    {"assessment|risikovurdering|riskbedömning", ReviewKind::Assessment},
    {"asset|aktiv|informationsaktiv|informasjonsaktiva|informationstillgång", ReviewKind::Asset},
    {"measure|tiltag|tiltak|åtgärd", ReviewKind::Measure},
    {"policy|politik|policydokument|instruks|retningslinje|riktlinje", ReviewKind::Policy},
});

constexpr auto IncidentTypeWords = std::to_array<Words<IncidentType>>({
    {"confidentiality|fortrolighed|konfidensialitet|sekretess", IncidentType::Confidentiality},
    {"integrity|integritet|riktighet", IncidentType::Integrity},
    {"availability|tilgængelighed|tilgjengelighet|tillgänglighet", IncidentType::Availability},
    {"personal data breach|brud på persondatasikkerheden|brudd på personopplysningssikkerheten|"
     "personuppgiftsincident|avvik personopplysninger",
     IncidentType::PersonalDataBreach},
    {"routine breach|breach of routine|rutinebrud|rutinebrudd|brudd på rutine|rutinavvikelse",
     IncidentType::RoutineBreach},
});

constexpr auto SeverityWords = std::to_array<Words<Severity>>({
    {"low|lav|låg", Severity::Low},
    {"medium|middel|middels|medel|moderat", Severity::Medium},
    {"high|høj|høy|hög|alvorlig|allvarlig", Severity::High},
    {"critical|kritisk|meget alvorlig|svært alvorlig", Severity::Critical},
});

constexpr auto IncidentStatusWords = std::to_array<Words<IncidentStatus>>({
    {"open|åben|åpen|öppen|ny|new", IncidentStatus::Open},
    {"investigating|under behandling|under utredning|behandles|utreds", IncidentStatus::Investigating},
    {"closed|lukket|afsluttet|avsluttet|stängd|avslutad", IncidentStatus::Closed},
});

constexpr auto ApprovalSubjectWords = std::to_array<Words<Approval::Subject>>({
    {"plan|action plan|handlingsplan", Approval::Subject::Plan},
    {"assessment|risikovurdering|riskbedömning", Approval::Subject::Assessment},
});

} // namespace

std::string_view toToken(AssetType type)
{
    switch (type) {
    case AssetType::ItSystem: return "it system";
    case AssetType::Database: return "database";
    case AssetType::Register: return "register";
    case AssetType::Application: return "application";
    case AssetType::File: return "file";
    case AssetType::Procedure: return "procedure";
    case AssetType::Plan: return "plan";
    case AssetType::Contract: return "contract";
    case AssetType::PaperArchive: return "paper archive";
    case AssetType::Infrastructure: return "infrastructure";
    case AssetType::WelfareTechnology: return "welfare technology";
    }
    return "it system";
}

std::string_view toToken(PersonalData personalData)
{
    switch (personalData) {
    case PersonalData::None: return "none";
    case PersonalData::Ordinary: return "ordinary";
    case PersonalData::Sensitive: return "sensitive";
    }
    return "none";
}

std::string_view toToken(Knowledge knowledge)
{
    switch (knowledge) {
    case Knowledge::Low: return "low";
    case Knowledge::Medium: return "medium";
    case Knowledge::High: return "high";
    }
    return "medium";
}

std::string_view toToken(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Planned: return "planned";
    case MeasureStatus::InProgress: return "in progress";
    case MeasureStatus::Done: return "done";
    case MeasureStatus::Cancelled: return "cancelled";
    }
    return "planned";
}

std::string_view toToken(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft: return "draft";
    case AssessmentStatus::Submitted: return "submitted";
    case AssessmentStatus::Approved: return "approved";
    }
    return "draft";
}

std::string_view toToken(bool value)
{
    return value ? "yes" : "no";
}

std::optional<AssetType> parseAssetType(std::string_view text)
{
    return lookup<AssetTypeWords>(text);
}

std::optional<PersonalData> parsePersonalData(std::string_view text)
{
    return lookup<PersonalDataWords>(text);
}

std::optional<Knowledge> parseKnowledge(std::string_view text)
{
    return lookup<KnowledgeWords>(text);
}

std::optional<MeasureStatus> parseMeasureStatus(std::string_view text)
{
    return lookup<MeasureStatusWords>(text);
}

std::optional<AssessmentStatus> parseAssessmentStatus(std::string_view text)
{
    return lookup<AssessmentStatusWords>(text);
}

std::optional<bool> parseBool(std::string_view text)
{
    return lookup<BoolWords>(text);
}

std::string aspectsToText(unsigned aspects)
{
    std::string out;
    for (const auto &[words, bit] : AspectWords) {
        if ((aspects & bit) != 0) {
            if (!out.empty()) {
                out += '|';
            }
            out += words.substr(0, words.find('|'));
        }
    }
    return out;
}

std::optional<unsigned> parseAspects(std::string_view text)
{
    unsigned aspects = 0;
    while (true) {
        const auto end = text.find_first_of("|;,");
        const std::string_view part = trim(text.substr(0, end));
        if (!part.empty()) {
            const auto bit = lookup<AspectWords>(part);
            if (!bit) {
                return std::nullopt;
            }
            aspects |= *bit;
        }
        if (end == std::string_view::npos) {
            break;
        }
        text.remove_prefix(end + 1);
    }
    return aspects;
}

std::string assetTypeChoices()
{
    return choices<AssetType, AssetTypeCount>();
}

std::string personalDataChoices()
{
    return choices<PersonalData, PersonalDataCount>();
}

std::string knowledgeChoices()
{
    return choices<Knowledge, KnowledgeCount>();
}

std::string measureStatusChoices()
{
    return choices<MeasureStatus, MeasureStatusCount>();
}

std::string_view toToken(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Assessment: return "assessment";
    case ReviewKind::Asset: return "asset";
    case ReviewKind::Measure: return "measure";
    case ReviewKind::Policy: return "policy";
    }
    return "asset";
}

std::string_view toToken(IncidentType type)
{
    switch (type) {
    case IncidentType::Confidentiality: return "confidentiality";
    case IncidentType::Integrity: return "integrity";
    case IncidentType::Availability: return "availability";
    case IncidentType::PersonalDataBreach: return "personal data breach";
    case IncidentType::RoutineBreach: return "routine breach";
    }
    return "confidentiality";
}

std::string_view toToken(Severity severity)
{
    switch (severity) {
    case Severity::Low: return "low";
    case Severity::Medium: return "medium";
    case Severity::High: return "high";
    case Severity::Critical: return "critical";
    }
    return "medium";
}

std::string_view toToken(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open: return "open";
    case IncidentStatus::Investigating: return "investigating";
    case IncidentStatus::Closed: return "closed";
    }
    return "open";
}

std::string_view toToken(Approval::Subject subject)
{
    return subject == Approval::Subject::Plan ? "plan" : "assessment";
}

std::optional<ReviewKind> parseReviewKind(std::string_view text)
{
    return lookup<ReviewKindWords>(text);
}

std::optional<IncidentType> parseIncidentType(std::string_view text)
{
    return lookup<IncidentTypeWords>(text);
}

std::optional<Severity> parseSeverity(std::string_view text)
{
    return lookup<SeverityWords>(text);
}

std::optional<IncidentStatus> parseIncidentStatus(std::string_view text)
{
    return lookup<IncidentStatusWords>(text);
}

std::optional<Approval::Subject> parseApprovalSubject(std::string_view text)
{
    return lookup<ApprovalSubjectWords>(text);
}

std::string reviewKindChoices()
{
    return choices<ReviewKind, ReviewKindCount>();
}

std::string incidentTypeChoices()
{
    return choices<IncidentType, IncidentTypeCount>();
}

std::string severityChoices()
{
    return choices<Severity, SeverityCount>();
}

std::string incidentStatusChoices()
{
    return choices<IncidentStatus, IncidentStatusCount>();
}

namespace {

template <typename T, int Count> std::vector<std::string_view> allTokens()
{
    std::vector<std::string_view> tokens;
    for (int i = 0; i < Count; ++i) {
        tokens.push_back(toToken(static_cast<T>(i)));
    }
    return tokens;
}

template <typename T> constexpr int TokenCount = 0;
template <> constexpr int TokenCount<AssetType> = AssetTypeCount;
template <> constexpr int TokenCount<PersonalData> = PersonalDataCount;
template <> constexpr int TokenCount<Knowledge> = KnowledgeCount;
template <> constexpr int TokenCount<MeasureStatus> = MeasureStatusCount;
template <> constexpr int TokenCount<AssessmentStatus> = AssessmentStatusCount;
template <> constexpr int TokenCount<ReviewKind> = ReviewKindCount;
template <> constexpr int TokenCount<IncidentType> = IncidentTypeCount;
template <> constexpr int TokenCount<Severity> = SeverityCount;
template <> constexpr int TokenCount<IncidentStatus> = IncidentStatusCount;
template <> constexpr int TokenCount<Approval::Subject> = Approval::SubjectCount;

} // namespace

template <typename T> std::vector<std::string_view> tokensOf()
{
    static_assert(TokenCount<T> > 0, "an enumeration without tokens");
    return allTokens<T, TokenCount<T>>();
}

template <typename T> std::string choicesOf()
{
    std::string out;
    for (const std::string_view token : tokensOf<T>()) {
        if (!out.empty()) {
            out += ", ";
        }
        out += token;
    }
    return out;
}

template std::vector<std::string_view> tokensOf<AssetType>();
template std::vector<std::string_view> tokensOf<PersonalData>();
template std::vector<std::string_view> tokensOf<Knowledge>();
template std::vector<std::string_view> tokensOf<MeasureStatus>();
template std::vector<std::string_view> tokensOf<AssessmentStatus>();
template std::vector<std::string_view> tokensOf<ReviewKind>();
template std::vector<std::string_view> tokensOf<IncidentType>();
template std::vector<std::string_view> tokensOf<Severity>();
template std::vector<std::string_view> tokensOf<IncidentStatus>();
template std::vector<std::string_view> tokensOf<Approval::Subject>();
template std::string choicesOf<AssetType>();
template std::string choicesOf<PersonalData>();
template std::string choicesOf<Knowledge>();
template std::string choicesOf<MeasureStatus>();
template std::string choicesOf<AssessmentStatus>();
template std::string choicesOf<ReviewKind>();
template std::string choicesOf<IncidentType>();
template std::string choicesOf<Severity>();
template std::string choicesOf<IncidentStatus>();
template std::string choicesOf<Approval::Subject>();

} // namespace trygg
