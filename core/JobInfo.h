#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// What the job list shows of a job (jobs/list item or jobs/get). Lenient like ClusterInfo.
struct JobInfo
{
    qint64 id = 0;
    QString name;
    QString creator;
    QDateTime createdTime;
    QString schedule; // quartz cron expression, empty when not scheduled
    QString timezone;
    bool schedulePaused = false;
    int maxConcurrentRuns = 1;
    int taskCount = 0; // 0 when the list was fetched without expand_tasks
    QStringList tagKeys;
    QMap<QString, QString> tags; // key → value ("" for a key-only tag)

    QString scheduleText() const; // "0 0 2 * * ? (UTC)", "paused: ...", "—"

    // nullopt when job_id is missing or not a positive number.
    static std::optional<JobInfo> fromJson(const QJsonObject &object);
    bool operator==(const JobInfo &) const = default;
};

} // namespace brickdesk
