#include "ClusterActionsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "ClusterCatalog.h"
#include "ClusterLifecycle.h"
#include "ClusterSpec.h"
#include "Simulation.h"

#include <functional>

namespace brickdesk::emulator {

namespace {

using ClusterAction =
    std::function<std::optional<ApiResponse>(const QString &clusterId, const QJsonObject &body)>;

// The shape every POST on one cluster shares: read {cluster_id, ...}, act, save, answer {}.
ApiRouter::Handler clusterAction(Simulation &sim, ClusterAction action)
{
    return [&sim, action = std::move(action)](const ApiRequest &request) {
        QJsonObject body;
        if (auto error = readJsonBody(request, &body))
            return *error;
        QString clusterId;
        if (auto error = requireStringField(body, QStringLiteral("cluster_id"), &clusterId))
            return *error;
        if (auto error = action(clusterId, body))
            return *error;
        sim.persist();
        return ApiResponse::ok();
    };
}

ApiResponse create(Simulation &sim, ClusterLifecycle &lifecycle, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    if (auto error = clusterSpec::validate(body))
        return *error;
    const QString clusterId = lifecycle.create(body, QStringLiteral("API"));
    sim.persist();
    return ApiResponse::ok(QJsonObject{{QStringLiteral("cluster_id"), clusterId}});
}

} // namespace

void registerClusterActionsApi(ApiRouter &router, Simulation &sim, ClusterLifecycle &lifecycle)
{
    for (const QString &version : {QStringLiteral("2.0"), QStringLiteral("2.1")}) {
        const QString base = QStringLiteral("/api/") + version + QStringLiteral("/clusters/");
        router.post(base + QStringLiteral("create"), [&sim, &lifecycle](const ApiRequest &request) {
            return create(sim, lifecycle, request);
        });
        router.post(base + QStringLiteral("edit"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &body) {
                        if (auto error = clusterSpec::validate(body))
                            return error;
                        return lifecycle.edit(id, body);
                    }));
        router.post(base + QStringLiteral("start"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &) {
                        return lifecycle.start(id);
                    }));
        router.post(base + QStringLiteral("restart"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &) {
                        return lifecycle.restart(id);
                    }));
        router.post(base + QStringLiteral("resize"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &body) {
                        if (auto error = clusterSpec::validateResize(body))
                            return error;
                        return lifecycle.resize(id, body);
                    }));
        router.post(base + QStringLiteral("delete"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &) {
                        return lifecycle.terminate(id);
                    }));
        router.post(base + QStringLiteral("permanent-delete"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &) {
                        return lifecycle.permanentDelete(id);
                    }));
        router.post(base + QStringLiteral("pin"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &) {
                        return lifecycle.setPinned(id, true);
                    }));
        router.post(base + QStringLiteral("unpin"),
                    clusterAction(sim, [&lifecycle](const QString &id, const QJsonObject &) {
                        return lifecycle.setPinned(id, false);
                    }));
        router.get(base + QStringLiteral("list-node-types"), [](const ApiRequest &) {
            return ApiResponse::ok(
                QJsonObject{{QStringLiteral("node_types"), clusterCatalog::nodeTypes()}});
        });
        router.get(base + QStringLiteral("spark-versions"), [](const ApiRequest &) {
            return ApiResponse::ok(
                QJsonObject{{QStringLiteral("versions"), clusterCatalog::sparkVersions()}});
        });
    }
}

} // namespace brickdesk::emulator
