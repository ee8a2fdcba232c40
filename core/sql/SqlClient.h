#pragma once

#include "SqlWarehouse.h"
#include "StatementResult.h"
#include "TypedApiClient.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

struct StatementParameter
{
    QString name; // used as :name in the statement
    QString value;
    QString type; // optional: STRING (default), INT, DATE ...
};

// What to run (POST /api/2.0/sql/statements), always INLINE JSON_ARRAY.
struct StatementSpec
{
    QString statement;
    QString warehouseId;
    QString catalog;
    QString schema;
    QList<StatementParameter> parameters;
    qint64 rowLimit = 0;        // 0: none
    int waitTimeoutSeconds = 5; // 0, or 5..50: how long the submit answer may wait for the result
    bool cancelOnWaitTimeout = false;
};

// The SQL warehouses and Statement Execution APIs as typed asynchronous calls. Handlers run only
// while `context` lives and never for a cancelled call; cancelAll() stops everything this client
// started (not the statements on the warehouse: see StatementRun::cancel).
class SqlClient : public TypedApiClient
{
    Q_OBJECT

public:
    explicit SqlClient(ApiClient *client, QObject *parent = nullptr)
        : TypedApiClient(client, parent)
    {}

    // Every page, in the order the API gives them.
    void listWarehouses(QObject *context, Handler<QList<SqlWarehouse>> handler);
    QPointer<ApiCall> warehouse(const QString &id, QObject *context, Handler<SqlWarehouse> handler);
    QPointer<ApiCall> startWarehouse(const QString &id, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> stopWarehouse(const QString &id, QObject *context, Handler<Done> handler);

    // Refused before sending: an empty statement, no warehouse, more than 16 MiB, a wait timeout
    // the API does not take.
    QPointer<ApiCall> submit(const StatementSpec &spec, QObject *context,
                             Handler<StatementAnswer> handler);
    QPointer<ApiCall> statement(const QString &statementId, QObject *context,
                                Handler<StatementAnswer> handler);
    QPointer<ApiCall> cancel(const QString &statementId, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> chunk(const QString &statementId, int chunkIndex, int columnCount,
                            QObject *context, Handler<ResultChunk> handler);

    static constexpr qsizetype kMaxStatementBytes = 16 * 1024 * 1024;

private:
    void listWarehousePage(const QString &pageToken, QList<SqlWarehouse> sofar, QObject *context,
                           Handler<QList<SqlWarehouse>> handler);
};

} // namespace brickdesk
