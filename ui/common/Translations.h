// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <exception>
#include <memory>
#include <string>

class QCoreApplication;
class QTranslator;

namespace trygg {
class Message;
}

namespace trygg::ui {

struct Catalogue;

// The languages of the program: da, nb, sv and en (the source language).
QStringList availableLanguages();
// A language named in itself ("Dansk", "Norsk bokmål", "Svenska", "English"), so a user finds their
// own whatever the program speaks.
QString languageName(const QString &language);
// The program's language for a locale name ("nb_NO", "no", "da_DK", "sv_FI", ...): en if none fits.
QString languageForLocale(const QString &localeName);

// Installs the translation of `language` (da, nb, sv or en) in `app`, and sets the default locale
// so that dates and numbers follow it. English has only its plural forms ("1 risk", "2 risks").
// Returns false for a language that has no translation.
bool installTranslations(QCoreApplication &app, const QString &language = QStringLiteral("en"));
// Replaces the installed translation by that of `language` in the running program; widgets made
// afterwards speak it. Returns false for a language that has no translation.
bool switchLanguage(const QString &language);
QString currentLanguage();

// A message of the core (trygg::Message) in the program's language, or the open LanguageScope's.
QString messageText(const Message &message);
// The message of an exception: an Error's in the program's language, any other's what().
QString errorText(const std::exception &error);

// Messages in one language for a program without an application object (the command line).
class MessageTranslator {
public:
    // English (plural forms only) if `language` has no translation.
    explicit MessageTranslator(const QString &language);
    ~MessageTranslator();
    MessageTranslator(const MessageTranslator &) = delete;
    MessageTranslator &operator=(const MessageTranslator &) = delete;

    std::string operator()(const Message &message) const;

private:
    std::unique_ptr<QTranslator> m_translator;
};

// While it lives, tr() answers in `language` and dates and numbers follow it, whatever the program's
// language: reports are written in their register's language (a Swedish officer prints a Danish
// section's plan in Danish). An unknown language leaves everything as it is. Not for other threads.
class LanguageScope {
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QLocale m_locale;
    const Catalogue *m_previous = nullptr;
    bool m_active = false;
};

} // namespace trygg::ui
