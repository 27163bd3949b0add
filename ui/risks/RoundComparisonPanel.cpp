// SPDX-License-Identifier: EUPL-1.2
#include "RoundComparisonPanel.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "cycle/RoundComparison.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trygg::ui {
namespace {

QString changeText(LineChange change)
{
    switch (change) {
    case LineChange::New: return RoundComparisonPanel::tr("New");
    case LineChange::Removed: return RoundComparisonPanel::tr("Removed");
    case LineChange::Higher: return RoundComparisonPanel::tr("Higher");
    case LineChange::Lower: return RoundComparisonPanel::tr("Lower");
    case LineChange::Unchanged: return RoundComparisonPanel::tr("Unchanged");
    }
    return {};
}

QTableWidgetItem *scoreItem(const RegisterData &data, const Risk *risk, const std::optional<RiskScore> &score,
                            const std::string &zone)
{
    auto *item = new QTableWidgetItem;
    if (!risk || !score)
        return item;
    const RiskMatrix &matrix = data.matrixOf(*risk);
    item->setText(QStringLiteral("%1 %2").arg(score->score).arg(toQString(zone)));
    item->setBackground(zoneColour(matrix, score->zone));
    item->setForeground(QColor(Qt::black));
    return item;
}

} // namespace

RoundComparisonPanel::RoundComparisonPanel(RegisterDocument *document, QWidget *parent)
    : QGroupBox(parent), m_document(document), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_print(new QPushButton(tr("Print comparison..."), this))
{
    setObjectName(QStringLiteral("roundComparison"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("What can happen?"), tr("Before"), tr("Now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int column : {0, 2, 3})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_print->setToolTip(tr("Print or preview the comparison of the two rounds"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_print);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_previous && m_assessment)
            emit printRequested({*m_previous}, {*m_assessment});
    });
    auto changed = [this] { refresh(); };
    connect(m_document, &RegisterDocument::recordsReset, this, changed);
    connect(m_document, &RegisterDocument::recordChanged, this, changed);
    hide();
}

void RoundComparisonPanel::setAssessment(std::optional<Id> assessmentId)
{
    m_assessment = assessmentId;
    refresh();
}

void RoundComparisonPanel::refresh()
{
    const RegisterData &data = m_document->data();
    const RiskAssessment *shown = RegisterData::findById(data.assessments, m_assessment);
    const RiskAssessment *previous = shown ? RegisterData::findById(data.assessments, shown->previousId) : nullptr;
    m_previous = previous ? std::optional<Id>(previous->id) : std::nullopt;
    setVisible(previous != nullptr);
    if (!previous)
        return;
    setTitle(tr("Changes since %1").arg(toQString(previous->name)));
    const RoundComparison comparison =
        compareRounds(data, {previous->id}, {shown->id}, std::nullopt, Clock::todayLocal());
    m_summary->setText(tr("%1 new, %2 removed, %3 higher, %4 lower, %5 unchanged. Measures completed between the "
                          "rounds: %6; still open: %7, of them overdue: %8.")
                           .arg(comparison.count(LineChange::New))
                           .arg(comparison.count(LineChange::Removed))
                           .arg(comparison.count(LineChange::Higher))
                           .arg(comparison.count(LineChange::Lower))
                           .arg(comparison.count(LineChange::Unchanged))
                           .arg(comparison.measuresCompleted.size())
                           .arg(comparison.measuresOpen.size())
                           .arg(comparison.measuresOverdue.size()));
    m_table->setRowCount(static_cast<int>(comparison.lines.size()));
    int row = 0;
    for (const ComparedLine &line : comparison.lines) {
        const Risk &risk = line.to ? *line.to : *line.from;
        auto *change = new QTableWidgetItem(changeText(line.change));
        change->setData(Qt::UserRole, QString::fromUtf8(toToken(line.change).data()));
        QFont font = change->font();
        font.setBold(line.change != LineChange::Unchanged);
        change->setFont(font);
        auto *threat = new QTableWidgetItem(toQString(risk.threat));
        threat->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(risk.id));
        const QString before = line.fromScore ? tr("%1: %2 (%3 x %4), %5")
                                                    .arg(toQString(previous->name))
                                                    .arg(line.fromScore->score)
                                                    .arg(line.fromScore->probability)
                                                    .arg(line.fromScore->effectiveConsequence)
                                                    .arg(toQString(line.fromZone))
                                              : tr("Not in %1").arg(toQString(previous->name));
        for (QTableWidgetItem *item : {change, threat})
            item->setToolTip(before);
        m_table->setItem(row, 0, change);
        m_table->setItem(row, 1, threat);
        QTableWidgetItem *from = scoreItem(data, line.from, line.fromScore, line.fromZone);
        from->setToolTip(before);
        m_table->setItem(row, 2, from);
        m_table->setItem(row, 3, scoreItem(data, line.to, line.toScore, line.toZone));
        ++row;
    }
}

} // namespace trygg::ui
