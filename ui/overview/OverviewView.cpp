// SPDX-License-Identifier: EUPL-1.2
#include "OverviewView.h"
#include "TrendChart.h"

#include "common/DomainTexts.h"
#include "document/RegisterDocument.h"
#include "matrix/MatrixWidget.h"

#include "check/RegisterCheck.h"
#include "cycle/DueList.h"
#include "cycle/Trend.h"
#include "deadlines/ReviewSchedule.h"
#include "matrix/MatrixGrid.h"
#include "model/Clock.h"
#include "plan/Prioritisation.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

constexpr int AssessmentRole = Qt::UserRole + 1;
constexpr int UnitRole = Qt::UserRole + 2;

QString link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

} // namespace

OverviewView::OverviewView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_zones(new QGridLayout),
      m_matrix(new MatrixWidget(this)), m_plan(new QLabel(this)), m_warnings(new QLabel(this)),
      m_reviews(new QListWidget(this)), m_trend(new TrendChart(this)), m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewView::refresh);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *zonesBox = new QGroupBox(tr("Risks by zone"), this);
    zonesBox->setLayout(m_zones);
    auto *matrixBox = new QGroupBox(tr("Risk matrix (current risk)"), this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrix);
    auto *planBox = new QGroupBox(tr("Action plan"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_plan);
    planLayout->addWidget(m_warnings);
    planLayout->addStretch();
    // Issue 15: this year beside up to five before it (003 section 2).
    auto *trendBox = new QGroupBox(tr("Trend (risks by zone; above the bars: above the acceptance line)"), this);
    (new QVBoxLayout(trendBox))->addWidget(m_trend);
    auto *reviewBox = new QGroupBox(tr("Risk assessments due"), this);
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->addWidget(m_reviews);
    m_reviews->setToolTip(tr("Each unit's next assessment under the register's review rule. Double-click to open it."));

    for (QLabel *label : {m_plan, m_warnings}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        connect(label, &QLabel::linkActivated, this, &OverviewView::onLink);
    }
    connect(m_matrix, &MatrixWidget::cellClicked, this, &OverviewView::cellActivated);
    connect(m_reviews, &QListWidget::itemActivated, this, &OverviewView::onReviewActivated);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(zonesBox, 1, 0, 1, 2);
    grid->addWidget(matrixBox, 2, 0, 2, 1);
    grid->addWidget(planBox, 2, 1);
    grid->addWidget(trendBox, 3, 1);
    grid->addWidget(reviewBox, 4, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(4, 1);

    connect(document, &RegisterDocument::recordChanged, this, &OverviewView::scheduleRefresh);
    connect(document, &RegisterDocument::recordsReset, this, &OverviewView::scheduleRefresh);
    refresh();
}

void OverviewView::scheduleRefresh()
{
    // Hidden, it waits until it is shown again: with 100,000 risks a refresh costs a tenth of a second.
    if (isVisible())
        m_refreshTimer->start();
    else
        m_stale = true;
}

void OverviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OverviewView::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const RegisterData &data = m_document->data();
    m_title->setText(toQString(data.info.name));

    {
        constexpr int ChartYears = 6; // this year and up to five before it
        const RiskMatrix &current = data.currentMatrix();
        std::vector<QColor> colours;
        for (int zone = static_cast<int>(current.zones.size()) - 1; zone >= 0; --zone)
            colours.push_back(zoneColour(current, zone));
        m_trend->setTrend(riskTrend(data, std::nullopt, Clock::todayLocal(), ChartYears), std::move(colours));
    }
    const MatrixGrid grid = countRisks(data, RiskScope{}, false);
    m_matrix->setMatrix(*grid.matrix);
    m_matrix->setCounts(grid);

    const std::vector<int> byZone = grid.countsByZone();
    for (QLabel *label : m_zoneLabels)
        delete label;
    m_zoneLabels.clear();
    for (std::size_t z = 0; z < byZone.size(); ++z) {
        const Zone &zone = grid.matrix->zones[z];
        const QColor colour = zoneColour(*grid.matrix, static_cast<int>(z));
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(label->fontMetrics().height() * 4);
        const QString text = textColourOn(colour).name();
        label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 6px; }")
                                 .arg(colour.name(), text));
        // Rich-text links ignore the style sheet's colour: give it on the link itself.
        label->setText(QStringLiteral("<a href=\"zone:%1\" style=\"text-decoration:none; color:%5\"><span "
                                      "style=\"font-size:xx-large; font-weight:bold\">%2</span><br>%3<br><small>%4"
                                      "</small></a>")
                           .arg(z)
                           .arg(byZone[z])
                           .arg(toQString(zone.name).toHtmlEscaped())
                           .arg(zone.minScore == zone.maxScore
                                    ? tr("score %1").arg(zone.minScore)
                                    : tr("score %1-%2").arg(zone.minScore).arg(zone.maxScore))
                           .arg(text));
        label->setToolTip(tr("%n risk(s) in the zone %1. Click to see them in the matrix.", nullptr, byZone[z])
                              .arg(toQString(zone.name)));
        connect(label, &QLabel::linkActivated, this, &OverviewView::onLink);
        m_zones->addWidget(label, 0, static_cast<int>(z));
        m_zoneLabels.push_back(label);
    }

    int overdue = 0;
    int dueSoon = 0;
    int done = 0;
    for (const PlanEntry &entry : actionPlan(data, Clock::todayLocal())) {
        overdue += entry.due == DueState::Overdue;
        dueSoon += entry.due == DueState::DueSoon;
        done += data.measures[entry.measureIndex].status == MeasureStatus::Done;
    }
    m_plan->setText(QStringLiteral("%1<br>%2<br>%3")
                        .arg(link(QStringLiteral("overdue"), tr("%n measure(s) overdue", nullptr, overdue)),
                             link(QStringLiteral("soon"), tr("%n measure(s) due within 30 days", nullptr, dueSoon)),
                             tr("%1 of %n measure(s) done", nullptr, static_cast<int>(data.measures.size()))
                                 .arg(done)
                                 .toHtmlEscaped()));

    int warnings = 0;
    for (const CheckFinding &finding : checkRegisterData(data))
        warnings += finding.severity == CheckFinding::Severity::Warning;
    const std::vector<DueItem> due = dueList(data, Clock::nowLocal(), 30);
    const int cycleOverdue = static_cast<int>(
        std::count_if(due.begin(), due.end(), [](const DueItem &item) { return item.state == DueState::Overdue; }));
    m_warnings->setText(
        (warnings ? link(QStringLiteral("warnings"), tr("%n warning(s) in the asset register", nullptr, warnings))
                  : tr("No warnings in the asset register").toHtmlEscaped()) +
        QStringLiteral("<br>") +
        link(QStringLiteral("due"),
             tr("%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)", nullptr, cycleOverdue)));

    m_reviews->clear();
    for (const ReviewDue &review : reviewSchedule(data, Clock::todayLocal())) {
        if (review.state == DueState::Open)
            continue;
        const QString unit = review.unitId ? toQString(data.unitName(review.unitId)) : tr("(no unit)");
        const QString when =
            review.due ? (review.state == DueState::Overdue ? tr("%1: overdue since %2") : tr("%1: due by %2"))
                             .arg(unit, dateText(*review.due))
                       : tr("%1: never assessed").arg(unit);
        auto *item = new QListWidgetItem(when, m_reviews);
        if (review.state == DueState::Overdue)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        if (review.lastAssessmentId)
            item->setData(AssessmentRole, QVariant::fromValue(*review.lastAssessmentId));
        if (review.unitId)
            item->setData(UnitRole, QVariant::fromValue(*review.unitId));
    }
    if (m_reviews->count() == 0)
        new QListWidgetItem(tr("No assessment is due within 90 days."), m_reviews);
}

QString OverviewView::overdueText() const
{
    return m_plan->text();
}

QString OverviewView::zoneText(int zone) const
{
    return zone >= 0 && zone < static_cast<int>(m_zoneLabels.size())
               ? m_zoneLabels[static_cast<std::size_t>(zone)]->text()
               : QString();
}

void OverviewView::onLink(const QString &target)
{
    if (target == QLatin1String("overdue"))
        emit overdueActivated();
    else if (target == QLatin1String("soon"))
        emit dueSoonActivated();
    else if (target == QLatin1String("warnings"))
        emit warningsActivated();
    else if (target == QLatin1String("due"))
        emit dueActivated();
    else if (target.startsWith(QLatin1String("zone:")))
        emit zoneActivated(target.mid(5).toInt());
}

void OverviewView::onReviewActivated(QListWidgetItem *item)
{
    const QVariant assessment = item->data(AssessmentRole);
    if (assessment.isValid()) {
        emit assessmentActivated(assessment.value<Id>());
        return;
    }
    const QVariant unit = item->data(UnitRole);
    if (unit.isValid())
        emit newAssessmentRequested(unit.value<Id>());
}

} // namespace trygg::ui
