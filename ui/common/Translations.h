#pragma once

class QCoreApplication;

namespace trygg::ui {

// Installs the program's translations in `app`. English, the source language, has only its plural
// forms ("1 risk", "2 risks").
void installTranslations(QCoreApplication &app);

} // namespace trygg::ui
