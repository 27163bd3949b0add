// SPDX-License-Identifier: EUPL-1.2
#include "model/ValueWords.h"

#include "model/Text.h"
#include "model/Tokens.h"

#include <map>
#include <mutex>
#include <string>

// lupdate files these words under the window's context "DomainTexts", where DomainTexts looks them up.
// The core has no Qt: the marker stands for the text itself.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace trygg {
namespace {

constexpr const char *Context = "DomainTexts";

Message word(const char *english)
{
    return Message::pattern(Context, english, nullptr, std::nullopt, {});
}

// What the parsers of model/Tokens.h ignore too: case, spaces, `-` and `_`.
std::string normalize(std::string_view text)
{
    std::string out = foldCase(trim(text));
    std::erase_if(out, [](char c) { return c == ' ' || c == '_' || c == '-' || c == '\t'; });
    return out;
}

struct Languages {
    std::mutex mutex;
    std::vector<WordLanguage> languages;
    int generation = 0;
};

std::string english(const Message &message)
{
    return message.render([](const char *, const char *, const char *, long long) { return std::string(); });
}

Languages &languages()
{
    static Languages instance;
    return instance;
}

template <typename T> constexpr int valueCount();
template <> constexpr int valueCount<AssetType>()
{
    return static_cast<int>(AssetType::WelfareTechnology) + 1;
}
template <> constexpr int valueCount<PersonalData>()
{
    return 3;
}
template <> constexpr int valueCount<Knowledge>()
{
    return 3;
}
template <> constexpr int valueCount<MeasureStatus>()
{
    return 4;
}
template <> constexpr int valueCount<AssessmentStatus>()
{
    return 3;
}

template <typename T> std::optional<T> parseToken(std::string_view text);
template <> std::optional<AssetType> parseToken(std::string_view text)
{
    return parseAssetType(text);
}
template <> std::optional<PersonalData> parseToken(std::string_view text)
{
    return parsePersonalData(text);
}
template <> std::optional<Knowledge> parseToken(std::string_view text)
{
    return parseKnowledge(text);
}
template <> std::optional<MeasureStatus> parseToken(std::string_view text)
{
    return parseMeasureStatus(text);
}
template <> std::optional<AssessmentStatus> parseToken(std::string_view text)
{
    return parseAssessmentStatus(text);
}

// The shown words of `values` in English and every language, normalised: word -> value. The first
// value to claim a word keeps it. Made again when the languages change.
template <typename Key> class ShownWords {
public:
    explicit ShownWords(std::vector<std::pair<Key, Message>> values) : m_values(std::move(values)) {}

    std::optional<Key> find(std::string_view text)
    {
        const std::string key = normalize(text);
        if (key.empty())
            return std::nullopt;
        Languages &all = languages();
        std::lock_guard lock(all.mutex);
        if (m_generation != all.generation || m_words.empty()) {
            m_words.clear();
            for (const auto &[value, message] : m_values) {
                m_words.emplace(normalize(english(message)), value);
                for (const WordLanguage &language : all.languages)
                    m_words.emplace(normalize(message.render(language.translate)), value);
            }
            m_generation = all.generation;
        }
        const auto it = m_words.find(key);
        return it == m_words.end() ? std::nullopt : std::optional<Key>(it->second);
    }

private:
    std::vector<std::pair<Key, Message>> m_values;
    std::map<std::string, Key> m_words;
    int m_generation = -1;
};

template <typename T> ShownWords<T> &shownWords()
{
    static ShownWords<T> words([] {
        std::vector<std::pair<T, Message>> values;
        for (int i = 0; i < valueCount<T>(); ++i)
            values.emplace_back(static_cast<T>(i), wordOf(static_cast<T>(i)));
        return values;
    }());
    return words;
}

// "a, b, c" with each value a Message: nested, as a pattern holds at most nine values.
Message joined(const std::vector<Message> &words, std::size_t from = 0)
{
    if (from + 1 >= words.size())
        return from < words.size() ? words[from] : Message();
    return Message::pattern("trygg", "%1, %2", nullptr, std::nullopt, {words[from], joined(words, from + 1)});
}

} // namespace

Message wordOf(AssetType type)
{
    switch (type) {
    case AssetType::ItSystem: return word(QT_TRANSLATE_NOOP("DomainTexts", "IT system"));
    case AssetType::Database: return word(QT_TRANSLATE_NOOP("DomainTexts", "Database"));
    case AssetType::Register: return word(QT_TRANSLATE_NOOP("DomainTexts", "Register"));
    case AssetType::Application: return word(QT_TRANSLATE_NOOP("DomainTexts", "Application"));
    case AssetType::File: return word(QT_TRANSLATE_NOOP("DomainTexts", "File"));
    case AssetType::Procedure: return word(QT_TRANSLATE_NOOP("DomainTexts", "Procedure"));
    case AssetType::Plan: return word(QT_TRANSLATE_NOOP("DomainTexts", "Plan"));
    case AssetType::Contract: return word(QT_TRANSLATE_NOOP("DomainTexts", "Contract"));
    case AssetType::PaperArchive: return word(QT_TRANSLATE_NOOP("DomainTexts", "Paper archive"));
    case AssetType::Infrastructure: return word(QT_TRANSLATE_NOOP("DomainTexts", "Infrastructure"));
    case AssetType::WelfareTechnology: return word(QT_TRANSLATE_NOOP("DomainTexts", "Welfare technology"));
    }
    return {};
}

Message wordOf(PersonalData personalData)
{
    switch (personalData) {
    case PersonalData::None: return word(QT_TRANSLATE_NOOP("DomainTexts", "None"));
    case PersonalData::Ordinary: return word(QT_TRANSLATE_NOOP("DomainTexts", "Ordinary"));
    case PersonalData::Sensitive: return word(QT_TRANSLATE_NOOP("DomainTexts", "Sensitive"));
    }
    return {};
}

Message wordOf(Knowledge knowledge)
{
    switch (knowledge) {
    case Knowledge::Low: return word(QT_TRANSLATE_NOOP("DomainTexts", "Low"));
    case Knowledge::Medium: return word(QT_TRANSLATE_NOOP("DomainTexts", "Medium"));
    case Knowledge::High: return word(QT_TRANSLATE_NOOP("DomainTexts", "High"));
    }
    return {};
}

Message wordOf(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Planned: return word(QT_TRANSLATE_NOOP("DomainTexts", "Planned"));
    case MeasureStatus::InProgress: return word(QT_TRANSLATE_NOOP("DomainTexts", "In progress"));
    case MeasureStatus::Done: return word(QT_TRANSLATE_NOOP("DomainTexts", "Done"));
    case MeasureStatus::Cancelled: return word(QT_TRANSLATE_NOOP("DomainTexts", "Cancelled"));
    }
    return {};
}

Message wordOf(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft: return word(QT_TRANSLATE_NOOP("DomainTexts", "Draft"));
    case AssessmentStatus::Submitted: return word(QT_TRANSLATE_NOOP("DomainTexts", "Submitted"));
    case AssessmentStatus::Approved: return word(QT_TRANSLATE_NOOP("DomainTexts", "Approved"));
    }
    return {};
}

Message wordOf(Aspect aspect)
{
    switch (aspect) {
    case AspectPrivacy: return word(QT_TRANSLATE_NOOP("DomainTexts", "Privacy"));
    case AspectConfidentiality: return word(QT_TRANSLATE_NOOP("DomainTexts", "Confidentiality"));
    case AspectIntegrity: return word(QT_TRANSLATE_NOOP("DomainTexts", "Integrity"));
    case AspectAvailability: return word(QT_TRANSLATE_NOOP("DomainTexts", "Availability"));
    }
    return {};
}

Message yesNoWord(bool value)
{
    return value ? word(QT_TRANSLATE_NOOP("DomainTexts", "Yes")) : word(QT_TRANSLATE_NOOP("DomainTexts", "No"));
}

void setWordLanguages(std::vector<WordLanguage> given)
{
    Languages &all = languages();
    std::lock_guard lock(all.mutex);
    all.languages = std::move(given);
    ++all.generation;
}

std::string renderIn(const Message &message, std::string_view language)
{
    Languages &all = languages();
    Message::Translate translate;
    {
        std::lock_guard lock(all.mutex);
        for (const WordLanguage &known : all.languages)
            if (known.code == language)
                translate = known.translate;
    }
    return translate ? message.render(translate) : english(message);
}

std::vector<std::string> everyRendering(const Message &message)
{
    Languages &all = languages();
    std::vector<Message::Translate> translations;
    {
        std::lock_guard lock(all.mutex);
        for (const WordLanguage &known : all.languages)
            translations.push_back(known.translate);
    }
    std::vector<std::string> renderings{english(message)};
    for (const Message::Translate &translate : translations)
        renderings.push_back(message.render(translate));
    return renderings;
}

template <typename T> std::optional<T> readValue(std::string_view text)
{
    if (auto token = parseToken<T>(text))
        return token;
    return shownWords<T>().find(text);
}

template std::optional<AssetType> readValue<AssetType>(std::string_view);
template std::optional<PersonalData> readValue<PersonalData>(std::string_view);
template std::optional<Knowledge> readValue<Knowledge>(std::string_view);
template std::optional<MeasureStatus> readValue<MeasureStatus>(std::string_view);
template std::optional<AssessmentStatus> readValue<AssessmentStatus>(std::string_view);

std::optional<bool> readYesNo(std::string_view text)
{
    if (auto token = parseBool(text))
        return token;
    static ShownWords<bool> words({{true, yesNoWord(true)}, {false, yesNoWord(false)}});
    return words.find(text);
}

std::optional<unsigned> readAspects(std::string_view text)
{
    if (auto tokens = parseAspects(text))
        return tokens;
    static ShownWords<unsigned> words({{AspectPrivacy, wordOf(AspectPrivacy)},
                                       {AspectConfidentiality, wordOf(AspectConfidentiality)},
                                       {AspectIntegrity, wordOf(AspectIntegrity)},
                                       {AspectAvailability, wordOf(AspectAvailability)}});
    unsigned aspects = 0;
    std::string_view rest = text;
    while (true) {
        const auto end = rest.find_first_of("|;,");
        const std::string_view part = rest.substr(0, end);
        if (!trim(part).empty()) {
            auto aspect = parseAspects(part);
            if (!aspect)
                aspect = words.find(part);
            if (!aspect)
                return std::nullopt;
            aspects |= *aspect;
        }
        if (end == std::string_view::npos)
            break;
        rest = rest.substr(end + 1);
    }
    return aspects;
}

template <typename T> Message wordsOf()
{
    std::vector<Message> words;
    for (int i = 0; i < valueCount<T>(); ++i)
        words.push_back(wordOf(static_cast<T>(i)));
    return joined(words);
}

Message aspectWords()
{
    return joined(
        {wordOf(AspectPrivacy), wordOf(AspectConfidentiality), wordOf(AspectIntegrity), wordOf(AspectAvailability)});
}

template Message wordsOf<AssetType>();
template Message wordsOf<PersonalData>();
template Message wordsOf<Knowledge>();
template Message wordsOf<MeasureStatus>();
template Message wordsOf<AssessmentStatus>();

} // namespace trygg
