// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "document/RegisterDocument.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace trygg::ui {

// What the asset register lacks for one asset, in the user's language: no owner (002 §30), no
// deputy for a system owner (002 §12 stk. 6), owner and deputy the same person, and a system owner
// who is also IT security leader or IT-responsible (002 §20). The same rules as the register check
// (core/check/RegisterCheck.cpp) applied to one asset. Ids that are not in data.people count as
// people (a name typed in the editor that is not stored yet).
std::vector<QString> assetWarnings(const RegisterData &data, const Asset &asset);

// The asset register (002 §30) as a table: one row per asset, in the order of data().assets.
// Only the name is edited in place; the other fields through AssetEditorDialog.
class AssetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        UnitColumn,
        OwnerColumn,
        DeputyColumn,
        PersonalDataColumn,
        PersonsColumn,
        AgreementColumn,
        ConfidentialityColumn,
        IntegrityColumn,
        AvailabilityColumn,
        ClassificationColumn,
        OperatorColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role {
        // Numbers as numbers, texts as texts; empty cells give an invalid QVariant (sorted last).
        SortRole = Qt::UserRole,
        AssetIdRole,      // qint64, any column
        WarningCountRole, // int, any column
    };

    explicit AssetTableModel(RegisterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    RegisterDocument *document() const { return m_document; }
    // The document classification words of a register's country (003 section 7; offentlighedsloven;
    // offentlighets- och sekretesslagen), most open first: a Norwegian register is offered Norwegian
    // words only (issue 18). Stored as typed, so a municipality may use its own.
    static QStringList classificationWords(const std::string &language);
    // nullptr when the row is out of range.
    const Asset *assetAt(int row) const;
    // -1 when there is no such asset.
    int rowOf(Id assetId) const;
    const std::vector<QString> &warningsAt(int row) const;

private:
    void onRecordChanged(RecordKind kind, Id id);
    void onRecordsReset(RecordKind kind);
    void recomputeWarnings();
    void emitColumnsChanged(int first, int last);
    QVariant displayData(const Asset &asset, int row, int column) const;
    QVariant sortData(const Asset &asset, int row, int column) const;

    RegisterDocument *m_document;
    int m_rowCount = 0;
    // Per row, refreshed when assets or people change, so data() does no more than look-ups.
    std::vector<std::vector<QString>> m_warnings;
};

} // namespace trygg::ui
