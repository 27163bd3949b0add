// SPDX-License-Identifier: EUPL-1.2
#include "common/Icons.h"
#include "common/ServerPassword.h"
#include "common/Translations.h"
#include "help/HelpWindow.h"
#include "mainwindow/MainWindow.h"
#include "model/Clock.h"
#include "model/Error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdlib>
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

// Issue 13: `trygg --help` and `--version` answer on a machine without a display, before the window's
// platform is started.
bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// The language named by --language, or the system's: the one the help text is given in.
QString chosenLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--language="))
            return QString::fromLocal8Bit(argument.mid(11));
    }
    return trygg::ui::languageForLocale(QLocale::system().name());
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Trygg"));
    QCoreApplication::setOrganizationName(QStringLiteral("Trygg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRYGG_VERSION));
}

struct Options {
    QCommandLineOption language{
        QStringLiteral("language"),
        QCoreApplication::translate("main", "The language: da, nb, sv or en (default: the system's)."),
        QStringLiteral("code")};
    // Hidden, for scripts/guide-screenshots.sh: the window at a page and size, saved as a PNG, then quit.
    QCommandLineOption page{QStringLiteral("page"), QString(), QStringLiteral("name")};
    QCommandLineOption guide{QStringLiteral("guide"), QString(), QStringLiteral("section")};
    QCommandLineOption size{QStringLiteral("size"), QString(), QStringLiteral("WIDTHxHEIGHT")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QString(), QStringLiteral("file")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Information-security risk registers"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(language);
        for (QCommandLineOption *hidden : {&page, &guide, &size, &screenshot}) {
            hidden->setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(*hidden);
        }
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main",
                                        "The register to open: a file, or a server's address (postgresql://...)"));
    }
};

// The hidden --page, --guide, --size and --screenshot options: show a page of the window (or a section of the
// guide over it) at a fixed size, save it as a PNG and quit. Exit code 1 if the page is unknown or the
// image cannot be written.
void takeScreenshot(trygg::ui::MainWindow &window, const QCommandLineParser &parser, const Options &options)
{
    using Page = trygg::ui::MainWindow::Page;
    const QStringList pages{QStringLiteral("overview"), QStringLiteral("assets"), QStringLiteral("risks"),
                            QStringLiteral("matrix"),   QStringLiteral("plan"),   QStringLiteral("due"),
                            QStringLiteral("incidents")};
    const qsizetype page = pages.indexOf(parser.value(options.page));
    if (parser.isSet(options.page) && page < 0) {
        std::cerr << "trygg: --page is one of overview, assets, risks, matrix, plan, due, incidents\n";
        std::exit(2);
    }
    const QStringList size = parser.value(options.size).split(QLatin1Char('x'));
    if (size.size() == 2)
        window.resize(size[0].toInt(), size[1].toInt());
    if (page >= 0)
        window.showPage(static_cast<Page>(page));
    QWidget *shown = &window;
    if (parser.isSet(options.guide)) {
        window.showGuide(parser.value(options.guide));
        shown = window.helpWindow();
        if (size.size() == 2)
            shown->resize(size[0].toInt(), size[1].toInt());
    }
    if (!parser.isSet(options.screenshot))
        return;
    const QString file = parser.value(options.screenshot);
    // After the pages have laid themselves out and drawn once.
    QTimer::singleShot(1500, shown, [shown, file] {
        const bool saved = shown->grab().save(file, "PNG");
        if (!saved)
            std::cerr << "trygg: could not write " << file.toStdString() << '\n';
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        trygg::ui::installTranslations(app, chosenLanguage(argc, argv));
        QCommandLineParser parser;
        Options options;
        options.addTo(parser);
        parser.parse(QCoreApplication::arguments()); // the window's own options (-platform ...) are not errors here
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        parser.showHelp(0);
    }
    if (displayMissing(argc, argv)) {
        // Before Qt starts, so no translation yet: the program's window is what is translated.
        std::cerr << "trygg: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                     "start it in a desktop session, or use trygg-cli, which needs none\n";
        return 1;
    }
    QApplication app(argc, argv);
    nameApplication();
    const QString chosen = chosenLanguage(argc, argv);
    const bool translated = trygg::ui::installTranslations(app, chosen);
    // The icon of every window, and the desktop entry (resources/trygg.desktop) Wayland shows it by.
    QApplication::setWindowIcon(trygg::ui::applicationIcon());
    trygg::ui::installServerPasswordPrompt();
    QGuiApplication::setDesktopFileName(QStringLiteral("trygg"));

    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);
    if (!translated)
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
    takeScreenshot(window, parser, options);
    return QApplication::exec();
}
