#pragma once

#include "Transfer.h"

#include <QPointer>
#include <map>
#include <memory>

namespace brickdesk {

class DbfsClient;
class ApiCall;
class BlockFileWriter;

// A DBFS file to a local file: get-status for the size, then ranged reads of up to 1 MB with a
// bounded number in flight, written in order to a hidden part file next to the destination
// (".<name>.brickdesk-part", with a ".json" note of what it holds). When every byte is in and
// the size matches get-status, the part file is renamed to the destination. Disk writes run on a
// thread of their own (BlockFileWriter). Cancel deletes the
// part file; a failure keeps it so that retry() resumes from the bytes already written.
class DbfsDownload : public Transfer
{
    Q_OBJECT

public:
    DbfsDownload(int id, DbfsClient *client, QString remotePath, QString localPath,
                 QObject *parent = nullptr);
    ~DbfsDownload() override;

    void setParallelReads(int count) { m_parallelReads = qMax(1, count); }
    void setBlockBytes(qint64 bytes); // ≤ 1 MB; tests use smaller blocks

    void start() override;
    void cancel() override;

    static QString partPathFor(const QString &localPath);

private:
    void continueAfterConflict(ConflictChoice choice) override;
    void begin();
    void onStatus(qint64 size, qint64 modifiedMs);
    void prepareTarget();
    void openPartFile();
    void writeNote() const;
    void pump();
    void onBlock(qint64 offset, qint64 expected, const QByteArray &data, qint64 bytesRead);
    void onWritten(qint64 fileSize);
    void finishWriting();
    void verifyAndPlace();
    void abortWith(const QString &text, const ApiError &error = {});
    void stopReads();

    QPointer<DbfsClient> m_client;
    int m_parallelReads = 12;
    qint64 m_blockBytes = 1024 * 1024;
    qint64 m_remoteSize = -1;
    qint64 m_remoteModifiedMs = 0;
    qint64 m_nextOffset = 0;   // next range to ask for
    qint64 m_handedBytes = 0;  // contiguous bytes given to the writer
    qint64 m_writtenBytes = 0; // of those, the bytes the writer says are in the part file
    QString m_targetPath;      // the destination chosen after conflict resolution
    QString m_partPath;
    std::unique_ptr<BlockFileWriter> m_writer; // disk writes happen on its thread
    std::map<qint64, QByteArray> m_waiting;    // blocks that arrived ahead of their turn
    QList<QPointer<ApiCall>> m_reads;          // to cancel; finished calls stay until deleted
    int m_readsInFlight = 0;
    bool m_cancelling = false;
};

} // namespace brickdesk
