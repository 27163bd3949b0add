// SPDX-License-Identifier: EUPL-1.2
#include "storage/SqlPlaceholders.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace trygg::sql {

NumberedSql dollarNumbered(std::string_view sql)
{
    NumberedSql out;
    out.text.reserve(sql.size() + 8);
    std::size_t i = 0;
    // Copies up to and including the first `end` from `from` on (or to the end of the text).
    const auto copyThrough = [&](std::size_t from, std::string_view end) {
        const std::size_t found = sql.find(end, from);
        const std::size_t stop = found == std::string_view::npos ? sql.size() : found + end.size();
        out.text.append(sql.substr(i, stop - i));
        i = stop;
    };
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'' || c == '"') { // a doubled quote inside is two quoted parts in a row
            copyThrough(i + 1, std::string_view(&c, 1));
        } else if (sql.substr(i, 2) == "--") {
            copyThrough(i + 2, "\n");
        } else if (sql.substr(i, 2) == "/*") {
            copyThrough(i + 2, "*/");
        } else if (c == '?') {
            std::size_t end = i + 1;
            while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9')
                ++end;
            int number = out.parameterCount + 1; // SQLite: a bare ? is one more than the largest so far
            if (end > i + 1) {
                if (end - i > 6)
                    throw std::logic_error("SQL parameter number too large: " + std::string(sql));
                number = std::stoi(std::string(sql.substr(i + 1, end - i - 1)));
                if (number < 1)
                    throw std::logic_error("SQL parameter ?0: " + std::string(sql));
            }
            out.parameterCount = std::max(out.parameterCount, number);
            out.text += '$';
            out.text += std::to_string(number);
            i = end;
        } else if (c == '$' || ((c == ':' || c == '@') && i + 1 < sql.size() &&
                                (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_'))) {
            // SQLite's named parameters; and a $ already would be taken for one by PostgreSQL.
            if (c == ':' && i > 0 && sql[i - 1] == ':') { // PostgreSQL's cast (x::text)
                out.text += c;
                ++i;
                continue;
            }
            throw std::logic_error("SQL parameters are numbered ?N in the storage: " + std::string(sql));
        } else {
            out.text += c;
            ++i;
        }
    }
    return out;
}

} // namespace trygg::sql
