// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QIcon>
#include <QString>

namespace trygg::ui {

// The window's own icons, compiled in under :/icons from resources/icons (resources/CMakeLists.txt).

// Trygg's application icon in every size it is rendered in.
inline QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/trygg-%1.png").arg(size), QSize(size, size));
    return icon;
}

// The icon of an action or page: resources/icons/actions/NAME.svg, as NAME.png and NAME@2x.png.
inline QIcon actionIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.png").arg(QLatin1String(name)));
}

} // namespace trygg::ui
