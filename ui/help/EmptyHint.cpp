// SPDX-License-Identifier: EUPL-1.2
#include "EmptyHint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace trygg::ui {

EmptyHint::EmptyHint(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport()), m_view(view), m_text(std::move(text))
{
    setObjectName(QStringLiteral("emptyHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the view's right-click menu and double-click stay
    view->viewport()->installEventFilter(this);
    const auto watch = [this] {
        if (QAbstractItemModel *model = m_view->model()) {
            connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::refresh, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::refresh, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::refresh, Qt::UniqueConnection);
        }
    };
    watch();
    refresh();
}

void EmptyHint::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    const QString text = model && model->rowCount() == 0 ? m_text() : QString();
    setText(text);
    setVisible(!text.isEmpty());
    place();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::place()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = fontMetrics().height() * 2;
    setGeometry(area.adjusted(margin, margin, -margin, -margin));
}

} // namespace trygg::ui
