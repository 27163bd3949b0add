#include "common/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trygg"));
    QApplication::setOrganizationName(QStringLiteral("Trygg"));
    QApplication::setApplicationVersion(QStringLiteral(TRYGG_VERSION));
    trygg::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Information-security risk registers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The register to open"));
    parser.process(app);

    trygg::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openDemo();
    else
        window.openFile(files.first());
    window.show();
    return QApplication::exec();
}
