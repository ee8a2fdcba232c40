#include "DemoHistory.h"

#include "DemoSeed.h"
#include "RunModel.h"
#include "RunOutcome.h"
#include "StableHash.h"
#include "WorkspaceState.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <vector>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

void event(WorkspaceState &state, const char *clusterId, qint64 timestamp, const char *type,
           const QJsonObject &details = {})
{
    state.appendClusterEvent(str(clusterId),
                             QJsonObject{{QStringLiteral("cluster_id"), str(clusterId)},
                                         {QStringLiteral("timestamp"), timestamp},
                                         {QStringLiteral("type"), str(type)},
                                         {QStringLiteral("details"), details}});
}

QJsonObject user(const char *name)
{
    return QJsonObject{{QStringLiteral("user"), str(name)}};
}

QJsonObject workers(int current, int target)
{
    return QJsonObject{{QStringLiteral("current_num_workers"), current},
                       {QStringLiteral("target_num_workers"), target}};
}

QJsonObject library(const char *kind, const char *field, const char *value)
{
    if (!field)
        return QJsonObject{{str(kind), str(value)}};
    return QJsonObject{{str(kind), QJsonObject{{str(field), str(value)}}}};
}

QJsonObject libraryStatus(const QJsonObject &library, const char *status)
{
    return QJsonObject{{QStringLiteral("library"), library},
                       {QStringLiteral("status"), str(status)},
                       {QStringLiteral("is_library_for_all_clusters"), false}};
}

void sharedAnalyticsHistory(WorkspaceState &state, const DemoTime &t)
{
    const char *id = demo::kSharedAnalyticsId;
    const char *anna = demo::kUsers[1];
    const qint64 created = t.at(2024, 9, 23, 16, 42, 8);
    event(state, id, created, "CREATING",
          QJsonObject{
              {QStringLiteral("user"), str(anna)},
              {QStringLiteral("attributes"),
               QJsonObject{
                   {QStringLiteral("cluster_name"), QStringLiteral("Shared Analytics")},
                   {QStringLiteral("spark_version"), QStringLiteral("13.3.x-scala2.12")},
                   {QStringLiteral("node_type_id"), QStringLiteral("Standard_DS3_v2")},
                   {QStringLiteral("autoscale"), QJsonObject{{QStringLiteral("min_workers"), 2},
                                                             {QStringLiteral("max_workers"), 8}}},
                   {QStringLiteral("autotermination_minutes"), 60}}}});
    event(state, id, created + 4 * kMinute + 12 * kSecond, "RUNNING", workers(2, 2));
    event(state, id, created + 4 * kMinute + 31 * kSecond, "DRIVER_HEALTHY");
    event(state, id, created + 55 * kMinute, "PINNED", user(anna));
    const qint64 edited = t.at(2024, 10, 14, 9, 20, 41);
    event(state, id, edited, "EDITED",
          QJsonObject{{QStringLiteral("user"), str(anna)},
                      {QStringLiteral("previous_attributes"),
                       QJsonObject{{QStringLiteral("autotermination_minutes"), 60}}},
                      {QStringLiteral("attributes"),
                       QJsonObject{{QStringLiteral("autotermination_minutes"), 120}}}});
    const qint64 restarted = t.at(2024, 11, 18, 7, 55, 0);
    event(state, id, restarted - 2 * kMinute - 5 * kSecond, "RESTARTING", user(anna));
    event(state, id, restarted, "RUNNING", workers(2, 2));
    event(state, id, restarted + 19 * kSecond, "DRIVER_HEALTHY");
    for (int day = 0; day < 3; ++day) {
        const qint64 morning = restarted + day * kDay + 2 * kHour + 13 * kMinute;
        QJsonObject up = workers(2, 3);
        up.insert(QStringLiteral("cause"), QStringLiteral("AUTOSCALE"));
        event(state, id, morning, "RESIZING", up);
        event(state, id, morning + 2 * kMinute + 48 * kSecond, "UPSIZE_COMPLETED", workers(3, 3));
    }
    state.setPinned(str(id), true);
    state.setLibraryStatuses(
        str(id),
        {libraryStatus(library("pypi", "package", "great-expectations==0.18.8"), "INSTALLED"),
         libraryStatus(library("maven", "coordinates", "com.databricks:spark-xml_2.12:0.17.0"),
                       "INSTALLED"),
         libraryStatus(library("whl", nullptr,
                               "dbfs:/FileStore/wheels/brickdesk_analytics-1.4.2-py3-none-any.whl"),
                       "INSTALLED")});
}

void etlNightlyHistory(WorkspaceState &state, const DemoTime &t)
{
    const char *id = demo::kEtlNightlyId;
    const char *ravi = demo::kUsers[2];
    const qint64 created = t.at(2024, 8, 15, 3, 15, 7);
    event(state, id, created, "CREATING",
          QJsonObject{
              {QStringLiteral("user"), str(ravi)},
              {QStringLiteral("attributes"),
               QJsonObject{{QStringLiteral("cluster_name"), QStringLiteral("ETL Nightly")},
                           {QStringLiteral("spark_version"), QStringLiteral("12.2.x-scala2.12")},
                           {QStringLiteral("node_type_id"), QStringLiteral("Standard_DS4_v2")},
                           {QStringLiteral("num_workers"), 4},
                           {QStringLiteral("autotermination_minutes"), 60}}}});
    event(state, id, created + 5 * kMinute + 2 * kSecond, "RUNNING", workers(4, 4));
    event(state, id, created + 5 * kMinute + 20 * kSecond, "DRIVER_HEALTHY");
    const QJsonObject inactivity{
        {QStringLiteral("reason"),
         QJsonObject{
             {QStringLiteral("code"), QStringLiteral("INACTIVITY")},
             {QStringLiteral("type"), QStringLiteral("SUCCESS")},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("inactivity_duration_min"), QStringLiteral("60")}}}}}};
    event(state, id, created + 2 * kHour + 7 * kMinute, "TERMINATING", inactivity);
    // The nightly jobs start it every night; it stops itself an hour after they finish.
    const qint64 lastStart = t.at(2024, 11, 20, 1, 0, 12);
    for (int night = 3; night >= 0; --night) {
        const qint64 running = lastStart - night * kDay + night * 37 * kSecond;
        event(state, id, running - 3 * kMinute - 42 * kSecond, "STARTING", user(ravi));
        event(state, id, running, "RUNNING", workers(4, 4));
        event(state, id, running + 21 * kSecond, "DRIVER_HEALTHY");
        const qint64 stop =
            night == 0 ? t.at(2024, 11, 20, 3, 7, 44) : running + 2 * kHour + (5 + night) * kMinute;
        event(state, id, stop, "TERMINATING", inactivity);
    }
    state.setLibraryStatuses(
        str(id), {libraryStatus(library("pypi", "package", "delta-spark==2.4.0"), "PENDING"),
                  libraryStatus(library("jar", nullptr, "dbfs:/FileStore/jars/etl-udfs-2.1.0.jar"),
                                "PENDING")});
}

void mlSandboxHistory(WorkspaceState &state, const DemoTime &t)
{
    const char *id = demo::kMlSandboxId;
    event(state, id, t.at(2024, 11, 2, 9, 3, 11), "CREATING", user(demo::kUsers[0]));
    event(state, id, t.at(2024, 11, 2, 9, 9, 40), "RUNNING", workers(2, 2));
    event(state, id, t.at(2024, 11, 2, 9, 10, 2), "DRIVER_HEALTHY");
    event(state, id, t.at(2024, 11, 2, 10, 40, 0), "TERMINATING",
          QJsonObject{{QStringLiteral("reason"),
                       QJsonObject{{QStringLiteral("code"), QStringLiteral("INACTIVITY")},
                                   {QStringLiteral("type"), QStringLiteral("SUCCESS")},
                                   {QStringLiteral("parameters"),
                                    QJsonObject{{QStringLiteral("inactivity_duration_min"),
                                                 QStringLiteral("45")}}}}}});
    event(state, id, t.at(2024, 11, 21, 14, 5, 30), "STARTING", user(demo::kUsers[0]));
    state.setLibraryStatuses(
        str(id), {libraryStatus(library("pypi", "package", "mlflow==2.9.2"), "PENDING"),
                  libraryStatus(library("pypi", "package", "xgboost==2.0.3"), "PENDING")});
}

// How one past run of a demo job ended.
enum class Ending
{
    Success,
    Failure, // the task at failIndex fails, the ones after it do not run
    Cancelled,
    Running, // still running now
};

struct PlannedRun
{
    int jobIndex;
    qint64 start;
    Ending ending;
    int failIndex;
    QString trigger;
};

struct HistoryRow
{
    int jobIndex; // into the demo jobs, ascending job_id
    int runs;
    qint64 interval;
    qint64 offset;  // the latest run's start before now
    int failingRun; // -1: none; else the run (0 = latest) that failed
    int failIndex;  // its failing task
    bool periodic;
};

// clang-format off
const std::array<HistoryRow, 8> kHistory = {{
    {0, 6, kDay, 11 * kHour + 40 * kMinute, 2, 1, true},          // Daily sales ingest
    {1, 8, kHour, 65 * kMinute, 4, 0, true},                     // Hourly clickstream compaction
    {2, 5, kDay, 10 * kHour + 10 * kMinute, 1, 1, true},         // Customer 360 refresh
    {7, 4, kDay, 7 * kHour + 10 * kMinute, -1, 0, true},         // Churn model batch scoring
    {8, 8, 2 * kHour, 95 * kMinute, 0, 0, true},                 // Data quality checks
    {10, 3, 2 * kDay + 5 * kHour, 26 * kHour, -1, 0, false},     // Supplier invoices OCR
    {13, 3, 7 * kDay, 3 * kDay + 6 * kHour + 10 * kMinute, -1, 0, true}, // Weekly executive dashboard
    {23, 6, kHour, 50 * kMinute, 3, 0, true},                    // Bronze to silver orders
}};
// clang-format on

std::vector<PlannedRun> plannedRuns(qint64 now)
{
    std::vector<PlannedRun> plan;
    for (const HistoryRow &row : kHistory) {
        for (int k = 0; k < row.runs; ++k) {
            const qint64 jitter =
                pickInRange(stableHash(QString::number(row.jobIndex * 100 + k)), 0, 40) * kSecond;
            Ending ending = k == row.failingRun ? Ending::Failure : Ending::Success;
            if (row.jobIndex == 10 && k == 1)
                ending = Ending::Cancelled;
            plan.push_back(
                {row.jobIndex, now - row.offset - k * row.interval + jitter, ending, row.failIndex,
                 row.periodic ? QStringLiteral("PERIODIC") : QStringLiteral("ONE_TIME")});
        }
    }
    // The hourly compaction is running right now.
    plan.push_back({1, 0, Ending::Running, 0, QStringLiteral("PERIODIC")});
    return plan;
}

QString fakeJobClusterId(qint64 start, quint64 salt)
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    quint64 bits = mixHash(static_cast<quint64>(start) ^ salt);
    QString suffix;
    for (int i = 0; i < 8; ++i) {
        suffix.append(QLatin1Char(kAlphabet[bits % 36]));
        bits /= 36;
    }
    return QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("MMdd-HHmmss-")) +
           suffix;
}

void attachCluster(QJsonObject &task, qint64 start)
{
    QString clusterId = task.value(QStringLiteral("existing_cluster_id")).toString();
    if (clusterId.isEmpty())
        clusterId = fakeJobClusterId(start, 17);
    task.insert(
        QStringLiteral("cluster_instance"),
        QJsonObject{{QStringLiteral("cluster_id"), clusterId},
                    {QStringLiteral("spark_context_id"),
                     QString::number(mixHash(stableHash(clusterId)) % 9'000'000'000'000'000ULL)}});
}

// Plays a run through to its ending, with the same shapes the run engine writes.
QJsonObject playedRun(WorkspaceState &state, const QJsonObject &job, const PlannedRun &planned,
                      qint64 now)
{
    constexpr qint64 kSetup = 20 * kSecond;
    const QString creator = planned.trigger == QLatin1String("PERIODIC")
                                ? job.value(QStringLiteral("creator_user_name")).toString()
                                : str(demo::kUsers[1]);
    RunRequest request;
    request.trigger = planned.trigger;
    const qint64 runId = state.allocateRunId();
    RunRecord record(runModel::newJobRun(job, runId, request, creator, planned.start,
                                         [&state] { return state.allocateRunId(); }));
    QList<QJsonObject> &tasks = record.tasks();
    const bool single = tasks.size() == 1;

    if (planned.ending == Ending::Running) {
        QJsonObject &task = tasks.first();
        const qint64 started = now - runOutcome::taskDurationMs(task) / 3;
        record.run().insert(QStringLiteral("start_time"), started - kSetup);
        record.run().insert(QStringLiteral("running_since"), started);
        if (single)
            record.run().insert(QStringLiteral("setup_duration"), kSetup);
        record.setState(QStringLiteral("RUNNING"));
        attachCluster(task, started);
        runModel::setTaskState(task, QStringLiteral("RUNNING"));
        task.insert(QStringLiteral("start_time"), started);
        return record.json();
    }

    qint64 clock = planned.start + kSetup;
    bool stopped = false;
    for (int i = 0; i < tasks.size(); ++i) {
        QJsonObject &task = tasks[i];
        attachCluster(task, planned.start);
        if (stopped) {
            runModel::endTask(task, QStringLiteral("UPSTREAM_FAILED"), clock);
            continue;
        }
        task.insert(QStringLiteral("start_time"), clock);
        qint64 duration = runOutcome::taskDurationMs(task);
        if (planned.ending == Ending::Cancelled) {
            duration /= 4;
            clock += duration;
            runModel::endTask(task, QStringLiteral("CANCELED"), clock,
                              QStringLiteral("Run was cancelled by ") + str(demo::kUsers[1]) +
                                  QLatin1Char('.'));
            stopped = true;
            continue;
        }
        const bool fails = planned.ending == Ending::Failure && i == planned.failIndex;
        clock += fails ? duration / 3 : duration;
        runModel::endTask(task, fails ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"),
                          clock);
        stopped = fails;
    }
    if (planned.ending == Ending::Cancelled) {
        const QString message =
            QStringLiteral("Run was cancelled by ") + str(demo::kUsers[1]) + QLatin1Char('.');
        record.setState(QStringLiteral("TERMINATED"), QStringLiteral("CANCELED"), message, true);
        record.setTermination(QStringLiteral("USER_CANCELED"), QStringLiteral("SUCCESS"), message);
    } else {
        runModel::settleResult(record);
    }
    const qint64 end = clock + 4 * kSecond;
    record.run().insert(QStringLiteral("end_time"), end);
    record.run().insert(QStringLiteral("run_duration"), end - planned.start);
    if (single) {
        record.run().insert(QStringLiteral("setup_duration"), kSetup);
        record.run().insert(QStringLiteral("execution_duration"), clock - planned.start - kSetup);
        record.run().insert(QStringLiteral("cleanup_duration"), end - clock);
    }
    return record.json();
}

} // namespace

void addDemoClusterHistory(WorkspaceState &state, const DemoTime &t)
{
    sharedAnalyticsHistory(state, t);
    etlNightlyHistory(state, t);
    mlSandboxHistory(state, t);
}

void addDemoRunHistory(WorkspaceState &state, const DemoTime &t)
{
    const qint64 now = t.at(2024, 11, 21, 14, 10, 0);
    const QList<QJsonObject> jobs = state.jobs();
    std::vector<PlannedRun> plan = plannedRuns(now);
    for (PlannedRun &planned : plan) {
        if (planned.ending == Ending::Running)
            planned.start = now - 2 * kMinute; // for ordering; the run sets its own times
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedRun &a, const PlannedRun &b) { return a.start < b.start; });
    for (const PlannedRun &planned : plan) {
        if (planned.jobIndex < jobs.size())
            state.putRun(playedRun(state, jobs.at(planned.jobIndex), planned, now));
    }
}

} // namespace brickdesk::emulator
