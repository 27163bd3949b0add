// SPDX-License-Identifier: EUPL-1.2
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
        if (data.inClosedRound(risk))
            continue; // its copy in the next round carries the need
        const RiskMatrix &matrix = data.matrixOf(risk);
        TreatmentNeed need;
        need.riskIndex = i;
        need.score = standingScoreOf(matrix, risk);
        if (!aboveAcceptanceLine(matrix, need.score))
            continue;
        // A measure under way is treatment, whatever the residual scored so far says ("or a new measure is
        // made"); an acceptance that ran out meanwhile is not asked for again until it is finished.
        const auto found = treated.find(risk.id);
        if (found != treated.end() && found->second.open)
            need.stage = TreatmentStage::InTreatment;
        else if (residualScoreOf(matrix, risk))
            need.stage = TreatmentStage::ResidualAbove;
        else
            need.stage = found == treated.end() ? TreatmentStage::Untreated : TreatmentStage::ResidualToScore;
        if (auto acceptance = latest.find(risk.id); acceptance != latest.end()) {
            need.acceptance = acceptance->second;
            need.state = today <= acceptance->second->expires ? AcceptanceState::Valid : AcceptanceState::Expired;
        }
        needs.push_back(need);
    }
    return needs;
}

} // namespace trygg
