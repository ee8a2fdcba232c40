#include "WorkspaceState.h"

#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace brickdesk::emulator {

namespace {

const QString kClusterIdKey = QStringLiteral("cluster_id");

// JSON numbers are doubles: an id is valid when it is a positive whole number that a double holds
// exactly.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (!(number >= 1.0 && number <= kMaxExact) || std::floor(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

void WorkspaceState::reset(const QList<QJsonObject> &clusters, const QList<QJsonObject> &jobs)
{
    m_clusters.clear();
    m_clusterEvents.clear();
    m_libraryStatuses.clear();
    m_pinned.clear();
    for (const QJsonObject &cluster : clusters)
        putCluster(cluster);
    m_jobs.clear();
    for (const QJsonObject &job : jobs)
        putJob(job);
    m_runs.clear();
    m_taskRunToRun.clear();
    m_idempotencyTokens.clear();
    m_nextRunId = kFirstRunId;
}

std::optional<QJsonObject> WorkspaceState::cluster(const QString &clusterId) const
{
    for (const QJsonObject &cluster : m_clusters) {
        if (cluster.value(kClusterIdKey).toString() == clusterId)
            return cluster;
    }
    return std::nullopt;
}

void WorkspaceState::putCluster(const QJsonObject &cluster)
{
    const QString id = cluster.value(kClusterIdKey).toString();
    for (QJsonObject &existing : m_clusters) {
        if (existing.value(kClusterIdKey).toString() == id) {
            existing = cluster;
            return;
        }
    }
    m_clusters.append(cluster);
}

bool WorkspaceState::removeCluster(const QString &clusterId)
{
    const auto removed = m_clusters.removeIf([&clusterId](const QJsonObject &cluster) {
        return cluster.value(kClusterIdKey).toString() == clusterId;
    });
    m_clusterEvents.remove(clusterId);
    m_libraryStatuses.remove(clusterId);
    m_pinned.remove(clusterId);
    return removed > 0;
}

const QList<QJsonObject> &WorkspaceState::clusterEvents(const QString &clusterId) const
{
    static const QList<QJsonObject> none;
    const auto it = m_clusterEvents.constFind(clusterId);
    return it == m_clusterEvents.constEnd() ? none : *it;
}

void WorkspaceState::appendClusterEvent(const QString &clusterId, const QJsonObject &event)
{
    // A long-lived cluster keeps its most recent events, as the service keeps 30 days of them.
    constexpr qsizetype kMaxEventsPerCluster = 2000;
    // Kept in timestamp order: a timed transition may be stamped a moment before a request that
    // the event loop happened to serve first.
    QList<QJsonObject> &events = m_clusterEvents[clusterId];
    const double timestamp = event.value(QStringLiteral("timestamp")).toDouble();
    qsizetype position = events.size();
    while (position > 0 &&
           events.at(position - 1).value(QStringLiteral("timestamp")).toDouble() > timestamp) {
        --position;
    }
    events.insert(position, event);
    if (events.size() > kMaxEventsPerCluster)
        events.remove(0, events.size() - kMaxEventsPerCluster);
}

QList<QJsonObject> WorkspaceState::libraryStatuses(const QString &clusterId) const
{
    return m_libraryStatuses.value(clusterId);
}

void WorkspaceState::setLibraryStatuses(const QString &clusterId,
                                        const QList<QJsonObject> &statuses)
{
    if (statuses.isEmpty())
        m_libraryStatuses.remove(clusterId);
    else
        m_libraryStatuses.insert(clusterId, statuses);
}

QStringList WorkspaceState::clustersWithLibraries() const
{
    QStringList ids = m_libraryStatuses.keys();
    ids.sort();
    return ids;
}

void WorkspaceState::setPinned(const QString &clusterId, bool pinned)
{
    if (pinned)
        m_pinned.insert(clusterId);
    else
        m_pinned.remove(clusterId);
}

QList<QJsonObject> WorkspaceState::jobs() const
{
    QList<QJsonObject> result;
    result.reserve(static_cast<qsizetype>(m_jobs.size()));
    for (const auto &[id, job] : m_jobs)
        result.append(job);
    return result;
}

std::optional<QJsonObject> WorkspaceState::job(qint64 jobId) const
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return std::nullopt;
    return it->second;
}

void WorkspaceState::putJob(const QJsonObject &job)
{
    m_jobs[jobIdOf(job)] = job;
}

bool WorkspaceState::removeJob(qint64 jobId)
{
    return m_jobs.erase(jobId) > 0;
}

qint64 WorkspaceState::nextJobId() const
{
    return m_jobs.empty() ? 1 : m_jobs.rbegin()->first + 1;
}

std::optional<QJsonObject> WorkspaceState::run(qint64 runId) const
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return std::nullopt;
    return it->second;
}

void WorkspaceState::putRun(const QJsonObject &run)
{
    const qint64 runId = runIdOf(run);
    m_runs[runId] = run;
    m_nextRunId = std::max(m_nextRunId, runId + 1);
    indexTaskRuns(run);
}

void WorkspaceState::removeRun(qint64 runId)
{
    m_runs.erase(runId);
    m_taskRunToRun.removeIf(
        [runId](QHash<qint64, qint64>::iterator entry) { return entry.value() == runId; });
    m_idempotencyTokens.removeIf(
        [runId](QHash<QString, qint64>::iterator entry) { return entry.value() == runId; });
}

std::optional<qint64> WorkspaceState::runOfTaskRun(qint64 taskRunId) const
{
    const auto it = m_taskRunToRun.constFind(taskRunId);
    if (it == m_taskRunToRun.constEnd())
        return std::nullopt;
    return *it;
}

qint64 WorkspaceState::allocateRunId()
{
    return m_nextRunId++;
}

std::optional<qint64> WorkspaceState::runForIdempotencyToken(const QString &token) const
{
    const auto it = m_idempotencyTokens.constFind(token);
    if (it == m_idempotencyTokens.constEnd())
        return std::nullopt;
    return *it;
}

void WorkspaceState::rememberIdempotencyToken(const QString &token, qint64 runId)
{
    m_idempotencyTokens.insert(token, runId);
}

qint64 WorkspaceState::jobIdOf(const QJsonObject &job)
{
    return wholeNumber(job.value(QStringLiteral("job_id"))).value_or(0);
}

qint64 WorkspaceState::runIdOf(const QJsonObject &run)
{
    return wholeNumber(run.value(QStringLiteral("run_id"))).value_or(0);
}

void WorkspaceState::indexTaskRuns(const QJsonObject &run)
{
    const qint64 runId = runIdOf(run);
    const QJsonArray tasks = run.value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &task : tasks) {
        const qint64 taskRunId = runIdOf(task.toObject());
        if (taskRunId > 0) {
            m_taskRunToRun.insert(taskRunId, runId);
            m_nextRunId = std::max(m_nextRunId, taskRunId + 1);
        }
    }
    const QJsonArray repairs = run.value(QStringLiteral("repair_history")).toArray();
    for (const QJsonValue &repair : repairs) {
        const qint64 id = wholeNumber(repair.toObject().value(QStringLiteral("id"))).value_or(0);
        m_nextRunId = std::max(m_nextRunId, id + 1);
    }
}

} // namespace brickdesk::emulator
