// SPDX-License-Identifier: EUPL-1.2
#include "CliText.h"

#include "model/Error.h"

#ifdef TRYGG_WITH_REPORTS
#include "common/Translations.h"

#include <memory>
#endif

#include <cstdlib>

namespace trygg::cli {
namespace {

#ifdef TRYGG_WITH_REPORTS
std::unique_ptr<ui::MessageTranslator> g_translator;
#endif

std::string environment(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

} // namespace

std::string messageLanguage()
{
    std::string locale = environment("LC_ALL");
    if (locale.empty())
        locale = environment("LC_MESSAGES");
    if (locale.empty())
        locale = environment("LANG");
    if (locale.empty() || locale == "C" || locale.rfind("C.", 0) == 0 || locale == "POSIX")
        return "en";
    // LANGUAGE is a list of preferences ("nb:da"), heeded for a locale other than C; the first wins.
    if (const std::string preferred = environment("LANGUAGE"); !preferred.empty())
        locale = preferred.substr(0, preferred.find(':'));
#ifdef TRYGG_WITH_REPORTS
    return ui::languageForLocale(QString::fromStdString(locale)).toStdString();
#else
    return "en";
#endif
}

void useLanguage(const std::string &language)
{
#ifdef TRYGG_WITH_REPORTS
    g_translator = std::make_unique<ui::MessageTranslator>(QString::fromStdString(language));
#else
    (void)language;
#endif
}

std::string say(const Message &message)
{
#ifdef TRYGG_WITH_REPORTS
    if (g_translator)
        return (*g_translator)(message);
#endif
    return message.english();
}

std::string say(const std::exception &error)
{
    return say(messageOf(error));
}

} // namespace trygg::cli
