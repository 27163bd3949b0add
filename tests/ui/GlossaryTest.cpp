// SPDX-License-Identifier: EUPL-1.2
// Issue 18: one term per concept per language, and no neighbour's words. translations/glossary.csv
// names each concept's term in Danish, Norwegian bokmål and Swedish (with its source), the pattern by
// which an English text names the concept, the pattern the translation must then contain, and the
// variants it must not use; translations/telltale-words.csv lists words that belong to one Nordic
// language and betray it in another. Words of another language inside the language's own quotation
// marks (da »...«, nb «...», sv ”...”) are names, for example a preset's level names, and are allowed.
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace {

struct Entry {
    QString context;
    QString source;
    QStringList translations;
};

std::vector<Entry> readTs(const QString &language)
{
    QFile file(QStringLiteral(TRYGG_TRANSLATIONS_DIR "/trygg_%1.ts").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << language.toStdString();
    QXmlStreamReader xml(&file);
    std::vector<Entry> entries;
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entries.push_back({context, {}, {}});
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            entries.back().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                entries.pop_back();
            else if (!numerus)
                entries.back().translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            entries.back().translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << language.toStdString() << ": " << xml.errorString().toStdString();
    return entries;
}

// A small CSV reader: fields separated by commas, optionally in double quotes with "" for a quote.
std::vector<std::map<QString, QString>> readCsv(const QString &name)
{
    QFile file(QStringLiteral(TRYGG_TRANSLATIONS_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << name.toStdString();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::vector<QStringList> rows;
    for (const QString &line : lines) {
        QStringList fields{QString()};
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                fields.back() += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (c == QLatin1Char(',') && !quoted) {
                fields << QString();
            } else {
                fields.back() += c;
            }
        }
        rows.push_back(fields);
    }
    std::vector<std::map<QString, QString>> records;
    if (rows.empty())
        return records;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        EXPECT_EQ(rows[r].size(), rows[0].size()) << name.toStdString() << " row " << r + 1;
        std::map<QString, QString> record;
        for (qsizetype c = 0; c < rows[0].size() && c < rows[r].size(); ++c)
            record[rows[0][c]] = rows[r][c];
        records.push_back(record);
    }
    return records;
}

QRegularExpression pattern(const QString &text)
{
    QRegularExpression expression(text, QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    EXPECT_TRUE(expression.isValid()) << text.toStdString() << ": " << expression.errorString().toStdString();
    return expression;
}

const QStringList &languages()
{
    static const QStringList list{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv")};
    return list;
}

// The text without the parts in the language's own quotation marks.
QString unquoted(const QString &text, const QString &language)
{
    static const std::map<QString, QRegularExpression> quotes = {
        {QStringLiteral("da"), QRegularExpression(QStringLiteral("»[^«]*«"))},
        {QStringLiteral("nb"), QRegularExpression(QStringLiteral("«[^»]*»"))},
        {QStringLiteral("sv"), QRegularExpression(QStringLiteral("”[^”]*”"))},
    };
    QString result = text;
    return result.remove(quotes.at(language));
}

// The translation as the glossary looks at it: without accelerator marks ("E&jer") and without the
// command words and keys the English text quotes ('zones', 'assets'), which stay as typed.
QString comparable(const QString &translation, const QString &source)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?=\\w)"));
    static const QRegularExpression quotedToken(QStringLiteral("'([^'%]+)'"));
    QString result = translation;
    result.remove(accelerator);
    for (auto it = quotedToken.globalMatch(source); it.hasNext();) {
        const QString token = it.next().captured(1);
        for (const QString &marks : {QStringLiteral("''"), QStringLiteral("«»"), QStringLiteral("»«"), QStringLiteral("””")})
            result.remove(marks.front() + token + marks.back());
    }
    return result;
}

std::string where(const QString &language, const Entry &entry, const QString &translation)
{
    return (language + QStringLiteral(" [") + entry.context + QStringLiteral("] \"") + entry.source +
            QStringLiteral("\" -> \"") + translation + QLatin1Char('"'))
        .toStdString();
}

} // namespace

TEST(Glossary, EveryConceptHasATermAndItsSourceInEachLanguage)
{
    const auto glossary = readCsv(QStringLiteral("glossary.csv"));
    ASSERT_GE(glossary.size(), 25u);
    for (const auto &row : glossary) {
        for (const QString column : {QStringLiteral("concept"), QStringLiteral("en"), QStringLiteral("da"),
                                     QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("source_da"),
                                     QStringLiteral("source_nb"), QStringLiteral("source_sv")}) {
            EXPECT_FALSE(row.at(column).trimmed().isEmpty()) << row.at(QStringLiteral("concept")).toStdString()
                                                             << " has no " << column.toStdString();
        }
        // A term's own words are never among its rejected variants.
        for (const QString &language : languages()) {
            const QString rejected = row.at(language + QStringLiteral("_rejected"));
            if (!rejected.isEmpty())
                EXPECT_FALSE(pattern(rejected).match(row.at(language)).hasMatch())
                    << row.at(QStringLiteral("concept")).toStdString() << " " << language.toStdString();
        }
    }
}

// Each translation uses the glossary's term wherever its English text names the concept, and none of
// the variants the glossary rejects.
TEST(Glossary, EveryTranslationUsesTheGlossarysTerms)
{
    const auto glossary = readCsv(QStringLiteral("glossary.csv"));
    for (const QString &language : languages()) {
        const std::vector<Entry> entries = readTs(language);
        ASSERT_GT(entries.size(), 1000u);
        for (const auto &row : glossary) {
            const std::string conceptName = row.at(QStringLiteral("concept")).toStdString();
            const QString names = row.at(QStringLiteral("en_names"));
            const QString term = row.at(language + QStringLiteral("_term"));
            const QString rejected = row.at(language + QStringLiteral("_rejected"));
            const QRegularExpression namesPattern = pattern(names.isEmpty() ? QStringLiteral("^$") : names);
            const QRegularExpression termPattern = pattern(term);
            const QRegularExpression rejectedPattern = pattern(rejected.isEmpty() ? QStringLiteral("^$") : rejected);
            for (const Entry &entry : entries) {
                const bool named = !names.isEmpty() && !term.isEmpty() && namesPattern.match(entry.source).hasMatch();
                for (const QString &shown : entry.translations) {
                    const QString translation = comparable(shown, entry.source);
                    // A command word the translation keeps in English (trygg-cli's "assets", "review")
                    // names the concept as the user types it.
                    if (named && !namesPattern.match(translation).hasMatch())
                        EXPECT_TRUE(termPattern.match(translation).hasMatch())
                            << conceptName << ": " << where(language, entry, shown) << " lacks " << term.toStdString();
                    if (!rejected.isEmpty())
                        EXPECT_FALSE(rejectedPattern.match(translation).hasMatch())
                            << conceptName << ": " << where(language, entry, shown) << " uses a rejected variant ("
                            << rejected.toStdString() << ")";
                }
            }
        }
    }
}

TEST(Glossary, NoTranslationHoldsAWordOfAnotherNordicLanguage)
{
    const auto words = readCsv(QStringLiteral("telltale-words.csv"));
    ASSERT_GE(words.size(), 20u);
    for (const QString &language : languages()) {
        const std::vector<Entry> entries = readTs(language);
        for (const auto &row : words) {
            if (!row.at(QStringLiteral("forbidden_in")).split(QLatin1Char(' ')).contains(language))
                continue;
            const QRegularExpression word = pattern(row.at(QStringLiteral("word")));
            for (const Entry &entry : entries) {
                for (const QString &translation : entry.translations)
                    EXPECT_FALSE(word.match(unquoted(translation, language)).hasMatch())
                        << where(language, entry, translation) << " holds " << word.pattern().toStdString();
            }
        }
    }
}

// The quotation-mark rule the tests above rely on: a name in the language's own quotation marks is
// not counted, anything else is.
TEST(Glossary, OnlyTheLanguagesOwnQuotationMarksMarkANeighboursWord)
{
    EXPECT_EQ(unquoted(QStringLiteral("sandsynlighed »Lite sannsynlig«"), QStringLiteral("da")),
              QStringLiteral("sandsynlighed "));
    EXPECT_EQ(unquoted(QStringLiteral("«Sällsynt» og «Liten»"), QStringLiteral("nb")), QStringLiteral(" og "));
    EXPECT_EQ(unquoted(QStringLiteral("«Sällsynt»"), QStringLiteral("sv")), QStringLiteral("«Sällsynt»"));
}

// Issue 18, typography: each language quotes with its own marks (da »...«, nb «...», sv ”...”), never
// with the typewriter's "..." or '...' (HTML attributes aside).
TEST(Glossary, EachLanguageQuotesWithItsOwnMarks)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression typewriter(QStringLiteral("\"[^\"\\n]+\"|(?<!\\w)'[^'\\n]+'(?!\\w)"));
    const std::map<QString, QString> own = {{QStringLiteral("da"), QStringLiteral("»%1«")},
                                            {QStringLiteral("nb"), QStringLiteral("«%1»")},
                                            {QStringLiteral("sv"), QStringLiteral("”%1”")}};
    for (const QString &language : languages()) {
        int quoting = 0;
        for (const Entry &entry : readTs(language)) {
            for (const QString &translation : entry.translations) {
                QString text = translation;
                text.remove(tag);
                const QRegularExpressionMatch match = typewriter.match(text);
                EXPECT_FALSE(match.hasMatch()) << where(language, entry, translation) << ": "
                                               << match.captured().toStdString() << " should be "
                                               << own.at(language).arg(match.captured().mid(1).chopped(1)).toStdString();
                quoting += text.contains(own.at(language).arg(QStringLiteral("%1"))) ? 1 : 0;
            }
        }
        EXPECT_GT(quoting, 50) << language.toStdString() << " quotes its values with its own marks";
    }
}
