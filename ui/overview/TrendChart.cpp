// SPDX-License-Identifier: EUPL-1.2
#include "TrendChart.h"

#include "common/DomainTexts.h"
#include "cycle/Trend.h"

#include <QPainter>

#include <algorithm>

namespace trygg::ui {

TrendChart::TrendChart(QWidget *parent) : QWidget(parent), m_trend(std::make_unique<Trend>())
{
    setObjectName(QStringLiteral("trendChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

TrendChart::~TrendChart() = default;

void TrendChart::setTrend(Trend trend, std::vector<QColor> zoneColours)
{
    *m_trend = std::move(trend);
    m_colours = std::move(zoneColours);
    QStringList lines;
    for (const TrendYear &year : m_trend->years) {
        QStringList zones;
        for (std::size_t z = 0; z < year.currentPerZone.size() && z < m_trend->zoneNames.size(); ++z)
            zones << QStringLiteral("%1 %2").arg(toQString(m_trend->zoneNames[z])).arg(year.currentPerZone[z]);
        lines << tr("%1: %2 risks (%3); %4 above the acceptance line, %5 accepted; measures %6 done, %7 overdue; "
                    "%8 incidents")
                     .arg(year.year)
                     .arg(year.risks)
                     .arg(zones.join(QStringLiteral(", ")))
                     .arg(year.aboveLine)
                     .arg(year.accepted)
                     .arg(year.measuresDone)
                     .arg(year.measuresOverdue)
                     .arg(year.incidents);
    }
    setToolTip(lines.join(QLatin1Char('\n')));
    update();
}

QSize TrendChart::sizeHint() const
{
    return {360, 150};
}

QSize TrendChart::minimumSizeHint() const
{
    return {200, 110};
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics = fontMetrics();
    const int textHeight = metrics.height();
    if (m_trend->years.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No risk assessment yet."));
        return;
    }
    int highest = 1;
    for (const TrendYear &year : m_trend->years)
        highest = std::max(highest, year.risks);
    const int count = static_cast<int>(m_trend->years.size());
    const int slot = width() / std::max(count, 1);
    const int barWidth = std::max(8, std::min(slot * 3 / 5, 48));
    const int top = textHeight + 2, bottom = height() - textHeight - 4;
    const int span = std::max(bottom - top, 1);
    for (int i = 0; i < count; ++i) {
        const TrendYear &year = m_trend->years[static_cast<std::size_t>(i)];
        const int x = i * slot + (slot - barWidth) / 2;
        int y = bottom;
        // From the least severe zone up, so the severe ones sit on top.
        for (int z = static_cast<int>(year.currentPerZone.size()) - 1; z >= 0; --z) {
            const int risks = year.currentPerZone[static_cast<std::size_t>(z)];
            if (risks == 0)
                continue;
            const int h = std::max(1, risks * span / highest);
            const QColor colour =
                z < static_cast<int>(m_colours.size()) ? m_colours[static_cast<std::size_t>(z)] : QColor(Qt::gray);
            painter.fillRect(QRect(x, y - h, barWidth, h), colour);
            painter.setPen(colour.darker(130));
            painter.drawRect(QRect(x, y - h, barWidth - 1, h - 1));
            y -= h;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(i * slot, bottom + 2, slot, textHeight), Qt::AlignCenter, QString::number(year.year));
        painter.drawText(QRect(i * slot, y - textHeight - 1, slot, textHeight), Qt::AlignCenter,
                         QString::number(year.aboveLine));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, bottom, width(), bottom);
}

} // namespace trygg::ui
