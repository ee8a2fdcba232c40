#include "RunInfo.h"

#include <QJsonArray>

namespace brickdesk {

namespace {

const QStringList kActiveLifeCycles = {
    QStringLiteral("QUEUED"),      QStringLiteral("PENDING"), QStringLiteral("RUNNING"),
    QStringLiteral("TERMINATING"), QStringLiteral("BLOCKED"), QStringLiteral("WAITING_FOR_RETRY"),
};

RunState readState(const JsonFields &fields)
{
    const JsonFields state = fields.child(QStringLiteral("state"));
    RunState result;
    result.lifeCycle = state.string(QStringLiteral("life_cycle_state"));
    result.result = state.string(QStringLiteral("result_state"));
    result.message = state.string(QStringLiteral("state_message"));
    result.userCancelledOrTimedOut = state.boolean(QStringLiteral("user_cancelled_or_timedout"));
    if (result.lifeCycle.isEmpty()) {
        // Newer answers may carry only status{state, termination_details{code}}.
        const JsonFields status = fields.child(QStringLiteral("status"));
        result.lifeCycle = status.string(QStringLiteral("state"));
        const QString code =
            status.child(QStringLiteral("termination_details")).string(QStringLiteral("code"));
        if (result.result.isEmpty() && !code.isEmpty())
            result.result = code == QStringLiteral("SUCCESS") ? code : QStringLiteral("FAILED");
    }
    if (result.lifeCycle.isEmpty() && fields.has(QStringLiteral("state")))
        fields.fail(fields.path(QStringLiteral("state.life_cycle_state")) +
                    QStringLiteral(" is missing"));
    return result;
}

// Multi-task runs report run_duration; single-task runs the three phases.
qint64 readDuration(const JsonFields &fields, const QDateTime &start, const QDateTime &end)
{
    const qint64 runDuration = fields.integer(QStringLiteral("run_duration"), -1);
    if (runDuration > 0)
        return runDuration;
    const qint64 phases = fields.integer(QStringLiteral("setup_duration")) +
                          fields.integer(QStringLiteral("execution_duration")) +
                          fields.integer(QStringLiteral("cleanup_duration"));
    if (phases > 0)
        return phases;
    if (start.isValid() && end.isValid() && end >= start)
        return start.msecsTo(end);
    return -1;
}

QStringList readDependsOn(const JsonFields &fields)
{
    QStringList keys;
    const QJsonArray dependsOn = fields.array(QStringLiteral("depends_on"));
    for (qsizetype i = 0; i < dependsOn.size(); ++i) {
        const QString key = fields.item(dependsOn, i, QStringLiteral("depends_on"))
                                .string(QStringLiteral("task_key"));
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

std::optional<TaskRunInfo> readTask(const JsonFields &fields)
{
    TaskRunInfo task;
    task.runId = fields.id(QStringLiteral("run_id"));
    task.taskKey = fields.string(QStringLiteral("task_key"));
    if (task.taskKey.isEmpty() && fields.ok())
        fields.fail(fields.path(QStringLiteral("task_key")) + QStringLiteral(" is missing"));
    task.state = readState(fields);
    task.startTime = fields.epochMs(QStringLiteral("start_time"));
    task.endTime = fields.epochMs(QStringLiteral("end_time"));
    task.durationMs = readDuration(fields, task.startTime, task.endTime);
    task.attempt = static_cast<int>(fields.integer(QStringLiteral("attempt_number")));
    task.dependsOn = readDependsOn(fields);
    task.clusterId =
        fields.child(QStringLiteral("cluster_instance")).string(QStringLiteral("cluster_id"));
    if (task.clusterId.isEmpty())
        task.clusterId = fields.string(QStringLiteral("existing_cluster_id"));
    task.description = fields.string(QStringLiteral("description"));
    if (!fields.ok())
        return std::nullopt;
    return task;
}

qint64 readLatestRepairId(const JsonFields &fields)
{
    qint64 latest = 0;
    const QJsonArray history = fields.array(QStringLiteral("repair_history"));
    for (qsizetype i = 0; i < history.size(); ++i) {
        const JsonFields entry = fields.item(history, i, QStringLiteral("repair_history"));
        if (entry.string(QStringLiteral("type")) == QStringLiteral("REPAIR"))
            latest = std::max(latest, entry.id(QStringLiteral("id"), false));
    }
    return latest;
}

} // namespace

bool RunState::isActive() const
{
    return kActiveLifeCycles.contains(lifeCycle);
}

bool RunState::isFailure() const
{
    if (isActive())
        return false;
    if (lifeCycle == QStringLiteral("INTERNAL_ERROR"))
        return true;
    return !result.isEmpty() && result != QStringLiteral("SUCCESS") &&
           result != QStringLiteral("EXCLUDED");
}

QString RunState::text() const
{
    if (isActive() || result.isEmpty())
        return lifeCycle;
    return result;
}

qint64 TaskRunInfo::elapsedMs(const QDateTime &now) const
{
    if (durationMs >= 0 && !state.isActive())
        return durationMs;
    if (!startTime.isValid())
        return -1;
    return std::max<qint64>(0, startTime.msecsTo(endTime.isValid() ? endTime : now));
}

qint64 RunInfo::elapsedMs(const QDateTime &now) const
{
    if (durationMs >= 0 && !state.isActive())
        return durationMs;
    if (!startTime.isValid())
        return -1;
    return std::max<qint64>(0, startTime.msecsTo(endTime.isValid() ? endTime : now));
}

QStringList RunInfo::failedTaskKeys() const
{
    QStringList keys;
    for (const TaskRunInfo &task : tasks) {
        if (task.state.isFailure())
            keys.append(task.taskKey);
    }
    return keys;
}

bool RunInfo::isRepairable() const
{
    return jobId > 0 && state.isFailure();
}

std::optional<RunInfo> RunInfo::fromJson(const QJsonObject &object, QString *error)
{
    const JsonFields fields(object, QStringLiteral("run"));
    std::optional<RunInfo> run = fromFields(fields);
    if (error)
        *error = fields.error();
    return run;
}

std::optional<RunInfo> RunInfo::fromFields(const JsonFields &fields)
{
    RunInfo run;
    run.runId = fields.id(QStringLiteral("run_id"));
    run.jobId = fields.id(QStringLiteral("job_id"), false);
    run.numberInJob = fields.integer(QStringLiteral("number_in_job"));
    run.runName = fields.string(QStringLiteral("run_name"));
    run.state = readState(fields);
    run.startTime = fields.epochMs(QStringLiteral("start_time"));
    run.endTime = fields.epochMs(QStringLiteral("end_time"));
    run.durationMs = readDuration(fields, run.startTime, run.endTime);
    run.trigger = fields.string(QStringLiteral("trigger"));
    run.runType = fields.string(QStringLiteral("run_type"));
    run.runPageUrl = fields.string(QStringLiteral("run_page_url"));
    run.clusterId =
        fields.child(QStringLiteral("cluster_instance")).string(QStringLiteral("cluster_id"));
    run.latestRepairId = readLatestRepairId(fields);
    const QJsonArray tasks = fields.array(QStringLiteral("tasks"));
    for (qsizetype i = 0; i < tasks.size() && fields.ok(); ++i) {
        if (std::optional<TaskRunInfo> task =
                readTask(fields.item(tasks, i, QStringLiteral("tasks"))))
            run.tasks.append(std::move(*task));
    }
    if (!fields.ok())
        return std::nullopt;
    return run;
}

QString formatRunDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace brickdesk
