#include "ClusterRequests.h"

namespace brickdesk {

QString clusterActionName(ClusterAction action)
{
    switch (action) {
    case ClusterAction::Start:
        return QStringLiteral("Start");
    case ClusterAction::Restart:
        return QStringLiteral("Restart");
    case ClusterAction::Terminate:
        return QStringLiteral("Terminate");
    case ClusterAction::PermanentDelete:
        return QStringLiteral("Delete permanently");
    case ClusterAction::Pin:
        return QStringLiteral("Pin");
    case ClusterAction::Unpin:
        return QStringLiteral("Unpin");
    }
    return {};
}

bool isDestructive(ClusterAction action)
{
    return action == ClusterAction::Terminate || action == ClusterAction::PermanentDelete ||
           action == ClusterAction::Restart;
}

namespace clusterapi {

namespace {

const QString kBase = QStringLiteral("/api/2.1/clusters/");

QJsonObject idBody(const QString &clusterId)
{
    return QJsonObject{{QStringLiteral("cluster_id"), clusterId}};
}

} // namespace

ApiRequest get(const QString &clusterId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cluster_id"), clusterId);
    return ApiRequest::get(kBase + QStringLiteral("get"), query);
}

ApiRequest action(ClusterAction action, const QString &clusterId)
{
    switch (action) {
    case ClusterAction::Start:
        return ApiRequest::post(kBase + QStringLiteral("start"), idBody(clusterId));
    case ClusterAction::Restart:
        return ApiRequest::post(kBase + QStringLiteral("restart"), idBody(clusterId));
    case ClusterAction::Terminate:
        return ApiRequest::post(kBase + QStringLiteral("delete"), idBody(clusterId));
    case ClusterAction::PermanentDelete:
        return ApiRequest::post(kBase + QStringLiteral("permanent-delete"), idBody(clusterId));
    case ClusterAction::Pin: {
        ApiRequest request = ApiRequest::post(kBase + QStringLiteral("pin"), idBody(clusterId));
        request.idempotent = true; // pinning twice is pinning once
        return request;
    }
    case ClusterAction::Unpin: {
        ApiRequest request = ApiRequest::post(kBase + QStringLiteral("unpin"), idBody(clusterId));
        request.idempotent = true;
        return request;
    }
    }
    return {};
}

ApiRequest create(const QJsonObject &spec)
{
    return ApiRequest::post(kBase + QStringLiteral("create"), spec);
}

ApiRequest edit(const QString &clusterId, const QJsonObject &spec)
{
    QJsonObject body = spec;
    body.insert(QStringLiteral("cluster_id"), clusterId);
    return ApiRequest::post(kBase + QStringLiteral("edit"), body);
}

QJsonObject firstEventsPage(const QString &clusterId, const QStringList &eventTypes, int pageSize)
{
    QJsonObject body{{QStringLiteral("cluster_id"), clusterId},
                     {QStringLiteral("order"), QStringLiteral("DESC")},
                     {QStringLiteral("limit"), pageSize}};
    if (!eventTypes.isEmpty())
        body.insert(QStringLiteral("event_types"), QJsonArray::fromStringList(eventTypes));
    return body;
}

ApiRequest events(const QJsonObject &body)
{
    ApiRequest request = ApiRequest::post(kBase + QStringLiteral("events"), body);
    request.idempotent = true; // a read sent as POST
    return request;
}

ApiRequest nodeTypes()
{
    return ApiRequest::get(kBase + QStringLiteral("list-node-types"));
}

ApiRequest sparkVersions()
{
    return ApiRequest::get(kBase + QStringLiteral("spark-versions"));
}

ApiRequest pinnedClusters()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter_by.is_pinned"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    return ApiRequest::get(kBase + QStringLiteral("list"), query);
}

ApiRequest libraryStatus(const QString &clusterId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cluster_id"), clusterId);
    return ApiRequest::get(QStringLiteral("/api/2.0/libraries/cluster-status"), query);
}

ApiRequest installLibraries(const QString &clusterId, const QJsonArray &libraries)
{
    QJsonObject body = idBody(clusterId);
    body.insert(QStringLiteral("libraries"), libraries);
    return ApiRequest::post(QStringLiteral("/api/2.0/libraries/install"), body);
}

ApiRequest uninstallLibraries(const QString &clusterId, const QJsonArray &libraries)
{
    QJsonObject body = idBody(clusterId);
    body.insert(QStringLiteral("libraries"), libraries);
    return ApiRequest::post(QStringLiteral("/api/2.0/libraries/uninstall"), body);
}

} // namespace clusterapi
} // namespace brickdesk
