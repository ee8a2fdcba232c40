#pragma once

#include <QtGlobal>

namespace brickdesk::emulator {

class DbfsStore;

// The demo workspace's DBFS tree, written into an empty store: /FileStore/tables (CSV and JSON
// files), /FileStore/jars/udfs-1.0.jar (a real, small zip), /tmp, /mnt/raw/events (JSON lines),
// /user/hive/warehouse/sales_delta (a Delta table: three commits in _delta_log and its
// parquet-named data files), /user/hive/warehouse/trips_delta (the _delta_log of a generated
// table of kDemoDeltaCommits commits ending at nowMs, see DeltaLogGenerator) and
// /databricks-datasets/README.md. The same bytes on every run; modification times follow the
// demo timeline relative to nowMs.
inline constexpr int kDemoDeltaCommits = 120;
void seedDemoDbfs(DbfsStore &store, qint64 nowMs);

} // namespace brickdesk::emulator
