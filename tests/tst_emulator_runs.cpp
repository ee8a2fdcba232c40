// The emulator's job runs over real HTTP: run-now, runs/get through PENDING, RUNNING and
// TERMINATED in simulated time, outputs and errors, dependencies, cancel, cancel-all, repair,
// idempotency, concurrency limits and queueing, runs/list paging and filters, runs/submit, and the
// demo run history. Time scales are raised and lowered with setTimeScale(); nothing sleeps.

#include "WorkspaceEmulator.h"
#include "testing/EmulatorTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace brickdesk::emulator;
using brickdesk::emulator::testing::EmulatorTestClient;
using brickdesk::emulator::testing::HttpResult;

namespace {

const QString kToken = QStringLiteral("dapi-emulator-runs-test-0123456789");
const QString kSharedAnalytics = QStringLiteral("0923-164208-k9x2m1qa");
constexpr double kReal = 1.0;      // for checking a state right after a request
constexpr double kSlow = 50.0;     // PENDING lasts 400 ms, a task at least 1.2 s
constexpr double kFast = 200000.0; // a whole run in a few milliseconds

QJsonObject task(const QString &key, const QStringList &dependsOn = {},
                 const QString &kind = QStringLiteral("notebook"))
{
    QJsonObject result{{"task_key", key}, {"existing_cluster_id", kSharedAnalytics}};
    if (kind == QLatin1String("python")) {
        result.insert("spark_python_task",
                      QJsonObject{{"python_file", QString("/Workspace/Shared/etl/" + key + ".py")},
                                  {"parameters", QJsonArray{"--env", "prod"}}});
    } else {
        result.insert("notebook_task",
                      QJsonObject{{"notebook_path", QString("/Workspace/Shared/etl/" + key)},
                                  {"base_parameters", QJsonObject{{"env", "dev"}}}});
    }
    QJsonArray deps;
    for (const QString &dep : dependsOn)
        deps.append(QJsonObject{{"task_key", dep}});
    if (!deps.isEmpty())
        result.insert("depends_on", deps);
    return result;
}

qint64 idOf(const QJsonObject &object, const char *key = "run_id")
{
    return static_cast<qint64>(object.value(QString::fromUtf8(key)).toDouble());
}

QJsonObject taskNamed(const QJsonObject &run, const QString &key)
{
    for (const QJsonValue &value : run.value("tasks").toArray()) {
        if (value.toObject().value("task_key").toString() == key)
            return value.toObject();
    }
    return {};
}

QString lifeCycleOf(const QJsonObject &object)
{
    return object.value("state").toObject().value("life_cycle_state").toString();
}

QString resultOf(const QJsonObject &object)
{
    return object.value("state").toObject().value("result_state").toString();
}

} // namespace

class tst_EmulatorRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void runNowGoesPendingRunningTerminatedSuccess();
    void successfulTaskOutputHasNotebookResult();
    void failingTaskFailsWithErrorTrace();
    void multiTaskRunFollowsDependsOn();
    void multiTaskGetOutputIsRefused();
    void upstreamFailureSkipsDownstreamUnlessAllDone();
    void cancelEndsCanceled();
    void cancelAllCancelsEveryActiveRun();
    void concurrencyLimitSkipsWithoutQueue();
    void concurrencyLimitQueuesWithQueue();
    void repairRerunsTheFailedTasks();
    void repairRejectsBadRequests();
    void idempotencyTokenReturnsTheSameRun();
    void runNowParametersAndOnly();
    void runNowRejectsBadInput_data();
    void runNowRejectsBadInput();
    void runsListPagesNewestFirstAndFilters();
    void runsListRejectsBadInput_data();
    void runsListRejectsBadInput();
    void runsGetAndOutputRejectUnknownRuns_data();
    void runsGetAndOutputRejectUnknownRuns();
    void submitRunsOneTimeRun();
    void jobClusterExistsWhileTheRunNeedsIt();
    void demoSeedHasRunHistory();
    void activeRunResumesAfterReload();

private:
    bool start(double timeScale = kFast, const QString &stateDir = {});
    qint64 createJob(const QJsonObject &settings);
    qint64 runNow(qint64 jobId, const QJsonObject &extra = {});
    bool waitForEnd(qint64 runId);

    std::unique_ptr<WorkspaceEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
};

void tst_EmulatorRuns::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

bool tst_EmulatorRuns::start(double timeScale, const QString &stateDir)
{
    EmulatorOptions options;
    options.token = kToken;
    options.timeScale = timeScale;
    options.stateDir = stateDir;
    m_emulator = std::make_unique<WorkspaceEmulator>(options);
    if (!m_emulator->listen(0))
        return false;
    m_client = std::make_unique<EmulatorTestClient>(*m_emulator, kToken);
    return true;
}

qint64 tst_EmulatorRuns::createJob(const QJsonObject &settings)
{
    const HttpResult created = m_client->post("/api/2.1/jobs/create", settings);
    if (created.status != 200)
        qWarning("create failed: %s", created.body.constData());
    return idOf(created.json, "job_id");
}

qint64 tst_EmulatorRuns::runNow(qint64 jobId, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert("job_id", jobId);
    const HttpResult started = m_client->post("/api/2.1/jobs/run-now", body);
    if (started.status != 200)
        qWarning("run-now failed: %s", started.body.constData());
    return idOf(started.json);
}

bool tst_EmulatorRuns::waitForEnd(qint64 runId)
{
    // Polls runs/get while the event loop (and so the emulator) runs, as QTRY_* does.
    return QTest::qWaitFor(
        [&] {
            const QString lifeCycle = m_client->lifeCycle(runId);
            return lifeCycle == "TERMINATED" || lifeCycle == "SKIPPED" ||
                   lifeCycle == "INTERNAL_ERROR";
        },
        10000);
}

void tst_EmulatorRuns::runNowGoesPendingRunningTerminatedSuccess()
{
    QVERIFY(start(kReal));
    const qint64 jobId =
        createJob({{"name", "Orders ingest"}, {"tasks", QJsonArray{task("ingest")}}});
    const qint64 before = m_emulator->simulatedNowMs();
    const HttpResult started = m_client->post("/api/2.1/jobs/run-now", {{"job_id", jobId}});
    QCOMPARE(started.status, 200);
    const qint64 runId = idOf(started.json);
    QVERIFY(runId > 0);
    QCOMPARE(idOf(started.json, "number_in_job"), runId);

    QJsonObject run = m_client->run(runId);
    QCOMPARE(lifeCycleOf(run), QStringLiteral("PENDING"));
    QCOMPARE(run.value("status").toObject().value("state").toString(), QStringLiteral("PENDING"));
    QCOMPARE(idOf(run, "job_id"), jobId);
    QCOMPARE(run.value("run_name").toString(), QStringLiteral("Orders ingest"));
    QCOMPARE(run.value("run_type").toString(), QStringLiteral("JOB_RUN"));
    QCOMPARE(run.value("trigger").toString(), QStringLiteral("ONE_TIME"));
    QCOMPARE(run.value("creator_user_name").toString(),
             QStringLiteral("demo.user@brickdesk.example"));
    QVERIFY(idOf(run, "start_time") >= before);
    QCOMPARE(idOf(run, "end_time"), 0);
    QCOMPARE(run.value("run_page_url").toString(),
             m_emulator->baseUrl().toString() +
                 QStringLiteral("/?o=3141592653589793#job/%1/run/%2").arg(jobId).arg(runId));
    QCOMPARE(run.value("state").toObject().value("user_cancelled_or_timedout"), QJsonValue(false));
    const qint64 taskRunId = idOf(run.value("tasks").toArray().first().toObject());
    QVERIFY(taskRunId > 0 && taskRunId != runId);

    m_emulator->setTimeScale(kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->lifeCycle(runId), QStringLiteral("RUNNING"), 5000);
    m_emulator->setTimeScale(kReal);
    run = m_client->run(runId);
    const QJsonObject running = run.value("tasks").toArray().first().toObject();
    QCOMPARE(lifeCycleOf(running), QStringLiteral("RUNNING"));
    QVERIFY(idOf(running, "start_time") > 0);
    QCOMPARE(running.value("cluster_instance").toObject().value("cluster_id").toString(),
             kSharedAnalytics);

    m_emulator->setTimeScale(kFast);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->lifeCycle(runId), QStringLiteral("TERMINATED"), 5000);
    run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("SUCCESS"));
    QCOMPARE(run.value("status").toObject().value("state").toString(),
             QStringLiteral("TERMINATED"));
    QCOMPARE(run.value("status").toObject().value("termination_details").toObject().value("code"),
             QJsonValue("SUCCESS"));
    const qint64 start = idOf(run, "start_time");
    const qint64 end = idOf(run, "end_time");
    QVERIFY(end > start);
    QCOMPARE(idOf(run, "run_duration"), end - start);
    // One task: the durations split the run; PENDING took 20 simulated seconds.
    QVERIFY(qAbs(idOf(run, "setup_duration") - 20'000) < 2'000);
    const qint64 execution = idOf(run, "execution_duration");
    QVERIFY2(execution >= 60'000 && execution <= 602'000, qPrintable(QString::number(execution)));
    const QJsonObject finished = run.value("tasks").toArray().first().toObject();
    QCOMPARE(resultOf(finished), QStringLiteral("SUCCESS"));
    QCOMPARE(idOf(finished, "run_id"), taskRunId);
    QVERIFY(idOf(finished, "end_time") > idOf(finished, "start_time"));
    QVERIFY(finished.value("run_page_url").toString().endsWith(QString::number(taskRunId)));
}

void tst_EmulatorRuns::successfulTaskOutputHasNotebookResult()
{
    QVERIFY(start());
    const qint64 jobId =
        createJob({{"name", "Notebook"}, {"tasks", QJsonArray{task("aggregate")}}});
    const qint64 runId = runNow(jobId);
    QVERIFY(waitForEnd(runId));
    const QJsonObject run = m_client->run(runId);
    const qint64 taskRunId = idOf(run.value("tasks").toArray().first().toObject());

    const HttpResult output =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(taskRunId)}}));
    QCOMPARE(output.status, 200);
    const QJsonObject notebook = output.json.value("notebook_output").toObject();
    QCOMPARE(notebook.value("truncated"), QJsonValue(false));
    const QJsonObject result =
        QJsonDocument::fromJson(notebook.value("result").toString().toUtf8()).object();
    QCOMPARE(result.value("status").toString(), QStringLiteral("OK"));
    QVERIFY(!output.json.contains("error"));
    const QJsonObject metadata = output.json.value("metadata").toObject();
    QCOMPARE(idOf(metadata), taskRunId);
    QCOMPARE(idOf(metadata, "job_id"), jobId);
    QCOMPARE(idOf(metadata, "parent_run_id"), runId);
    QCOMPARE(metadata.value("task_key").toString(), QStringLiteral("aggregate"));
    QCOMPARE(resultOf(metadata), QStringLiteral("SUCCESS"));

    // A run with one task answers for its task.
    const HttpResult viaRun =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(runId)}}));
    QCOMPARE(viaRun.status, 200);
    QCOMPARE(viaRun.json.value("notebook_output"), output.json.value("notebook_output"));
}

void tst_EmulatorRuns::failingTaskFailsWithErrorTrace()
{
    QVERIFY(start());
    const qint64 jobId =
        createJob({{"name", "Broken"}, {"tasks", QJsonArray{task("fail_compute", {}, "python")}}});
    const qint64 runId = runNow(jobId);
    QVERIFY(waitForEnd(runId));
    const QJsonObject run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("FAILED"));
    QVERIFY2(
        run.value("state").toObject().value("state_message").toString().contains("fail_compute"),
        qPrintable(run.value("state").toObject().value("state_message").toString()));
    QCOMPARE(run.value("status").toObject().value("termination_details").toObject().value("code"),
             QJsonValue("RUN_EXECUTION_ERROR"));

    const qint64 taskRunId = idOf(run.value("tasks").toArray().first().toObject());
    const HttpResult output =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(taskRunId)}}));
    QCOMPARE(output.status, 200);
    QCOMPARE(output.json.value("error").toString(),
             QStringLiteral("ZeroDivisionError: division by zero"));
    const QString trace = output.json.value("error_trace").toString();
    QVERIFY2(trace.startsWith("Traceback (most recent call last):"), qPrintable(trace));
    QVERIFY(trace.contains("/Workspace/Shared/etl/fail_compute.py"));
    QVERIFY(trace.endsWith("ZeroDivisionError: division by zero"));
    QVERIFY(output.json.value("logs").toString().contains("ERROR"));
    QCOMPARE(output.json.value("logs_truncated"), QJsonValue(false));
    QVERIFY(!output.json.contains("notebook_output"));
}

void tst_EmulatorRuns::multiTaskRunFollowsDependsOn()
{
    QVERIFY(start(kReal));
    const qint64 jobId =
        createJob({{"name", "Chain"},
                   {"tasks", QJsonArray{task("extract"), task("transform", {"extract"}),
                                        task("load", {"transform"}, "python")}}});
    const qint64 runId = runNow(jobId);
    QJsonObject run = m_client->run(runId);
    QCOMPARE(lifeCycleOf(taskNamed(run, "extract")), QStringLiteral("PENDING"));
    QCOMPARE(lifeCycleOf(taskNamed(run, "transform")), QStringLiteral("BLOCKED"));
    m_emulator->setTimeScale(kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycleOf(taskNamed(m_client->run(runId), "extract")),
                              QStringLiteral("RUNNING"), 5000);
    m_emulator->setTimeScale(kReal);
    run = m_client->run(runId);
    QCOMPARE(lifeCycleOf(taskNamed(run, "transform")), QStringLiteral("BLOCKED"));
    QCOMPARE(lifeCycleOf(taskNamed(run, "load")), QStringLiteral("BLOCKED"));

    m_emulator->setTimeScale(kFast);
    QVERIFY(waitForEnd(runId));
    run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("SUCCESS"));
    const QJsonObject extract = taskNamed(run, "extract");
    const QJsonObject transform = taskNamed(run, "transform");
    const QJsonObject load = taskNamed(run, "load");
    QVERIFY(idOf(transform, "start_time") >= idOf(extract, "end_time"));
    QVERIFY(idOf(load, "start_time") >= idOf(transform, "end_time"));
    QCOMPARE(idOf(run, "end_time"), idOf(load, "end_time"));
    // Multi-task runs report their length in run_duration only, as the service does.
    QCOMPARE(idOf(run, "setup_duration"), 0);
    QCOMPARE(idOf(run, "execution_duration"), 0);
    QCOMPARE(idOf(run, "run_duration"), idOf(run, "end_time") - idOf(run, "start_time"));
    QSet<qint64> taskRunIds{idOf(extract), idOf(transform), idOf(load)};
    QCOMPARE(taskRunIds.size(), 3);
    QVERIFY(!taskRunIds.contains(runId));

    // Python tasks have logs.
    const HttpResult logs =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(idOf(load))}}));
    QVERIFY(logs.json.value("logs").toString().contains("Done"));
}

void tst_EmulatorRuns::multiTaskGetOutputIsRefused()
{
    QVERIFY(start());
    const qint64 jobId =
        createJob({{"name", "Two"}, {"tasks", QJsonArray{task("a"), task("b", {"a"})}}});
    const qint64 runId = runNow(jobId);
    const HttpResult refused =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(runId)}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(refused.message().startsWith(
                 "Retrieving the output of runs with multiple tasks is not supported."),
             qPrintable(refused.message()));
    // A task that has not finished has metadata and no output yet.
    const qint64 taskB = idOf(taskNamed(m_client->run(runId), "b"));
    const HttpResult early =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(taskB)}}));
    QCOMPARE(early.status, 200);
    QVERIFY(early.json.contains("metadata"));
    QVERIFY(!early.json.contains("notebook_output"));
}

void tst_EmulatorRuns::upstreamFailureSkipsDownstreamUnlessAllDone()
{
    QVERIFY(start());
    QJsonObject cleanupTask = task("cleanup", {"fail_transform"});
    cleanupTask.insert("run_if", "ALL_DONE");
    const qint64 jobId =
        createJob({{"name", "Partly broken"},
                   {"tasks", QJsonArray{task("extract"), task("fail_transform", {"extract"}),
                                        task("load", {"fail_transform"}), cleanupTask}}});
    const qint64 runId = runNow(jobId);
    QVERIFY(waitForEnd(runId));
    const QJsonObject run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("FAILED"));
    QCOMPARE(resultOf(taskNamed(run, "extract")), QStringLiteral("SUCCESS"));
    QCOMPARE(resultOf(taskNamed(run, "fail_transform")), QStringLiteral("FAILED"));
    QCOMPARE(resultOf(taskNamed(run, "load")), QStringLiteral("UPSTREAM_FAILED"));
    QCOMPARE(idOf(taskNamed(run, "load"), "start_time"), 0);
    QCOMPARE(resultOf(taskNamed(run, "cleanup")), QStringLiteral("SUCCESS"));
    // The notebook failure has a notebook-style trace.
    const HttpResult output =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query(
                          {{"run_id", QString::number(idOf(taskNamed(run, "fail_transform")))}}));
    QCOMPARE(output.json.value("error").toString(),
             QStringLiteral("ZeroDivisionError: division by zero"));
    QVERIFY(
        output.json.value("error_trace").toString().contains("Traceback (most recent call last)"));
    QVERIFY(output.json.value("error_trace").toString().contains("<command-"));
}

void tst_EmulatorRuns::cancelEndsCanceled()
{
    QVERIFY(start(kSlow));
    const qint64 jobId =
        createJob({{"name", "Long"}, {"tasks", QJsonArray{task("a"), task("b", {"a"})}}});
    const qint64 runId = runNow(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->lifeCycle(runId), QStringLiteral("RUNNING"), 5000);
    m_emulator->setTimeScale(kReal);
    const HttpResult cancelled = m_client->post("/api/2.1/jobs/runs/cancel", {{"run_id", runId}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json, QJsonObject());
    QCOMPARE(m_client->lifeCycle(runId), QStringLiteral("TERMINATING")); // asynchronous
    m_emulator->setTimeScale(kFast);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->lifeCycle(runId), QStringLiteral("TERMINATED"), 5000);
    const QJsonObject run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("CANCELED"));
    QCOMPARE(run.value("state").toObject().value("user_cancelled_or_timedout"), QJsonValue(true));
    QCOMPARE(run.value("status").toObject().value("termination_details").toObject().value("code"),
             QJsonValue("USER_CANCELED"));
    QCOMPARE(resultOf(taskNamed(run, "a")), QStringLiteral("CANCELED"));
    QCOMPARE(resultOf(taskNamed(run, "b")), QStringLiteral("CANCELED"));
    QVERIFY(idOf(run, "end_time") > idOf(run, "start_time"));
    // Cancelling an ended run changes nothing.
    QCOMPARE(m_client->post("/api/2.1/jobs/runs/cancel", {{"run_id", runId}}).status, 200);
    QCOMPARE(resultOf(m_client->run(runId)), QStringLiteral("CANCELED"));
}

void tst_EmulatorRuns::cancelAllCancelsEveryActiveRun()
{
    QVERIFY(start(kReal));
    const qint64 jobId = createJob(
        {{"name", "Parallel"}, {"max_concurrent_runs", 3}, {"tasks", QJsonArray{task("a")}}});
    const qint64 other = createJob({{"name", "Other"}, {"tasks", QJsonArray{task("a")}}});
    const QList<qint64> runs{runNow(jobId), runNow(jobId), runNow(jobId)};
    const qint64 otherRun = runNow(other);
    for (const qint64 runId : runs)
        QCOMPARE(m_client->lifeCycle(runId), QStringLiteral("PENDING"));

    QCOMPARE(m_client->post("/api/2.1/jobs/runs/cancel-all", {{"job_id", jobId}}).status, 200);
    for (const qint64 runId : runs)
        QCOMPARE(m_client->lifeCycle(runId), QStringLiteral("TERMINATING"));
    m_emulator->setTimeScale(kFast);
    for (const qint64 runId : runs) {
        QTRY_COMPARE_WITH_TIMEOUT(m_client->resultState(runId), QStringLiteral("CANCELED"), 5000);
    }
    QVERIFY(m_client->lifeCycle(otherRun) != "TERMINATING");
    QVERIFY(m_client->resultState(otherRun) != "CANCELED");

    const HttpResult unknown = m_client->post("/api/2.1/jobs/runs/cancel-all", {{"job_id", 99}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.message(), QStringLiteral("Job 99 does not exist."));
    QCOMPARE(m_client->post("/api/2.1/jobs/runs/cancel-all", {}).status, 400);
    const HttpResult cancelUnknown = m_client->post("/api/2.1/jobs/runs/cancel", {{"run_id", 7}});
    QCOMPARE(cancelUnknown.status, 400);
    QCOMPARE(cancelUnknown.message(), QStringLiteral("Run 7 does not exist."));
}

void tst_EmulatorRuns::concurrencyLimitSkipsWithoutQueue()
{
    QVERIFY(start(kReal));
    const qint64 jobId = createJob({{"name", "One at a time"},
                                    {"max_concurrent_runs", 1},
                                    {"queue", QJsonObject{{"enabled", false}}},
                                    {"tasks", QJsonArray{task("a")}}});
    const qint64 first = runNow(jobId);
    const qint64 second = runNow(jobId);
    QCOMPARE(m_client->lifeCycle(first), QStringLiteral("PENDING"));
    const QJsonObject skipped = m_client->run(second);
    QCOMPARE(lifeCycleOf(skipped), QStringLiteral("SKIPPED"));
    QVERIFY(skipped.value("state")
                .toObject()
                .value("state_message")
                .toString()
                .contains("maximum concurrent runs"));
    QCOMPARE(skipped.value("status").toObject().value("state").toString(),
             QStringLiteral("TERMINATED"));
    QCOMPARE(
        skipped.value("status").toObject().value("termination_details").toObject().value("code"),
        QJsonValue("MAX_CONCURRENT_RUNS_EXCEEDED"));
    m_emulator->setTimeScale(kFast);
    QVERIFY(waitForEnd(first));
    QCOMPARE(m_client->resultState(first), QStringLiteral("SUCCESS"));
}

void tst_EmulatorRuns::concurrencyLimitQueuesWithQueue()
{
    QVERIFY(start(kReal));
    const qint64 jobId = createJob({{"name", "Queued"},
                                    {"max_concurrent_runs", 1},
                                    {"queue", QJsonObject{{"enabled", true}}},
                                    {"tasks", QJsonArray{task("a")}}});
    const qint64 first = runNow(jobId);
    const qint64 second = runNow(jobId);
    const QJsonObject queued = m_client->run(second);
    QCOMPARE(lifeCycleOf(queued), QStringLiteral("QUEUED"));
    QCOMPARE(queued.value("status").toObject().value("state").toString(), QStringLiteral("QUEUED"));
    QCOMPARE(queued.value("status").toObject().value("queue_details").toObject().value("code"),
             QJsonValue("ACTIVE_RUNS_LIMIT_REACHED"));
    m_emulator->setTimeScale(kFast);
    QVERIFY(waitForEnd(second));
    QCOMPARE(m_client->resultState(first), QStringLiteral("SUCCESS"));
    const QJsonObject run = m_client->run(second);
    QCOMPARE(resultOf(run), QStringLiteral("SUCCESS"));
    QVERIFY(idOf(run, "queue_duration") > 0);
    QVERIFY(idOf(taskNamed(run, "a"), "start_time") >= idOf(m_client->run(first), "end_time"));
}

void tst_EmulatorRuns::repairRerunsTheFailedTasks()
{
    QVERIFY(start());
    // "flaky" tasks fail on their first attempt and pass when repaired.
    const qint64 jobId =
        createJob({{"name", "Flaky training"},
                   {"tasks", QJsonArray{task("prepare"), task("flaky_train", {"prepare"}),
                                        task("publish", {"flaky_train"})}}});
    const qint64 runId = runNow(jobId);
    QVERIFY(waitForEnd(runId));
    QJsonObject run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("FAILED"));
    QCOMPARE(resultOf(taskNamed(run, "publish")), QStringLiteral("UPSTREAM_FAILED"));
    const qint64 prepareId = idOf(taskNamed(run, "prepare"));
    const qint64 oldTrainId = idOf(taskNamed(run, "flaky_train"));
    const qint64 firstEnd = idOf(run, "end_time");

    const HttpResult repaired = m_client->post(
        "/api/2.1/jobs/runs/repair", {{"run_id", runId}, {"rerun_all_failed_tasks", true}});
    QCOMPARE(repaired.status, 200);
    const qint64 repairId = idOf(repaired.json, "repair_id");
    QVERIFY(repairId > 0);
    run = m_client->run(runId);
    QVERIFY(lifeCycleOf(run) == "PENDING" || lifeCycleOf(run) == "RUNNING" ||
            lifeCycleOf(run) == "TERMINATED");
    QVERIFY(waitForEnd(runId));
    run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("SUCCESS"));
    QCOMPARE(idOf(taskNamed(run, "prepare")), prepareId); // not run again
    const qint64 newTrainId = idOf(taskNamed(run, "flaky_train"));
    QVERIFY(newTrainId != oldTrainId);
    QCOMPARE(resultOf(taskNamed(run, "flaky_train")), QStringLiteral("SUCCESS"));
    QCOMPARE(resultOf(taskNamed(run, "publish")), QStringLiteral("SUCCESS"));
    QVERIFY(idOf(run, "end_time") > firstEnd);

    const QJsonArray history = run.value("repair_history").toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value("type").toString(), QStringLiteral("ORIGINAL"));
    QCOMPARE(resultOf(history.at(0).toObject()), QStringLiteral("FAILED"));
    QCOMPARE(history.at(1).toObject().value("type").toString(), QStringLiteral("REPAIR"));
    QCOMPARE(idOf(history.at(1).toObject(), "id"), repairId);
    QCOMPARE(resultOf(history.at(1).toObject()), QStringLiteral("SUCCESS"));
    QVERIFY(history.at(1).toObject().value("task_run_ids").toArray().contains(newTrainId));

    // The repaired task run has no error to show.
    const HttpResult newOutput =
        m_client->get("/api/2.1/jobs/runs/get-output",
                      EmulatorTestClient::query({{"run_id", QString::number(newTrainId)}}));
    QCOMPARE(newOutput.status, 200);
    QVERIFY(!newOutput.json.contains("error"));
    QVERIFY(newOutput.json.contains("notebook_output"));
}

void tst_EmulatorRuns::repairRejectsBadRequests()
{
    QVERIFY(start(kReal));
    const qint64 jobId = createJob({{"name", "Repair me"}, {"tasks", QJsonArray{task("fail_a")}}});
    const qint64 runId = runNow(jobId);
    // Still active.
    const HttpResult active = m_client->post(
        "/api/2.1/jobs/runs/repair", {{"run_id", runId}, {"rerun_tasks", QJsonArray{"fail_a"}}});
    QCOMPARE(active.status, 400);
    QCOMPARE(active.errorCode(), QStringLiteral("INVALID_STATE"));
    m_emulator->setTimeScale(kFast);
    QVERIFY(waitForEnd(runId));

    const auto refused = [&](const QJsonObject &body) {
        const HttpResult result = m_client->post("/api/2.1/jobs/runs/repair", body);
        return result.status == 400 && result.errorCode() == "INVALID_PARAMETER_VALUE";
    };
    QVERIFY(refused({{"run_id", runId}}));
    QVERIFY(refused({{"run_id", runId},
                     {"rerun_tasks", QJsonArray{"fail_a"}},
                     {"rerun_all_failed_tasks", true}}));
    QVERIFY(refused({{"run_id", runId}, {"rerun_tasks", QJsonArray{"ghost"}}}));
    QVERIFY(refused({{"run_id", 5}, {"rerun_all_failed_tasks", true}}));
    QVERIFY(refused({{"rerun_all_failed_tasks", true}}));

    // A task that always fails fails again when repaired, under a new task run id.
    const qint64 oldTaskId = idOf(m_client->run(runId).value("tasks").toArray().first().toObject());
    QCOMPARE(m_client
                 ->post("/api/2.1/jobs/runs/repair",
                        {{"run_id", runId}, {"rerun_tasks", QJsonArray{"fail_a"}}})
                 .status,
             200);
    QVERIFY(waitForEnd(runId));
    const QJsonObject run = m_client->run(runId);
    QCOMPARE(resultOf(run), QStringLiteral("FAILED"));
    QVERIFY(idOf(run.value("tasks").toArray().first().toObject()) != oldTaskId);
}

void tst_EmulatorRuns::idempotencyTokenReturnsTheSameRun()
{
    QVERIFY(start(kReal));
    const qint64 jobId =
        createJob({{"name", "Once"}, {"max_concurrent_runs", 5}, {"tasks", QJsonArray{task("a")}}});
    const qint64 first = runNow(jobId, {{"idempotency_token", "nightly-2024-11-21"}});
    const qint64 again = runNow(jobId, {{"idempotency_token", "nightly-2024-11-21"}});
    QCOMPARE(again, first);
    const qint64 other = runNow(jobId, {{"idempotency_token", "nightly-2024-11-22"}});
    QVERIFY(other != first);
    QCOMPARE(m_client
                 ->get("/api/2.1/jobs/runs/list",
                       EmulatorTestClient::query({{"job_id", QString::number(jobId)}}))
                 .json.value("runs")
                 .toArray()
                 .size(),
             2);
    const HttpResult tooLong =
        m_client->post("/api/2.1/jobs/run-now",
                       {{"job_id", jobId}, {"idempotency_token", QString(65, QLatin1Char('t'))}});
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(runNow(jobId, {{"idempotency_token", QString(64, QLatin1Char('t'))}}) > 0, true);

    // runs/submit honours tokens as well.
    const QJsonObject submit{{"run_name", "ad hoc"},
                             {"tasks", QJsonArray{task("a")}},
                             {"idempotency_token", "submit-1"}};
    const qint64 submitted = idOf(m_client->post("/api/2.1/jobs/runs/submit", submit).json);
    QVERIFY(submitted > 0);
    QCOMPARE(idOf(m_client->post("/api/2.1/jobs/runs/submit", submit).json), submitted);
}

void tst_EmulatorRuns::runNowParametersAndOnly()
{
    QVERIFY(start(kReal));
    const qint64 withParameters =
        createJob({{"name", "Parameterised"},
                   {"max_concurrent_runs", 10},
                   {"parameters", QJsonArray{QJsonObject{{"name", "env"}, {"default", "dev"}},
                                             QJsonObject{{"name", "day"}, {"default", "today"}}}},
                   {"tasks", QJsonArray{task("a"), task("b", {"a"}), task("c", {}, "python")}}});
    const qint64 runId = runNow(withParameters, {{"job_parameters", QJsonObject{{"env", "prod"}}}});
    QJsonObject run = m_client->run(runId);
    const QJsonArray parameters = run.value("job_parameters").toArray();
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(0).toObject(),
             (QJsonObject{{"name", "env"}, {"default", "dev"}, {"value", "prod"}}));
    QCOMPARE(parameters.at(1).toObject().value("value").toString(), QStringLiteral("today"));
    QCOMPARE(run.value("overriding_parameters").toObject().value("job_parameters").toObject(),
             (QJsonObject{{"env", "prod"}}));

    // Task-level parameters reach the tasks; only[] runs a subset.
    const qint64 subset =
        runNow(withParameters, {{"notebook_params", QJsonObject{{"env", "stage"}}},
                                {"python_params", QJsonArray{"--full"}},
                                {"only", QJsonArray{"b", "c"}}});
    run = m_client->run(subset);
    QCOMPARE(run.value("tasks").toArray().size(), 2);
    const QJsonObject b = taskNamed(run, "b");
    QCOMPARE(lifeCycleOf(b), QStringLiteral("PENDING")); // its upstream is not part of the run
    QCOMPARE(b.value("notebook_task").toObject().value("base_parameters").toObject().value("env"),
             QJsonValue("stage"));
    QCOMPARE(taskNamed(run, "c").value("spark_python_task").toObject().value("parameters"),
             QJsonValue(QJsonArray{"--full"}));
    m_emulator->setTimeScale(kFast);
    QVERIFY(waitForEnd(subset));
    QCOMPARE(m_client->resultState(subset), QStringLiteral("SUCCESS"));
}

void tst_EmulatorRuns::runNowRejectsBadInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no job_id") << QJsonObject{} << "job_id";
    QTest::newRow("unknown job") << QJsonObject{{"job_id", 31337}} << "Job 31337 does not exist.";
    QTest::newRow("undefined job parameter")
        << QJsonObject{{"job_parameters", QJsonObject{{"region", "eu"}}}} << "region";
    QTest::newRow("job and task parameters")
        << QJsonObject{{"job_parameters", QJsonObject{{"env", "x"}}},
                       {"notebook_params", QJsonObject{{"a", "b"}}}}
        << "job_parameters";
    QTest::newRow("unknown only task") << QJsonObject{{"only", QJsonArray{"ghost"}}} << "ghost";
    QTest::newRow("python_params not strings")
        << QJsonObject{{"python_params", QJsonArray{1, 2}}} << "python_params";
}

void tst_EmulatorRuns::runNowRejectsBadInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    QVERIFY(start());
    const qint64 jobId =
        createJob({{"name", "Target"},
                   {"parameters", QJsonArray{QJsonObject{{"name", "env"}, {"default", "dev"}}}},
                   {"tasks", QJsonArray{task("a")}}});
    if (!body.contains("job_id") && !QByteArray(QTest::currentDataTag()).startsWith("no job_id"))
        body.insert("job_id", jobId);
    const HttpResult result = m_client->post("/api/2.1/jobs/run-now", body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(result.message().contains(message), qPrintable(result.message()));
    // A job without tasks has nothing to run.
    const qint64 empty = createJob({{"name", "Empty"}});
    QCOMPARE(m_client->post("/api/2.1/jobs/run-now", {{"job_id", empty}}).status, 400);
}

void tst_EmulatorRuns::runsListPagesNewestFirstAndFilters()
{
    QVERIFY(start());
    const qint64 jobId = createJob(
        {{"name", "Listed"}, {"max_concurrent_runs", 10}, {"tasks", QJsonArray{task("a")}}});
    QList<qint64> runIds;
    for (int i = 0; i < 5; ++i) {
        runIds.prepend(runNow(jobId));
        QVERIFY(waitForEnd(runIds.first()));
    }
    m_emulator->setTimeScale(kReal); // the next run stays active
    const qint64 active = runNow(jobId);
    runIds.prepend(active);

    // Pages of two, newest first, following next_page_token.
    QList<qint64> listed;
    QString token;
    int pages = 0;
    do {
        QUrlQuery query =
            EmulatorTestClient::query({{"job_id", QString::number(jobId)}, {"limit", "2"}});
        if (!token.isEmpty())
            query.addQueryItem("page_token", token);
        const HttpResult page = m_client->get("/api/2.1/jobs/runs/list", query);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &run : page.json.value("runs").toArray()) {
            listed.append(idOf(run.toObject()));
            QVERIFY(!run.toObject().contains("tasks"));
        }
        token = page.json.value("next_page_token").toString();
        QCOMPARE(page.json.value("has_more").toBool(), !token.isEmpty());
        if (pages > 0)
            QVERIFY(page.json.contains("prev_page_token"));
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(listed, runIds);

    const auto ids = [this, jobId](std::initializer_list<std::pair<const char *, QString>> extra) {
        QUrlQuery query = EmulatorTestClient::query(extra);
        query.addQueryItem("job_id", QString::number(jobId));
        QList<qint64> result;
        for (const QJsonValue &run :
             m_client->get("/api/2.1/jobs/runs/list", query).json.value("runs").toArray()) {
            result.append(idOf(run.toObject()));
        }
        return result;
    };
    QCOMPARE(ids({{"active_only", "true"}}), QList<qint64>{active});
    QCOMPARE(ids({{"completed_only", "true"}}), runIds.mid(1));
    QCOMPARE(ids({}).size(), 6); // default limit 20
    // start_time_from/to select by start time, both ends included.
    const qint64 thirdStart = idOf(m_client->run(runIds.at(2)), "start_time");
    const qint64 secondStart = idOf(m_client->run(runIds.at(1)), "start_time");
    QCOMPARE(ids({{"start_time_from", QString::number(thirdStart)},
                  {"start_time_to", QString::number(secondStart)}}),
             runIds.mid(1, 2));
    // expand_tasks adds the task runs.
    const QJsonArray expanded =
        m_client
            ->get(
                "/api/2.1/jobs/runs/list",
                EmulatorTestClient::query(
                    {{"job_id", QString::number(jobId)}, {"expand_tasks", "true"}, {"limit", "1"}}))
            .json.value("runs")
            .toArray();
    QCOMPARE(expanded.first().toObject().value("tasks").toArray().size(), 1);
    // Without job_id: every job's runs, the demo history included.
    const HttpResult all =
        m_client->get("/api/2.1/jobs/runs/list", EmulatorTestClient::query({{"limit", "24"}}));
    QCOMPARE(all.json.value("runs").toArray().size(), 24);
    QCOMPARE(idOf(all.json.value("runs").toArray().first().toObject()), active);
}

void tst_EmulatorRuns::runsListRejectsBadInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("active and completed") << "active_only=true&completed_only=true";
    QTest::newRow("limit 0") << "limit=0";
    QTest::newRow("limit 25") << "limit=25";
    QTest::newRow("limit not a number") << "limit=ten";
    QTest::newRow("unknown job") << "job_id=424242";
    QTest::newRow("job id not a number") << "job_id=abc";
    QTest::newRow("bad run_type") << "run_type=NIGHTLY";
    QTest::newRow("bad page token") << "page_token=bm9wZToxMjM";
    QTest::newRow("bad boolean") << "active_only=yes";
}

void tst_EmulatorRuns::runsListRejectsBadInput()
{
    QFETCH(QString, query);
    QVERIFY(start());
    const HttpResult result = m_client->get("/api/2.1/jobs/runs/list", QUrlQuery(query));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
}

void tst_EmulatorRuns::runsGetAndOutputRejectUnknownRuns_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    for (const char *path : {"/api/2.1/jobs/runs/get", "/api/2.1/jobs/runs/get-output"}) {
        QTest::addRow("%s unknown", path) << path << "run_id=123"
                                          << "Run 123 does not exist.";
        QTest::addRow("%s missing", path) << path << ""
                                          << "run_id";
        QTest::addRow("%s not a number", path) << path << "run_id=abc"
                                               << "run_id";
        QTest::addRow("%s negative", path) << path << "run_id=-4"
                                           << "run_id";
    }
}

void tst_EmulatorRuns::runsGetAndOutputRejectUnknownRuns()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, message);
    QVERIFY(start());
    const HttpResult result = m_client->get(path, QUrlQuery(query));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(result.message().contains(message), qPrintable(result.message()));
}

void tst_EmulatorRuns::submitRunsOneTimeRun()
{
    QVERIFY(start());
    const HttpResult submitted = m_client->post(
        "/api/2.1/jobs/runs/submit",
        {{"run_name", "Backfill 2024-11"},
         {"timeout_seconds", 3600},
         {"tasks", QJsonArray{task("backfill"), task("verify", {"backfill"}, "python")}}});
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.json.keys(), QStringList{"run_id"});
    const qint64 runId = idOf(submitted.json);
    QVERIFY(waitForEnd(runId));
    const QJsonObject run = m_client->run(runId);
    QCOMPARE(run.value("run_type").toString(), QStringLiteral("SUBMIT_RUN"));
    QCOMPARE(run.value("run_name").toString(), QStringLiteral("Backfill 2024-11"));
    QVERIFY(!run.contains("job_id"));
    QCOMPARE(resultOf(run), QStringLiteral("SUCCESS"));
    QVERIFY(run.value("run_page_url").toString().endsWith(QStringLiteral("#run/%1").arg(runId)));

    const QJsonArray submitRuns = m_client
                                      ->get("/api/2.1/jobs/runs/list",
                                            EmulatorTestClient::query({{"run_type", "SUBMIT_RUN"}}))
                                      .json.value("runs")
                                      .toArray();
    QCOMPARE(submitRuns.size(), 1);
    QCOMPARE(idOf(submitRuns.first().toObject()), runId);

    const HttpResult noTasks = m_client->post("/api/2.1/jobs/runs/submit", {{"run_name", "x"}});
    QCOMPARE(noTasks.status, 400);
    QCOMPARE(noTasks.errorCode(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    const HttpResult badTasks = m_client->post("/api/2.1/jobs/runs/submit",
                                               {{"tasks", QJsonArray{task("a", {"missing"})}}});
    QCOMPARE(badTasks.status, 400);
}

void tst_EmulatorRuns::jobClusterExistsWhileTheRunNeedsIt()
{
    QVERIFY(start(kReal));
    QJsonObject onJobCluster = task("compute");
    onJobCluster.remove("existing_cluster_id");
    onJobCluster.insert("job_cluster_key", "shared_job_cluster");
    const qint64 jobId = createJob(
        {{"name", "With job cluster"},
         {"job_clusters",
          QJsonArray{QJsonObject{{"job_cluster_key", "shared_job_cluster"},
                                 {"new_cluster", QJsonObject{{"spark_version", "14.3.x-scala2.12"},
                                                             {"node_type_id", "Standard_DS3_v2"},
                                                             {"num_workers", 2}}}}}},
         {"tasks", QJsonArray{onJobCluster}}});
    const qint64 runId = runNow(jobId);
    const QString clusterId = taskNamed(m_client->run(runId), "compute")
                                  .value("cluster_instance")
                                  .toObject()
                                  .value("cluster_id")
                                  .toString();
    QVERIFY(!clusterId.isEmpty());
    const QJsonObject cluster = m_client->cluster(clusterId);
    QCOMPARE(cluster.value("cluster_source").toString(), QStringLiteral("JOB"));
    QCOMPARE(cluster.value("cluster_name").toString(),
             QStringLiteral("job-%1-run-%2").arg(jobId).arg(runId));
    const QJsonArray jobClusters =
        m_client
            ->get("/api/2.1/clusters/list",
                  EmulatorTestClient::query({{"filter_by.cluster_sources", "JOB"}}))
            .json.value("clusters")
            .toArray();
    QCOMPARE(jobClusters.size(), 1);
    // Job clusters cannot be edited.
    QJsonObject edit{{"cluster_id", clusterId},
                     {"spark_version", "14.3.x-scala2.12"},
                     {"node_type_id", "Standard_DS3_v2"},
                     {"num_workers", 4}};
    m_emulator->setTimeScale(kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->clusterState(clusterId), QStringLiteral("RUNNING"), 5000);
    m_emulator->setTimeScale(kReal);
    const HttpResult refused = m_client->post("/api/2.0/clusters/edit", edit);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains("job clusters cannot be edited"),
             qPrintable(refused.message()));

    m_emulator->setTimeScale(kFast);
    QVERIFY(waitForEnd(runId));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->clusterState(clusterId), QStringLiteral("TERMINATED"),
                              5000);
    QCOMPARE(m_client->cluster(clusterId).value("termination_reason").toObject().value("code"),
             QJsonValue("JOB_FINISHED"));
}

void tst_EmulatorRuns::demoSeedHasRunHistory()
{
    QVERIFY(start(kReal));
    QList<QJsonObject> runs;
    QString token;
    do {
        QUrlQuery query = EmulatorTestClient::query({{"limit", "24"}, {"expand_tasks", "true"}});
        if (!token.isEmpty())
            query.addQueryItem("page_token", token);
        const HttpResult page = m_client->get("/api/2.1/jobs/runs/list", query);
        for (const QJsonValue &run : page.json.value("runs").toArray())
            runs.append(run.toObject());
        token = page.json.value("next_page_token").toString();
    } while (!token.isEmpty());
    QVERIFY2(runs.size() >= 30, qPrintable(QString::number(runs.size())));
    QSet<qint64> jobs;
    QMap<QString, int> results;
    qint64 previousStart = std::numeric_limits<qint64>::max();
    for (const QJsonObject &run : std::as_const(runs)) {
        jobs.insert(idOf(run, "job_id"));
        ++results[resultOf(run).isEmpty() ? lifeCycleOf(run) : resultOf(run)];
        QVERIFY(idOf(run, "start_time") <= previousStart); // newest first
        previousStart = idOf(run, "start_time");
        QVERIFY(idOf(run, "start_time") <= m_emulator->simulatedNowMs());
        QVERIFY(!run.value("tasks").toArray().isEmpty());
    }
    QVERIFY(jobs.size() >= 5);
    QVERIFY(results.value("SUCCESS") > 20);
    QVERIFY(results.value("FAILED") >= 3);
    QCOMPARE(results.value("CANCELED"), 1);
    QCOMPARE(results.value("RUNNING"), 1);

    const QJsonArray active =
        m_client
            ->get("/api/2.1/jobs/runs/list", EmulatorTestClient::query({{"active_only", "true"}}))
            .json.value("runs")
            .toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().toObject().value("run_name").toString(),
             QStringLiteral("Hourly clickstream compaction"));
    QCOMPARE(active.first().toObject().value("trigger").toString(), QStringLiteral("PERIODIC"));

    // A seeded failure has an error to show.
    for (const QJsonObject &run : std::as_const(runs)) {
        if (resultOf(run) != "FAILED")
            continue;
        for (const QJsonValue &value : run.value("tasks").toArray()) {
            if (resultOf(value.toObject()) != "FAILED")
                continue;
            const HttpResult output = m_client->get(
                "/api/2.1/jobs/runs/get-output",
                EmulatorTestClient::query({{"run_id", QString::number(idOf(value.toObject()))}}));
            QCOMPARE(output.status, 200);
            QVERIFY(!output.json.value("error").toString().isEmpty());
            QVERIFY(!output.json.value("error_trace").toString().isEmpty());
        }
    }
}

void tst_EmulatorRuns::activeRunResumesAfterReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 runId = 0;
    {
        QVERIFY(start(kReal, dir.path()));
        const qint64 jobId = createJob({{"name", "Survives"}, {"tasks", QJsonArray{task("a")}}});
        runId = runNow(jobId);
        QCOMPARE(m_client->lifeCycle(runId), QStringLiteral("PENDING"));
        cleanup();
    }
    QVERIFY(start(kFast, dir.path()));
    QVERIFY(waitForEnd(runId));
    QCOMPARE(m_client->resultState(runId), QStringLiteral("SUCCESS"));
    // The demo's running run also finished on the way.
    QVERIFY(
        !m_client
             ->get("/api/2.1/jobs/runs/list", EmulatorTestClient::query({{"active_only", "true"}}))
             .json.contains("runs"));
}

QTEST_GUILESS_MAIN(tst_EmulatorRuns)
#include "tst_emulator_runs.moc"
