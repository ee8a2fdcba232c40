#pragma once

#include "SqlClient.h"
#include "StatementResult.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <memory>

namespace brickdesk {

enum class ExportFormat
{
    Csv,  // RFC 4180, CRLF; NULL as an empty unquoted field, an empty string as ""
    Tsv,  // \t \n \r \\ escaped; NULL as \N
    Json, // an array of objects; numbers and booleans typed by the column type; NULL as null
};

QString exportFormatName(ExportFormat format);      // "CSV" ...
QString exportFormatExtension(ExportFormat format); // "csv" ...

// How rows are written, one piece at a time (for the exporter and for copying cells).
namespace resultFormat {
QByteArray csvField(const QString &value, bool isNull);
QByteArray tsvField(const QString &value, bool isNull);
QByteArray jsonString(const QString &value);
// A value of `column` as JSON: a number or boolean when the column's type says so and the text
// is one, otherwise a string; null for NULL.
QByteArray jsonValue(const ResultColumn &column, const QString &value, bool isNull);
// The JSON object keys of the columns: their names, a repeated name made unique ("id", "id_2").
QStringList jsonKeys(const QList<ResultColumn> &columns);

QByteArray header(ExportFormat format, const ResultManifest &manifest);
// The rows of `chunk`; `rowsBefore` is how many rows were written before it (JSON separators).
QByteArray rows(ExportFormat format, const ResultManifest &manifest, const ResultChunk &chunk,
                qint64 rowsBefore);
QByteArray footer(ExportFormat format, qint64 rowsWritten);
} // namespace resultFormat

// Writes a finished statement's whole result to a file, fetching its chunks in order (two at a
// time) straight from the API — not through a ResultChunkCache, whose chunks belong to what the
// user looks at — and writing each as it arrives, so neither the rows nor the writing ever hold
// up the GUI thread for long. The file appears only when every row is written (QSaveFile): a
// failed or cancelled export leaves nothing behind.
class ResultExporter : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Succeeded,
        Failed,
        Canceled
    };
    Q_ENUM(State)

    // `firstChunk` (the statement answer's inline rows) saves one request when given.
    ResultExporter(SqlClient *client, QString statementId, ResultManifest manifest,
                   ExportFormat format, QString filePath,
                   std::optional<ResultChunk> firstChunk = std::nullopt, QObject *parent = nullptr);
    ~ResultExporter() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Idle && m_state != State::Running; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_path; }
    ExportFormat format() const { return m_format; }
    qint64 rowsWritten() const { return m_rowsWritten; }
    qint64 totalRows() const { return m_manifest.totalRowCount; }
    // Chunks fetched and not yet written (at most `kParallel` + the one being written).
    int bufferedChunkCount() const { return int(m_arrived.size()); }

    static constexpr int kParallel = 2;

Q_SIGNALS:
    void progress(qint64 rowsWritten, qint64 totalRows);
    void finished(brickdesk::ResultExporter::State state);

private:
    void fetchMore();
    void fetch(int chunkIndex);
    void writeArrived();
    bool write(const QByteArray &bytes);
    void complete();
    void fail(const QString &message);
    void end(State state);

    QPointer<SqlClient> m_client;
    QString m_statementId;
    ResultManifest m_manifest;
    ExportFormat m_format;
    QString m_path;
    std::optional<ResultChunk> m_firstChunk;
    std::unique_ptr<QSaveFile> m_file;
    State m_state = State::Idle;
    QString m_error;
    qint64 m_rowsWritten = 0;
    // Chunks in writing order: m_order[i] is the i-th chunk's index (from the manifest; without
    // a chunk list, learnt from each chunk's next_chunk_index).
    QList<int> m_order;
    bool m_orderKnown = false;
    int m_nextToFetch = 0;                    // position in m_order
    int m_nextToWrite = 0;                    // position in m_order
    QMap<int, ResultChunk> m_arrived;         // by position
    QHash<int, QPointer<ApiCall>> m_inFlight; // by position
};

} // namespace brickdesk
