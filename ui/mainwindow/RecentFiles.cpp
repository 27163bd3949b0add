// SPDX-License-Identifier: EUPL-1.2
#include "RecentFiles.h"

#include "storage/Connect.h"

#include <QFileInfo>
#include <QSettings>

namespace trygg::ui {
namespace {
const QString Key = QStringLiteral("recentFiles");

// A file by its absolute path; a server's address (issue 16) as given, without any password in it.
QString entryOf(const QString &location)
{
    if (isServerAddress(location.toStdString()))
        return QString::fromStdString(addressWithoutPassword(location.trimmed().toStdString()));
    return QFileInfo(location).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = entryOf(path);
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(entryOf(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(Key, files);
    emit changed();
}

} // namespace trygg::ui
