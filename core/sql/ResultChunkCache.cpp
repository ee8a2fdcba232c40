#include "ResultChunkCache.h"

namespace brickdesk {

ResultChunkCache::ResultChunkCache(SqlClient *client, QString statementId, ResultManifest manifest,
                                   std::optional<ResultChunk> firstChunk, QObject *parent,
                                   int maxChunks, int parallel)
    : QObject(parent)
    , m_client(client)
    , m_statementId(std::move(statementId))
    , m_manifest(std::move(manifest))
    , m_maxChunks(std::max(2, maxChunks))
    , m_parallel(std::max(1, parallel))
{
    if (firstChunk && firstChunk->columnCount() == columnCount()) {
        const int index = firstChunk->chunkIndex;
        if (const ResultChunkInfo *known = info(index);
            known && known->rowCount == firstChunk->rowCount())
            store(index, std::move(*firstChunk));
    }
}

ResultChunkCache::~ResultChunkCache()
{
    cancelAll();
}

const ResultChunkInfo *ResultChunkCache::info(int chunkIndex) const
{
    for (const ResultChunkInfo &chunk : m_manifest.chunks) {
        if (chunk.index == chunkIndex)
            return &chunk;
    }
    return nullptr;
}

const ResultChunk *ResultChunkCache::chunkForRow(qint64 row)
{
    const int index = m_manifest.chunkIndexForRow(row);
    if (index < 0)
        return nullptr;
    const auto found = m_chunks.constFind(index);
    if (found != m_chunks.cend()) {
        touch(index);
        return found->get();
    }
    if (!m_failed.contains(index))
        request(index);
    return nullptr;
}

bool ResultChunkCache::isLoaded(qint64 row) const
{
    return m_chunks.contains(m_manifest.chunkIndexForRow(row));
}

std::optional<ApiError> ResultChunkCache::errorForRow(qint64 row) const
{
    const auto found = m_failed.constFind(m_manifest.chunkIndexForRow(row));
    if (found == m_failed.cend())
        return std::nullopt;
    return *found;
}

void ResultChunkCache::retry(qint64 row)
{
    const int index = m_manifest.chunkIndexForRow(row);
    if (index >= 0 && m_failed.remove(index) > 0)
        request(index);
}

qsizetype ResultChunkCache::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const auto &chunk : m_chunks)
        bytes += chunk->memoryBytes();
    return bytes;
}

void ResultChunkCache::cancelAll()
{
    m_queue.clear();
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void ResultChunkCache::request(int chunkIndex)
{
    if (m_inFlight.contains(chunkIndex))
        return;
    m_queue.removeOne(chunkIndex);
    m_queue.append(chunkIndex);
    // Requests the user has scrolled past are dropped: only the newest few matter.
    while (m_queue.size() > m_maxChunks)
        m_queue.removeFirst();
    pump();
}

void ResultChunkCache::pump()
{
    while (m_inFlight.size() < m_parallel && !m_queue.isEmpty() && m_client) {
        const int index = m_queue.takeLast();
        const QPointer<ResultChunkCache> self(this);
        ++m_fetchCount;
        QPointer<ApiCall> call =
            m_client->chunk(m_statementId, index, columnCount(), this,
                            [self, index](const CallResult<ResultChunk> &result) {
                                if (!self)
                                    return;
                                self->m_inFlight.remove(index);
                                if (!result.ok()) {
                                    self->m_failed.insert(index, result.error);
                                    Q_EMIT self->chunkFailed(index, result.error);
                                } else {
                                    const ResultChunkInfo *known = self->info(index);
                                    // Rows are placed by the manifest: another chunk than the
                                    // one asked for would show rows in the wrong place.
                                    if (!known || known->rowCount != result.value.rowCount() ||
                                        result.value.chunkIndex != index ||
                                        result.value.rowOffset != known->rowOffset) {
                                        ApiError error;
                                        error.kind = ApiError::Kind::InvalidResponse;
                                        error.message =
                                            tr("asked for chunk %1 (%2 rows at row %3), got "
                                               "chunk %4 (%5 rows at row %6)")
                                                .arg(index)
                                                .arg(known ? known->rowCount : 0)
                                                .arg(known ? known->rowOffset : 0)
                                                .arg(result.value.chunkIndex)
                                                .arg(result.value.rowCount())
                                                .arg(result.value.rowOffset);
                                        self->m_failed.insert(index, error);
                                        Q_EMIT self->chunkFailed(index, error);
                                    } else {
                                        self->store(index, result.value);
                                    }
                                }
                                self->pump();
                            });
        if (call)
            m_inFlight.insert(index, call);
    }
}

void ResultChunkCache::store(int chunkIndex, ResultChunk chunk)
{
    const ResultChunkInfo *known = info(chunkIndex);
    chunk.rowOffset = known ? known->rowOffset : chunk.rowOffset;
    const qint64 firstRow = chunk.rowOffset;
    const qint64 rows = chunk.rowCount();
    m_chunks.insert(chunkIndex, std::make_shared<const ResultChunk>(std::move(chunk)));
    touch(chunkIndex);
    while (m_recent.size() > m_maxChunks) {
        const int oldest = m_recent.takeFirst();
        m_chunks.remove(oldest);
    }
    Q_EMIT chunkLoaded(chunkIndex, firstRow, rows);
}

void ResultChunkCache::touch(int chunkIndex)
{
    m_recent.removeOne(chunkIndex);
    m_recent.append(chunkIndex);
}

} // namespace brickdesk
