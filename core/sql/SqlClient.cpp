#include "SqlClient.h"

#include "TypedCall.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace brickdesk {

namespace {

const QString kWarehouses = QStringLiteral("/api/2.0/sql/warehouses");
const QString kStatements = QStringLiteral("/api/2.0/sql/statements");

QString checkSpec(const StatementSpec &spec)
{
    if (spec.statement.trimmed().isEmpty())
        return QCoreApplication::translate("SqlClient", "There is no statement to run.");
    if (spec.warehouseId.isEmpty())
        return QCoreApplication::translate("SqlClient", "Choose a SQL warehouse first.");
    if (spec.statement.toUtf8().size() > SqlClient::kMaxStatementBytes)
        return QCoreApplication::translate("SqlClient",
                                           "The statement is larger than the API's 16 MiB.");
    if (spec.waitTimeoutSeconds != 0 &&
        (spec.waitTimeoutSeconds < 5 || spec.waitTimeoutSeconds > 50))
        return QCoreApplication::translate("SqlClient",
                                           "The wait timeout must be 0 or 5 to 50 seconds.");
    if (spec.rowLimit < 0)
        return QCoreApplication::translate("SqlClient", "The row limit cannot be negative.");
    return QString();
}

// Ids go into the URL path: anything but the characters ids are made of is refused, so an id
// can never reach another endpoint ("../").
bool isPathSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return false;
    }
    return true;
}

ApiError badIdError(const QString &id)
{
    return invalidInputError(
        QCoreApplication::translate("SqlClient", "'%1' is not a valid id.").arg(id));
}

QJsonObject specJson(const StatementSpec &spec)
{
    const QString waitTimeout = QString::number(spec.waitTimeoutSeconds) + QLatin1Char('s');
    const QString onWaitTimeout =
        spec.cancelOnWaitTimeout ? QStringLiteral("CANCEL") : QStringLiteral("CONTINUE");
    QJsonObject body{{QStringLiteral("statement"), spec.statement},
                     {QStringLiteral("warehouse_id"), spec.warehouseId},
                     {QStringLiteral("disposition"), QStringLiteral("INLINE")},
                     {QStringLiteral("format"), QStringLiteral("JSON_ARRAY")},
                     {QStringLiteral("wait_timeout"), waitTimeout},
                     {QStringLiteral("on_wait_timeout"), onWaitTimeout}};
    if (!spec.catalog.isEmpty())
        body.insert(QStringLiteral("catalog"), spec.catalog);
    if (!spec.schema.isEmpty())
        body.insert(QStringLiteral("schema"), spec.schema);
    if (spec.rowLimit > 0)
        body.insert(QStringLiteral("row_limit"), spec.rowLimit);
    if (!spec.parameters.isEmpty()) {
        QJsonArray parameters;
        for (const StatementParameter &parameter : spec.parameters) {
            QJsonObject item{{QStringLiteral("name"), parameter.name},
                             {QStringLiteral("value"), parameter.value}};
            if (!parameter.type.isEmpty())
                item.insert(QStringLiteral("type"), parameter.type);
            parameters.append(item);
        }
        body.insert(QStringLiteral("parameters"), parameters);
    }
    return body;
}

} // namespace

void SqlClient::listWarehouses(QObject *context, Handler<QList<SqlWarehouse>> handler)
{
    listWarehousePage(QString(), {}, context, std::move(handler));
}

void SqlClient::listWarehousePage(const QString &pageToken, QList<SqlWarehouse> sofar,
                                  QObject *context, Handler<QList<SqlWarehouse>> handler)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    struct Page
    {
        QList<SqlWarehouse> warehouses;
        QString next;
    };
    const QPointer<SqlClient> self(this);
    send<Page>(
        ApiRequest::get(kWarehouses, query), context,
        [](const QJsonObject &json, QString *problem) -> std::optional<Page> {
            Page page;
            auto list = sqlAnswers::warehouses(json, &page.next, problem);
            if (!list)
                return std::nullopt;
            page.warehouses = std::move(*list);
            return page;
        },
        [self, pageToken, sofar, context, handler](const CallResult<Page> &result) mutable {
            if (!result.ok()) {
                CallResult<QList<SqlWarehouse>> failed;
                failed.error = result.error;
                handler(failed);
                return;
            }
            sofar.append(result.value.warehouses);
            // A repeated token would loop forever: stop there with what we have.
            if (result.value.next.isEmpty() || result.value.next == pageToken || !self) {
                CallResult<QList<SqlWarehouse>> done;
                done.value = sofar;
                handler(done);
                return;
            }
            self->listWarehousePage(result.value.next, sofar, context, handler);
        });
}

QPointer<ApiCall> SqlClient::warehouse(const QString &id, QObject *context,
                                       Handler<SqlWarehouse> handler)
{
    if (!isPathSafeId(id)) {
        answerLater<CallResult<SqlWarehouse>>(context, badIdError(id), std::move(handler));
        return nullptr;
    }
    return send<SqlWarehouse>(ApiRequest::get(kWarehouses + QLatin1Char('/') + id), context,
                              &sqlAnswers::warehouse, std::move(handler));
}

QPointer<ApiCall> SqlClient::startWarehouse(const QString &id, QObject *context,
                                            Handler<Done> handler)
{
    if (!isPathSafeId(id)) {
        answerLater<CallResult<Done>>(context, badIdError(id), std::move(handler));
        return nullptr;
    }
    ApiRequest request =
        ApiRequest::post(kWarehouses + QLatin1Char('/') + id + QStringLiteral("/start"), {});
    request.idempotent = true; // starting a running warehouse changes nothing
    return send<Done>(request, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SqlClient::stopWarehouse(const QString &id, QObject *context,
                                           Handler<Done> handler)
{
    if (!isPathSafeId(id)) {
        answerLater<CallResult<Done>>(context, badIdError(id), std::move(handler));
        return nullptr;
    }
    ApiRequest request =
        ApiRequest::post(kWarehouses + QLatin1Char('/') + id + QStringLiteral("/stop"), {});
    request.idempotent = true;
    return send<Done>(request, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SqlClient::submit(const StatementSpec &spec, QObject *context,
                                    Handler<StatementAnswer> handler)
{
    if (const QString problem = checkSpec(spec); !problem.isEmpty()) {
        answerLater<CallResult<StatementAnswer>>(context, invalidInputError(problem),
                                                 std::move(handler));
        return nullptr;
    }
    ApiRequest request = ApiRequest::post(kStatements, specJson(spec));
    // The answer may wait for the result on the server.
    request.timeoutMs = std::max(request.timeoutMs, (spec.waitTimeoutSeconds + 30) * 1000);
    return send<StatementAnswer>(request, context, &sqlAnswers::statement, std::move(handler));
}

QPointer<ApiCall> SqlClient::statement(const QString &statementId, QObject *context,
                                       Handler<StatementAnswer> handler)
{
    if (!isPathSafeId(statementId)) {
        answerLater<CallResult<StatementAnswer>>(context, badIdError(statementId),
                                                 std::move(handler));
        return nullptr;
    }
    return send<StatementAnswer>(ApiRequest::get(kStatements + QLatin1Char('/') + statementId),
                                 context, &sqlAnswers::statement, std::move(handler));
}

QPointer<ApiCall> SqlClient::cancel(const QString &statementId, QObject *context,
                                    Handler<Done> handler)
{
    if (!isPathSafeId(statementId)) {
        answerLater<CallResult<Done>>(context, badIdError(statementId), std::move(handler));
        return nullptr;
    }
    ApiRequest request = ApiRequest::post(
        kStatements + QLatin1Char('/') + statementId + QStringLiteral("/cancel"), {});
    request.idempotent = true;
    return send<Done>(request, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> SqlClient::chunk(const QString &statementId, int chunkIndex, int columnCount,
                                   QObject *context, Handler<ResultChunk> handler)
{
    if (!isPathSafeId(statementId)) {
        answerLater<CallResult<ResultChunk>>(context, badIdError(statementId), std::move(handler));
        return nullptr;
    }
    return send<ResultChunk>(
        ApiRequest::get(kStatements + QLatin1Char('/') + statementId +
                        QStringLiteral("/result/chunks/") + QString::number(chunkIndex)),
        context,
        [columnCount](const QJsonObject &json, QString *problem) {
            return sqlAnswers::chunk(json, columnCount, problem);
        },
        std::move(handler));
}

} // namespace brickdesk
