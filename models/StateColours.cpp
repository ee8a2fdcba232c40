#include "StateColours.h"

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

} // namespace brickdesk
