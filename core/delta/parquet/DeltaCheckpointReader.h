#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk {

// What Brickdesk takes from one Delta checkpoint file (`<v>.checkpoint.parquet`, one part of a
// multi-part checkpoint, a v2 checkpoint or one of its sidecars).
struct DeltaCheckpointContent
{
    // The metaData action, shaped like a commit's: id, name, description,
    // format{provider, options{}}, schemaString, partitionColumns[], configuration{},
    // createdTime — only the fields present.
    std::optional<QJsonObject> metaData;
    // minReaderVersion, minWriterVersion, readerFeatures[], writerFeatures[] when present.
    std::optional<QJsonObject> protocol;
    qint64 addFileCount = 0;  // rows whose add.path is not null
    QStringList sidecarFiles; // v2 checkpoints: sidecar.path values, in row order
};

// Reads a checkpoint held in memory. Only the columns above are decoded, so a codec or encoding
// Brickdesk does not read matters only where it is used for them. A file that is not Parquet, is
// damaged, holds more than one metaData or protocol action, or exceeds the reader's limits gives
// std::nullopt and a message for the user in `error`.
std::optional<DeltaCheckpointContent> readDeltaCheckpoint(const QByteArray &parquetFile,
                                                          QString *error);

} // namespace brickdesk
