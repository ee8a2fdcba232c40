#pragma once

#include "SqlFailure.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// RESTORE's numbers, as its result row and its commitInfo.operationMetrics give them.
struct DeltaRestoreMetrics
{
    qint64 tableSizeAfterRestore = 0;
    qint64 numOfFilesAfterRestore = 0;
    qint64 numRemovedFiles = 0;
    qint64 numRestoredFiles = 0;
    qint64 removedFilesSize = 0;
    qint64 restoredFilesSize = 0;
};

struct DeltaRestoreOutcome
{
    std::optional<SqlFailure> failure;
    // Nothing written: `version` is the latest version already (Delta answers such a RESTORE
    // with no rows and no commit).
    bool unchanged = false;
    qint64 committedVersion = -1;
    DeltaRestoreMetrics metrics;
};

// RESTORE of the Delta table in the local folder `tableDir` (empty: no folder for the path) to
// `version`, as Delta's RestoreTableCommand does it: the log is replayed from version 0 (the
// emulator reads no Parquet checkpoint) to find the files of `version` and the live ones, keyed
// by path and deletion vector; a new commit, latest + 1, then holds commitInfo (operation
// RESTORE), the metaData of `version` as written, the protocol (never lower than the latest: the
// higher of the two, merged when neither covers the other), an add for each file of `version`
// that is not live (as written, dataChange true, deletion vector included) and a remove for each
// live file that `version` does not have (deletionTimestamp `nowMs`). In-Commit Timestamps are
// written when the restored metaData enables them. `pathAsWritten` is for the messages.
DeltaRestoreOutcome restoreDeltaTable(const QString &tableDir, const QString &pathAsWritten,
                                      qint64 version, qint64 nowMs);

enum class DeltaCommitWrite
{
    Written,
    AlreadyExists, // another writer took the version: nothing was written
    Failed
};

// Writes the commit file of `version` into the local _delta_log folder `logDir` atomically and
// without ever replacing one: the content goes to a hidden temporary file in the same folder
// (flushed to disk, its modification time set to `modifiedMs`), which is then hard-linked to the
// commit's name (link() fails when the name exists) and removed. Readers see the whole file or
// none; a partial file never has the commit's name. *error tells why when it is not Written.
DeltaCommitWrite writeDeltaCommitFile(const QString &logDir, qint64 version,
                                      const QByteArray &content, qint64 modifiedMs, QString *error);

} // namespace brickdesk::emulator
