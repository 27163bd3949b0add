// SPDX-License-Identifier: EUPL-1.2
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "model/Error.h"
#include "model/ValueWords.h"

#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <mutex>

namespace trygg::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString languageName(const QString &language)
{
    if (language == QLatin1String("da"))
        return QStringLiteral("Dansk");
    if (language == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    if (language == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
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

// A language's translations: Trygg's own, and Qt's from the system where it has them (the widgets of
// Qt's file, print and colour dialogs); Trygg's answer first.
struct Catalogue {
    QTranslator *own = nullptr;
    QTranslator *qt = nullptr;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
    {
        QString text = own->translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && qt)
            text = qt->translate(context, sourceText, disambiguation, n);
        return text;
    }
};

namespace {

QLocale localeFor(const QString &language)
{
    return QLocale(language == QLatin1String("en")   ? QStringLiteral("en_GB")
                   : language == QLatin1String("nb") ? QStringLiteral("nb_NO")
                   : language == QLatin1String("da") ? QStringLiteral("da_DK")
                                                     : QStringLiteral("sv_SE"));
}

// The one translator installed in the application. It answers in the program's language, or, while a
// LanguageScope is open, in the scope's language: so a report of a Danish register is written in
// Danish by the same tr() calls while the windows stay Swedish.
class ProgramTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    const Catalogue *program = nullptr;
    const Catalogue *scoped = nullptr;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const Catalogue *active = scoped ? scoped : program;
        return active ? active->translate(context, sourceText, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }
};

ProgramTranslator *g_translator = nullptr;
QString g_language;
std::map<QString, Catalogue> g_loaded; // the translators are owned by the application

const Catalogue *loaded(const QString &language)
{
    if (const auto it = g_loaded.find(language); it != g_loaded.end())
        return &it->second;
    Catalogue catalogue;
    catalogue.own = new QTranslator(QCoreApplication::instance());
    if (!catalogue.own->load(QStringLiteral(":/i18n/trygg_%1.qm").arg(language))) {
        delete catalogue.own;
        return nullptr;
    }
    if (language != QLatin1String("en")) {
        catalogue.qt = new QTranslator(QCoreApplication::instance());
        if (!catalogue.qt->load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete catalogue.qt;
            catalogue.qt = nullptr;
        }
    }
    return &g_loaded.emplace(language, catalogue).first->second;
}

ProgramTranslator *programTranslator()
{
    if (!g_translator && QCoreApplication::instance()) {
        g_translator = new ProgramTranslator(QCoreApplication::instance());
        QObject::connect(g_translator, &QObject::destroyed, [] {
            g_translator = nullptr;
            g_loaded.clear();
        });
        QCoreApplication::installTranslator(g_translator);
    }
    return g_translator;
}

} // namespace

namespace {

std::string translatedPattern(const QTranslator *translator, const char *context, const char *pattern,
                              const char *plural, long long count)
{
    if (!translator)
        return {};
    const int n = count < 0 ? -1 : static_cast<int>(std::min<long long>(count, INT_MAX));
    return translator->translate(context, pattern, plural, n).toStdString();
}

// Import reads the words the window shows for values in every language, not only the reader's
// (issue 18): the core is given each translation once (model/ValueWords.h).
void giveTheCoreEveryLanguage()
{
    static std::once_flag once;
    std::call_once(once, [] {
        std::vector<WordLanguage> translations;
        for (const QString &language : availableLanguages()) {
            auto translator = std::make_shared<QTranslator>();
            if (language == QLatin1String("en") ||
                !translator->load(QStringLiteral(":/i18n/trygg_%1.qm").arg(language)))
                continue;
            translations.push_back({language.toStdString(), [translator](const char *context, const char *pattern,
                                                                         const char *plural, long long count) {
                                        return translatedPattern(translator.get(), context, pattern, plural, count);
                                    }});
        }
        setWordLanguages(std::move(translations));
    });
}

} // namespace

QString messageText(const Message &message)
{
    return QString::fromStdString(
        message.render([](const char *context, const char *pattern, const char *plural, long long count) {
            return translatedPattern(g_translator, context, pattern, plural, count);
        }));
}

QString errorText(const std::exception &error)
{
    return messageText(messageOf(error));
}

MessageTranslator::MessageTranslator(const QString &language) : m_translator(std::make_unique<QTranslator>())
{
    giveTheCoreEveryLanguage();
    const QString chosen = availableLanguages().contains(language) ? language : QStringLiteral("en");
    if (!m_translator->load(QStringLiteral(":/i18n/trygg_%1.qm").arg(chosen)))
        m_translator.reset();
}

MessageTranslator::~MessageTranslator() = default;

std::string MessageTranslator::operator()(const Message &message) const
{
    return message.render([this](const char *context, const char *pattern, const char *plural, long long count) {
        return translatedPattern(m_translator.get(), context, pattern, plural, count);
    });
}

QString currentLanguage()
{
    return g_language;
}

bool installTranslations(QCoreApplication &, const QString &language)
{
    giveTheCoreEveryLanguage();
    if (!availableLanguages().contains(language))
        return false;
    ProgramTranslator *program = programTranslator();
    const Catalogue *translator = loaded(language);
    if (!program || !translator)
        return false;
    program->program = translator;
    g_language = language;
    QLocale::setDefault(localeFor(language));
    // Installing again tells every widget that the language changed.
    QCoreApplication::removeTranslator(program);
    QCoreApplication::installTranslator(program);
    return true;
}

bool switchLanguage(const QString &language)
{
    return QCoreApplication::instance() && installTranslations(*QCoreApplication::instance(), language);
}

LanguageScope::LanguageScope(const QString &language) : m_locale(QLocale())
{
    ProgramTranslator *program = programTranslator();
    const Catalogue *translator = availableLanguages().contains(language) ? loaded(language) : nullptr;
    if (!program || !translator)
        return;
    m_previous = program->scoped;
    m_active = true;
    program->scoped = translator;
    QLocale::setDefault(localeFor(language));
}

LanguageScope::~LanguageScope()
{
    if (!m_active)
        return;
    if (g_translator)
        g_translator->scoped = m_previous;
    QLocale::setDefault(m_locale);
}

} // namespace trygg::ui
