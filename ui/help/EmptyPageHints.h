// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace trygg::ui {

class ActionPlanView;
class AssetsView;
class RegisterDocument;
class RiskFormView;

// An empty register's pages say what to do first (issue 13): the asset register, the risk form and the
// action plan each get an EmptyHint naming the action to take while they have nothing to show.
void addEmptyPageHints(RegisterDocument *document, AssetsView *assets, RiskFormView *risks, ActionPlanView *plan);

} // namespace trygg::ui
