#include "StateColours.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace brickdesk {

QColor colourForState(const QString &state)
{
    if (state == QStringLiteral("RUNNING"))
        return QColor(0x2e, 0x7d, 0x32);
    if (state == QStringLiteral("PENDING") || state == QStringLiteral("RESTARTING") ||
        state == QStringLiteral("RESIZING"))
        return QColor(0xef, 0x6c, 0x00);
    if (state == QStringLiteral("TERMINATING") || state == QStringLiteral("TERMINATED"))
        return QColor(0x75, 0x75, 0x75);
    if (state == QStringLiteral("ERROR"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x54, 0x6e, 0x7a);
}

namespace {

QIcon paintedIcon(const QColor &colour, bool round)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    if (round)
        painter.drawEllipse(QRectF(3, 3, 10, 10));
    else
        painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

QIcon stateIcon(const QString &state)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(state);
    if (it == cache.end())
        it = cache.insert(state, paintedIcon(colourForState(state), true));
    return *it;
}

QIcon colourSwatch(const QString &colour)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(colour);
    if (it == cache.end())
        it = cache.insert(colour, paintedIcon(QColor(colour), false));
    return *it;
}

} // namespace brickdesk
