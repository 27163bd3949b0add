// SPDX-License-Identifier: EUPL-1.2
#include "CombineConflictsDialog.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace trygg::ui {
namespace {

QString resolutionText(CombineResolution resolution, bool gone)
{
    switch (resolution) {
    case CombineResolution::Section:
        return gone ? CombineConflictsDialog::tr("Removed, as in the section")
                    : CombineConflictsDialog::tr("The section's version taken");
    case CombineResolution::Combined: return CombineConflictsDialog::tr("This register's version kept");
    case CombineResolution::Both:
        return gone ? CombineConflictsDialog::tr("Kept in this register")
                    : CombineConflictsDialog::tr("Both kept, the section's as a separate object");
    }
    return {};
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return cell;
}

} // namespace

CombineConflictsDialog::CombineConflictsDialog(RegisterDocument *document, std::vector<CombineConflict> conflicts,
                                               QWidget *parent)
    : QDialog(parent), m_document(document), m_conflicts(std::move(conflicts)),
      m_table(new QTableWidget(static_cast<int>(m_conflicts.size()), ColumnCount, this)), m_error(new QLabel(this)),
      m_takeSection(new QPushButton(tr("Take the &section's"), this)),
      m_keepCombined(new QPushButton(tr("&Keep this register's"), this)),
      m_keepBoth(new QPushButton(tr("Keep &both"), this))
{
    setWindowTitle(tr("Combine registers: conflicts"));
    auto *intro = new QLabel(tr("These objects differ between the sections and this register and were not "
                                "overwritten. Choose for each what this register keeps; the choice is remembered "
                                "for the next combine."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Section"), tr("Score (section / here)"), tr("Reason"), tr("Resolved")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    for (int row = 0; row < static_cast<int>(m_conflicts.size()); ++row) {
        const CombineConflict &conflict = m_conflicts[static_cast<std::size_t>(row)];
        auto score = [](const std::optional<int> &value) {
            return value ? QString::number(*value) : QStringLiteral("–");
        };
        m_table->setItem(row, KindColumn, item(DomainTexts::objectType(conflict.objectType)));
        m_table->setItem(row, NameColumn, item(toQString(conflict.name)));
        m_table->setItem(row, SectionColumn, item(toQString(conflict.sectionName), toQString(conflict.section)));
        m_table->setItem(row, ScoreColumn,
                         item(conflict.sectionScore || conflict.combinedScore
                                  ? score(conflict.sectionScore) + QStringLiteral(" / ") + score(conflict.combinedScore)
                                  : QString()));
        m_table->setItem(row, ReasonColumn, item(messageText(conflict.reason)));
        m_table->setItem(row, ResolutionColumn,
                         item(conflict.resolution ? resolutionText(*conflict.resolution, conflict.gone) : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

    m_takeSection->setToolTip(tr("Overwrite this register's object with the section's version (a removal in the "
                                 "section removes it here)"));
    m_keepCombined->setToolTip(tr("Keep this register's object as it is"));
    m_keepBoth->setToolTip(tr("Keep this register's object and add the section's version as an object of its own"));
    connect(m_takeSection, &QPushButton::clicked, this, [this] { resolveSelected(CombineResolution::Section); });
    connect(m_keepCombined, &QPushButton::clicked, this, [this] { resolveSelected(CombineResolution::Combined); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { resolveSelected(CombineResolution::Both); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CombineConflictsDialog::updateButtons);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_takeSection);
    choices->addWidget(m_keepCombined);
    choices->addWidget(m_keepBoth);
    choices->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(choices);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 400);
    updateButtons();
}

QPushButton *CombineConflictsDialog::resolveButton(CombineResolution resolution) const
{
    switch (resolution) {
    case CombineResolution::Section: return m_takeSection;
    case CombineResolution::Combined: return m_keepCombined;
    case CombineResolution::Both: return m_keepBoth;
    }
    return nullptr;
}

bool CombineConflictsDialog::resolve(int row, CombineResolution resolution)
{
    CombineConflict &conflict = m_conflicts.at(static_cast<std::size_t>(row));
    if (conflict.resolution)
        return true;
    if (!m_document)
        return false;
    try {
        m_document->resolveConflict(conflict, resolution);
    } catch (const std::exception &error) {
        m_error->setText(tr("Not resolved: %1").arg(errorText(error)));
        m_error->show();
        return false;
    }
    conflict.resolution = resolution;
    m_table->item(row, ResolutionColumn)->setText(resolutionText(resolution, conflict.gone));
    m_table->item(row, ResolutionColumn)->setToolTip(resolutionText(resolution, conflict.gone));
    return true;
}

void CombineConflictsDialog::resolveSelected(CombineResolution resolution)
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    m_error->hide();
    for (int row : rows)
        if (!resolve(row, resolution))
            break;
    updateButtons();
}

void CombineConflictsDialog::updateButtons()
{
    bool open = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        open = open || !m_conflicts.at(static_cast<std::size_t>(index.row())).resolution;
    const bool writable = m_document && !m_document->readOnly();
    for (QPushButton *button : {m_takeSection, m_keepCombined, m_keepBoth})
        button->setEnabled(open && writable);
}

} // namespace trygg::ui
