// SPDX-License-Identifier: EUPL-1.2
#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace trygg::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        // The handler may show another message (replacing itself): run a copy.
        if (auto handler = m_actionHandler)
            handler();
    });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showMessage(Kind kind, const QString &text, bool closable, const QString &actionText,
                            std::function<void()> action)
{
    m_actionHandler = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_actionHandler);
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    const QColor background = kind == Kind::Error     ? QColor(0xfd, 0xec, 0xea)
                              : kind == Kind::Warning ? QColor(0xff, 0xf4, 0xd6)
                                                      : QColor(0xe8, 0xf1, 0xfb);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, Qt::black);
    setPalette(palette);
    m_close->setVisible(closable);
    show();
}

QString NoticeBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace trygg::ui
