#include "common/Icons.h"
#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "model/Clock.h"
#include "model/Error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QSettings>

#include <cstring>
#include <iostream>

namespace {

// Issue 12: without a display, Qt's xcb and wayland platforms end the program with abort() (a core dump
// after Qt's own lines). Where it can be told beforehand, say what is missing and exit instead. A platform
// chosen with -platform, or one that needs no display (offscreen, vnc, eglfs ...), is left to Qt.
bool displayMissing(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return false;
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    // Wayland's client library falls back to the socket wayland-0.
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") &&
                          QFile::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/wayland-0")));
    const QByteArray platforms = qgetenv("QT_QPA_PLATFORM");
    if (platforms.isEmpty())
        return !x11 && !wayland;
    // "xcb", "wayland", "xcb:option=value", or fallbacks "wayland;xcb": missing only if none can start.
    for (const QByteArray &entry : platforms.split(';')) {
        const QByteArray name = entry.split(':').first().trimmed();
        if (name == "xcb" ? x11 : name.startsWith("wayland") ? wayland : true)
            return false;
    }
    return true;
#else
    (void)argc;
    (void)argv;
    return false;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (displayMissing(argc, argv)) {
        // Before Qt starts, so no translation yet: the program's window is what is translated.
        std::cerr << "trygg: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                     "start it in a desktop session, or use trygg-cli, which needs none\n";
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trygg"));
    QApplication::setOrganizationName(QStringLiteral("Trygg"));
    QApplication::setApplicationVersion(QStringLiteral(TRYGG_VERSION));
    // The icon of every window, and the desktop entry (resources/trygg.desktop) Wayland shows it by.
    QApplication::setWindowIcon(trygg::ui::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("trygg"));

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
