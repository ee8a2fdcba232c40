#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <map>
#include <optional>

namespace brickdesk::emulator {

// The workspace's objects, held as the JSON the API answers with so that every field a client
// may read survives a save and a reload. Clusters keep their insertion order; jobs and runs are
// kept sorted by id. Besides the objects: each cluster's event log and library statuses, the
// pinned clusters, the run id sequence and the idempotency tokens already used.
// When backed by a file, save() writes it atomically (QSaveFile).
class WorkspaceState
{
public:
    void reset(const QList<QJsonObject> &clusters, const QList<QJsonObject> &jobs);

    // Clusters.
    const QList<QJsonObject> &clusters() const { return m_clusters; }
    std::optional<QJsonObject> cluster(const QString &clusterId) const;
    void putCluster(const QJsonObject &cluster); // inserts, or replaces the same cluster_id
    // Removes the cluster with its events, libraries and pin.
    bool removeCluster(const QString &clusterId);

    const QList<QJsonObject> &clusterEvents(const QString &clusterId) const;
    void appendClusterEvent(const QString &clusterId, const QJsonObject &event);

    QList<QJsonObject> libraryStatuses(const QString &clusterId) const;
    void setLibraryStatuses(const QString &clusterId, const QList<QJsonObject> &statuses);
    QStringList clustersWithLibraries() const;

    bool isPinned(const QString &clusterId) const { return m_pinned.contains(clusterId); }
    void setPinned(const QString &clusterId, bool pinned);

    // Jobs.
    QList<QJsonObject> jobs() const; // ascending job_id
    const std::map<qint64, QJsonObject> &jobMap() const { return m_jobs; }
    std::optional<QJsonObject> job(qint64 jobId) const;
    void putJob(const QJsonObject &job); // inserts, or replaces the same job_id
    bool removeJob(qint64 jobId);
    qint64 nextJobId() const;

    // Runs, as runs/get answers them (without run_page_url, which depends on the address).
    const std::map<qint64, QJsonObject> &runs() const { return m_runs; }
    std::optional<QJsonObject> run(qint64 runId) const;
    void putRun(const QJsonObject &run); // inserts or replaces; indexes its task runs
    void removeRun(qint64 runId);
    // The job run a task run id belongs to.
    std::optional<qint64> runOfTaskRun(qint64 taskRunId) const;
    // Run, task run and repair ids come from one ascending sequence.
    qint64 allocateRunId();

    std::optional<qint64> runForIdempotencyToken(const QString &token) const;
    void rememberIdempotencyToken(const QString &token, qint64 runId);

    // Areas that keep their own objects (secrets, key vaults) save them in the same file under
    // their own key: `save` gives the JSON, `load` takes it back (false with *error set when it
    // is unusable). A file without the key leaves the area as it was; hasSection() says
    // whether the last file read had it.
    struct Section
    {
        std::function<QJsonValue()> save;
        std::function<bool(const QJsonValue &, QString *)> load;
    };
    void addSection(const QString &key, Section section);
    bool hasSection(const QString &key) const { return m_sectionsRead.contains(key); }

    QJsonObject toJson() const;
    // Replaces the contents with `root` (the toJson() shape) or, on failure, leaves them as they
    // were and says why in *error.
    bool fromJson(const QJsonObject &root, QString *error);

    // Reads filePath and remembers it for save(). The error names the file.
    bool load(const QString &filePath, QString *error);
    // Writes to filePath (creating its folder) and remembers it for save().
    bool saveAs(const QString &filePath, QString *error);
    // Writes to the remembered file; true without doing anything when there is none.
    bool save(QString *error) const;
    QString filePath() const { return m_filePath; }

    static qint64 jobIdOf(const QJsonObject &job);
    static qint64 runIdOf(const QJsonObject &run);

private:
    void indexTaskRuns(const QJsonObject &run);

    QList<QJsonObject> m_clusters;
    QHash<QString, QList<QJsonObject>> m_clusterEvents;
    QHash<QString, QList<QJsonObject>> m_libraryStatuses;
    QSet<QString> m_pinned;
    std::map<qint64, QJsonObject> m_jobs;
    std::map<qint64, QJsonObject> m_runs;
    QHash<qint64, qint64> m_taskRunToRun;
    QHash<QString, qint64> m_idempotencyTokens;
    qint64 m_nextRunId = kFirstRunId;
    QString m_filePath;
    std::map<QString, Section> m_sections;
    QSet<QString> m_sectionsRead;

    static constexpr qint64 kFirstRunId = 482'019'317'441'902LL;
};

} // namespace brickdesk::emulator
