#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace trygg::ui {

void installTranslations(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/trygg_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

} // namespace trygg::ui
