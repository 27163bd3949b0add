// SPDX-License-Identifier: EUPL-1.2
#include "CliCommands.h"

#include "platform/System.h"

#include <iostream>

int main(int argc, char **argv)
{
    trygg::platform::prepareStandardStreams();
    return trygg::cli::run(trygg::platform::utf8Arguments(argc, argv), std::cout, std::cerr);
}
