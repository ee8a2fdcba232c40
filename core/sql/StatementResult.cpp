#include "StatementResult.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace brickdesk {

StatementState statementStateFromId(const QString &id)
{
    if (id == QLatin1String("PENDING"))
        return StatementState::Pending;
    if (id == QLatin1String("RUNNING"))
        return StatementState::Running;
    if (id == QLatin1String("SUCCEEDED"))
        return StatementState::Succeeded;
    if (id == QLatin1String("FAILED"))
        return StatementState::Failed;
    if (id == QLatin1String("CANCELED"))
        return StatementState::Canceled;
    if (id == QLatin1String("CLOSED"))
        return StatementState::Closed;
    return StatementState::Unknown;
}

QString statementStateName(StatementState state)
{
    switch (state) {
    case StatementState::Pending:
        return QCoreApplication::translate("StatementResult", "Pending");
    case StatementState::Running:
        return QCoreApplication::translate("StatementResult", "Running");
    case StatementState::Succeeded:
        return QCoreApplication::translate("StatementResult", "Succeeded");
    case StatementState::Failed:
        return QCoreApplication::translate("StatementResult", "Failed");
    case StatementState::Canceled:
        return QCoreApplication::translate("StatementResult", "Canceled");
    case StatementState::Closed:
        return QCoreApplication::translate("StatementResult", "Closed");
    case StatementState::Unknown:
        break;
    }
    return QCoreApplication::translate("StatementResult", "Unknown");
}

bool isFinished(StatementState state)
{
    return state == StatementState::Succeeded || state == StatementState::Failed ||
           state == StatementState::Canceled || state == StatementState::Closed;
}

bool ResultColumn::isNumeric() const
{
    static const QStringList numeric = {
        QStringLiteral("BYTE"),    QStringLiteral("SHORT"),  QStringLiteral("INT"),
        QStringLiteral("LONG"),    QStringLiteral("FLOAT"),  QStringLiteral("DOUBLE"),
        QStringLiteral("DECIMAL"), QStringLiteral("BIGINT"), QStringLiteral("SMALLINT"),
        QStringLiteral("TINYINT"), QStringLiteral("INTEGER")};
    return numeric.contains(typeName.toUpper());
}

bool ResultColumn::isBoolean() const
{
    return typeName.compare(QLatin1String("BOOLEAN"), Qt::CaseInsensitive) == 0;
}

int ResultManifest::chunkIndexForRow(qint64 row) const
{
    if (row < 0 || row >= totalRowCount || chunks.isEmpty())
        return -1;
    auto after = std::upper_bound(
        chunks.cbegin(), chunks.cend(), row,
        [](qint64 value, const ResultChunkInfo &info) { return value < info.rowOffset; });
    if (after == chunks.cbegin())
        return -1;
    const ResultChunkInfo &info = *std::prev(after);
    return row < info.rowOffset + info.rowCount ? info.index : -1;
}

ResultChunk::ResultChunk(int columnCount, qint64 rowCount)
    : m_columnCount(columnCount)
    , m_rowCount(rowCount)
    , m_values(rowCount * columnCount)
    , m_nulls(rowCount * columnCount)
{}

bool ResultChunk::isNull(qint64 row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columnCount)
        return true;
    return m_nulls.testBit(at(row, column));
}

QString ResultChunk::value(qint64 row, int column) const
{
    if (isNull(row, column))
        return QString();
    return m_values.at(at(row, column));
}

void ResultChunk::set(qint64 row, int column, const QString &value)
{
    m_values[at(row, column)] = value;
    m_nulls.clearBit(at(row, column));
}

void ResultChunk::setNull(qint64 row, int column)
{
    m_values[at(row, column)] = QString();
    m_nulls.setBit(at(row, column));
}

qsizetype ResultChunk::memoryBytes() const
{
    qsizetype bytes = m_values.size() * qsizetype(sizeof(QString)) + m_nulls.size() / 8;
    for (const QString &value : m_values)
        bytes += value.size() * qsizetype(sizeof(QChar)) + (value.isEmpty() ? 0 : 24);
    return bytes;
}

void findErrorPosition(StatementError *error)
{
    static const QRegularExpression position(
        QStringLiteral("line\\s+(\\d+),?\\s+pos(?:ition)?\\s+(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = position.match(error->message);
    if (!match.hasMatch())
        return;
    bool lineOk = false;
    bool columnOk = false;
    const int line = match.captured(1).toInt(&lineOk);
    const int column = match.captured(2).toInt(&columnOk);
    if (lineOk && columnOk && line > 0) {
        error->line = line;
        error->column = column;
    }
}

namespace sqlAnswers {

namespace {

ResultManifest readManifest(const JsonFields &fields)
{
    ResultManifest manifest;
    manifest.format = fields.string(QStringLiteral("format"));
    const JsonFields schema = fields.child(QStringLiteral("schema"));
    const QJsonArray columns = schema.array(QStringLiteral("columns"));
    for (qsizetype i = 0; i < columns.size() && fields.ok(); ++i) {
        const JsonFields column = schema.item(columns, i, QStringLiteral("columns"));
        ResultColumn info;
        info.name = column.string(QStringLiteral("name"));
        info.position = static_cast<int>(column.integer(QStringLiteral("position"), i));
        info.typeName = column.string(QStringLiteral("type_name"));
        info.typeText = column.string(QStringLiteral("type_text"));
        if (info.typeText.isEmpty())
            info.typeText = info.typeName;
        manifest.columns.append(info);
    }
    const qint64 declared = schema.integer(QStringLiteral("column_count"), columns.size());
    if (fields.ok() && declared != columns.size())
        fields.fail(schema.path(QStringLiteral("column_count")) +
                    QStringLiteral(": %1 columns declared, %2 described")
                        .arg(declared)
                        .arg(columns.size()));
    std::sort(manifest.columns.begin(), manifest.columns.end(),
              [](const ResultColumn &a, const ResultColumn &b) { return a.position < b.position; });
    manifest.totalChunkCount =
        static_cast<int>(fields.integer(QStringLiteral("total_chunk_count"), 0));
    manifest.totalRowCount = fields.integer(QStringLiteral("total_row_count"), 0);
    manifest.truncated = fields.boolean(QStringLiteral("truncated"), false);
    const QJsonArray chunks = fields.array(QStringLiteral("chunks"));
    qint64 expectedOffset = 0;
    for (qsizetype i = 0; i < chunks.size() && fields.ok(); ++i) {
        const JsonFields chunk = fields.item(chunks, i, QStringLiteral("chunks"));
        ResultChunkInfo info;
        info.index = static_cast<int>(chunk.integer(QStringLiteral("chunk_index"), i));
        info.rowOffset = chunk.integer(QStringLiteral("row_offset"), 0);
        info.rowCount = chunk.integer(QStringLiteral("row_count"), 0);
        info.byteCount = chunk.integer(QStringLiteral("byte_count"), 0);
        if (fields.ok() && (info.rowOffset != expectedOffset || info.rowCount < 0 ||
                            info.index < 0 || info.index >= manifest.totalChunkCount))
            chunk.fail(fields.path(QStringLiteral("chunks")) +
                       QStringLiteral("[%1]: chunk %2 at row %3 does not follow row %4")
                           .arg(i)
                           .arg(info.index)
                           .arg(info.rowOffset)
                           .arg(expectedOffset));
        expectedOffset = info.rowOffset + info.rowCount;
        if (fields.ok() && info.index != i)
            chunk.fail(fields.path(QStringLiteral("chunks")) +
                       QStringLiteral("[%1]: chunk %2 out of order").arg(i).arg(info.index));
        manifest.chunks.append(info);
    }
    if (fields.ok() && !manifest.chunks.isEmpty() &&
        manifest.chunks.size() != manifest.totalChunkCount)
        fields.fail(fields.path(QStringLiteral("total_chunk_count")) +
                    QStringLiteral(": says %1 chunks, the list has %2")
                        .arg(manifest.totalChunkCount)
                        .arg(manifest.chunks.size()));
    if (fields.ok() && manifest.totalRowCount < 0)
        fields.fail(fields.path(QStringLiteral("total_row_count")) + QStringLiteral(": negative"));
    if (fields.ok() && !manifest.chunks.isEmpty() && expectedOffset != manifest.totalRowCount)
        fields.fail(fields.path(QStringLiteral("chunks")) +
                    QStringLiteral(": the chunks hold %1 rows, total_row_count says %2")
                        .arg(expectedOffset)
                        .arg(manifest.totalRowCount));
    return manifest;
}

ResultChunk readChunk(const JsonFields &fields, int columnCount)
{
    const QJsonArray rows = fields.array(QStringLiteral("data_array"));
    ResultChunk chunk(columnCount, rows.size());
    chunk.chunkIndex = static_cast<int>(fields.integer(QStringLiteral("chunk_index"), 0));
    chunk.rowOffset = fields.integer(QStringLiteral("row_offset"), 0);
    if (fields.has(QStringLiteral("next_chunk_index")))
        chunk.nextChunkIndex =
            static_cast<int>(fields.integer(QStringLiteral("next_chunk_index"), 0));
    const qint64 declared = fields.integer(QStringLiteral("row_count"), rows.size());
    if (fields.ok() && declared != rows.size())
        fields.fail(
            fields.path(QStringLiteral("row_count")) +
            QStringLiteral(": says %1 rows, data_array has %2").arg(declared).arg(rows.size()));
    for (qsizetype r = 0; r < rows.size() && fields.ok(); ++r) {
        const QJsonValue row = rows.at(r);
        if (!row.isArray() || row.toArray().size() != columnCount) {
            fields.fail(
                fields.path(QStringLiteral("data_array")) +
                QStringLiteral("[%1]: expected an array of %2 values").arg(r).arg(columnCount));
            break;
        }
        const QJsonArray values = row.toArray();
        for (int c = 0; c < columnCount; ++c) {
            const QJsonValue value = values.at(c);
            if (value.isNull()) {
                chunk.setNull(r, c);
            } else if (value.isString()) {
                chunk.set(r, c, value.toString());
            } else {
                fields.fail(fields.path(QStringLiteral("data_array")) +
                            QStringLiteral("[%1][%2]: expected a string or null, found %3")
                                .arg(r)
                                .arg(c)
                                .arg(jsonTypeName(value)));
                break;
            }
        }
    }
    return chunk;
}

} // namespace

std::optional<ResultManifest> manifest(const QJsonObject &json, QString *error)
{
    const JsonFields fields(json, QStringLiteral("manifest"));
    ResultManifest value = readManifest(fields);
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return value;
}

std::optional<ResultChunk> chunk(const QJsonObject &json, int columnCount, QString *error)
{
    const JsonFields fields(json, QString());
    ResultChunk value = readChunk(fields, columnCount);
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return value;
}

std::optional<StatementAnswer> statement(const QJsonObject &json, QString *error)
{
    const JsonFields fields(json, QString());
    StatementAnswer answer;
    answer.statementId = fields.string(QStringLiteral("statement_id"));
    if (fields.ok() && answer.statementId.isEmpty())
        fields.fail(QStringLiteral("statement_id: missing or empty"));
    const JsonFields status = fields.child(QStringLiteral("status"));
    const QString stateId = status.string(QStringLiteral("state"));
    answer.state = statementStateFromId(stateId);
    if (fields.ok() && answer.state == StatementState::Unknown)
        fields.fail(status.path(QStringLiteral("state")) + QStringLiteral(": unknown state '") +
                    stateId + QLatin1Char('\''));
    const JsonFields problem = status.child(QStringLiteral("error"));
    answer.error.errorCode = problem.string(QStringLiteral("error_code"));
    answer.error.message = problem.string(QStringLiteral("message"));
    answer.error.sqlState = status.string(QStringLiteral("sql_state"));
    findErrorPosition(&answer.error);
    if (fields.ok() && fields.has(QStringLiteral("manifest"))) {
        answer.manifest = readManifest(fields.child(QStringLiteral("manifest")));
        if (fields.ok() && fields.has(QStringLiteral("result")))
            answer.firstChunk = readChunk(fields.child(QStringLiteral("result")),
                                          static_cast<int>(answer.manifest->columns.size()));
    }
    if (fields.ok() && answer.state == StatementState::Succeeded && !answer.manifest)
        fields.fail(QStringLiteral("manifest: missing for a statement that succeeded"));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return answer;
}

} // namespace sqlAnswers

} // namespace brickdesk
