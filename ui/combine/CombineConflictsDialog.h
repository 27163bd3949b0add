// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>
#include <QPointer>

#include "combine/Combine.h"

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace trygg::ui {

class RegisterDocument;

// The conflicts of a combine (002 §27), one row each: kind, name, section, score, reason, and what was
// decided. The security officer resolves the selected rows by taking the section's version, keeping the
// combined register's, or keeping both; the core resolves (resolveConflict) and remembers it, so the
// next combine, in the window or by `trygg-cli combine`, does not raise it again.
class CombineConflictsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, SectionColumn, ScoreColumn, ReasonColumn, ResolutionColumn, ColumnCount };

    CombineConflictsDialog(RegisterDocument *document, std::vector<CombineConflict> conflicts,
                           QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *resolveButton(CombineResolution resolution) const;
    QLabel *errorLabel() const { return m_error; }
    // Resolves the conflict in `row`; false (and the error shown) if the core refused.
    bool resolve(int row, CombineResolution resolution);

private:
    void resolveSelected(CombineResolution resolution);
    void updateButtons();

    QPointer<RegisterDocument> m_document; // none once the register is closed
    std::vector<CombineConflict> m_conflicts;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_takeSection;
    QPushButton *m_keepCombined;
    QPushButton *m_keepBoth;
};

} // namespace trygg::ui
