#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace trygg::ui {

// The languages of the program: da, nb, sv and en (the source language).
QStringList availableLanguages();
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

} // namespace trygg::ui
