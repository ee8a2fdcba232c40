#include "RunModel.h"

#include "WorkspaceState.h"

#include <QSet>
#include <algorithm>

namespace brickdesk::emulator {

namespace {

const QString kState = QStringLiteral("state");
const QString kStatus = QStringLiteral("status");
const QString kTasks = QStringLiteral("tasks");
const QString kTaskKey = QStringLiteral("task_key");
const QString kLifeCycle = QStringLiteral("life_cycle_state");
const QString kResult = QStringLiteral("result_state");

// The newer status.state for a life cycle state.
QString statusStateOf(const QString &lifeCycle)
{
    if (lifeCycle == QLatin1String("SKIPPED") || lifeCycle == QLatin1String("INTERNAL_ERROR"))
        return QStringLiteral("TERMINATED");
    if (lifeCycle == QLatin1String("WAITING_FOR_RETRY"))
        return QStringLiteral("WAITING");
    return lifeCycle;
}

QJsonObject stateObject(const QString &lifeCycle, const QString &resultState,
                        const QString &message, bool userCancelledOrTimedOut)
{
    QJsonObject state{{kLifeCycle, lifeCycle},
                      {QStringLiteral("state_message"), message},
                      {QStringLiteral("user_cancelled_or_timedout"), userCancelledOrTimedOut}};
    if (!resultState.isEmpty())
        state.insert(kResult, resultState);
    return state;
}

QJsonObject parametersWithOverrides(QJsonObject parameters, const QJsonObject &overrides)
{
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        parameters.insert(it.key(), it.value());
    return parameters;
}

// The task as it runs: its spec with run-now's parameters applied.
QJsonObject appliedParameters(QJsonObject task, const RunRequest &request)
{
    const auto update = [&task](const QString &type, const std::function<void(QJsonObject &)> &f) {
        if (!task.contains(type))
            return;
        QJsonObject spec = task.value(type).toObject();
        f(spec);
        task.insert(type, spec);
    };
    if (!request.notebookParams.isEmpty()) {
        update(QStringLiteral("notebook_task"), [&](QJsonObject &spec) {
            spec.insert(
                QStringLiteral("base_parameters"),
                parametersWithOverrides(spec.value(QStringLiteral("base_parameters")).toObject(),
                                        request.notebookParams));
        });
    }
    if (!request.pythonParams.isEmpty()) {
        for (const QString &type :
             {QStringLiteral("spark_python_task"), QStringLiteral("python_wheel_task")}) {
            update(type, [&](QJsonObject &spec) {
                spec.insert(QStringLiteral("parameters"), request.pythonParams);
            });
        }
    }
    if (!request.jarParams.isEmpty()) {
        update(QStringLiteral("spark_jar_task"), [&](QJsonObject &spec) {
            spec.insert(QStringLiteral("parameters"), request.jarParams);
        });
    }
    return task;
}

QJsonArray taskRuns(const QJsonArray &specs, const QSet<QString> &selected,
                    const RunRequest *request, const std::function<qint64()> &allocateId)
{
    QList<QJsonObject> chosen;
    for (const QJsonValue &value : specs) {
        const QJsonObject spec = value.toObject();
        if (selected.isEmpty() || selected.contains(spec.value(kTaskKey).toString()))
            chosen.append(request ? appliedParameters(spec, *request) : spec);
    }
    QJsonArray tasks;
    for (const QJsonObject &spec : std::as_const(chosen)) {
        const bool hasUpstream = !runModel::upstreamKeys(spec, chosen).isEmpty();
        tasks.append(runModel::newTaskRun(spec, allocateId(), hasUpstream));
    }
    return tasks;
}

void setStateAndStatus(QJsonObject &object, const QString &lifeCycle, const QString &resultState,
                       const QString &message, bool userCancelledOrTimedOut)
{
    object.insert(kState, stateObject(lifeCycle, resultState, message, userCancelledOrTimedOut));
    QJsonObject status{{kState, statusStateOf(lifeCycle)}};
    if (lifeCycle == QLatin1String("QUEUED")) {
        status.insert(
            QStringLiteral("queue_details"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("ACTIVE_RUNS_LIMIT_REACHED")},
                        {QStringLiteral("message"), message}});
    }
    object.insert(kStatus, status);
}

} // namespace

RunRecord::RunRecord(QJsonObject run)
    : m_run(std::move(run))
{
    const QJsonArray tasks = m_run.value(kTasks).toArray();
    for (const QJsonValue &task : tasks)
        m_tasks.append(task.toObject());
}

QJsonObject RunRecord::json() const
{
    QJsonObject run = m_run;
    QJsonArray tasks;
    for (const QJsonObject &task : m_tasks)
        tasks.append(task);
    run.insert(kTasks, tasks);
    return run;
}

qint64 RunRecord::runId() const
{
    return WorkspaceState::runIdOf(m_run);
}

qint64 RunRecord::jobId() const
{
    return static_cast<qint64>(m_run.value(QStringLiteral("job_id")).toDouble());
}

QString RunRecord::lifeCycle() const
{
    return runModel::lifeCycleOf(m_run);
}

bool RunRecord::isActive() const
{
    return !runModel::isTerminal(lifeCycle());
}

QJsonObject *RunRecord::task(const QString &taskKey)
{
    for (QJsonObject &task : m_tasks) {
        if (task.value(kTaskKey).toString() == taskKey)
            return &task;
    }
    return nullptr;
}

void RunRecord::setState(const QString &lifeCycle, const QString &resultState,
                         const QString &message, bool userCancelledOrTimedOut)
{
    setStateAndStatus(m_run, lifeCycle, resultState, message, userCancelledOrTimedOut);
}

void RunRecord::setTermination(const QString &code, const QString &type, const QString &message)
{
    QJsonObject status = m_run.value(kStatus).toObject();
    status.insert(QStringLiteral("termination_details"),
                  QJsonObject{{QStringLiteral("code"), code},
                              {QStringLiteral("type"), type},
                              {QStringLiteral("message"), message}});
    m_run.insert(kStatus, status);
}

namespace runModel {

bool isTerminal(const QString &lifeCycle)
{
    return lifeCycle == QLatin1String("TERMINATED") || lifeCycle == QLatin1String("SKIPPED") ||
           lifeCycle == QLatin1String("INTERNAL_ERROR");
}

QString lifeCycleOf(const QJsonObject &runOrTask)
{
    return runOrTask.value(kState).toObject().value(kLifeCycle).toString();
}

QString resultOf(const QJsonObject &runOrTask)
{
    return runOrTask.value(kState).toObject().value(kResult).toString();
}

void setTaskState(QJsonObject &task, const QString &lifeCycle, const QString &resultState,
                  const QString &message)
{
    setStateAndStatus(task, lifeCycle, resultState, message,
                      resultState == QLatin1String("CANCELED"));
}

void setTaskTermination(QJsonObject &task, const QString &code, const QString &type,
                        const QString &message)
{
    QJsonObject status = task.value(kStatus).toObject();
    status.insert(QStringLiteral("termination_details"),
                  QJsonObject{{QStringLiteral("code"), code},
                              {QStringLiteral("type"), type},
                              {QStringLiteral("message"), message}});
    task.insert(kStatus, status);
}

QJsonObject newTaskRun(const QJsonObject &taskSpec, qint64 taskRunId, bool hasUpstream)
{
    QJsonObject task = taskSpec;
    task.insert(QStringLiteral("run_id"), taskRunId);
    task.insert(QStringLiteral("attempt_number"), 0);
    if (!task.contains(QStringLiteral("run_if")))
        task.insert(QStringLiteral("run_if"), QStringLiteral("ALL_SUCCESS"));
    for (const QString &key : {QStringLiteral("start_time"), QStringLiteral("setup_duration"),
                               QStringLiteral("execution_duration"),
                               QStringLiteral("cleanup_duration"), QStringLiteral("end_time")}) {
        task.insert(key, 0);
    }
    task.remove(QStringLiteral("cluster_instance"));
    setTaskState(task, hasUpstream ? QStringLiteral("BLOCKED") : QStringLiteral("PENDING"));
    return task;
}

QJsonObject newJobRun(const QJsonObject &job, qint64 runId, const RunRequest &request,
                      const QString &creator, qint64 nowMs,
                      const std::function<qint64()> &allocateId)
{
    const QJsonObject settings = job.value(QStringLiteral("settings")).toObject();
    const qint64 jobId = WorkspaceState::jobIdOf(job);
    const QSet<QString> only(request.only.cbegin(), request.only.cend());
    QJsonObject run{
        {QStringLiteral("job_id"), jobId},
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("number_in_job"), runId},
        {QStringLiteral("original_attempt_run_id"), runId},
        {QStringLiteral("creator_user_name"), creator},
        {QStringLiteral("run_name"), settings.value(QStringLiteral("name")).toString()},
        {QStringLiteral("run_type"), QStringLiteral("JOB_RUN")},
        {QStringLiteral("trigger"), request.trigger},
        {QStringLiteral("format"), QStringLiteral("MULTI_TASK")},
        {QStringLiteral("attempt_number"), 0},
        {QStringLiteral("start_time"), nowMs},
        {QStringLiteral("setup_duration"), 0},
        {QStringLiteral("execution_duration"), 0},
        {QStringLiteral("cleanup_duration"), 0},
        {QStringLiteral("end_time"), 0},
        {QStringLiteral("run_duration"), 0},
        {kTasks, taskRuns(settings.value(kTasks).toArray(), only, &request, allocateId)},
    };
    if (settings.contains(QStringLiteral("job_clusters")))
        run.insert(QStringLiteral("job_clusters"), settings.value(QStringLiteral("job_clusters")));
    if (settings.contains(QStringLiteral("schedule")))
        run.insert(QStringLiteral("schedule"), settings.value(QStringLiteral("schedule")));
    const QJsonArray parameters = settings.value(QStringLiteral("parameters")).toArray();
    if (!parameters.isEmpty()) {
        QJsonArray values;
        for (const QJsonValue &parameter : parameters) {
            const QString name = parameter.toObject().value(QStringLiteral("name")).toString();
            const QJsonValue fallback = parameter.toObject().value(QStringLiteral("default"));
            values.append(
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("default"), fallback},
                            {QStringLiteral("value"), request.jobParameters.contains(name)
                                                          ? request.jobParameters.value(name)
                                                          : fallback}});
        }
        run.insert(QStringLiteral("job_parameters"), values);
    }
    if (!request.overridingParameters.isEmpty())
        run.insert(QStringLiteral("overriding_parameters"), request.overridingParameters);
    RunRecord record(run);
    record.setState(QStringLiteral("PENDING"));
    return record.json();
}

QJsonObject newSubmitRun(const QString &runName, const QJsonArray &tasks,
                         const QJsonArray &jobClusters, qint64 timeoutSeconds, qint64 runId,
                         const QString &creator, qint64 nowMs,
                         const std::function<qint64()> &allocateId)
{
    QJsonObject run{
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("number_in_job"), runId},
        {QStringLiteral("original_attempt_run_id"), runId},
        {QStringLiteral("creator_user_name"), creator},
        {QStringLiteral("run_name"), runName},
        {QStringLiteral("run_type"), QStringLiteral("SUBMIT_RUN")},
        {QStringLiteral("trigger"), QStringLiteral("ONE_TIME")},
        {QStringLiteral("format"), QStringLiteral("MULTI_TASK")},
        {QStringLiteral("attempt_number"), 0},
        {QStringLiteral("start_time"), nowMs},
        {QStringLiteral("setup_duration"), 0},
        {QStringLiteral("execution_duration"), 0},
        {QStringLiteral("cleanup_duration"), 0},
        {QStringLiteral("end_time"), 0},
        {QStringLiteral("run_duration"), 0},
        {QStringLiteral("timeout_seconds"), timeoutSeconds},
        {kTasks, taskRuns(tasks, {}, nullptr, allocateId)},
    };
    if (!jobClusters.isEmpty())
        run.insert(QStringLiteral("job_clusters"), jobClusters);
    RunRecord record(run);
    record.setState(QStringLiteral("PENDING"));
    return record.json();
}

bool isFailure(const QString &resultState)
{
    return resultState == QLatin1String("FAILED") || resultState == QLatin1String("TIMEDOUT") ||
           resultState == QLatin1String("UPSTREAM_FAILED");
}

void endTask(QJsonObject &task, const QString &result, qint64 nowMs, QString message)
{
    if (message.isEmpty()) {
        if (result == QLatin1String("FAILED"))
            message = QStringLiteral("Workload failed, see run output for details");
        else if (result == QLatin1String("UPSTREAM_FAILED"))
            message = QStringLiteral("Upstream task(s) failed.");
        else if (result == QLatin1String("UPSTREAM_CANCELED"))
            message = QStringLiteral("Upstream task(s) were cancelled.");
        else if (result == QLatin1String("EXCLUDED"))
            message = QStringLiteral("The run_if condition was not met.");
    }
    const auto start = static_cast<qint64>(task.value(QStringLiteral("start_time")).toDouble());
    setTaskState(task, QStringLiteral("TERMINATED"), result, message);
    if (start > 0) {
        task.insert(QStringLiteral("end_time"), nowMs);
        task.insert(QStringLiteral("execution_duration"), nowMs - start);
        task.insert(QStringLiteral("run_duration"), nowMs - start);
    }
    if (result == QLatin1String("SUCCESS"))
        setTaskTermination(task, QStringLiteral("SUCCESS"), QStringLiteral("SUCCESS"), message);
    else if (result == QLatin1String("FAILED"))
        setTaskTermination(task, QStringLiteral("RUN_EXECUTION_ERROR"),
                           QStringLiteral("CLIENT_ERROR"), message);
    else if (result == QLatin1String("CANCELED"))
        setTaskTermination(task, QStringLiteral("USER_CANCELED"), QStringLiteral("SUCCESS"),
                           message);
    else
        setTaskTermination(task, QStringLiteral("SKIPPED"), QStringLiteral("SUCCESS"), message);
}

void settleResult(RunRecord &record)
{
    QString failedTask;
    bool failed = false;
    for (const QJsonObject &task : record.tasks()) {
        const QString result = resultOf(task);
        if (result == QLatin1String("FAILED") && failedTask.isEmpty())
            failedTask = task.value(kTaskKey).toString();
        failed = failed || isFailure(result);
    }
    if (!failed) {
        record.setState(QStringLiteral("TERMINATED"), QStringLiteral("SUCCESS"));
        record.setTermination(QStringLiteral("SUCCESS"), QStringLiteral("SUCCESS"), QString());
        return;
    }
    const QString message = QStringLiteral("Task ") + failedTask +
                            QStringLiteral(" failed with message: Workload failed, see run output "
                                           "for details. This caused all downstream tasks to get "
                                           "skipped.");
    record.setState(QStringLiteral("TERMINATED"), QStringLiteral("FAILED"), message);
    record.setTermination(QStringLiteral("RUN_EXECUTION_ERROR"), QStringLiteral("CLIENT_ERROR"),
                          message);
}

QStringList upstreamKeys(const QJsonObject &task, const QList<QJsonObject> &runTasks)
{
    QSet<QString> present;
    for (const QJsonObject &other : runTasks)
        present.insert(other.value(kTaskKey).toString());
    QStringList keys;
    const QJsonArray dependsOn = task.value(QStringLiteral("depends_on")).toArray();
    for (const QJsonValue &dependency : dependsOn) {
        const QString key = dependency.toObject().value(kTaskKey).toString();
        if (present.contains(key)) // with only[], tasks left out count as done
            keys.append(key);
    }
    return keys;
}

bool runIfSatisfied(const QString &runIf, const QStringList &upstreamResults,
                    QString *skippedResult)
{
    const auto isSuccess = [](const QString &r) { return r == QLatin1String("SUCCESS"); };
    const auto isFailure = [](const QString &r) {
        return r == QLatin1String("FAILED") || r == QLatin1String("TIMEDOUT") ||
               r == QLatin1String("UPSTREAM_FAILED");
    };
    const auto isCanceled = [](const QString &r) {
        return r == QLatin1String("CANCELED") || r == QLatin1String("UPSTREAM_CANCELED");
    };
    const bool allSuccess =
        std::all_of(upstreamResults.cbegin(), upstreamResults.cend(), [&](const QString &r) {
            return isSuccess(r) || r == QLatin1String("EXCLUDED");
        });
    const bool anySuccess =
        std::any_of(upstreamResults.cbegin(), upstreamResults.cend(), isSuccess);
    const bool anyFailure =
        std::any_of(upstreamResults.cbegin(), upstreamResults.cend(), isFailure);
    const bool allFailure =
        std::all_of(upstreamResults.cbegin(), upstreamResults.cend(), isFailure);
    const bool anyCanceled =
        std::any_of(upstreamResults.cbegin(), upstreamResults.cend(), isCanceled);

    bool satisfied = allSuccess;
    if (runIf == QLatin1String("ALL_DONE"))
        satisfied = true;
    else if (runIf == QLatin1String("NONE_FAILED"))
        satisfied = !anyFailure && !anyCanceled;
    else if (runIf == QLatin1String("AT_LEAST_ONE_SUCCESS"))
        satisfied = anySuccess;
    else if (runIf == QLatin1String("ALL_FAILED"))
        satisfied = allFailure;
    else if (runIf == QLatin1String("AT_LEAST_ONE_FAILED"))
        satisfied = anyFailure;
    if (!satisfied) {
        if (runIf.isEmpty() || runIf == QLatin1String("ALL_SUCCESS") ||
            runIf == QLatin1String("NONE_FAILED")) {
            *skippedResult = anyCanceled && !anyFailure ? QStringLiteral("UPSTREAM_CANCELED")
                                                        : QStringLiteral("UPSTREAM_FAILED");
        } else {
            *skippedResult = QStringLiteral("EXCLUDED");
        }
    }
    return satisfied;
}

} // namespace runModel

} // namespace brickdesk::emulator
