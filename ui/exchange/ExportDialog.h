// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>
#include <QString>

#include "exchange/ExportTable.h"
#include "model/Ids.h"

#include <optional>

class QComboBox;

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

// File > Export: the asset register, the risks in priority order or the action plan, as CSV or XLSX
// (the same columns as `trygg-cli export`), for all units or one.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(const RegisterData &data, QWidget *parent = nullptr);

    ExportKind kind() const;
    ExportFormat format() const;
    std::optional<Id> unit() const;
    void setChoice(ExportKind kind, ExportFormat format);
    // "Eksempel kommune - assets.xlsx"
    QString suggestedFileName() const;
    // The file dialog's filter for the chosen format.
    QString fileFilter() const;
    // Writes the chosen export to `path` (whole or not at all), with permissions never wider than those
    // of `registerPath` when given; an empty string, or why it failed.
    QString exportTo(const QString &path, const QString &registerPath = {}) const;

private:
    const RegisterData &m_data;
    QComboBox *m_kind;
    QComboBox *m_format;
    QComboBox *m_unit;
};

} // namespace trygg::ui
