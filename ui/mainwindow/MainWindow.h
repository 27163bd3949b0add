// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace trygg {
class SameRegisterError;
}

namespace trygg::ui {

class ActionPlanView;
class AssetsView;
class HistoryDialog;
class DueView;
class HelpWindow;
class IncidentsView;
class MatrixView;
class NoticeBar;
class OverviewView;
class RecentFiles;
class ReportActions;
class RegisterDocument;
class RiskFormView;

// The window: a navigation list of the pages (overview, asset register, risk form, matrix, action
// plan) for the open register, the File and Edit menus, and a notice bar for errors.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Overview, Assets, Risks, Matrix, Plan, Due, Incidents };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a register, a file or one on a server (a libpq URI: postgresql://...); on failure shows why in
    // the notice bar and keeps the current one.
    bool openFile(const QString &path);
    // Issue 16: opens the register on a PostgreSQL server at `address` (MainWindowServer.cpp).
    bool openServer(const QString &address);
    // File > Open server register...: asks for the address (ServerDialog) and opens it.
    void openServerRegister();
    // What the server lets the connected user do, in the status bar (empty for a file).
    QLabel *accessLabel() const { return m_accessLabel; }
    // Reopens the current register for writing after taking over its write lock from a holder that
    // looks gone (or any holder when `evenIfHeld`); on failure shows why and keeps it read-only.
    bool takeOverFile(bool evenIfHeld = false);
    // Lets the open register go and opens what its path holds now: after it was replaced behind the
    // window (issue 19). On failure shows why, with no register open.
    bool reopenFile();
    // Opens the demo register of the interface language's country ("Exempel kommun" in Swedish) in the
    // user's data folder, creating it first.
    bool openDemo();
    void showPage(Page page);
    Page currentPage() const;
    // Help > User guide and F1 (issue 13): the guide in the program's language, at a section
    // ("risk-form.html#scales"), or at the part about the page shown.
    void showGuide(const QString &section = QStringLiteral("index.html"));
    void showGuideForPage();
    // The guide's section about a page of the window.
    static QString guideSection(Page page);
    HelpWindow *helpWindow() const { return m_help; }
    // Switches the program's language (da, nb, sv, en) at once, without a restart.
    void setLanguage(const QString &language);
    // The audit trail of one object (objectType as the trail names it: asset, risk, assessment,
    // measure) in a dialog over the window, which deletes itself when closed.
    HistoryDialog *showObjectHistory(const QString &objectType, trygg::Id id, const QString &name);
    // Settings > Your name: the person the audit trail names beside the OS user for every change made
    // in this window (kept in the settings, for every register). Empty for none. False, with a
    // message in the notice bar, if the core refuses the name.
    bool setActingPerson(const QString &name);
    QString actingPerson() const;

    RegisterDocument *document() const { return m_document.get(); }
    NoticeBar *notice() const { return m_notice; }
    // What the audit trail finds changed behind Trygg's back, shown on opening (TrailNotice).
    NoticeBar *trailNotice() const { return m_trailNotice; }
    // The connection to a server's register lost (read-only, trying again) or back (issue 16).
    NoticeBar *connectionNotice() const { return m_connectionNotice; }
    OverviewView *overview() const { return m_overview; }
    AssetsView *assetsView() const { return m_assets; }
    RiskFormView *riskFormView() const { return m_risks; }
    MatrixView *matrixView() const { return m_matrix; }
    ActionPlanView *planView() const { return m_plan; }
    DueView *dueView() const { return m_due; }
    IncidentsView *incidentsView() const { return m_incidents; }
    // File > Combine registers...: the section registers combined into the open one (002 §27); the
    // result and any conflicts are shown. Returns false when nothing was combined. A section with the
    // register id of another (issue 19) is combined as a new section only when the user says so.
    bool combineRegisters(const QStringList &sectionPaths);
    // Issue 13: the window's size and place, and every page's column widths, sort order and splitters,
    // kept in the settings for the next start (also done on closing).
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Deletes the pages, keeping their layout first.
    void clearPages();
    void createMenus();
    void nameNavigation();
    void setDocument(std::unique_ptr<RegisterDocument> document);
    void rebuildPages();
    void updateTitle();
    void updateRecentMenu();
    void newRegister();
    void openRegister();
    void saveCopy();
    void showHistory();
    void editMatrix();
    void editRegisterInfo();
    void chooseActingPerson();
    void applyActingPerson();
    void importFile();
    void exportFile();
    void chooseRegistersToCombine();
    bool askCombineAsNewSection(const SameRegisterError &error);
    void about();
    void showError(const QString &message);
    void showReplaced();
    // Issue 16: the connection to the server lost and back (MainWindowServer.cpp).
    void showConnectionLost(const QString &message);
    void showConnectionRestored();
    void showOthersEdited(int records);
    void updateAccess();
    // The pages made again where the user was (their actions follow readOnly()).
    void refreshPages();
    // The folder file dialogs start in: the register's, or the documents folder for one on a server.
    QString startFolder() const;

    std::unique_ptr<RegisterDocument> m_document;
    QUndoGroup *m_undoGroup;
    RecentFiles *m_recent;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_matrixAction = nullptr;
    QAction *m_registerAction = nullptr;
    ReportActions *m_reportActions = nullptr;
    QString m_actingPerson; // read from the settings once: another window may change them
    QLabel *m_actingPersonLabel;
    QLabel *m_accessLabel;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_combineAction = nullptr;
    NoticeBar *m_notice;
    NoticeBar *m_trailNotice = nullptr;
    NoticeBar *m_connectionNotice = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    OverviewView *m_overview = nullptr;
    AssetsView *m_assets = nullptr;
    RiskFormView *m_risks = nullptr;
    MatrixView *m_matrix = nullptr;
    ActionPlanView *m_plan = nullptr;
    DueView *m_due = nullptr;
    IncidentsView *m_incidents = nullptr;
    HelpWindow *m_help = nullptr;
};

} // namespace trygg::ui
