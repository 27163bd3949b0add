#pragma once

// Qt first: moc 6.4 cannot parse <compare> (via the core headers) when it comes before <QObject>.
#include <QAbstractTableModel>
#include <QTimer>

#include "deadlines/DeadlineRule.h"
#include "model/Date.h"
#include "model/Ids.h"
#include "risk/RiskRules.h"

#include <optional>
#include <vector>

namespace trygg {
class RiskMatrix;
struct Measure;
} // namespace trygg

namespace trygg::ui {

class RegisterDocument;
enum class RecordKind;

// The handlingsplan (003 Trinn 4, 002 §25 stk. 6): every measure of the register in the order of
// core actionPlan(), with what, who, by when, status, resources (004) and the risks it treats.
//
// The plan is computed once and cached by measure id, so data() only does binary searches. Changes
// of the document are collected and the plan recomputed once per event-loop turn (refresh() does it
// at once): an action that touches hundreds of records costs one ranking, not hundreds.
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
        int priority = 0;
    };
    struct Row {
        Id measureId = 0;
        int priority = 0;
        DueState due = DueState::NoDeadline;
        std::vector<RiskEntry> risks; // most urgent first
    };

    static bool sameLine(const Row &a, const Row &b);
    void documentChanged(RecordKind kind, std::optional<Id> measureId);
    void recompute();
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
    Date m_today;
    // What changed since the last recompute(): everything, or these measures (and whatever the
    // new ranking moves).
    bool m_allChanged = false;
    std::vector<Id> m_changedMeasures;
    QTimer m_refreshTimer; // single shot, 0 ms: coalesces the document's signals
    bool m_active = true;
    bool m_stale = false; // changed while inactive
    QTimer m_dayTimer;     // notices midnight: due states move with the date
};

} // namespace trygg::ui
