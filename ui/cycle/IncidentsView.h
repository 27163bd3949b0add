// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace trygg::ui {

class ExceptionModel;
class IncidentModel;
class RegisterDocument;

// The "Incidents" page: the register of incidents and deviations with their status and the
// 72-hour flag, and an editor for each; below it the register of approved exceptions.
class IncidentsView : public QWidget {
    Q_OBJECT

public:
    explicit IncidentsView(RegisterDocument *document, QWidget *parent = nullptr);

    IncidentModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    bool addIncident();
    bool editIncident();
    bool removeIncident();

    // The register of approved exceptions (002 §7 stk. 4), below the incidents.
    ExceptionModel *exceptionModel() const { return m_exceptionModel; }
    QTableView *exceptionTable() const { return m_exceptionTable; }
    bool addException();
    bool editException();
    bool removeException();

private:
    void updateActions();
    int selectedRow() const;

    RegisterDocument *m_document;
    IncidentModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    ExceptionModel *m_exceptionModel;
    QTableView *m_exceptionTable;
    QPushButton *m_addException;
    QPushButton *m_editException;
    QPushButton *m_removeException;
};

} // namespace trygg::ui
