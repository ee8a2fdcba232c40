#include "ClusterEventsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "ClusterLifecycle.h"
#include "RequestParams.h"
#include "WorkspaceState.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace brickdesk::emulator {

namespace {

const QString kPageTokenKind = QStringLiteral("cluster-events");
constexpr qint64 kDefaultLimit = 50;
constexpr qint64 kMaxLimit = 500;

const QSet<QString> &knownEventTypes()
{
    static const QSet<QString> types{
        QStringLiteral("CREATING"),
        QStringLiteral("DID_NOT_EXPAND_DISK"),
        QStringLiteral("EXPANDED_DISK"),
        QStringLiteral("FAILED_TO_EXPAND_DISK"),
        QStringLiteral("INIT_SCRIPTS_STARTED"),
        QStringLiteral("INIT_SCRIPTS_FINISHED"),
        QStringLiteral("STARTING"),
        QStringLiteral("RESTARTING"),
        QStringLiteral("TERMINATING"),
        QStringLiteral("EDITED"),
        QStringLiteral("RUNNING"),
        QStringLiteral("RESIZING"),
        QStringLiteral("UPSIZE_COMPLETED"),
        QStringLiteral("NODES_LOST"),
        QStringLiteral("DRIVER_HEALTHY"),
        QStringLiteral("DRIVER_UNAVAILABLE"),
        QStringLiteral("SPARK_EXCEPTION"),
        QStringLiteral("DRIVER_NOT_RESPONDING"),
        QStringLiteral("DBFS_DOWN"),
        QStringLiteral("METASTORE_DOWN"),
        QStringLiteral("AUTOSCALING_STATS_REPORT"),
        QStringLiteral("NODE_BLACKLISTED"),
        QStringLiteral("PINNED"),
        QStringLiteral("UNPINNED"),
        QStringLiteral("NODE_EXCLUDED_DECOMMISSIONED"),
        QStringLiteral("ADD_NODES_FAILED"),
        QStringLiteral("CLUSTER_MIGRATED"),
    };
    return types;
}

struct EventsQuery
{
    QString clusterId;
    qint64 startTime = 0;
    qint64 endTime = std::numeric_limits<qint64>::max();
    bool ascending = false;
    QSet<QString> types;
    bool tokenPaging = false; // page_size / page_token instead of offset / limit
    qint64 offset = 0;
    qint64 size = kDefaultLimit;
};

std::optional<ApiResponse> readQuery(const QJsonObject &body, EventsQuery *query)
{
    if (auto error = requireStringField(body, QStringLiteral("cluster_id"), &query->clusterId))
        return error;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    if (auto error = readIntegerField(body, QStringLiteral("start_time"), false, 0, 0, kMax,
                                      &query->startTime)) {
        return error;
    }
    if (auto error = readIntegerField(body, QStringLiteral("end_time"), false, kMax, 0, kMax,
                                      &query->endTime)) {
        return error;
    }
    if (query->startTime > query->endTime) {
        return ApiResponse::invalidParameter(
            QStringLiteral("start_time must not be after end_time."));
    }
    QString order;
    if (auto error = readStringField(body, QStringLiteral("order"), QStringLiteral("DESC"), &order))
        return error;
    if (order != QLatin1String("ASC") && order != QLatin1String("DESC")) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid value for field order: '") +
                                             order + QStringLiteral("' (expected ASC or DESC)."));
    }
    query->ascending = order == QLatin1String("ASC");
    QStringList types;
    if (auto error = readStringListField(body, QStringLiteral("event_types"), &types))
        return error;
    for (const QString &type : std::as_const(types)) {
        if (!knownEventTypes().contains(type)) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Invalid value for field event_types: '") + type +
                QStringLiteral("'."));
        }
        query->types.insert(type);
    }

    QString pageToken;
    if (auto error = readStringField(body, QStringLiteral("page_token"), QString(), &pageToken))
        return error;
    query->tokenPaging = body.contains(QStringLiteral("page_size")) || !pageToken.isEmpty();
    if (query->tokenPaging) {
        if (auto error = readIntegerField(body, QStringLiteral("page_size"), false, kDefaultLimit,
                                          1, kMaxLimit, &query->size)) {
            return error;
        }
        if (!pageToken.isEmpty()) {
            const std::optional<qint64> position = decodePageToken(kPageTokenKind, pageToken);
            if (!position)
                return ApiResponse::invalidParameter(QStringLiteral("Invalid page_token."));
            query->offset = *position;
        }
        return std::nullopt;
    }
    if (auto error = readIntegerField(body, QStringLiteral("limit"), false, kDefaultLimit, 1,
                                      kMaxLimit, &query->size)) {
        return error;
    }
    return readIntegerField(body, QStringLiteral("offset"), false, 0, 0,
                            std::numeric_limits<int>::max(), &query->offset);
}

// The body of the request for the page starting at `offset`.
QJsonObject pageRequest(QJsonObject body, const EventsQuery &query, qint64 offset)
{
    for (const QString &key : {QStringLiteral("offset"), QStringLiteral("limit"),
                               QStringLiteral("page_token"), QStringLiteral("page_size")}) {
        body.remove(key);
    }
    body.insert(QStringLiteral("order"),
                query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    if (query.tokenPaging) {
        body.insert(QStringLiteral("page_token"), encodePageToken(kPageTokenKind, offset));
        body.insert(QStringLiteral("page_size"), query.size);
    } else {
        body.insert(QStringLiteral("offset"), offset);
        body.insert(QStringLiteral("limit"), query.size);
    }
    return body;
}

ApiResponse events(const WorkspaceState &state, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    EventsQuery query;
    if (auto error = readQuery(body, &query))
        return *error;
    if (!state.cluster(query.clusterId))
        return ClusterLifecycle::unknownCluster(query.clusterId);

    QList<QJsonObject> matching;
    for (const QJsonObject &event : state.clusterEvents(query.clusterId)) {
        const auto timestamp =
            static_cast<qint64>(event.value(QStringLiteral("timestamp")).toDouble());
        if (timestamp < query.startTime || timestamp > query.endTime)
            continue;
        if (!query.types.isEmpty() &&
            !query.types.contains(event.value(QStringLiteral("type")).toString())) {
            continue;
        }
        matching.append(event);
    }
    if (!query.ascending)
        std::reverse(matching.begin(), matching.end());

    const qint64 total = matching.size();
    const qint64 begin = std::min(query.offset, total);
    const qint64 end = std::min(begin + query.size, total);
    QJsonArray page;
    for (qint64 i = begin; i < end; ++i)
        page.append(matching.at(i));

    QJsonObject answer{{QStringLiteral("total_count"), total}};
    if (!page.isEmpty())
        answer.insert(QStringLiteral("events"), page);
    if (end < total) {
        answer.insert(QStringLiteral("next_page"), pageRequest(body, query, end));
        if (query.tokenPaging)
            answer.insert(QStringLiteral("next_page_token"), encodePageToken(kPageTokenKind, end));
    }
    if (query.tokenPaging && begin > 0) {
        answer.insert(QStringLiteral("prev_page_token"),
                      encodePageToken(kPageTokenKind, std::max<qint64>(0, begin - query.size)));
    }
    return ApiResponse::ok(answer);
}

} // namespace

void registerClusterEventsApi(ApiRouter &router, const WorkspaceState &state)
{
    for (const QString &version : {QStringLiteral("2.0"), QStringLiteral("2.1")}) {
        router.post(QStringLiteral("/api/") + version + QStringLiteral("/clusters/events"),
                    [&state](const ApiRequest &request) { return events(state, request); });
    }
}

} // namespace brickdesk::emulator
