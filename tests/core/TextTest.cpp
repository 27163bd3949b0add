// SPDX-License-Identifier: EUPL-1.2
#include "model/Text.h"

#include <gtest/gtest.h>

namespace trygg {
namespace {

TEST(TextTest, FoldCaseLowersAsciiAndNordicLetters)
{
    EXPECT_EQ(foldCase("ÆØÅÄÖ Abc"), "æøåäö abc");
    EXPECT_EQ(foldCase("ÉÈÜÞ"), "éèüþ");
    EXPECT_EQ(foldCase("IT-System 2024"), "it-system 2024");
}

TEST(TextTest, FoldCaseLowersLatinExtendedA)
{
    // Issue 12: unit names compared without case, also for the names of Sami, Finnish, Polish or Baltic
    // colleagues' units.
    EXPECT_EQ(foldCase("ČŠŽ ŁŃŚ ŐŰ ĀĒĪ"), "čšž łńś őű āēī");
    EXPECT_EQ(foldCase("ĹĽŇ ŹŻŽ"), "ĺľň źżž"); // the ranges where the capital is on the odd code point
    EXPECT_EQ(foldCase("ŊÁVJÁ"), "ŋávjá");     // Northern Sami Eng
    EXPECT_EQ(foldCase("Ÿ"), "ÿ");
    EXPECT_EQ(foldCase("ſ"), "s");
    EXPECT_EQ(foldCase("čšžłıĸŉ"), "čšžłıĸŉ"); // small letters and letters without a case stay
    EXPECT_EQ(foldCase("İ"), "İ");             // no simple folding
    EXPECT_EQ(foldCase("\xC4"), "\xC4");       // cut short: copied
}

TEST(TextTest, FoldCaseLeavesOtherTextAlone)
{
    EXPECT_EQ(foldCase("×"), "×"); // U+00D7 has no case
    EXPECT_EQ(foldCase("ß"), "ß"); // U+00DF is already lower case
    EXPECT_EQ(foldCase("æøå"), "æøå");
    EXPECT_EQ(foldCase(""), "");
    EXPECT_EQ(foldCase("\xC3"), "\xC3"); // a truncated sequence is copied, not read past
}

TEST(TextTest, TrimRemovesSpacesTabsAndLineEnds)
{
    EXPECT_EQ(trim("  a b \t\r\n"), "a b");
    EXPECT_EQ(trim("\t\n"), "");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim("x"), "x");
    EXPECT_EQ(trim(" Øst "), "Øst");
}

TEST(TextTest, ValidUtf8IsAccepted)
{
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8("æøå äö €"));
    EXPECT_TRUE(isValidUtf8("\xF0\x9F\x98\x80")); // U+1F600
    EXPECT_TRUE(isValidUtf8("\xF4\x8F\xBF\xBF")); // U+10FFFF
    EXPECT_TRUE(isValidUtf8("\xED\x9F\xBF"));     // U+D7FF, just below the surrogates
}

TEST(TextTest, InvalidUtf8IsRejected)
{
    EXPECT_FALSE(isValidUtf8("\xE6\xF8\xE5"));         // Latin-1 æøå
    EXPECT_FALSE(isValidUtf8("\x80"));                 // lone continuation byte
    EXPECT_FALSE(isValidUtf8("\xC3"));                 // truncated
    EXPECT_FALSE(isValidUtf8("\xC3\x28"));             // bad continuation
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));             // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));         // overlong, 3 bytes
    EXPECT_FALSE(isValidUtf8("\xF0\x80\x80\xAF"));     // overlong, 4 bytes
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));         // surrogate U+D800
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));     // U+110000
    EXPECT_FALSE(isValidUtf8("\xF8\x88\x80\x80\x80")); // 5-byte form
    EXPECT_FALSE(isValidUtf8("\xFF"));
}

} // namespace
} // namespace trygg
