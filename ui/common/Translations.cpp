#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace trygg::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString languageForLocale(const QString &localeName)
{
    const QString language = localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    // Norwegian: bokmål, and "no" as some systems name it; nynorsk readers are served best by bokmål.
    if (language == QLatin1String("nb") || language == QLatin1String("no") || language == QLatin1String("nn"))
        return QStringLiteral("nb");
    if (language == QLatin1String("da") || language == QLatin1String("sv"))
        return language;
    return QStringLiteral("en");
}

namespace {
QTranslator *g_translator = nullptr;
QString g_language;
} // namespace

QString currentLanguage()
{
    return g_language;
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/trygg_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    QCoreApplication::installTranslator(translator);
    g_translator = translator;
    g_language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("en")   ? QStringLiteral("en_GB")
                                : language == QLatin1String("nb") ? QStringLiteral("nb_NO")
                                : language == QLatin1String("da") ? QStringLiteral("da_DK")
                                                                  : QStringLiteral("sv_SE")));
    return true;
}

} // namespace trygg::ui

namespace trygg::ui {

bool switchLanguage(const QString &language)
{
    return QCoreApplication::instance() && installTranslations(*QCoreApplication::instance(), language);
}

} // namespace trygg::ui
