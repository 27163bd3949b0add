// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace trygg {
struct MatrixGrid;
}

namespace trygg::ui {

// The risk matrix as a heat map (DOMAIN.md "What gets printed"): probability levels as rows with the
// highest at the top, consequence levels as columns, each cell in its zone colour with the number of
// risks in it. Everything is sized from the area and the font, so it reads at any size and DPI and can
// be painted onto a printer or PDF through paintMatrix().
class MatrixWidget : public QWidget {
    Q_OBJECT

public:
    using Cell = std::pair<int, int>; // (probability, consequence), 1-based

    explicit MatrixWidget(QWidget *parent = nullptr);
    ~MatrixWidget() override;

    // The widget keeps copies: it never points into the document.
    void setMatrix(const RiskMatrix &matrix);
    const RiskMatrix &matrix() const { return m_matrix; }
    void setCounts(const MatrixGrid &grid);
    int count(int probability, int consequence) const;
    void setSelectedCell(std::optional<Cell> cell);
    std::optional<Cell> selectedCell() const { return m_selected; }
    Cell focusCell() const { return m_focus; }

    // The cell in widget coordinates; an invalid QRect for a cell outside the matrix.
    QRect cellRect(int probability, int consequence) const;
    std::optional<Cell> cellAt(const QPointF &position) const;

    // Draws the whole matrix (cells, counts, level labels, axis titles) fitted into `area`, using the
    // painter's font and device, so reports can paint it on a printer or PDF page.
    void paintMatrix(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A cell was clicked, or chosen with the keyboard (arrows, then Enter or Space).
    void cellClicked(int probability, int consequence);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Layout;
    Layout layoutFor(const QRectF &area, const QFont &font, const QPaintDevice *device) const;
    Layout widgetLayout() const;
    QString cellToolTip(int probability, int consequence) const;
    QString probabilityToolTip(int probability) const;
    QString consequenceToolTip(int consequence) const;
    void setHoverCell(std::optional<Cell> cell);

    RiskMatrix m_matrix;
    std::vector<int> m_counts; // probability-major over m_countLevels
    Cell m_countLevels{0, 0};
    std::optional<Cell> m_selected;
    std::optional<Cell> m_hover;
    std::optional<Cell> m_pressed;
    Cell m_focus{1, 1};
};

} // namespace trygg::ui
