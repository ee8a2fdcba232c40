#include "RunEngine.h"

#include "ClusterLifecycle.h"
#include "RunOutcome.h"
#include "SimScheduler.h"
#include "Simulation.h"
#include "StableHash.h"
#include "WorkspaceState.h"

#include <QHash>
#include <QSet>

namespace brickdesk::emulator {

namespace {

const QString kTaskKey = QStringLiteral("task_key");
const QString kRunning = QStringLiteral("RUNNING");
const QString kPending = QStringLiteral("PENDING");
const QString kBlocked = QStringLiteral("BLOCKED");
const QString kQueued = QStringLiteral("QUEUED");
const QString kTerminating = QStringLiteral("TERMINATING");
const QString kTerminated = QStringLiteral("TERMINATED");
const QString kSuccess = QStringLiteral("SUCCESS");
const QString kFailed = QStringLiteral("FAILED");
const QString kCanceled = QStringLiteral("CANCELED");

QString scheduleKey(qint64 runId)
{
    return QStringLiteral("run:") + QString::number(runId);
}

qint64 timeOf(const QJsonObject &object, const QString &key)
{
    return static_cast<qint64>(object.value(key).toDouble());
}

int maxConcurrentRuns(const QJsonObject &job)
{
    const QJsonObject settings = job.value(QStringLiteral("settings")).toObject();
    return settings.value(QStringLiteral("max_concurrent_runs")).toInt(1);
}

} // namespace

RunEngine::RunEngine(Simulation &sim, ClusterLifecycle &clusters)
    : m_sim(sim)
    , m_clusters(clusters)
{}

qint64 RunEngine::runJob(const QJsonObject &job, const RunRequest &request, bool queueEnabled)
{
    WorkspaceState &state = m_sim.state();
    const qint64 runId = state.allocateRunId();
    state.putRun(runModel::newJobRun(job, runId, request, m_sim.userName(), m_sim.nowMs(),
                                     [&state] { return state.allocateRunId(); }));
    admit(runId, queueEnabled);
    return runId;
}

qint64 RunEngine::submit(const QString &runName, const QJsonArray &tasks,
                         const QJsonArray &jobClusters, qint64 timeoutSeconds)
{
    WorkspaceState &state = m_sim.state();
    const qint64 runId = state.allocateRunId();
    state.putRun(runModel::newSubmitRun(runName, tasks, jobClusters, timeoutSeconds, runId,
                                        m_sim.userName(), m_sim.nowMs(),
                                        [&state] { return state.allocateRunId(); }));
    beginPending(runId);
    return runId;
}

void RunEngine::cancel(qint64 runId)
{
    const std::optional<QJsonObject> stored = m_sim.state().run(runId);
    if (!stored)
        return;
    RunRecord record(*stored);
    if (!record.isActive() || record.lifeCycle() == kTerminating)
        return;
    m_sim.scheduler().cancel(scheduleKey(runId));
    record.setState(kTerminating, QString(), QStringLiteral("Run cancellation requested."));
    for (QJsonObject &task : record.tasks()) {
        if (runModel::lifeCycleOf(task) == kRunning)
            runModel::setTaskState(task, kTerminating);
    }
    store(record);
    m_sim.scheduler().after(kCancelMs, scheduleKey(runId),
                            [this, runId] { completeCancel(runId); });
}

void RunEngine::cancelAll(qint64 jobId)
{
    QList<qint64> toCancel;
    for (const auto &[runId, run] : m_sim.state().runs()) {
        const RunRecord record(run);
        if (!record.isActive())
            continue;
        if (jobId > 0 ? record.jobId() == jobId : record.lifeCycle() == kQueued)
            toCancel.append(runId);
    }
    for (const qint64 runId : std::as_const(toCancel))
        cancel(runId);
}

qint64 RunEngine::repair(qint64 runId, const QStringList &taskKeys)
{
    WorkspaceState &state = m_sim.state();
    RunRecord record(*state.run(runId));
    const qint64 now = m_sim.nowMs();
    const qint64 repairId = state.allocateRunId();

    QJsonArray history = record.run().value(QStringLiteral("repair_history")).toArray();
    if (history.isEmpty()) {
        QJsonArray originalIds;
        for (const QJsonObject &task : record.tasks())
            originalIds.append(task.value(QStringLiteral("run_id")));
        history.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("ORIGINAL")},
            {QStringLiteral("start_time"), record.run().value(QStringLiteral("start_time"))},
            {QStringLiteral("end_time"), record.run().value(QStringLiteral("end_time"))},
            {QStringLiteral("state"), record.run().value(QStringLiteral("state"))},
            {QStringLiteral("status"), record.run().value(QStringLiteral("status"))},
            {QStringLiteral("task_run_ids"), originalIds}});
    }
    const QSet<QString> selected(taskKeys.cbegin(), taskKeys.cend());
    QJsonArray repairedIds;
    QList<QJsonObject> &tasks = record.tasks();
    for (QJsonObject &task : tasks) {
        if (!selected.contains(task.value(kTaskKey).toString()))
            continue;
        const qint64 taskRunId = state.allocateRunId();
        QStringList upstream;
        for (const QString &key : runModel::upstreamKeys(task, tasks)) {
            if (selected.contains(key))
                upstream.append(key);
        }
        task = runModel::newTaskRun(task, taskRunId, !upstream.isEmpty());
        task.remove(QStringLiteral("run_duration"));
        task.insert(QStringLiteral("attempt_number"), 0);
        repairedIds.append(taskRunId);
    }
    QJsonObject pending{{QStringLiteral("life_cycle_state"), kPending},
                        {QStringLiteral("state_message"), QString()},
                        {QStringLiteral("user_cancelled_or_timedout"), false}};
    history.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("REPAIR")},
                    {QStringLiteral("id"), repairId},
                    {QStringLiteral("start_time"), now},
                    {QStringLiteral("end_time"), 0},
                    {QStringLiteral("state"), pending},
                    {QStringLiteral("status"), QJsonObject{{QStringLiteral("state"), kPending}}},
                    {QStringLiteral("task_run_ids"), repairedIds}});
    record.run().insert(QStringLiteral("repair_history"), history);
    record.run().insert(QStringLiteral("end_time"), 0);
    record.setState(kPending);
    store(record);
    beginPending(runId);
    return repairId;
}

void RunEngine::forgetJob(qint64 jobId)
{
    QList<qint64> runIds;
    for (const auto &[runId, run] : m_sim.state().runs()) {
        if (RunRecord(run).jobId() == jobId)
            runIds.append(runId);
    }
    for (const qint64 runId : std::as_const(runIds)) {
        const RunRecord record(*m_sim.state().run(runId));
        m_sim.scheduler().cancel(scheduleKey(runId));
        if (record.isActive())
            releaseJobClusters(record);
        m_sim.state().removeRun(runId);
    }
}

void RunEngine::resume()
{
    QSet<qint64> jobsWithQueue;
    for (const auto &[runId, run] : m_sim.state().runs()) {
        const RunRecord record(run);
        const QString lifeCycle = record.lifeCycle();
        const qint64 id = runId;
        if (lifeCycle == kQueued) {
            jobsWithQueue.insert(record.jobId());
        } else if (lifeCycle == kPending) {
            m_sim.scheduler().after(kPendingMs, scheduleKey(id), [this, id] { beginRunning(id); });
        } else if (lifeCycle == kTerminating) {
            m_sim.scheduler().after(kCancelMs, scheduleKey(id), [this, id] { completeCancel(id); });
        } else if (lifeCycle == kRunning) {
            for (const QJsonObject &task : record.tasks()) {
                if (runModel::lifeCycleOf(task) == kRunning)
                    scheduleTaskEnd(id, task);
            }
            m_sim.scheduler().after(0, scheduleKey(id), [this, id] { advanceTasks(id); });
        }
    }
    for (const qint64 jobId : std::as_const(jobsWithQueue))
        startQueuedRuns(jobId);
}

bool RunEngine::isRepairAttempt(const QJsonObject &run, qint64 taskRunId)
{
    const QJsonArray history = run.value(QStringLiteral("repair_history")).toArray();
    for (const QJsonValue &entry : history) {
        const QJsonObject repair = entry.toObject();
        if (repair.value(QStringLiteral("type")).toString() != QLatin1String("REPAIR"))
            continue;
        const QJsonArray ids = repair.value(QStringLiteral("task_run_ids")).toArray();
        for (const QJsonValue &id : ids) {
            if (static_cast<qint64>(id.toDouble()) == taskRunId)
                return true;
        }
    }
    return false;
}

void RunEngine::admit(qint64 runId, bool queueEnabled)
{
    RunRecord record(*m_sim.state().run(runId));
    const std::optional<QJsonObject> job = m_sim.state().job(record.jobId());
    const int limit = job ? maxConcurrentRuns(*job) : 1;
    bool queueWaiting = false;
    for (const auto &[id, run] : m_sim.state().runs()) {
        const RunRecord other(run);
        if (id != runId && other.jobId() == record.jobId() && other.lifeCycle() == kQueued)
            queueWaiting = true;
    }
    if (activeRunCount(record.jobId(), runId) < limit && !queueWaiting) {
        beginPending(runId);
        return;
    }
    const qint64 now = m_sim.nowMs();
    if (queueEnabled) {
        record.setState(kQueued, QString(),
                        QStringLiteral("Queued because the limit of %1 maximum concurrent runs "
                                       "has been reached.")
                            .arg(limit));
        record.run().insert(QStringLiteral("queue_duration"), 0);
        store(record);
        return;
    }
    const QString message = QStringLiteral("Skipping this run because the limit of %1 maximum "
                                           "concurrent runs has been reached.")
                                .arg(limit);
    record.setState(QStringLiteral("SKIPPED"), QString(), message);
    record.setTermination(QStringLiteral("MAX_CONCURRENT_RUNS_EXCEEDED"),
                          QStringLiteral("CLIENT_ERROR"), message);
    record.run().insert(QStringLiteral("end_time"), now);
    for (QJsonObject &task : record.tasks()) {
        runModel::setTaskState(task, QStringLiteral("SKIPPED"), QString(), message);
        runModel::setTaskTermination(task, QStringLiteral("MAX_CONCURRENT_RUNS_EXCEEDED"),
                                     QStringLiteral("CLIENT_ERROR"), message);
    }
    store(record);
}

void RunEngine::beginPending(qint64 runId)
{
    RunRecord record(*m_sim.state().run(runId));
    const qint64 now = m_sim.nowMs();
    if (record.lifeCycle() == kQueued) {
        const qint64 queued = now - timeOf(record.run(), QStringLiteral("start_time"));
        record.run().insert(QStringLiteral("queue_duration"), queued);
    }
    record.setState(kPending);
    attachClusters(record);
    store(record);
    m_sim.scheduler().after(kPendingMs, scheduleKey(runId), [this, runId] { beginRunning(runId); });
}

void RunEngine::beginRunning(qint64 runId)
{
    const std::optional<QJsonObject> stored = m_sim.state().run(runId);
    if (!stored)
        return;
    RunRecord record(*stored);
    if (record.lifeCycle() != kPending)
        return;
    const qint64 now = m_sim.nowMs();
    const qint64 waited = now - timeOf(record.run(), QStringLiteral("start_time")) -
                          timeOf(record.run(), QStringLiteral("queue_duration"));
    if (record.tasks().size() == 1 && !record.run().contains(QStringLiteral("repair_history"))) {
        record.run().insert(QStringLiteral("setup_duration"), waited);
    }
    record.run().insert(QStringLiteral("running_since"), now);
    record.setState(kRunning);
    store(record);
    advanceTasks(runId);
}

// Starts every task whose upstream tasks have ended and whose run_if holds, ends those whose
// run_if cannot hold, and ends the run when no task is left.
void RunEngine::advanceTasks(qint64 runId)
{
    const std::optional<QJsonObject> stored = m_sim.state().run(runId);
    if (!stored)
        return;
    RunRecord record(*stored);
    if (record.lifeCycle() != kRunning)
        return;
    const qint64 now = m_sim.nowMs();
    QList<QJsonObject> &tasks = record.tasks();
    bool changed = true;
    while (changed) {
        changed = false;
        QHash<QString, QString> results;
        for (const QJsonObject &task : std::as_const(tasks)) {
            if (runModel::isTerminal(runModel::lifeCycleOf(task)))
                results.insert(task.value(kTaskKey).toString(), runModel::resultOf(task));
        }
        for (QJsonObject &task : tasks) {
            const QString lifeCycle = runModel::lifeCycleOf(task);
            if (lifeCycle != kPending && lifeCycle != kBlocked)
                continue;
            QStringList upstreamResults;
            bool waiting = false;
            for (const QString &key : runModel::upstreamKeys(task, tasks)) {
                if (!results.contains(key))
                    waiting = true;
                upstreamResults.append(results.value(key));
            }
            if (waiting)
                continue;
            QString skipped;
            if (runModel::runIfSatisfied(task.value(QStringLiteral("run_if")).toString(),
                                         upstreamResults, &skipped)) {
                runModel::setTaskState(task, kRunning);
                task.insert(QStringLiteral("start_time"), now);
                scheduleTaskEnd(runId, task);
            } else {
                runModel::endTask(task, skipped, now);
                results.insert(task.value(kTaskKey).toString(), skipped);
            }
            changed = true;
        }
    }
    const bool done = std::all_of(tasks.cbegin(), tasks.cend(), [](const QJsonObject &task) {
        return runModel::isTerminal(runModel::lifeCycleOf(task));
    });
    if (done)
        finishRun(record);
    store(record);
}

void RunEngine::finishTask(qint64 runId, const QString &taskKey)
{
    const std::optional<QJsonObject> stored = m_sim.state().run(runId);
    if (!stored)
        return;
    RunRecord record(*stored);
    QJsonObject *task = record.task(taskKey);
    if (!task || runModel::lifeCycleOf(*task) != kRunning || record.lifeCycle() != kRunning)
        return;
    const qint64 taskRunId = WorkspaceState::runIdOf(*task);
    const bool fails = runOutcome::taskFails(*task, isRepairAttempt(record.run(), taskRunId));
    runModel::endTask(*task, fails ? kFailed : kSuccess, m_sim.nowMs());
    store(record);
    advanceTasks(runId);
}

void RunEngine::completeCancel(qint64 runId)
{
    const std::optional<QJsonObject> stored = m_sim.state().run(runId);
    if (!stored)
        return;
    RunRecord record(*stored);
    if (record.lifeCycle() != kTerminating)
        return;
    const qint64 now = m_sim.nowMs();
    const QString message =
        QStringLiteral("Run was cancelled by ") + m_sim.userName() + QLatin1Char('.');
    for (QJsonObject &task : record.tasks()) {
        if (!runModel::isTerminal(runModel::lifeCycleOf(task)))
            runModel::endTask(task, kCanceled, now, message);
    }
    record.setState(kTerminated, kCanceled, message, true);
    record.setTermination(QStringLiteral("USER_CANCELED"), QStringLiteral("SUCCESS"), message);
    finishRun(record);
    store(record);
}

// Sets end time, durations and (unless cancelled) the result, frees the job clusters and lets
// the next queued run of the job start.
void RunEngine::finishRun(RunRecord &record)
{
    const qint64 now = m_sim.nowMs();
    QJsonObject &run = record.run();
    if (record.lifeCycle() != kTerminated)
        runModel::settleResult(record);
    const qint64 start = timeOf(run, QStringLiteral("start_time"));
    run.insert(QStringLiteral("end_time"), now);
    run.insert(QStringLiteral("run_duration"), now - start);
    const qint64 runningSince = timeOf(run, QStringLiteral("running_since"));
    if (record.tasks().size() == 1 && !run.contains(QStringLiteral("repair_history")) &&
        runningSince > 0) {
        run.insert(QStringLiteral("execution_duration"), now - runningSince);
    }
    run.remove(QStringLiteral("running_since"));
    QJsonArray history = run.value(QStringLiteral("repair_history")).toArray();
    if (!history.isEmpty()) {
        QJsonObject last = history.last().toObject();
        last.insert(QStringLiteral("end_time"), now);
        last.insert(QStringLiteral("state"), run.value(QStringLiteral("state")));
        last.insert(QStringLiteral("status"), run.value(QStringLiteral("status")));
        history.replace(history.size() - 1, last);
        run.insert(QStringLiteral("repair_history"), history);
    }
    releaseJobClusters(record);
    m_sim.scheduler().cancel(scheduleKey(record.runId()));
    const qint64 jobId = record.jobId();
    if (jobId > 0) {
        // After this run is stored as ended.
        m_sim.scheduler().after(0, QStringLiteral("queue:") + QString::number(jobId),
                                [this, jobId] { startQueuedRuns(jobId); });
    }
}

void RunEngine::startQueuedRuns(qint64 jobId)
{
    const std::optional<QJsonObject> job = m_sim.state().job(jobId);
    if (!job)
        return;
    const int limit = maxConcurrentRuns(*job);
    QList<qint64> queued;
    for (const auto &[runId, run] : m_sim.state().runs()) {
        const RunRecord record(run);
        if (record.jobId() == jobId && record.lifeCycle() == kQueued)
            queued.append(runId);
    }
    for (const qint64 runId : std::as_const(queued)) {
        if (activeRunCount(jobId) >= limit)
            break;
        beginPending(runId);
    }
}

// Gives each task its cluster_instance: the existing cluster it names, or a job cluster made for
// this run (one per job_cluster_key, one per task with a new_cluster).
void RunEngine::attachClusters(RunRecord &record)
{
    QHash<QString, QString> jobClusterIds;
    const QJsonArray jobClusters = record.run().value(QStringLiteral("job_clusters")).toArray();
    const QString namePrefix =
        QStringLiteral("job-%1-run-%2").arg(record.jobId()).arg(record.runId());
    const auto makeCluster = [&](const QJsonObject &spec) {
        QJsonObject extra{{QStringLiteral("cluster_name"), namePrefix}};
        QJsonObject tags{
            {QStringLiteral("Vendor"), QStringLiteral("Databricks")},
            {QStringLiteral("Creator"), m_sim.userName()},
            {QStringLiteral("ClusterName"), namePrefix},
            {QStringLiteral("RunName"), record.run().value(QStringLiteral("run_name"))},
            {QStringLiteral("JobId"), QString::number(record.jobId())}};
        extra.insert(QStringLiteral("default_tags"), tags);
        QJsonObject clusterSpec = spec;
        clusterSpec.remove(QStringLiteral("cluster_name"));
        return m_clusters.create(clusterSpec, QStringLiteral("JOB"), extra, kPendingMs);
    };
    for (QJsonObject &task : record.tasks()) {
        if (runModel::isTerminal(runModel::lifeCycleOf(task)))
            continue;
        QString clusterId = task.value(QStringLiteral("existing_cluster_id")).toString();
        const QString key = task.value(QStringLiteral("job_cluster_key")).toString();
        if (clusterId.isEmpty() && !key.isEmpty()) {
            if (!jobClusterIds.contains(key)) {
                for (const QJsonValue &cluster : jobClusters) {
                    if (cluster.toObject().value(QStringLiteral("job_cluster_key")).toString() ==
                        key) {
                        jobClusterIds.insert(key,
                                             makeCluster(cluster.toObject()
                                                             .value(QStringLiteral("new_cluster"))
                                                             .toObject()));
                    }
                }
            }
            clusterId = jobClusterIds.value(key);
        } else if (clusterId.isEmpty() && task.contains(QStringLiteral("new_cluster"))) {
            clusterId = makeCluster(task.value(QStringLiteral("new_cluster")).toObject());
        }
        if (clusterId.isEmpty())
            continue; // serverless
        const auto cluster = m_sim.state().cluster(clusterId);
        const QJsonValue context =
            cluster ? cluster->value(QStringLiteral("spark_context_id")) : QJsonValue();
        QJsonObject instance{{QStringLiteral("cluster_id"), clusterId}};
        instance.insert(
            QStringLiteral("spark_context_id"),
            context.isUndefined()
                ? QString::number(mixHash(stableHash(clusterId)) % 9'000'000'000'000'000ULL)
                : QString::number(static_cast<qint64>(context.toDouble())));
        task.insert(QStringLiteral("cluster_instance"), instance);
    }
}

void RunEngine::releaseJobClusters(const RunRecord &record)
{
    QSet<QString> released;
    for (const QJsonObject &task : record.tasks()) {
        const QString clusterId = task.value(QStringLiteral("cluster_instance"))
                                      .toObject()
                                      .value(QStringLiteral("cluster_id"))
                                      .toString();
        if (clusterId.isEmpty() || released.contains(clusterId))
            continue;
        released.insert(clusterId);
        const auto cluster = m_sim.state().cluster(clusterId);
        if (cluster &&
            cluster->value(QStringLiteral("cluster_source")).toString() == QLatin1String("JOB")) {
            m_clusters.terminate(clusterId, QStringLiteral("JOB_FINISHED"),
                                 QStringLiteral("SUCCESS"));
        }
    }
}

void RunEngine::scheduleTaskEnd(qint64 runId, const QJsonObject &task)
{
    const QString key = task.value(kTaskKey).toString();
    const qint64 end =
        timeOf(task, QStringLiteral("start_time")) + runOutcome::taskDurationMs(task);
    m_sim.scheduler().at(end, scheduleKey(runId), [this, runId, key] { finishTask(runId, key); });
}

int RunEngine::activeRunCount(qint64 jobId, qint64 exceptRunId) const
{
    int count = 0;
    for (const auto &[runId, run] : m_sim.state().runs()) {
        const RunRecord record(run);
        if (runId != exceptRunId && record.jobId() == jobId && record.isActive() &&
            record.lifeCycle() != kQueued)
            ++count;
    }
    return count;
}

void RunEngine::store(const RunRecord &record)
{
    m_sim.state().putRun(record.json());
    m_sim.persistSoon();
}

} // namespace brickdesk::emulator
