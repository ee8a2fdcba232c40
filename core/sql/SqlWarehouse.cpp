#include "SqlWarehouse.h"

#include "JsonFields.h"

#include <QCoreApplication>

namespace brickdesk {

WarehouseState warehouseStateFromId(const QString &id)
{
    if (id == QLatin1String("STARTING"))
        return WarehouseState::Starting;
    if (id == QLatin1String("RUNNING"))
        return WarehouseState::Running;
    if (id == QLatin1String("STOPPING"))
        return WarehouseState::Stopping;
    if (id == QLatin1String("STOPPED"))
        return WarehouseState::Stopped;
    if (id == QLatin1String("DELETING"))
        return WarehouseState::Deleting;
    if (id == QLatin1String("DELETED"))
        return WarehouseState::Deleted;
    return WarehouseState::Unknown;
}

QString warehouseStateName(WarehouseState state)
{
    switch (state) {
    case WarehouseState::Starting:
        return QCoreApplication::translate("SqlWarehouse", "Starting");
    case WarehouseState::Running:
        return QCoreApplication::translate("SqlWarehouse", "Running");
    case WarehouseState::Stopping:
        return QCoreApplication::translate("SqlWarehouse", "Stopping");
    case WarehouseState::Stopped:
        return QCoreApplication::translate("SqlWarehouse", "Stopped");
    case WarehouseState::Deleting:
        return QCoreApplication::translate("SqlWarehouse", "Deleting");
    case WarehouseState::Deleted:
        return QCoreApplication::translate("SqlWarehouse", "Deleted");
    case WarehouseState::Unknown:
        break;
    }
    return QCoreApplication::translate("SqlWarehouse", "Unknown");
}

namespace sqlAnswers {

namespace {

SqlWarehouse read(const JsonFields &fields)
{
    SqlWarehouse warehouse;
    warehouse.id = fields.string(QStringLiteral("id"));
    if (fields.ok() && warehouse.id.isEmpty())
        fields.fail(fields.path(QStringLiteral("id")) + QStringLiteral(": missing or empty"));
    warehouse.name = fields.string(QStringLiteral("name"));
    warehouse.stateId = fields.string(QStringLiteral("state"));
    warehouse.state = warehouseStateFromId(warehouse.stateId);
    warehouse.clusterSize = fields.string(QStringLiteral("cluster_size"));
    warehouse.numClusters = static_cast<int>(fields.integer(QStringLiteral("num_clusters"), 0));
    warehouse.autoStopMinutes =
        static_cast<int>(fields.integer(QStringLiteral("auto_stop_mins"), 0));
    warehouse.health = fields.child(QStringLiteral("health")).string(QStringLiteral("status"));
    warehouse.warehouseType = fields.string(QStringLiteral("warehouse_type"));
    return warehouse;
}

} // namespace

std::optional<SqlWarehouse> warehouse(const QJsonObject &json, QString *error)
{
    const JsonFields fields(json, QString());
    SqlWarehouse value = read(fields);
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return value;
}

std::optional<QList<SqlWarehouse>> warehouses(const QJsonObject &json, QString *nextPageToken,
                                              QString *error)
{
    const JsonFields fields(json, QString());
    const QJsonArray array = fields.array(QStringLiteral("warehouses"));
    QList<SqlWarehouse> list;
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i)
        list.append(read(fields.item(array, i, QStringLiteral("warehouses"))));
    *nextPageToken = fields.string(QStringLiteral("next_page_token"));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return list;
}

} // namespace sqlAnswers

} // namespace brickdesk
