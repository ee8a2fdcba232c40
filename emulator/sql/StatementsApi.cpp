#include "StatementsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "SqlStatements.h"
#include "StatementAnswers.h"
#include "WarehouseLifecycle.h"
#include "WarehouseStore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kMaxStatementBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxJsonInteger = 9007199254740992LL;

ApiResponse statementNotFound(const QString &id)
{
    return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                              QStringLiteral("Statement ") + id +
                                  QStringLiteral(" does not exist or its result has expired."));
}

std::optional<ApiResponse> readWaitTimeout(const QJsonObject &body, int *seconds)
{
    QString text;
    if (auto error =
            readStringField(body, QStringLiteral("wait_timeout"), QStringLiteral("10s"), &text)) {
        return error;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})s$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const int value = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (value != 0 && (value < 5 || value > 50)) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for field wait_timeout: '") + text +
            QStringLiteral("'. It must be 0s, or from 5s to 50s."));
    }
    *seconds = value;
    return std::nullopt;
}

std::optional<ApiResponse> readResultShape(const QJsonObject &body)
{
    QString disposition;
    if (auto error = readStringField(body, QStringLiteral("disposition"), QStringLiteral("INLINE"),
                                     &disposition)) {
        return error;
    }
    if (disposition == QStringLiteral("EXTERNAL_LINKS")) {
        return ApiResponse::invalidParameter(
            QStringLiteral("disposition EXTERNAL_LINKS is not available: the emulator serves "
                           "results INLINE only (it has no cloud storage to link to). Use "
                           "disposition INLINE with format JSON_ARRAY."));
    }
    if (disposition != QStringLiteral("INLINE")) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid disposition '") + disposition +
                                             QStringLiteral("': expected INLINE or "
                                                            "EXTERNAL_LINKS."));
    }
    QString format;
    if (auto error = readStringField(body, QStringLiteral("format"), QStringLiteral("JSON_ARRAY"),
                                     &format)) {
        return error;
    }
    if (format == QStringLiteral("ARROW_STREAM") || format == QStringLiteral("CSV")) {
        return ApiResponse::invalidParameter(
            QStringLiteral("format ") + format +
            QStringLiteral(" needs disposition EXTERNAL_LINKS; INLINE results are JSON_ARRAY "
                           "only."));
    }
    if (format != QStringLiteral("JSON_ARRAY")) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid format '") + format +
                                             QStringLiteral("': expected JSON_ARRAY, "
                                                            "ARROW_STREAM or CSV."));
    }
    return std::nullopt;
}

// A parameter's value as SQLite takes it, by its type (STRING when none is given).
std::optional<QVariant> parameterValue(const QString &type, const QString &value)
{
    const QString upper = type.isEmpty() ? QStringLiteral("STRING") : type.trimmed().toUpper();
    bool ok = false;
    if (upper == QStringLiteral("INT") || upper == QStringLiteral("INTEGER") ||
        upper == QStringLiteral("BIGINT") || upper == QStringLiteral("LONG") ||
        upper == QStringLiteral("SMALLINT") || upper == QStringLiteral("SHORT") ||
        upper == QStringLiteral("TINYINT") || upper == QStringLiteral("BYTE")) {
        const qlonglong number = value.trimmed().toLongLong(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    if (upper == QStringLiteral("DOUBLE") || upper == QStringLiteral("FLOAT") ||
        upper.startsWith(QStringLiteral("DECIMAL"))) {
        const double number = value.trimmed().toDouble(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    if (upper == QStringLiteral("BOOLEAN")) {
        if (value.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
            return QVariant(qlonglong(1));
        if (value.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0)
            return QVariant(qlonglong(0));
        return std::nullopt;
    }
    if (upper == QStringLiteral("DATE")) {
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        return date.isValid() ? std::optional<QVariant>(date.toString(Qt::ISODate)) : std::nullopt;
    }
    if (upper == QStringLiteral("TIMESTAMP")) {
        const QDateTime time = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
        if (!time.isValid())
            return std::nullopt;
        return QVariant(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (upper == QStringLiteral("STRING") || upper == QStringLiteral("VOID") ||
        upper.startsWith(QStringLiteral("VARCHAR")) || upper.startsWith(QStringLiteral("CHAR")))
        return QVariant(value);
    return std::nullopt;
}

std::optional<ApiResponse> readParameters(const QJsonObject &body, QHash<QString, QVariant> *out)
{
    QJsonArray parameters;
    if (auto error = readArrayField(body, QStringLiteral("parameters"), &parameters))
        return error;
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QJsonValue &item : std::as_const(parameters)) {
        const QJsonObject parameter = item.toObject();
        QString name;
        if (!item.isObject())
            return ApiResponse::invalidParameter(QStringLiteral("Each parameter is an object."));
        if (auto error = requireStringField(parameter, QStringLiteral("name"), &name))
            return error;
        if (!namePattern.match(name).hasMatch() || out->contains(name)) {
            return ApiResponse::invalidParameter(QStringLiteral("Invalid parameter name '") + name +
                                                 QStringLiteral("': names are identifiers, each "
                                                                "given once."));
        }
        QString type;
        if (auto error = readStringField(parameter, QStringLiteral("type"), QString(), &type))
            return error;
        const QJsonValue value = parameter.value(QStringLiteral("value"));
        if (value.isUndefined() || value.isNull()) {
            out->insert(name, QVariant()); // SQL NULL
            continue;
        }
        if (!value.isString()) {
            return ApiResponse::invalidParameter(QStringLiteral("The value of parameter ") + name +
                                                 QStringLiteral(" must be a string."));
        }
        const std::optional<QVariant> converted = parameterValue(type, value.toString());
        if (!converted) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The value '%1' of parameter %2 is not a valid %3.")
                    .arg(value.toString(), name, type.isEmpty() ? QStringLiteral("STRING") : type));
        }
        out->insert(name, *converted);
    }
    return std::nullopt;
}

ApiResponse submit(SqlStatements &statements, const WarehouseStore &warehouses,
                   const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    SqlSubmission submission;
    if (auto error = requireStringField(body, QStringLiteral("statement"), &submission.statement))
        return *error;
    const qint64 bytes = submission.statement.toUtf8().size();
    if (bytes > kMaxStatementBytes) {
        return ApiResponse::invalidParameter(
            QStringLiteral("The statement is %1 bytes, above the limit of %2 bytes (16 MiB).")
                .arg(bytes)
                .arg(kMaxStatementBytes));
    }
    if (auto error =
            requireStringField(body, QStringLiteral("warehouse_id"), &submission.warehouseId))
        return *error;
    for (const auto &[field, value] : {std::pair{QStringLiteral("catalog"), &submission.catalog},
                                       std::pair{QStringLiteral("schema"), &submission.schema}}) {
        if (auto error = readStringField(body, field, QString(), value))
            return *error;
    }
    if (auto error = readParameters(body, &submission.parameters))
        return *error;
    if (auto error = readIntegerField(body, QStringLiteral("row_limit"), false, -1, 0,
                                      kMaxJsonInteger, &submission.rowLimit)) {
        return *error;
    }
    if (auto error = readIntegerField(body, QStringLiteral("byte_limit"), false, -1, 1,
                                      kMaxJsonInteger, &submission.byteLimit)) {
        return *error;
    }
    if (auto error = readResultShape(body))
        return *error;
    if (auto error = readWaitTimeout(body, &submission.waitTimeoutSeconds))
        return *error;
    QString onTimeout;
    if (auto error = readStringField(body, QStringLiteral("on_wait_timeout"),
                                     QStringLiteral("CONTINUE"), &onTimeout)) {
        return *error;
    }
    if (onTimeout != QStringLiteral("CONTINUE") && onTimeout != QStringLiteral("CANCEL")) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid on_wait_timeout '") +
                                             onTimeout +
                                             QStringLiteral("': expected CONTINUE or CANCEL."));
    }
    submission.cancelOnTimeout = onTimeout == QStringLiteral("CANCEL");
    if (!warehouses.warehouse(submission.warehouseId))
        return WarehouseLifecycle::unknownWarehouse(submission.warehouseId);

    const QString id = statements.submit(submission);
    return ApiResponse::okRaw(statementAnswer(statements, *statements.statement(id)));
}

ApiResponse get(SqlStatements &statements, const ApiRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("statement_id"));
    const SqlStatement *statement = statements.statement(id);
    if (!statement)
        return statementNotFound(id);
    return ApiResponse::okRaw(statementAnswer(statements, *statement));
}

ApiResponse cancel(SqlStatements &statements, const ApiRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("statement_id"));
    if (!statements.cancel(id))
        return statementNotFound(id);
    return ApiResponse::ok();
}

ApiResponse chunk(SqlStatements &statements, const ApiRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("statement_id"));
    const SqlStatement *statement = statements.statement(id);
    if (!statement)
        return statementNotFound(id);
    const QString indexText = request.pathParams.value(QStringLiteral("chunk_index"));
    bool ok = false;
    const int index = indexText.toInt(&ok, 10);
    if (!ok || index < 0) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid chunk_index '") + indexText +
                                             QStringLiteral("': expected a number from 0."));
    }
    if (statement->state == QStringLiteral("CLOSED"))
        return statementNotFound(id);
    if (statement->state != QStringLiteral("SUCCEEDED") || !statement->result) {
        return invalidState(QStringLiteral("Statement ") + id + QStringLiteral(" is ") +
                            statement->state +
                            QStringLiteral(": only a statement that SUCCEEDED has a result."));
    }
    const int count = statement->result->chunkCount();
    if (index >= count) {
        return ApiResponse::invalidParameter(
            QStringLiteral("chunk_index %1 is out of range: the result has %2 chunks.")
                .arg(index)
                .arg(count));
    }
    return ApiResponse::okRaw(chunkAnswer(statements, *statement, index));
}

} // namespace

void registerStatementsApi(ApiRouter &router, SqlStatements &statements,
                           const WarehouseStore &warehouses)
{
    router.post(QStringLiteral("/api/2.0/sql/statements"),
                [&statements, &warehouses](const ApiRequest &request) {
                    return submit(statements, warehouses, request);
                });
    router.get(QStringLiteral("/api/2.0/sql/statements/{statement_id}"),
               [&statements](const ApiRequest &request) { return get(statements, request); });
    router.post(QStringLiteral("/api/2.0/sql/statements/{statement_id}/cancel"),
                [&statements](const ApiRequest &request) { return cancel(statements, request); });
    router.get(QStringLiteral("/api/2.0/sql/statements/{statement_id}/result/chunks/{chunk_index}"),
               [&statements](const ApiRequest &request) { return chunk(statements, request); });
}

} // namespace brickdesk::emulator
