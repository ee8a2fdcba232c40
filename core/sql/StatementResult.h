#pragma once

#include <QBitArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

enum class StatementState
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Canceled,
    Closed,
    Unknown
};

StatementState statementStateFromId(const QString &id);
QString statementStateName(StatementState state); // for the user
bool isFinished(StatementState state);            // nothing more will happen to it

struct ResultColumn
{
    QString name;
    int position = 0;
    QString typeName; // LONG, STRING, DECIMAL ... (type_name)
    QString typeText; // BIGINT, DECIMAL(10,2) ... (type_text; typeName when absent)
    bool isNumeric() const;
    bool isBoolean() const;
};

struct ResultChunkInfo
{
    int index = 0;
    qint64 rowOffset = 0;
    qint64 rowCount = 0;
    qint64 byteCount = 0;
};

// What a finished statement's result looks like, without its rows.
struct ResultManifest
{
    QString format; // JSON_ARRAY
    QList<ResultColumn> columns;
    int totalChunkCount = 0;
    QList<ResultChunkInfo> chunks; // sorted by row offset
    qint64 totalRowCount = 0;
    bool truncated = false; // row_limit or byte_limit cut it

    // The chunk holding `row`, or -1 (outside the result, or no chunk list).
    int chunkIndexForRow(qint64 row) const;
};

// One chunk of rows. Values are kept as the API sends them (JSON_ARRAY: strings or null); NULL
// stays distinct from an empty string.
class ResultChunk
{
public:
    int chunkIndex = 0;
    qint64 rowOffset = 0;
    std::optional<int> nextChunkIndex;

    ResultChunk() = default;
    ResultChunk(int columnCount, qint64 rowCount);

    qint64 rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    bool isNull(qint64 row, int column) const;
    QString value(qint64 row, int column) const; // empty for NULL
    void set(qint64 row, int column, const QString &value);
    void setNull(qint64 row, int column);
    qsizetype memoryBytes() const; // roughly what it holds, for cache limits

private:
    qsizetype at(qint64 row, int column) const { return row * m_columnCount + column; }
    int m_columnCount = 0;
    qint64 m_rowCount = 0;
    QList<QString> m_values;
    QBitArray m_nulls;
};

// A statement's error, with where in the text it is when the message says so ("line 1, pos 9").
struct StatementError
{
    QString errorCode;
    QString message;
    QString sqlState;
    int line = 0;    // 1-based; 0 when unknown
    int column = -1; // 0-based within the line; -1 when unknown
    bool isEmpty() const { return errorCode.isEmpty() && message.isEmpty(); }
};

// Finds "line L, pos P" / "line L pos P" in a Databricks SQL error message.
void findErrorPosition(StatementError *error);

// The answer of submit and get: the statement's state and, once it succeeded, its manifest and
// (INLINE) the first chunk.
struct StatementAnswer
{
    QString statementId;
    StatementState state = StatementState::Unknown;
    StatementError error;
    std::optional<ResultManifest> manifest;
    std::optional<ResultChunk> firstChunk;
};

namespace sqlAnswers {
std::optional<StatementAnswer> statement(const QJsonObject &json, QString *error);
// A chunk (the `result` object, or the answer of result/chunks/{i}); `columnCount` from the
// manifest: every row must have exactly that many values.
std::optional<ResultChunk> chunk(const QJsonObject &json, int columnCount, QString *error);
std::optional<ResultManifest> manifest(const QJsonObject &json, QString *error);
} // namespace sqlAnswers

} // namespace brickdesk
