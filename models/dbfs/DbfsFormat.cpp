#include "DbfsFormat.h"

#include <QCoreApplication>

namespace brickdesk::dbfsformat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DbfsFormat", text);
}

} // namespace

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(qMax<qint64>(bytes, 0));
    static const char *const kUnits[] = {
        QT_TRANSLATE_NOOP("DbfsFormat", "KB"), QT_TRANSLATE_NOOP("DbfsFormat", "MB"),
        QT_TRANSLATE_NOOP("DbfsFormat", "GB"), QT_TRANSLATE_NOOP("DbfsFormat", "TB"),
        QT_TRANSLATE_NOOP("DbfsFormat", "PB")};
    double value = static_cast<double>(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(tr(kUnits[unit]));
}

QString humanRate(double bytesPerSecond)
{
    if (!(bytesPerSecond > 0.0))
        return {};
    return tr("%1/s").arg(humanSize(static_cast<qint64>(bytesPerSecond)));
}

QString humanDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        const qint64 rest = seconds % 60;
        return rest == 0 ? tr("%1 min").arg(seconds / 60)
                         : tr("%1 min %2 s").arg(seconds / 60).arg(rest);
    }
    const qint64 minutes = (seconds % 3600) / 60;
    return minutes == 0 ? tr("%1 h").arg(seconds / 3600)
                        : tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
}

} // namespace brickdesk::dbfsformat
