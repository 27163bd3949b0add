// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Qt first: moc 6.4 cannot parse <compare> (via the core headers) when it comes before <QObject>.
#include <QAbstractTableModel>
#include <QTimer>

#include "deadlines/DeadlineRule.h"
#include "edit/Edit.h"
#include "model/Date.h"
#include "model/Ids.h"
#include "plan/RankedPlan.h"
#include "risk/RiskRules.h"

#include <optional>
#include <vector>

namespace trygg {
class RiskMatrix;
struct Measure;
} // namespace trygg

namespace trygg::ui {

class RegisterDocument;

// The handlingsplan (003 Trinn 4, 002 §25 stk. 6): every measure of the register in the order of
// core actionPlan(), with what, who, by when, status, resources (004) and the risks it treats.
//
// The plan is computed once and cached by measure id, so data() only does binary searches. The edits of
// the document are collected and the plan brought up to date once per event-loop turn (refresh() does it
// at once): only the lines they touch are ranked again (core updatePlan) and moved with rows removed and
// inserted, so that a sorting proxy places them instead of sorting the whole plan again.
class ActionPlanModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        PriorityColumn,
        WhatColumn,
        ResponsibleColumn,
        DeadlineColumn,
        StatusColumn,
        HoursColumn,
        CostColumn,
        FollowUpColumn,
        RisksColumn,
        TopScoreColumn,
        ZoneColumn,
        UnitColumn,
        AssessmentColumn,
        ColumnCount
    };

    enum Role {
        MeasureIdRole = Qt::UserRole + 1, // qlonglong
        DueStateRole,                     // int of trygg::DueState
        UnitIdRole,                       // qlonglong, invalid when the assessment has no unit
        ResponsibleIdRole,                // qlonglong, invalid when nobody is responsible
        StatusRole,                       // int of trygg::MeasureStatus
        SortRole,                         // a value that sorts as the column should (numbers, dates)
    };

    explicit ActionPlanModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits the measure through the document (one undo step). Qt::EditRole values: text for what and
    // follow-up; a person id (qlonglong), a new person's name (QString, the person is created) or
    // nothing for the responsible; a QDate (null = no deadline); an int of MeasureStatus; doubles for
    // hours and cost.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What the summary line adds up over the rows shown.
    struct Totals {
        int overdue = 0;
        double hours = 0;
        double cost = 0;
    };
    // Over these rows (ascending), or over every row when there is no list: read directly, not through
    // data(), since the summary adds up 33,500 measures after every edit.
    Totals totals(const std::vector<int> *rows = nullptr) const;

    Id measureIdAt(int row) const;
    // Hours and amounts as the user's locale writes them ("1 234,5").
    static QString numberText(double value);
    // The row of a measure, -1 if it is not in the plan.
    int rowOf(Id measureId) const;
    // Recomputes the plan now if the document changed since the last time.
    void refresh();
    // While inactive (its page hidden) the plan is not recomputed on every edit: with 100,000 risks that
    // costs a tenth of a second per edit. It is when the page is shown again, or on refresh().
    void setActive(bool active);

private:
    // One line of the plan, by ids: safe to read even if the document changed since it was made.
    struct RiskEntry {
        Id riskId = 0;
        RiskScore score;
    };
    struct Row {
        Id measureId = 0;
        int priority = 0;
        DueState due = DueState::NoDeadline;
        std::vector<RiskEntry> risks; // most urgent first
    };

    static bool sameLine(const Row &a, const Row &b);
    Row rowOf(const PlanEntry &entry) const;
    void editWritten(const Edit &written);
    void recompute();
    // The plan ranked anew: rows compared line by line, moved by a layout change or reset.
    void replaceRows(const std::vector<Id> &changedMeasures);
    // `rows` in place of the rows shown: the same measures in another order, in one layout change that
    // keeps persistent indexes (selections) on their measures.
    void reorderRows(std::vector<Row> rows);
    // After an update that placed these measures (ascending) again: those that moved are removed and
    // inserted, the others' priorities renumbered. False if the rows did not follow the core's plan (a bug):
    // then the caller replaces them all.
    bool placeRows(const std::vector<Id> &placed);
    void emitChangedRuns(const std::vector<bool> &changed, int firstColumn, int lastColumn);
    const RiskMatrix &topRiskMatrix(const Row &row) const;
    QVariant displayData(const Row &row, const Measure &measure, int column) const;
    QVariant editData(const Measure &measure, int column) const;
    QVariant sortData(const Row &row, const Measure &measure, int column) const;
    QVariant toolTipData(const Row &row, const Measure &measure, int column) const;
    QString risksToolTip(const Row &row) const;
    bool applyEdit(Id measureId, int column, const QVariant &value);
    bool setResponsibleByName(Measure changed, const QString &name);

    RegisterDocument *m_document;
    std::vector<Row> m_rows;
    RankedPlan m_ranked; // what m_rows show, with the ranking of every risk
    Date m_today;
    // What changed since the last recompute(): everything, or what these edits wrote; and names shown
    // in every row (people, units, assessments).
    bool m_allChanged = false;
    Edit m_pending;
    bool m_namesChanged = false;
    QTimer m_refreshTimer; // single shot, 0 ms: coalesces the document's signals
    bool m_active = true;
    bool m_stale = false; // changed while inactive
    QTimer m_dayTimer;    // notices midnight: due states move with the date
};

} // namespace trygg::ui
