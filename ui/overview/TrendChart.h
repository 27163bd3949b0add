// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QWidget>

#include <memory>
#include <vector>

namespace trygg {
struct Trend;
}

namespace trygg::ui {

// The small chart of the risk picture over the years (issue 15; 003 section 2): one bar per year, this one
// and up to five before it, stacked by zone from the least severe at the bottom, each in its zone's
// colour; the number of risks above the acceptance line over each bar. The figures are in the tooltip.
class TrendChart : public QWidget {
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    // `zoneColours` in the order of trend.zoneNames (the most severe first).
    void setTrend(Trend trend, std::vector<QColor> zoneColours);
    const Trend &trend() const { return *m_trend; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::unique_ptr<Trend> m_trend;
    std::vector<QColor> m_colours;
};

} // namespace trygg::ui
