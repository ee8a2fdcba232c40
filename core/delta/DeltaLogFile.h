#pragma once

#include <QString>
#include <optional>

namespace brickdesk {

// What a file in a table's `_delta_log` folder is, from its name alone (delta-io/delta
// PROTOCOL.md): commits `<20-digit version>.json`, classic checkpoints `<v>.checkpoint.parquet`,
// multi-part `<v>.checkpoint.<i>.<n>.parquet`, v2 `<v>.checkpoint.<uuid>.json|parquet`, checksums
// `<v>.crc`, log compactions `<x>.<y>.compacted.json`, and `_last_checkpoint`.
struct DeltaLogFile
{
    enum class Kind
    {
        Commit,
        Checkpoint,
        MultiPartCheckpoint,
        V2Checkpoint,
        Checksum,
        Compaction,
        LastCheckpoint
    };
    Kind kind = Kind::Commit;
    qint64 version = -1;    // for a compaction: its first version
    qint64 endVersion = -1; // compactions only
    int part = 0;           // multi-part checkpoints: 1..parts
    int parts = 0;
};

// Nothing for names that are none of these (temporary files, `_sidecars`, ...).
std::optional<DeltaLogFile> classifyDeltaLogFile(const QString &fileName);

} // namespace brickdesk
