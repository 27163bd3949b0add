// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The words of the demo register in each language (DemoGenerator.cpp): units, people, assets, threats and
// their usual measures, and the yearly cycle's documents, incidents and exceptions.

#include "model/Asset.h"

#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace trygg::demo {

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

inline constexpr int UnitCount = 10;
inline constexpr int UnitIt = 6;
inline constexpr int UnitTechnical = 3;
inline constexpr int ThreatCount = 22;
// The aspects of each threat (DOMAIN.md rule 4), with Technical marking those the IT unit usually treats.
inline constexpr unsigned Technical = 1u << 8;
extern const std::array<unsigned, ThreatCount> threatTraits;

// The words of the register's language (da, nb, sv; anything else English).
const Vocabulary &vocabularyFor(std::string_view language);

} // namespace trygg::demo
