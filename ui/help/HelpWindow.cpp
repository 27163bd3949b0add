// SPDX-License-Identifier: EUPL-1.2
#include "HelpWindow.h"

#include "Guide.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace trygg::ui {

namespace {

// A page's title, for the contents list: the text of its <title>.
QString pageTitle(const QUrl &url)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return url.fileName();
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1) : url.fileName();
}

QToolButton *toolButton(QStyle::StandardPixmap icon, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(guideLanguage(language)), m_contents(new QListWidget(this)),
      m_browser(new QTextBrowser(this)), m_back(toolButton(QStyle::SP_ArrowBack, tr("Back (Alt+Left)"), this)),
      m_forward(toolButton(QStyle::SP_ArrowForward, tr("Forward (Alt+Right)"), this)), m_search(new QLineEdit(this)),
      m_notFound(new QLabel(this))
{
    setWindowTitle(tr("Trygg user guide"));
    setObjectName(QStringLiteral("helpWindow"));

    auto *home = toolButton(QStyle::SP_DirHomeIcon, tr("Contents"), this);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showSection(QStringLiteral("index.html")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);

    m_search->setPlaceholderText(tr("Find in this page"));
    m_search->setToolTip(tr("Enter finds the next place, Shift+Enter the one before"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) * 3 / 2);
    m_notFound->setText(tr("Not found"));
    m_notFound->hide();
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Search as you type, from the top of the page.
        QTextCursor cursor = m_browser->textCursor();
        cursor.clearSelection();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        find(false);
    });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findAction);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter),
                                QKeySequence::FindPrevious});
    findPrevious->setShortcutContext(Qt::WidgetShortcut);
    connect(findPrevious, &QAction::triggered, this, [this] { find(true); });
    m_search->addAction(findPrevious);
    auto *findNext = new QAction(this);
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { find(false); });
    addAction(findNext);

    for (const QString &page : guidePages()) {
        const QUrl url = guideUrl(m_language, page);
        auto *item = new QListWidgetItem(pageTitle(url), m_contents);
        item->setData(Qt::UserRole, page);
    }
    m_contents->setAccessibleName(tr("Contents"));
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });

    m_browser->setOpenExternalLinks(true);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(home);
    bar->addStretch(1);
    bar->addWidget(m_notFound);
    bar->addWidget(m_search);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 660});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    resize(920, 680);
}

void HelpWindow::showSection(const QString &section)
{
    m_browser->setSource(guideUrl(m_language, section));
    show();
    raise();
    activateWindow();
}

QUrl HelpWindow::source() const
{
    return m_browser->source();
}

bool HelpWindow::find(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty()) {
        m_notFound->hide();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // from the other end of the page
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_notFound->setVisible(!found);
    return found;
}

void HelpWindow::sourceChanged(const QUrl &url)
{
    const QString page = url.fileName();
    for (int row = 0; row < m_contents->count(); ++row)
        if (m_contents->item(row)->data(Qt::UserRole).toString() == page) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(row);
        }
    setWindowTitle(tr("%1 - Trygg user guide").arg(m_browser->documentTitle()));
}

} // namespace trygg::ui
