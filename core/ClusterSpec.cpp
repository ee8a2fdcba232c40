#include "ClusterSpec.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QVariant>

namespace brickdesk {

namespace {

// What the server sets and edit/create must not send back.
const QStringList kReadOnlyFields = {
    QStringLiteral("cluster_id"),        QStringLiteral("state"),
    QStringLiteral("state_message"),     QStringLiteral("start_time"),
    QStringLiteral("terminated_time"),   QStringLiteral("last_restarted_time"),
    QStringLiteral("last_state_loss_time"), QStringLiteral("termination_reason"),
    QStringLiteral("creator_user_name"), QStringLiteral("cluster_source"),
    QStringLiteral("default_tags"),      QStringLiteral("driver"),
    QStringLiteral("executors"),         QStringLiteral("cluster_memory_mb"),
    QStringLiteral("cluster_cores"),     QStringLiteral("jdbc_port"),
    QStringLiteral("spark_context_id"),  QStringLiteral("cluster_log_status"),
    QStringLiteral("init_scripts_safe_mode"), QStringLiteral("spec"),
};

const QStringList kFormFields = {
    QStringLiteral("cluster_name"),   QStringLiteral("spark_version"),   QStringLiteral("node_type_id"),
    QStringLiteral("driver_node_type_id"), QStringLiteral("num_workers"), QStringLiteral("autoscale"),
    QStringLiteral("autotermination_minutes"), QStringLiteral("spark_conf"), QStringLiteral("spark_env_vars"),
    QStringLiteral("custom_tags"),
};

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toVariant().toString()); // numbers and booleans as text
    return map;
}

QJsonObject jsonMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QStringList ClusterSpec::problems() const
{
    QStringList problems;
    if (sparkVersion.trimmed().isEmpty())
        problems.append(QStringLiteral("Choose a Databricks runtime version (spark_version)."));
    if (nodeTypeId.trimmed().isEmpty() && !extra.contains(QStringLiteral("instance_pool_id")))
        problems.append(QStringLiteral("Choose a node type (node_type_id)."));
    if (autoscale) {
        if (minWorkers < 0 || maxWorkers < 1)
            problems.append(QStringLiteral("Autoscaling needs at least 0 minimum and 1 maximum workers."));
        else if (minWorkers > maxWorkers)
            problems.append(QStringLiteral("The minimum number of workers is above the maximum."));
    } else if (numWorkers < 0) {
        problems.append(QStringLiteral("The number of workers cannot be negative."));
    }
    if (autoterminationMinutes != 0 && (autoterminationMinutes < 10 || autoterminationMinutes > 10000))
        problems.append(QStringLiteral("Auto-termination is 0 (never) or between 10 and 10000 minutes."));
    return problems;
}

QJsonObject ClusterSpec::toJson() const
{
    QJsonObject object = extra;
    for (const QString &field : kFormFields)
        object.remove(field);
    if (!name.isEmpty())
        object.insert(QStringLiteral("cluster_name"), name);
    object.insert(QStringLiteral("spark_version"), sparkVersion);
    if (!nodeTypeId.isEmpty())
        object.insert(QStringLiteral("node_type_id"), nodeTypeId);
    if (!driverNodeTypeId.isEmpty())
        object.insert(QStringLiteral("driver_node_type_id"), driverNodeTypeId);
    if (autoscale)
        object.insert(QStringLiteral("autoscale"),
                      QJsonObject{{QStringLiteral("min_workers"), minWorkers}, {QStringLiteral("max_workers"), maxWorkers}});
    else
        object.insert(QStringLiteral("num_workers"), numWorkers);
    object.insert(QStringLiteral("autotermination_minutes"), autoterminationMinutes);
    if (!sparkConf.isEmpty())
        object.insert(QStringLiteral("spark_conf"), jsonMap(sparkConf));
    if (!sparkEnvVars.isEmpty())
        object.insert(QStringLiteral("spark_env_vars"), jsonMap(sparkEnvVars));
    if (!customTags.isEmpty())
        object.insert(QStringLiteral("custom_tags"), jsonMap(customTags));
    return object;
}

QString ClusterSpec::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

ClusterSpec ClusterSpec::fromClusterDetails(const QJsonObject &details)
{
    ClusterSpec spec;
    spec.name = details.value(QStringLiteral("cluster_name")).toString();
    spec.sparkVersion = details.value(QStringLiteral("spark_version")).toString();
    spec.nodeTypeId = details.value(QStringLiteral("node_type_id")).toString();
    spec.driverNodeTypeId = details.value(QStringLiteral("driver_node_type_id")).toString();
    if (spec.driverNodeTypeId == spec.nodeTypeId)
        spec.driverNodeTypeId.clear();
    const QJsonObject autoscale = details.value(QStringLiteral("autoscale")).toObject();
    spec.autoscale = !autoscale.isEmpty();
    spec.minWorkers = autoscale.value(QStringLiteral("min_workers")).toInt(1);
    spec.maxWorkers = autoscale.value(QStringLiteral("max_workers")).toInt(4);
    spec.numWorkers = details.value(QStringLiteral("num_workers")).toInt(spec.autoscale ? spec.minWorkers : 0);
    spec.autoterminationMinutes = details.value(QStringLiteral("autotermination_minutes")).toInt(0);
    spec.sparkConf = stringMap(details.value(QStringLiteral("spark_conf")));
    spec.sparkEnvVars = stringMap(details.value(QStringLiteral("spark_env_vars")));
    spec.customTags = stringMap(details.value(QStringLiteral("custom_tags")));
    spec.extra = details;
    for (const QString &field : kReadOnlyFields)
        spec.extra.remove(field);
    for (const QString &field : kFormFields)
        spec.extra.remove(field);
    return spec;
}

std::optional<ClusterSpec> ClusterSpec::fromJsonText(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (document.isNull()) {
        *error = QStringLiteral("Not valid JSON: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("The cluster definition must be a JSON object.");
        return std::nullopt;
    }
    return fromClusterDetails(document.object());
}

QMap<QString, QString> parseKeyValueLines(const QString &text, QStringList *problems)
{
    QMap<QString, QString> values;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "key=value", or the Databricks UI's "key value" (split at the first white space, so a
        // value like "-Dx=y" keeps its '=').
        static const QRegularExpression whiteSpace(QStringLiteral("\\s"));
        const qsizetype equals = line.indexOf(u'=');
        const bool keyBeforeEquals = equals > 0 && !line.left(equals).trimmed().contains(whiteSpace);
        const qsizetype separator = keyBeforeEquals ? equals : line.indexOf(whiteSpace);
        if (separator <= 0) {
            problems->append(QStringLiteral("Line %1: expected 'key=value'.").arg(i + 1));
            continue;
        }
        values.insert(line.left(separator).trimmed(), line.mid(separator + 1).trimmed());
    }
    return values;
}

QString formatKeyValueLines(const QMap<QString, QString> &values)
{
    QStringList lines;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace brickdesk
