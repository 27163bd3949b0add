// SPDX-License-Identifier: EUPL-1.2
#include "GrantCommand.h"

#include "CliArguments.h"
#include "CliText.h"

#include "storage/Connect.h"
#include "storage/ServerAccess.h"
#include "storage/ServerRegister.h"

#include <ostream>

namespace trygg::cli {
namespace {

const char *const Usage = "trygg-cli grant URI ROLE --duty section_leader|security_officer|management|reader "
                          "[--unit NAME]... [--person NAME] | grant URI ROLE --revoke [--unit NAME]... | "
                          "grant URI --list";

std::string joined(const std::vector<std::string> &names)
{
    std::string text;
    for (const std::string &name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

// "kari: section_leader; units: Skole, Helse; person: Kari Nordmann"
std::string describe(const server::RoleAccess &role)
{
    std::string line = role.role + ": " + std::string(server::toToken(role.duty));
    if (!role.units.empty())
        line += "; " + say(trygg::cli::cliMsg("units: %1", joined(role.units)));
    else if (role.duty == server::Duty::Reader)
        line += "; " + say(trygg::cli::cliMsg("every unit"));
    else if (role.duty == server::Duty::SectionLeader)
        line += "; " + say(trygg::cli::cliMsg("no units"));
    if (role.person)
        line += "; " + say(trygg::cli::cliMsg("person: %1", *role.person));
    return line;
}

} // namespace

int grantCommand(const std::vector<std::string> &rest, std::ostream &out)
{
    CliArguments args(rest, {"duty", "unit", "person"}, {"revoke", "list"});
    if (args.positional().empty())
        throw UsageError(trygg::cli::cliMsg("usage: %1", Usage));
    const std::string &address = args.positional()[0];
    if (!isServerAddress(address))
        throw UsageError(trygg::cli::cliMsg("grant is for a register on a server (postgresql://...): a register "
                                            "file is everyone's who may open it"));
    const std::string shown = addressWithoutPassword(address);
    const std::vector<std::string> units = args.values("unit");
    if (args.flag("list")) {
        if (args.positional().size() != 1 || args.value("duty") || !units.empty() || args.value("person") ||
            args.flag("revoke"))
            throw UsageError(trygg::cli::cliMsg("--list takes only the register's address; usage: %1", Usage));
        auto db = connectTo(address, SqlConnection::Mode::ReadOnly);
        server::requireRegister(*db);
        const std::vector<server::RoleAccess> roles = server::grants(*db);
        if (roles.empty())
            out << say(trygg::cli::cliMsg("%1: no role has been granted access yet", shown)) << '\n';
        for (const server::RoleAccess &role : roles)
            out << describe(role) << '\n';
        return 0;
    }
    args.expectPositional(2, Usage);
    const std::string &role = args.positional()[1];
    if (args.flag("revoke") == args.value("duty").has_value())
        throw UsageError(trygg::cli::cliMsg("give either --duty or --revoke; usage: %1", Usage));
    auto db = connectTo(address, SqlConnection::Mode::ReadWrite);
    if (args.flag("revoke")) {
        if (args.value("person"))
            throw UsageError(trygg::cli::cliMsg("--person goes with --duty, not --revoke"));
        server::requireRegister(*db);
        server::revoke(*db, role, units);
        if (units.empty())
            out << say(trygg::cli::cliMsg("%1: revoked every access of %2", shown, role)) << '\n';
        else
            out << say(trygg::cli::cliMsg("%1: revoked %2's access to %3", shown, role, joined(units))) << '\n';
        return 0;
    }
    const std::string token = *args.value("duty");
    const std::optional<server::Duty> duty = server::parseDuty(token);
    if (!duty)
        throw UsageError(trygg::cli::cliMsg("unknown duty '%1': choose %2", token, server::dutyChoices()));
    if (*duty == server::Duty::SectionLeader && units.empty())
        throw UsageError(trygg::cli::cliMsg("a section leader needs the units they lead: add --unit NAME"));
    if ((*duty == server::Duty::SecurityOfficer || *duty == server::Duty::Management) && !units.empty())
        throw UsageError(trygg::cli::cliMsg("--unit is for a section leader or a reader; %1 reads every unit", token));
    server::requireRegister(*db);
    const server::RoleAccess granted = server::grant(*db, role, *duty, units, args.value("person"));
    out << say(trygg::cli::cliMsg("%1: granted %2", shown, describe(granted))) << '\n';
    return 0;
}

} // namespace trygg::cli
