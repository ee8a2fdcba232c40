#include "ClusterInfo.h"

#include <QJsonValue>
#include <QTimeZone>

namespace brickdesk {

QDateTime dateTimeFromEpochMs(const QJsonValue &value)
{
    const double ms = value.toDouble(0);
    if (ms <= 0 || ms > 32503680000000.0) // after year 3000: not a real timestamp
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc());
}

QString ClusterInfo::workersText() const
{
    if (autoscaleMin && autoscaleMax)
        return QStringLiteral("%1–%2 (autoscale)").arg(*autoscaleMin).arg(*autoscaleMax);
    return QString::number(numWorkers);
}

qint64 ClusterInfo::uptimeSeconds(const QDateTime &now) const
{
    if (state != QStringLiteral("RUNNING") && state != QStringLiteral("RESIZING"))
        return 0;
    const QDateTime since = lastRestartedTime.isValid() ? lastRestartedTime : startTime;
    return since.isValid() ? std::max<qint64>(0, since.secsTo(now)) : 0;
}

bool ClusterInfo::isTransitioning() const
{
    return state == QStringLiteral("PENDING") || state == QStringLiteral("RESTARTING") ||
           state == QStringLiteral("RESIZING") || state == QStringLiteral("TERMINATING");
}

std::optional<ClusterInfo> ClusterInfo::fromJson(const QJsonObject &object)
{
    ClusterInfo info;
    info.id = object.value(QStringLiteral("cluster_id")).toString();
    if (info.id.isEmpty())
        return std::nullopt;
    info.name = object.value(QStringLiteral("cluster_name")).toString();
    info.state = object.value(QStringLiteral("state")).toString(QStringLiteral("UNKNOWN"));
    info.stateMessage = object.value(QStringLiteral("state_message")).toString();
    info.sparkVersion = object.value(QStringLiteral("spark_version")).toString();
    info.nodeTypeId = object.value(QStringLiteral("node_type_id")).toString();
    info.driverNodeTypeId = object.value(QStringLiteral("driver_node_type_id")).toString();
    info.numWorkers = object.value(QStringLiteral("num_workers")).toInt();
    const QJsonObject autoscale = object.value(QStringLiteral("autoscale")).toObject();
    if (autoscale.contains(QStringLiteral("min_workers")) && autoscale.contains(QStringLiteral("max_workers"))) {
        info.autoscaleMin = autoscale.value(QStringLiteral("min_workers")).toInt();
        info.autoscaleMax = autoscale.value(QStringLiteral("max_workers")).toInt();
    }
    info.autoterminationMinutes = object.value(QStringLiteral("autotermination_minutes")).toInt();
    info.creator = object.value(QStringLiteral("creator_user_name")).toString();
    info.source = object.value(QStringLiteral("cluster_source")).toString();
    info.startTime = dateTimeFromEpochMs(object.value(QStringLiteral("start_time")));
    info.terminatedTime = dateTimeFromEpochMs(object.value(QStringLiteral("terminated_time")));
    info.terminationCode =
        object.value(QStringLiteral("termination_reason")).toObject().value(QStringLiteral("code")).toString();
    info.memoryMb = static_cast<qint64>(object.value(QStringLiteral("cluster_memory_mb")).toDouble());
    info.cores = object.value(QStringLiteral("cluster_cores")).toDouble();
    info.lastRestartedTime = dateTimeFromEpochMs(object.value(QStringLiteral("last_restarted_time")));
    info.raw = object;
    return info;
}

} // namespace brickdesk
