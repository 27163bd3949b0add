// SPDX-License-Identifier: EUPL-1.2
#include "IncidentsView.h"

#include "ExceptionDialog.h"
#include "ExceptionModel.h"
#include "IncidentDialog.h"
#include "IncidentModel.h"

#include "document/RegisterDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace trygg::ui {

IncidentsView::IncidentsView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new IncidentModel(document, this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&New incident..."), this)), m_edit(new QPushButton(tr("&Edit..."), this)),
      m_remove(new QPushButton(tr("&Delete"), this)), m_exceptionModel(new ExceptionModel(document, this)),
      m_exceptionTable(new QTableView(this)), m_addException(new QPushButton(tr("New e&xception..."), this)),
      m_editException(new QPushButton(tr("Edit exception..."), this)),
      m_removeException(new QPushButton(tr("Delete exception"), this))
{
    auto *intro = new QLabel(tr("Incidents and deviations: what happened, how serious, what is done about it, and "
                                "whether the data protection authority was told (within 72 hours for a personal data "
                                "breach)."),
                             this);
    intro->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_exceptionTable->setModel(m_exceptionModel);
    m_exceptionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exceptionTable->verticalHeader()->hide();
    m_exceptionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exceptionTable->horizontalHeader()->setSectionResizeMode(ExceptionModel::RuleColumn, QHeaderView::Stretch);
    auto *exceptionButtons = new QHBoxLayout;
    exceptionButtons->addWidget(m_addException);
    exceptionButtons->addWidget(m_editException);
    exceptionButtons->addWidget(m_removeException);
    exceptionButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Approved exceptions from the rules (reported yearly):"), this));
    layout->addWidget(m_exceptionTable, 1);
    layout->addLayout(exceptionButtons);
    connect(m_addException, &QPushButton::clicked, this, &IncidentsView::addException);
    connect(m_editException, &QPushButton::clicked, this, &IncidentsView::editException);
    connect(m_removeException, &QPushButton::clicked, this, &IncidentsView::removeException);
    connect(m_exceptionTable, &QTableView::doubleClicked, this, &IncidentsView::editException);
    connect(m_exceptionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentsView::updateActions);
    connect(m_exceptionModel, &QAbstractItemModel::modelReset, this, &IncidentsView::updateActions);

    connect(m_add, &QPushButton::clicked, this, &IncidentsView::addIncident);
    connect(m_edit, &QPushButton::clicked, this, &IncidentsView::editIncident);
    connect(m_remove, &QPushButton::clicked, this, &IncidentsView::removeIncident);
    connect(m_table, &QTableView::doubleClicked, this, &IncidentsView::editIncident);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentsView::updateActions);
    updateActions();
}

int IncidentsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void IncidentsView::updateActions()
{
    const bool writable = !m_document->readOnly();
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    const bool exceptionSelected = m_exceptionTable->selectionModel()->hasSelection();
    m_addException->setEnabled(writable);
    m_editException->setEnabled(writable && exceptionSelected);
    m_removeException->setEnabled(writable && exceptionSelected);
}

bool IncidentsView::addIncident()
{
    IncidentDialog dialog(m_document, Incident{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const std::optional<Id> id = m_document->addIncident(dialog.incident());
    if (id)
        m_table->selectRow(m_model->rowOf(*id));
    return id.has_value();
}

bool IncidentsView::editIncident()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const Incident *incident = RegisterData::findById(m_document->data().incidents, m_model->incidentId(row));
    if (!incident)
        return false;
    IncidentDialog dialog(m_document, *incident, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->editIncident(dialog.incident());
}

bool IncidentsView::removeIncident()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    if (QMessageBox::question(this, tr("Delete incident"),
                              tr("Delete the selected incident? Edit > Undo brings it back.")) != QMessageBox::Yes)
        return false;
    return m_document->removeIncident(m_model->incidentId(row));
}

bool IncidentsView::addException()
{
    ExceptionDialog dialog(m_document, RuleException{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->addException(dialog.exception()).has_value();
}

bool IncidentsView::editException()
{
    const QModelIndexList rows = m_exceptionTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const RuleException *exception =
        RegisterData::findById(m_document->data().exceptions, m_exceptionModel->exceptionId(rows.front().row()));
    if (!exception)
        return false;
    ExceptionDialog dialog(m_document, *exception, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->editException(dialog.exception());
}

bool IncidentsView::removeException()
{
    const QModelIndexList rows = m_exceptionTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    return m_document->removeException(m_exceptionModel->exceptionId(rows.front().row()));
}

} // namespace trygg::ui
