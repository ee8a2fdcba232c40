#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// An add or remove action, as the detail pane shows it.
struct DeltaFileChange
{
    bool added = true;
    QString path;
    qint64 size = -1; // -1 when the action does not say
    QJsonObject partitionValues;
    bool dataChange = true;
};

// One commit of a Delta table (`_delta_log/<version>.json`): its commitInfo with the fields and
// meaning of DESCRIBE HISTORY, what it added and removed, and the metaData / protocol it set.
// A line that is not JSON, an action that is not an object, or an unknown action becomes a
// warning on this commit only; the rest of the commit still counts.
struct DeltaCommit
{
    qint64 version = -1;
    bool hasCommitInfo = false;
    QDateTime commitInfoTimestamp;           // commitInfo.timestamp (writer's clock)
    std::optional<qint64> inCommitTimestamp; // ms, when In-Commit Timestamps are on
    QString operation;
    QJsonObject operationParameters;
    QJsonObject operationMetrics;
    QString userId;
    QString userName;
    QJsonObject job;
    QJsonObject notebook;
    QString clusterId;
    std::optional<qint64> readVersion;
    QString isolationLevel;
    std::optional<bool> isBlindAppend;
    QString engineInfo;
    QString userMetadata;

    int filesAdded = 0;
    int filesRemoved = 0;
    qint64 bytesAdded = 0;
    qint64 bytesRemoved = 0;
    // The first kMaxFileSamples file actions in line order, and the files per partition
    // ("date=2024-01-01/country=NL") for at most kMaxPartitions partitions: a commit of a million
    // files keeps its counts exact but not a million entries.
    static constexpr int kMaxFileSamples = 200;
    static constexpr int kMaxPartitions = 500;
    QList<DeltaFileChange> fileSamples;
    QMap<QString, int> partitionsAdded;
    QMap<QString, int> partitionsRemoved;
    bool partitionsTruncated = false;
    std::optional<QJsonObject> metaData; // the table's metadata as of this commit, if it set it
    std::optional<QJsonObject> protocol;
    int actionCount = 0;
    QStringList warnings; // "line 3: …", in line order
};

// Rows a commit wrote, from its operationMetrics (as DESCRIBE HISTORY reports them): WRITE and
// CREATE/REPLACE numOutputRows, MERGE numTargetRowsInserted/Updated/Deleted, UPDATE
// numUpdatedRows, DELETE numDeletedRows. -1 where the metrics do not say.
struct DeltaRowChanges
{
    qint64 inserted = -1;
    qint64 updated = -1;
    qint64 deleted = -1;
};
DeltaRowChanges rowChangesOf(const DeltaCommit &commit);

// Parses the newline-delimited actions of commit `version`.
DeltaCommit parseDeltaCommit(qint64 version, const QByteArray &content);

// `_delta_log/_last_checkpoint`.
struct DeltaLastCheckpoint
{
    qint64 version = -1;
    qint64 size = -1;
    std::optional<int> parts;
    std::optional<qint64> sizeInBytes;
    std::optional<qint64> numOfAddFiles;
};
std::optional<DeltaLastCheckpoint> parseLastCheckpoint(const QByteArray &content, QString *error);

} // namespace brickdesk
