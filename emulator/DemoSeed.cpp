#include "DemoSeed.h"

#include "DemoHistory.h"
#include "GeneratedJobs.h"
#include "WorkspaceState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>
#include <array>

namespace brickdesk::emulator {

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

constexpr int kMinute = 60 * 1000;
constexpr qint64 kDay = 24LL * 60 * kMinute;

const std::array<const char *, 4> &kUsers = demo::kUsers;
const char *const kSharedAnalyticsId = demo::kSharedAnalyticsId;
const char *const kEtlNightlyId = demo::kEtlNightlyId;
const char *const kMlSandboxId = demo::kMlSandboxId;

QJsonObject azureAttributes(const char *availability)
{
    return QJsonObject{{QStringLiteral("first_on_demand"), 1},
                       {QStringLiteral("availability"), str(availability)},
                       {QStringLiteral("spot_bid_max_price"), -1}};
}

QJsonObject defaultTags(const char *creator, const char *name, const char *id)
{
    return QJsonObject{{QStringLiteral("Vendor"), QStringLiteral("Databricks")},
                       {QStringLiteral("Creator"), str(creator)},
                       {QStringLiteral("ClusterName"), str(name)},
                       {QStringLiteral("ClusterId"), str(id)}};
}

QJsonObject node(const char *nodeId, const char *privateIp, qint64 startTimestamp)
{
    return QJsonObject{
        {QStringLiteral("node_id"), str(nodeId)},
        {QStringLiteral("instance_id"), QString(str(nodeId) + QStringLiteral("-vm"))},
        {QStringLiteral("start_timestamp"), startTimestamp},
        {QStringLiteral("private_ip"), str(privateIp)},
        {QStringLiteral("host_private_ip"), str(privateIp)}};
}

QJsonObject sharedAnalyticsCluster(const DemoTime &t)
{
    const char *creator = kUsers[1];
    const char *name = "Shared Analytics";
    const qint64 restarted = t.at(2024, 11, 18, 7, 55, 0);
    QJsonArray executors;
    executors.append(node("b3c91f0e2d4a4f1c9e7a5d3b1c0e9f8a", "10.139.64.12", restarted + 95000));
    executors.append(node("c47d02a13e5b4a2d8f6b4e2c0d1f0a9b", "10.139.64.13", restarted + 96000));
    executors.append(node("d58e13b24f6c4b3e907c5f3d1e2a1b0c", "10.139.64.14", restarted + 97000));
    return QJsonObject{
        {QStringLiteral("cluster_id"), str(kSharedAnalyticsId)},
        {QStringLiteral("cluster_name"), str(name)},
        {QStringLiteral("spark_version"), QStringLiteral("13.3.x-scala2.12")},
        {QStringLiteral("node_type_id"), QStringLiteral("Standard_DS3_v2")},
        {QStringLiteral("driver_node_type_id"), QStringLiteral("Standard_DS3_v2")},
        {QStringLiteral("autoscale"),
         QJsonObject{{QStringLiteral("min_workers"), 2}, {QStringLiteral("max_workers"), 8}}},
        {QStringLiteral("num_workers"), 3},
        {QStringLiteral("state"), QStringLiteral("RUNNING")},
        {QStringLiteral("state_message"), QString()},
        {QStringLiteral("start_time"), t.at(2024, 9, 23, 16, 42, 8)},
        {QStringLiteral("last_restarted_time"), restarted},
        {QStringLiteral("last_state_loss_time"), restarted},
        {QStringLiteral("creator_user_name"), str(creator)},
        {QStringLiteral("cluster_source"), QStringLiteral("UI")},
        {QStringLiteral("autotermination_minutes"), 120},
        {QStringLiteral("enable_elastic_disk"), true},
        {QStringLiteral("enable_local_disk_encryption"), false},
        {QStringLiteral("runtime_engine"), QStringLiteral("PHOTON")},
        {QStringLiteral("data_security_mode"), QStringLiteral("USER_ISOLATION")},
        {QStringLiteral("spark_conf"),
         QJsonObject{
             {QStringLiteral("spark.databricks.delta.preview.enabled"), QStringLiteral("true")},
             {QStringLiteral("spark.sql.shuffle.partitions"), QStringLiteral("auto")}}},
        {QStringLiteral("spark_env_vars"),
         QJsonObject{{QStringLiteral("PYSPARK_PYTHON"),
                      QStringLiteral("/databricks/python3/bin/python3")}}},
        {QStringLiteral("custom_tags"),
         QJsonObject{{QStringLiteral("team"), QStringLiteral("analytics")},
                     {QStringLiteral("cost_center"), QStringLiteral("CC-4120")}}},
        {QStringLiteral("default_tags"), defaultTags(creator, name, kSharedAnalyticsId)},
        {QStringLiteral("azure_attributes"), azureAttributes("ON_DEMAND_AZURE")},
        {QStringLiteral("driver"),
         node("a2b80e9f1c3d4e0b8d694c2a0b9f8e7d", "10.139.64.11", restarted + 60000)},
        {QStringLiteral("executors"), executors},
        {QStringLiteral("spark_context_id"), 6182736459182736LL},
        {QStringLiteral("cluster_memory_mb"), 4 * 14336},
        {QStringLiteral("cluster_cores"), 4 * 4.0},
        {QStringLiteral("jdbc_port"), 10000},
        {QStringLiteral("disk_spec"), QJsonObject()},
        {QStringLiteral("init_scripts_safe_mode"), false},
    };
}

QJsonObject etlNightlyCluster(const DemoTime &t)
{
    const char *creator = kUsers[2];
    const char *name = "ETL Nightly";
    return QJsonObject{
        {QStringLiteral("cluster_id"), str(kEtlNightlyId)},
        {QStringLiteral("cluster_name"), str(name)},
        {QStringLiteral("spark_version"), QStringLiteral("12.2.x-scala2.12")},
        {QStringLiteral("node_type_id"), QStringLiteral("Standard_DS4_v2")},
        {QStringLiteral("driver_node_type_id"), QStringLiteral("Standard_DS4_v2")},
        {QStringLiteral("num_workers"), 4},
        {QStringLiteral("state"), QStringLiteral("TERMINATED")},
        {QStringLiteral("state_message"),
         QStringLiteral("Inactive cluster terminated (inactive for 60 minutes).")},
        {QStringLiteral("start_time"), t.at(2024, 8, 15, 3, 15, 7)},
        {QStringLiteral("last_restarted_time"), t.at(2024, 11, 20, 1, 0, 12)},
        {QStringLiteral("terminated_time"), t.at(2024, 11, 20, 3, 7, 44)},
        {QStringLiteral("termination_reason"),
         QJsonObject{
             {QStringLiteral("code"), QStringLiteral("INACTIVITY")},
             {QStringLiteral("type"), QStringLiteral("SUCCESS")},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("inactivity_duration_min"), QStringLiteral("60")}}}}},
        {QStringLiteral("creator_user_name"), str(creator)},
        {QStringLiteral("cluster_source"), QStringLiteral("API")},
        {QStringLiteral("autotermination_minutes"), 60},
        {QStringLiteral("enable_elastic_disk"), true},
        {QStringLiteral("enable_local_disk_encryption"), false},
        {QStringLiteral("runtime_engine"), QStringLiteral("STANDARD")},
        {QStringLiteral("data_security_mode"), QStringLiteral("SINGLE_USER")},
        {QStringLiteral("single_user_name"), str(creator)},
        {QStringLiteral("spark_conf"),
         QJsonObject{
             {QStringLiteral("spark.sql.adaptive.enabled"), QStringLiteral("true")},
             {QStringLiteral("spark.databricks.io.cache.enabled"), QStringLiteral("true")}}},
        {QStringLiteral("spark_env_vars"), QJsonObject()},
        {QStringLiteral("custom_tags"),
         QJsonObject{{QStringLiteral("team"), QStringLiteral("data-eng")},
                     {QStringLiteral("cost_center"), QStringLiteral("CC-2210")},
                     {QStringLiteral("schedule"), QStringLiteral("nightly")}}},
        {QStringLiteral("default_tags"), defaultTags(creator, name, kEtlNightlyId)},
        {QStringLiteral("azure_attributes"), azureAttributes("SPOT_WITH_FALLBACK_AZURE")},
        {QStringLiteral("cluster_memory_mb"), 5 * 28672},
        {QStringLiteral("cluster_cores"), 5 * 8.0},
        {QStringLiteral("jdbc_port"), 10000},
        {QStringLiteral("disk_spec"), QJsonObject()},
        {QStringLiteral("init_scripts_safe_mode"), false},
    };
}

QJsonObject mlSandboxCluster(const DemoTime &t)
{
    const char *creator = kUsers[0];
    const char *name = "ML Sandbox";
    return QJsonObject{
        {QStringLiteral("cluster_id"), str(kMlSandboxId)},
        {QStringLiteral("cluster_name"), str(name)},
        {QStringLiteral("spark_version"), QStringLiteral("13.3.x-gpu-ml-scala2.12")},
        {QStringLiteral("node_type_id"), QStringLiteral("Standard_NC6s_v3")},
        {QStringLiteral("driver_node_type_id"), QStringLiteral("Standard_NC6s_v3")},
        {QStringLiteral("num_workers"), 2},
        {QStringLiteral("state"), QStringLiteral("PENDING")},
        {QStringLiteral("state_message"),
         QStringLiteral("Finding instances for new nodes, acquiring more instances if necessary")},
        {QStringLiteral("start_time"), t.at(2024, 11, 21, 14, 5, 30)},
        {QStringLiteral("creator_user_name"), str(creator)},
        {QStringLiteral("cluster_source"), QStringLiteral("UI")},
        {QStringLiteral("autotermination_minutes"), 45},
        {QStringLiteral("enable_elastic_disk"), false},
        {QStringLiteral("enable_local_disk_encryption"), false},
        {QStringLiteral("runtime_engine"), QStringLiteral("STANDARD")},
        {QStringLiteral("data_security_mode"), QStringLiteral("SINGLE_USER")},
        {QStringLiteral("single_user_name"), str(creator)},
        {QStringLiteral("spark_conf"),
         QJsonObject{{QStringLiteral("spark.task.resource.gpu.amount"), QStringLiteral("1")}}},
        {QStringLiteral("spark_env_vars"), QJsonObject()},
        {QStringLiteral("custom_tags"),
         QJsonObject{{QStringLiteral("team"), QStringLiteral("ml")},
                     {QStringLiteral("cost_center"), QStringLiteral("CC-5300")}}},
        {QStringLiteral("default_tags"), defaultTags(creator, name, kMlSandboxId)},
        {QStringLiteral("azure_attributes"), azureAttributes("ON_DEMAND_AZURE")},
        {QStringLiteral("cluster_memory_mb"), 3 * 114688},
        {QStringLiteral("cluster_cores"), 3 * 6.0},
        {QStringLiteral("disk_spec"), QJsonObject()},
        {QStringLiteral("init_scripts_safe_mode"), false},
    };
}

enum class TaskKind
{
    Notebook,
    Python,
    Wheel
};
enum class Compute
{
    EtlCluster,
    SharedCluster,
    JobCluster
};

struct JobRow
{
    const char *name;
    const char *slug;
    int creator;          // index into kUsers
    const char *taskKeys; // comma-separated; each task depends on the one before it
    TaskKind kind;
    Compute compute;
    const char *cron; // nullptr: run manually only
    const char *timezone;
    bool paused;
    const char *team;
    int timeoutSeconds;
    int maxConcurrentRuns;
    bool emailOnFailure;
    const char *env;
};

// clang-format off
const std::array<JobRow, 25> kJobs = {{
    {"Daily sales ingest", "sales_ingest", 2, "ingest,validate", TaskKind::Notebook, Compute::EtlCluster, "0 30 2 * * ?", "Europe/Berlin", false, "data-eng", 7200, 1, true, "prod"},
    {"Hourly clickstream compaction", "clickstream_compaction", 3, "compact", TaskKind::Python, Compute::JobCluster, "0 5 * * * ?", "UTC", false, "data-eng", 1800, 1, true, "prod"},
    {"Customer 360 refresh", "customer_360", 1, "extract,merge,publish", TaskKind::Notebook, Compute::JobCluster, "0 0 4 * * ?", "Europe/Berlin", false, "analytics", 10800, 1, true, "prod"},
    {"Inventory snapshot export", "inventory_export", 2, "export", TaskKind::Notebook, Compute::EtlCluster, "0 0 23 * * ?", "Europe/Berlin", false, "data-eng", 3600, 1, false, "prod"},
    {"Finance month-end close", "month_end_close", 1, "load_ledgers,reconcile,report", TaskKind::Notebook, Compute::JobCluster, "0 0 6 1 * ?", "Europe/London", false, "finance", 14400, 1, true, "prod"},
    {"Marketing attribution model", "marketing_attribution", 0, "features,attribution", TaskKind::Python, Compute::JobCluster, "0 0 5 ? * MON", "America/New_York", false, "analytics", 7200, 1, false, "prod"},
    {"Churn model training", "churn_training", 0, "prepare,train,register", TaskKind::Notebook, Compute::JobCluster, "0 0 3 ? * SUN", "UTC", true, "ml", 21600, 1, true, "dev"},
    {"Churn model batch scoring", "churn_scoring", 0, "score", TaskKind::Wheel, Compute::JobCluster, "0 0 7 * * ?", "UTC", false, "ml", 3600, 1, true, "prod"},
    {"Data quality checks", "data_quality", 3, "expectations", TaskKind::Wheel, Compute::EtlCluster, "0 15 0/2 * * ?", "UTC", false, "platform", 1800, 2, true, "prod"},
    {"GDPR deletion requests", "gdpr_deletions", 2, "collect,delete,audit", TaskKind::Notebook, Compute::EtlCluster, "0 0 1 * * ?", "Europe/Berlin", false, "platform", 7200, 1, true, "prod"},
    {"Supplier invoices OCR", "invoices_ocr", 1, "ocr", TaskKind::Python, Compute::JobCluster, nullptr, nullptr, false, "finance", 0, 3, false, "dev"},
    {"Web logs to Delta", "weblogs_delta", 3, "ingest", TaskKind::Python, Compute::JobCluster, "0 0/15 * * * ?", "UTC", false, "data-eng", 900, 1, false, "prod"},
    {"IoT telemetry rollup", "iot_rollup", 2, "rollup_hourly,rollup_daily", TaskKind::Notebook, Compute::JobCluster, "0 10 * * * ?", "UTC", false, "data-eng", 3600, 1, true, "prod"},
    {"Weekly executive dashboard", "exec_dashboard", 1, "refresh", TaskKind::Notebook, Compute::SharedCluster, "0 0 8 ? * MON", "Europe/Berlin", false, "analytics", 3600, 1, true, "prod"},
    {"Product catalog sync", "catalog_sync", 3, "sync", TaskKind::Python, Compute::JobCluster, "0 0 0/6 * * ?", "UTC", false, "data-eng", 3600, 1, false, "prod"},
    {"Fraud detection features", "fraud_features", 0, "features", TaskKind::Notebook, Compute::JobCluster, "0 0/30 * * * ?", "UTC", true, "ml", 1800, 1, false, "dev"},
    {"Recommendation embeddings", "reco_embeddings", 0, "train_embeddings,publish_index", TaskKind::Notebook, Compute::JobCluster, nullptr, nullptr, false, "ml", 28800, 1, false, "dev"},
    {"Delta table OPTIMIZE and VACUUM", "delta_maintenance", 2, "optimize,vacuum", TaskKind::Notebook, Compute::EtlCluster, "0 0 3 ? * SAT", "UTC", false, "platform", 14400, 1, true, "prod"},
    {"Currency rates import", "currency_rates", 1, "import", TaskKind::Python, Compute::JobCluster, "0 0 17 ? * MON-FRI", "Europe/London", false, "finance", 600, 1, true, "prod"},
    {"HR headcount report", "hr_headcount", 1, "report", TaskKind::Notebook, Compute::SharedCluster, "0 0 9 1 * ?", "Europe/Berlin", true, "analytics", 3600, 1, false, "prod"},
    {"Support tickets sentiment", "ticket_sentiment", 0, "classify", TaskKind::Wheel, Compute::JobCluster, nullptr, nullptr, false, "ml", 7200, 1, false, "dev"},
    {"Shipping ETA forecast", "shipping_eta", 0, "features,forecast", TaskKind::Notebook, Compute::JobCluster, "0 0 0/4 * * ?", "UTC", false, "ml", 5400, 1, true, "prod"},
    {"Ad spend reconciliation", "ad_spend_recon", 1, "fetch,reconcile", TaskKind::Python, Compute::JobCluster, "0 30 6 * * ?", "America/New_York", false, "finance", 3600, 1, true, "prod"},
    {"Bronze to silver orders", "orders_silver", 3, "orders_silver", TaskKind::Notebook, Compute::JobCluster, "0 20 * * * ?", "UTC", false, "data-eng", 2700, 1, true, "prod"},
    {"Silver to gold revenue", "revenue_gold", 3, "revenue_gold", TaskKind::Notebook, Compute::JobCluster, "0 50 * * * ?", "UTC", false, "data-eng", 2700, 1, true, "prod"},
}};
// clang-format on

const char *const kJobClusterKey = "job_cluster";

QString wheelPackage(const JobRow &row)
{
    return QStringLiteral("brickdesk_") + str(row.team).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QJsonObject task(const JobRow &row, const QString &key, const QString &previousKey)
{
    const QString folder = QStringLiteral("/Workspace/Shared/") + str(row.team) + QLatin1Char('/') +
                           str(row.slug) + QLatin1Char('/');
    QJsonObject result{{QStringLiteral("task_key"), key},
                       {QStringLiteral("timeout_seconds"), 0},
                       {QStringLiteral("max_retries"), row.emailOnFailure ? 1 : 0},
                       {QStringLiteral("email_notifications"), QJsonObject()},
                       {QStringLiteral("run_if"), QStringLiteral("ALL_SUCCESS")}};
    if (!previousKey.isEmpty()) {
        result.insert(QStringLiteral("depends_on"),
                      QJsonArray{QJsonObject{{QStringLiteral("task_key"), previousKey}}});
    }
    switch (row.kind) {
    case TaskKind::Notebook:
        result.insert(QStringLiteral("notebook_task"),
                      QJsonObject{{QStringLiteral("notebook_path"), QString(folder + key)},
                                  {QStringLiteral("source"), QStringLiteral("WORKSPACE")},
                                  {QStringLiteral("base_parameters"),
                                   QJsonObject{{QStringLiteral("env"), str(row.env)}}}});
        break;
    case TaskKind::Python:
        result.insert(
            QStringLiteral("spark_python_task"),
            QJsonObject{
                {QStringLiteral("python_file"), QString(folder + key + QStringLiteral(".py"))},
                {QStringLiteral("parameters"), QJsonArray{QStringLiteral("--env"), str(row.env)}}});
        break;
    case TaskKind::Wheel:
        result.insert(QStringLiteral("python_wheel_task"),
                      QJsonObject{{QStringLiteral("package_name"), wheelPackage(row)},
                                  {QStringLiteral("entry_point"), key},
                                  {QStringLiteral("parameters"),
                                   QJsonArray{QStringLiteral("--env"), str(row.env)}}});
        result.insert(QStringLiteral("libraries"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("whl"),
                           QString(QStringLiteral("dbfs:/FileStore/wheels/") + wheelPackage(row) +
                                   QStringLiteral("-1.4.2-py3-none-any.whl"))}}});
        break;
    }
    switch (row.compute) {
    case Compute::EtlCluster:
        result.insert(QStringLiteral("existing_cluster_id"), str(kEtlNightlyId));
        break;
    case Compute::SharedCluster:
        result.insert(QStringLiteral("existing_cluster_id"), str(kSharedAnalyticsId));
        break;
    case Compute::JobCluster:
        result.insert(QStringLiteral("job_cluster_key"), str(kJobClusterKey));
        break;
    }
    return result;
}

QJsonObject jobCluster(const JobRow &row)
{
    const bool ml = qstrcmp(row.team, "ml") == 0;
    return QJsonObject{
        {QStringLiteral("job_cluster_key"), str(kJobClusterKey)},
        {QStringLiteral("new_cluster"),
         QJsonObject{
             {QStringLiteral("spark_version"),
              ml ? QStringLiteral("13.3.x-cpu-ml-scala2.12") : QStringLiteral("13.3.x-scala2.12")},
             {QStringLiteral("node_type_id"),
              ml ? QStringLiteral("Standard_DS4_v2") : QStringLiteral("Standard_DS3_v2")},
             {QStringLiteral("num_workers"), ml ? 4 : 2},
             {QStringLiteral("spark_conf"), QJsonObject()},
             {QStringLiteral("custom_tags"), QJsonObject{{QStringLiteral("team"), str(row.team)}}},
             {QStringLiteral("azure_attributes"), azureAttributes("SPOT_WITH_FALLBACK_AZURE")},
             {QStringLiteral("data_security_mode"), QStringLiteral("SINGLE_USER")},
             {QStringLiteral("runtime_engine"), QStringLiteral("STANDARD")},
             {QStringLiteral("enable_elastic_disk"), true}}}};
}

QJsonObject job(const JobRow &row, int index, const DemoTime &t)
{
    const QString creator = str(kUsers.at(static_cast<std::size_t>(row.creator)));
    const QStringList keys = str(row.taskKeys).split(QLatin1Char(','));
    QJsonArray tasks;
    for (qsizetype i = 0; i < keys.size(); ++i)
        tasks.append(task(row, keys.at(i), i > 0 ? keys.at(i - 1) : QString()));

    QJsonObject settings{
        {QStringLiteral("name"), str(row.name)},
        {QStringLiteral("format"), QStringLiteral("MULTI_TASK")},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("max_concurrent_runs"), row.maxConcurrentRuns},
        {QStringLiteral("timeout_seconds"), row.timeoutSeconds},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("team"), str(row.team)},
                                             {QStringLiteral("env"), str(row.env)}}},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("enabled"), true}}},
    };
    if (row.compute == Compute::JobCluster)
        settings.insert(QStringLiteral("job_clusters"), QJsonArray{jobCluster(row)});
    if (row.cron) {
        settings.insert(
            QStringLiteral("schedule"),
            QJsonObject{{QStringLiteral("quartz_cron_expression"), str(row.cron)},
                        {QStringLiteral("timezone_id"), str(row.timezone)},
                        {QStringLiteral("pause_status"),
                         row.paused ? QStringLiteral("PAUSED") : QStringLiteral("UNPAUSED")}});
    }
    QJsonObject email;
    if (row.emailOnFailure) {
        // A service principal has no mailbox: its jobs alert the data engineering list.
        const QString recipient = creator.contains(QLatin1Char('@'))
                                      ? creator
                                      : QStringLiteral("data-eng-alerts@brickdesk.example");
        email.insert(QStringLiteral("on_failure"), QJsonArray{recipient});
        email.insert(QStringLiteral("no_alert_for_skipped_runs"), true);
    }
    settings.insert(QStringLiteral("email_notifications"), email);

    // Ids are large and irregular like the real service's, but fixed and ascending.
    const qint64 jobId = 118'204'556'301'127LL + static_cast<qint64>(index) * 37'441'829'113LL;
    const qint64 created = t.at(2024, 3, 4, 9, 12, 31) + index * (6 * kDay + 137 * kMinute);
    return QJsonObject{{QStringLiteral("job_id"), jobId},
                       {QStringLiteral("creator_user_name"), creator},
                       {QStringLiteral("run_as_user_name"), creator},
                       {QStringLiteral("created_time"), created},
                       {QStringLiteral("settings"), settings}};
}

} // namespace

QString demoUserName()
{
    return str(kUsers[0]);
}

qint64 DemoTime::at(int year, int month, int day, int hour, int minute, int second) const
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC)
               .toMSecsSinceEpoch() +
           shiftMs;
}

DemoTime DemoTime::startingAt(qint64 nowMs)
{
    const DemoTime anchor{0};
    return DemoTime{nowMs - anchor.at(2024, 11, 21, 14, 10, 0)};
}

void seedWorkspace(WorkspaceState &state, const EmulatorOptions &options, qint64 nowMs)
{
    state.reset({}, {});
    if (options.seed == Seed::Empty)
        return;
    const DemoTime t = DemoTime::startingAt(nowMs);
    QList<QJsonObject> jobs;
    if (options.seed == Seed::GeneratedJobs) {
        jobs = generatedJobs(options.generatedJobCount, nowMs);
    } else {
        for (std::size_t i = 0; i < kJobs.size(); ++i)
            jobs.append(job(kJobs.at(i), static_cast<int>(i), t));
    }
    state.reset({sharedAnalyticsCluster(t), etlNightlyCluster(t), mlSandboxCluster(t)}, jobs);
    addDemoClusterHistory(state, t);
    if (options.seed == Seed::Demo)
        addDemoRunHistory(state, t);
}

} // namespace brickdesk::emulator
