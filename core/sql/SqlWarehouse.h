#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

enum class WarehouseState
{
    Starting,
    Running,
    Stopping,
    Stopped,
    Deleting,
    Deleted,
    Unknown
};

// A SQL warehouse (/api/2.0/sql/warehouses).
struct SqlWarehouse
{
    QString id;
    QString name;
    WarehouseState state = WarehouseState::Unknown;
    QString stateId; // as the API said it ("RUNNING" ...)
    QString clusterSize;
    int numClusters = 0;
    int autoStopMinutes = 0;
    QString health; // health.status: HEALTHY, DEGRADED, FAILED ...
    QString warehouseType;

    bool isRunning() const { return state == WarehouseState::Running; }
    // Can run statements now or after starting (not being deleted).
    bool isUsable() const
    {
        return state != WarehouseState::Deleting && state != WarehouseState::Deleted;
    }
};

WarehouseState warehouseStateFromId(const QString &id);
QString warehouseStateName(WarehouseState state); // for the user

namespace sqlAnswers {
std::optional<SqlWarehouse> warehouse(const QJsonObject &json, QString *error);
// A page of the list; `nextPageToken` gets next_page_token (empty on the last page).
std::optional<QList<SqlWarehouse>> warehouses(const QJsonObject &json, QString *nextPageToken,
                                              QString *error);
} // namespace sqlAnswers

} // namespace brickdesk
