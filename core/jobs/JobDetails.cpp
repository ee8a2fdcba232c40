#include "JobDetails.h"

#include "JobInfo.h"
#include "JsonFields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace brickdesk {

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

// A string → string map (tags, base_parameters); other scalars are shown as they would print.
QMap<QString, QString> readStringMap(const JsonFields &fields, const QString &key)
{
    QMap<QString, QString> map;
    const QJsonObject object = fields.object(key);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isObject() || it.value().isArray()) {
            fields.fail(QStringLiteral("%1.%2: expected a text value, found %3")
                            .arg(fields.path(key), it.key(), jsonTypeName(it.value())));
            return {};
        }
        map.insert(it.key(), scalarText(it.value()));
    }
    return map;
}

void readTaskKind(const JsonFields &task, JobTaskSpec &spec)
{
    const auto has = [&task](const char *key) { return task.has(QLatin1String(key)); };
    const auto sub = [&task](const char *key) { return task.child(QLatin1String(key)); };
    if (has("notebook_task")) {
        const JsonFields notebook = sub("notebook_task");
        spec.kind = QStringLiteral("Notebook");
        spec.target = notebook.string(QStringLiteral("notebook_path"));
        spec.notebookParameters = readStringMap(notebook, QStringLiteral("base_parameters"));
    } else if (has("spark_python_task")) {
        spec.kind = QStringLiteral("Python script");
        spec.target = sub("spark_python_task").string(QStringLiteral("python_file"));
        spec.takesPythonParameters = true;
    } else if (has("python_wheel_task")) {
        const JsonFields wheel = sub("python_wheel_task");
        spec.kind = QStringLiteral("Python wheel");
        spec.target = wheel.string(QStringLiteral("package_name")) + QLatin1Char(':') +
                      wheel.string(QStringLiteral("entry_point"));
        spec.takesPythonParameters = true;
    } else if (has("spark_jar_task")) {
        spec.kind = QStringLiteral("JAR");
        spec.target = sub("spark_jar_task").string(QStringLiteral("main_class_name"));
        spec.takesJarParameters = true;
    } else if (has("spark_submit_task")) {
        spec.kind = QStringLiteral("Spark submit");
        spec.target = sub("spark_submit_task")
                          .stringList(QStringLiteral("parameters"))
                          .join(QLatin1Char(' '));
    } else if (has("sql_task")) {
        const JsonFields sql = sub("sql_task");
        spec.kind = QStringLiteral("SQL");
        spec.target = sql.child(QStringLiteral("file")).string(QStringLiteral("path"));
        if (spec.target.isEmpty())
            spec.target = sql.child(QStringLiteral("query")).string(QStringLiteral("query_id"));
    } else if (has("dbt_task")) {
        spec.kind = QStringLiteral("dbt");
        spec.target =
            sub("dbt_task").stringList(QStringLiteral("commands")).join(QStringLiteral("; "));
    } else if (has("pipeline_task")) {
        spec.kind = QStringLiteral("Pipeline");
        spec.target = sub("pipeline_task").string(QStringLiteral("pipeline_id"));
    } else if (has("run_job_task")) {
        spec.kind = QStringLiteral("Run job");
        spec.target = QString::number(sub("run_job_task").id(QStringLiteral("job_id"), false));
    } else if (has("condition_task")) {
        const JsonFields condition = sub("condition_task");
        spec.kind = QStringLiteral("If/else condition");
        spec.target = condition.string(QStringLiteral("left")) + QLatin1Char(' ') +
                      condition.string(QStringLiteral("op")) + QLatin1Char(' ') +
                      condition.string(QStringLiteral("right"));
    } else if (has("for_each_task")) {
        spec.kind = QStringLiteral("For each");
        spec.target = sub("for_each_task").string(QStringLiteral("inputs"));
    } else {
        spec.kind = QStringLiteral("Other");
    }
}

JobTaskSpec readTask(const JsonFields &task)
{
    JobTaskSpec spec;
    spec.key = task.string(QStringLiteral("task_key"));
    if (spec.key.isEmpty())
        task.fail(task.path(QStringLiteral("task_key")) + QStringLiteral(" is missing"));
    readTaskKind(task, spec);
    const QJsonArray dependsOn = task.array(QStringLiteral("depends_on"));
    for (qsizetype i = 0; i < dependsOn.size(); ++i)
        spec.dependsOn.append(task.item(dependsOn, i, QStringLiteral("depends_on"))
                                  .string(QStringLiteral("task_key")));
    const QString cluster = task.string(QStringLiteral("existing_cluster_id"));
    const QString jobCluster = task.string(QStringLiteral("job_cluster_key"));
    if (!cluster.isEmpty())
        spec.compute = QStringLiteral("cluster ") + cluster;
    else if (!jobCluster.isEmpty())
        spec.compute = QStringLiteral("job cluster ") + jobCluster;
    else if (task.has(QStringLiteral("new_cluster")))
        spec.compute = QStringLiteral("new cluster: ") +
                       clusterSpecSummary(task.object(QStringLiteral("new_cluster")));
    else
        spec.compute = QStringLiteral("serverless");
    spec.runIf = task.string(QStringLiteral("run_if"));
    if (spec.runIf.isEmpty())
        spec.runIf = QStringLiteral("ALL_SUCCESS");
    spec.maxRetries = static_cast<int>(task.integer(QStringLiteral("max_retries")));
    spec.timeoutSeconds = task.integer(QStringLiteral("timeout_seconds"));
    return spec;
}

QString triggerText(const JsonFields &settings)
{
    if (settings.has(QStringLiteral("continuous"))) {
        const QString pause =
            settings.child(QStringLiteral("continuous")).string(QStringLiteral("pause_status"));
        return pause == QStringLiteral("PAUSED") ? QStringLiteral("continuous (paused)")
                                                 : QStringLiteral("continuous");
    }
    if (!settings.has(QStringLiteral("trigger")))
        return {};
    const JsonFields trigger = settings.child(QStringLiteral("trigger"));
    QString text;
    if (trigger.has(QStringLiteral("file_arrival")))
        text = QStringLiteral("file arrival: ") +
               trigger.child(QStringLiteral("file_arrival")).string(QStringLiteral("url"));
    else if (trigger.has(QStringLiteral("table_update")) || trigger.has(QStringLiteral("table")))
        text = QStringLiteral("table update");
    else if (trigger.has(QStringLiteral("periodic"))) {
        const JsonFields periodic = trigger.child(QStringLiteral("periodic"));
        text = QStringLiteral("every %1 %2")
                   .arg(periodic.integer(QStringLiteral("interval")))
                   .arg(periodic.string(QStringLiteral("unit")).toLower());
    } else
        text = QStringLiteral("trigger");
    if (trigger.string(QStringLiteral("pause_status")) == QStringLiteral("PAUSED"))
        text += QStringLiteral(" (paused)");
    return text;
}

} // namespace

QString clusterSpecSummary(const QJsonObject &newCluster)
{
    QStringList parts;
    const QString version = newCluster.value(QStringLiteral("spark_version")).toString();
    const QString node = newCluster.value(QStringLiteral("node_type_id")).toString();
    const QString pool = newCluster.value(QStringLiteral("instance_pool_id")).toString();
    if (!version.isEmpty())
        parts.append(version);
    if (!node.isEmpty())
        parts.append(node);
    else if (!pool.isEmpty())
        parts.append(QStringLiteral("pool ") + pool);
    const QJsonObject autoscale = newCluster.value(QStringLiteral("autoscale")).toObject();
    if (!autoscale.isEmpty()) {
        parts.append(QStringLiteral("%1–%2 workers (autoscale)")
                         .arg(autoscale.value(QStringLiteral("min_workers")).toInt())
                         .arg(autoscale.value(QStringLiteral("max_workers")).toInt()));
    } else {
        const int workers = newCluster.value(QStringLiteral("num_workers")).toInt();
        parts.append(workers == 1 ? QStringLiteral("1 worker")
                                  : QStringLiteral("%1 workers").arg(workers));
    }
    const QString policy = newCluster.value(QStringLiteral("policy_id")).toString();
    if (!policy.isEmpty())
        parts.append(QStringLiteral("policy ") + policy);
    return parts.join(QStringLiteral(" · "));
}

QList<JobTaskSpec> inDependencyOrder(QList<JobTaskSpec> tasks)
{
    QList<JobTaskSpec> ordered;
    QHash<QString, int> placed; // key → depth
    QSet<QString> keys;
    for (const JobTaskSpec &task : std::as_const(tasks))
        keys.insert(task.key);
    // Repeatedly take the first task whose dependencies (within the job) are placed; a cycle or
    // a dangling reference cannot stop the loop because then the first remaining task is taken.
    while (!tasks.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const bool ready = std::all_of(
                tasks[i].dependsOn.cbegin(), tasks[i].dependsOn.cend(),
                [&](const QString &key) { return placed.contains(key) || !keys.contains(key); });
            if (ready) {
                next = i;
                break;
            }
        }
        JobTaskSpec task = tasks.takeAt(next);
        task.depth = 0;
        for (const QString &upstream : std::as_const(task.dependsOn))
            task.depth = std::max(task.depth, placed.value(upstream, -1) + 1);
        placed.insert(task.key, task.depth);
        ordered.append(std::move(task));
    }
    return ordered;
}

bool JobDetails::hasNotebookTasks() const
{
    return std::any_of(tasks.cbegin(), tasks.cend(),
                       [](const JobTaskSpec &t) { return t.kind == QStringLiteral("Notebook"); });
}

bool JobDetails::hasPythonTasks() const
{
    return std::any_of(tasks.cbegin(), tasks.cend(),
                       [](const JobTaskSpec &t) { return t.takesPythonParameters; });
}

bool JobDetails::hasJarTasks() const
{
    return std::any_of(tasks.cbegin(), tasks.cend(),
                       [](const JobTaskSpec &t) { return t.takesJarParameters; });
}

QMap<QString, QString> JobDetails::notebookParameterDefaults() const
{
    QMap<QString, QString> defaults;
    for (const JobTaskSpec &task : tasks) {
        for (auto it = task.notebookParameters.constBegin();
             it != task.notebookParameters.constEnd(); ++it) {
            if (!defaults.contains(it.key()))
                defaults.insert(it.key(), it.value());
        }
    }
    return defaults;
}

QString JobDetails::rawJsonText() const
{
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented));
}

QString JobDetails::settingsJsonText() const
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Indented));
}

std::optional<JobDetails> JobDetails::fromJson(const QJsonObject &object, QString *error)
{
    const JsonFields fields(object, QStringLiteral("job"));
    JobDetails job;
    job.raw = object;
    job.id = fields.id(QStringLiteral("job_id"));
    job.creator = fields.string(QStringLiteral("creator_user_name"));
    job.runAs = fields.string(QStringLiteral("run_as_user_name"));
    job.createdTime = fields.epochMs(QStringLiteral("created_time"));
    const JsonFields settings = fields.child(QStringLiteral("settings"));
    job.settings = settings.json();
    job.name = settings.string(QStringLiteral("name"));
    if (job.name.isEmpty())
        job.name = QStringLiteral("Untitled job %1").arg(job.id);
    const QJsonArray tasks = settings.array(QStringLiteral("tasks"));
    for (qsizetype i = 0; i < tasks.size() && settings.ok(); ++i)
        job.tasks.append(readTask(settings.item(tasks, i, QStringLiteral("tasks"))));
    job.tasks = inDependencyOrder(job.tasks);
    const QJsonArray clusters = settings.array(QStringLiteral("job_clusters"));
    for (qsizetype i = 0; i < clusters.size() && settings.ok(); ++i) {
        const JsonFields cluster = settings.item(clusters, i, QStringLiteral("job_clusters"));
        job.jobClusters.append({cluster.string(QStringLiteral("job_cluster_key")),
                                clusterSpecSummary(cluster.object(QStringLiteral("new_cluster")))});
    }
    const QJsonArray parameters = settings.array(QStringLiteral("parameters"));
    for (qsizetype i = 0; i < parameters.size() && settings.ok(); ++i) {
        const JsonFields parameter = settings.item(parameters, i, QStringLiteral("parameters"));
        const QString name = parameter.string(QStringLiteral("name"));
        if (name.isEmpty())
            parameter.fail(parameter.path(QStringLiteral("name")) + QStringLiteral(" is missing"));
        job.parameters.append(
            {name, scalarText(parameter.json().value(QStringLiteral("default")))});
    }
    job.tags = readStringMap(settings, QStringLiteral("tags"));
    // Checked here for its type; JobInfo words it as the job list does.
    (void)settings.child(QStringLiteral("schedule"))
        .string(QStringLiteral("quartz_cron_expression"));
    if (const std::optional<JobInfo> info = JobInfo::fromJson(object))
        job.schedule = info->schedule.isEmpty() ? QString() : info->scheduleText();
    job.trigger = triggerText(settings);
    job.maxConcurrentRuns =
        static_cast<int>(settings.integer(QStringLiteral("max_concurrent_runs"), 1));
    job.timeoutSeconds = settings.integer(QStringLiteral("timeout_seconds"));
    job.failureRecipients = settings.child(QStringLiteral("email_notifications"))
                                .stringList(QStringLiteral("on_failure"));
    if (error)
        *error = fields.error();
    if (!fields.ok())
        return std::nullopt;
    return job;
}

} // namespace brickdesk
