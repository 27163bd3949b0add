// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "exchange/CsvImport.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

class QThread;

namespace trygg {
struct CsvTable;
}

namespace trygg::ui {

// The import preview's check of every row (issue 19): a dry run of the real import, in a thread of its own
// on a copy of the register's file, so that the window stays responsive on a long file. No core object is
// shared with the window: the thread copies the file (its committed state: the window holds the write
// lock and writes nothing while the import dialog is open) into a private temporary folder, removed with
// this object, and opens the copy, which is the thread's alone, one check at a time. Starting a check
// stops the one running; only the last one started is delivered (finished()).
class ImportCheck : public QObject {
    Q_OBJECT

public:
    struct Result {
        bool mappingValid = false;
        QString mappingError; // why the columns cannot be imported as mapped
        int goodRows = 0;
        std::map<int, QStringList> problems; // by the row as the file numbers it
    };

    // `registerPath`: the register the import goes into.
    explicit ImportCheck(std::string registerPath, QObject *parent = nullptr);
    ~ImportCheck() override;

    void start(ImportKind kind, std::shared_ptr<const CsvTable> table, const std::string &fileName,
               std::vector<int> columnFor);
    bool running() const;
    // How far the running check is: steps done and in all (each row is read, then written).
    std::pair<int, int> progress() const;
    // Blocks until the last check started is done, and delivers it (for the import and for tests).
    void wait();

signals:
    void finished(const trygg::ui::ImportCheck::Result &result);

private:
    struct Trial;
    struct Job;
    void deliver(const std::shared_ptr<Job> &job);

    std::string m_registerPath;
    std::shared_ptr<Trial> m_trial;
    std::shared_ptr<Job> m_job;
    QPointer<QThread> m_thread;
    std::vector<QPointer<QThread>> m_threads;
};

} // namespace trygg::ui
