#pragma once

#include "ApiError.h"
#include "ClusterEvent.h"
#include "ClusterInfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace brickdesk {

class ApiCall;
class ApiClient;

// Follows clusters through their state machine after an action: polls clusters/get (and the
// latest event) with backoff until the cluster reaches the state the action aims at, or settles
// somewhere else (a start that fails ends TERMINATED), or the time limit passes.
class ClusterStateWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ClusterStateWatcher(ApiClient *client, QObject *parent = nullptr);
    ~ClusterStateWatcher() override;

    // Starts (or restarts) following a cluster until it is in one of `targets`. With
    // `mustLeaveFirst` (restart, edit of a running cluster) the target counts only after the
    // cluster was seen in another state — or after a few polls that never saw it move.
    void watch(const QString &clusterId, const QSet<QString> &targets, bool mustLeaveFirst = false);
    void stop(const QString &clusterId);
    void stopAll();
    bool isWatching(const QString &clusterId) const { return m_watches.contains(clusterId); }
    qint64 elapsedMs(const QString &clusterId) const;

    // Poll every `initialMs`, growing by half each time up to `maxMs` (defaults 1 s and 10 s, as
    // the SDK waiters); give up after `timeoutMs` (default 20 min).
    void setIntervals(int initialMs, int maxMs, int timeoutMs = 20 * 60 * 1000);

Q_SIGNALS:
    void updated(const brickdesk::ClusterInfo &cluster);
    void latestEvent(const QString &clusterId, const brickdesk::ClusterEvent &event);
    // The watch is over: `reachedTarget` false when it settled elsewhere or timed out.
    void settled(const brickdesk::ClusterInfo &cluster, bool reachedTarget);
    void vanished(const QString &clusterId); // the workspace no longer knows the cluster
    void failed(const QString &clusterId, const brickdesk::ApiError &error);

private:
    struct Watch
    {
        QSet<QString> targets;
        bool mustLeaveFirst = false;
        int polls = 0;
        ClusterInfo lastSeen;
        QElapsedTimer clock;
        int intervalMs = 0;
        bool sawTransition = false;
        QTimer *timer = nullptr;
        QPointer<ApiCall> call;
        QPointer<ApiCall> eventCall;
    };

    void poll(const QString &clusterId);
    void onCluster(const QString &clusterId, const ClusterInfo &cluster);
    void scheduleNext(const QString &clusterId);
    void giveUp(const QString &clusterId);

    ApiClient *m_client;
    QHash<QString, Watch> m_watches;
    int m_initialMs = 1000;
    int m_maxMs = 10000;
    int m_timeoutMs = 20 * 60 * 1000;
};

} // namespace brickdesk
