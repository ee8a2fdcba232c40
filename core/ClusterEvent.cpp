#include "ClusterEvent.h"

#include "ClusterInfo.h"

#include <QJsonArray>
#include <QStringList>

namespace brickdesk {

QString ClusterEvent::summary() const
{
    QStringList parts;
    const QString user = details.value(QStringLiteral("user")).toString();
    if (!user.isEmpty())
        parts.append(QStringLiteral("by ") + user);
    const QJsonObject reason = details.value(QStringLiteral("reason")).toObject();
    const QString code = reason.value(QStringLiteral("code")).toString();
    if (!code.isEmpty())
        parts.append(QStringLiteral("reason: ") + code);
    if (details.contains(QStringLiteral("target_num_workers")))
        parts.append(QStringLiteral("target workers: %1").arg(details.value(QStringLiteral("target_num_workers")).toInt()));
    if (details.contains(QStringLiteral("current_num_workers")))
        parts.append(QStringLiteral("workers: %1").arg(details.value(QStringLiteral("current_num_workers")).toInt()));
    const QString cause = details.value(QStringLiteral("cause")).toString();
    if (!cause.isEmpty())
        parts.append(cause);
    return parts.join(QStringLiteral(", "));
}

QString ClusterEvent::stateAfter() const
{
    if (type == QStringLiteral("CREATING") || type == QStringLiteral("STARTING"))
        return QStringLiteral("PENDING");
    if (type == QStringLiteral("RUNNING") || type == QStringLiteral("UPSIZE_COMPLETED") ||
        type == QStringLiteral("DRIVER_HEALTHY"))
        return QStringLiteral("RUNNING");
    if (type == QStringLiteral("RESTARTING"))
        return QStringLiteral("RESTARTING");
    if (type == QStringLiteral("RESIZING"))
        return QStringLiteral("RESIZING");
    if (type == QStringLiteral("TERMINATING"))
        return QStringLiteral("TERMINATED");
    return {};
}

std::optional<ClusterEvent> ClusterEvent::fromJson(const QJsonObject &object)
{
    ClusterEvent event;
    event.type = object.value(QStringLiteral("type")).toString();
    event.timestamp = dateTimeFromEpochMs(object.value(QStringLiteral("timestamp")));
    if (event.type.isEmpty() || !event.timestamp.isValid())
        return std::nullopt;
    event.details = object.value(QStringLiteral("details")).toObject();
    return event;
}

} // namespace brickdesk
