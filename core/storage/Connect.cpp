// SPDX-License-Identifier: EUPL-1.2
#include "storage/Connect.h"

#include "storage/Sqlite.h"

#include <algorithm>
#ifdef TRYGG_POSTGRES
#include "storage/Postgres.h"
#endif

namespace trygg {

bool isServerAddress(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string addressWithoutPassword(std::string_view address)
{
    const std::size_t question = address.find('?');
    std::string shown(address.substr(0, question));
    // postgresql://user:password@host/...: the user stays, the password goes.
    if (const std::size_t scheme = shown.find("://"); scheme != std::string::npos) {
        const std::size_t start = scheme + 3;
        const std::size_t end = std::min(shown.find('/', start), shown.size());
        const std::size_t at = shown.rfind('@', end - 1);
        const std::size_t colon = shown.find(':', start);
        if (at != std::string::npos && at >= start && colon < at)
            shown.erase(colon, at - colon);
    }
    // ...?password=...&sslpassword=...&...: every other parameter stays.
    if (question != std::string_view::npos) {
        std::string_view rest = address.substr(question + 1);
        char separator = '?';
        while (!rest.empty()) {
            const std::size_t amp = rest.find('&');
            const std::string_view parameter = rest.substr(0, amp);
            if (!parameter.starts_with("password=") && !parameter.starts_with("sslpassword=")) {
                shown += separator;
                shown += parameter;
                separator = '&';
            }
            rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        }
    }
    return shown;
}

namespace {

PasswordPrompt &prompt()
{
    static PasswordPrompt instance;
    return instance;
}

} // namespace

void setPasswordPrompt(PasswordPrompt given)
{
    prompt() = std::move(given);
}

const PasswordPrompt &passwordPrompt()
{
    return prompt();
}

bool hasServerSupport()
{
#ifdef TRYGG_POSTGRES
    return true;
#else
    return false;
#endif
}

std::unique_ptr<SqlConnection> connectTo(const std::string &location, SqlConnection::Mode mode)
{
    if (!isServerAddress(location))
        return std::make_unique<Database>(location, mode);
#ifdef TRYGG_POSTGRES
    return std::make_unique<PostgresConnection>(location, mode);
#else
    throw FileError(trygg::trMsg("%1: this build of Trygg has no PostgreSQL support: open a register file instead",
                                 addressWithoutPassword(location)));
#endif
}

} // namespace trygg
