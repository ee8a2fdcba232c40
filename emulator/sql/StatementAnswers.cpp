#include "StatementAnswers.h"

#include "SqlStatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brickdesk::emulator {

namespace {

QJsonObject columnJson(const SqlResultColumn &column, int position)
{
    QJsonObject json{{QStringLiteral("name"), column.name},
                     {QStringLiteral("position"), position},
                     {QStringLiteral("type_name"), column.type.typeName},
                     {QStringLiteral("type_text"), column.type.typeText}};
    if (column.type.precision >= 0) {
        json.insert(QStringLiteral("type_precision"), column.type.precision);
        json.insert(QStringLiteral("type_scale"), column.type.scale);
    }
    return json;
}

QJsonObject manifestJson(const SqlResultSet &result)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < result.columns.size(); ++i)
        columns.append(columnJson(result.columns.at(i), static_cast<int>(i)));
    QJsonArray chunks;
    qint64 totalBytes = 0;
    for (int i = 0; i < result.chunkCount(); ++i) {
        const qint64 bytes = result.chunkBytes.value(i);
        totalBytes += bytes;
        chunks.append(QJsonObject{{QStringLiteral("chunk_index"), i},
                                  {QStringLiteral("row_offset"), result.chunkRowOffset(i)},
                                  {QStringLiteral("row_count"), result.chunkRowCount(i)},
                                  {QStringLiteral("byte_count"), bytes}});
    }
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("JSON_ARRAY")},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("column_count"), columns.size()},
                                               {QStringLiteral("columns"), columns}}},
        {QStringLiteral("total_chunk_count"), result.chunkCount()},
        {QStringLiteral("total_row_count"), result.rowCount},
        {QStringLiteral("total_byte_count"), totalBytes},
        {QStringLiteral("truncated"), result.truncated}};
    if (!chunks.isEmpty())
        manifest.insert(QStringLiteral("chunks"), chunks);
    return manifest;
}

QJsonObject statusJson(const SqlStatement &statement)
{
    QJsonObject status{{QStringLiteral("state"), statement.state}};
    if (statement.state == QStringLiteral("FAILED") && statement.failure) {
        status.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("error_code"), statement.failure->errorCode},
                                  {QStringLiteral("message"), statement.failure->message}});
        if (!statement.failure->sqlState.isEmpty())
            status.insert(QStringLiteral("sql_state"), statement.failure->sqlState);
    }
    return status;
}

// A JSON object's text without its closing brace, to append raw members to.
QByteArray openObject(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.chop(1);
    return json;
}

} // namespace

QByteArray chunkAnswer(SqlStatements &statements, const SqlStatement &statement, int chunk)
{
    const SqlResultSet &result = *statement.result;
    QJsonObject head{{QStringLiteral("chunk_index"), chunk},
                     {QStringLiteral("row_offset"), result.chunkRowOffset(chunk)},
                     {QStringLiteral("row_count"), result.chunkRowCount(chunk)}};
    if (chunk < result.chunkCount())
        head.insert(QStringLiteral("byte_count"), result.chunkBytes.value(chunk));
    if (chunk + 1 < result.chunkCount()) {
        head.insert(QStringLiteral("next_chunk_index"), chunk + 1);
        head.insert(QStringLiteral("next_chunk_internal_link"),
                    QStringLiteral("/api/2.0/sql/statements/%1/result/chunks/%2")
                        .arg(statement.id)
                        .arg(chunk + 1));
    }
    QByteArray json = openObject(head);
    if (chunk < result.chunkCount()) {
        json.append(",\"data_array\":");
        json.append(statements.chunkRowsJson(statement, chunk));
    }
    json.append('}');
    return json;
}

QByteArray statementAnswer(SqlStatements &statements, const SqlStatement &statement)
{
    QJsonObject head{{QStringLiteral("statement_id"), statement.id},
                     {QStringLiteral("status"), statusJson(statement)}};
    if (statement.state != QStringLiteral("SUCCEEDED") || !statement.result)
        return QJsonDocument(head).toJson(QJsonDocument::Compact);
    head.insert(QStringLiteral("manifest"), manifestJson(*statement.result));
    QByteArray json = openObject(head);
    json.append(",\"result\":");
    json.append(chunkAnswer(statements, statement, 0));
    json.append('}');
    return json;
}

} // namespace brickdesk::emulator
