// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "HistoryDialog.h"
#include "NewRegisterDialog.h"
#include "NoticeBar.h"
#include "RecentFiles.h"
#include "RegisterInfoDialog.h"
#include "TrailNotice.h"
#include "ViewState.h"

#include "assets/AssetsView.h"
#include "common/DomainTexts.h"
#include "common/EditDialog.h"
#include "common/Icons.h"
#include "common/Translations.h"
#include "cycle/DueView.h"
#include "cycle/IncidentsView.h"
#include "document/RegisterDocument.h"
#include "exchange/ExportDialog.h"
#include "exchange/ImportDialog.h"
#include "help/EmptyPageHints.h"
#include "help/Guide.h"
#include "help/HelpWindow.h"
#include "matrix/MatrixEditorDialog.h"
#include "matrix/MatrixView.h"
#include "overview/OverviewView.h"
#include "plan/ActionPlanView.h"
#include "printing/ReportActions.h"
#include "reports/ReportBuilder.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"

#include "combine/Combine.h"
#include "demo/DemoGenerator.h"
#include "exchange/Xlsx.h"
#include "matrix/Presets.h"
#include "model/Clock.h"
#include "storage/Connect.h"
#include "storage/RegisterFile.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include <algorithm>

namespace trygg::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_recent(new RecentFiles(this)),
      m_actingPersonLabel(new QLabel(this)), m_accessLabel(new QLabel(this)), m_notice(new NoticeBar(this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    for (const char *icon :
         {"page-overview", "page-assets", "page-risk-form", "page-matrix", "page-plan", "page-due", "page-incidents"})
        new QListWidgetItem(actionIcon(icon), QString(), m_navigation);
    nameNavigation();
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_notice);
    m_trailNotice = new NoticeBar(this);
    m_trailNotice->hide();
    outer->addWidget(m_trailNotice);
    m_connectionNotice = new NoticeBar(this); // issue 16: the connection to the server lost, and back
    m_connectionNotice->setObjectName(QStringLiteral("connectionNotice"));
    m_connectionNotice->hide();
    outer->addWidget(m_connectionNotice);
    auto *row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    m_reportActions = new ReportActions(this);
    connect(m_reportActions, &ReportActions::failed, this, &MainWindow::showError);
    connect(m_reportActions, &ReportActions::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("The report was saved as %1").arg(path), 5000);
    });
    createMenus();
    m_actingPerson = QSettings().value(QStringLiteral("actingPerson")).toString();
    statusBar()->addPermanentWidget(m_accessLabel);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    statusBar()->addPermanentWidget(m_actingPersonLabel);
    applyActingPerson();
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    updateTitle();
    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Views refer to the document: remove them first.
    clearPages();
}

void MainWindow::setLanguage(const QString &language)
{
    if (!switchLanguage(language))
        return;
    // Every text was made in the old language: make the menus and pages again, where the user was.
    const int page = m_navigation->currentRow();
    menuBar()->clear();
    createMenus();
    updateRecentMenu();
    nameNavigation();
    if (m_document)
        rebuildPages();
    m_navigation->setCurrentRow(page);
    updateTitle();
    updateAccess();
    if (m_help && m_help->isVisible()) { // the guide in the new language, where the user was reading
        const QUrl at = m_help->source();
        showGuide(at.fileName() + (at.hasFragment() ? QLatin1Char('#') + at.fragment() : QString()));
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New register..."), QKeySequence::New, this, &MainWindow::newRegister)
        ->setIcon(actionIcon("new"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openRegister)->setIcon(actionIcon("open"));
    file->addAction(tr("Open &server register..."), this, &MainWindow::openServerRegister)->setIcon(actionIcon("open"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(tr("Open the &demo register"), this, &MainWindow::openDemo)->setIcon(actionIcon("open"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &copy..."), this, &MainWindow::saveCopy);
    m_historyAction = file->addAction(tr("&History..."), this, &MainWindow::showHistory);
    m_combineAction = file->addAction(tr("Com&bine registers..."), this, &MainWindow::chooseRegistersToCombine);
    m_saveCopyAction->setIcon(actionIcon("save-copy"));
    m_historyAction->setIcon(actionIcon("history"));
    m_combineAction->setIcon(actionIcon("combine"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import assets or risks..."), this, &MainWindow::importFile);
    m_exportAction = file->addAction(tr("E&xport to CSV or Excel..."), this, &MainWindow::exportFile);
    m_importAction->setIcon(actionIcon("import"));
    m_exportAction->setIcon(actionIcon("export"));
    file->addSeparator();
    m_reportActions->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows)->setIcon(actionIcon("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    undo->setIcon(actionIcon("undo"));
    redo->setIcon(actionIcon("redo"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *action =
            view->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setIcon(m_navigation->item(i)->icon());
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_matrixAction = settings->addAction(tr("Risk &matrix..."), this, &MainWindow::editMatrix);
    m_matrixAction->setIcon(actionIcon("matrix"));
    m_matrixAction->setToolTip(tr("The scales and acceptance criteria new assessments use"));
    m_registerAction = settings->addAction(tr("&Register..."), this, &MainWindow::editRegisterInfo);
    m_registerAction->setIcon(actionIcon("register"));
    m_registerAction->setToolTip(tr("The register's name, the language of its reports, the classification levels"));
    QMenu *languages = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languages);
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    QStringList codes = availableLanguages();
    codes.prepend(QString());
    for (const QString &code : std::as_const(codes)) {
        const QString name = code.isEmpty() ? tr("As the system") : languageName(code);
        QAction *action = languages->addAction(name, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            setLanguage(code.isEmpty() ? languageForLocale(QLocale::system().name()) : code);
        });
        action->setCheckable(true);
        action->setChecked(code == saved);
        group->addAction(action);
    }

    settings->addAction(tr("Your &name..."), this, &MainWindow::chooseActingPerson)->setIcon(actionIcon("person"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), this, [this] { showGuide(); })->setIcon(actionIcon("help"));
    help->addAction(tr("Help on this &page"), QKeySequence::HelpContents, this, &MainWindow::showGuideForPage)
        ->setIcon(actionIcon("help"));
    help->addSeparator();
    help->addAction(tr("&About Trygg"), this, &MainWindow::about)->setIcon(actionIcon("about"));
}

bool MainWindow::openFile(const QString &path)
{
    if (isServerAddress(path.toStdString()))
        return openServer(path);
    const QFileInfo info(path);
    // This window writes it already: opening it again would only find its own write lock.
    if (m_document && !m_document->readOnly() && QFileInfo(m_document->path()) == info)
        return true;
    // A file we may not write (a colleague's share, a read-only medium) opens read-only.
    const bool readOnly = info.exists() && !info.isWritable();
    try {
        setDocument(RegisterDocument::open(path, readOnly));
    } catch (const std::exception &error) {
        showError(tr("Could not open %1: %2").arg(info.fileName(), errorText(error)));
        return false;
    }
    m_recent->add(path);
    if (const std::optional<LockHolder> &holder = m_document->lockHolder()) {
        const QDateTime since = QDateTime::fromString(QString::fromStdString(holder->since), Qt::ISODate);
        const QString when = since.isValid() ? since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                             : QString::fromStdString(holder->since);
        const QString text = tr("%1 is in use by %2 on %3 since %4: opened read-only.")
                                 .arg(info.fileName(), QString::fromStdString(holder->user),
                                      QString::fromStdString(holder->machine), when);
        // The bar stays: the read-only state lasts as long as the document.
        if (holder->stale)
            m_notice->showMessage(NoticeBar::Kind::Warning,
                                  text + QLatin1Char(' ') +
                                      tr("Its lock has shown no sign of life for a while; take it over only if %1 "
                                         "no longer has the register open.")
                                          .arg(QString::fromStdString(holder->user)),
                                  false, tr("Take over"), [this] { takeOverFile(); });
        else
            m_notice->showMessage(NoticeBar::Kind::Warning, text, false);
    } else if (!m_document->lockProblem().isEmpty()) {
        m_notice->showMessage(NoticeBar::Kind::Warning,
                              tr("%1 is opened read-only: its write lock could not be made (%2). You can read and "
                                 "print it; to change it, ask for write access to its folder.")
                                  .arg(info.fileName(), m_document->lockProblem()),
                              false);
    } else if (readOnly)
        m_notice->showMessage(NoticeBar::Kind::Information,
                              tr("%1 is read-only: you can read and print it, but not change it.").arg(info.fileName()),
                              false);
    TrailNotice::show(m_trailNotice, this, m_document->file(), info.fileName());
    return true;
}

bool MainWindow::takeOverFile(bool evenIfHeld)
{
    if (!m_document)
        return false;
    const QString path = m_document->path();
    try {
        setDocument(RegisterDocument::takeOver(path, evenIfHeld));
    } catch (const std::exception &error) {
        showError(tr("Could not take over %1: %2").arg(QFileInfo(path).fileName(), errorText(error)));
        return false;
    }
    TrailNotice::show(m_trailNotice, this, m_document->file(), QFileInfo(path).fileName());
    return true;
}

bool MainWindow::reopenFile()
{
    if (!m_document)
        return false;
    const QString path = m_document->path();
    // The open register holds the write lock beside the path: it goes first, with the pages showing it.
    m_undoGroup->removeStack(m_document->undoStack());
    m_reportActions->setDocument(nullptr);
    clearPages();
    m_overview = nullptr;
    m_assets = nullptr;
    m_risks = nullptr;
    m_matrix = nullptr;
    m_plan = nullptr;
    m_due = nullptr;
    m_incidents = nullptr;
    m_document.reset();
    if (openFile(path))
        return true;
    const QString why = m_notice->text();
    updateTitle();
    m_notice->showMessage(NoticeBar::Kind::Error, why);
    return false;
}

void MainWindow::showReplaced()
{
    m_notice->showMessage(NoticeBar::Kind::Error,
                          tr("The register %1 was replaced by another file since you opened it. Your last change "
                             "was not saved. Reopen it?")
                              .arg(QFileInfo(m_document->path()).fileName()),
                          true, tr("Reopen"), [this] { reopenFile(); });
}

bool MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    // The demo of the country whose language the program speaks, in a file of its own per country.
    const std::string preset = presetForLanguage(currentLanguage().toStdString());
    const std::string name = demoRegisterName(preset);
    const QString path = QDir(folder).filePath(toQString(name) + QStringLiteral(".trygg"));
    if (!QFileInfo::exists(path)) {
        try {
            RegisterFile file = RegisterFile::create(path.toStdString(), preset, name);
            DemoOptions options;
            options.rounds = true; // three rounds per unit: 2023, 2025, 2027 (issue 15)
            generateDemo(file, options);
        } catch (const std::exception &error) {
            showError(tr("Could not create the demo register: %1").arg(errorText(error)));
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::setDocument(std::unique_ptr<RegisterDocument> document)
{
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    clearPages();
    m_document = std::move(document);
    m_notice->hide();
    m_trailNotice->hide();
    m_connectionNotice->hide();
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &RegisterDocument::editFailed, this, &MainWindow::showError);
    connect(m_document.get(), &RegisterDocument::fileReplaced, this, &MainWindow::showReplaced);
    connect(m_document.get(), &RegisterDocument::recordChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &RegisterDocument::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_document.get(), &RegisterDocument::connectionRestored, this, &MainWindow::showConnectionRestored);
    connect(m_document.get(), &RegisterDocument::othersEdited, this, &MainWindow::showOthersEdited);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            [this] { statusBar()->showMessage(tr("Saved"), 2000); });
    applyActingPerson();
    m_reportActions->setDocument(m_document.get());
    rebuildPages();
    updateTitle();
    updateAccess();
}

void MainWindow::updateTitle()
{
    // A register on a server is copied with trygg-cli copy, by whoever may read all of it (issue 16).
    const bool onServer = m_document && m_document->onServer();
    m_saveCopyAction->setEnabled(m_document != nullptr && !onServer);
    m_saveCopyAction->setToolTip(onServer ? tr("A register on a server is copied to a file with trygg-cli copy")
                                          : QString());
    m_historyAction->setEnabled(m_document != nullptr);
    m_matrixAction->setEnabled(m_document != nullptr);
    m_registerAction->setEnabled(m_document != nullptr);
    m_importAction->setEnabled(m_document && !m_document->readOnly());
    m_exportAction->setEnabled(m_document != nullptr);
    m_combineAction->setEnabled(m_document != nullptr && !m_document->readOnly());
    if (!m_document) {
        setWindowTitle(tr("Trygg"));
        return;
    }
    const QString name = QString::fromStdString(m_document->data().info.name);
    if (onServer) {
        setWindowFilePath(QString());
        const QString where = tr("%1 as %2").arg(m_document->location(), m_document->databaseUser());
        setWindowTitle(m_document->readOnly() ? tr("%1 (%2, read-only) - Trygg").arg(name, where)
                                              : tr("%1 (%2) - Trygg").arg(name, where));
        return;
    }
    const QString file = QFileInfo(m_document->path()).fileName();
    setWindowFilePath(m_document->path());
    setWindowTitle(m_document->readOnly() ? tr("%1 (%2, read-only) - Trygg").arg(name, file)
                                          : tr("%1 (%2) - Trygg").arg(name, file));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files) // a server's address as it is (without a password: RecentFiles)
        m_recentMenu
            ->addAction(isServerAddress(path.toStdString()) ? path : QFileInfo(path).fileName(), this,
                        [this, path] { openFile(path); })
            ->setToolTip(path);
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newRegister()
{
    NewRegisterDialog dialog(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        setDocument(RegisterDocument::create(dialog.path(), dialog.preset(), dialog.name()));
        m_recent->add(dialog.path());
    } catch (const std::exception &error) {
        showError(tr("Could not create %1: %2").arg(dialog.path(), errorText(error)));
    }
}

void MainWindow::openRegister()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open register"), startFolder(),
                                                      tr("Trygg registers (*.trygg);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), m_document->path(), tr("Trygg registers (*.trygg)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".trygg");
    try {
        m_document->file().saveCopy(path.toStdString());
        statusBar()->showMessage(tr("A copy was saved as %1").arg(path), 5000);
    } catch (const std::exception &error) {
        showError(errorText(error));
    }
}

void MainWindow::showHistory()
{
    if (!m_document)
        return;
    try {
        HistoryDialog dialog(m_document->file().history(), m_document->data(), this);
        dialog.exec();
    } catch (const std::exception &error) {
        showError(errorText(error));
    }
}

void MainWindow::editMatrix()
{
    if (!m_document)
        return;
    MatrixEditorDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::editRegisterInfo()
{
    if (!m_document)
        return;
    RegisterInfoDialog dialog(m_document.get(), this);
    dialog.exec();
}

HistoryDialog *MainWindow::showObjectHistory(const QString &objectType, Id id, const QString &name)
{
    if (!m_document)
        return nullptr;
    try {
        auto *dialog = new HistoryDialog(
            m_document->file().history(std::nullopt, std::pair<std::string, Id>(objectType.toStdString(), id)),
            m_document->data(), this);
        dialog->setWindowTitle(tr("History of %1").arg(name));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    } catch (const std::exception &error) {
        showError(errorText(error));
        return nullptr;
    }
}

QString MainWindow::actingPerson() const
{
    return m_actingPerson;
}

bool MainWindow::setActingPerson(const QString &name)
{
    const QString trimmed = name.trimmed();
    try {
        // The core checks the name (length, text) before anything is kept.
        if (m_document)
            m_document->file().setActingPerson(trimmed.toStdString());
        else
            RegisterFile::checkActingPerson(trimmed.toStdString());
    } catch (const std::exception &error) {
        showError(errorText(error));
        applyActingPerson(); // back to the name that was set
        return false;
    }
    m_actingPerson = trimmed;
    QSettings().setValue(QStringLiteral("actingPerson"), trimmed);
    applyActingPerson();
    return true;
}

void MainWindow::applyActingPerson()
{
    const QString name = actingPerson();
    if (m_document) {
        try {
            m_document->file().setActingPerson(name.toStdString());
        } catch (const std::exception &error) {
            showError(errorText(error));
        }
    }
    m_actingPersonLabel->setText(name.isEmpty() ? QString() : tr("Changes are recorded as %1").arg(name));
}

void MainWindow::chooseActingPerson()
{
    // The register's people to choose from, or any name typed in.
    QStringList people;
    if (m_document)
        for (const Person &person : m_document->data().people)
            people << QString::fromStdString(person.name);
    people.sort(Qt::CaseInsensitive);
    const QString current = actingPerson();
    people.removeAll(current);
    people.prepend(current);
    const std::optional<QString> name = askForText(
        this, tr("Your name"),
        tr("The history records every change with your user name on this computer and this name, so others can see "
           "who made it. Leave it empty for none."),
        current, people);
    if (name)
        setActingPerson(*name);
}

void MainWindow::importFile()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import assets or risks"), startFolder(),
                                                      tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    CsvTable table;
    try {
        table = readImportFile(path.toStdString());
    } catch (const std::exception &error) {
        showError(errorText(error));
        return;
    }
    ImportDialog dialog(m_document.get(), path, std::move(table), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    const ImportSummary &summary = *dialog.summary();
    m_notice->showMessage(NoticeBar::Kind::Information,
                          tr("Imported %1: %2 new, %3 updated, %4 unchanged, %5 rows with problems skipped. The "
                             "import is in the history; it cannot be undone with Undo.")
                              .arg(QFileInfo(path).fileName())
                              .arg(summary.created)
                              .arg(summary.updated)
                              .arg(summary.unchanged)
                              .arg(summary.skippedRows.size()));
}

void MainWindow::exportFile()
{
    if (!m_document)
        return;
    ExportDialog dialog(m_document->data(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = startFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(folder).filePath(dialog.suggestedFileName()), dialog.fileFilter());
    if (path.isEmpty())
        return;
    const QString error = dialog.exportTo(path, m_document->path());
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    else
        showError(error);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Trygg"),
                       tr("<h3>Trygg %1</h3><p>Information-security risk work for municipalities: the asset "
                          "register, risk assessments, the risk matrix and prioritised action plans, in one "
                          "file.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &message)
{
    m_notice->showMessage(NoticeBar::Kind::Error, message);
}

} // namespace trygg::ui
