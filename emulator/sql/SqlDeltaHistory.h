#pragma once

#include "SqlEngine.h"
#include "SqlPlan.h"
#include "dbfs/DeltaHistoryReader.h"

#include <QString>
#include <QVariantList>
#include <optional>

namespace brickdesk::emulator {

// DESCRIBE HISTORY for Delta tables on DBFS:
//   DESCRIBE|DESC HISTORY delta.`/path` | delta.`dbfs:/path` [LIMIT n] [;]
// (keywords in any case). Fills `plan` (kind DeltaHistory, deltaPath, deltaHistoryLimit) or sets
// plan->failure: a syntax error, or a table given by name (the emulator's named tables are
// SQLite tables, never Delta).
void planDescribeHistory(SqlPlan *plan, const QString &statement);

// What DESCRIBE HISTORY and RESTORE share: the syntax error at token i (or at the end), and the
// `delta.\`path\`` at token *i — its path, with *i moved past it, or nothing with
// plan->failure set (`needsPath` when a table name stands there, else a syntax error).
SqlFailure sqlSyntaxErrorAt(const QList<SqlToken> &tokens, const QString &statement, qsizetype i);
std::optional<QString> takeDeltaPath(SqlPlan *plan, const QString &statement, qsizetype *i,
                                     SqlFailure (*needsPath)(const QString &, qsizetype));

// Databricks' DESCRIBE HISTORY columns, in order, with their types.
QList<SqlResultColumn> deltaHistoryColumns();

// One row, a value per column, as the result table stores it: version and readVersion as
// integers, timestamp as sqlTimestampText, isBlindAppend 1/0, operationParameters and
// operationMetrics as JSON objects of strings (or null), job and notebook as JSON objects with
// every field of their struct in order (null when missing), the rest as text. A commit without
// commitInfo has nulls after its timestamp.
QVariantList deltaHistoryRow(const DeltaHistoryCommit &commit);

} // namespace brickdesk::emulator
