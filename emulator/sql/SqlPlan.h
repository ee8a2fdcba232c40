#pragma once

#include "SqlFailure.h"
#include "SqlText.h"
#include "SqlTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace brickdesk::emulator {

// What the emulator runs for one submitted statement: SQLite text (named parameters turned into
// '?', "catalog.schema.table" into "schema.table", the "default" schema into SQLite's "main"),
// or a translation of the Databricks statements SQLite does not have (SHOW TABLES, SHOW
// SCHEMAS, SHOW CATALOGS, SHOW COLUMNS, DESCRIBE, USE), or DESCRIBE HISTORY or RESTORE of a
// Delta table.
struct SqlPlan
{
    enum class Kind
    {
        Query,        // rows: materialised into a result table
        Change,       // INSERT, UPDATE, DELETE: a row with the counts
        Definition,   // CREATE, DROP, ALTER: no rows
        Nothing,      // USE: only checked
        DeltaHistory, // DESCRIBE HISTORY delta.`path`: rows read from the table's _delta_log
        DeltaRestore  // RESTORE delta.`path` TO VERSION AS OF n: a commit written to it
    };
    Kind kind = Kind::Query;
    QString sql;
    QList<qsizetype> sqlTokenEnds;     // where each token of scan ends in `sql` (-1: left out)
    QString probeSql;                  // queries: the text with NULL for each parameter
    QStringList parameters;            // the :name behind each '?', in order
    QList<qsizetype> parameterOffsets; // where each is in the statement
    QList<SqlColumnType> fixedTypes;   // translated statements: their columns' types
    QString changeVerb;                // Change: INSERT, UPDATE, DELETE or REPLACE
    QString requiredSchema;            // a schema (Databricks name) that must exist
    QString requiredSchemaCatalog;     // for its error message
    std::optional<SqlFailure> failure; // refused before it runs
    std::optional<SqlFailure> failureWhenEmpty; // DESCRIBE of a table that is not there
    QString deltaPath;               // DeltaHistory, DeltaRestore: the DBFS path as written
    qint64 deltaHistoryLimit = -1;   // DeltaHistory: LIMIT n; -1: none
    qint64 deltaRestoreVersion = -1; // DeltaRestore: VERSION AS OF n (may be negative)
    SqlScan scan;
};

// `currentSchema`: the Databricks schema the statement runs in (the request's schema, else
// "default"); tables a CREATE names without a schema go there.
SqlPlan planSqlStatement(const QString &statement, const QString &currentSchema);

// The catalogs the emulator answers to ("main", "hive_metastore"): both hold the same schemas.
bool isKnownSqlCatalog(const QString &catalog);
// A Databricks schema name as SQLite knows it ("default" is SQLite's "main").
QString sqliteSchemaName(const QString &schema);

} // namespace brickdesk::emulator
