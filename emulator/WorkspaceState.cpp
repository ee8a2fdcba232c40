#include "WorkspaceState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace brickdesk::emulator {

namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kFormatValue = QStringLiteral("brickdesk-emulator-state");
const QString kVersionKey = QStringLiteral("version");
constexpr int kVersion = 1;
const QString kClustersKey = QStringLiteral("clusters");
const QString kJobsKey = QStringLiteral("jobs");
const QString kClusterIdKey = QStringLiteral("cluster_id");
const QString kJobIdKey = QStringLiteral("job_id");

// JSON numbers are doubles: a job id is valid when it is a positive whole number that a double
// holds exactly.
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
    for (const QJsonObject &cluster : clusters)
        putCluster(cluster);
    m_jobs.clear();
    for (const QJsonObject &job : jobs)
        putJob(job);
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

qint64 WorkspaceState::nextJobId() const
{
    return m_jobs.empty() ? 1 : m_jobs.rbegin()->first + 1;
}

qint64 WorkspaceState::jobIdOf(const QJsonObject &job)
{
    return wholeNumber(job.value(kJobIdKey)).value_or(0);
}

QJsonObject WorkspaceState::toJson() const
{
    QJsonArray clusters;
    for (const QJsonObject &cluster : m_clusters)
        clusters.append(cluster);
    QJsonArray jobs;
    for (const auto &[id, job] : m_jobs)
        jobs.append(job);
    return QJsonObject{{kFormatKey, kFormatValue},
                       {kVersionKey, kVersion},
                       {kClustersKey, clusters},
                       {kJobsKey, jobs}};
}

bool WorkspaceState::fromJson(const QJsonObject &root, QString *error)
{
    if (root.contains(kFormatKey) && root.value(kFormatKey).toString() != kFormatValue) {
        *error = QStringLiteral("\"format\" is not \"") + kFormatValue + QLatin1Char('"');
        return false;
    }
    if (root.contains(kVersionKey) && root.value(kVersionKey).toInt(-1) != kVersion) {
        *error = QStringLiteral("unsupported \"version\" (expected %1)").arg(kVersion);
        return false;
    }
    for (const QString &key : {kClustersKey, kJobsKey}) {
        if (root.contains(key) && !root.value(key).isArray()) {
            *error = QLatin1Char('"') + key + QStringLiteral("\" is not an array");
            return false;
        }
    }

    QList<QJsonObject> clusters;
    QSet<QString> clusterIds;
    const QJsonArray clusterArray = root.value(kClustersKey).toArray();
    for (qsizetype i = 0; i < clusterArray.size(); ++i) {
        const QJsonObject cluster = clusterArray.at(i).toObject();
        const QString id = cluster.value(kClusterIdKey).toString();
        if (!clusterArray.at(i).isObject() || id.isEmpty()) {
            *error = QStringLiteral("clusters[%1] has no \"cluster_id\"").arg(i);
            return false;
        }
        if (clusterIds.contains(id)) {
            *error = QStringLiteral("cluster_id %1 appears twice").arg(id);
            return false;
        }
        clusterIds.insert(id);
        clusters.append(cluster);
    }

    QList<QJsonObject> jobs;
    QSet<qint64> jobIds;
    const QJsonArray jobArray = root.value(kJobsKey).toArray();
    for (qsizetype i = 0; i < jobArray.size(); ++i) {
        const QJsonObject job = jobArray.at(i).toObject();
        const std::optional<qint64> id = wholeNumber(job.value(kJobIdKey));
        if (!jobArray.at(i).isObject() || !id) {
            *error = QStringLiteral("jobs[%1] has no positive integer \"job_id\"").arg(i);
            return false;
        }
        if (!job.value(QStringLiteral("settings")).isObject()) {
            *error = QStringLiteral("jobs[%1] has no \"settings\" object").arg(i);
            return false;
        }
        if (jobIds.contains(*id)) {
            *error = QStringLiteral("job_id %1 appears twice").arg(*id);
            return false;
        }
        jobIds.insert(*id);
        jobs.append(job);
    }

    reset(clusters, jobs);
    return true;
}

bool WorkspaceState::load(const QString &filePath, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = QStringLiteral("Cannot load emulator state from ") +
                 QDir::toNativeSeparators(filePath) + QStringLiteral(": ") + reason;
        return false;
    };

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("not valid JSON (%1 at offset %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(QStringLiteral("the top level is not a JSON object"));
    QString reason;
    if (!fromJson(document.object(), &reason))
        return fail(reason);
    m_filePath = filePath;
    return true;
}

bool WorkspaceState::saveAs(const QString &filePath, QString *error)
{
    m_filePath = filePath;
    return save(error);
}

bool WorkspaceState::save(QString *error) const
{
    if (m_filePath.isEmpty())
        return true;
    const auto fail = [&](const QString &reason) {
        *error = QStringLiteral("Cannot save emulator state to ") +
                 QDir::toNativeSeparators(m_filePath) + QStringLiteral(": ") + reason;
        return false;
    };

    const QString dirPath = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dirPath))
        return fail(QStringLiteral("cannot create the folder"));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace brickdesk::emulator
