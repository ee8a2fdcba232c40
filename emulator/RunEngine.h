#pragma once

#include "RunModel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace brickdesk::emulator {

class ClusterLifecycle;
class RunRecord;
class Simulation;

// Job runs in simulated time. A run is admitted against its job's max_concurrent_runs (beyond it:
// QUEUED when the job's queue is enabled, else SKIPPED), waits PENDING for 20 s while its job
// clusters start, then runs its tasks in depends_on order, each for 60-600 s, honouring run_if;
// it ends TERMINATED with SUCCESS or FAILED. Cancelling goes through TERMINATING (5 s) to
// CANCELED. A repair re-runs chosen tasks under new task run ids. Job clusters appear in the
// cluster list (cluster_source JOB) while the run needs them.
class RunEngine
{
public:
    static constexpr qint64 kPendingMs = 20'000;
    static constexpr qint64 kCancelMs = 5'000;

    RunEngine(Simulation &sim, ClusterLifecycle &clusters);

    // Creates a run of `job` and starts, queues or skips it; returns its run_id.
    qint64 runJob(const QJsonObject &job, const RunRequest &request, bool queueEnabled);
    // Creates and starts a one-time run; returns its run_id.
    qint64 submit(const QString &runName, const QJsonArray &tasks, const QJsonArray &jobClusters,
                  qint64 timeoutSeconds);
    // No-op for a run that already ended.
    void cancel(qint64 runId);
    // Every active run of the job (jobId > 0), or every queued run (jobId == 0).
    void cancelAll(qint64 jobId);
    // Re-runs `taskKeys` of an ended run; returns the repair id.
    qint64 repair(qint64 runId, const QStringList &taskKeys);
    // The job is being deleted: its runs stop and go.
    void forgetJob(qint64 jobId);

    // After loading: runs caught mid-way carry on from their stored state.
    void resume();

    static bool isRepairAttempt(const QJsonObject &run, qint64 taskRunId);

private:
    void admit(qint64 runId, bool queueEnabled);
    void beginPending(qint64 runId);
    void beginRunning(qint64 runId);
    void advanceTasks(qint64 runId);
    void finishTask(qint64 runId, const QString &taskKey);
    void completeCancel(qint64 runId);
    void finishRun(RunRecord &record);
    void startQueuedRuns(qint64 jobId);
    void attachClusters(RunRecord &record);
    void releaseJobClusters(const RunRecord &record);
    void scheduleTaskEnd(qint64 runId, const QJsonObject &task);
    int activeRunCount(qint64 jobId, qint64 exceptRunId = 0) const;
    void store(const RunRecord &record);

    Simulation &m_sim;
    ClusterLifecycle &m_clusters;
};

} // namespace brickdesk::emulator
