#include "PageAction.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace brickdesk {

QAction *makePageAction(QWidget *page, const QString &text, const QKeySequence &shortcut,
                        const QString &tip, const char *icon)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, page);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : QStringLiteral("%1 (%2)").arg(
                                                tip, shortcut.toString(QKeySequence::NativeText)));
    page->addAction(action);
    return action;
}

} // namespace brickdesk
