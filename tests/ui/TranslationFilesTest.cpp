// SPDX-License-Identifier: EUPL-1.2
// Issue 4: every language complete. Each .ts file has no unfinished or empty translation, keeps the
// %1 and %n markers of its source text, and gives every plural its forms.
#include "common/QtTexts.h"
#include "common/Translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace trygg::ui;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

std::vector<Message> readTs(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.emplace_back();
            messages.back().context = context;
            messages.back().numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            messages.back().unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                messages.pop_back();
            else if (!messages.back().numerus)
                messages.back().translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.back().translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList formatMarkers(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%[0-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST(TranslationFiles, EveryLanguageIsCompleteAndKeepsFormatMarkers)
{
    for (const QString &language : availableLanguages()) {
        const QString path = QStringLiteral(TRYGG_TRANSLATIONS_DIR "/trygg_%1.ts").arg(language);
        const std::vector<Message> messages = readTs(path);
        ASSERT_FALSE(messages.empty()) << path.toStdString();
        for (const Message &m : messages) {
            const std::string where = language.toStdString() + ": \"" + m.source.toStdString() + "\"";
            EXPECT_FALSE(m.unfinished) << where << " is unfinished";
            ASSERT_FALSE(m.translations.isEmpty()) << where << " has no translation";
            if (m.numerus) {
                EXPECT_GE(m.translations.size(), 2) << where << " lacks plural forms";
            }
            for (const QString &translation : m.translations) {
                EXPECT_FALSE(translation.trimmed().isEmpty()) << where << " is empty";
                QStringList expected = formatMarkers(m.source);
                // A singular form may say "one" instead of %n.
                if (m.numerus && translation == m.translations.front())
                    expected.removeAll(QStringLiteral("%n"));
                for (const QString &marker : expected) {
                    EXPECT_TRUE(translation.contains(marker))
                        << where << ": translation \"" << translation.toStdString() << "\" lacks "
                        << marker.toStdString();
                }
            }
        }
    }
}

// The core's and the command line's messages are looked up in the contexts "trygg" and "trygg::cli"
// (trygg::Message): lupdate files an unqualified trMsg() in a class or nested namespace under that
// scope, where it would never be found. scripts/update-translations.sh; write trygg::trMsg(...).
TEST(TranslationFiles, CoreAndCommandLineMessagesAreInTheContextsTheyAreLookedUpIn)
{
    const std::vector<Message> messages = readTs(QStringLiteral(TRYGG_TRANSLATIONS_DIR "/trygg_da.ts"));
    std::size_t core = 0;
    std::size_t cli = 0;
    for (const Message &m : messages) {
        core += m.context == QLatin1String("trygg") ? 1 : 0;
        cli += m.context == QLatin1String("trygg::cli") ? 1 : 0;
        const bool known = m.context == QLatin1String("trygg") || m.context == QLatin1String("trygg::cli") ||
                           m.context.startsWith(QLatin1String("trygg::ui::")) ||
                           (!m.context.startsWith(QLatin1String("trygg")) && m.context != QLatin1String("std"));
        EXPECT_TRUE(known) << "\"" << m.source.toStdString() << "\" is filed under " << m.context.toStdString();
    }
    EXPECT_GT(core, 300u);
    EXPECT_GT(cli, 50u);
}

TEST(TranslationFiles, LanguageFollowsTheLocale)
{
    EXPECT_EQ(languageForLocale(QStringLiteral("nb_NO")), QStringLiteral("nb"));
    EXPECT_EQ(languageForLocale(QStringLiteral("no")), QStringLiteral("nb"));
    EXPECT_EQ(languageForLocale(QStringLiteral("da_DK")), QStringLiteral("da"));
    EXPECT_EQ(languageForLocale(QStringLiteral("sv_FI")), QStringLiteral("sv"));
    EXPECT_EQ(languageForLocale(QStringLiteral("de_DE")), QStringLiteral("en"));
}

// Issue 4: every user-visible string. Qt's own texts that a user meets (the standard buttons, the
// context menus of text fields) speak the program's language without Qt's translations on the
// system, and switch with it.
TEST(TranslationFiles, QtsOwnButtonsAndMenusSpeakTheProgramsLanguage)
{
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Discard);
    const auto cancel = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // what the event loop does
        return buttons.button(QDialogButtonBox::Cancel)->text();
    };
    ASSERT_TRUE(switchLanguage(QStringLiteral("sv")));
    EXPECT_EQ(cancel(), QStringLiteral("Avbryt"));
    EXPECT_EQ(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Förkasta"));
    ASSERT_TRUE(switchLanguage(QStringLiteral("da")));
    EXPECT_EQ(cancel(), QStringLiteral("Annuller"));
    EXPECT_EQ(QCoreApplication::translate("QLineEdit", "&Paste"), QStringLiteral("&Sæt ind"));
    ASSERT_TRUE(switchLanguage(QStringLiteral("nb")));
    EXPECT_EQ(cancel(), QStringLiteral("Avbryt"));
    EXPECT_EQ(QCoreApplication::translate("QWidgetTextControl", "Select All"), QStringLiteral("Merk alt"));
    // Each of them in Trygg's own translations (not only in Qt's, which a system may lack).
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv")}) {
        QTranslator own;
        ASSERT_TRUE(own.load(QStringLiteral(":/i18n/trygg_%1.qm").arg(language)));
        for (const auto &[context, text] : qtTexts())
            EXPECT_FALSE(own.translate(context, text).isEmpty())
                << language.toStdString() << ": " << context << " \"" << text << "\" is not translated";
    }
    ASSERT_TRUE(switchLanguage(QStringLiteral("sv")));
    {
        QPrinter printer;
        QPrintPreviewDialog preview(&printer);
        QStringList actions;
        for (const QAction *action : preview.findChildren<QAction *>())
            actions << action->text();
        EXPECT_TRUE(actions.contains(QStringLiteral("Nästa sida"))) << actions.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(actions.contains(QStringLiteral("Anpassa bredden")));
    }
    {
        QFileDialog files;
        files.setOption(QFileDialog::DontUseNativeDialog);
        QStringList labels;
        for (const QLabel *label : files.findChildren<QLabel *>())
            labels << label->text();
        EXPECT_TRUE(labels.contains(QStringLiteral("Leta i:"))) << labels.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(labels.contains(QStringLiteral("Fil&namn:")));
    }
    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(cancel(), QStringLiteral("Cancel"));
}
