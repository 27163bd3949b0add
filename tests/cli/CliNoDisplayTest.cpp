// SPDX-License-Identifier: EUPL-1.2
// Issue 12, "Safe on a shared folder": "with QT_QPA_PLATFORM=xcb and no display a report aborts without a
// message". trygg-cli draws on the offscreen platform whatever QT_QPA_PLATFORM says (it shows no window);
// the window says that there is no display and exits, instead of Qt's abort.
#include "CliRun.h"

#include <gtest/gtest.h>

#include <string>

namespace {

// The environment of a server or a cron job: X11 asked for, no display to connect to.
const std::string NoDisplay =
    "env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb LC_ALL=C TRYGG_NOW=" + quote(trygg::TestNowText) + " ";

TEST_F(CliTest, AReportNeedingTheGraphicsLibrariesIsWrittenWithXcbAndNoDisplay_Issue12)
{
    TRYGG_SKIP_ON_WINDOWS("X11 (xcb) and the reports drawn by Qt are not in the Windows build");
    // Cyrillic is not in the standard PDF fonts: the report is drawn through Qt, which needs a platform.
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", reg, "--preset", "no", "--name", "Кировск"}).exitCode, 0);
    const std::string pdf = dir.file("plan.pdf");
    const Result r = runCommand(dir, NoDisplay, {"export", "plan", reg, "--format", "pdf", "--output", pdf}, "xcb-");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(readBytes(pdf).substr(0, 5), "%PDF-");
}

#if defined(TRYGG_CLI_WITH_QT) && defined(__linux__)
// Issue 14, "keep the speed": every trygg-cli command started Qt Gui and some twenty graphics, font and D-Bus
// libraries it never used (a third of a 50 ms report). The reports need Qt Core only (translations); a
// library that pulls Qt Gui back in shows here, as the dynamic linker would load it.
TEST_F(CliTest, TryggCliLoadsNeitherQtGuiNorQtWidgets_Issue14)
{
    const std::string out = dir.file("ldd.txt");
    ASSERT_EQ(std::system(("ldd " + quote(TRYGG_CLI) + " >" + quote(out)).c_str()), 0);
    const std::string libraries = readBytes(out);
    EXPECT_NE(libraries.find("libQt6Core"), std::string::npos) << libraries;
    EXPECT_EQ(libraries.find("libQt6Gui"), std::string::npos) << libraries;
    EXPECT_EQ(libraries.find("libQt6Widgets"), std::string::npos) << libraries;
}
#endif

#ifdef TRYGG_GUI
TEST(NoDisplay, TheWindowSaysThereIsNoDisplayInsteadOfAborting_Issue12)
{
    const TempDir dir;
    const std::string command = NoDisplay + quote(TRYGG_GUI) + " " + quote(dir.file("k.trygg")) + " >" +
                                quote(dir.file("out.txt")) + " 2>" + quote(dir.file("err.txt"));
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status)) << "ended by a signal (Qt's abort)";
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(readBytes(dir.file("err.txt")).find("trygg: there is no display to show the window on"),
              std::string::npos)
        << readBytes(dir.file("err.txt"));
}

// Issue 13: "`trygg --help` aborts without a display". Help and version are answered before the window's
// platform starts, with neither a display nor QT_QPA_PLATFORM.
TEST(NoDisplay, TheWindowsHelpAndVersionNeedNoDisplay_Issue13)
{
    const TempDir dir;
    const auto run = [&dir](const std::string &option) {
        const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C LANGUAGE= " +
                                    quote(TRYGG_GUI) + " " + option + " >" + quote(dir.file("out.txt")) + " 2>" +
                                    quote(dir.file("err.txt"));
        const int status = std::system(command.c_str());
        EXPECT_TRUE(WIFEXITED(status)) << option << ": ended by a signal";
        EXPECT_EQ(WEXITSTATUS(status), 0) << option << ": " << readBytes(dir.file("err.txt"));
        return readBytes(dir.file("out.txt"));
    };
    for (const char *help : {"--help", "-h"}) {
        const std::string out = run(help);
        EXPECT_NE(out.find("Usage:"), std::string::npos) << out;
        EXPECT_NE(out.find("--language"), std::string::npos) << out;
        EXPECT_EQ(out.find("--screenshot"), std::string::npos) << "the screenshot hook is hidden: " << out;
    }
    EXPECT_EQ(run("--version").rfind("Trygg ", 0), 0u);
    EXPECT_NE(run("--language nb --help").find("--language"), std::string::npos);
}
#endif

} // namespace
