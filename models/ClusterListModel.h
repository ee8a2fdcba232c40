#pragma once

#include "ClusterInfo.h"
#include "RemoteListModel.h"

#include <QSet>

namespace brickdesk {

// The workspace's clusters, from /api/2.1/clusters/list, one row per cluster.
class ClusterListModel final : public RemoteListModel<ClusterInfo>
{
    Q_OBJECT

public:
    enum Column { Name, State, Runtime, NodeType, Workers, Creator, Uptime, AutoTermination, ColumnCount };
    enum Role { ClusterIdRole = Qt::UserRole + 1, StateRole, SortRole, CreatorRole, PinnedRole, RawJsonRole };

    using RemoteListModel::RemoteListModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPinned(const QSet<QString> &clusterIds);
    bool isPinned(const QString &clusterId) const { return m_pinned.contains(clusterId); }
    // The uptime column moves with the clock; the page calls this once a minute.
    void refreshUptime() { refreshColumn(Uptime); }

protected:
    ApiRequest firstPageRequest() const override;
    QString itemsKey() const override { return QStringLiteral("clusters"); }
    QString keyOf(const ClusterInfo &cluster) const override { return cluster.id; }

private:
    QSet<QString> m_pinned;
};

QString formatDuration(qint64 seconds); // "3 d 4 h", "2 h 5 min", "42 min", "12 s"

} // namespace brickdesk
