// SPDX-License-Identifier: EUPL-1.2
// Issue 17: the window carries its own icons (resources/icons, compiled in under :/icons): the application
// icon in the sizes the desktop asks for, and an icon for each action of its menus and each page.
#include "common/Icons.h"
#include "mainwindow/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>

#include <gtest/gtest.h>

using namespace trygg::ui;

namespace {

// Every action of a menu and its submenus, but not the recent files and the languages (named by data,
// not by what they do).
void collectActions(QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action->isCheckable())
            continue;
        if (QMenu *sub = action->menu()) {
            collectActions(sub, actions);
            continue;
        }
        if (menu->objectName() != QLatin1String("recentMenu"))
            actions << action;
    }
}

// An icon that draws something: QIcon of a file name that does not exist is not null, but has no pixmap.
bool drawsSomething(const QIcon &icon)
{
    return !icon.isNull() && !icon.pixmap(16, 16).isNull();
}

} // namespace

TEST(IconsTest, ApplicationIconHasEverySizeTheWindowUses)
{
    const QIcon icon = applicationIcon();
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QPixmap pixmap = icon.pixmap(size, size);
        EXPECT_EQ(pixmap.size(), QSize(size, size)) << size;
        EXPECT_FALSE(pixmap.toImage().allGray()) << "the icon of " << size << " px is blue, not grey";
    }
}

TEST(IconsTest, EveryActionIconOfResourcesIsCompiledInWithItsHighDpiSize)
{
    const QDir sources(QStringLiteral(TRYGG_RESOURCES_DIR "/icons/actions"));
    const QStringList svgs = sources.entryList({QStringLiteral("*.svg")});
    ASSERT_FALSE(svgs.isEmpty());
    for (const QString &svg : svgs) {
        const QString name = svg.chopped(4);
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/icons/actions/%1.png").arg(name))) << name.toStdString();
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/icons/actions/%1@2x.png").arg(name))) << name.toStdString();
        EXPECT_TRUE(drawsSomething(actionIcon(name.toUtf8().constData()))) << name.toStdString();
    }
}

TEST(IconsTest, EveryMenuActionAndPageOfTheWindowHasAnIcon)
{
    MainWindow window;
    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions())
        if (QMenu *menu = top->menu())
            collectActions(menu, actions);
    ASSERT_GT(actions.size(), 15);
    for (QAction *action : std::as_const(actions))
        EXPECT_TRUE(drawsSomething(action->icon())) << action->text().toStdString();
    const auto *pages = window.findChild<QListWidget *>();
    ASSERT_NE(pages, nullptr);
    for (int i = 0; i < pages->count(); ++i)
        EXPECT_TRUE(drawsSomething(pages->item(i)->icon())) << pages->item(i)->text().toStdString();
}
