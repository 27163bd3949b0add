// SPDX-License-Identifier: EUPL-1.2
// The core's messages: English as stated, and translatable pattern by pattern (issue 4: "the CLI's
// messages ... in da, nb, sv and en").
#include "model/Error.h"
#include "model/Message.h"

#include <gtest/gtest.h>

#include <map>

using namespace trygg;

namespace {

// A stand-in for the Qt translator: Danish for two patterns, nothing for the rest.
std::string danish(const char *context, const char *pattern, const char *plural, long long count)
{
    const std::map<std::string, std::string> table = {
        {"%1: row %2, column '%3': %4", "%1: række %2, kolonne '%3': %4"},
        {"'%1' is not a number", "'%1' er ikke et tal"},
    };
    EXPECT_STREQ(context, "trygg");
    if (plural)
        return count == 1 ? "%n række" : "%n rækker";
    const auto it = table.find(pattern);
    return it == table.end() ? std::string() : it->second;
}

} // namespace

TEST(Message, EnglishFillsTheValuesInOnce)
{
    const Message message = trMsg("%1: row %2, column '%3': %4", "a.csv", 7, "Navn", "value '%1'");
    EXPECT_EQ(message.english(), "a.csv: row 7, column 'Navn': value '%1'");
    EXPECT_EQ(Message("100% sure").english(), "100% sure");
}

TEST(Message, CountsChooseTheEnglishPluralPattern)
{
    EXPECT_EQ(trCount("%n row", "%n rows", 1).english(), "1 row");
    EXPECT_EQ(trCount("%n row", "%n rows", 0).english(), "0 rows");
    EXPECT_EQ(trCount("%n row of %1", "%n rows of %1", 3, "a.csv").english(), "3 rows of a.csv");
}

TEST(Message, RenderTranslatesPatternsAndNestedMessagesButNotValues)
{
    const Message message =
        trMsg("%1: row %2, column '%3': %4", "a.csv", 7, "Navn", trMsg("'%1' is not a number", "tre"));
    EXPECT_EQ(message.render(danish), "a.csv: række 7, kolonne 'Navn': 'tre' er ikke et tal");
    // No translation: the English pattern.
    EXPECT_EQ(trMsg("%1 is missing", "x").render(danish), "x is missing");
    EXPECT_EQ(trCount("%n row", "%n rows", 2).render(danish), "2 rækker");
}

TEST(Message, ErrorsCarryTheTranslatableMessage)
{
    try {
        throw InputError(trMsg("'%1' is not a number", "tre"));
    } catch (const std::exception &error) {
        EXPECT_STREQ(error.what(), "'tre' is not a number");
        EXPECT_EQ(messageOf(error).render(danish), "'tre' er ikke et tal");
    }
    // Any other exception: its what(), as it is.
    EXPECT_EQ(messageOf(std::runtime_error("disk I/O error")).render(danish), "disk I/O error");
}
