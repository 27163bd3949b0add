// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Message.h"

#include <exception>
#include <string>

namespace trygg::cli {

// The command line's own messages (lupdate context "trygg::cli"; scripts/update-translations.sh).
template <typename... Values>
Message cliMsg(const char *pattern, const Values &...values)
{
    return Message::pattern("trygg::cli", pattern, nullptr, std::nullopt, {detail::messageValue(values)...});
}

template <typename... Values>
Message cliCount(const char *singular, const char *plural, long long count, const Values &...values)
{
    return Message::pattern("trygg::cli", singular, plural, count, {detail::messageValue(values)...});
}

// The language of the messages from the environment, as for any program on the system: LC_ALL,
// LC_MESSAGES, LANG (and LANGUAGE before them unless the locale is C): da, nb, sv, else English.
// Built without Qt, the command line speaks English.
std::string messageLanguage();
void useLanguage(const std::string &language);

// A message, or an exception's message, in the chosen language.
std::string say(const Message &message);
std::string say(const std::exception &error);

} // namespace trygg::cli
