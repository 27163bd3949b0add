// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>

namespace trygg::sql {

// A statement text of the storage (SQLite's ?1, ?2 ... and bare ?) in PostgreSQL's numbering ($1, $2 ...),
// and how many parameters it takes. Quoted texts, quoted names and comments are left as they are.
struct NumberedSql {
    std::string text;
    int parameterCount = 0;
};
NumberedSql dollarNumbered(std::string_view sql);

} // namespace trygg::sql
