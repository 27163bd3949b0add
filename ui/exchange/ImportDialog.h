#pragma once

#include <QDialog>
#include <QString>

#include "exchange/Csv.h"
#include "exchange/CsvImport.h"

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace trygg::ui {

class RegisterDocument;

// File > Import: assets or risks from a CSV or XLSX file. The file's columns are mapped to Trygg's
// columns by their names (English, Danish, Norwegian, Swedish, KITOS) and the user can change each
// mapping or ignore a column. Every row is checked at once by a dry run of the import, and the rows
// with problems are shown with what is wrong. Import writes nothing unless every row is good, or
// the user has chosen to skip the rows with problems.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    // `table` is the file as read by readImportFile(); `path` names it in messages and the history.
    ImportDialog(RegisterDocument *document, const QString &path, CsvTable table, QWidget *parent = nullptr);

    ImportKind kind() const;
    void setKind(ImportKind kind);
    // The Trygg column (index into assetColumns()/riskColumns()) file column `field` is read as; -1: ignored.
    void setColumnFor(int field, int column);
    std::vector<int> columnFor() const;
    void setSkipInvalidRows(bool skip);
    bool canImport() const;
    // The rows and their problems as checked for the current mapping.
    QTableWidget *rowsTable() const { return m_rows; }
    QString status() const;
    // Runs the import; on success the dialog is accepted and summary() says what happened.
    bool runImport();
    const std::optional<ImportSummary> &summary() const { return m_summary; }

private:
    void rebuildMapping();
    void updatePreview();
    void updateButtons();

    RegisterDocument *m_document;
    QString m_path;
    CsvTable m_table;
    QComboBox *m_kind;
    QTableWidget *m_mapping;
    std::vector<QComboBox *> m_columnBoxes;
    QTableWidget *m_rows;
    QLabel *m_status;
    QCheckBox *m_skip;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    bool m_mappingValid = false;
    int m_goodRows = 0;
    int m_badRows = 0;
    bool m_updating = false;
    std::optional<ImportSummary> m_summary;
};

} // namespace trygg::ui
