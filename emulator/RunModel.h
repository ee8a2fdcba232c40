#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace brickdesk::emulator {

// What run-now asks for beyond the job itself.
struct RunRequest
{
    QJsonObject jobParameters;  // name → value
    QJsonObject notebookParams; // merged into notebook tasks' base_parameters
    QJsonArray pythonParams;    // replace python tasks' parameters
    QJsonArray jarParams;       // replace JAR tasks' parameters
    QStringList only;           // run just these tasks (empty: all)
    QString trigger = QStringLiteral("ONE_TIME");
    QJsonObject overridingParameters; // as given, for runs/get
};

// One run as stored (the runs/get shape without run_page_url), with its task runs held apart so
// that they can be changed in place; json() puts them back.
class RunRecord
{
public:
    explicit RunRecord(QJsonObject run);

    QJsonObject json() const;
    qint64 runId() const;
    qint64 jobId() const; // 0 for a one-time (submitted) run
    QString lifeCycle() const;
    bool isActive() const;

    QJsonObject &run() { return m_run; }
    QList<QJsonObject> &tasks() { return m_tasks; }
    const QList<QJsonObject> &tasks() const { return m_tasks; }
    QJsonObject *task(const QString &taskKey);

    // run.state and run.status together.
    void setState(const QString &lifeCycle, const QString &resultState = {},
                  const QString &message = {}, bool userCancelledOrTimedOut = false);
    void setTermination(const QString &code, const QString &type, const QString &message);

private:
    QJsonObject m_run;
    QList<QJsonObject> m_tasks;
};

namespace runModel {

// Life cycle states that end a run or task.
bool isTerminal(const QString &lifeCycle);
QString lifeCycleOf(const QJsonObject &runOrTask);
QString resultOf(const QJsonObject &runOrTask);

// state and status objects of a run or task.
void setTaskState(QJsonObject &task, const QString &lifeCycle, const QString &resultState = {},
                  const QString &message = {});
void setTaskTermination(QJsonObject &task, const QString &code, const QString &type,
                        const QString &message);

// A new job run in PENDING, tasks PENDING (no upstream) or BLOCKED, start_time = nowMs.
// `allocateId` gives the task run ids.
QJsonObject newJobRun(const QJsonObject &job, qint64 runId, const RunRequest &request,
                      const QString &creator, qint64 nowMs,
                      const std::function<qint64()> &allocateId);
// A new one-time run (runs/submit): no job_id, run_type SUBMIT_RUN.
QJsonObject newSubmitRun(const QString &runName, const QJsonArray &tasks,
                         const QJsonArray &jobClusters, qint64 timeoutSeconds, qint64 runId,
                         const QString &creator, qint64 nowMs,
                         const std::function<qint64()> &allocateId);
// A task run for `taskSpec` in PENDING or BLOCKED (with upstream tasks in the run).
QJsonObject newTaskRun(const QJsonObject &taskSpec, qint64 taskRunId, bool hasUpstream);

// Ends a task run with `result` at nowMs: state, status with termination details, end time and
// durations. An empty message takes the service's usual one for the result.
void endTask(QJsonObject &task, const QString &result, qint64 nowMs, QString message = {});
// Sets a run whose tasks all ended to TERMINATED with SUCCESS, or FAILED naming the first task
// that failed.
void settleResult(RunRecord &record);
bool isFailure(const QString &resultState);

// The task's upstream task keys that are part of `run`.
QStringList upstreamKeys(const QJsonObject &task, const QList<QJsonObject> &runTasks);

// Whether a task that waited on upstream tasks with these result states may run, by its run_if
// (ALL_SUCCESS by default); when not, the result state it ends with.
bool runIfSatisfied(const QString &runIf, const QStringList &upstreamResults,
                    QString *skippedResult);

} // namespace runModel

} // namespace brickdesk::emulator
