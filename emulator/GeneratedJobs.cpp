#include "GeneratedJobs.h"

#include "DemoSeed.h"
#include "StableHash.h"

#include <QJsonArray>
#include <QStringList>
#include <array>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kFirstJobId = 611'902'448'103'551LL;
constexpr qint64 kTwoYearsMs = 2LL * 365 * 24 * 3600 * 1000;

// clang-format off
const std::array<const char *, 8> kCadences = {"Daily", "Hourly", "Weekly", "Nightly", "Monthly",
                                               "Ad-hoc", "Streaming", "Quarterly"};
const std::array<const char *, 16> kSubjects = {"sales", "orders", "clickstream", "inventory",
    "customers", "invoices", "telemetry", "payments", "shipments", "reviews", "ledger", "campaigns",
    "sessions", "devices", "tickets", "returns"};
const std::array<const char *, 12> kActions = {"ingest", "compaction", "refresh", "export",
    "backfill", "quality checks", "aggregation", "snapshot", "sync", "scoring", "dedup",
    "reconciliation"};
const std::array<const char *, 6> kRegions = {"emea", "amer", "apac", "eu-west", "us-east", "global"};
const std::array<const char *, 14> kCreators = {
    "demo.user@brickdesk.example", "anna.keller@brickdesk.example", "ravi.patel@brickdesk.example",
    "li.wei@brickdesk.example", "maria.garcia@brickdesk.example", "tom.becker@brickdesk.example",
    "fatima.ali@brickdesk.example", "jonas.berg@brickdesk.example", "sofia.rossi@brickdesk.example",
    "kenji.sato@brickdesk.example", "olivia.brown@brickdesk.example", "noah.smith@brickdesk.example",
    "8f3e2a91-7c4d-4b6e-9a12-3d5f6e7a8b90", "2b7c9d10-4e5f-4a6b-8c7d-9e0f1a2b3c4d"};
const std::array<const char *, 7> kTeams = {"data-eng", "analytics", "ml", "finance", "platform",
                                            "marketing", "ops"};
const std::array<const char *, 3> kEnvs = {"prod", "staging", "dev"};
const std::array<const char *, 8> kCrons = {"0 0 2 * * ?", "0 15 * * * ?", "0 0 0/4 * * ?",
    "0 30 6 ? * MON-FRI", "0 0 5 ? * SUN", "0 0 1 1 * ?", "0 0/30 * * * ?", "0 45 23 * * ?"};
const std::array<const char *, 5> kTimezones = {"UTC", "Europe/Berlin", "America/New_York",
                                                "Asia/Tokyo", "Europe/London"};
const std::array<const char *, 6> kStepNames = {"extract", "transform", "validate", "load",
                                                "publish", "notify"};
// clang-format on

template<std::size_t N> const char *pick(const std::array<const char *, N> &values, quint64 hash)
{
    return values.at(static_cast<std::size_t>(hash % N));
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject generatedTask(const QString &key, const QString &previous, const QString &folder,
                          quint64 hash, const QString &existingCluster)
{
    QJsonObject task{{QStringLiteral("task_key"), key},
                     {QStringLiteral("timeout_seconds"), 0},
                     {QStringLiteral("max_retries"), static_cast<int>(hash % 3)},
                     {QStringLiteral("email_notifications"), QJsonObject()},
                     {QStringLiteral("run_if"), QStringLiteral("ALL_SUCCESS")}};
    if (!previous.isEmpty()) {
        task.insert(QStringLiteral("depends_on"),
                    QJsonArray{QJsonObject{{QStringLiteral("task_key"), previous}}});
    }
    if (hash % 3 == 0) {
        task.insert(QStringLiteral("spark_python_task"),
                    QJsonObject{{QStringLiteral("python_file"),
                                 QString(folder + key + QStringLiteral(".py"))}});
    } else {
        task.insert(QStringLiteral("notebook_task"),
                    QJsonObject{{QStringLiteral("notebook_path"), QString(folder + key)},
                                {QStringLiteral("source"), QStringLiteral("WORKSPACE")}});
    }
    if (existingCluster.isEmpty())
        task.insert(QStringLiteral("job_cluster_key"), QStringLiteral("job_cluster"));
    else
        task.insert(QStringLiteral("existing_cluster_id"), existingCluster);
    return task;
}

QJsonObject generatedJob(int index, qint64 nowMs)
{
    const quint64 h = mixHash(static_cast<quint64>(index) * 0x9E3779B97F4A7C15ULL + 12345);
    const QString cadence = str(pick(kCadences, h));
    const QString subject = str(pick(kSubjects, h >> 8));
    const QString action = str(pick(kActions, h >> 16));
    QString name = cadence + QLatin1Char(' ') + subject + QLatin1Char(' ') + action;
    if ((h >> 24) % 3 == 0)
        name += QStringLiteral(" (") + str(pick(kRegions, h >> 28)) + QLatin1Char(')');
    const QString team = str(pick(kTeams, h >> 32));
    const QString env = str(pick(kEnvs, h >> 36));
    const QString creator = str(pick(kCreators, h >> 40));
    const QString slug =
        subject + QLatin1Char('_') + QString(action).replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString folder =
        QStringLiteral("/Workspace/Shared/") + team + QLatin1Char('/') + slug + QLatin1Char('/');

    const int taskCount = 1 + static_cast<int>((h >> 44) % 4);
    const bool onJobCluster = (h >> 47) % 4 != 0;
    const QString existing =
        onJobCluster ? QString()
                     : str((h >> 49) % 2 ? demo::kSharedAnalyticsId : demo::kEtlNightlyId);
    QJsonArray tasks;
    QString previous;
    for (int t = 0; t < taskCount; ++t) {
        const QString key = str(kStepNames.at(static_cast<std::size_t>(t + (h >> 50) % 3)));
        tasks.append(
            generatedTask(key, previous, folder, mixHash(h + static_cast<quint64>(t)), existing));
        previous = key;
    }

    QJsonObject tags{{QStringLiteral("team"), team}, {QStringLiteral("env"), env}};
    if ((h >> 52) % 4 == 0)
        tags.insert(QStringLiteral("pii"), QStringLiteral("true"));
    if ((h >> 54) % 2 == 0)
        tags.insert(QStringLiteral("cost_center"),
                    QStringLiteral("CC-%1").arg(1000 + (h >> 20) % 9000));
    QJsonObject settings{
        {QStringLiteral("name"), name},
        {QStringLiteral("format"), QStringLiteral("MULTI_TASK")},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("max_concurrent_runs"), 1 + static_cast<int>((h >> 56) % 3)},
        {QStringLiteral("timeout_seconds"), static_cast<int>((h >> 58) % 4) * 3600},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("email_notifications"), QJsonObject()},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("enabled"), (h >> 60) % 2 == 0}}},
    };
    if (onJobCluster) {
        settings.insert(
            QStringLiteral("job_clusters"),
            QJsonArray{QJsonObject{
                {QStringLiteral("job_cluster_key"), QStringLiteral("job_cluster")},
                {QStringLiteral("new_cluster"),
                 QJsonObject{
                     {QStringLiteral("spark_version"), QStringLiteral("14.3.x-scala2.12")},
                     {QStringLiteral("node_type_id"), QStringLiteral("Standard_DS3_v2")},
                     {QStringLiteral("num_workers"), 1 + static_cast<int>((h >> 12) % 8)}}}}});
    }
    if (cadence != QLatin1String("Ad-hoc") && (h >> 61) % 5 != 0) {
        settings.insert(
            QStringLiteral("schedule"),
            QJsonObject{{QStringLiteral("quartz_cron_expression"), str(pick(kCrons, h >> 4))},
                        {QStringLiteral("timezone_id"), str(pick(kTimezones, h >> 6))},
                        {QStringLiteral("pause_status"), (h >> 62) % 4 == 0
                                                             ? QStringLiteral("PAUSED")
                                                             : QStringLiteral("UNPAUSED")}});
    }
    const qint64 jobId =
        kFirstJobId + static_cast<qint64>(index) * 7'919 + static_cast<qint64>(h % 7'000);
    return QJsonObject{{QStringLiteral("job_id"), jobId},
                       {QStringLiteral("creator_user_name"), creator},
                       {QStringLiteral("run_as_user_name"), creator},
                       {QStringLiteral("created_time"),
                        nowMs - kTwoYearsMs + static_cast<qint64>(index) * (kTwoYearsMs / 100'000)},
                       {QStringLiteral("settings"), settings}};
}

} // namespace

QList<QJsonObject> generatedJobs(int count, qint64 nowMs)
{
    QList<QJsonObject> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i)
        jobs.append(generatedJob(i, nowMs));
    return jobs;
}

} // namespace brickdesk::emulator
