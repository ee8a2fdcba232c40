#pragma once

#include "ClusterEvent.h"
#include "ClusterRequests.h"
#include "ClusterSpec.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace brickdesk {

class ApiCall;
class ApiClient;
class ClusterListModel;
class ClusterStateWatcher;

// Everything a user does to clusters: actions, create, edit. After an accepted action the
// cluster's row follows its state machine (the watcher polls), and the outcome is announced.
// API errors are passed on verbatim.
class ClusterController : public QObject
{
    Q_OBJECT

public:
    explicit ClusterController(ClusterListModel *model, QObject *parent = nullptr);
    ~ClusterController() override;

    // nullptr: disconnected; every call and watch in flight is cancelled.
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }
    ClusterStateWatcher *watcher() const { return m_watcher; }

    void perform(ClusterAction action, const QString &clusterId);
    void create(const ClusterSpec &spec);
    void edit(const QString &clusterId, const ClusterSpec &spec);
    void refreshPinned();

    bool isBusy(const QString &clusterId) const;
    // "Starting… 1 min 12 s — latest event: STARTING (by ada@example.com)"; empty when idle.
    QString progressText(const QString &clusterId) const;

Q_SIGNALS:
    void actionSucceeded(const QString &clusterId, const QString &message);
    void actionFailed(const QString &clusterId, const QString &message);
    void created(const QString &clusterId);
    void progressChanged(const QString &clusterId);
    // For desktop notifications: a cluster this user acted on reached its goal, or did not.
    void clusterReady(const QString &clusterId, const QString &name);
    void clusterStopped(const QString &clusterId, const QString &name);
    void clusterFailed(const QString &clusterId, const QString &name, const QString &reason);

private:
    struct Progress
    {
        QString verb; // "Starting", "Restarting", ...
        QString latestEvent;
        int failedPolls = 0;
    };

    void follow(const QString &clusterId, const QString &verb, const QSet<QString> &targets,
                bool mustLeaveFirst = false);
    QString nameOf(const QString &clusterId) const;
    void send(const ApiRequest &request, const QString &clusterId, std::function<void(const QJsonObject &)> onSuccess);

    ClusterListModel *m_model;
    ApiClient *m_client = nullptr;
    ClusterStateWatcher *m_watcher = nullptr;
    QHash<QString, Progress> m_progress;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace brickdesk
