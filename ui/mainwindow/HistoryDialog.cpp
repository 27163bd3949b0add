// SPDX-License-Identifier: EUPL-1.2
#include "HistoryDialog.h"

#include "HistoryModel.h"

#include "common/Translations.h"
#include "exchange/CsvExport.h"
#include "exchange/ExportTable.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {

HistoryDialog::HistoryDialog(std::vector<AuditEntry> entries, const RegisterData &data, QWidget *parent)
    : QDialog(parent), m_model(new HistoryModel(std::move(entries), data, this)),
      m_filter(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this))
{
    setWindowTitle(tr("History of the register"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Filter: a name, a person, a field, a value..."));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryDialog::setFilterText);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        m_contentWidths.push_back(m_table->columnWidth(column));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV..."), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::exportClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

void HistoryDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitColumns();
}

void HistoryDialog::fitColumns()
{
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    // When, who, what and field as wide as their content, up to a share of the width; the object and the
    // values before and after share what is left, the last one stretching to the edge. Long texts are
    // elided; their tooltips hold them whole.
    int used = 0;
    for (int column : {HistoryModel::When, HistoryModel::User, HistoryModel::Action, HistoryModel::Field}) {
        const int width = std::min(m_contentWidths[static_cast<std::size_t>(column)], available / 7);
        m_table->setColumnWidth(column, width);
        used += width;
    }
    const int rest = std::max(0, available - used);
    m_table->setColumnWidth(HistoryModel::Object,
                            std::clamp(m_contentWidths[HistoryModel::Object], rest / 5, rest * 2 / 5));
    m_table->setColumnWidth(HistoryModel::OldValue,
                            std::clamp(m_contentWidths[HistoryModel::OldValue], rest / 6, rest / 4));
}

void HistoryDialog::setFilterText(const QString &text)
{
    m_filter->setFilterFixedString(text);
}

QString HistoryDialog::exportCsv(const QString &path) const
{
    std::vector<AuditEntry> shown;
    for (int row = m_filter->rowCount() - 1; row >= 0; --row) // oldest first, as the CLI writes it
        for (const AuditEntry *entry : m_model->entriesOf(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            shown.push_back(*entry); // every entry of a row, a creation and its filling in each
    const std::string csv = exportHistoryCsv(shown);
    try {
        writeFileWhole(path.toStdString(), csv);
    } catch (const std::exception &error) {
        return errorText(error);
    }
    return {};
}

void HistoryDialog::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history"), QStringLiteral("history.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export the history"), error);
}

} // namespace trygg::ui
