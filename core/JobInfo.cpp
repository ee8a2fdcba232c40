#include "JobInfo.h"

#include "ClusterInfo.h"

#include <QJsonArray>
#include <cmath>

namespace brickdesk {

QString JobInfo::scheduleText() const
{
    if (schedule.isEmpty())
        return QStringLiteral("—");
    QString text = schedule;
    if (!timezone.isEmpty())
        text += QStringLiteral(" (") + timezone + QLatin1Char(')');
    if (schedulePaused)
        text.prepend(QStringLiteral("paused: "));
    return text;
}

std::optional<JobInfo> JobInfo::fromJson(const QJsonObject &object)
{
    const QJsonValue idValue = object.value(QStringLiteral("job_id"));
    double id = 0;
    if (idValue.isDouble())
        id = idValue.toDouble();
    else if (idValue.isString())
        id = idValue.toString().toDouble();
    if (!(id >= 1) || id > 9007199254740991.0 || std::floor(id) != id)
        return std::nullopt;
    JobInfo info;
    info.id = static_cast<qint64>(id);
    info.creator = object.value(QStringLiteral("creator_user_name")).toString();
    info.createdTime = dateTimeFromEpochMs(object.value(QStringLiteral("created_time")));
    const QJsonObject settings = object.value(QStringLiteral("settings")).toObject();
    info.name = settings.value(QStringLiteral("name")).toString();
    if (info.name.isEmpty())
        info.name = QStringLiteral("Untitled job %1").arg(info.id);
    const QJsonObject schedule = settings.value(QStringLiteral("schedule")).toObject();
    info.schedule = schedule.value(QStringLiteral("quartz_cron_expression")).toString();
    info.timezone = schedule.value(QStringLiteral("timezone_id")).toString();
    info.schedulePaused =
        schedule.value(QStringLiteral("pause_status")).toString() == QStringLiteral("PAUSED");
    info.maxConcurrentRuns = settings.value(QStringLiteral("max_concurrent_runs")).toInt(1);
    info.taskCount = static_cast<int>(settings.value(QStringLiteral("tasks")).toArray().size());
    const QJsonObject tags = settings.value(QStringLiteral("tags")).toObject();
    info.tagKeys = tags.keys();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        info.tags.insert(it.key(), it.value().isString() ? it.value().toString()
                                                         : it.value().toVariant().toString());
    return info;
}

} // namespace brickdesk
