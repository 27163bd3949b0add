// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>
#include <QString>

#include "exchange/Csv.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportCheck.h"

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace trygg::ui {

class ImportMappingModel;
class ImportRowsModel;
class RegisterDocument;

// File > Import: assets or risks from a CSV or XLSX file. The file's columns are mapped to Trygg's
// columns by their names (English, Danish, Norwegian, Swedish, KITOS) and the user can change each
// mapping or ignore a column. Trygg's columns are named by the window's labels, which are also
// recognised in the file in every language (issue 13), and the columns that will be ignored are named. Every row is
// checked by a dry run of the import, and the rows with problems are shown with what is wrong. Import writes nothing
// unless every row is good, or the user has chosen to skip the rows with problems.
//
// Issue 19: the file's rows and columns are shown at once and lazily (models over the file, not a widget
// per column or cell), and the check runs in the background (ImportCheck) with its progress shown; a
// change of the mapping stops the check running and starts another.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    // `table` is the file as read by readImportFile(); `path` names it in messages and the history.
    ImportDialog(RegisterDocument *document, const QString &path, CsvTable table, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportKind kind() const;
    void setKind(ImportKind kind);
    // The Trygg column (index into assetColumns()/riskColumns()) file column `field` is read as; -1: ignored.
    void setColumnFor(int field, int column);
    std::vector<int> columnFor() const;
    void setSkipInvalidRows(bool skip);
    bool canImport() const;
    // The file's rows, with the problems of the last finished check.
    QTableView *rowsView() const { return m_rows; }
    ImportRowsModel *rowsModel() const { return m_rowsModel; }
    QTableView *mappingView() const { return m_mapping; }
    QString status() const;
    // What the preview says will be ignored ("Ignored: Kommentar, Løpenummer"); empty when nothing is.
    QString ignoredNote() const;
    // Is a check of the rows running? waitForCheck() blocks until it is done and shown.
    bool checking() const;
    void waitForCheck();
    // Runs the import; on success the dialog is accepted and summary() says what happened.
    bool runImport();
    const std::optional<ImportSummary> &summary() const { return m_summary; }

private:
    void rebuildMapping();
    void startCheck();
    void showCheck(const ImportCheck::Result &result);
    void showProgress();
    void updateButtons();
    void updateIgnored();

    RegisterDocument *m_document;
    QString m_path;
    std::shared_ptr<const CsvTable> m_table;
    QComboBox *m_kind;
    ImportMappingModel *m_mappingModel;
    QTableView *m_mapping;
    ImportRowsModel *m_rowsModel;
    QTableView *m_rows;
    QLabel *m_status;
    QLabel *m_ignored;
    QProgressBar *m_progress;
    QTimer *m_progressTimer;
    QCheckBox *m_skip;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    ImportCheck *m_check;
    bool m_mappingValid = false;
    int m_goodRows = 0;
    int m_badRows = 0;
    std::optional<ImportSummary> m_summary;
};

} // namespace trygg::ui
