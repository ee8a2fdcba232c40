#include "ClusterLifecycle.h"

#include "BodyParams.h"
#include "ClusterSpec.h"
#include "LibraryInstaller.h"
#include "SimScheduler.h"
#include "Simulation.h"
#include "StableHash.h"
#include "WorkspaceState.h"

#include <QDateTime>
#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

const QString kState = QStringLiteral("state");
const QString kStateMessage = QStringLiteral("state_message");
const QString kPending = QStringLiteral("PENDING");
const QString kRunning = QStringLiteral("RUNNING");
const QString kRestarting = QStringLiteral("RESTARTING");
const QString kResizing = QStringLiteral("RESIZING");
const QString kTerminating = QStringLiteral("TERMINATING");
const QString kTerminated = QStringLiteral("TERMINATED");
const QString kPendingMessage =
    QStringLiteral("Finding instances for new nodes, acquiring more instances if necessary");
constexpr int kMaxListedExecutors = 64;

QString scheduleKey(const QString &clusterId)
{
    return QStringLiteral("cluster:") + clusterId;
}

// "RUNNING" → "Running", as the service spells states in its messages.
QString stateWord(const QString &state)
{
    return state.left(1) + state.mid(1).toLower();
}

ApiResponse unexpectedState(const QString &clusterId, const QString &state)
{
    return invalidState(QStringLiteral("Cluster ") + clusterId +
                        QStringLiteral(" is in unexpected state ") + stateWord(state) +
                        QLatin1Char('.'));
}

QString hex32(quint64 seed)
{
    return QString::number(mixHash(seed), 16).rightJustified(16, QLatin1Char('0')) +
           QString::number(mixHash(seed + 1), 16).rightJustified(16, QLatin1Char('0'));
}

QJsonObject node(quint64 seed, int index, qint64 startTimestamp)
{
    const QString ip =
        QStringLiteral("10.139.%1.%2").arg(64 + static_cast<int>(seed % 8)).arg(4 + index);
    const QString nodeId = hex32(seed + static_cast<quint64>(index) * 7919);
    return QJsonObject{
        {QStringLiteral("node_id"), nodeId},
        {QStringLiteral("instance_id"), QString(nodeId.left(24) + QStringLiteral("-vm"))},
        {QStringLiteral("start_timestamp"), startTimestamp},
        {QStringLiteral("private_ip"), ip},
        {QStringLiteral("host_private_ip"), ip}};
}

} // namespace

ClusterLifecycle::ClusterLifecycle(Simulation &sim, LibraryInstaller &libraries)
    : m_sim(sim)
    , m_libraries(libraries)
{}

qint64 ClusterLifecycle::startupMs(const QString &clusterId)
{
    return pickInRange(stableHash(clusterId), 180, 300) * 1000;
}

ApiResponse ClusterLifecycle::unknownCluster(const QString &clusterId)
{
    return ApiResponse::invalidParameter(QStringLiteral("Cluster ") + clusterId +
                                         QStringLiteral(" does not exist"));
}

QString ClusterLifecycle::create(const QJsonObject &spec, const QString &source,
                                 const QJsonObject &extra, qint64 startupDelayMs)
{
    const QString clusterId = newClusterId();
    const QString user = m_sim.userName();
    const QJsonObject clusterSpec = clusterSpec::specOf(spec);
    QJsonObject cluster = clusterSpec;
    cluster.insert(QStringLiteral("cluster_id"), clusterId);
    cluster.insert(QStringLiteral("creator_user_name"), user);
    cluster.insert(QStringLiteral("cluster_source"), source);
    cluster.insert(kState, kPending);
    cluster.insert(kStateMessage, kPendingMessage);
    cluster.insert(QStringLiteral("start_time"), m_sim.nowMs());
    cluster.insert(QStringLiteral("default_tags"),
                   QJsonObject{{QStringLiteral("Vendor"), QStringLiteral("Databricks")},
                               {QStringLiteral("Creator"), user},
                               {QStringLiteral("ClusterName"),
                                clusterSpec.value(QStringLiteral("cluster_name"))},
                               {QStringLiteral("ClusterId"), clusterId}});
    cluster.insert(QStringLiteral("disk_spec"), QJsonObject());
    cluster.insert(QStringLiteral("init_scripts_safe_mode"), false);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        cluster.insert(it.key(), it.value());
    cluster = clusterSpec::withWorkers(cluster, clusterSpec::targetWorkers(cluster));
    m_sim.state().putCluster(cluster);

    recordEvent(
        clusterId, QStringLiteral("CREATING"),
        QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("attributes"), clusterSpec}});
    scheduleRunning(clusterId, startupDelayMs < 0 ? startupMs(clusterId) : startupDelayMs, true);
    return clusterId;
}

std::optional<ApiResponse> ClusterLifecycle::edit(const QString &clusterId, const QJsonObject &spec)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster)
        return unknownCluster(clusterId);
    if (cluster->value(QStringLiteral("cluster_source")).toString() == QLatin1String("JOB")) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Cluster ") + clusterId +
            QStringLiteral(" was created by the Jobs service: job clusters cannot be edited."));
    }
    const QString state = cluster->value(kState).toString();
    if (state != kRunning && state != kTerminated)
        return unexpectedState(clusterId, state);

    const QJsonObject previous = clusterSpec::specOf(*cluster);
    const QJsonObject next = clusterSpec::specOf(spec);
    QJsonObject updated = clusterSpec::withSpec(*cluster, next);
    updated.insert(QStringLiteral("default_tags"), [&] {
        QJsonObject tags = updated.value(QStringLiteral("default_tags")).toObject();
        tags.insert(QStringLiteral("ClusterName"), next.value(QStringLiteral("cluster_name")));
        return tags;
    }());
    recordEvent(clusterId, QStringLiteral("EDITED"),
                QJsonObject{{QStringLiteral("user"), m_sim.userName()},
                            {QStringLiteral("previous_attributes"), previous},
                            {QStringLiteral("attributes"), next}});
    if (state == kRunning) {
        // A running cluster restarts to take the new configuration.
        updated.insert(kState, kRestarting);
        updated.insert(kStateMessage, QStringLiteral("Restarting the cluster to apply the edit."));
        m_sim.state().putCluster(updated);
        recordEvent(clusterId, QStringLiteral("RESTARTING"),
                    QJsonObject{{QStringLiteral("user"), m_sim.userName()}});
        m_libraries.clusterStopping(clusterId);
        scheduleRunning(clusterId, kRestartMs, true);
    } else {
        m_sim.state().putCluster(updated);
    }
    return std::nullopt;
}

std::optional<ApiResponse> ClusterLifecycle::start(const QString &clusterId)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster)
        return unknownCluster(clusterId);
    const QString state = cluster->value(kState).toString();
    if (state != kTerminated)
        return unexpectedState(clusterId, state);
    cluster->insert(kState, kPending);
    cluster->insert(kStateMessage, kPendingMessage);
    cluster->remove(QStringLiteral("terminated_time"));
    cluster->remove(QStringLiteral("termination_reason"));
    m_sim.state().putCluster(*cluster);
    recordEvent(clusterId, QStringLiteral("STARTING"),
                QJsonObject{{QStringLiteral("user"), m_sim.userName()}});
    scheduleRunning(clusterId, startupMs(clusterId), true);
    return std::nullopt;
}

std::optional<ApiResponse> ClusterLifecycle::restart(const QString &clusterId)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster)
        return unknownCluster(clusterId);
    const QString state = cluster->value(kState).toString();
    if (state != kRunning)
        return unexpectedState(clusterId, state);
    cluster->insert(kState, kRestarting);
    cluster->insert(kStateMessage, QStringLiteral("Restarting Spark"));
    m_sim.state().putCluster(*cluster);
    recordEvent(clusterId, QStringLiteral("RESTARTING"),
                QJsonObject{{QStringLiteral("user"), m_sim.userName()}});
    m_libraries.clusterStopping(clusterId);
    scheduleRunning(clusterId, kRestartMs, true);
    return std::nullopt;
}

std::optional<ApiResponse> ClusterLifecycle::resize(const QString &clusterId,
                                                    const QJsonObject &body)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster)
        return unknownCluster(clusterId);
    const QString state = cluster->value(kState).toString();
    if (state != kRunning)
        return unexpectedState(clusterId, state);
    const int previousWorkers = cluster->value(QStringLiteral("num_workers")).toInt();
    QJsonObject resized = clusterSpec::withSize(*cluster, body);
    const int target = clusterSpec::targetWorkers(resized);
    resized.insert(kState, kResizing);
    resized.insert(kStateMessage, QStringLiteral("Resizing the cluster to %1 workers").arg(target));
    m_sim.state().putCluster(resized);
    recordEvent(clusterId, QStringLiteral("RESIZING"),
                QJsonObject{{QStringLiteral("user"), m_sim.userName()},
                            {QStringLiteral("current_num_workers"), previousWorkers},
                            {QStringLiteral("target_num_workers"), target}});
    m_sim.scheduler().after(kResizeMs, scheduleKey(clusterId), [this, clusterId, previousWorkers] {
        finishResize(clusterId, previousWorkers);
    });
    return std::nullopt;
}

std::optional<ApiResponse> ClusterLifecycle::terminate(const QString &clusterId,
                                                       const QString &reasonCode,
                                                       const QString &reasonType)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster)
        return unknownCluster(clusterId);
    const QString state = cluster->value(kState).toString();
    if (state == kTerminating || state == kTerminated)
        return std::nullopt;
    m_sim.scheduler().cancel(scheduleKey(clusterId));
    QJsonObject parameters;
    if (reasonCode == QLatin1String("USER_REQUEST"))
        parameters.insert(QStringLiteral("username"), m_sim.userName());
    const QJsonObject reason{{QStringLiteral("code"), reasonCode},
                             {QStringLiteral("type"), reasonType},
                             {QStringLiteral("parameters"), parameters}};
    cluster->insert(kState, kTerminating);
    cluster->insert(kStateMessage, QStringLiteral("Terminating the cluster"));
    cluster->insert(QStringLiteral("termination_reason"), reason);
    m_sim.state().putCluster(*cluster);
    QJsonObject details{{QStringLiteral("reason"), reason}};
    if (reasonCode == QLatin1String("USER_REQUEST"))
        details.insert(QStringLiteral("user"), m_sim.userName());
    recordEvent(clusterId, QStringLiteral("TERMINATING"), details);
    m_libraries.clusterStopping(clusterId);
    m_sim.scheduler().after(kTerminateMs, scheduleKey(clusterId),
                            [this, clusterId] { becomeTerminated(clusterId); });
    return std::nullopt;
}

std::optional<ApiResponse> ClusterLifecycle::permanentDelete(const QString &clusterId)
{
    if (!m_sim.state().cluster(clusterId))
        return unknownCluster(clusterId);
    m_sim.scheduler().cancel(scheduleKey(clusterId));
    m_libraries.clusterRemoved(clusterId);
    m_sim.state().removeCluster(clusterId);
    return std::nullopt;
}

std::optional<ApiResponse> ClusterLifecycle::setPinned(const QString &clusterId, bool pinned)
{
    if (!m_sim.state().cluster(clusterId))
        return unknownCluster(clusterId);
    if (m_sim.state().isPinned(clusterId) == pinned)
        return std::nullopt; // idempotent, and no second event
    m_sim.state().setPinned(clusterId, pinned);
    recordEvent(clusterId, pinned ? QStringLiteral("PINNED") : QStringLiteral("UNPINNED"),
                QJsonObject{{QStringLiteral("user"), m_sim.userName()}});
    return std::nullopt;
}

void ClusterLifecycle::resume()
{
    for (const QJsonObject &cluster : m_sim.state().clusters()) {
        const QString clusterId = cluster.value(QStringLiteral("cluster_id")).toString();
        const QString state = cluster.value(kState).toString();
        if (state == kPending) {
            scheduleRunning(clusterId, startupMs(clusterId), true);
        } else if (state == kRestarting) {
            scheduleRunning(clusterId, kRestartMs, true);
        } else if (state == kResizing) {
            const int workers = cluster.value(QStringLiteral("num_workers")).toInt();
            m_sim.scheduler().after(kResizeMs, scheduleKey(clusterId), [this, clusterId, workers] {
                finishResize(clusterId, workers);
            });
        } else if (state == kTerminating) {
            m_sim.scheduler().after(kTerminateMs, scheduleKey(clusterId),
                                    [this, clusterId] { becomeTerminated(clusterId); });
        }
    }
}

void ClusterLifecycle::recordEvent(const QString &clusterId, const QString &type,
                                   const QJsonObject &details)
{
    m_sim.state().appendClusterEvent(clusterId,
                                     QJsonObject{{QStringLiteral("cluster_id"), clusterId},
                                                 {QStringLiteral("timestamp"), m_sim.nowMs()},
                                                 {QStringLiteral("type"), type},
                                                 {QStringLiteral("details"), details}});
}

void ClusterLifecycle::scheduleRunning(const QString &clusterId, qint64 delayMs,
                                       bool librariesRestart)
{
    m_sim.scheduler().after(delayMs, scheduleKey(clusterId), [this, clusterId, librariesRestart] {
        becomeRunning(clusterId, librariesRestart);
    });
}

void ClusterLifecycle::becomeRunning(const QString &clusterId, bool librariesRestart)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster)
        return;
    const QString state = cluster->value(kState).toString();
    if (state != kPending && state != kRestarting)
        return;
    const qint64 now = m_sim.nowMs();
    const int workers = clusterSpec::targetWorkers(*cluster);
    const quint64 seed = stableHash(clusterId) ^ static_cast<quint64>(now);
    QJsonObject running = clusterSpec::withWorkers(*cluster, workers);
    running.insert(kState, kRunning);
    running.insert(kStateMessage, QString());
    running.insert(QStringLiteral("last_restarted_time"), now);
    running.insert(QStringLiteral("last_state_loss_time"), now);
    running.insert(QStringLiteral("driver"), node(seed, 0, now - 45'000));
    QJsonArray executors;
    for (int i = 1; i <= std::min(workers, kMaxListedExecutors); ++i)
        executors.append(node(seed, i, now - 30'000));
    running.insert(QStringLiteral("executors"), executors);
    running.insert(QStringLiteral("spark_context_id"),
                   static_cast<qint64>(mixHash(seed) % 9'000'000'000'000'000ULL));
    running.insert(QStringLiteral("jdbc_port"), 10000);
    m_sim.state().putCluster(running);
    recordEvent(clusterId, QStringLiteral("RUNNING"),
                QJsonObject{{QStringLiteral("current_num_workers"), workers},
                            {QStringLiteral("target_num_workers"), workers}});
    recordEvent(clusterId, QStringLiteral("DRIVER_HEALTHY"), QJsonObject());
    if (librariesRestart)
        m_libraries.clusterStarted(clusterId);
    m_sim.persistSoon();
}

void ClusterLifecycle::finishResize(const QString &clusterId, int previousWorkers)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster || cluster->value(kState).toString() != kResizing)
        return;
    const int target = clusterSpec::targetWorkers(*cluster);
    QJsonObject running = clusterSpec::withWorkers(*cluster, target);
    running.insert(kState, kRunning);
    running.insert(kStateMessage, QString());
    const qint64 now = m_sim.nowMs();
    const quint64 seed = stableHash(clusterId) ^ static_cast<quint64>(now);
    QJsonArray executors = running.value(QStringLiteral("executors")).toArray();
    while (executors.size() > std::min(target, kMaxListedExecutors))
        executors.removeLast();
    for (auto i = executors.size() + 1; i <= std::min(target, kMaxListedExecutors); ++i)
        executors.append(node(seed, static_cast<int>(i), now - 20'000));
    running.insert(QStringLiteral("executors"), executors);
    m_sim.state().putCluster(running);
    if (target > previousWorkers) {
        recordEvent(clusterId, QStringLiteral("UPSIZE_COMPLETED"),
                    QJsonObject{{QStringLiteral("current_num_workers"), target},
                                {QStringLiteral("target_num_workers"), target}});
    }
    m_sim.persistSoon();
}

void ClusterLifecycle::becomeTerminated(const QString &clusterId)
{
    std::optional<QJsonObject> cluster = m_sim.state().cluster(clusterId);
    if (!cluster || cluster->value(kState).toString() != kTerminating)
        return;
    cluster->insert(kState, kTerminated);
    cluster->insert(kStateMessage, QString());
    cluster->insert(QStringLiteral("terminated_time"), m_sim.nowMs());
    for (const QString &key : {QStringLiteral("driver"), QStringLiteral("executors"),
                               QStringLiteral("spark_context_id")}) {
        cluster->remove(key);
    }
    m_sim.state().putCluster(*cluster);
    m_sim.persistSoon();
}

// "MMDD-HHMMSS-xxxxxxxx" from the simulated time and a suffix that differs per cluster.
QString ClusterLifecycle::newClusterId()
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_sim.nowMs(), Qt::UTC);
    const QString prefix = now.toString(QStringLiteral("MMdd-HHmmss-"));
    for (;;) {
        quint64 bits = mixHash(static_cast<quint64>(m_sim.nowMs()) * 31 + ++m_created);
        QString suffix;
        for (int i = 0; i < 8; ++i) {
            suffix.append(QLatin1Char(kAlphabet[bits % 36]));
            bits /= 36;
        }
        const QString id = prefix + suffix;
        if (!m_sim.state().cluster(id))
            return id;
    }
}

} // namespace brickdesk::emulator
