// SPDX-License-Identifier: EUPL-1.2
// The main window's pages: building them for the open register and wiring them to each other, the page list,
// the guide's part about each page (F1), and the layout kept between starts (issue 13).
#include "MainWindow.h"

#include "HistoryDialog.h"
#include "ViewState.h"

#include "assets/AssetsView.h"
#include "cycle/DueView.h"
#include "cycle/IncidentsView.h"
#include "document/RegisterDocument.h"
#include "help/EmptyPageHints.h"
#include "help/Guide.h"
#include "help/HelpWindow.h"
#include "common/Translations.h"
#include "matrix/MatrixView.h"
#include "overview/OverviewView.h"
#include "plan/ActionPlanView.h"
#include "printing/ReportActions.h"
#include "reports/ReportBuilder.h"
#include "risks/RiskFormModel.h"
#include "risks/RiskFormView.h"

#include "model/Clock.h"

#include <QCloseEvent>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>

#include <algorithm>

namespace trygg::ui {

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (int page = 0; page < m_pages->count(); ++page)
        viewstate::save(m_pages->widget(page), QStringLiteral("pages/%1").arg(page));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::clearPages()
{
    if (m_pages->count() > 0)
        saveLayout();
    while (QWidget *page = m_pages->widget(0))
        delete page;
}

void MainWindow::nameNavigation()
{
    const QString names[] = {tr("Overview"),    tr("Asset register"), tr("Risk form"),
                             tr("Risk matrix"), tr("Action plan"),    tr("Due"),
                             tr("Incidents")};
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i) {
        m_navigation->item(i)->setText(names[i]);
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(names[i]));
    }
    // Issue 13: the page list is never cut, whatever the window's width and the language.
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 3 * m_navigation->spacing() + 40);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(std::max(0, m_navigation->currentRow()));
}

QString MainWindow::guideSection(Page page)
{
    switch (page) {
    case Page::Overview: return QStringLiteral("first-steps.html#overview");
    case Page::Assets: return QStringLiteral("assets.html");
    case Page::Risks: return QStringLiteral("risk-form.html");
    case Page::Matrix: return QStringLiteral("risk-form.html#matrix");
    case Page::Plan: return QStringLiteral("action-plan.html");
    case Page::Due: return QStringLiteral("yearly-cycle.html#due");
    case Page::Incidents: return QStringLiteral("yearly-cycle.html#incidents");
    }
    return QStringLiteral("index.html");
}

void MainWindow::showGuide(const QString &section)
{
    // The guide speaks the program's language: one made in another language is made again.
    if (m_help && m_help->language() != guideLanguage(currentLanguage())) {
        delete m_help;
        m_help = nullptr;
    }
    if (!m_help)
        m_help = new HelpWindow(currentLanguage(), this);
    m_help->showSection(section);
}

void MainWindow::showGuideForPage()
{
    showGuide(guideSection(currentPage()));
}

void MainWindow::rebuildPages()
{
    clearPages();
    RegisterDocument *doc = m_document.get();
    m_overview = new OverviewView(doc, m_pages);
    m_assets = new AssetsView(doc, m_pages);
    m_risks = new RiskFormView(doc, m_pages);
    m_matrix = new MatrixView(doc, m_pages);
    m_plan = new ActionPlanView(doc, m_pages);
    m_due = new DueView(doc, m_pages);
    m_incidents = new IncidentsView(doc, m_pages);
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_overview, m_assets, m_risks, m_matrix, m_plan, m_due, m_incidents})
        m_pages->addWidget(page);
    addEmptyPageHints(doc, m_assets, m_risks, m_plan);

    auto history = [this](const QString &objectType, Id id, const QString &name) {
        showObjectHistory(objectType, id, name);
    };
    connect(m_assets, &AssetsView::historyRequested, this, history);
    connect(m_risks, &RiskFormView::historyRequested, this, history);
    connect(m_risks, &RiskFormView::comparisonPrintRequested, this,
            [this](const std::vector<Id> &fromRound, const std::vector<Id> &toRound) {
                ReportRequest request;
                request.kind = ReportKind::Comparison;
                request.today = Clock::todayLocal();
                request.fromRound = fromRound;
                request.toRound = toRound;
                m_reportActions->previewReport(request);
            });
    connect(m_plan, &ActionPlanView::historyRequested, this, history);
    connect(m_overview, &OverviewView::zoneActivated, this, [this](int zone) {
        m_matrix->showZone(zone);
        showPage(Page::Matrix);
    });
    connect(m_overview, &OverviewView::cellActivated, this, [this](int p, int c) {
        m_matrix->showCell(p, c);
        showPage(Page::Matrix);
    });
    connect(m_overview, &OverviewView::overdueActivated, this, [this] {
        m_plan->showOverdue();
        showPage(Page::Plan);
    });
    connect(m_overview, &OverviewView::dueSoonActivated, this, [this] {
        m_plan->showDueSoon();
        showPage(Page::Plan);
    });
    connect(m_overview, &OverviewView::assessmentActivated, this, [this](Id assessment) {
        m_risks->showAssessment(assessment);
        showPage(Page::Risks);
    });
    connect(m_overview, &OverviewView::newAssessmentRequested, this, [this] {
        showPage(Page::Risks);
        m_risks->newAssessment();
    });
    connect(m_matrix, &MatrixView::riskActivated, this, [this](Id riskId) {
        const Risk *risk = RegisterData::findById(m_document->data().risks, riskId);
        if (!risk)
            return;
        m_risks->showAssessment(risk->assessmentId);
        m_risks->selectRisk(riskId);
        showPage(Page::Risks);
    });
    connect(m_overview, &OverviewView::dueActivated, this, [this] { showPage(Page::Due); });
    connect(m_overview, &OverviewView::warningsActivated, this, [this] {
        m_assets->showOnlyWarnings(true);
        showPage(Page::Assets);
    });
    for (int page = 0; page < m_pages->count(); ++page)
        viewstate::restore(m_pages->widget(page), QStringLiteral("pages/%1").arg(page));
    m_navigation->setCurrentRow(0);
    m_pages->setCurrentIndex(0);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

} // namespace trygg::ui
