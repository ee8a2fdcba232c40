#pragma once

#include "JsonFields.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// The state of a run or a task run, as runs/list and runs/get report it.
struct RunState
{
    QString lifeCycle; // QUEUED, PENDING, RUNNING, TERMINATING, TERMINATED, SKIPPED,
                       // INTERNAL_ERROR, ...
    QString result;    // SUCCESS, FAILED, TIMEDOUT, CANCELED, ... (empty while running)
    QString message;   // state_message
    bool userCancelledOrTimedOut = false;

    bool isActive() const;  // not yet in a final life cycle state
    bool isFailure() const; // ended without success (and not skipped as excluded)
    // One word for lists: the result when there is one, else the life cycle state.
    QString text() const;
    bool operator==(const RunState &) const = default;
};

// One task of a run (runs/get tasks[]).
struct TaskRunInfo
{
    qint64 runId = 0; // the task run's own id: runs/get-output takes this one
    QString taskKey;
    RunState state;
    QDateTime startTime;
    QDateTime endTime;
    qint64 durationMs = -1; // -1 while unknown
    int attempt = 0;
    QStringList dependsOn;
    QString clusterId;
    QString description;

    qint64 elapsedMs(const QDateTime &now) const;
    bool operator==(const TaskRunInfo &) const = default;
};

// A job run (runs/list item or runs/get).
struct RunInfo
{
    qint64 runId = 0;
    qint64 jobId = 0;
    qint64 numberInJob = 0;
    QString runName;
    RunState state;
    QDateTime startTime;
    QDateTime endTime;
    qint64 durationMs = -1; // run_duration, or setup+execution+cleanup, or end-start; -1 unknown
    QString trigger;        // PERIODIC, ONE_TIME, RETRY, RUN_JOB_TASK, ...
    QString runType;        // JOB_RUN, SUBMIT_RUN, WORKFLOW_RUN
    QString runPageUrl;
    QString clusterId;
    qint64 latestRepairId = 0; // runs/repair needs it once a run has been repaired
    QList<TaskRunInfo> tasks;

    // Duration so far for an active run, measured against `now`.
    qint64 elapsedMs(const QDateTime &now) const;
    QStringList failedTaskKeys() const;
    // A run that ended without success can be repaired (runs/repair).
    bool isRepairable() const;
    bool operator==(const RunInfo &) const = default;

    // nullopt, with the reason in `error`, when the object is not a run.
    static std::optional<RunInfo> fromJson(const QJsonObject &object, QString *error = nullptr);
    // The same, reading through `fields` so that errors name where in a larger answer they are.
    static std::optional<RunInfo> fromFields(const JsonFields &fields);
};

// "1 h 02 min", "4 min 05 s", "12 s"; "—" for a negative duration.
QString formatRunDuration(qint64 ms);

} // namespace brickdesk
