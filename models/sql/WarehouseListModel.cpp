#include "WarehouseListModel.h"

#include "StateColours.h"

#include <QColor>
#include <QSet>

namespace brickdesk {

namespace {

bool same(const SqlWarehouse &a, const SqlWarehouse &b)
{
    return a.id == b.id && a.name == b.name && a.state == b.state && a.stateId == b.stateId &&
           a.clusterSize == b.clusterSize && a.numClusters == b.numClusters &&
           a.autoStopMinutes == b.autoStopMinutes && a.health == b.health &&
           a.warehouseType == b.warehouseType;
}

// The cluster state whose colour a warehouse state shares (StateColours knows cluster states).
QString clusterStateLike(WarehouseState state)
{
    switch (state) {
    case WarehouseState::Running:
        return QStringLiteral("RUNNING");
    case WarehouseState::Starting:
        return QStringLiteral("PENDING");
    case WarehouseState::Stopping:
    case WarehouseState::Stopped:
        return QStringLiteral("TERMINATED");
    case WarehouseState::Deleting:
    case WarehouseState::Deleted:
        return QStringLiteral("ERROR");
    case WarehouseState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace

QColor WarehouseListModel::stateColour(WarehouseState state)
{
    return colourForState(clusterStateLike(state));
}

void WarehouseListModel::setWarehouses(const QList<SqlWarehouse> &warehouses)
{
    QSet<QString> ids;
    for (const SqlWarehouse &warehouse : warehouses)
        ids.insert(warehouse.id);
    for (int row = int(m_warehouses.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_warehouses.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_warehouses.removeAt(row);
            endRemoveRows();
        }
    }
    for (const SqlWarehouse &warehouse : warehouses) {
        if (updateWarehouse(warehouse))
            continue;
        const int row = int(m_warehouses.size());
        beginInsertRows({}, row, row);
        m_warehouses.append(warehouse);
        endInsertRows();
    }
}

bool WarehouseListModel::updateWarehouse(const SqlWarehouse &warehouse)
{
    const int row = rowOfId(warehouse.id);
    if (row < 0)
        return false;
    if (!same(m_warehouses.at(row), warehouse)) {
        m_warehouses[row] = warehouse;
        Q_EMIT dataChanged(index(row), index(row));
    }
    return true;
}

void WarehouseListModel::clear()
{
    if (m_warehouses.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_warehouses.size()) - 1);
    m_warehouses.clear();
    endRemoveRows();
}

int WarehouseListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_warehouses.size(); ++row) {
        if (m_warehouses.at(row).id == id)
            return row;
    }
    return -1;
}

const SqlWarehouse *WarehouseListModel::warehouse(const QString &id) const
{
    const int row = rowOfId(id);
    return row < 0 ? nullptr : &m_warehouses.at(row);
}

int WarehouseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warehouses.size());
}

QVariant WarehouseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_warehouses.size())
        return {};
    const SqlWarehouse &warehouse = m_warehouses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(warehouse.name, warehouseStateName(warehouse.state));
    case Qt::DecorationRole:
        return stateIcon(clusterStateLike(warehouse.state));
    case Qt::ToolTipRole: {
        QStringList lines{warehouse.name, tr("State: %1").arg(warehouseStateName(warehouse.state))};
        if (!warehouse.clusterSize.isEmpty())
            lines.append(tr("Size: %1").arg(warehouse.clusterSize));
        if (!warehouse.warehouseType.isEmpty())
            lines.append(tr("Type: %1").arg(warehouse.warehouseType));
        if (!warehouse.health.isEmpty())
            lines.append(tr("Health: %1").arg(warehouse.health));
        lines.append(tr("ID: %1").arg(warehouse.id));
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return warehouse.id;
    case NameRole:
        return warehouse.name;
    case StateRole:
        return int(warehouse.state);
    case StateIdRole:
        return warehouse.stateId;
    case StateNameRole:
        return warehouseStateName(warehouse.state);
    case IsRunningRole:
        return warehouse.isRunning();
    case ClusterSizeRole:
        return warehouse.clusterSize;
    default:
        return {};
    }
}

QHash<int, QByteArray> WarehouseListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(IdRole, "warehouseId");
    roles.insert(NameRole, "name");
    roles.insert(StateRole, "state");
    roles.insert(StateIdRole, "stateId");
    roles.insert(StateNameRole, "stateName");
    roles.insert(IsRunningRole, "isRunning");
    roles.insert(ClusterSizeRole, "clusterSize");
    return roles;
}

} // namespace brickdesk
