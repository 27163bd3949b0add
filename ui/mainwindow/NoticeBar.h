#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace trygg::ui {

// A message above the pages (like a browser's info bar): errors and the read-only notice are shown
// here, not in modal dialogs, so work can go on and nothing blocks.
class NoticeBar : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);
    void showMessage(Kind kind, const QString &text, bool closable = true);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace trygg::ui
