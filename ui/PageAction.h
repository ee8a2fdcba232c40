#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace brickdesk {

// An action of one page: its shortcut works only while that page has the focus (pages share
// keys), and its tooltip names the shortcut. Added to `page`, which owns it.
QAction *makePageAction(QWidget *page, const QString &text, const QKeySequence &shortcut,
                        const QString &tip, const char *icon);

} // namespace brickdesk
