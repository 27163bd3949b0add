// SPDX-License-Identifier: EUPL-1.2
// Issue 12, "Safe on a shared folder": "control characters (ESC, BEL, NUL, CR) in names are ... printed raw
// to terminals". Names are refused at every way in, but a register made by an older version or changed with
// another SQLite tool can still hold them, and a file name can too: what trygg-cli prints for people escapes
// anything not printable, while CSV and JSON on standard output stay byte for byte what the file holds.
#include "../core/RawSql.h"
#include "CliRun.h"

#include <gtest/gtest.h>

#include <string>

namespace {

// What a terminal acts on rather than shows: C0 controls (but the line break), DEL, a C1 control (U+009B,
// a one-character CSI), the bidi override U+202E, and a byte that is no UTF-8.
bool holdsRawControl(const std::string &text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f || c == 0xff)
            return true;
        if (text.compare(i, 2, "\xc2\x9b") == 0 || text.compare(i, 3, "\xe2\x80\xae") == 0)
            return true;
    }
    return false;
}

class CliTerminalTextTest : public CliTest {
protected:
    // A register whose unit, asset, owner and register names were changed behind Trygg's back to hold
    // ESC (a colour and a window-title sequence), BEL, CR, a C1 control and a bidi override.
    std::string tamperedRegister()
    {
        const std::string reg = dir.file("k.trygg");
        EXPECT_EQ(cli({"init", reg, "--preset", "no"}).exitCode, 0);
        const std::string csv = write("assets.csv", "name;type;unit;owner\nElevregister;register;Skole;Kari\n"
                                                    "Journal;it system;Helse;\n");
        EXPECT_EQ(cli({"import", "assets", reg, csv}).exitCode, 0);
        rawSql(reg, "UPDATE unit SET name = 'Sk' || char(27) || '[31mole æøå' WHERE name = 'Skole';"
                    "UPDATE asset SET name = 'Jour' || char(7) || 'nal' || char(13) || 'OK' WHERE name = 'Journal';"
                    "UPDATE person SET name = 'Ka' || char(27) || ']0;pwned' || char(7) || 'ri' || char(155) "
                    "WHERE name = 'Kari';"
                    "UPDATE register SET name = 'Kommune ' || char(8238) || 'txt.exe';"
                    "UPDATE audit SET object_name = 'Jour' || char(7) || 'nal' WHERE object_name = 'Journal';");
        return reg;
    }
};

TEST_F(CliTerminalTextTest, NamesFromATamperedRegisterArePrintedEscapedByEveryTextCommand)
{
    const std::string reg = tamperedRegister();
    const std::vector<std::vector<std::string>> commands = {
        {"check", reg},
        {"matrix", reg},
        {"due", reg, "--within", "3650"},
        {"history", reg},
        {"matrix", reg, "--unit", "Helse"},
        {"export", "risks", reg, "--unit", "nowhere"}, // the message lists the units
    };
    for (const auto &args : commands) {
        SCOPED_TRACE(args[0] + " " + args[1]);
        const Result result = cli(args);
        EXPECT_FALSE(holdsRawControl(result.out)) << result.out;
        EXPECT_FALSE(holdsRawControl(result.err)) << result.err;
    }
    // The escapes are visible, and printable letters stay as they are.
    const Result units = cli({"export", "risks", reg, "--unit", "nowhere"});
    EXPECT_EQ(units.exitCode, 1);
    EXPECT_NE(units.err.find("Sk\\x1b[31mole æøå"), std::string::npos) << units.err;
    const Result history = cli({"history", reg});
    EXPECT_EQ(history.exitCode, 0) << history.err;
    EXPECT_NE(history.out.find("Jour\\x07nal"), std::string::npos) << history.out;
    const Result check = cli({"check", reg});
    EXPECT_NE(check.out.find("Jour\\x07nal\\rOK"), std::string::npos) << check.out; // no owner: named in a warning
    const Result matrix = cli({"matrix", reg});
    EXPECT_NE(matrix.out.find("Kommune \\u202etxt.exe"), std::string::npos) << matrix.out;
}

TEST_F(CliTerminalTextTest, CsvAndJsonOnStandardOutputAreTheFileBytesUnescaped)
{
    const std::string reg = tamperedRegister();
    const Result csv = cli({"export", "assets", reg, "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_NE(csv.out.find("Sk\x1b[31mole æøå"), std::string::npos);
    EXPECT_NE(csv.out.find("Ka\x1b]0;pwned\x07ri\xc2\x9b"), std::string::npos);
    EXPECT_NE(csv.out.find("\r\n"), std::string::npos); // the CSV's own line ends
    const Result toFile = cli({"export", "assets", reg, "--format", "csv", "--output", dir.file("a.csv")});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err;
    EXPECT_EQ(csv.out, readBytes(dir.file("a.csv")));
    const Result history = cli({"history", reg, "--format", "csv"});
    EXPECT_NE(history.out.find("Jour\anal"), std::string::npos);
}

TEST_F(CliTerminalTextTest, AFileNameWithControlCharactersIsPrintedEscaped)
{
    TRYGG_SKIP_ON_WINDOWS("a file name with control characters and a byte that is not UTF-8, which Windows refuses");
    const std::string name = dir.file("reg\x1b]0;title\x07\r\xff.trygg");
    const Result missing = cli({"check", name});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(holdsRawControl(missing.err)) << missing.err;
    EXPECT_NE(missing.err.find("reg\\x1b]0;title\\x07\\r\\xff.trygg"), std::string::npos) << missing.err;
    const Result created = cli({"init", name, "--preset", "dk", "--name", "K"});
    EXPECT_EQ(created.exitCode, 0) << created.err;
    EXPECT_FALSE(holdsRawControl(created.out)) << created.out;
}

} // namespace
