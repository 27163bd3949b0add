// SPDX-License-Identifier: EUPL-1.2
#include "ViewState.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace trygg::ui::viewstate {
namespace {

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

bool sortingEnabled(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->isSortingEnabled();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isSortingEnabled();
    return false;
}

} // namespace

void save(const QWidget *root, const QString &prefix)
{
    QSettings settings;
    int index = 0;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        if (QHeaderView *header = headerOf(view))
            settings.setValue(QStringLiteral("%1/table%2").arg(prefix).arg(index++), header->saveState());
    index = 0;
    for (const QSplitter *splitter : root->findChildren<QSplitter *>())
        settings.setValue(QStringLiteral("%1/splitter%2").arg(prefix).arg(index++), splitter->saveState());
}

void restore(QWidget *root, const QString &prefix)
{
    const QSettings settings;
    int index = 0;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (!header)
            continue;
        const QByteArray state = settings.value(QStringLiteral("%1/table%2").arg(prefix).arg(index++)).toByteArray();
        if (state.isEmpty() || !header->restoreState(state))
            continue;
        if (sortingEnabled(view) && header->sortIndicatorSection() >= 0) {
            if (auto *table = qobject_cast<QTableView *>(view))
                table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
            else if (auto *tree = qobject_cast<QTreeView *>(view))
                tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
    index = 0;
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(QStringLiteral("%1/splitter%2").arg(prefix).arg(index++)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace trygg::ui::viewstate
