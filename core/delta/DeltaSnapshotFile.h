#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

// The table's state as a file other than a commit records it at one version: a version checksum
// (`<v>.crc`, JSON with "metadata" and "protocol") or a checkpoint (Parquet, or JSON for v2
// checkpoints). Either spares walking back through every commit to find the schema.
struct DeltaSnapshotFile
{
    std::optional<QJsonObject> metaData;
    std::optional<QJsonObject> protocol;
    qint64 numFiles = -1;
    qint64 tableSizeBytes = -1;
};

std::optional<DeltaSnapshotFile> parseDeltaChecksum(const QByteArray &content, QString *error);
// The parts of one checkpoint, in part order (one for classic and v2 checkpoints). `jsonFormat`
// for v2 checkpoints written as `<v>.checkpoint.<uuid>.json`.
std::optional<DeltaSnapshotFile> parseDeltaCheckpoint(const QList<QByteArray> &parts,
                                                      bool jsonFormat, QString *error);

} // namespace brickdesk
