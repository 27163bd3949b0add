#include "cycle/Treatment.h"

#include "model/RegisterData.h"

#include <map>
#include <tuple>

namespace trygg {

std::vector<TreatmentNeed> treatmentNeeds(const RegisterData &data, Date today)
{
    std::map<Id, const RiskAcceptance *> latest;
    for (const RiskAcceptance &acceptance : data.acceptances) {
        const RiskAcceptance *&slot = latest[acceptance.riskId];
        if (!slot || std::tie(slot->date, slot->id) < std::tie(acceptance.date, acceptance.id))
            slot = &acceptance;
    }
    // For each risk: whether a measure treats it, and whether one of them is still open.
    struct Treated {
        bool any = false;
        bool open = false;
    };
    std::map<Id, Treated> treated;
    for (const Measure &measure : data.measures) {
        if (measure.status == MeasureStatus::Cancelled)
            continue; // a cancelled measure treats nothing
        for (Id riskId : measure.riskIds) {
            Treated &t = treated[riskId];
            t.any = true;
            t.open = t.open || !measureFinished(measure);
        }
    }

    std::vector<TreatmentNeed> needs;
    for (std::size_t i = 0; i < data.risks.size(); ++i) {
        const Risk &risk = data.risks[i];
        const RiskMatrix &matrix = data.matrixOf(risk);
        TreatmentNeed need;
        need.riskIndex = i;
        need.score = standingScoreOf(matrix, risk);
        if (!aboveAcceptanceLine(matrix, need.score))
            continue;
        const auto found = treated.find(risk.id);
        if (residualScoreOf(matrix, risk))
            need.stage = TreatmentStage::ResidualAbove;
        else if (found == treated.end())
            need.stage = TreatmentStage::Untreated;
        else
            need.stage = found->second.open ? TreatmentStage::InTreatment : TreatmentStage::ResidualToScore;
        if (auto acceptance = latest.find(risk.id); acceptance != latest.end()) {
            need.acceptance = acceptance->second;
            need.state = today <= acceptance->second->expires ? AcceptanceState::Valid : AcceptanceState::Expired;
        }
        needs.push_back(need);
    }
    return needs;
}

} // namespace trygg
