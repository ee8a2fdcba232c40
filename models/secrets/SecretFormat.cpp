#include "SecretFormat.h"

#include <QCoreApplication>

namespace brickdesk::secretformat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("secretformat", text);
}

QString ago(qint64 seconds)
{
    if (seconds < 0)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 days ago").arg(seconds / 86400);
}

} // namespace

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString longTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("unknown");
    return QStringLiteral("%1 (%2)").arg(
        time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), ago(time.secsTo(now)));
}

} // namespace brickdesk::secretformat
