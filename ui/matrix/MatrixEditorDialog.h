// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/EditDialog.h"

#include "matrix/RiskMatrix.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace trygg::ui {

class MatrixWidget;
class RegisterDocument;

// Settings > Risk matrix: the register's scales and acceptance criteria. The number of levels (3-6) on
// each axis with a label and definition per level, the zones with their colours and score bands,
// single cells put in a zone by clicking them in the live preview, and import and export of the JSON
// definition. Saving makes a new matrix version that new assessments use; assessments already made keep
// the criteria they were scored against (003 section 5).
class MatrixEditorDialog : public EditDialog {
    Q_OBJECT

public:
    explicit MatrixEditorDialog(RegisterDocument *document, QWidget *parent = nullptr);

    // The matrix as edited so far.
    const RiskMatrix &matrix() const { return m_matrix; }
    // Replaces what is edited with `matrix` (as Import does).
    void setMatrix(const RiskMatrix &matrix);
    // Reads a JSON definition into the editor; on a bad file shows why and changes nothing.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    // Stores the edited matrix as a new version (the Save button). False, with the reason shown, when
    // the register refused it.
    bool save();
    QString message() const;
    // The scales or zones differ from the register's (EditDialog asks before Escape throws them away).
    bool hasChanges() const override;

private:
    enum class Axis { Probability, Consequence };
    QWidget *buildScaleTab(Axis axis);
    QWidget *buildZonesTab();
    void fillScale(Axis axis);
    void fillZones();
    void fillCellZoneChoices();
    void scaleCountChanged(Axis axis, int count);
    void scaleItemChanged(Axis axis, QTableWidgetItem *item);
    void zoneItemChanged(QTableWidgetItem *item);
    void zoneCellDoubleClicked(int row, int column);
    void addZone();
    void removeZone();
    void cellClicked(int probability, int consequence);
    void clearCellZones();
    void chooseImport();
    void chooseExport();
    // Shows the preview and the problems, and enables Save when the matrix is valid and changed.
    void refresh();
    void showMessage(const QString &text, bool error);

    RegisterDocument *m_document;
    RiskMatrix m_original;
    RiskMatrix m_matrix;
    bool m_filling = false;
    QSpinBox *m_probabilityCount;
    QSpinBox *m_consequenceCount;
    QTableWidget *m_probabilityTable;
    QTableWidget *m_consequenceTable;
    QTableWidget *m_zoneTable;
    QComboBox *m_cellZone;
    MatrixWidget *m_preview;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace trygg::ui
