#include "ClustersApi.h"

#include "ApiRouter.h"
#include "ClusterLifecycle.h"
#include "RequestParams.h"
#include "WorkspaceState.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <limits>

namespace brickdesk::emulator {

namespace {

const QString kClustersKey = QStringLiteral("clusters");
const QString kPageTokenKind = QStringLiteral("clusters");
constexpr qint64 kMaxPageSize = 100;

const QSet<QString> &knownStates()
{
    static const QSet<QString> states{QStringLiteral("PENDING"),     QStringLiteral("RUNNING"),
                                      QStringLiteral("RESTARTING"),  QStringLiteral("RESIZING"),
                                      QStringLiteral("TERMINATING"), QStringLiteral("TERMINATED"),
                                      QStringLiteral("ERROR"),       QStringLiteral("UNKNOWN")};
    return states;
}

const QSet<QString> &knownSources()
{
    static const QSet<QString> sources{
        QStringLiteral("UI"),    QStringLiteral("API"),      QStringLiteral("JOB"),
        QStringLiteral("SQL"),   QStringLiteral("PIPELINE"), QStringLiteral("PIPELINE_MAINTENANCE"),
        QStringLiteral("MODELS")};
    return sources;
}

// Reads a repeatable enum filter such as filter_by.cluster_states; empty means no filter.
std::optional<ApiResponse> readEnumFilter(const ApiRequest &request, const QString &name,
                                          const QSet<QString> &allowed, QSet<QString> *values)
{
    const QStringList given = request.queryValues(name);
    for (const QString &value : given) {
        if (!allowed.contains(value)) {
            return ApiResponse::invalidParameter(QStringLiteral("Invalid value for parameter ") +
                                                 name + QStringLiteral(": '") + value +
                                                 QStringLiteral("'."));
        }
        values->insert(value);
    }
    return std::nullopt;
}

QJsonObject listResponse(const QList<QJsonObject> &clusters)
{
    QJsonObject body;
    if (clusters.isEmpty())
        return body; // the service leaves out empty lists
    QJsonArray array;
    for (const QJsonObject &cluster : clusters)
        array.append(cluster);
    body.insert(kClustersKey, array);
    return body;
}

ApiResponse listV20(const WorkspaceState &state)
{
    return ApiResponse::ok(listResponse(state.clusters()));
}

ApiResponse listV21(const WorkspaceState &state, const ApiRequest &request)
{
    qint64 pageSize = 0;
    if (auto error = readInteger(request, QStringLiteral("page_size"), 0, 0,
                                 std::numeric_limits<int>::max(), &pageSize)) {
        return *error;
    }
    if (pageSize == 0 || pageSize > kMaxPageSize)
        pageSize = kMaxPageSize;
    qint64 offset = 0;
    if (auto error = readPageToken(request, kPageTokenKind, &offset))
        return *error;
    QSet<QString> states;
    if (auto error = readEnumFilter(request, QStringLiteral("filter_by.cluster_states"),
                                    knownStates(), &states)) {
        return *error;
    }
    QSet<QString> sources;
    if (auto error = readEnumFilter(request, QStringLiteral("filter_by.cluster_sources"),
                                    knownSources(), &sources)) {
        return *error;
    }
    const bool filterPinned = !request.queryValue(QStringLiteral("filter_by.is_pinned")).isEmpty();
    bool pinned = false;
    if (auto error = readBoolean(request, QStringLiteral("filter_by.is_pinned"), false, &pinned))
        return *error;
    const QString policyId = request.queryValue(QStringLiteral("filter_by.policy_id"));

    QList<QJsonObject> matching;
    for (const QJsonObject &cluster : state.clusters()) {
        if (!states.isEmpty() &&
            !states.contains(cluster.value(QStringLiteral("state")).toString()))
            continue;
        if (!sources.isEmpty() &&
            !sources.contains(cluster.value(QStringLiteral("cluster_source")).toString())) {
            continue;
        }
        const QString clusterId = cluster.value(QStringLiteral("cluster_id")).toString();
        if (filterPinned && state.isPinned(clusterId) != pinned)
            continue;
        if (!policyId.isEmpty() &&
            cluster.value(QStringLiteral("policy_id")).toString() != policyId) {
            continue;
        }
        matching.append(cluster);
    }

    const qint64 total = matching.size();
    const qint64 begin = std::min(offset, total);
    const qint64 end = std::min(begin + pageSize, total);
    QJsonObject body = listResponse(matching.mid(begin, end - begin));
    if (end < total)
        body.insert(QStringLiteral("next_page_token"), encodePageToken(kPageTokenKind, end));
    if (begin > 0) {
        body.insert(QStringLiteral("prev_page_token"),
                    encodePageToken(kPageTokenKind, std::max<qint64>(0, begin - pageSize)));
    }
    return ApiResponse::ok(body);
}

ApiResponse get(const WorkspaceState &state, const ApiRequest &request)
{
    QString clusterId;
    if (auto error = readRequiredString(request, QStringLiteral("cluster_id"), &clusterId))
        return *error;
    const std::optional<QJsonObject> cluster = state.cluster(clusterId);
    if (!cluster)
        return ClusterLifecycle::unknownCluster(clusterId);
    return ApiResponse::ok(*cluster);
}

} // namespace

void registerClustersApi(ApiRouter &router, WorkspaceState &state)
{
    router.get(QStringLiteral("/api/2.0/clusters/list"),
               [&state](const ApiRequest &) { return listV20(state); });
    router.get(QStringLiteral("/api/2.1/clusters/list"),
               [&state](const ApiRequest &request) { return listV21(state, request); });
    for (const QString &version : {QStringLiteral("2.0"), QStringLiteral("2.1")}) {
        router.get(QStringLiteral("/api/") + version + QStringLiteral("/clusters/get"),
                   [&state](const ApiRequest &request) { return get(state, request); });
    }
}

} // namespace brickdesk::emulator
