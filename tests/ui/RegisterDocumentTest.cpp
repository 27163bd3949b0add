// The document: every edit is in the file at once, undo and redo restore exactly, refused edits
// change nothing.
#include "UiTestSupport.h"

#include "model/Error.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace trygg;
using namespace trygg::ui;

namespace {

RegisterData reloaded(const RegisterDocument &document)
{
    return RegisterFile::open(document.path().toStdString(), RegisterFile::Access::ReadOnly).load();
}

} // namespace

TEST(RegisterDocument, EditIsWrittenAtOnceAndUndoRestoresTheFile)
{
    TempDir dir;
    auto document = demoDocument(dir);
    Risk risk = document->data().risks.front();
    const int before = risk.probability;
    risk.probability = before == 1 ? 2 : 1;
    ASSERT_TRUE(document->editRisk(risk));
    EXPECT_EQ(reloaded(*document).risks.front().probability, risk.probability);
    EXPECT_EQ(document->data().risks.front().probability, risk.probability);
    EXPECT_TRUE(document->undoStack()->undoText().startsWith(QStringLiteral("Edit risk line")));
    document->undoStack()->undo();
    EXPECT_EQ(reloaded(*document).risks.front().probability, before);
    EXPECT_EQ(document->data().risks.front().probability, before);
    document->undoStack()->redo();
    EXPECT_EQ(reloaded(*document).risks.front().probability, risk.probability);
}

TEST(RegisterDocument, RefusedEditChangesNothingAndSaysWhy)
{
    TempDir dir;
    auto document = demoDocument(dir);
    QSignalSpy failed(document.get(), &RegisterDocument::editFailed);
    Risk risk = document->data().risks.front();
    risk.probability = 9;
    EXPECT_FALSE(document->editRisk(risk));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("probability 9")));
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_NE(reloaded(*document).risks.front().probability, 9);
}

TEST(RegisterDocument, DeletingRisksAndUndoRestoresThemWithTheirMeasureLinks)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const Measure measure = document->data().measures.front();
    ASSERT_FALSE(measure.riskIds.empty());
    const Id riskId = measure.riskIds.front();
    const std::size_t risks = document->data().risks.size();
    ASSERT_TRUE(document->removeRisks({riskId}));
    EXPECT_EQ(reloaded(*document).risks.size(), risks - 1);
    const Measure *after = RegisterData::findById(document->data().measures, measure.id);
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(std::count(after->riskIds.begin(), after->riskIds.end(), riskId), 0);
    document->undoStack()->undo();
    const RegisterData restored = reloaded(*document);
    EXPECT_EQ(restored.risks.size(), risks);
    EXPECT_NE(RegisterData::findById(restored.risks, riskId), nullptr);
    EXPECT_EQ(RegisterData::findById(restored.measures, measure.id)->riskIds, measure.riskIds);
}

TEST(RegisterDocument, DeletingAnAssessmentAndUndoRestoresEverything)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const RegisterData before = reloaded(*document);
    ASSERT_TRUE(document->removeAssessment(before.assessments.front().id));
    EXPECT_LT(reloaded(*document).risks.size(), before.risks.size());
    document->undoStack()->undo();
    const RegisterData after = reloaded(*document);
    EXPECT_EQ(after.risks.size(), before.risks.size());
    EXPECT_EQ(after.measures.size(), before.measures.size());
    for (std::size_t i = 0; i < before.measures.size(); ++i)
        EXPECT_EQ(after.measures[i].riskIds, before.measures[i].riskIds);
}

TEST(RegisterDocument, AddAndMoveRiskLines)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const Id assessment = document->data().assessments.front().id;
    Risk risk;
    risk.assessmentId = assessment;
    risk.threat = QStringLiteral("Strømbrudd i serverrom").toStdString();
    const auto id = document->addRisk(risk);
    ASSERT_TRUE(id.has_value());
    const Risk *added = RegisterData::findById(document->data().risks, *id);
    ASSERT_NE(added, nullptr);
    int last = 0;
    for (const Risk &r : document->data().risks)
        if (r.assessmentId == assessment)
            last = std::max(last, r.position);
    EXPECT_EQ(added->position, last);
    ASSERT_TRUE(document->moveRisk(*id, -1));
    EXPECT_EQ(RegisterData::findById(document->data().risks, *id)->position, last - 1);
    EXPECT_TRUE(document->moveRisk(*id, +1));
    EXPECT_EQ(RegisterData::findById(document->data().risks, *id)->position, last);
    EXPECT_FALSE(document->moveRisk(*id, +1)); // the last line cannot go further down
    document->undoStack()->undo();
    EXPECT_EQ(RegisterData::findById(document->data().risks, *id)->position, last - 1);
}

TEST(RegisterDocument, ReadOnlyDocumentRefusesEdits)
{
    TempDir dir;
    const QString path = demoDocument(dir)->path();
    auto document = RegisterDocument::open(path, true);
    QSignalSpy failed(document.get(), &RegisterDocument::editFailed);
    Risk risk = document->data().risks.front();
    risk.threat = "x";
    EXPECT_FALSE(document->editRisk(risk));
    EXPECT_EQ(failed.count(), 1);
}
