// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace trygg::ui {

// A message above the pages (like a browser's info bar): errors and the read-only notice are shown
// here, not in modal dialogs, so work can go on and nothing blocks.
class NoticeBar : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);
    // With `actionText`, a button beside the text runs `action` (e.g. "Take over" a stale lock).
    void showMessage(Kind kind, const QString &text, bool closable = true, const QString &actionText = {},
                     std::function<void()> action = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_actionHandler;
    QToolButton *m_close;
};

} // namespace trygg::ui
