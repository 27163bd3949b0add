// SPDX-License-Identifier: EUPL-1.2
// The document: every edit is in the file at once, undo and redo restore exactly, refused edits
// change nothing.
#include "UiTestSupport.h"

#include "model/Error.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>

#include <filesystem>

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
    const int before = risk.probability.value_or(0);
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

// Issue 15: deleting the round just started from the last one opens the last one again, its open measures
// back on its lines; one undo brings the new round back and closes the old one again.
TEST(RegisterDocument, DeletingANewRoundReopensTheOldOneAndUndoClosesItAgain)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const RegisterData before = reloaded(*document);
    const RiskAssessment &old = before.assessments.front();
    ASSERT_FALSE(old.frozen);
    RiskAssessment next;
    next.name = "Neste runde";
    next.date = old.date.addDays(400);
    const std::optional<Id> started = document->startRound(old.id, next);
    ASSERT_TRUE(started.has_value());
    const RegisterData afterStart = reloaded(*document);
    ASSERT_TRUE(RegisterData::findById(afterStart.assessments, old.id)->frozen);

    ASSERT_TRUE(document->removeAssessment(*started));
    RegisterData now = reloaded(*document);
    EXPECT_EQ(now.assessments, before.assessments);
    EXPECT_EQ(now.risks, before.risks);
    EXPECT_EQ(now.measures, before.measures);
    EXPECT_EQ(document->data().assessments, before.assessments);

    document->undoStack()->undo();
    now = reloaded(*document);
    EXPECT_EQ(now.assessments, afterStart.assessments);
    EXPECT_EQ(now.risks, afterStart.risks);
    EXPECT_EQ(now.measures, afterStart.measures);
    document->undoStack()->redo();
    EXPECT_FALSE(RegisterData::findById(reloaded(*document).assessments, old.id)->frozen);
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

// Undo gives back everything a deletion took: the reviews of the deleted asset, assessment or measure
// (002 §26-27), the acceptances of its risks, and the incidents' links to them (003 section 3.8).
TEST(RegisterDocument, UndoingADeletionBringsBackItsReviewsAcceptancesAndIncidentLinks)
{
    TempDir dir;
    auto document = demoDocument(dir, 20, 60, "no", false);
    const RegisterData &data = document->data();
    // An assessment with a measure treating one of its risks, and that risk's asset.
    const Measure *measure = nullptr;
    for (const Measure &m : data.measures)
        if (!m.riskIds.empty() && RegisterData::findById(data.risks, m.riskIds.front())->assetId) {
            measure = &m;
            break;
        }
    ASSERT_NE(measure, nullptr);
    const Id measureId = measure->id;
    const Id assessmentId = measure->assessmentId;
    const Id riskId = measure->riskIds.front();
    const Id assetId = *RegisterData::findById(data.risks, riskId)->assetId;
    ASSERT_TRUE(document->addReview({0, ReviewKind::Asset, assetId, Date{2026, 3, 1}, "Kari", ""}).has_value());
    ASSERT_TRUE(document->addReview({0, ReviewKind::Measure, measureId, Date{2026, 3, 2}, "Kari", ""}).has_value());
    ASSERT_TRUE(document->addReview({0, ReviewKind::Assessment, assessmentId, Date{2026, 3, 3}, "Kari", ""}));
    Risk risk = *RegisterData::findById(data.risks, riskId);
    risk.residualProbability = risk.probability; // stays where it is: an acceptance is allowed
    risk.residualConsequence = risk.consequence;
    ASSERT_TRUE(document->editRisk(risk));
    const bool accepted =
        document->addAcceptance({0, riskId, "Rådmann", "rådmann", Date{2026, 3, 4}, "Kostnad", Date{2027, 3, 4}})
            .has_value();
    Incident incident;
    incident.discovered = DateTime{Date{2026, 3, 5}, 8, 0};
    incident.reportedBy = "Kari";
    incident.description = "Uautorisert innlogging";
    incident.assetIds = {assetId};
    incident.riskIds = {riskId};
    incident.measureIds = {measureId};
    const auto incidentId = document->addIncident(incident);
    ASSERT_TRUE(incidentId.has_value());

    const auto cycleOf = [](const RegisterData &d, Id asset, Id assessment, Id measureOf, Id riskOf) {
        std::vector<std::string> cycle;
        for (const Review &r : d.reviews)
            if ((r.kind == ReviewKind::Asset && r.objectId == asset) ||
                (r.kind == ReviewKind::Assessment && r.objectId == assessment) ||
                (r.kind == ReviewKind::Measure && r.objectId == measureOf))
                cycle.push_back("review " + std::to_string(r.id) + " " + r.date.toIso());
        for (const RiskAcceptance &a : d.acceptances)
            if (a.riskId == riskOf)
                cycle.push_back("acceptance " + std::to_string(a.id) + " " + a.justification);
        for (const Incident &i : d.incidents)
            cycle.push_back("incident " + std::to_string(i.id) + " " + std::to_string(i.assetIds.size()) + " " +
                            std::to_string(i.riskIds.size()) + " " + std::to_string(i.measureIds.size()));
        return cycle;
    };
    const auto cycleNow = [&] { return cycleOf(reloaded(*document), assetId, assessmentId, measureId, riskId); };
    const std::vector<std::string> before = cycleNow();
    ASSERT_TRUE(accepted);
    ASSERT_EQ(before.size(), 5u);

    ASSERT_TRUE(document->removeAsset(assetId));
    EXPECT_EQ(reloaded(*document).incidents.front().assetIds.size(), 0u);
    document->undoStack()->undo();
    EXPECT_EQ(cycleNow(), before);
    EXPECT_EQ(cycleOf(document->data(), assetId, assessmentId, measureId, riskId), before); // memory as the file

    ASSERT_TRUE(document->removeMeasure(measureId));
    document->undoStack()->undo();
    EXPECT_EQ(cycleNow(), before);

    ASSERT_TRUE(document->removeAssessment(assessmentId));
    const RegisterData gone = reloaded(*document);
    EXPECT_TRUE(gone.incidents.front().riskIds.empty());
    EXPECT_TRUE(gone.incidents.front().measureIds.empty());
    EXPECT_EQ(gone.incidents.front().assetIds.size(), 1u); // the asset stays
    document->undoStack()->undo();
    EXPECT_EQ(cycleNow(), before);
    document->undoStack()->redo();
    EXPECT_EQ(cycleNow().size(), 2u); // the asset's review and the incident are left
}

// Issue 11: a failed undo or redo keeps the undo stack, the file and the window in step and says so. The
// file is changed behind the window's back (another program, a restored copy), so the step cannot be made.
TEST(RegisterDocument, AFailedUndoOrRedoKeepsStackFileAndWindowInStepAndSaysSo)
{
    TempDir dir;
    auto document = demoDocument(dir, 5, 10);
    QUndoStack *stack = document->undoStack();
    QSignalSpy failed(document.get(), &RegisterDocument::editFailed);
    const std::optional<Id> unit = document->addUnit({0, "Kultur", std::nullopt});
    ASSERT_TRUE(unit);
    ASSERT_EQ(stack->index(), 1);

    Statement(document->file().database(), "DELETE FROM unit WHERE id = ?1").bind(1, *unit).run();
    stack->undo();
    QCoreApplication::processEvents();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().startsWith(QStringLiteral("Undo failed, nothing was changed:")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(stack->index(), 1) << "the stack still holds the step it could not undo";
    EXPECT_TRUE(stack->canUndo());
    EXPECT_FALSE(stack->canRedo());
    EXPECT_EQ(RegisterData::findById(document->data().units, *unit), nullptr) << "the window shows the file";
    EXPECT_EQ(RegisterData::findById(reloaded(*document).units, *unit), nullptr);

    // Put back, it can be undone; then a unit under its id blocks the redo.
    Statement(document->file().database(), "INSERT INTO unit (id, name) VALUES (?1, 'Kultur')").bind(1, *unit).run();
    stack->undo();
    QCoreApplication::processEvents();
    ASSERT_EQ(stack->index(), 0);
    ASSERT_EQ(failed.count(), 1);
    Statement(document->file().database(), "INSERT INTO unit (id, name) VALUES (?1, 'Bibliotek')").bind(1, *unit).run();
    stack->redo();
    QCoreApplication::processEvents();
    ASSERT_EQ(failed.count(), 2);
    EXPECT_TRUE(failed.at(1).at(0).toString().startsWith(QStringLiteral("Redo failed, nothing was changed:")));
    EXPECT_EQ(stack->index(), 0);
    EXPECT_TRUE(stack->canRedo());
    ASSERT_NE(RegisterData::findById(document->data().units, *unit), nullptr);
    EXPECT_EQ(RegisterData::findById(document->data().units, *unit)->name, "Bibliotek");

    // Once the file allows it again, the same step goes through.
    Statement(document->file().database(), "DELETE FROM unit WHERE id = ?1").bind(1, *unit).run();
    stack->redo();
    QCoreApplication::processEvents();
    EXPECT_EQ(failed.count(), 2);
    EXPECT_EQ(stack->index(), 1);
    EXPECT_EQ(RegisterData::findById(reloaded(*document).units, *unit)->name, "Kultur");
}

// Deleting several measures is one action: one undo step that brings all of them back with their links.
TEST(RegisterDocument, DeletingSeveralMeasuresIsOneUndoStep)
{
    TempDir dir;
    auto document = demoDocument(dir);
    const RegisterData before = reloaded(*document);
    ASSERT_GE(before.measures.size(), 3u);
    const std::vector<Id> ids{before.measures[0].id, before.measures[1].id, before.measures[2].id};
    ASSERT_TRUE(document->removeMeasures(ids));
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Delete 3 measures"));
    EXPECT_EQ(reloaded(*document).measures.size(), before.measures.size() - 3);
    document->undoStack()->undo();
    EXPECT_TRUE(reloaded(*document).measures == before.measures);
    EXPECT_TRUE(document->data().measures == before.measures);
}

// Issue 19: a writable register whose write lock cannot be made (here: the lock's name is too long for the
// folder; in use, a folder the user may not write) opens read-only with the reason, not refused.
TEST(RegisterDocument, RegisterWhoseLockCannotBeMadeOpensReadOnlyWithTheReason)
{
    TempDir dir;
    const std::string path = dir.file(std::string(245, 'r') + ".trygg"); // with ".lock": 256 characters
    RegisterFile::create(dir.file("short.trygg"), "no", "K");
    std::filesystem::copy_file(dir.file("short.trygg"), path);
    auto document = RegisterDocument::open(QString::fromStdString(path));
    ASSERT_TRUE(document);
    EXPECT_TRUE(document->readOnly());
    EXPECT_FALSE(document->lockHolder().has_value());
    EXPECT_TRUE(document->lockProblem().contains(QStringLiteral("lock file"))) << document->lockProblem().toStdString();
    EXPECT_EQ(document->data().info.name, "K");
}
