// SPDX-License-Identifier: EUPL-1.2
#include "EmptyPageHints.h"

#include "EmptyHint.h"

#include "assets/AssetsView.h"
#include "document/RegisterDocument.h"
#include "plan/ActionPlanView.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"

#include <QCoreApplication>
#include <QTableView>

namespace trygg::ui {

namespace {

class EmptyPageHints {
    Q_DECLARE_TR_FUNCTIONS(trygg::ui::EmptyPageHints)

public:
    static QString assets(const RegisterData &data)
    {
        if (!data.assets.empty())
            return {}; // a filter shows none
        return tr("No assets yet. Start with your section's IT systems, files and registers: press New asset, "
                  "or bring them in from a spreadsheet or KITOS with File > Import assets or risks. "
                  "F1 opens the guide.");
    }

    static QString form(const RiskFormView *view)
    {
        if (view->model()->rowCount() > 0)
            return {}; // a filter shows none
        if (!view->assessmentId())
            return tr("No risk assessment yet. Press New assessment above to start one for your section; then "
                      "add a line for each thing that can go wrong. F1 opens the guide.");
        return tr("This assessment has no lines yet. Press Add line (Ctrl+Enter), describe what can happen, and "
                  "type the probability and the consequence. F1 opens the guide.");
    }

    static QString plan(const RegisterData &data)
    {
        if (!data.measures.empty())
            return {};
        if (data.assessments.empty())
            return tr("No measures yet. A measure treats risks of an assessment: fill in the risk form first. "
                      "F1 opens the guide.");
        return tr("No measures yet. Select lines above the acceptance line in the risk form and choose Create "
                  "measure from selected lines, or press New measure. F1 opens the guide.");
    }
};

} // namespace

void addEmptyPageHints(RegisterDocument *document, AssetsView *assets, RiskFormView *risks, ActionPlanView *plan)
{
    new EmptyHint(assets->table(), [document] { return EmptyPageHints::assets(document->data()); });
    new EmptyHint(risks->table(), [risks] { return EmptyPageHints::form(risks); });
    new EmptyHint(plan->table(), [document] { return EmptyPageHints::plan(document->data()); });
}

} // namespace trygg::ui
