// SPDX-License-Identifier: EUPL-1.2
#include "MatrixWidget.h"

#include "common/DomainTexts.h"
#include "matrix/MatrixGrid.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace trygg::ui {

// Where everything goes for one area and font. Rows are counted from the top, so row 0 is the
// highest probability level.
struct MatrixWidget::Layout {
    QRectF grid;
    double cell = 0; // side of a cell, gap included
    double gap = 0;
    QRectF probabilityTitle;  // left column, as wide as a line: the title is drawn rotated
    QRectF probabilityLabels; // between the title and the grid
    QRectF consequenceLabels; // below the grid, two lines
    QRectF consequenceTitle;
    QFont labelFont;
    QFont titleFont;
    QFont countFont;

    QRectF cellRect(int row, int column) const
    {
        return QRectF(grid.left() + column * cell + gap / 2, grid.top() + row * cell + gap / 2, cell - gap, cell - gap);
    }
};

namespace {

QFont scaledFont(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

// A consequence label under its column: on one line if it fits, else broken after the words that fit
// and elided on the second line.
QString twoLines(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (!first.isEmpty() && metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
    }
    first = metrics.elidedText(first, Qt::ElideRight, width);
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    if (rest.isEmpty())
        return first;
    return first + QLatin1Char('\n') + metrics.elidedText(rest, Qt::ElideRight, width);
}

// Whether twoLines() shows `text` whole.
bool fitsInTwoLines(const QString &text, const QFontMetricsF &metrics, double width)
{
    const QString shown = twoLines(text, metrics, width);
    QString whole = shown;
    whole.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return whole == text;
}

QString levelDefinition(const std::vector<Level> &levels, int level)
{
    if (level < 1 || level > static_cast<int>(levels.size()))
        return {};
    return toQString(levels[static_cast<std::size_t>(level - 1)].definition);
}

QString paragraph(const QString &title, const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

MatrixWidget::MatrixWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Risk matrix"));
}

MatrixWidget::~MatrixWidget() = default;

void MatrixWidget::setMatrix(const RiskMatrix &matrix)
{
    m_matrix = matrix;
    const int rows = m_matrix.probabilityLevels();
    const int columns = m_matrix.consequenceLevels();
    m_focus = {std::clamp(m_focus.first, 1, std::max(1, rows)), std::clamp(m_focus.second, 1, std::max(1, columns))};
    const auto inside = [&](const std::optional<Cell> &cell) {
        return cell && cell->first <= rows && cell->second <= columns;
    };
    if (!inside(m_selected))
        m_selected.reset();
    if (!inside(m_hover))
        m_hover.reset();
    updateGeometry();
    update();
}

void MatrixWidget::setCounts(const MatrixGrid &grid)
{
    m_countLevels = grid.matrix ? Cell{grid.matrix->probabilityLevels(), grid.matrix->consequenceLevels()} : Cell{0, 0};
    m_counts.assign(static_cast<std::size_t>(m_countLevels.first * m_countLevels.second), 0);
    for (int p = 1; p <= m_countLevels.first; ++p) {
        for (int c = 1; c <= m_countLevels.second; ++c)
            m_counts[static_cast<std::size_t>((p - 1) * m_countLevels.second + c - 1)] = grid.count(p, c);
    }
    update();
}

int MatrixWidget::count(int probability, int consequence) const
{
    if (probability < 1 || consequence < 1 || probability > m_countLevels.first || consequence > m_countLevels.second)
        return 0;
    return m_counts[static_cast<std::size_t>((probability - 1) * m_countLevels.second + consequence - 1)];
}

void MatrixWidget::setSelectedCell(std::optional<Cell> cell)
{
    if (cell && (cell->first < 1 || cell->second < 1 || cell->first > m_matrix.probabilityLevels() ||
                 cell->second > m_matrix.consequenceLevels()))
        cell.reset();
    if (cell)
        m_focus = *cell;
    if (cell == m_selected)
        return;
    m_selected = cell;
    update();
}

MatrixWidget::Layout MatrixWidget::layoutFor(const QRectF &area, const QFont &font, const QPaintDevice *device) const
{
    Layout layout;
    layout.labelFont = font;
    layout.titleFont = font;
    layout.titleFont.setBold(true);
    const int rows = m_matrix.probabilityLevels();
    const int columns = m_matrix.consequenceLevels();
    if (rows == 0 || columns == 0)
        return layout;

    const QFontMetricsF metrics(layout.labelFont, device);
    const double line = metrics.height();
    const double pad = line * 0.4;
    const double titleHeight = QFontMetricsF(layout.titleFont, device).height();
    double labelWidth = 0;
    for (int p = 1; p <= rows; ++p)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(DomainTexts::probabilityLevel(m_matrix, p)));
    // Long labels are elided rather than squeezing the cells (the tooltip has the full text).
    labelWidth = std::min(std::ceil(labelWidth) + 1, area.width() * 0.3);

    const double left = titleHeight + pad + labelWidth + pad;
    const double bottom = pad + 2 * line + pad + titleHeight + pad;
    const double availableWidth = area.width() - left - pad;
    const double availableHeight = area.height() - bottom - pad;
    layout.cell = std::max(0.0, std::min(availableWidth / columns, availableHeight / rows));
    layout.gap = std::max(1.0, layout.cell * 0.04);

    const double gridWidth = layout.cell * columns;
    const double gridHeight = layout.cell * rows;
    const double x = area.left() + std::max(0.0, (area.width() - left - gridWidth - pad) / 2);
    const double y = area.top() + std::max(0.0, (area.height() - pad - gridHeight - bottom) / 2);
    layout.grid = QRectF(x + left, y + pad, gridWidth, gridHeight);
    layout.probabilityTitle = QRectF(x, layout.grid.top(), titleHeight, gridHeight);
    layout.probabilityLabels = QRectF(x + titleHeight + pad, layout.grid.top(), labelWidth, gridHeight);
    layout.consequenceLabels = QRectF(layout.grid.left(), layout.grid.bottom() + pad, gridWidth, 2 * line);
    layout.consequenceTitle =
        QRectF(layout.grid.left(), layout.consequenceLabels.bottom() + pad, gridWidth, titleHeight);

    // The count fills about 40% of the cell height, but never shrinks far below the text size.
    QFont countFont = font;
    countFont.setBold(true);
    const double countHeight = QFontMetricsF(countFont, device).height();
    layout.countFont = scaledFont(countFont, std::clamp(layout.cell * 0.4 / countHeight, 0.7, 10.0));
    return layout;
}

MatrixWidget::Layout MatrixWidget::widgetLayout() const
{
    return layoutFor(QRectF(rect()), font(), this);
}

QRect MatrixWidget::cellRect(int probability, int consequence) const
{
    const int rows = m_matrix.probabilityLevels();
    if (probability < 1 || consequence < 1 || probability > rows || consequence > m_matrix.consequenceLevels())
        return {};
    const Layout layout = widgetLayout();
    if (layout.cell <= 0)
        return {};
    return layout.cellRect(rows - probability, consequence - 1).toRect();
}

std::optional<MatrixWidget::Cell> MatrixWidget::cellAt(const QPointF &position) const
{
    const Layout layout = widgetLayout();
    if (layout.cell <= 0 || !layout.grid.contains(position))
        return std::nullopt;
    const int rows = m_matrix.probabilityLevels();
    const int columns = m_matrix.consequenceLevels();
    const int row = std::clamp(static_cast<int>((position.y() - layout.grid.top()) / layout.cell), 0, rows - 1);
    const int column = std::clamp(static_cast<int>((position.x() - layout.grid.left()) / layout.cell), 0, columns - 1);
    return Cell{rows - row, column + 1};
}

void MatrixWidget::paintMatrix(QPainter &painter, const QRectF &area) const
{
    const Layout layout = layoutFor(area, painter.font(), painter.device());
    if (layout.cell <= 0)
        return;
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const int rows = m_matrix.probabilityLevels();
    const int columns = m_matrix.consequenceLevels();
    const double radius = layout.cell * 0.06;

    const QFontMetricsF countMetrics(layout.countFont, painter.device());
    for (int p = 1; p <= rows; ++p) {
        for (int c = 1; c <= columns; ++c) {
            const QRectF cell = layout.cellRect(rows - p, c - 1);
            QColor colour = zoneColour(m_matrix, m_matrix.zoneIndexOf(p, c));
            if (m_hover == Cell{p, c})
                colour = colour.lighter(112);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(cell, radius, radius);
            if (const int n = count(p, c); n > 0) {
                // Large counts shrink to stay inside their cell.
                const QString text = QString::number(n);
                const double width = countMetrics.horizontalAdvance(text);
                const double room = cell.width() * 0.85;
                painter.setFont(width > room ? scaledFont(layout.countFont, room / width) : layout.countFont);
                painter.setPen(textColourOn(colour));
                painter.drawText(cell, Qt::AlignCenter, text);
            }
            if (hasFocus() && m_focus == Cell{p, c}) {
                const double width = std::max(1.0, layout.cell * 0.025);
                painter.setPen(QPen(textColourOn(colour), width, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                const double inset = layout.cell * 0.08;
                painter.drawRoundedRect(cell.adjusted(inset, inset, -inset, -inset), radius, radius);
            }
        }
    }
    if (m_selected) {
        const double width = std::max(3.0, layout.cell * 0.07);
        const QRectF cell = layout.cellRect(rows - m_selected->first, m_selected->second - 1);
        painter.setPen(QPen(palette().color(QPalette::Highlight), width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(cell.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius, radius);
    }

    painter.setFont(layout.labelFont);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetricsF metrics(layout.labelFont, painter.device());
    // Issue 13: labels too long for a small matrix (the overview on a 1024-pixel screen) are not cut ("1 Ubet..."):
    // the axis shows the levels' numbers alone, and the tooltips name them.
    bool probabilityNamesFit = true;
    for (int p = 1; p <= rows; ++p)
        probabilityNamesFit = probabilityNamesFit && metrics.horizontalAdvance(DomainTexts::probabilityLevel(m_matrix, p)) <=
                                                         layout.probabilityLabels.width();
    bool consequenceNamesFit = true;
    for (int c = 1; c <= columns; ++c)
        consequenceNamesFit = consequenceNamesFit && fitsInTwoLines(DomainTexts::consequenceLevel(m_matrix, c), metrics,
                                                                    layout.cell - layout.gap);
    for (int p = 1; p <= rows; ++p) {
        const QRectF row(layout.probabilityLabels.left(), layout.grid.top() + (rows - p) * layout.cell,
                         layout.probabilityLabels.width(), layout.cell);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                         probabilityNamesFit ? DomainTexts::probabilityLevel(m_matrix, p) : QString::number(p));
    }
    for (int c = 1; c <= columns; ++c) {
        const QRectF column(layout.grid.left() + (c - 1) * layout.cell, layout.consequenceLabels.top(), layout.cell,
                            layout.consequenceLabels.height());
        painter.drawText(column, Qt::AlignHCenter | Qt::AlignTop,
                         consequenceNamesFit ? twoLines(DomainTexts::consequenceLevel(m_matrix, c), metrics,
                                                        column.width() - layout.gap)
                                             : QString::number(c));
    }

    painter.setFont(layout.titleFont);
    const QFontMetricsF titleMetrics(layout.titleFont, painter.device());
    painter.drawText(layout.consequenceTitle, Qt::AlignCenter,
                     titleMetrics.elidedText(tr("Consequence"), Qt::ElideRight, layout.consequenceTitle.width()));
    painter.translate(layout.probabilityTitle.center());
    painter.rotate(-90);
    const QRectF title(-layout.probabilityTitle.height() / 2, -layout.probabilityTitle.width() / 2,
                       layout.probabilityTitle.height(), layout.probabilityTitle.width());
    painter.drawText(title, Qt::AlignCenter, titleMetrics.elidedText(tr("Probability"), Qt::ElideRight, title.width()));
    painter.restore();
}

void MatrixWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    paintMatrix(painter, QRectF(rect()));
}

QSize MatrixWidget::sizeHint() const
{
    // About 520 x 420 at an ordinary font, growing with larger fonts.
    const double scale = std::max(1.0, QFontMetricsF(font()).height() / 17.0);
    return QSize(static_cast<int>(std::lround(520 * scale)), static_cast<int>(std::lround(420 * scale)));
}

QSize MatrixWidget::minimumSizeHint() const
{
    const double line = QFontMetricsF(font()).height();
    const double pad = line * 0.4;
    const double cell = std::max(24.0, line * 1.6); // still a comfortable click target
    const int rows = std::max(RiskMatrix::MinLevels, m_matrix.probabilityLevels());
    const int columns = std::max(RiskMatrix::MinLevels, m_matrix.consequenceLevels());
    const double width = line + pad + 3 * line + pad + columns * cell + pad;
    const double height = pad + rows * cell + pad + 2 * line + pad + line + pad;
    return QSize(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)));
}

QString MatrixWidget::probabilityToolTip(int probability) const
{
    return paragraph(tr("Probability %1").arg(DomainTexts::probabilityLevel(m_matrix, probability)),
                     levelDefinition(m_matrix.probability, probability));
}

QString MatrixWidget::consequenceToolTip(int consequence) const
{
    return paragraph(tr("Consequence %1").arg(DomainTexts::consequenceLevel(m_matrix, consequence)),
                     levelDefinition(m_matrix.consequence, consequence));
}

QString MatrixWidget::cellToolTip(int probability, int consequence) const
{
    const int zone = m_matrix.zoneIndexOf(probability, consequence);
    QString zoneText = DomainTexts::zoneName(m_matrix, zone);
    if (zoneText.isEmpty())
        zoneText = tr("none");
    const QString summary = tr("Score %1 × %2 = %3").arg(probability).arg(consequence).arg(probability * consequence) +
                            QStringLiteral("<br/>") + tr("Zone: %1").arg(zoneText.toHtmlEscaped()) +
                            QStringLiteral("<br/>") +
                            tr("%n risk(s) in this cell", nullptr, count(probability, consequence));
    return probabilityToolTip(probability) + consequenceToolTip(consequence) + QStringLiteral("<p>%1</p>").arg(summary);
}

bool MatrixWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPointF position = help->pos();
    if (const std::optional<Cell> cell = cellAt(position)) {
        QToolTip::showText(help->globalPos(), cellToolTip(cell->first, cell->second), this,
                           cellRect(cell->first, cell->second));
        return true;
    }
    // The level labels explain themselves too: their text may be elided.
    const Layout layout = widgetLayout();
    const int rows = m_matrix.probabilityLevels();
    if (layout.cell > 0 && layout.probabilityLabels.contains(position)) {
        const int row = std::clamp(static_cast<int>((position.y() - layout.grid.top()) / layout.cell), 0, rows - 1);
        QToolTip::showText(help->globalPos(), probabilityToolTip(rows - row), this);
        return true;
    }
    if (layout.cell > 0 && layout.consequenceLabels.contains(position)) {
        const int columns = m_matrix.consequenceLevels();
        const int column =
            std::clamp(static_cast<int>((position.x() - layout.grid.left()) / layout.cell), 0, columns - 1);
        QToolTip::showText(help->globalPos(), consequenceToolTip(column + 1), this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void MatrixWidget::setHoverCell(std::optional<Cell> cell)
{
    if (cell == m_hover)
        return;
    m_hover = cell;
    if (m_hover)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    update();
}

void MatrixWidget::mouseMoveEvent(QMouseEvent *event)
{
    setHoverCell(cellAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void MatrixWidget::leaveEvent(QEvent *event)
{
    setHoverCell(std::nullopt);
    QWidget::leaveEvent(event);
}

void MatrixWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = cellAt(event->position());
}

void MatrixWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const std::optional<Cell> cell = cellAt(event->position());
    const bool clicked = cell && cell == m_pressed;
    m_pressed.reset();
    if (!clicked)
        return;
    m_focus = *cell;
    update();
    emit cellClicked(cell->first, cell->second);
}

void MatrixWidget::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_matrix.probabilityLevels();
    const int columns = m_matrix.consequenceLevels();
    if (rows == 0 || columns == 0)
        return QWidget::keyPressEvent(event);
    int p = m_focus.first;
    int c = m_focus.second;
    switch (event->key()) {
    case Qt::Key_Up: ++p; break; // the highest probability is at the top
    case Qt::Key_Down: --p; break;
    case Qt::Key_Left: --c; break;
    case Qt::Key_Right: ++c; break;
    case Qt::Key_Home: c = 1; break;
    case Qt::Key_End: c = columns; break;
    case Qt::Key_PageUp: p = rows; break;
    case Qt::Key_PageDown: p = 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select: emit cellClicked(m_focus.first, m_focus.second); return;
    default: return QWidget::keyPressEvent(event);
    }
    m_focus = {std::clamp(p, 1, rows), std::clamp(c, 1, columns)};
    update();
}

} // namespace trygg::ui
