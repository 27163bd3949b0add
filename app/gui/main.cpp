#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "model/Clock.h"
#include "model/Error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

#include <iostream>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trygg"));
    QApplication::setOrganizationName(QStringLiteral("Trygg"));
    QApplication::setApplicationVersion(QStringLiteral(TRYGG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Information-security risk registers"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "The language: da, nb, sv or en (default: the system's)."),
        QStringLiteral("code"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The register to open"));
    parser.process(app);
    const QString chosen =
        parser.isSet(language) ? parser.value(language) : trygg::ui::languageForLocale(QLocale::system().name());
    if (!trygg::ui::installTranslations(app, chosen))
        parser.showHelp(2);

    try {
        if (auto clock = trygg::clockFromEnvironment()) // TRYGG_NOW: a fixed day, for demonstrations and tests
            trygg::Clock::install(std::move(clock));
    } catch (const trygg::Error &error) {
        std::cerr << "trygg: " << error.what() << '\n';
        return 2;
    }

    trygg::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openDemo();
    else
        window.openFile(files.first());
    window.show();
    return QApplication::exec();
}
