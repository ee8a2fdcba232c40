#pragma once

#include <QString>
#include <optional>

namespace brickdesk::emulator {

class DbfsStore;

// Writes the _delta_log of a generated Delta table (see DeltaLogGenerator) with `commitCount`
// commits (at least 1) into the DBFS folder `path` (normalised), making the folder when missing.
// A _delta_log already there is replaced, so that an emulator restarted on the same state folder
// writes the same table again instead of failing. Only the log: no data files, and no checkpoint
// or _last_checkpoint (a Parquet checkpoint cannot be written here). Commit files get
// modification times about a minute apart, the last two seconds before endMs. The error, or
// nothing on success.
std::optional<QString> writeGeneratedDeltaTable(DbfsStore &store, const QString &path,
                                                int commitCount, qint64 endMs);

} // namespace brickdesk::emulator
