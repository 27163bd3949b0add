// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QStringList>

namespace trygg::ui {

// The most recently opened registers, kept in the user's settings.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);
    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace trygg::ui
