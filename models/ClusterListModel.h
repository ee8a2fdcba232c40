#pragma once

#include "ClusterInfo.h"
#include "RemoteListModel.h"

namespace brickdesk {

// The workspace's clusters, from /api/2.1/clusters/list, one row per cluster.
class ClusterListModel final : public RemoteListModel<ClusterInfo>
{
    Q_OBJECT

public:
    enum Column { Name, State, Workers, Runtime, NodeType, Source, Creator, ColumnCount };
    enum Role { ClusterIdRole = Qt::UserRole + 1, StateRole, SortRole };

    using RemoteListModel::RemoteListModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiRequest firstPageRequest() const override;
    QString itemsKey() const override { return QStringLiteral("clusters"); }
    QString keyOf(const ClusterInfo &cluster) const override { return cluster.id; }
};

} // namespace brickdesk
