// SPDX-License-Identifier: EUPL-1.2
// Issue 18: Qt's own print and page-setup dialogs speak the program's language (Printer, Name,
// Properties, Output file, Options, Print ... were English in a Nordic window). Trygg carries their
// texts in its own translations (ui/common/QtTexts.cpp), as Debian ships no Swedish or Norwegian qtbase
// catalogue, so this holds whatever the machine has installed.
#include "common/QtTexts.h"
#include "common/Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QTranslator>

#include <gtest/gtest.h>

#include <set>

using namespace trygg::ui;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

// Every text a dialog shows: labels, buttons, group titles, tabs and the choices of its lists.
QStringList shownTexts(const QWidget &dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QGroupBox *group : dialog.findChildren<QGroupBox *>())
        texts << group->title();
    for (const QTabWidget *tabs : dialog.findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (const QComboBox *combo : dialog.findChildren<QComboBox *>())
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    QStringList result;
    for (const QString &text : texts)
        if (!plain(text).isEmpty())
            result << plain(text);
    return result;
}

// The English texts of Qt's print and page-setup dialogs that `language` says otherwise.
std::set<QString> englishOnly(const QString &language)
{
    QTranslator own;
    EXPECT_TRUE(own.load(QStringLiteral(":/i18n/trygg_%1.qm").arg(language)));
    std::set<QString> english;
    for (const auto &[context, text] : qtTexts()) {
        const QString source = QString::fromUtf8(text);
        if (QByteArray(context).startsWith("QPrint") || QByteArray(context).startsWith("QPageSetup") ||
            QByteArray(context).startsWith("QCups") || QByteArray(context) == "QPlatformTheme") {
            if (plain(own.translate(context, text)) != plain(source))
                english.insert(plain(source));
        }
    }
    return english;
}

void expectNoEnglish(const QWidget &dialog, const QString &language, const char *name)
{
    const std::set<QString> english = englishOnly(language);
    ASSERT_GT(english.size(), 60u);
    const QStringList shown = shownTexts(dialog);
    EXPECT_GT(shown.size(), 5) << name;
    for (const QString &text : shown)
        EXPECT_EQ(english.count(text), 0u) << language.toStdString() << " " << name << " shows \"" << text.toStdString() << "\"";
}

} // namespace

TEST(QtDialogs, ThePrintDialogShowsNoEnglishInAnyLanguage)
{
    for (const QString language : {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv")}) {
        ASSERT_TRUE(switchLanguage(language));
        QPrinter printer;
        QPrintDialog dialog(&printer);
        dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
        expectNoEnglish(dialog, language, "print dialog");
        QPageSetupDialog setup(&printer);
        expectNoEnglish(setup, language, "page setup");
    }
    switchLanguage(QStringLiteral("en"));
}

TEST(QtDialogs, ThePrintDialogsWordsAreTranslatedInSwedish)
{
    ASSERT_TRUE(switchLanguage(QStringLiteral("sv")));
    {
        QPrinter printer;
        QPrintDialog dialog(&printer);
        const QStringList shown = shownTexts(dialog);
        EXPECT_TRUE(shown.contains(QStringLiteral("Skrivare"))) << shown.join(u'|').toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("Namn:"))) << shown.join(u'|').toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("Skriv ut"))) << shown.join(u'|').toStdString();
    }
    switchLanguage(QStringLiteral("en"));
}
