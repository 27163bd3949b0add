// SPDX-License-Identifier: EUPL-1.2
#include "Guide.h"

#include <QFile>

// The guide is compiled into trygg_ui, a static library: its resources are registered by hand, or the
// linker would leave them out of the program.
static void registerGuideResources()
{
    Q_INIT_RESOURCE(guide);
}

namespace trygg::ui {

namespace {

QString guideFolder(const QString &language)
{
    static const bool registered = (registerGuideResources(), true);
    (void)registered;
    return QStringLiteral(":/guide/") + language + QLatin1Char('/');
}

} // namespace

QStringList guidePages()
{
    return {QStringLiteral("index.html"),       QStringLiteral("first-steps.html"), QStringLiteral("assets.html"),
            QStringLiteral("risk-form.html"),   QStringLiteral("action-plan.html"), QStringLiteral("approval.html"),
            QStringLiteral("yearly-cycle.html"), QStringLiteral("combining.html"),  QStringLiteral("importing.html")};
}

QString guideLanguage(const QString &language)
{
    return QFile::exists(guideFolder(language) + QStringLiteral("index.html")) ? language : QStringLiteral("en");
}

QUrl guideUrl(const QString &language, const QString &section)
{
    // qrc:/guide/nb/risk-form.html#scales: relative links and images inside the page resolve beside it.
    return QUrl(QStringLiteral("qrc") + guideFolder(guideLanguage(language)) + section);
}

} // namespace trygg::ui
