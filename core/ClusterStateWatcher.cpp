#include "ClusterStateWatcher.h"

#include "ApiClient.h"
#include "ClusterRequests.h"

#include <QJsonArray>
#include <QTimer>

namespace brickdesk {

namespace {

bool isStable(const QString &state)
{
    return state == QStringLiteral("RUNNING") || state == QStringLiteral("TERMINATED") || state == QStringLiteral("ERROR");
}

} // namespace

ClusterStateWatcher::ClusterStateWatcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ClusterStateWatcher::~ClusterStateWatcher()
{
    stopAll();
}

void ClusterStateWatcher::setIntervals(int initialMs, int maxMs, int timeoutMs)
{
    m_initialMs = std::max(1, initialMs);
    m_maxMs = std::max(m_initialMs, maxMs);
    m_timeoutMs = timeoutMs;
}

void ClusterStateWatcher::watch(const QString &clusterId, const QSet<QString> &targets, bool mustLeaveFirst)
{
    stop(clusterId);
    Watch &watch = m_watches[clusterId];
    watch.targets = targets;
    watch.mustLeaveFirst = mustLeaveFirst;
    watch.lastSeen.id = clusterId;
    watch.clock.start();
    watch.intervalMs = m_initialMs;
    watch.timer = new QTimer(this);
    watch.timer->setSingleShot(true);
    connect(watch.timer, &QTimer::timeout, this, [this, clusterId] { poll(clusterId); });
    // The action was just accepted: look once the server has had a moment to move the state.
    watch.timer->start(m_initialMs);
}

void ClusterStateWatcher::stop(const QString &clusterId)
{
    auto it = m_watches.find(clusterId);
    if (it == m_watches.end())
        return;
    Watch watch = *it;
    m_watches.erase(it);
    if (watch.timer)
        watch.timer->deleteLater();
    for (ApiCall *call : {watch.call.data(), watch.eventCall.data()}) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void ClusterStateWatcher::stopAll()
{
    const QStringList ids = m_watches.keys();
    for (const QString &id : ids)
        stop(id);
}

qint64 ClusterStateWatcher::elapsedMs(const QString &clusterId) const
{
    const auto it = m_watches.constFind(clusterId);
    return it == m_watches.cend() ? 0 : it->clock.elapsed();
}

void ClusterStateWatcher::poll(const QString &clusterId)
{
    auto it = m_watches.find(clusterId);
    if (it == m_watches.end())
        return;
    it->call = m_client->send(clusterapi::get(clusterId), this, [this, clusterId](const ApiResponse &response) {
        if (!m_watches.contains(clusterId))
            return;
        if (response.error.kind == ApiError::Kind::Cancelled) {
            stop(clusterId); // nobody will poll again: end the watch rather than leave it hanging
            return;
        }
        if (!response.ok()) {
            if (response.error.errorCode == QStringLiteral("INVALID_PARAMETER_VALUE") &&
                response.error.message.contains(QStringLiteral("does not exist"))) {
                stop(clusterId);
                Q_EMIT vanished(clusterId);
                return;
            }
            Q_EMIT failed(clusterId, response.error);
            scheduleNext(clusterId); // the client already retried what could be; try again later
            return;
        }
        const std::optional<ClusterInfo> cluster = ClusterInfo::fromJson(response.json);
        if (!cluster) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidResponse;
            error.message = QStringLiteral("the cluster came back without a cluster_id");
            Q_EMIT failed(clusterId, error);
            scheduleNext(clusterId);
            return;
        }
        onCluster(clusterId, *cluster);
    });
    it->eventCall = m_client->send(clusterapi::events(clusterapi::firstEventsPage(clusterId, {}, 1)), this,
                                   [this, clusterId](const ApiResponse &response) {
                                       if (!response.ok() || !m_watches.contains(clusterId))
                                           return;
                                       const QJsonArray events = response.json.value(QStringLiteral("events")).toArray();
                                       if (events.isEmpty())
                                           return;
                                       if (const auto event = ClusterEvent::fromJson(events.first().toObject()))
                                           Q_EMIT latestEvent(clusterId, *event);
                                   });
}

void ClusterStateWatcher::onCluster(const QString &clusterId, const ClusterInfo &cluster)
{
    Q_EMIT updated(cluster);
    auto it = m_watches.find(clusterId);
    if (it == m_watches.end())
        return; // a receiver stopped the watch
    Watch &watch = *it;
    watch.lastSeen = cluster;
    ++watch.polls;
    if (!isStable(cluster.state))
        watch.sawTransition = true;
    // Some servers move the state only after answering the action; a few polls that never see it
    // move mean the change was quicker than the first poll.
    constexpr int kPollsBeforeTrustingTarget = 5;
    const bool reached = watch.targets.contains(cluster.state) &&
                         (!watch.mustLeaveFirst || watch.sawTransition || watch.polls >= kPollsBeforeTrustingTarget);
    const bool settledElsewhere = isStable(cluster.state) && watch.sawTransition;
    const bool timedOut = watch.clock.elapsed() > m_timeoutMs;
    if (reached || settledElsewhere || timedOut || cluster.state == QStringLiteral("ERROR")) {
        stop(clusterId);
        Q_EMIT settled(cluster, reached);
        return;
    }
    scheduleNext(clusterId);
}

void ClusterStateWatcher::scheduleNext(const QString &clusterId)
{
    auto it = m_watches.find(clusterId);
    if (it == m_watches.end())
        return;
    if (it->clock.elapsed() > m_timeoutMs) {
        giveUp(clusterId);
        return;
    }
    it->intervalMs = std::min(m_maxMs, it->intervalMs + it->intervalMs / 2 + 1);
    it->timer->start(it->intervalMs);
}

void ClusterStateWatcher::giveUp(const QString &clusterId)
{
    auto it = m_watches.find(clusterId);
    if (it == m_watches.end())
        return;
    const ClusterInfo last = it->lastSeen;
    stop(clusterId);
    Q_EMIT settled(last, false);
}

} // namespace brickdesk
