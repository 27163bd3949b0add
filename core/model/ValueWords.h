// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Asset.h"
#include "model/Measure.h"
#include "model/Message.h"
#include "model/Risk.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

// The words the program shows for the values of the register's enumerations ("IT system", "In
// progress", "Yes"): one place for them. The window's lists and tables (ui/common/DomainTexts) show
// them, import reads them back in every language the program speaks (issue 18: a file written with
// the window's own words imports), and messages list them in the reader's language. They are
// translated in the window's context "DomainTexts".
Message wordOf(AssetType type);
Message wordOf(PersonalData personalData);
Message wordOf(Knowledge knowledge);
Message wordOf(MeasureStatus status);
Message wordOf(AssessmentStatus status);
Message wordOf(Aspect aspect);
Message yesNoWord(bool value);

// A language the program speaks besides English: its code (da, nb, sv) and the translation of a
// Message into it. Given once at start by the front end that has the translations; without them,
// only English words are read and written.
struct WordLanguage {
    std::string code;
    Message::Translate translate;
};
void setWordLanguages(std::vector<WordLanguage> languages);
// `message` in `language`; English for "en" or a language not given.
std::string renderIn(const Message &message, std::string_view language);
// `message` in English and in every language given: what a reader may have written for it.
std::vector<std::string> everyRendering(const Message &message);

// The value whose token (model/Tokens.h: the contract's words and their synonyms) or shown word in
// any language is `text`, case, spaces, `-` and `_` aside. For AssetType, PersonalData, Knowledge,
// MeasureStatus and AssessmentStatus.
template <typename T> std::optional<T> readValue(std::string_view text);
std::optional<bool> readYesNo(std::string_view text);
// Aspects separated by `|`, `;` or `,`, by token or shown word; empty text is no aspects.
std::optional<unsigned> readAspects(std::string_view text);

// The shown words of every value, in the reader's language: "IT system, Database, ...".
template <typename T> Message wordsOf();
Message aspectWords(); // "Privacy, Confidentiality, Integrity, Availability"

} // namespace trygg
