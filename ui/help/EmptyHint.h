// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace trygg::ui {

// What to do first, over an empty table (issue 13: "an empty register's pages say what to do first"):
// shown in the middle of the view while its model has no rows and `text` has something to say. The text
// is asked again whenever the rows change, so a table emptied by a filter can say nothing.
class EmptyHint : public QLabel {
    Q_OBJECT

public:
    EmptyHint(QAbstractItemView *view, std::function<QString()> text);
    // Asks the text again and shows or hides the hint.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace trygg::ui
