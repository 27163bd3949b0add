// SPDX-License-Identifier: EUPL-1.2
#include "CliCommands.h"
#include "CliText.h"

#include "platform/System.h"
#include "storage/Connect.h"

#include <iostream>

int main(int argc, char **argv)
{
    trygg::platform::prepareStandardStreams();
    // Issue 16: a server that asks for a password libpq's sources do not give is answered at the terminal.
    trygg::setPasswordPrompt([](const std::string &address) {
        return trygg::platform::readSecret(trygg::cli::say(trygg::cli::cliMsg("Password for %1: ", address)));
    });
    return trygg::cli::run(trygg::platform::utf8Arguments(argc, argv), std::cout, std::cerr);
}
