#include "SqlEngine.h"

#include "SqlDeltaHistory.h"
#include "SqlDeltaRestore.h"
#include "SqlDemoSchema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace brickdesk::emulator {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");
const QString kProbeView = QStringLiteral("_brickdesk_probe");
// Far more than any demo query returns; a runaway query (a cross join) stops here, truncated,
// instead of filling the disk.
constexpr qint64 kMaxResultRows = 2'000'000;
// Up to this many rows, chunk sizes are counted; above, estimated.
constexpr qint64 kExactByteCountRows = 100'000;

QAtomicInteger<quint64> s_connections;

// SQLite names repeated result columns "id", "id:1", ...; the API answers them as written.
QString writtenName(const QString &name, const QList<SqlResultColumn> &before)
{
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return name;
    bool number = false;
    name.mid(colon + 1).toInt(&number);
    const QString base = name.left(colon);
    const bool repeated = std::any_of(before.begin(), before.end(),
                                      [&base](const SqlResultColumn &c) { return c.name == base; });
    return number && repeated ? base : name;
}

QString columnList(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(QLatin1Char('c') + QString::number(i));
    return names.join(QStringLiteral(", "));
}

// About the size of a row in the answer: each value quoted with a comma, null as null.
QString rowBytesExpression(int columnCount)
{
    QStringList parts{QStringLiteral("2")};
    for (int i = 0; i < columnCount; ++i) {
        parts.append(QStringLiteral("coalesce(length(CAST(c%1 AS TEXT)) + 3, 5)").arg(i));
    }
    return parts.join(QStringLiteral(" + "));
}

} // namespace

int SqlResultSet::chunkCount() const
{
    if (rowCount <= 0)
        return 0;
    return static_cast<int>((rowCount + rowsPerChunk - 1) / rowsPerChunk);
}

qint64 SqlResultSet::chunkRowOffset(int chunk) const
{
    return static_cast<qint64>(chunk) * rowsPerChunk;
}

qint64 SqlResultSet::chunkRowCount(int chunk) const
{
    return std::clamp<qint64>(rowCount - chunkRowOffset(chunk), 0, rowsPerChunk);
}

SqlEngine::SqlEngine()
    : m_connectionName(QStringLiteral("brickdesk-emulator-sql-") +
                       QString::number(s_connections.fetchAndAddRelaxed(1) + 1))
{}

SqlEngine::~SqlEngine()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlEngine::open(QString *error)
{
    if (m_open)
        return true;
    if (!m_openError.isEmpty()) {
        *error = m_openError;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        m_openError = QStringLiteral("The emulator's SQL engine needs Qt's SQLite driver (the "
                                     "Debian package libqt6sql6-sqlite), which is not installed.");
        *error = m_openError;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        m_openError = QStringLiteral("The emulator's SQL engine cannot open its database: ") +
                      db.lastError().text();
        *error = m_openError;
        return false;
    }
    QStringList setup{// Results go to SQLite's temporary files, not to memory.
                      QStringLiteral("PRAGMA temp_store = FILE"),
                      QStringLiteral("ATTACH DATABASE ':memory:' AS demo")};
    setup += sqlDemoSchemaStatements();
    QSqlQuery query(db);
    for (const QString &sql : std::as_const(setup)) {
        if (!query.exec(sql)) {
            m_openError = QStringLiteral("The emulator's demo schema could not be made: ") +
                          query.lastError().databaseText();
            *error = m_openError;
            return false;
        }
    }
    m_open = true;
    return true;
}

SqlFailure SqlEngine::failureOf(const QString &sqliteMessage, const SqlPlan &plan,
                                const QString &statement)
{
    const QString connection = m_connectionName;
    const SqlErrorProbe errorsAt = [&plan, &sqliteMessage, &connection](qsizetype token) {
        const qsizetype end = plan.sqlTokenEnds.value(token, -1);
        if (end < 0)
            return false;
        QSqlQuery prefix(QSqlDatabase::database(connection, false));
        return !prefix.prepare(plan.sql.left(end)) &&
               prefix.lastError().databaseText() == sqliteMessage;
    };
    return sqlFailureFromSqlite(sqliteMessage, statement, plan.scan, errorsAt);
}

bool SqlEngine::hasSchema(const QString &schema)
{
    QString error;
    if (!open(&error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_database_list WHERE name <> 'temp' AND "
                                 "name = ? COLLATE NOCASE"));
    query.addBindValue(sqliteSchemaName(schema));
    return query.exec() && query.next();
}

SqlExecution SqlEngine::run(const SqlPlan &plan, const QVariantList &values,
                            const SqlLimits &limits, const QString &statement)
{
    SqlExecution execution;
    QString error;
    if (!open(&error)) {
        execution.failure =
            SqlFailure{QStringLiteral("INTERNAL_ERROR"), error, QStringLiteral("XX000")};
        return execution;
    }
    if (!plan.requiredSchema.isEmpty() && !hasSchema(plan.requiredSchema)) {
        execution.failure = sqlSchemaNotFound(plan.requiredSchemaCatalog, plan.requiredSchema);
        return execution;
    }
    if (plan.kind == SqlPlan::Kind::DeltaHistory)
        return runDeltaHistory(plan, limits); // no SQLite text to check
    if (plan.kind == SqlPlan::Kind::DeltaRestore)
        return runDeltaRestore(plan, limits);
    if (plan.kind != SqlPlan::Kind::Nothing) {
        // Preparing the statement as written finds SQLite's syntax and name errors first, in
        // the text whose tokens the plan can place.
        QSqlQuery check(QSqlDatabase::database(m_connectionName, false));
        if (!check.prepare(plan.sql)) {
            execution.failure = failureOf(check.lastError().databaseText(), plan, statement);
            return execution;
        }
    }
    switch (plan.kind) {
    case SqlPlan::Kind::Query:
        return runQuery(plan, values, limits, statement);
    case SqlPlan::Kind::Change:
        return runChange(plan, values, limits, statement);
    case SqlPlan::Kind::Definition:
        return runDefinition(plan, values, statement);
    case SqlPlan::Kind::Nothing:
    case SqlPlan::Kind::DeltaHistory:
    case SqlPlan::Kind::DeltaRestore:
        break;
    }
    execution.result = SqlResultSet();
    execution.result->rowsPerChunk = limits.rowsPerChunk;
    return execution;
}

// The result's column names and declared types, from a temporary view over the statement
// (parameters as NULL), without running it.
std::optional<SqlFailure> SqlEngine::probeColumns(const SqlPlan &plan, const QString &statement,
                                                  QList<SqlResultColumn> *columns)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.exec(QStringLiteral("DROP VIEW IF EXISTS temp.") + kProbeView);
    if (!query.exec(QStringLiteral("CREATE TEMP VIEW ") + kProbeView + QStringLiteral(" AS ") +
                    plan.probeSql)) {
        return failureOf(query.lastError().databaseText(), plan, statement);
    }
    std::optional<SqlFailure> failure;
    if (!query.exec(QStringLiteral("PRAGMA temp.table_info(") + kProbeView + QLatin1Char(')'))) {
        failure = failureOf(query.lastError().databaseText(), plan, statement);
    } else {
        while (query.next()) {
            SqlResultColumn column;
            column.name = writtenName(query.value(1).toString(), *columns);
            column.type = sqlTypeFromDeclaration(query.value(2).toString());
            columns->append(column);
        }
    }
    query.exec(QStringLiteral("DROP VIEW IF EXISTS temp.") + kProbeView);
    return failure;
}

// Columns read through a view or a subquery lose their declared type; a result column named
// like a column of a table or view the statement names takes that column's type.
void SqlEngine::addTypeHints(const SqlPlan &plan, QList<SqlResultColumn> *columns)
{
    const bool needed = std::any_of(columns->begin(), columns->end(),
                                    [](const SqlResultColumn &c) { return !c.type.isKnown(); });
    if (!needed)
        return;
    QSet<QString> named;
    for (const SqlToken &token : plan.scan.tokens) {
        if (token.isName())
            named.insert(token.text.toLower());
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery schemas(db);
    schemas.setForwardOnly(true);
    QHash<QString, QString> hints; // lower-case column name → declared type
    if (!schemas.exec(QStringLiteral("SELECT name FROM pragma_database_list")))
        return;
    while (schemas.next()) {
        const QString schema = sqlIdentifier(schemas.value(0).toString());
        QSqlQuery relations(db);
        relations.setForwardOnly(true);
        relations.exec(QStringLiteral("SELECT name FROM ") + schema +
                       QStringLiteral(".sqlite_master WHERE type IN ('table', 'view')"));
        while (relations.next()) {
            const QString relation = relations.value(0).toString();
            if (!named.contains(relation.toLower()))
                continue;
            QSqlQuery info(db);
            info.setForwardOnly(true);
            info.exec(QStringLiteral("PRAGMA ") + schema + QStringLiteral(".table_info(") +
                      sqlIdentifier(relation) + QLatin1Char(')'));
            while (info.next()) {
                const QString type = info.value(2).toString();
                if (!type.isEmpty())
                    hints.insert(info.value(1).toString().toLower(), type);
            }
        }
    }
    for (SqlResultColumn &column : *columns) {
        if (!column.type.isKnown() && hints.contains(column.name.toLower()))
            column.type = sqlTypeFromDeclaration(hints.value(column.name.toLower()));
    }
}

QString SqlEngine::createResultTable(int columnCount, QString *error)
{
    const QString table = QStringLiteral("_brickdesk_result_") + QString::number(m_nextTable++);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE ") + table + QLatin1Char('(') +
                    columnList(columnCount) + QLatin1Char(')'))) {
        *error = query.lastError().databaseText();
        return QString();
    }
    return table;
}

SqlExecution SqlEngine::runQuery(const SqlPlan &plan, const QVariantList &values,
                                 const SqlLimits &limits, const QString &statement)
{
    SqlExecution execution;
    QList<SqlResultColumn> columns;
    if (auto failure = probeColumns(plan, statement, &columns)) {
        execution.failure = failure;
        return execution;
    }
    if (plan.fixedTypes.size() == columns.size()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            columns[i].type = plan.fixedTypes.at(i);
    }
    addTypeHints(plan, &columns);

    QString error;
    SqlResultSet result;
    result.columns = columns;
    result.rowsPerChunk = limits.rowsPerChunk;
    result.table = createResultTable(static_cast<int>(columns.size()), &error);
    if (result.table.isEmpty()) {
        execution.failure = failureOf(error, plan, statement);
        return execution;
    }
    // One row past the limits tells whether the result was cut.
    const qint64 cap =
        limits.rowLimit >= 0 ? std::min(limits.rowLimit, kMaxResultRows) : kMaxResultRows;
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.setForwardOnly(true);
    const bool prepared = insert.prepare(QStringLiteral("INSERT INTO temp.") + result.table +
                                         QStringLiteral(" SELECT * FROM (") + plan.sql +
                                         QStringLiteral(") LIMIT ") + QString::number(cap + 1));
    if (prepared) {
        for (const QVariant &value : values)
            insert.addBindValue(value);
    }
    if (!prepared || !insert.exec()) {
        execution.failure = failureOf(insert.lastError().databaseText(), plan, statement);
        drop(result);
        return execution;
    }
    finishResult(&result, SqlLimits{cap, limits.byteLimit, limits.rowsPerChunk});
    if (result.rowCount == 0 && plan.failureWhenEmpty) {
        drop(result);
        execution.failure = plan.failureWhenEmpty;
        return execution;
    }
    execution.result = result;
    return execution;
}

// Counts the rows, applies the row and byte limits, types the columns left untyped from their
// first value, and sizes the chunks.
void SqlEngine::finishResult(SqlResultSet *result, const SqlLimits &limits)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString table = QStringLiteral("temp.") + result->table;
    const int columnCount = static_cast<int>(result->columns.size());
    const auto count = [&] {
        query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM ") + table);
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    result->rowCount = count();
    if (limits.rowLimit >= 0 && result->rowCount > limits.rowLimit) {
        query.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE rowid > ") +
                   QString::number(limits.rowLimit));
        result->truncated = true;
        result->rowCount = limits.rowLimit;
    }
    if (limits.byteLimit >= 0 && result->rowCount > 0) {
        query.exec(QStringLiteral("SELECT rowid FROM (SELECT rowid, sum(") +
                   rowBytesExpression(columnCount) +
                   QStringLiteral(") OVER (ORDER BY rowid) AS total FROM ") + table +
                   QStringLiteral(") WHERE total > ") + QString::number(limits.byteLimit) +
                   QStringLiteral(" ORDER BY rowid LIMIT 1"));
        if (query.next()) {
            const qint64 cut = query.value(0).toLongLong();
            query.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE rowid >= ") +
                       QString::number(cut));
            result->truncated = true;
            result->rowCount = cut - 1;
        }
    }
    for (int i = 0; i < columnCount; ++i) {
        SqlColumnType &type = result->columns[i].type;
        if (type.isKnown())
            continue;
        query.exec(QStringLiteral("SELECT typeof(c%1) FROM %2 WHERE c%1 IS NOT NULL LIMIT 1")
                       .arg(QString::number(i), table));
        type = sqlTypeFromValue(query.next() ? query.value(0).toString() : QString());
    }
    result->chunkBytes = QList<qint64>(result->chunkCount(), 0);
    if (result->rowCount > kExactByteCountRows) {
        // Sizing every chunk of a big result would read it all once more: its first rows tell
        // the average row size.
        query.exec(QStringLiteral("SELECT avg(") + rowBytesExpression(columnCount) +
                   QStringLiteral(") FROM ") + table + QStringLiteral(" WHERE rowid <= 10000"));
        const double average = query.next() ? query.value(0).toDouble() : 0.0;
        for (int chunk = 0; chunk < result->chunkCount(); ++chunk) {
            result->chunkBytes[chunk] =
                static_cast<qint64>(average * static_cast<double>(result->chunkRowCount(chunk))) +
                2;
        }
    } else if (result->rowCount > 0) {
        query.exec(QStringLiteral("SELECT (rowid - 1) / ") + QString::number(result->rowsPerChunk) +
                   QStringLiteral(", sum(") + rowBytesExpression(columnCount) +
                   QStringLiteral(") FROM ") + table + QStringLiteral(" GROUP BY 1"));
        while (query.next()) {
            const qint64 chunk = query.value(0).toLongLong();
            if (chunk >= 0 && chunk < result->chunkBytes.size())
                result->chunkBytes[chunk] = query.value(1).toLongLong() + 2;
        }
    }
}

SqlExecution SqlEngine::runChange(const SqlPlan &plan, const QVariantList &values,
                                  const SqlLimits &limits, const QString &statement)
{
    SqlExecution execution;
    QSqlQuery change(QSqlDatabase::database(m_connectionName, false));
    const bool prepared = change.prepare(plan.sql);
    if (prepared) {
        for (const QVariant &value : values)
            change.addBindValue(value);
    }
    if (!prepared || !change.exec()) {
        execution.failure = failureOf(change.lastError().databaseText(), plan, statement);
        return execution;
    }
    const qint64 affected = std::max(0, change.numRowsAffected());
    SqlResultSet result;
    result.rowsPerChunk = limits.rowsPerChunk;
    result.columns.append(SqlResultColumn{QStringLiteral("num_affected_rows"), sqlLongType()});
    const bool insert =
        plan.changeVerb == QStringLiteral("INSERT") || plan.changeVerb == QStringLiteral("REPLACE");
    if (insert)
        result.columns.append(SqlResultColumn{QStringLiteral("num_inserted_rows"), sqlLongType()});
    QString error;
    result.table = createResultTable(static_cast<int>(result.columns.size()), &error);
    QSqlQuery row(QSqlDatabase::database(m_connectionName, false));
    const QString counts =
        insert ? QStringLiteral("%1, %1").arg(affected) : QString::number(affected);
    if (result.table.isEmpty() ||
        !row.exec(QStringLiteral("INSERT INTO temp.") + result.table + QStringLiteral(" VALUES (") +
                  counts + QLatin1Char(')'))) {
        execution.failure =
            SqlFailure{QStringLiteral("INTERNAL_ERROR"), error, QStringLiteral("XX000")};
        drop(result);
        return execution;
    }
    finishResult(&result, SqlLimits{-1, -1, limits.rowsPerChunk});
    execution.result = result;
    return execution;
}

SqlExecution SqlEngine::runDefinition(const SqlPlan &plan, const QVariantList &values,
                                      const QString &statement)
{
    SqlExecution execution;
    QSqlQuery definition(QSqlDatabase::database(m_connectionName, false));
    const bool prepared = definition.prepare(plan.sql);
    if (prepared) {
        for (const QVariant &value : values)
            definition.addBindValue(value);
    }
    if (!prepared || !definition.exec()) {
        execution.failure = failureOf(definition.lastError().databaseText(), plan, statement);
        return execution;
    }
    execution.result = SqlResultSet();
    return execution;
}

SqlExecution SqlEngine::runDeltaHistory(const SqlPlan &plan, const SqlLimits &limits)
{
    const QString tableDir = m_deltaTables ? m_deltaTables(plan.deltaPath) : QString();
    const std::optional<QList<DeltaHistoryCommit>> history =
        tableDir.isEmpty() ? std::nullopt : readDeltaHistory(tableDir, plan.deltaHistoryLimit);
    if (!history) {
        SqlExecution execution;
        execution.failure = sqlNotADeltaTable(plan.deltaPath);
        return execution;
    }
    QList<QVariantList> rows;
    rows.reserve(history->size());
    for (const DeltaHistoryCommit &commit : *history)
        rows.append(deltaHistoryRow(commit));
    return storeRows(deltaHistoryColumns(), rows, limits);
}

// Runs once per statement (SqlStatements executes each statement once): a commit is never
// written twice for one RESTORE.
SqlExecution SqlEngine::runDeltaRestore(const SqlPlan &plan, const SqlLimits &limits)
{
    const QString tableDir = m_deltaTables ? m_deltaTables(plan.deltaPath) : QString();
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    const DeltaRestoreOutcome outcome =
        restoreDeltaTable(tableDir, plan.deltaPath, plan.deltaRestoreVersion, now);
    if (outcome.failure) {
        SqlExecution execution;
        execution.failure = outcome.failure;
        return execution;
    }
    QList<QVariantList> rows;
    if (!outcome.unchanged)
        rows.append(deltaRestoreRow(outcome.metrics));
    return storeRows(deltaRestoreColumns(), rows, limits);
}

SqlExecution SqlEngine::storeRows(const QList<SqlResultColumn> &columns,
                                  const QList<QVariantList> &rows, const SqlLimits &limits)
{
    SqlExecution execution;
    SqlResultSet result;
    result.columns = columns;
    result.rowsPerChunk = limits.rowsPerChunk;
    QString error;
    result.table = createResultTable(static_cast<int>(columns.size()), &error);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery insert(db);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    // One transaction: thousands of single-row inserts each committed would take seconds.
    bool ok = !result.table.isEmpty() && db.transaction() &&
              insert.prepare(QStringLiteral("INSERT INTO temp.") + result.table +
                             QStringLiteral(" VALUES (") + marks.join(QLatin1Char(',')) +
                             QLatin1Char(')'));
    for (qsizetype r = 0; ok && r < rows.size(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            insert.bindValue(static_cast<int>(c), rows.at(r).value(c));
        ok = insert.exec();
    }
    if (ok)
        ok = db.commit();
    if (!ok) {
        if (error.isEmpty())
            error = insert.lastError().databaseText() + db.lastError().databaseText();
        db.rollback();
        drop(result);
        execution.failure =
            SqlFailure{QStringLiteral("INTERNAL_ERROR"), error, QStringLiteral("XX000")};
        return execution;
    }
    const qint64 cap =
        limits.rowLimit >= 0 ? std::min(limits.rowLimit, kMaxResultRows) : kMaxResultRows;
    finishResult(&result, SqlLimits{cap, limits.byteLimit, limits.rowsPerChunk});
    execution.result = result;
    return execution;
}

QByteArray SqlEngine::chunkRowsJson(const SqlResultSet &result, int chunk)
{
    QByteArray json("[");
    if (result.table.isEmpty() || !m_open)
        return json + ']';
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columnList(static_cast<int>(result.columns.size())) +
                  QStringLiteral(" FROM temp.") + result.table +
                  QStringLiteral(" WHERE rowid > ? AND rowid <= ? ORDER BY rowid"));
    const qint64 offset = result.chunkRowOffset(chunk);
    query.addBindValue(offset);
    query.addBindValue(offset + result.chunkRowCount(chunk));
    if (!query.exec())
        return json + ']';
    json.reserve(static_cast<qsizetype>(result.chunkBytes.value(chunk)) + 16);
    bool firstRow = true;
    while (query.next()) {
        json.append(firstRow ? "[" : ",[");
        firstRow = false;
        for (int c = 0; c < result.columns.size(); ++c) {
            if (c > 0)
                json.append(',');
            appendSqlValueJson(&json, query.value(c), result.columns.at(c).type);
        }
        json.append(']');
    }
    json.append(']');
    return json;
}

void SqlEngine::drop(const SqlResultSet &result)
{
    if (result.table.isEmpty() || !m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.") + result.table);
}

} // namespace brickdesk::emulator
