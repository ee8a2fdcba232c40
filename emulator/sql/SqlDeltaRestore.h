#pragma once

#include "DeltaRestore.h"
#include "SqlEngine.h"
#include "SqlPlan.h"

#include <QString>
#include <QVariantList>

namespace brickdesk::emulator {

// RESTORE of Delta tables on DBFS (keywords in any case, an optional ';'):
//   RESTORE [TABLE] delta.`/path` | delta.`dbfs:/path` [TO] VERSION|SYSTEM_VERSION AS OF n
// where n is an integer literal or a string holding one ('3', '-1'). Fills `plan` (kind
// DeltaRestore, deltaPath, deltaRestoreVersion) or sets plan->failure: a syntax error (a minus
// sign before n is one, as in Spark's grammar), a table given by name, or TIMESTAMP|SYSTEM_TIME
// AS OF, which the emulator does not answer.
void planRestore(SqlPlan *plan, const QString &statement);

// Databricks' RESTORE result columns, all LONG: table_size_after_restore,
// num_of_files_after_restore, num_removed_files, num_restored_files, removed_files_size,
// restored_files_size.
QList<SqlResultColumn> deltaRestoreColumns();
QVariantList deltaRestoreRow(const DeltaRestoreMetrics &metrics);

} // namespace brickdesk::emulator
