#include "ClusterSpec.h"

#include "BodyParams.h"
#include "ClusterCatalog.h"

#include <QSet>

namespace brickdesk::emulator::clusterSpec {

namespace {

constexpr qint64 kMaxWorkers = 100000;

std::optional<ApiResponse> validateAutoscale(const QJsonObject &autoscale)
{
    qint64 minWorkers = 0;
    qint64 maxWorkers = 0;
    if (auto error = readIntegerField(autoscale, QStringLiteral("min_workers"), true, 0, 0,
                                      kMaxWorkers, &minWorkers)) {
        return error;
    }
    if (auto error = readIntegerField(autoscale, QStringLiteral("max_workers"), true, 0, 1,
                                      kMaxWorkers, &maxWorkers)) {
        return error;
    }
    if (minWorkers > maxWorkers) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid autoscale: min_workers (%1) must not exceed max_workers (%2).")
                .arg(minWorkers)
                .arg(maxWorkers));
    }
    return std::nullopt;
}

std::optional<ApiResponse> validateSize(const QJsonObject &body)
{
    if (body.contains(QStringLiteral("autoscale"))) {
        QJsonObject autoscale;
        if (auto error = readObjectField(body, QStringLiteral("autoscale"), &autoscale))
            return error;
        if (auto error = validateAutoscale(autoscale))
            return error;
    }
    qint64 workers = 0;
    return readIntegerField(body, QStringLiteral("num_workers"), false, 0, 0, kMaxWorkers,
                            &workers);
}

std::optional<ApiResponse> validateNodeType(const QJsonObject &spec, const QString &key)
{
    QString nodeTypeId;
    if (auto error = readStringField(spec, key, QString(), &nodeTypeId))
        return error;
    if (!nodeTypeId.isEmpty() && !clusterCatalog::nodeType(nodeTypeId)) {
        return ApiResponse::invalidParameter(QStringLiteral("Node type ") + nodeTypeId +
                                             QStringLiteral(" is not supported."));
    }
    return std::nullopt;
}

std::optional<ApiResponse> validateEnum(const QJsonObject &spec, const QString &key,
                                        const QSet<QString> &allowed)
{
    QString value;
    if (auto error = readStringField(spec, key, QString(), &value))
        return error;
    if (!value.isEmpty() && !allowed.contains(value)) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field ") + key +
                                             QStringLiteral(": '") + value + QStringLiteral("'."));
    }
    return std::nullopt;
}

int nodeMemoryMb(const QString &nodeTypeId)
{
    const auto node = clusterCatalog::nodeType(nodeTypeId);
    return node ? node->value(QStringLiteral("memory_mb")).toInt() : 14336;
}

double nodeCores(const QString &nodeTypeId)
{
    const auto node = clusterCatalog::nodeType(nodeTypeId);
    return node ? node->value(QStringLiteral("num_cores")).toDouble() : 4.0;
}

} // namespace

const QStringList &specKeys()
{
    static const QStringList keys{
        QStringLiteral("cluster_name"),
        QStringLiteral("spark_version"),
        QStringLiteral("node_type_id"),
        QStringLiteral("driver_node_type_id"),
        QStringLiteral("num_workers"),
        QStringLiteral("autoscale"),
        QStringLiteral("autotermination_minutes"),
        QStringLiteral("spark_conf"),
        QStringLiteral("spark_env_vars"),
        QStringLiteral("custom_tags"),
        QStringLiteral("azure_attributes"),
        QStringLiteral("instance_pool_id"),
        QStringLiteral("driver_instance_pool_id"),
        QStringLiteral("policy_id"),
        QStringLiteral("data_security_mode"),
        QStringLiteral("single_user_name"),
        QStringLiteral("runtime_engine"),
        QStringLiteral("init_scripts"),
        QStringLiteral("cluster_log_conf"),
        QStringLiteral("enable_elastic_disk"),
        QStringLiteral("enable_local_disk_encryption"),
        QStringLiteral("ssh_public_keys"),
        QStringLiteral("docker_image"),
        QStringLiteral("apply_policy_default_values"),
    };
    return keys;
}

std::optional<ApiResponse> validate(const QJsonObject &spec)
{
    QString sparkVersion;
    if (auto error = requireStringField(spec, QStringLiteral("spark_version"), &sparkVersion))
        return error;
    if (!clusterCatalog::isKnownSparkVersion(sparkVersion)) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid spark version ") +
                                             sparkVersion + QLatin1Char('.'));
    }
    const bool nodeTypeProvided = spec.contains(QStringLiteral("instance_pool_id")) ||
                                  spec.contains(QStringLiteral("policy_id"));
    if (!nodeTypeProvided) {
        QString nodeTypeId;
        if (auto error = requireStringField(spec, QStringLiteral("node_type_id"), &nodeTypeId))
            return error;
    }
    for (const QString &key :
         {QStringLiteral("node_type_id"), QStringLiteral("driver_node_type_id")}) {
        if (auto error = validateNodeType(spec, key))
            return error;
    }
    if (auto error = validateSize(spec))
        return error;

    qint64 minutes = 0;
    if (auto error = readIntegerField(spec, QStringLiteral("autotermination_minutes"), false, 0, 0,
                                      10000, &minutes)) {
        return error;
    }
    if (minutes != 0 && minutes < 10) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for autotermination_minutes: %1. It must be 0 (no "
                           "automatic termination) or between 10 and 10000 minutes.")
                .arg(minutes));
    }

    QString name;
    if (auto error = readStringField(spec, QStringLiteral("cluster_name"), QString(), &name))
        return error;
    if (name.size() > 100) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Cluster name must be at most 100 characters long."));
    }
    for (const QString &key : {QStringLiteral("spark_conf"), QStringLiteral("spark_env_vars"),
                               QStringLiteral("custom_tags"), QStringLiteral("azure_attributes")}) {
        QJsonObject object;
        if (auto error = readObjectField(spec, key, &object))
            return error;
    }
    if (auto error = validateEnum(
            spec, QStringLiteral("runtime_engine"),
            {QStringLiteral("STANDARD"), QStringLiteral("PHOTON"), QStringLiteral("NULL")})) {
        return error;
    }
    return validateEnum(
        spec, QStringLiteral("data_security_mode"),
        {QStringLiteral("NONE"), QStringLiteral("SINGLE_USER"), QStringLiteral("USER_ISOLATION"),
         QStringLiteral("LEGACY_TABLE_ACL"), QStringLiteral("LEGACY_PASSTHROUGH"),
         QStringLiteral("LEGACY_SINGLE_USER"), QStringLiteral("LEGACY_SINGLE_USER_STANDARD"),
         QStringLiteral("DATA_SECURITY_MODE_AUTO"), QStringLiteral("DATA_SECURITY_MODE_STANDARD"),
         QStringLiteral("DATA_SECURITY_MODE_DEDICATED")});
}

std::optional<ApiResponse> validateResize(const QJsonObject &body)
{
    const bool hasWorkers = body.contains(QStringLiteral("num_workers"));
    const bool hasAutoscale = body.contains(QStringLiteral("autoscale"));
    if (hasWorkers == hasAutoscale) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Exactly one of num_workers and autoscale must be given."));
    }
    return validateSize(body);
}

QJsonObject specOf(const QJsonObject &object)
{
    QJsonObject spec;
    for (const QString &key : specKeys()) {
        if (object.contains(key))
            spec.insert(key, object.value(key));
    }
    if (!spec.contains(QStringLiteral("driver_node_type_id")) &&
        spec.contains(QStringLiteral("node_type_id"))) {
        spec.insert(QStringLiteral("driver_node_type_id"),
                    spec.value(QStringLiteral("node_type_id")));
    }
    if (!spec.contains(QStringLiteral("autotermination_minutes")))
        spec.insert(QStringLiteral("autotermination_minutes"), 0);
    if (!spec.contains(QStringLiteral("cluster_name")))
        spec.insert(QStringLiteral("cluster_name"), QString());
    for (const QString &key : {QStringLiteral("spark_conf"), QStringLiteral("spark_env_vars"),
                               QStringLiteral("custom_tags")}) {
        if (!spec.contains(key))
            spec.insert(key, QJsonObject());
    }
    if (!spec.contains(QStringLiteral("enable_elastic_disk")))
        spec.insert(QStringLiteral("enable_elastic_disk"), true);
    if (!spec.contains(QStringLiteral("runtime_engine"))) {
        const bool photon = spec.value(QStringLiteral("spark_version"))
                                .toString()
                                .contains(QLatin1String("photon"));
        spec.insert(QStringLiteral("runtime_engine"),
                    photon ? QStringLiteral("PHOTON") : QStringLiteral("STANDARD"));
    }
    return spec;
}

QJsonObject withSpec(QJsonObject cluster, const QJsonObject &spec)
{
    for (const QString &key : specKeys())
        cluster.remove(key);
    for (auto it = spec.constBegin(); it != spec.constEnd(); ++it)
        cluster.insert(it.key(), it.value());
    return withWorkers(cluster, targetWorkers(cluster));
}

QJsonObject withSize(QJsonObject cluster, const QJsonObject &resize)
{
    if (resize.contains(QStringLiteral("autoscale"))) {
        cluster.insert(QStringLiteral("autoscale"), resize.value(QStringLiteral("autoscale")));
    } else {
        cluster.remove(QStringLiteral("autoscale"));
        cluster.insert(QStringLiteral("num_workers"), resize.value(QStringLiteral("num_workers")));
    }
    return cluster;
}

int targetWorkers(const QJsonObject &cluster)
{
    const QJsonObject autoscale = cluster.value(QStringLiteral("autoscale")).toObject();
    if (!autoscale.isEmpty())
        return autoscale.value(QStringLiteral("min_workers")).toInt();
    return cluster.value(QStringLiteral("num_workers")).toVariant().toInt();
}

QJsonObject withWorkers(QJsonObject cluster, int workers)
{
    const QString workerType = cluster.value(QStringLiteral("node_type_id")).toString();
    QString driverType = cluster.value(QStringLiteral("driver_node_type_id")).toString();
    if (driverType.isEmpty())
        driverType = workerType;
    cluster.insert(QStringLiteral("num_workers"), workers);
    cluster.insert(QStringLiteral("cluster_memory_mb"),
                   nodeMemoryMb(driverType) + workers * nodeMemoryMb(workerType));
    cluster.insert(QStringLiteral("cluster_cores"),
                   nodeCores(driverType) + workers * nodeCores(workerType));
    return cluster;
}

} // namespace brickdesk::emulator::clusterSpec
