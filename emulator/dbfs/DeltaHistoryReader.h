#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// One commit of a Delta table as DESCRIBE HISTORY lists it.
struct DeltaHistoryCommit
{
    qint64 version = -1;
    qint64 timestampMs = 0;
    // The commitInfo action; nothing when the commit has none or its line is not JSON (the
    // row then shows nulls instead of failing the whole history).
    std::optional<QJsonObject> commitInfo;
};

// A commit file of a table's _delta_log: <20-digit version>.json.
struct DeltaCommitFile
{
    qint64 version = -1;
    QString path; // the local file
    qint64 modifiedMs = 0;
};

// The commit files in the local _delta_log folder `logDir`, by version (checkpoints, checksums,
// _last_checkpoint, compacted logs, temporary files and folders are left out); empty when the
// folder is missing.
QList<DeltaCommitFile> deltaCommitFiles(const QString &logDir);
// "00000000000000000042.json" for 42.
QString deltaCommitFileName(qint64 version);

// Reads the history of the Delta table in the local folder `tableDir` from its _delta_log commit
// files (<20-digit version>.json; checkpoints, checksums and other files are not read), newest
// first, at most `limit` commits (-1: all). History starts at the earliest commit file still
// there. Timestamps are Delta's: the commit file's modification time, moved to the previous
// commit's timestamp + 1 ms when it is not after it; when the latest metaData in the commit files
// enables In-Commit Timestamps (delta.enableInCommitTimestamps = true), a commit's
// commitInfo.inCommitTimestamp instead, for the commits that have one. Nothing when the folder
// has no _delta_log or it holds no commit file: not a Delta table.
std::optional<QList<DeltaHistoryCommit>> readDeltaHistory(const QString &tableDir, qint64 limit);

} // namespace brickdesk::emulator
