#pragma once

#include "SqlWarehouse.h"

#include <QAbstractListModel>
#include <QList>

namespace brickdesk {

// The workspace's SQL warehouses for a picker: "name — state" with the state's colour as icon.
// A refresh updates rows in place by id (a changed state is a dataChanged), drops the warehouses
// that are gone and appends new ones — never a reset, so a picker keeps its choice.
class WarehouseListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StateRole,     // int (WarehouseState)
        StateIdRole,   // "RUNNING" ...
        StateNameRole, // "Running" ...
        IsRunningRole,
        ClusterSizeRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setWarehouses(const QList<SqlWarehouse> &warehouses);
    // One warehouse's new state (a poll of get); false when it is not in the list.
    bool updateWarehouse(const SqlWarehouse &warehouse);
    void clear();

    const QList<SqlWarehouse> &warehouses() const { return m_warehouses; }
    int rowOfId(const QString &id) const;
    const SqlWarehouse *warehouse(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QColor stateColour(WarehouseState state);

private:
    QList<SqlWarehouse> m_warehouses;
};

} // namespace brickdesk
