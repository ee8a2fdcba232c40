// The jobs models and actions against the emulator over real HTTP, each model under
// QAbstractItemModelTester; malformed answers from a fake server.
#include "FakeJsonServer.h"
#include "JobFilterProxy.h"
#include "JobListModel.h"
#include "JobRunsModel.h"
#include "JobTasksModel.h"
#include "JobsTestSupport.h"
#include "ParameterTableModel.h"
#include "RunTasksModel.h"
#include "WorkspaceEmulator.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimer>

using namespace brickdesk;
using jobstest::await;

class TestJobsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filterByNameMineAndTags();
    void runsStreamNewestFirstAndRefreshInPlace();
    void runNowIsSeenRunningThenTerminated();
    void cancelRunEndsCancelled();
    void cancelAllRunsCancelsEveryActiveRun();
    void repairRerunsTheFailedTask();
    void createResetAndDeleteShowInTheList();
    void badJobIdGivesTheApiMessage();
    void malformedAnswersAreRejected();
    void jobTasksModelFollowsTheDag();
    void parameterModelEdits();
    void tenThousandJobsStreamWhileTheLoopStaysResponsive();

private:
    void connectTo(const QUrl &url);
    qint64 createJob(const QJsonObject &settings);
    qint64 runNow(qint64 jobId);
    std::optional<RunInfo> getRun(qint64 runId);
    // Polls runs/get until `done` holds for the run; every state seen goes to `seen`.
    std::optional<RunInfo> waitForRun(qint64 runId,
                                      const std::function<bool(const RunInfo &)> &done,
                                      QStringList *seen = nullptr, int timeoutMs = 30000);

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<JobsClient> m_jobs;
};

namespace {
const QString kToken = QStringLiteral("bdtest-jobs-models");
const QString kDemoUser = QStringLiteral("demo.user@brickdesk.example");
} // namespace

void TestJobsModels::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(jobstest::fastEmulator(kToken, 100));
    QVERIFY(m_emulator->listen());
    connectTo(m_emulator->baseUrl());
}

void TestJobsModels::connectTo(const QUrl &url)
{
    m_jobs.reset();
    m_client = std::make_unique<ApiClient>(&m_network, nullptr);
    m_client->setConnection({QStringLiteral("jobs"), url, kToken, {}});
    m_client->setRetryPolicy(RetryPolicy::none());
    m_jobs = std::make_unique<JobsClient>();
    m_jobs->setClient(m_client.get());
}

void TestJobsModels::cleanup()
{
    m_jobs.reset();
    m_client.reset();
    m_emulator.reset();
}

qint64 TestJobsModels::createJob(const QJsonObject &settings)
{
    const auto result = await<qint64>(this, [&](QObject *context, auto handler) {
        m_jobs->createJob(settings, context, handler);
    });
    if (!result || !result->ok()) {
        qWarning() << "create failed:"
                   << (result ? result->error.summary() : QStringLiteral("no answer"));
        return 0;
    }
    return result->value;
}

qint64 TestJobsModels::runNow(qint64 jobId)
{
    RunNowRequest request;
    request.jobId = jobId;
    request.idempotencyToken = jobRequests::newIdempotencyToken();
    const auto result = await<RunNowAnswer>(
        this, [&](QObject *context, auto handler) { m_jobs->runNow(request, context, handler); });
    if (!result || !result->ok()) {
        qWarning() << "run-now failed:"
                   << (result ? result->error.summary() : QStringLiteral("no answer"));
        return 0;
    }
    return result->value.runId;
}

std::optional<RunInfo> TestJobsModels::getRun(qint64 runId)
{
    const auto result = await<RunInfo>(
        this, [&](QObject *context, auto handler) { m_jobs->getRun(runId, context, handler); });
    if (!result || !result->ok())
        return std::nullopt;
    return result->value;
}

std::optional<RunInfo> TestJobsModels::waitForRun(qint64 runId,
                                                  const std::function<bool(const RunInfo &)> &done,
                                                  QStringList *seen, int timeoutMs)
{
    // runs/get every 20 ms from a timer while the event loop runs; no sleeping.
    std::optional<RunInfo> last;
    bool finished = false;
    bool inFlight = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (inFlight || finished)
            return;
        inFlight = true;
        m_jobs->getRun(runId, &poll, [&](const JobsResult<RunInfo> &result) {
            inFlight = false;
            if (!result.ok()) {
                finished = true;
                return;
            }
            last = result.value;
            if (seen && (seen->isEmpty() || seen->last() != last->state.text()))
                seen->append(last->state.text());
            finished = done(*last);
        });
    });
    poll.start();
    const bool ended = QTest::qWaitFor([&] { return finished; }, timeoutMs);
    if (!ended || !last || !done(*last))
        return std::nullopt;
    return last;
}

void TestJobsModels::filterByNameMineAndTags()
{
    JobListModel jobs;
    JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    proxy.sort(JobListModel::Name);
    QAbstractItemModelTester jobsTester(&jobs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&jobs, &JobListModel::loaded);
    jobs.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(proxy.rowCount(), 25);
    QVERIFY(!proxy.isFiltering());
    // Sorted by name through the source's sort role.
    QCOMPARE(proxy.index(0, JobListModel::Name).data().toString(),
             QStringLiteral("Ad spend reconciliation"));

    proxy.setNameFilter(QStringLiteral("CHURN"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setNameFilter(QStringLiteral("118204556301127")); // an id works too
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, JobListModel::Name).data().toString(),
             QStringLiteral("Daily sales ingest"));
    proxy.setNameFilter(QString());

    int mine = 0;
    int mineAndDev = 0;
    int ml = 0;
    for (int row = 0; row < jobs.rowCount(); ++row) {
        const JobInfo &job = jobs.itemAt(row);
        mine += job.creator == kDemoUser;
        mineAndDev += job.creator == kDemoUser &&
                      job.tags.value(QStringLiteral("env")) == QStringLiteral("dev");
        ml += job.tags.value(QStringLiteral("team")) == QStringLiteral("ml");
    }
    QVERIFY(mine > 0 && mineAndDev > 0 && ml > 0 && mine < 25);
    proxy.setMineOnly(true);
    QCOMPARE(proxy.rowCount(), 0); // who "mine" is is not known yet: nothing, not everything
    proxy.setUserName(kDemoUser);
    QCOMPARE(proxy.rowCount(), mine);
    proxy.setTagFilter(QStringLiteral("env:DEV"));
    QCOMPARE(proxy.rowCount(), mineAndDev);
    proxy.setMineOnly(false);
    proxy.setTagFilter(QStringLiteral("team=ml, env"));
    QCOMPARE(proxy.rowCount(), ml);
    proxy.setTagFilter(QStringLiteral("nosuchtag"));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(jobs.headerData(JobListModel::Tags, Qt::Horizontal).toString(),
             QStringLiteral("Tags"));
    QVERIFY(jobs.index(0, JobListModel::Tags).data().toString().contains(QStringLiteral("team: ")));
    QVERIFY(jobs.index(0, 0).data(JobListModel::TagsRole).toMap().contains(QStringLiteral("env")));
}

void TestJobsModels::runsStreamNewestFirstAndRefreshInPlace()
{
    // Find a demo job with a run history of more than one page.
    JobListModel jobs;
    QSignalSpy jobsLoaded(&jobs, &JobListModel::loaded);
    jobs.load(m_client.get());
    QVERIFY(jobsLoaded.wait(10000));
    JobRunsModel runs;
    runs.setPageSize(5);
    QAbstractItemModelTester tester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&runs, &JobRunsModel::loaded);
    QSignalSpy inserted(&runs, &QAbstractItemModel::rowsInserted);
    qint64 jobId = 0;
    for (int row = 0; row < jobs.rowCount() && runs.rowCount() <= 5; ++row) {
        jobId = jobs.itemAt(row).id;
        runs.load(m_client.get(), jobId);
        QVERIFY(loaded.wait(10000));
    }
    QVERIFY2(runs.rowCount() > 5, "no demo job has more than one page of runs");
    QCOMPARE(runs.jobId(), jobId);
    for (int row = 1; row < runs.rowCount(); ++row)
        QVERIFY(runs.runAt(row - 1).runId > runs.runAt(row).runId);
    QVERIFY(!runs.index(0, JobRunsModel::Started).data().toString().isEmpty());
    QVERIFY(!runs.index(0, JobRunsModel::Trigger).data().toString().isEmpty());
    QVERIFY(runs.index(0, 0).data(JobRunsModel::ColourRole).value<QColor>().isValid());
    QCOMPARE(runs.headerData(JobRunsModel::Duration, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));

    // Four pages of five at most: history is capped, newest first.
    runs.setMaxPages(2);
    inserted.clear();
    QSignalSpy removed(&runs, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&runs, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex first = runs.index(0, 0);
    runs.load(m_client.get(), jobId);
    QVERIFY(runs.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(runs.rowCount() <= 10);
    QVERIFY(first.isValid());
    QCOMPARE(first.row(), 0);

    // Another job: the rows go first, then the new job's runs stream in.
    runs.clear();
    QCOMPARE(runs.rowCount(), 0);
    QVERIFY(!runs.hasLoaded());
}

void TestJobsModels::runNowIsSeenRunningThenTerminated()
{
    const qint64 jobId =
        createJob(jobstest::chainJob(QStringLiteral("quick"), {QStringLiteral("only")}));
    QVERIFY(jobId > 0);
    JobRunsModel runs;
    QAbstractItemModelTester tester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&runs, &JobRunsModel::loaded);
    runs.load(m_client.get(), jobId);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(runs.rowCount(), 0);

    const qint64 runId = runNow(jobId);
    QVERIFY(runId > 0);
    // Watch through the model, the way the page does: reload while anything is active.
    QStringList seen;
    QTimer poll;
    poll.setInterval(30);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!runs.isLoading())
            runs.load(m_client.get(), jobId);
    });
    connect(&runs, &JobRunsModel::loaded, this, [&] {
        const int row = runs.rowOfRun(runId);
        if (row < 0)
            return;
        const QString state = runs.index(row, JobRunsModel::State).data().toString();
        if (seen.isEmpty() || seen.last() != state)
            seen.append(state);
    });
    poll.start();
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("RUNNING")), 20000);
    m_emulator->setTimeScale(3000); // the rest quickly
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("TERMINATED")), 20000);
    poll.stop();
    QVERIFY2(seen.indexOf(QStringLiteral("RUNNING")) < seen.indexOf(QStringLiteral("TERMINATED")),
             qPrintable(seen.join(u',')));
    const int row = runs.rowOfRun(runId);
    QCOMPARE(row, 0);
    QCOMPARE(runs.index(row, JobRunsModel::Result).data().toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(runs.index(row, JobRunsModel::Trigger).data().toString(), QStringLiteral("Manual"));
    QVERIFY(runs.index(row, 0).data(JobRunsModel::DurationMsRole).toLongLong() > 0);
    QVERIFY(!runs.hasActiveRuns());

    // The run's tasks, as the run details show them.
    const std::optional<RunInfo> run = getRun(runId);
    QVERIFY(run);
    RunTasksModel tasks;
    QAbstractItemModelTester tasksTester(&tasks,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    tasks.setRun(*run);
    QCOMPARE(tasks.rowCount(), 1);
    QCOMPARE(tasks.index(0, RunTasksModel::Task).data().toString(), QStringLiteral("only"));
    QCOMPARE(tasks.index(0, RunTasksModel::Result).data().toString(), QStringLiteral("SUCCESS"));
    const auto output = await<RunOutputInfo>(this, [&](QObject *context, auto handler) {
        m_jobs->getRunOutput(tasks.index(0, 0).data(RunTasksModel::TaskRunIdRole).toLongLong(),
                             context, handler);
    });
    QVERIFY(output && output->ok());
    QVERIFY(output->value.hasNotebookOutput);
    QVERIFY(output->value.metadata);
    QCOMPARE(output->value.metadata->state.result, QStringLiteral("SUCCESS"));
}

void TestJobsModels::cancelRunEndsCancelled()
{
    const qint64 jobId = createJob(jobstest::chainJob(
        QStringLiteral("to cancel"), {QStringLiteral("long"), QStringLiteral("longer")}));
    const qint64 runId = runNow(jobId);
    QVERIFY(runId > 0);
    QVERIFY(waitForRun(runId, [](const RunInfo &run) {
        return run.state.lifeCycle == QStringLiteral("RUNNING");
    }));
    const auto cancelled = await<JobsClient::Done>(
        this, [&](QObject *context, auto handler) { m_jobs->cancelRun(runId, context, handler); });
    QVERIFY(cancelled && cancelled->ok());
    const std::optional<RunInfo> run =
        waitForRun(runId, [](const RunInfo &r) { return !r.state.isActive(); });
    QVERIFY(run);
    QCOMPARE(run->state.result, QStringLiteral("CANCELED"));
    QVERIFY(!run->isRepairable() || run->state.isFailure());
}

void TestJobsModels::cancelAllRunsCancelsEveryActiveRun()
{
    const qint64 jobId = createJob(
        jobstest::chainJob(QStringLiteral("busy"), {QStringLiteral("a"), QStringLiteral("b")}, 3));
    const qint64 first = runNow(jobId);
    const qint64 second = runNow(jobId);
    QVERIFY(first > 0 && second > 0 && first != second);
    JobRunsModel runs;
    QAbstractItemModelTester tester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&runs, &JobRunsModel::loaded);
    runs.load(m_client.get(), jobId);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(runs.rowCount(), 2);
    QVERIFY(runs.hasActiveRuns());
    const auto cancelled = await<JobsClient::Done>(this, [&](QObject *context, auto handler) {
        m_jobs->cancelAllRuns(jobId, context, handler);
    });
    QVERIFY(cancelled && cancelled->ok());
    QTimer poll;
    poll.setInterval(30);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!runs.isLoading())
            runs.load(m_client.get(), jobId);
    });
    poll.start();
    QTRY_VERIFY_WITH_TIMEOUT(!runs.isLoading() && !runs.hasActiveRuns(), 20000);
    poll.stop();
    QCOMPARE(runs.rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(runs.index(row, JobRunsModel::Result).data().toString(),
                 QStringLiteral("CANCELED"));
}

void TestJobsModels::repairRerunsTheFailedTask()
{
    const qint64 jobId = createJob(jobstest::chainJob(
        QStringLiteral("flaky"), {QStringLiteral("extract"), QStringLiteral("flaky_load")}));
    const qint64 runId = runNow(jobId);
    m_emulator->setTimeScale(3000);
    std::optional<RunInfo> run =
        waitForRun(runId, [](const RunInfo &r) { return !r.state.isActive(); });
    QVERIFY(run);
    QCOMPARE(run->state.result, QStringLiteral("FAILED"));
    QVERIFY(run->isRepairable());
    QCOMPARE(run->failedTaskKeys(), QStringList{QStringLiteral("flaky_load")});

    // The failed task's output: the error and its trace, as the output viewer shows them.
    const auto failedTask =
        std::find_if(run->tasks.cbegin(), run->tasks.cend(), [](const TaskRunInfo &task) {
            return task.taskKey == QStringLiteral("flaky_load");
        });
    QVERIFY(failedTask != run->tasks.cend());
    const auto output = await<RunOutputInfo>(this, [&](QObject *context, auto handler) {
        m_jobs->getRunOutput(failedTask->runId, context, handler);
    });
    QVERIFY(output && output->ok());
    QVERIFY2(output->value.error.contains(QStringLiteral("ZeroDivisionError")),
             qPrintable(output->value.error));
    QVERIFY(!output->value.errorTrace.isEmpty());

    RepairRequest repair;
    repair.runId = runId;
    repair.latestRepairId = run->latestRepairId;
    const auto repaired = await<qint64>(
        this, [&](QObject *context, auto handler) { m_jobs->repairRun(repair, context, handler); });
    QVERIFY2(repaired && repaired->ok(),
             repaired ? qPrintable(repaired->error.summary()) : "no answer");
    QVERIFY(repaired->value > 0);
    run = waitForRun(runId, [](const RunInfo &r) {
        return !r.state.isActive() && r.state.result == QStringLiteral("SUCCESS");
    });
    QVERIFY(run);
    QCOMPARE(run->latestRepairId, repaired->value);
    RunTasksModel tasks;
    QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tasks.setRun(*run);
    QCOMPARE(tasks.rowCount(), 2);
    QCOMPARE(tasks.index(tasks.rowOfKey(QStringLiteral("flaky_load")), RunTasksModel::Result)
                 .data()
                 .toString(),
             QStringLiteral("SUCCESS"));
}

void TestJobsModels::createResetAndDeleteShowInTheList()
{
    JobListModel jobs;
    QAbstractItemModelTester tester(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&jobs, &JobListModel::loaded);
    const qint64 jobId =
        createJob(jobstest::chainJob(QStringLiteral("created by a test"), {QStringLiteral("t")}));
    QVERIFY(jobId > 0);
    jobs.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(jobs.rowCount(), 26);
    const std::optional<int> row = jobs.rowOf(QString::number(jobId));
    QVERIFY(row);
    QCOMPARE(jobs.index(*row, JobListModel::Name).data().toString(),
             QStringLiteral("created by a test"));

    // Edit: jobs/reset with the full settings; the row changes in place.
    const auto before = await<JobDetails>(
        this, [&](QObject *context, auto handler) { m_jobs->getJob(jobId, context, handler); });
    QVERIFY(before && before->ok());
    QJsonObject settings = before->value.settings;
    settings.insert(QStringLiteral("name"), QStringLiteral("renamed by a test"));
    const auto reset = await<JobsClient::Done>(this, [&](QObject *context, auto handler) {
        m_jobs->resetJob(jobId, settings, context, handler);
    });
    QVERIFY2(reset && reset->ok(), reset ? qPrintable(reset->error.summary()) : "no answer");
    QSignalSpy changed(&jobs, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&jobs, &QAbstractItemModel::rowsRemoved);
    jobs.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(removed.size(), 0);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(jobs.index(*row, JobListModel::Name).data().toString(),
             QStringLiteral("renamed by a test"));
    const auto after = await<JobDetails>(
        this, [&](QObject *context, auto handler) { m_jobs->getJob(jobId, context, handler); });
    QCOMPARE(after->value.name, QStringLiteral("renamed by a test"));
    QCOMPARE(after->value.tasks.size(), 1);

    // Delete: gone from the list after the next load, and jobs/get says so.
    const auto deleted = await<JobsClient::Done>(
        this, [&](QObject *context, auto handler) { m_jobs->deleteJob(jobId, context, handler); });
    QVERIFY(deleted && deleted->ok());
    jobs.load(m_client.get());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(jobs.rowCount(), 25);
    QVERIFY(!jobs.rowOf(QString::number(jobId)));
    const auto gone = await<JobDetails>(
        this, [&](QObject *context, auto handler) { m_jobs->getJob(jobId, context, handler); });
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error.message, QStringLiteral("Job %1 does not exist.").arg(jobId));
}

void TestJobsModels::badJobIdGivesTheApiMessage()
{
    const auto job = await<JobDetails>(
        this, [&](QObject *context, auto handler) { m_jobs->getJob(42, context, handler); });
    QVERIFY(job);
    QCOMPARE(job->error.kind, ApiError::Kind::Http);
    QCOMPARE(job->error.httpStatus, 400);
    QCOMPARE(job->error.errorCode, QStringLiteral("INVALID_PARAMETER_VALUE"));
    QCOMPARE(job->error.message, QStringLiteral("Job 42 does not exist."));
    QCOMPARE(job->error.summary(),
             QStringLiteral("400 INVALID_PARAMETER_VALUE: Job 42 does not exist."));

    RunNowRequest request;
    request.jobId = 42;
    const auto run = await<RunNowAnswer>(
        this, [&](QObject *context, auto handler) { m_jobs->runNow(request, context, handler); });
    QVERIFY(run && !run->ok());
    QVERIFY2(run->error.message.contains(QStringLiteral("42")), qPrintable(run->error.message));

    JobRunsModel runs;
    QAbstractItemModelTester tester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&runs, &JobRunsModel::loadFailed);
    runs.load(m_client.get(), 42);
    QVERIFY(failed.wait(10000));
    QVERIFY2(runs.errorText().contains(QStringLiteral("42")), qPrintable(runs.errorText()));
    QVERIFY(!runs.isLoading());
}

void TestJobsModels::malformedAnswersAreRejected()
{
    {
        FakeJsonServer server(
            R"({"runs": [{"run_id": 5, "state": {"life_cycle_state": "RUNNING"}}, {"state": {}}], "has_more": false})");
        connectTo(server.baseUrl());
        JobRunsModel runs;
        QAbstractItemModelTester tester(&runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&runs, &JobRunsModel::loadFailed);
        runs.load(m_client.get(), 1);
        QVERIFY(failed.wait(10000));
        QCOMPARE(runs.errorText(), QStringLiteral("malformed answer: runs[1].run_id is missing"));
        QCOMPARE(runs.rowCount(), 0); // the whole page is refused, not half of it
    }
    {
        FakeJsonServer server(R"({"runs": "none"})");
        connectTo(server.baseUrl());
        JobRunsModel runs;
        QSignalSpy failed(&runs, &JobRunsModel::loadFailed);
        runs.load(m_client.get(), 1);
        QVERIFY(failed.wait(10000));
        QVERIFY2(runs.errorText().contains(QStringLiteral("'runs' is not a list")),
                 qPrintable(runs.errorText()));
    }
    {
        FakeJsonServer server(R"({"job_id": "abc", "settings": {}})");
        connectTo(server.baseUrl());
        const auto job = await<JobDetails>(
            this, [&](QObject *context, auto handler) { m_jobs->getJob(7, context, handler); });
        QVERIFY(job && !job->ok());
        QCOMPARE(job->error.kind, ApiError::Kind::InvalidResponse);
        QCOMPARE(
            job->error.message,
            QStringLiteral(
                "malformed answer: job.job_id: expected a positive whole number, found 'abc'"));
    }
    {
        FakeJsonServer server(
            R"({"run_id": 3, "tasks": [{"run_id": 4, "task_key": "a", "state": "RUNNING"}]})");
        connectTo(server.baseUrl());
        const auto run = await<RunInfo>(
            this, [&](QObject *context, auto handler) { m_jobs->getRun(3, context, handler); });
        QVERIFY(run && !run->ok());
        QCOMPARE(run->error.message,
                 QStringLiteral(
                     "malformed answer: run.tasks[0].state: expected an object, found a string"));
    }
    {
        FakeJsonServer server(R"({"run_id": "x"})");
        connectTo(server.baseUrl());
        RunNowRequest request;
        request.jobId = 1;
        const auto run = await<RunNowAnswer>(this, [&](QObject *context, auto handler) {
            m_jobs->runNow(request, context, handler);
        });
        QVERIFY(run && !run->ok());
        QCOMPARE(run->error.message,
                 QStringLiteral(
                     "malformed answer: run_id: expected a positive whole number, found 'x'"));
    }
    {
        FakeJsonServer server("<html>Bad gateway</html>");
        connectTo(server.baseUrl());
        const auto output = await<RunOutputInfo>(this, [&](QObject *context, auto handler) {
            m_jobs->getRunOutput(3, context, handler);
        });
        QVERIFY(output && !output->ok());
        QCOMPARE(output->error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(output->error.message.startsWith(QStringLiteral("the answer is not JSON")),
                 qPrintable(output->error.message));
    }
}

void TestJobsModels::jobTasksModelFollowsTheDag()
{
    const auto job = await<JobDetails>(this, [&](QObject *context, auto handler) {
        m_jobs->getJob(118204556301127LL + 2 * 37441829113LL, context,
                       handler); // Customer 360: extract → merge → publish
    });
    QVERIFY2(job && job->ok(), job ? qPrintable(job->error.summary()) : "no answer");
    JobTasksModel tasks;
    QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tasks.setTasks(job->value.tasks);
    QCOMPARE(tasks.rowCount(), 3);
    QCOMPARE(tasks.index(0, 0).data(JobTasksModel::TaskKeyRole).toString(),
             QStringLiteral("extract"));
    QCOMPARE(tasks.index(2, 0).data(JobTasksModel::DepthRole).toInt(), 2);
    QVERIFY(tasks.index(2, JobTasksModel::Task)
                .data()
                .toString()
                .endsWith(QStringLiteral("└ publish")));
    QCOMPARE(tasks.index(1, JobTasksModel::DependsOn).data().toString(), QStringLiteral("extract"));
    QCOMPARE(tasks.index(1, JobTasksModel::Type).data().toString(), QStringLiteral("Notebook"));
    QVERIFY(tasks.index(1, JobTasksModel::Compute)
                .data()
                .toString()
                .startsWith(QStringLiteral("job cluster")));

    // Refreshed with a changed DAG: in place, no reset.
    QSignalSpy resets(&tasks, &QAbstractItemModel::modelReset);
    QList<JobTaskSpec> changed = job->value.tasks;
    changed.removeAt(1);
    changed[1].dependsOn = {QStringLiteral("extract")};
    JobTaskSpec notify;
    notify.key = QStringLiteral("notify");
    notify.kind = QStringLiteral("Notebook");
    notify.dependsOn = {QStringLiteral("publish")};
    changed.append(notify);
    tasks.setTasks(inDependencyOrder(changed));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(tasks.rowCount(), 3);
    QCOMPARE(tasks.index(2, 0).data(JobTasksModel::TaskKeyRole).toString(),
             QStringLiteral("notify"));
    tasks.setTasks({});
    QCOMPARE(tasks.rowCount(), 0);
}

void TestJobsModels::parameterModelEdits()
{
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParameters(
        {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("date"), QString()}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ParameterTableModel::Name).data().toString(), QStringLiteral("date"));
    QVERIFY(model.setData(model.index(1, ParameterTableModel::Value), QStringLiteral("dev")));
    QCOMPARE(model.changedParameters(),
             (QMap<QString, QString>{{QStringLiteral("env"), QStringLiteral("dev")}}));
    const int row = model.addRow();
    QVERIFY(model.setData(model.index(row, ParameterTableModel::Name), QStringLiteral("extra")));
    QVERIFY(model.setData(model.index(row, ParameterTableModel::Value), QStringLiteral("1")));
    QCOMPARE(model.parameters().size(), 3);
    model.removeRowAt(0);
    QCOMPARE(model.parameters(),
             (QMap<QString, QString>{{QStringLiteral("env"), QStringLiteral("dev")},
                                     {QStringLiteral("extra"), QStringLiteral("1")}}));
    model.setNamesEditable(false);
    QVERIFY(!(model.flags(model.index(0, ParameterTableModel::Name)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ParameterTableModel::Name), QStringLiteral("x")));
    QVERIFY(model.flags(model.index(0, ParameterTableModel::Value)) & Qt::ItemIsEditable);
    model.removeRowAt(7); // out of range: nothing
    QCOMPARE(model.rowCount(), 2);
}

void TestJobsModels::tenThousandJobsStreamWhileTheLoopStaysResponsive()
{
    emulator::EmulatorOptions options =
        jobstest::fastEmulator(kToken, 1, emulator::Seed::GeneratedJobs);
    options.generatedJobCount = 10000;
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(m_emulator->listen());
    connectTo(m_emulator->baseUrl());

    JobListModel jobs;
    JobFilterProxy proxy; // sorted and filtered while the pages stream in, as the page shows them
    proxy.setSourceModel(&jobs);
    proxy.sort(JobListModel::Name);
    proxy.setNameFilter(QStringLiteral("a"));
    QSignalSpy loaded(&jobs, &JobListModel::loaded);
    QSignalSpy pages(&jobs, &QAbstractItemModel::rowsInserted);
    // The event loop's longest stall while loading: a timer that should fire every 10 ms.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    int rowsAtFirstTick = -1;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
        if (rowsAtFirstTick < 0 && jobs.rowCount() > 0)
            rowsAtFirstTick = jobs.rowCount();
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    tick.start();
    jobs.load(m_client.get());
    QVERIFY(loaded.wait(120000));
    tick.stop();
    QCOMPARE(jobs.rowCount(), 10000);
    QCOMPARE(pages.size(), 100); // 100 pages of 100, each shown as it came
    QVERIFY(rowsAtFirstTick > 0 && rowsAtFirstTick < 10000); // rows showed before the last page
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 10000);
    qInfo("10,000 jobs in %lld ms; longest event loop stall %lld ms", total.elapsed(),
          longestStall);
    QVERIFY2(longestStall < 250,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longestStall)));
}

QTEST_MAIN(TestJobsModels)
#include "tst_jobsmodels.moc"
