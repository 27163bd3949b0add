#include "IncidentsView.h"

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
      m_remove(new QPushButton(tr("&Delete"), this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

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

} // namespace trygg::ui
