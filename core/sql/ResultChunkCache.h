#pragma once

#include "SqlClient.h"
#include "StatementResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

namespace brickdesk {

// The rows of a finished statement, fetched chunk by chunk as they are asked for and kept only a
// few chunks at a time: a million-row result is never in memory at once. The most recently asked
// chunks are fetched first (what the user scrolled to now), at most `parallel` at once; the least
// recently used chunk is dropped when more than `maxChunks` are held.
class ResultChunkCache : public QObject
{
    Q_OBJECT

public:
    ResultChunkCache(SqlClient *client, QString statementId, ResultManifest manifest,
                     std::optional<ResultChunk> firstChunk, QObject *parent = nullptr,
                     int maxChunks = 8, int parallel = 2);
    ~ResultChunkCache() override;

    const ResultManifest &manifest() const { return m_manifest; }
    QString statementId() const { return m_statementId; }
    qint64 rowCount() const { return m_manifest.totalRowCount; }
    int columnCount() const { return static_cast<int>(m_manifest.columns.size()); }

    // The chunk holding `row` when it is in memory (and marks it recently used); otherwise
    // nullptr, and the chunk is queued for fetching unless it failed before.
    const ResultChunk *chunkForRow(qint64 row);
    bool isLoaded(qint64 row) const;
    // The error of the chunk holding `row`, if its fetch failed.
    std::optional<ApiError> errorForRow(qint64 row) const;
    void retry(qint64 row); // forgets a failure and queues the chunk again

    int loadedChunkCount() const { return static_cast<int>(m_chunks.size()); }
    qsizetype memoryBytes() const;
    int fetchCount() const { return m_fetchCount; }
    void cancelAll(); // stops fetches under way and forgets the queue

Q_SIGNALS:
    void chunkLoaded(int chunkIndex, qint64 firstRow, qint64 rowCount);
    void chunkFailed(int chunkIndex, const ApiError &error);

private:
    void request(int chunkIndex);
    void pump();
    void store(int chunkIndex, ResultChunk chunk);
    void touch(int chunkIndex);
    const ResultChunkInfo *info(int chunkIndex) const;

    QPointer<SqlClient> m_client;
    QString m_statementId;
    ResultManifest m_manifest;
    int m_maxChunks;
    int m_parallel;
    QHash<int, std::shared_ptr<const ResultChunk>> m_chunks;
    QList<int> m_recent; // least recently used first
    QList<int> m_queue;  // most recently asked last
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QHash<int, ApiError> m_failed;
    int m_fetchCount = 0;
};

} // namespace brickdesk
