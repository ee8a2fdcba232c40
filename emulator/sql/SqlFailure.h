#pragma once

#include "SqlText.h"

#include <QString>
#include <functional>

namespace brickdesk::emulator {

// Why a statement FAILED, as status.error and status.sql_state carry it.
struct SqlFailure
{
    QString errorCode = QStringLiteral("BAD_REQUEST");
    QString message;
    QString sqlState;
};

// The Databricks SQL spelling of SQLite's errors, with where in the statement they are (line from
// 1, pos from 0, found again in `statement`, the text as submitted):
//   near "X": syntax error  → [PARSE_SYNTAX_ERROR] ... SQLSTATE: 42601 (line L, pos P)
//   no such table: t        → [TABLE_OR_VIEW_NOT_FOUND] ... SQLSTATE: 42P01; line L pos P
//   no such column: c       → [UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] ... SQLSTATE: 42703; ...
// and a few more; anything else keeps SQLite's text under a generic error class.
// When the token SQLite names appears more than once, `errorsAt` (when given) tells whether the
// text up to token i already fails with the same message: the first one that does is the place.
using SqlErrorProbe = std::function<bool(qsizetype tokenIndex)>;
SqlFailure sqlFailureFromSqlite(const QString &sqliteMessage, const QString &statement,
                                const SqlScan &scan, const SqlErrorProbe &errorsAt = {});

// [PARSE_SYNTAX_ERROR] at `offset` (`nearText` quoted, or "end of input" when empty) with an
// explanation after it.
SqlFailure sqlSyntaxError(const QString &statement, qsizetype offset, const QString &nearText,
                          const QString &explanation = {});
// [UNBOUND_SQL_PARAMETER] for :name at `offset`.
SqlFailure sqlUnboundParameter(const QString &statement, qsizetype offset, const QString &name);
// [SCHEMA_NOT_FOUND] and [CATALOG_NOT_FOUND].
SqlFailure sqlSchemaNotFound(const QString &catalog, const QString &schema);
SqlFailure sqlCatalogNotFound(const QString &catalog);
// [UNSUPPORTED_FEATURE] for a statement the emulator does not run (its first word).
SqlFailure sqlUnsupportedStatement(const SqlToken &firstWord);
// [TABLE_OR_VIEW_NOT_FOUND] for a name whose parts are `parts`, at `offset`.
SqlFailure sqlTableNotFound(const QString &statement, qsizetype offset, const QStringList &parts);
// [DELTA_MISSING_DELTA_TABLE] for a DESCRIBE HISTORY path (as written) that holds no Delta
// table: no _delta_log, or no commit file in it.
SqlFailure sqlNotADeltaTable(const QString &path);
// DESCRIBE HISTORY of a table by name: the emulator's tables are SQLite tables, never Delta.
SqlFailure sqlDeltaHistoryNeedsPath(const QString &statement, qsizetype offset);

// RESTORE failures.
// A table by name (as for DESCRIBE HISTORY), and TIMESTAMP AS OF, at `offset`.
SqlFailure sqlDeltaRestoreNeedsPath(const QString &statement, qsizetype offset);
SqlFailure sqlDeltaRestoreByTimestamp(const QString &statement, qsizetype offset);
// [DELTA_CANNOT_RESTORE_TABLE_VERSION]: `version` outside [earliest, latest].
SqlFailure sqlDeltaCannotRestoreVersion(qint64 version, qint64 earliest, qint64 latest);
// [DELTA_CONCURRENT_WRITE]: another writer committed `version` of the table at `path` first.
SqlFailure sqlDeltaConcurrentWrite(const QString &path, qint64 version);
// The log has no commit file for version 0 (the earliest is `earliest`): the emulator cannot
// rebuild the table's state from a Parquet checkpoint.
SqlFailure sqlDeltaRestoreNeedsVersionZero(const QString &path, qint64 earliest);
// [DELTA_VERSIONS_NOT_CONTIGUOUS]: the commit files between `before` and `after` are missing.
SqlFailure sqlDeltaVersionsNotContiguous(qint64 before, qint64 after);
// [DELTA_STATE_RECOVER_ERROR]: no `what` ("protocol", "metadata") up to `version`.
SqlFailure sqlDeltaStateNotRecovered(const QString &what, qint64 version);
// [FAILED_READ_FILE]: line `line` (from 1) of the commit file of `version` is not a JSON action.
SqlFailure sqlDeltaCommitUnreadable(const QString &path, qint64 version, qsizetype line);

} // namespace brickdesk::emulator
