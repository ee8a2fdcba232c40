#include "JobSettings.h"

#include "BodyParams.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace brickdesk::emulator::jobSettings {

namespace {

const QString kTasks = QStringLiteral("tasks");
const QString kTaskKey = QStringLiteral("task_key");
const QString kJobClusters = QStringLiteral("job_clusters");
const QString kJobClusterKey = QStringLiteral("job_cluster_key");
constexpr qsizetype kMaxTasks = 1000;

// Removes entries whose `keyField` is `key`; appends or replaces by key for `updates`.
QJsonArray mergedByKey(QJsonArray current, const QJsonArray &updates, const QString &keyField)
{
    for (const QJsonValue &update : updates) {
        const QString key = update.toObject().value(keyField).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < current.size(); ++i) {
            if (current.at(i).toObject().value(keyField).toString() == key) {
                current.replace(i, update);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            current.append(update);
    }
    return current;
}

QJsonArray withoutKey(const QJsonArray &array, const QString &keyField, const QString &key)
{
    QJsonArray result;
    for (const QJsonValue &value : array) {
        if (value.toObject().value(keyField).toString() != key)
            result.append(value);
    }
    return result;
}

bool hasCycle(const QHash<QString, QStringList> &dependencies)
{
    enum class Mark
    {
        None,
        Visiting,
        Done
    };
    QHash<QString, Mark> marks;
    std::function<bool(const QString &)> visit = [&](const QString &key) {
        const Mark mark = marks.value(key, Mark::None);
        if (mark == Mark::Visiting)
            return true;
        if (mark == Mark::Done)
            return false;
        marks.insert(key, Mark::Visiting);
        for (const QString &dependency : dependencies.value(key)) {
            if (visit(dependency))
                return true;
        }
        marks.insert(key, Mark::Done);
        return false;
    };
    for (auto it = dependencies.constBegin(); it != dependencies.constEnd(); ++it) {
        if (visit(it.key()))
            return true;
    }
    return false;
}

std::optional<ApiResponse> validateTask(const QJsonValue &value, const QSet<QString> &clusterKeys,
                                        QSet<QString> *keys, QHash<QString, QStringList> *deps)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    if (!value.isObject())
        return ApiResponse::invalidParameter(QStringLiteral("Each task must be an object."));
    const QJsonObject task = value.toObject();
    QString key;
    if (auto error = requireStringField(task, kTaskKey, &key))
        return error;
    if (!keyPattern.match(key).hasMatch()) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid task_key '") + key +
            QStringLiteral("': use 1 to 100 letters, digits, underscores and hyphens."));
    }
    if (keys->contains(key)) {
        return ApiResponse::invalidParameter(QStringLiteral("Task key ") + key +
                                             QStringLiteral(" is used by more than one task."));
    }
    keys->insert(key);

    int types = 0;
    for (const QString &type : taskTypes()) {
        if (task.contains(type)) {
            if (!task.value(type).isObject()) {
                return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field ") +
                                                     type + QStringLiteral(" of task ") + key +
                                                     QStringLiteral(": expected an object."));
            }
            ++types;
        }
    }
    if (types != 1) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Task ") + key + QStringLiteral(" must specify exactly one of: ") +
            taskTypes().join(QStringLiteral(", ")) + QLatin1Char('.'));
    }
    const QJsonObject notebook = task.value(QStringLiteral("notebook_task")).toObject();
    if (task.contains(QStringLiteral("notebook_task")) &&
        notebook.value(QStringLiteral("notebook_path")).toString().isEmpty()) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Missing required field: notebook_task.notebook_path in task ") + key);
    }
    const QString clusterKey = task.value(kJobClusterKey).toString();
    if (!clusterKey.isEmpty() && !clusterKeys.contains(clusterKey)) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Task ") + key + QStringLiteral(" refers to job cluster ") + clusterKey +
            QStringLiteral(", which job_clusters does not "
                           "define."));
    }

    QStringList dependencies;
    const QJsonValue dependsOn = task.value(QStringLiteral("depends_on"));
    if (!dependsOn.isUndefined() && !dependsOn.isArray()) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field depends_on "
                                                            "of task ") +
                                             key + QStringLiteral(": expected an array."));
    }
    for (const QJsonValue &dependency : dependsOn.toArray()) {
        const QString upstream = dependency.toObject().value(kTaskKey).toString();
        if (upstream.isEmpty()) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Missing required field: depends_on.task_key in task ") + key);
        }
        dependencies.append(upstream);
    }
    deps->insert(key, dependencies);
    return std::nullopt;
}

} // namespace

const QStringList &taskTypes()
{
    static const QStringList types{
        QStringLiteral("notebook_task"),     QStringLiteral("spark_python_task"),
        QStringLiteral("python_wheel_task"), QStringLiteral("spark_jar_task"),
        QStringLiteral("spark_submit_task"), QStringLiteral("sql_task"),
        QStringLiteral("dbt_task"),          QStringLiteral("pipeline_task"),
        QStringLiteral("run_job_task"),      QStringLiteral("condition_task"),
        QStringLiteral("for_each_task")};
    return types;
}

std::optional<ApiResponse> validateTasks(const QJsonArray &tasks, const QJsonArray &jobClusters)
{
    if (tasks.size() > kMaxTasks) {
        return ApiResponse::invalidParameter(
            QStringLiteral("A job can have at most %1 tasks.").arg(kMaxTasks));
    }
    QSet<QString> clusterKeys;
    for (const QJsonValue &cluster : jobClusters) {
        const QString key = cluster.toObject().value(kJobClusterKey).toString();
        if (key.isEmpty()) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Missing required field: job_clusters.job_cluster_key"));
        }
        if (!cluster.toObject().value(QStringLiteral("new_cluster")).isObject()) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Missing required field: new_cluster in job cluster ") + key);
        }
        clusterKeys.insert(key);
    }
    QSet<QString> keys;
    QHash<QString, QStringList> dependencies;
    for (const QJsonValue &task : tasks) {
        if (auto error = validateTask(task, clusterKeys, &keys, &dependencies))
            return error;
    }
    for (auto it = dependencies.constBegin(); it != dependencies.constEnd(); ++it) {
        for (const QString &upstream : it.value()) {
            if (!keys.contains(upstream)) {
                return ApiResponse::invalidParameter(
                    QStringLiteral("Task ") + it.key() + QStringLiteral(" depends on task ") +
                    upstream + QStringLiteral(", which does not exist in the job."));
            }
        }
    }
    if (hasCycle(dependencies)) {
        return ApiResponse::invalidParameter(
            QStringLiteral("The task dependencies contain a cycle."));
    }
    return std::nullopt;
}

std::optional<ApiResponse> validate(const QJsonObject &settings)
{
    QString name;
    if (auto error = readStringField(settings, QStringLiteral("name"), QString(), &name))
        return error;
    if (name.size() > 4096)
        return ApiResponse::invalidParameter(QStringLiteral("The job name is longer than 4096."));
    qint64 number = 0;
    if (auto error = readIntegerField(settings, QStringLiteral("max_concurrent_runs"), false, 1, 0,
                                      1000, &number)) {
        return error;
    }
    if (auto error = readIntegerField(settings, QStringLiteral("timeout_seconds"), false, 0, 0,
                                      std::numeric_limits<int>::max(), &number)) {
        return error;
    }
    for (const QString &key :
         {QStringLiteral("schedule"), QStringLiteral("tags"), QStringLiteral("email_notifications"),
          QStringLiteral("queue"), QStringLiteral("git_source"), QStringLiteral("run_as")}) {
        QJsonObject object;
        if (auto error = readObjectField(settings, key, &object))
            return error;
    }
    const QJsonObject schedule = settings.value(QStringLiteral("schedule")).toObject();
    if (settings.contains(QStringLiteral("schedule"))) {
        QString text;
        if (auto error =
                requireStringField(schedule, QStringLiteral("quartz_cron_expression"), &text)) {
            return error;
        }
        if (auto error = requireStringField(schedule, QStringLiteral("timezone_id"), &text))
            return error;
    }
    QJsonArray tasks;
    if (auto error = readArrayField(settings, kTasks, &tasks))
        return error;
    QJsonArray jobClusters;
    if (auto error = readArrayField(settings, kJobClusters, &jobClusters))
        return error;
    QJsonArray parameters;
    if (auto error = readArrayField(settings, QStringLiteral("parameters"), &parameters))
        return error;
    for (const QJsonValue &parameter : std::as_const(parameters)) {
        if (parameter.toObject().value(QStringLiteral("name")).toString().isEmpty()) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Missing required field: parameters.name"));
        }
    }
    return validateTasks(tasks, jobClusters);
}

QJsonObject withDefaults(QJsonObject settings)
{
    if (settings.value(QStringLiteral("name")).toString().isEmpty())
        settings.insert(QStringLiteral("name"), QStringLiteral("Untitled"));
    settings.insert(QStringLiteral("format"), QStringLiteral("MULTI_TASK"));
    if (!settings.contains(QStringLiteral("max_concurrent_runs")))
        settings.insert(QStringLiteral("max_concurrent_runs"), 1);
    if (!settings.contains(QStringLiteral("timeout_seconds")))
        settings.insert(QStringLiteral("timeout_seconds"), 0);
    if (!settings.contains(QStringLiteral("email_notifications")))
        settings.insert(QStringLiteral("email_notifications"), QJsonObject());
    return settings;
}

QJsonObject merged(QJsonObject current, const QJsonObject &newSettings,
                   const QStringList &fieldsToRemove)
{
    for (const QString &field : fieldsToRemove) {
        if (field.startsWith(kTasks + QLatin1Char('/'))) {
            current.insert(kTasks, withoutKey(current.value(kTasks).toArray(), kTaskKey,
                                              field.mid(kTasks.size() + 1)));
        } else if (field.startsWith(kJobClusters + QLatin1Char('/'))) {
            current.insert(kJobClusters,
                           withoutKey(current.value(kJobClusters).toArray(), kJobClusterKey,
                                      field.mid(kJobClusters.size() + 1)));
        } else {
            current.remove(field);
        }
    }
    for (auto it = newSettings.constBegin(); it != newSettings.constEnd(); ++it) {
        if (it.key() == kTasks) {
            current.insert(kTasks,
                           mergedByKey(current.value(kTasks).toArray(), it->toArray(), kTaskKey));
        } else if (it.key() == kJobClusters) {
            current.insert(kJobClusters, mergedByKey(current.value(kJobClusters).toArray(),
                                                     it->toArray(), kJobClusterKey));
        } else {
            current.insert(it.key(), it.value());
        }
    }
    return current;
}

} // namespace brickdesk::emulator::jobSettings
