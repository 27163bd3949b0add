// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Values each kind of CHECK of the schema description must accept and refuse, in either dialect
// (SchemaDescriptionTest, SchemaDescriptionPostgresTest).

#include "storage/SchemaDescription.h"

#include <cctype>
#include <string>
#include <utility>
#include <vector>

// Values each kind of check must accept, and values it must refuse.
inline std::pair<std::vector<std::string>, std::vector<std::string>> checkSamples(const trygg::schema::Check &check)
{
    using Kind = trygg::schema::Check::Kind;
    switch (check.kind) {
    case Kind::Tokens: {
        std::vector<std::string> bad{"", "not a token", " " + check.tokens.front()};
        std::string upper = check.tokens.front();
        for (char &c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        bad.push_back(upper);
        return {check.tokens, bad};
    }
    case Kind::Date:
        return {{"2026-12-01", "1999-01-31"}, {"2026-12-1", "2026-12-01 ", "26-12-01", "2026-12-01T10:00Z", "x"}};
    case Kind::UtcInstant:
        return {{"2026-12-01T10:00Z"},
                {"2026-12-01 10:00", "2026-12-01T10:00", "2026-12-01T10:00Zx", "2026-12-01", "2026-12-01t10:00z"}};
    case Kind::Flag: return {{"0", "1"}, {"2", "-1"}};
    case Kind::Between:
        return {{std::to_string(check.low), std::to_string(check.high)},
                {std::to_string(check.low - 1), std::to_string(check.high + 1)}};
    case Kind::Positive: return {{"1", "90"}, {"0", "-1"}};
    case Kind::Equals: return {{std::to_string(check.low)}, {std::to_string(check.low + 1)}};
    }
    return {};
}
