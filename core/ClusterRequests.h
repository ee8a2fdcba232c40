#pragma once

#include "ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// The cluster actions a user can take on one cluster.
enum class ClusterAction { Start, Restart, Terminate, PermanentDelete, Pin, Unpin };

QString clusterActionName(ClusterAction action); // "Start", "Terminate", ...
// Terminating or deleting loses work: on a prod profile the user types the profile name first.
bool isDestructive(ClusterAction action);

// Builders for the /api/2.1/clusters and /api/2.0/libraries calls, one per endpoint.
namespace clusterapi {

ApiRequest get(const QString &clusterId);
ApiRequest action(ClusterAction action, const QString &clusterId);
ApiRequest create(const QJsonObject &spec);
ApiRequest edit(const QString &clusterId, const QJsonObject &spec);
ApiRequest events(const QJsonObject &body); // a first body, or the server's next_page as is
QJsonObject firstEventsPage(const QString &clusterId, const QStringList &eventTypes, int pageSize);
ApiRequest nodeTypes();
ApiRequest sparkVersions();
ApiRequest pinnedClusters();
ApiRequest libraryStatus(const QString &clusterId);
ApiRequest installLibraries(const QString &clusterId, const QJsonArray &libraries);
ApiRequest uninstallLibraries(const QString &clusterId, const QJsonArray &libraries);

} // namespace clusterapi
} // namespace brickdesk
