// SPDX-License-Identifier: EUPL-1.2
// One truth (issue 11): what management signs is the same on every machine and in every front end. The
// window runs with the user's locale (QApplication sets it from LANG: a decimal comma in Danish,
// Norwegian and Swedish), scripts run trygg-cli under C. A plan approved in the window is valid for
// `trygg-cli due` under C, and the printed plan is the same bytes whichever locale prints it.
#include "UiTestSupport.h"
#include "../cli/CliRun.h"

#include "cycle/Approvals.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>

using namespace trygg;
using namespace trygg::ui;

namespace {

// Runs trygg-cli under LC_ALL=`locale` by the tests' clock; returns its standard output, or fails the test.
std::string cli(const TempDir &dir, const std::string &locale, const std::vector<std::string> &args)
{
    const Result result = runCli(dir, args, locale);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return result.out;
}

class WindowLocale {
public:
    explicit WindowLocale(const char *name) : m_before(std::setlocale(LC_ALL, nullptr))
    {
        m_ok = std::setlocale(LC_ALL, name) != nullptr;
        QLocale::setDefault(QLocale(QString::fromLatin1(name).left(5)));
    }
    ~WindowLocale()
    {
        std::setlocale(LC_ALL, m_before.c_str());
        QLocale::setDefault(QLocale::c());
    }
    bool ok() const { return m_ok; }

private:
    std::string m_before;
    bool m_ok = false;
};

class LocaleTruthTest : public ::testing::TestWithParam<const char *> {};

TEST_P(LocaleTruthTest, APlanApprovedInTheWindowIsValidForTheCliUnderC_002_Par25)
{
    TempDir dir;
    std::string path;
    {
        WindowLocale locale(GetParam());
        ASSERT_TRUE(locale.ok()) << GetParam() << " is not installed (scripts/install-deps.sh makes it)";
        char probe[8];
        std::snprintf(probe, sizeof probe, "%.1f", 1.5);
        ASSERT_STREQ(probe, "1,5");
        auto document = demoDocument(dir, 20, 60, "dk");
        path = document->path().toStdString();
        // The demo's hours and costs are real numbers: written under this locale they had a comma.
        ASSERT_FALSE(document->data().measures.empty());
        ASSERT_TRUE(document->addApproval({0, Approval::Subject::Plan, std::nullopt, "Borgmester", "Borgmester",
                                           Clock::todayLocal(), ""}));
        const Id unit = document->data().units.front().id;
        ASSERT_TRUE(document->addApproval(
            {0, Approval::Subject::Plan, unit, "Kommunaldirektør", "Direktør", Clock::todayLocal(), ""}));
        for (const ApprovalStatus &status : approvalStatuses(document->data()))
            if (status.approval->date == Clock::todayLocal()) {
                EXPECT_EQ(status.state, ApprovalState::Current);
            }
    }
    const std::string due = cli(dir, "C", {"due", path, "--within", "3660", "--format", "csv"});
    EXPECT_NE(due.find("state;due;kind"), std::string::npos);
    EXPECT_EQ(due.find(";approval;plan;"), std::string::npos) << due;

    // The plan as management signs it: the same bytes under C and under the window's locale, and the
    // same as the window renders.
    const std::string underC = dir.file("plan-c.pdf");
    const std::string underNordic = dir.file("plan-nordic.pdf");
    cli(dir, "C", {"export", "plan", path, "--format", "pdf", "--output", underC});
    cli(dir, GetParam(), {"export", "plan", path, "--format", "pdf", "--output", underNordic});
    const std::string printed = readBytes(underC);
    EXPECT_GT(printed.size(), 1000u);
    EXPECT_TRUE(printed == readBytes(underNordic)) << "the plan printed under " << GetParam() << " differs";
    WindowLocale locale(GetParam());
    const RegisterFile file = RegisterFile::open(path, RegisterFile::Access::ReadOnly);
    const RegisterData data = file.load();
    ReportRequest request;
    request.today = Clock::todayLocal();
    request.trailFingerprint = file.trailFingerprint(); // as the window's printing gives it (issue 12)
    EXPECT_TRUE(renderReport(ReportBuilder::build(data, request), ReportFormat::Pdf) == printed)
        << "the window's plan differs from the CLI's";
}

INSTANTIATE_TEST_SUITE_P(Nordic, LocaleTruthTest, ::testing::Values("da_DK.UTF-8", "nb_NO.UTF-8", "sv_SE.UTF-8"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param).substr(0, 5);
                         });

} // namespace
