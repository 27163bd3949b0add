// SPDX-License-Identifier: EUPL-1.2
#include "ImportCheck.h"

#include "common/Translations.h"
#include "exchange/Csv.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>

namespace trygg::ui {

struct ImportCheck::Trial {
    std::mutex mutex; // one check at a time on the copy
    QTemporaryDir folder;
    std::string path;
    std::unique_ptr<RegisterFile> file; // after the folder: closed before it is removed
};

struct ImportCheck::Job {
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    // Written by the thread, read once it has finished.
    bool cancelled = false;
    std::optional<ImportSummary> summary;
    std::optional<Message> error;
    bool delivered = false;
};

ImportCheck::ImportCheck(std::string registerPath, QObject *parent)
    : QObject(parent), m_registerPath(std::move(registerPath))
{
}

ImportCheck::~ImportCheck()
{
    if (m_job)
        m_job->cancel = true;
    for (const QPointer<QThread> &thread : m_threads)
        if (thread)
            thread->wait();
}

void ImportCheck::start(ImportKind kind, std::shared_ptr<const CsvTable> table, const std::string &fileName,
                        std::vector<int> columnFor)
{
    if (!m_trial) {
        m_trial = std::make_shared<Trial>();
        m_trial->path = QDir(m_trial->folder.path()).filePath(QStringLiteral("check.trygg")).toStdString();
    }
    if (m_job)
        m_job->cancel = true;
    auto job = std::make_shared<Job>();
    job->total = static_cast<int>(table->records.size()) * 2;
    m_job = job;
    QThread *thread = QThread::create([trial = m_trial, source = m_registerPath, job, kind, table = std::move(table),
                                       fileName, columnFor = std::move(columnFor)] {
        const std::lock_guard lock(trial->mutex);
        if (job->cancel) {
            job->cancelled = true;
            return;
        }
        try {
            if (!trial->file) {
                if (!trial->folder.isValid())
                    throw FileError(trygg::trMsg("cannot make a temporary folder"));
                std::filesystem::copy_file(source, trial->path);
                trial->file = std::make_unique<RegisterFile>(RegisterFile::open(trial->path));
            }
            ImportOptions options;
            options.columnFor = columnFor;
            options.skipInvalidRows = true;
            options.dryRun = true;
            options.progress = [&job = *job](int done, int total) {
                job.done = done;
                job.total = total;
                return !job.cancel;
            };
            ImportSummary summary = importTable(*trial->file, kind, *table, fileName, options);
            if (summary.cancelled)
                job->cancelled = true;
            else
                job->summary = std::move(summary);
        } catch (const std::exception &error) {
            job->error = messageOf(error);
        }
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, job, thread] {
        deliver(job);
        thread->deleteLater();
    });
    m_thread = thread;
    m_threads.emplace_back(thread);
    std::erase_if(m_threads, [](const QPointer<QThread> &t) { return t.isNull(); });
    thread->start();
}

bool ImportCheck::running() const
{
    return m_job && !m_job->delivered;
}

std::pair<int, int> ImportCheck::progress() const
{
    return m_job ? std::pair{m_job->done.load(), m_job->total.load()} : std::pair{0, 0};
}

void ImportCheck::wait()
{
    if (m_thread)
        m_thread->wait();
    if (m_job)
        deliver(m_job);
}

void ImportCheck::deliver(const std::shared_ptr<Job> &job)
{
    if (job != m_job || job->delivered || job->cancelled)
        return;
    job->delivered = true;
    Result result;
    if (job->error) {
        result.mappingError = messageText(*job->error);
    } else if (job->summary) {
        result.mappingValid = true;
        result.goodRows = job->summary->rows;
        for (const ImportProblem &problem : job->summary->problems)
            result.problems[problem.row].append(
                problem.column.empty()
                    ? messageText(problem.message)
                    : tr("%1: %2").arg(QString::fromStdString(problem.column), messageText(problem.message)));
    }
    emit finished(result);
}

} // namespace trygg::ui
