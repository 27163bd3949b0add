// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QGroupBox>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace trygg::ui {

class RegisterDocument;

// Beside the risk form (issue 15): what changed since the round the shown assessment was started from,
// each line with its change (new, removed, higher, lower, unchanged) and both scores in their zone
// colours, the old score also in the tooltip; the measures completed between the rounds and those still
// open. Hidden for an assessment that was not started from another.
class RoundComparisonPanel : public QGroupBox {
    Q_OBJECT

public:
    RoundComparisonPanel(RegisterDocument *document, QWidget *parent = nullptr);

    void setAssessment(std::optional<Id> assessmentId);
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *printButton() const { return m_print; }

signals:
    // Print the comparison (the report of the same name) of these two rounds.
    void printRequested(const std::vector<trygg::Id> &fromRound, const std::vector<trygg::Id> &toRound);

private:
    void refresh();

    RegisterDocument *m_document;
    std::optional<Id> m_assessment;
    std::optional<Id> m_previous;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_print;
};

} // namespace trygg::ui
