#include "ClusterController.h"

#include "ApiClient.h"
#include "ClusterListModel.h"
#include "ClusterStateWatcher.h"

#include <QJsonArray>

namespace brickdesk {

ClusterController::ClusterController(ClusterListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

ClusterController::~ClusterController()
{
    setClient(nullptr);
}

void ClusterController::setClient(ApiClient *client)
{
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {})) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    delete m_watcher;
    m_watcher = nullptr;
    m_progress.clear();
    m_client = client;
    if (!client)
        return;
    m_watcher = new ClusterStateWatcher(client, this);
    connect(m_watcher, &ClusterStateWatcher::updated, this, [this](const ClusterInfo &cluster) {
        auto it = m_progress.find(cluster.id);
        if (it != m_progress.end())
            it->failedPolls = 0; // an answer: the run of failures is over
        m_model->upsertItem(cluster);
        Q_EMIT progressChanged(cluster.id);
    });
    connect(m_watcher, &ClusterStateWatcher::latestEvent, this, [this](const QString &id, const ClusterEvent &event) {
        auto it = m_progress.find(id);
        if (it == m_progress.end())
            return;
        const QString summary = event.summary();
        it->latestEvent = summary.isEmpty() ? event.type : QStringLiteral("%1 (%2)").arg(event.type, summary);
        Q_EMIT progressChanged(id);
    });
    connect(m_watcher, &ClusterStateWatcher::settled, this, [this](const ClusterInfo &cluster, bool reached) {
        m_progress.remove(cluster.id);
        const QString name = cluster.name.isEmpty() ? cluster.id : cluster.name;
        if (cluster.state == QStringLiteral("RUNNING") && reached)
            Q_EMIT clusterReady(cluster.id, name);
        else if (cluster.state == QStringLiteral("TERMINATED") && reached)
            Q_EMIT clusterStopped(cluster.id, name);
        else
            Q_EMIT clusterFailed(cluster.id, name,
                                 cluster.stateMessage.isEmpty() ? cluster.terminationCode : cluster.stateMessage);
        Q_EMIT progressChanged(cluster.id);
    });
    connect(m_watcher, &ClusterStateWatcher::failed, this, [this](const QString &id, const ApiError &error) {
        auto it = m_progress.find(id);
        if (it == m_progress.end())
            return;
        // A poll or two may fail on a flaky network; five in a row means we have lost track.
        if (++it->failedPolls < 5) {
            it->latestEvent = tr("checking again after: %1").arg(error.summary());
            Q_EMIT progressChanged(id);
            return;
        }
        m_watcher->stop(id);
        m_progress.remove(id);
        Q_EMIT actionFailed(id, tr("Lost track of %1: %2").arg(nameOf(id), error.summary()));
        Q_EMIT progressChanged(id);
    });
    connect(m_watcher, &ClusterStateWatcher::vanished, this, [this](const QString &id) {
        m_progress.remove(id);
        m_model->removeItem(id);
        Q_EMIT progressChanged(id);
    });
    refreshPinned();
}

QString ClusterController::nameOf(const QString &clusterId) const
{
    if (const std::optional<int> row = m_model->rowOf(clusterId)) {
        const QString name = m_model->itemAt(*row).name;
        if (!name.isEmpty())
            return name;
    }
    return clusterId;
}

void ClusterController::send(const ApiRequest &request, const QString &clusterId,
                             std::function<void(const QJsonObject &)> onSuccess)
{
    if (!m_client) {
        Q_EMIT actionFailed(clusterId, tr("Not connected to a workspace."));
        return;
    }
    m_calls.removeAll(nullptr);
    m_calls.append(m_client->send(request, this, [this, clusterId, onSuccess](const ApiResponse &response) {
        if (response.error.kind == ApiError::Kind::Cancelled)
            return;
        if (!response.ok()) {
            // The workspace's own words: they name the state or field that is wrong.
            Q_EMIT actionFailed(clusterId, response.error.summary());
            return;
        }
        onSuccess(response.json);
    }));
}

void ClusterController::follow(const QString &clusterId, const QString &verb, const QSet<QString> &targets,
                               bool mustLeaveFirst)
{
    m_progress.insert(clusterId, Progress{verb, QString(), 0});
    if (m_watcher)
        m_watcher->watch(clusterId, targets, mustLeaveFirst);
    Q_EMIT progressChanged(clusterId);
}

void ClusterController::perform(ClusterAction action, const QString &clusterId)
{
    send(clusterapi::action(action, clusterId), clusterId, [this, action, clusterId](const QJsonObject &) {
        const QString name = nameOf(clusterId);
        switch (action) {
        case ClusterAction::Start:
            follow(clusterId, tr("Starting"), {QStringLiteral("RUNNING")});
            break;
        case ClusterAction::Restart:
            follow(clusterId, tr("Restarting"), {QStringLiteral("RUNNING")}, true);
            break;
        case ClusterAction::Terminate:
            follow(clusterId, tr("Terminating"), {QStringLiteral("TERMINATED")});
            break;
        case ClusterAction::PermanentDelete:
            if (m_watcher)
                m_watcher->stop(clusterId); // a poll in flight must not bring the row back
            m_progress.remove(clusterId);
            m_model->removeItem(clusterId);
            break;
        case ClusterAction::Pin:
        case ClusterAction::Unpin:
            refreshPinned();
            break;
        }
        Q_EMIT actionSucceeded(clusterId, tr("%1: %2 accepted").arg(name, clusterActionName(action)));
    });
}

void ClusterController::create(const ClusterSpec &spec)
{
    const QStringList problems = spec.problems();
    if (!problems.isEmpty()) {
        Q_EMIT actionFailed(QString(), problems.join(QLatin1Char(' ')));
        return;
    }
    send(clusterapi::create(spec.toJson()), QString(), [this, spec](const QJsonObject &answer) {
        const QString id = answer.value(QStringLiteral("cluster_id")).toString();
        if (id.isEmpty()) {
            Q_EMIT actionFailed(QString(), tr("The workspace accepted the cluster but sent back no cluster_id."));
            return;
        }
        // Show the new row at once; the watcher fills in what the server knows.
        QJsonObject placeholder = spec.toJson();
        placeholder.insert(QStringLiteral("cluster_id"), id);
        placeholder.insert(QStringLiteral("state"), QStringLiteral("PENDING"));
        if (const std::optional<ClusterInfo> info = ClusterInfo::fromJson(placeholder))
            m_model->upsertItem(*info);
        follow(id, tr("Creating"), {QStringLiteral("RUNNING")});
        Q_EMIT created(id);
        Q_EMIT actionSucceeded(id, tr("%1: created").arg(spec.name.isEmpty() ? id : spec.name));
    });
}

void ClusterController::edit(const QString &clusterId, const ClusterSpec &spec)
{
    const QStringList problems = spec.problems();
    if (!problems.isEmpty()) {
        Q_EMIT actionFailed(clusterId, problems.join(QLatin1Char(' ')));
        return;
    }
    const std::optional<int> row = m_model->rowOf(clusterId);
    const bool wasRunning = row && m_model->itemAt(*row).state == QStringLiteral("RUNNING");
    send(clusterapi::edit(clusterId, spec.toJson()), clusterId, [this, clusterId, wasRunning](const QJsonObject &) {
        // A running cluster restarts to apply the edit; a terminated one just takes it.
        follow(clusterId, wasRunning ? tr("Applying changes") : tr("Saving"),
               {wasRunning ? QStringLiteral("RUNNING") : QStringLiteral("TERMINATED")}, wasRunning);
        Q_EMIT actionSucceeded(clusterId, tr("%1: changes saved").arg(nameOf(clusterId)));
    });
}

void ClusterController::refreshPinned()
{
    if (!m_client)
        return;
    m_calls.removeAll(nullptr);
    m_calls.append(m_client->send(clusterapi::pinnedClusters(), this, [this](const ApiResponse &response) {
        if (!response.ok())
            return; // pins are a nicety: the list works without them
        QSet<QString> pinned;
        for (const QJsonValue &cluster : response.json.value(QStringLiteral("clusters")).toArray())
            pinned.insert(cluster.toObject().value(QStringLiteral("cluster_id")).toString());
        m_model->setPinned(pinned);
    }));
}

bool ClusterController::isBusy(const QString &clusterId) const
{
    return m_progress.contains(clusterId);
}

QString ClusterController::progressText(const QString &clusterId) const
{
    const auto it = m_progress.constFind(clusterId);
    if (it == m_progress.cend())
        return {};
    const qint64 seconds = m_watcher ? m_watcher->elapsedMs(clusterId) / 1000 : 0;
    QString text = tr("%1… %2:%3").arg(it->verb).arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (!it->latestEvent.isEmpty())
        text += tr(" — latest event: %1").arg(it->latestEvent);
    return text;
}

} // namespace brickdesk
