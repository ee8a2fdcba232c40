#include "ClusterListModel.h"

#include "StateColours.h"

#include <QLocale>

namespace brickdesk {

ApiRequest ClusterListModel::firstPageRequest() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    return ApiRequest::get(QStringLiteral("/api/2.1/clusters/list"), query);
}

int ClusterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterInfo &cluster = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return cluster.name.isEmpty() ? cluster.id : cluster.name;
        case State:
            return cluster.state;
        case Workers:
            return cluster.workersText();
        case Runtime:
            return cluster.sparkVersion;
        case NodeType:
            return cluster.nodeTypeId;
        case Source:
            return cluster.source;
        case Creator:
            return cluster.creator;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = cluster.id;
        if (!cluster.stateMessage.isEmpty())
            tip += QLatin1Char('\n') + cluster.stateMessage;
        if (!cluster.terminationCode.isEmpty())
            tip += QStringLiteral("\nTermination: ") + cluster.terminationCode;
        if (cluster.autoterminationMinutes > 0)
            tip += QStringLiteral("\nTerminates after %1 idle minutes").arg(cluster.autoterminationMinutes);
        return tip;
    }
    case Qt::ForegroundRole:
        return index.column() == State ? QVariant(colourForState(cluster.state)) : QVariant();
    case ClusterIdRole:
        return cluster.id;
    case StateRole:
        return cluster.state;
    case SortRole:
        return index.column() == Workers ? QVariant(cluster.autoscaleMax.value_or(cluster.numWorkers))
                                         : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Workers:
        return tr("Workers");
    case Runtime:
        return tr("Runtime");
    case NodeType:
        return tr("Node type");
    case Source:
        return tr("Source");
    case Creator:
        return tr("Creator");
    }
    return {};
}

} // namespace brickdesk
