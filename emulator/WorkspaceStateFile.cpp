// WorkspaceState's file format: toJson/fromJson, load and save.

#include "WorkspaceState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>

namespace brickdesk::emulator {

namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kFormatValue = QStringLiteral("brickdesk-emulator-state");
const QString kVersionKey = QStringLiteral("version");
constexpr int kVersion = 1; // later keys are optional, so files of the first layout still load
const QString kClustersKey = QStringLiteral("clusters");
const QString kJobsKey = QStringLiteral("jobs");
const QString kRunsKey = QStringLiteral("runs");
const QString kEventsKey = QStringLiteral("cluster_events");
const QString kLibrariesKey = QStringLiteral("cluster_libraries");
const QString kPinnedKey = QStringLiteral("pinned_clusters");
const QString kTokensKey = QStringLiteral("idempotency_tokens");
const QString kNextRunIdKey = QStringLiteral("next_run_id");
const QString kClusterIdKey = QStringLiteral("cluster_id");

QJsonArray toArray(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return array;
}

QList<QJsonObject> objectsOf(const QJsonArray &array)
{
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            objects.append(value.toObject());
    }
    return objects;
}

} // namespace

QJsonObject WorkspaceState::toJson() const
{
    QJsonArray jobs;
    for (const auto &[id, job] : m_jobs)
        jobs.append(job);
    QJsonArray runs;
    for (const auto &[id, run] : m_runs)
        runs.append(run);
    QJsonObject events;
    for (auto it = m_clusterEvents.constBegin(); it != m_clusterEvents.constEnd(); ++it)
        events.insert(it.key(), toArray(it.value()));
    QJsonObject libraries;
    for (auto it = m_libraryStatuses.constBegin(); it != m_libraryStatuses.constEnd(); ++it)
        libraries.insert(it.key(), toArray(it.value()));
    QStringList pinnedIds = m_pinned.values();
    pinnedIds.sort();
    QJsonObject tokens;
    for (auto it = m_idempotencyTokens.constBegin(); it != m_idempotencyTokens.constEnd(); ++it)
        tokens.insert(it.key(), it.value());

    QJsonObject root{{kFormatKey, kFormatValue},
                     {kVersionKey, kVersion},
                     {kClustersKey, toArray(m_clusters)},
                     {kJobsKey, jobs},
                     {kRunsKey, runs},
                     {kEventsKey, events},
                     {kLibrariesKey, libraries},
                     {kPinnedKey, QJsonArray::fromStringList(pinnedIds)},
                     {kTokensKey, tokens},
                     {kNextRunIdKey, m_nextRunId}};
    for (const auto &[key, section] : m_sections)
        root.insert(key, section.save());
    return root;
}

void WorkspaceState::addSection(const QString &key, Section section)
{
    m_sections[key] = std::move(section);
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
    for (const QString &key : {kClustersKey, kJobsKey, kRunsKey, kPinnedKey}) {
        if (root.contains(key) && !root.value(key).isArray()) {
            *error = QLatin1Char('"') + key + QStringLiteral("\" is not an array");
            return false;
        }
    }
    for (const QString &key : {kEventsKey, kLibrariesKey, kTokensKey}) {
        if (root.contains(key) && !root.value(key).isObject()) {
            *error = QLatin1Char('"') + key + QStringLiteral("\" is not an object");
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
        const qint64 id = jobIdOf(job);
        if (!jobArray.at(i).isObject() || id <= 0) {
            *error = QStringLiteral("jobs[%1] has no positive integer \"job_id\"").arg(i);
            return false;
        }
        if (!job.value(QStringLiteral("settings")).isObject()) {
            *error = QStringLiteral("jobs[%1] has no \"settings\" object").arg(i);
            return false;
        }
        if (jobIds.contains(id)) {
            *error = QStringLiteral("job_id %1 appears twice").arg(id);
            return false;
        }
        jobIds.insert(id);
        jobs.append(job);
    }

    QList<QJsonObject> runs;
    const QJsonArray runArray = root.value(kRunsKey).toArray();
    for (qsizetype i = 0; i < runArray.size(); ++i) {
        const QJsonObject run = runArray.at(i).toObject();
        if (!runArray.at(i).isObject() || runIdOf(run) <= 0) {
            *error = QStringLiteral("runs[%1] has no positive integer \"run_id\"").arg(i);
            return false;
        }
        runs.append(run);
    }

    // An area whose JSON is unusable keeps its contents (those read before it do not); the
    // emulator then refuses to start, so nothing half-loaded is ever served.
    QSet<QString> sectionsRead;
    for (const auto &[key, section] : m_sections) {
        if (!root.contains(key))
            continue;
        QString reason;
        if (!section.load(root.value(key), &reason)) {
            *error = QLatin1Char('"') + key + QStringLiteral("\": ") + reason;
            return false;
        }
        sectionsRead.insert(key);
    }
    m_sectionsRead = sectionsRead;

    reset(clusters, jobs);
    for (const QJsonObject &run : std::as_const(runs))
        putRun(run);
    const QJsonObject events = root.value(kEventsKey).toObject();
    for (auto it = events.constBegin(); it != events.constEnd(); ++it) {
        if (clusterIds.contains(it.key()))
            m_clusterEvents.insert(it.key(), objectsOf(it.value().toArray()));
    }
    const QJsonObject libraries = root.value(kLibrariesKey).toObject();
    for (auto it = libraries.constBegin(); it != libraries.constEnd(); ++it) {
        if (clusterIds.contains(it.key()))
            setLibraryStatuses(it.key(), objectsOf(it.value().toArray()));
    }
    const QJsonArray pinned = root.value(kPinnedKey).toArray();
    for (const QJsonValue &id : pinned) {
        if (clusterIds.contains(id.toString()))
            m_pinned.insert(id.toString());
    }
    const QJsonObject tokens = root.value(kTokensKey).toObject();
    for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it)
        m_idempotencyTokens.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
    m_nextRunId = std::max(m_nextRunId, static_cast<qint64>(root.value(kNextRunIdKey).toDouble(0)));
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
