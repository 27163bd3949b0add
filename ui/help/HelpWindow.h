// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace trygg::ui {

// Help > User guide: the guide's pages in the program's language (English where the guide has no such
// language), a contents list beside the page, back and forward, and search within the page.
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(const QString &language, QWidget *parent = nullptr);

    // Shows a section of the guide ("risk-form.html", "yearly-cycle.html#due") and brings the window up.
    void showSection(const QString &section);
    QUrl source() const;
    QString language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }
    // Finds the search field's text in the page after the cursor (or before it), wrapping round; false
    // when the page does not contain it.
    bool find(bool backward = false);

private:
    void sourceChanged(const QUrl &url);

    QString m_language;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLineEdit *m_search;
    QLabel *m_notFound;
};

} // namespace trygg::ui
