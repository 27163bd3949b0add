// SPDX-License-Identifier: EUPL-1.2
// One truth (issue 11): what management approves and what combining compares is the same text on every
// machine and under every locale. The window runs with the user's locale (a decimal comma under da_DK,
// nb_NO and sv_SE), scripts often under C: an approval made in one must be valid in the other (002 §25
// stk. 6: a plan changes only when what was approved changes).
#include "TempDir.h"
#include "../support/TestPlatform.h"

#include "cycle/Approvals.h"
#include "model/ContentText.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cstdint>
#include <cstdio>

using namespace trygg;

namespace {

const char *const NordicLocales[] = {"da_DK.UTF-8", "nb_NO.UTF-8", "sv_SE.UTF-8"};

// Sets the process's locale for the life of the object, as the window (QApplication) does from LANG.
class ScopedLocale {
public:
    explicit ScopedLocale(const char *name) : m_before(std::setlocale(LC_ALL, nullptr))
    {
        m_ok = std::setlocale(LC_ALL, name) != nullptr;
    }
    ~ScopedLocale() { std::setlocale(LC_ALL, m_before.c_str()); }
    bool ok() const { return m_ok; }

private:
    std::string m_before;
    bool m_ok = false;
};

std::string fieldOf(double value, ContentText::DecimalMark mark = ContentText::DecimalMark::Point)
{
    ContentText text(mark);
    text << value;
    std::string field = text.text();
    field.pop_back(); // the unit separator
    return field;
}

const double Figures[] = {0.0, 12.5, 3400.75, 1000000.1, -2.25, 0.1234567, 7.0000005, 1e15};

TEST(ContentTextTest, RealNumbersAreWrittenAsUnderTheCLocaleWhateverTheProcessLocale)
{
    TRYGG_SKIP_ON_WINDOWS("POSIX locale names (da_DK.UTF-8), which Windows' C runtime does not take");
    for (const char *locale : NordicLocales) {
        std::string expected[std::size(Figures)];
        {
            ScopedLocale c("C");
            for (std::size_t i = 0; i < std::size(Figures); ++i)
                expected[i] = std::to_string(Figures[i]); // what versions before 0.11 wrote under C
        }
        ScopedLocale nordic(locale);
        ASSERT_TRUE(nordic.ok()) << locale << " is not installed (scripts/install-deps.sh makes it)";
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.1f", 1.5);
        ASSERT_STREQ(probe, "1,5") << locale << " should have a decimal comma";
        for (std::size_t i = 0; i < std::size(Figures); ++i) {
            EXPECT_EQ(fieldOf(Figures[i]), expected[i]) << locale;
            // And the comma form is exactly what they wrote under this locale.
            EXPECT_EQ(fieldOf(Figures[i], ContentText::DecimalMark::Comma), std::to_string(Figures[i])) << locale;
        }
    }
}

TEST(ContentTextTest, FieldsAndRecordsAreSeparatedAndAbsentValuesMarked)
{
    ContentText text;
    text << std::string("Visma") << 42 << Id{7} << true << std::optional<int>() << Date{2025, 3, 1}
         << std::vector<Id>{3, 1};
    text.endRecord();
    EXPECT_EQ(text.text(), "Visma\x1f" "42\x1f" "7\x1f" "1\x1f" "-\x1f" "2025-03-01\x1f" "3,1,\x1f\x1e");
    EXPECT_EQ(text.digest().size(), 16u);
    ContentText other;
    other << std::string("Visma");
    EXPECT_NE(other.digest(), text.digest());
}

class ApprovalUnderLocaleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        file = std::make_unique<RegisterFile>(RegisterFile::create(dir.file("k.trygg"), "dk", "Gentofte"));
        const Id unit = file->addUnit({0, "Skole", std::nullopt});
        RiskAssessment a;
        a.name = "Skole 2025";
        a.unitId = unit;
        a.date = Date{2025, 5, 1};
        const Id assessment = file->addAssessment(a);
        Measure m;
        m.assessmentId = assessment;
        m.what = "To-faktor-login";
        m.hours = 12.5;
        m.cost = 3400.75;
        measure = file->addMeasure(m);
    }

    TempDir dir;
    std::unique_ptr<RegisterFile> file;
    Id measure = 0;
};

TEST_F(ApprovalUnderLocaleTest, ApprovedUnderANordicLocaleIsValidUnderCAndTheOtherWayRound)
{
    TRYGG_SKIP_ON_WINDOWS("POSIX locale names (da_DK.UTF-8), which Windows' C runtime does not take");
    for (const char *locale : NordicLocales) {
        SCOPED_TRACE(locale);
        {
            ScopedLocale nordic(locale);
            ASSERT_TRUE(nordic.ok());
            file->addApproval({0, Approval::Subject::Plan, std::nullopt, "Borgmester", "Borgmester", Date{2025, 6, 1}, ""});
        }
        ScopedLocale c("C");
        for (const ApprovalStatus &status : approvalStatuses(file->load()))
            EXPECT_EQ(status.state, ApprovalState::Current);
    }
    Approval underC{0, Approval::Subject::Plan, std::nullopt, "Kommunaldirektør", "Direktør", Date{2025, 6, 2}, ""};
    file->addApproval(underC);
    for (const char *locale : NordicLocales) {
        ScopedLocale nordic(locale);
        for (const ApprovalStatus &status : approvalStatuses(file->load()))
            EXPECT_EQ(status.state, ApprovalState::Current) << locale;
    }
}

// The text 0.10 digested for a plan of one measure treating no risk, written as it wrote it: fields by
// std::to_string under the process's locale.
std::string legacyPlanFingerprint(const Measure &m)
{
    std::string text = std::to_string(m.id) + '\x1f' + m.what + '\x1f' + "-\x1f" + "-\x1f" + std::to_string(m.hours) +
                       '\x1f' + std::to_string(m.cost) + '\x1f' + '\x1f' + '\x1e';
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char ch : text) {
        hash ^= ch;
        hash *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

TEST_F(ApprovalUnderLocaleTest, ApprovalsRecordedByEarlierVersionsUnderEitherLocaleStayValid)
{
    TRYGG_SKIP_ON_WINDOWS("POSIX locale names (da_DK.UTF-8), which Windows' C runtime does not take");
    const RegisterData data = file->load();
    const Measure &m = data.measures.front();
    std::string fingerprints[2];
    {
        ScopedLocale c("C");
        fingerprints[0] = legacyPlanFingerprint(m);
    }
    {
        ScopedLocale da("da_DK.UTF-8");
        ASSERT_TRUE(da.ok());
        fingerprints[1] = legacyPlanFingerprint(m);
    }
    ASSERT_NE(fingerprints[0], fingerprints[1]);
    EXPECT_EQ(fingerprints[0], approvalFingerprint(data, Approval::Subject::Plan, std::nullopt));
    for (const std::string &fingerprint : fingerprints) {
        RegisterData withApproval = data;
        withApproval.approvals = {{1, Approval::Subject::Plan, std::nullopt, "Borgmester", "Borgmester",
                                   Date{2024, 6, 1}, fingerprint}};
        EXPECT_TRUE(approvalStillValid(withApproval, withApproval.approvals.front()));
        Measure changed = m;
        changed.hours = 13;
        withApproval.measures = {changed};
        EXPECT_FALSE(approvalStillValid(withApproval, withApproval.approvals.front()))
            << "a change of what was approved outdates it";
    }
}

} // namespace
