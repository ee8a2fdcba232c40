#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace brickdesk::emulator {

// The workspace's objects, held as the JSON the API answers with so that every field a client
// may read survives a save and a reload. Clusters keep their insertion order; jobs are kept sorted
// by job_id. When backed by a file, save() writes it atomically (QSaveFile).
class WorkspaceState
{
public:
    void reset(const QList<QJsonObject> &clusters, const QList<QJsonObject> &jobs);

    const QList<QJsonObject> &clusters() const { return m_clusters; }
    std::optional<QJsonObject> cluster(const QString &clusterId) const;
    void putCluster(const QJsonObject &cluster); // inserts, or replaces the same cluster_id

    QList<QJsonObject> jobs() const; // ascending job_id
    std::optional<QJsonObject> job(qint64 jobId) const;
    void putJob(const QJsonObject &job); // inserts, or replaces the same job_id
    qint64 nextJobId() const;

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

private:
    QList<QJsonObject> m_clusters;
    std::map<qint64, QJsonObject> m_jobs;
    QString m_filePath;
};

} // namespace brickdesk::emulator
