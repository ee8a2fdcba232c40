#pragma once

#include "SqlFailure.h"
#include "SqlPlan.h"
#include "SqlTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace brickdesk::emulator {

struct SqlResultColumn
{
    QString name;
    SqlColumnType type;
};

// A statement's result. Rows live in a SQLite temporary table (on disk, in SQLite's temporary
// files, never as Qt objects), numbered by rowid from 1; chunk i is rows
// [i × rowsPerChunk + 1, (i + 1) × rowsPerChunk].
struct SqlResultSet
{
    QString table; // empty when the statement has no rows (CREATE, USE)
    QList<SqlResultColumn> columns;
    qint64 rowCount = 0;
    bool truncated = false;
    int rowsPerChunk = 10000;
    // About the JSON size of each chunk's rows (counted up to 100,000 rows, estimated from the
    // first rows above).
    QList<qint64> chunkBytes;

    int chunkCount() const;
    qint64 chunkRowOffset(int chunk) const;
    qint64 chunkRowCount(int chunk) const;
};

struct SqlLimits
{
    qint64 rowLimit = -1;  // row_limit; -1: none
    qint64 byteLimit = -1; // byte_limit; -1: none
    int rowsPerChunk = 10000;
};

struct SqlExecution
{
    std::optional<SqlResultSet> result;
    std::optional<SqlFailure> failure;
};

// The emulator's SQL engine: one SQLite database in memory per emulator (a Qt SQL connection
// with its own name, opened in the emulator's thread on first use) with the demo schema attached
// as "demo". Synchronous: a query over the million-row demo view takes about a second.
class SqlEngine
{
public:
    SqlEngine();
    ~SqlEngine();
    Q_DISABLE_COPY_MOVE(SqlEngine)

    // Runs `plan` (`values`: one per plan.parameters entry). `statement` is the submitted text,
    // for the positions in error messages.
    SqlExecution run(const SqlPlan &plan, const QVariantList &values, const SqlLimits &limits,
                     const QString &statement);
    // The rows of one chunk as a JSON array of arrays of strings and nulls.
    QByteArray chunkRowsJson(const SqlResultSet &result, int chunk);
    // Drops the result's table.
    void drop(const SqlResultSet &result);
    // A Databricks schema name ("default", "demo").
    bool hasSchema(const QString &schema);
    // Where DESCRIBE HISTORY and RESTORE find a Delta table: the local folder of a DBFS path as
    // written ("/a/b" or "dbfs:/a/b"), or empty when it has none. Without one, every path is no
    // table.
    using DeltaTableLocator = std::function<QString(const QString &dbfsPath)>;
    void setDeltaTableLocator(DeltaTableLocator locator) { m_deltaTables = std::move(locator); }
    // The time RESTORE stamps its commit with (epoch ms); without one, the system clock.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    bool open(QString *error);
    // SQLite's error as Databricks words it, placed in the statement.
    SqlFailure failureOf(const QString &sqliteMessage, const SqlPlan &plan,
                         const QString &statement);
    std::optional<SqlFailure> probeColumns(const SqlPlan &plan, const QString &statement,
                                           QList<SqlResultColumn> *columns);
    void addTypeHints(const SqlPlan &plan, QList<SqlResultColumn> *columns);
    SqlExecution runQuery(const SqlPlan &plan, const QVariantList &values, const SqlLimits &limits,
                          const QString &statement);
    SqlExecution runChange(const SqlPlan &plan, const QVariantList &values, const SqlLimits &limits,
                           const QString &statement);
    SqlExecution runDefinition(const SqlPlan &plan, const QVariantList &values,
                               const QString &statement);
    SqlExecution runDeltaHistory(const SqlPlan &plan, const SqlLimits &limits);
    SqlExecution runDeltaRestore(const SqlPlan &plan, const SqlLimits &limits);
    // A result made from rows computed here (not by SQLite), stored like any other result.
    SqlExecution storeRows(const QList<SqlResultColumn> &columns, const QList<QVariantList> &rows,
                           const SqlLimits &limits);
    // A new result table with `columnCount` untyped columns c0, c1, ... (no type affinity, so
    // every value keeps the type it was computed with).
    QString createResultTable(int columnCount, QString *error);
    void finishResult(SqlResultSet *result, const SqlLimits &limits);

    QString m_connectionName;
    bool m_open = false;
    QString m_openError;
    quint64 m_nextTable = 1;
    DeltaTableLocator m_deltaTables;
    Clock m_clock;
};

} // namespace brickdesk::emulator
