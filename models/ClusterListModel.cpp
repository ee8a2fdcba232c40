#include "ClusterListModel.h"

#include "StateColours.h"

#include <QJsonDocument>

namespace brickdesk {

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QString();
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return QStringLiteral("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QStringLiteral("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 s").arg(seconds);
}

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

void ClusterListModel::setPinned(const QSet<QString> &clusterIds)
{
    if (clusterIds == m_pinned)
        return;
    m_pinned = clusterIds;
    refreshColumn(Name);
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
            return QString((m_pinned.contains(cluster.id) ? QStringLiteral("★ ") : QString()) +
                           (cluster.name.isEmpty() ? cluster.id : cluster.name));
        case State:
            return cluster.state;
        case Runtime:
            return cluster.sparkVersion;
        case NodeType:
            return cluster.nodeTypeId;
        case Workers:
            return cluster.workersText();
        case Creator:
            return cluster.creator;
        case Uptime:
            return formatDuration(cluster.uptimeSeconds(QDateTime::currentDateTimeUtc()));
        case AutoTermination:
            return cluster.autoterminationMinutes > 0 ? tr("%1 min").arg(cluster.autoterminationMinutes) : tr("never");
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(stateIcon(cluster.state)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = cluster.id;
        if (!cluster.stateMessage.isEmpty())
            tip += QLatin1Char('\n') + cluster.stateMessage;
        if (!cluster.terminationCode.isEmpty())
            tip += tr("\nTermination: %1").arg(cluster.terminationCode);
        return tip;
    }
    case ClusterIdRole:
        return cluster.id;
    case StateRole:
        return cluster.state;
    case CreatorRole:
        return cluster.creator;
    case PinnedRole:
        return m_pinned.contains(cluster.id);
    case RawJsonRole:
        return QString::fromUtf8(QJsonDocument(cluster.raw).toJson(QJsonDocument::Indented));
    case SortRole:
        switch (index.column()) {
        case Name:
            return cluster.name.toLower();
        case Workers:
            return cluster.autoscaleMax.value_or(cluster.numWorkers);
        case Uptime:
            return cluster.uptimeSeconds(QDateTime::currentDateTimeUtc());
        case AutoTermination:
            return cluster.autoterminationMinutes;
        default:
            return data(index, Qt::DisplayRole);
        }
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
    case Runtime:
        return tr("Runtime");
    case NodeType:
        return tr("Node type");
    case Workers:
        return tr("Workers");
    case Creator:
        return tr("Creator");
    case Uptime:
        return tr("Uptime");
    case AutoTermination:
        return tr("Auto-termination");
    }
    return {};
}

} // namespace brickdesk
