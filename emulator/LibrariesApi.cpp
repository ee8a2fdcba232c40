#include "LibrariesApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "ClusterLifecycle.h"
#include "LibraryInstaller.h"
#include "RequestParams.h"
#include "Simulation.h"
#include "WorkspaceState.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

QJsonObject clusterStatus(const WorkspaceState &state, const QString &clusterId)
{
    QJsonObject answer{{QStringLiteral("cluster_id"), clusterId}};
    QJsonArray statuses;
    for (const QJsonObject &status : state.libraryStatuses(clusterId))
        statuses.append(status);
    if (!statuses.isEmpty()) // the service leaves out empty lists
        answer.insert(QStringLiteral("library_statuses"), statuses);
    return answer;
}

ApiResponse status(const WorkspaceState &state, const ApiRequest &request)
{
    QString clusterId;
    if (auto error = readRequiredString(request, QStringLiteral("cluster_id"), &clusterId))
        return *error;
    if (!state.cluster(clusterId))
        return ClusterLifecycle::unknownCluster(clusterId);
    return ApiResponse::ok(clusterStatus(state, clusterId));
}

ApiResponse allStatuses(const WorkspaceState &state)
{
    QJsonArray statuses;
    for (const QString &clusterId : state.clustersWithLibraries())
        statuses.append(clusterStatus(state, clusterId));
    QJsonObject answer;
    if (!statuses.isEmpty())
        answer.insert(QStringLiteral("statuses"), statuses);
    return ApiResponse::ok(answer);
}

ApiResponse change(Simulation &sim, LibraryInstaller &installer, const ApiRequest &request,
                   bool install)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString clusterId;
    if (auto error = requireStringField(body, QStringLiteral("cluster_id"), &clusterId))
        return *error;
    QJsonArray libraries;
    if (auto error = readArrayField(body, QStringLiteral("libraries"), &libraries))
        return *error;
    if (auto error = LibraryInstaller::validate(libraries))
        return *error;
    if (!sim.state().cluster(clusterId))
        return ClusterLifecycle::unknownCluster(clusterId);
    if (install)
        installer.install(clusterId, libraries);
    else
        installer.uninstall(clusterId, libraries);
    sim.persist();
    return ApiResponse::ok();
}

} // namespace

void registerLibrariesApi(ApiRouter &router, Simulation &sim, LibraryInstaller &installer)
{
    const WorkspaceState &state = sim.state();
    router.get(QStringLiteral("/api/2.0/libraries/cluster-status"),
               [&state](const ApiRequest &request) { return status(state, request); });
    router.get(QStringLiteral("/api/2.0/libraries/all-cluster-statuses"),
               [&state](const ApiRequest &) { return allStatuses(state); });
    router.post(QStringLiteral("/api/2.0/libraries/install"),
                [&sim, &installer](const ApiRequest &request) {
                    return change(sim, installer, request, true);
                });
    router.post(QStringLiteral("/api/2.0/libraries/uninstall"),
                [&sim, &installer](const ApiRequest &request) {
                    return change(sim, installer, request, false);
                });
}

} // namespace brickdesk::emulator
