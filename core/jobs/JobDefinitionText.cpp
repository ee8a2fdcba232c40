#include "JobDefinitionText.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace brickdesk::jobDefinition {

namespace {

const QStringList kDbxReferencePrefixes = {
    QStringLiteral("file://"),          QStringLiteral("file:fuse://"),
    QStringLiteral("cluster://"),       QStringLiteral("cluster-policy://"),
    QStringLiteral("instance-pool://"), QStringLiteral("instance-profile://"),
    QStringLiteral("pipeline://"),      QStringLiteral("service-principal://"),
    QStringLiteral("warehouse://"),     QStringLiteral("query://"),
    QStringLiteral("dashboard://"),     QStringLiteral("alert://"),
};

QString lineAndColumn(const QString &text, int offset)
{
    int line = 1;
    int column = 1;
    const QByteArray utf8 = text.toUtf8();
    for (int i = 0; i < offset && i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(utf8.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

void findReferences(const QJsonValue &value, const QString &path, QStringList &found)
{
    if (value.isString()) {
        const QString text = value.toString();
        for (const QString &prefix : kDbxReferencePrefixes) {
            if (text.startsWith(prefix)) {
                found.append(
                    QStringLiteral("%1 = %2 is a dbx reference that Brickdesk does not resolve")
                        .arg(path, text));
                break;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            findReferences(it.value(),
                           path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), found);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            findReferences(array.at(i), path + QStringLiteral("[%1]").arg(i), found);
    }
}

// A dbx workflow → JobSettings: dbx's own keys go, with a word about each.
std::optional<JobDefinition> fromDbxWorkflow(QJsonObject workflow, const QString &environment)
{
    JobDefinition definition;
    const QString name = workflow.value(QStringLiteral("name")).toString();
    definition.label =
        environment + QStringLiteral(" / ") + (name.isEmpty() ? QStringLiteral("(unnamed)") : name);
    const QString type = workflow.take(QStringLiteral("workflow_type")).toString();
    if (type == QStringLiteral("pipeline"))
        return std::nullopt; // a Delta Live Tables pipeline, not a job
    if (workflow.contains(QStringLiteral("access_control_list"))) {
        workflow.remove(QStringLiteral("access_control_list"));
        definition.warnings.append(QStringLiteral(
            "access_control_list was left out: set the job's permissions separately"));
    }
    QJsonArray tasks = workflow.value(QStringLiteral("tasks")).toArray();
    bool changedTasks = false;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QJsonObject task = tasks.at(i).toObject();
        if (task.contains(QStringLiteral("deployment_config"))) {
            task.remove(QStringLiteral("deployment_config"));
            tasks.replace(i, task);
            changedTasks = true;
        }
    }
    if (changedTasks) {
        workflow.insert(QStringLiteral("tasks"), tasks);
        definition.warnings.append(
            QStringLiteral("deployment_config (dbx packaging) was left out of the tasks"));
    }
    findReferences(workflow, QString(), definition.warnings);
    definition.settings = workflow;
    return definition;
}

QList<JobDefinition> fromDeployment(const QJsonObject &root, QString *error)
{
    QList<JobDefinition> definitions;
    const QJsonObject environments = root.value(QStringLiteral("environments")).toObject();
    for (auto env = environments.constBegin(); env != environments.constEnd(); ++env) {
        const QJsonObject environment = env.value().toObject();
        const QString key = environment.contains(QStringLiteral("workflows"))
                                ? QStringLiteral("workflows")
                                : QStringLiteral("jobs");
        const QJsonValue list = environment.value(key);
        if (!list.isUndefined() && !list.isArray()) {
            *error = QStringLiteral("environments.%1.%2 is not a list").arg(env.key(), key);
            return {};
        }
        const QJsonArray workflows = list.toArray();
        for (qsizetype i = 0; i < workflows.size(); ++i) {
            if (!workflows.at(i).isObject()) {
                *error = QStringLiteral("environments.%1.%2[%3] is not an object")
                             .arg(env.key(), key)
                             .arg(i);
                return {};
            }
            std::optional<JobDefinition> definition =
                fromDbxWorkflow(workflows.at(i).toObject(), env.key());
            if (!definition)
                continue;
            if (const QString problem = checkSettings(definition->settings); !problem.isEmpty()) {
                *error = QStringLiteral("environments.%1.%2[%3]: %4")
                             .arg(env.key(), key)
                             .arg(i)
                             .arg(problem);
                return {};
            }
            definitions.append(std::move(*definition));
        }
    }
    if (definitions.isEmpty())
        *error = QStringLiteral("the deployment file defines no job");
    return definitions;
}

} // namespace

QJsonObject newJobTemplate()
{
    const QJsonObject cluster{{QStringLiteral("spark_version"), QStringLiteral("13.3.x-scala2.12")},
                              {QStringLiteral("node_type_id"), QStringLiteral("Standard_DS3_v2")},
                              {QStringLiteral("num_workers"), 1}};
    const QJsonObject notebook{
        {QStringLiteral("notebook_path"), QStringLiteral("/Workspace/Shared/my-notebook")}};
    const QJsonObject task{{QStringLiteral("task_key"), QStringLiteral("main")},
                           {QStringLiteral("job_cluster_key"), QStringLiteral("main_cluster")},
                           {QStringLiteral("notebook_task"), notebook}};
    const QJsonObject jobCluster{
        {QStringLiteral("job_cluster_key"), QStringLiteral("main_cluster")},
        {QStringLiteral("new_cluster"), cluster}};
    return {{QStringLiteral("name"), QStringLiteral("New job")},
            {QStringLiteral("max_concurrent_runs"), 1},
            {QStringLiteral("tasks"), QJsonArray{task}},
            {QStringLiteral("job_clusters"), QJsonArray{jobCluster}}};
}

QString toText(const QJsonObject &settings)
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Indented));
}

QString checkSettings(const QJsonObject &settings)
{
    const JsonFields fields(settings, QString());
    (void)fields.string(QStringLiteral("name"));
    (void)fields.integer(QStringLiteral("max_concurrent_runs"));
    (void)fields.integer(QStringLiteral("timeout_seconds"));
    (void)fields.object(QStringLiteral("schedule"));
    (void)fields.object(QStringLiteral("tags"));
    (void)fields.array(QStringLiteral("job_clusters"));
    (void)fields.array(QStringLiteral("parameters"));
    const QJsonArray tasks = fields.array(QStringLiteral("tasks"));
    for (qsizetype i = 0; i < tasks.size() && fields.ok(); ++i) {
        const JsonFields task = fields.item(tasks, i, QStringLiteral("tasks"));
        if (task.ok() && task.string(QStringLiteral("task_key")).isEmpty())
            task.fail(task.path(QStringLiteral("task_key")) + QStringLiteral(" is missing"));
    }
    return fields.error();
}

QList<JobDefinition> fromText(const QString &text, QString *error)
{
    error->clear();
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("the text is empty");
        return {};
    }
    QJsonParseError parseError;
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(lineAndColumn(text, parseError.offset),
                                              parseError.errorString());
        return {};
    }
    if (!document.isObject()) {
        *error = QStringLiteral("expected a JSON object, found a list");
        return {};
    }
    const QJsonObject root = document.object();
    // dbx keeps environments in an object; JobSettings' own "environments" (serverless) is a list.
    if (root.value(QStringLiteral("environments")).isObject())
        return fromDeployment(root, error);

    JobDefinition definition;
    definition.label = QStringLiteral("job settings");
    definition.settings = root;
    // A jobs/get answer or a jobs/reset body: the settings are one level down, beside the job id.
    if (root.contains(QStringLiteral("job_id"))) {
        for (const QString &key : {QStringLiteral("settings"), QStringLiteral("new_settings")}) {
            if (root.value(key).isObject()) {
                definition.settings = root.value(key).toObject();
                definition.warnings.append(
                    QStringLiteral(
                        "job_id %1 was left out: it belongs to the job, not its settings")
                        .arg(root.value(QStringLiteral("job_id")).toVariant().toString()));
                break;
            }
        }
    }
    if (const QString problem = checkSettings(definition.settings); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return {definition};
}

QList<JobDefinition> fromFile(const QByteArray &bytes, QString *error)
{
    QByteArray content = bytes;
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3); // a BOM from Windows editors
    return fromText(QString::fromUtf8(content), error);
}

std::optional<JobDefinition> single(const QString &text, QString *error)
{
    const QList<JobDefinition> definitions = fromText(text, error);
    if (definitions.isEmpty())
        return std::nullopt;
    if (definitions.size() > 1) {
        QStringList labels;
        for (const JobDefinition &definition : definitions)
            labels.append(definition.label);
        *error = QStringLiteral("the text defines %1 jobs (%2): keep one")
                     .arg(definitions.size())
                     .arg(labels.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return definitions.first();
}

} // namespace brickdesk::jobDefinition
