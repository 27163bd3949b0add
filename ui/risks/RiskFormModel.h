// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "document/RegisterDocument.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace trygg {
class RiskMatrix;
}

namespace trygg::ui {

// The risk lines of one assessment as the 003 Vedlegg 2 form: one row per "Hva kan skje?", in entry
// order, with S, K, Produkt and Prioritet. Scores, zones and priorities come from the core (scoreOf,
// prioritiseRisks); edits go through RegisterDocument::editRisk.
class RiskFormModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Vedlegg 2 first (what can happen, S, K, Produkt, Prioritet), so Tab goes from the text straight to
    // the levels; the details of the line follow.
    enum Column {
        NumberColumn,
        ThreatColumn,
        ProbabilityColumn,
        ConsequenceColumn,
        ManyAffectedColumn,
        EffectiveConsequenceColumn,
        ScoreColumn,
        PriorityColumn,
        ZoneColumn,
        AssetColumn,
        AspectsColumn,
        KnowledgeColumn,
        ExistingMeasuresColumn,
        ResidualProbabilityColumn,
        ResidualConsequenceColumn,
        MeasuresColumn,
        ColumnCount
    };

    enum Role {
        // The plain value of a cell (level, score, priority, id...), for sorting and tests.
        ValueRole = Qt::UserRole + 1,
        // Cells chosen from a list (levels, asset, knowledge): the items' texts and their EditRole values.
        ChoiceTextsRole,
        ChoiceValuesRole,
        // The choices are a level scale: typing its number picks the level (003 Vedlegg 2 "1 2 3 4 5").
        DigitEntryRole,
        // Several choices may be made; the EditRole value is their values or-ed (the aspects).
        MultipleChoiceRole,
    };

    explicit RiskFormModel(RegisterDocument *document, QObject *parent = nullptr);

    void setAssessment(std::optional<Id> assessmentId);
    std::optional<Id> assessmentId() const { return m_assessmentId; }
    // The acceptance criteria the assessment was created with; nullptr without an assessment.
    const RiskMatrix *matrix() const;

    Id riskIdAt(int row) const;
    int rowOf(Id id) const;      // -1 if the risk is not in this form
    int priorityOf(Id id) const; // 0 if not ranked

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    const Risk *riskAt(int row) const;
    QVariant displayData(const Risk &risk, int row, int column) const;
    QVariant valueData(const Risk &risk, int row, int column) const;
    QVariant toolTipData(const Risk &risk, int column) const;
    // Issue 13: the levels' own shades, the zone colour on product and zone (Qt::BackgroundRole and ForegroundRole).
    QVariant colourData(const Risk &risk, int column, int role) const;
    // Rounds (issue 15): a closed round is read-only; a carried line says where it came from.
    bool closedRound() const;
    QString carriedToolTip(const Risk &risk) const;
    QVariant roundMark(const Risk &risk) const;
    QVariant choiceData(const Risk &risk, int column, int role) const;
    // A copy of `risk` with the cell's new value; nullopt when the value is refused.
    std::optional<Risk> changedRisk(const Risk &risk, int column, const QVariant &value, int role) const;
    bool isLevel(int column) const;

    void onRecordChanged(RecordKind kind, Id id);
    void onRecordsReset(RecordKind kind);
    // The assessment's lines, ordered by position (then id), from the document.
    std::vector<Id> collectRows() const;
    void rebuild();
    void sortRowsIfNeeded();
    void indexRows();
    void recomputePriorities();
    void recomputeMeasures();
    void emitColumnChanged(int column);

    RegisterDocument *m_document;
    std::optional<Id> m_assessmentId;
    std::vector<Id> m_rows;
    std::unordered_map<Id, int> m_rowOf;
    std::vector<int> m_priorities;                  // by row
    std::unordered_map<Id, QStringList> m_measures; // risk id -> what of the measures treating it
};

} // namespace trygg::ui
