#include "DbfsDownload.h"

#include "BlockFileWriter.h"
#include "DbfsClient.h"
#include "DbfsPath.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <filesystem>
#include <system_error>

namespace brickdesk {

namespace {

QString noteFor(const QString &partPath)
{
    return partPath + QStringLiteral(".json");
}

} // namespace

DbfsDownload::DbfsDownload(int id, DbfsClient *client, QString remotePath, QString localPath,
                           QObject *parent)
    : Transfer(id, TransferDirection::Download, std::move(localPath), std::move(remotePath), parent)
    , m_client(client)
{}

DbfsDownload::~DbfsDownload()
{
    stopReads();
}

void DbfsDownload::setBlockBytes(qint64 bytes)
{
    m_blockBytes = qBound<qint64>(1, bytes, DbfsClient::kMaxBlockBytes);
}

QString DbfsDownload::partPathFor(const QString &localPath)
{
    const QFileInfo info(localPath);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() +
                               QStringLiteral(".brickdesk-part"));
}

void DbfsDownload::start()
{
    if (m_active)
        return;
    if (state() != TransferState::Queued)
        resetForRetry();
    begin();
}

void DbfsDownload::begin()
{
    if (!m_client) {
        fail(tr("Not connected to a workspace"));
        return;
    }
    m_active = true;
    setState(TransferState::Checking);
    m_reads.append(
        m_client->getStatus(remotePath(), this, [this](const DbfsResult<DbfsFileInfo> &result) {
            m_reads.clear();
            if (result.isMissing())
                return abortWith(tr("%1 is not on DBFS any more").arg(remotePath()), result.error);
            if (!result.ok())
                return abortWith(result.error.summary(), result.error);
            if (result.value.isDir)
                return abortWith(tr("%1 is a folder").arg(remotePath()));
            onStatus(result.value.size, result.value.modifiedMs);
        }));
}

void DbfsDownload::onStatus(qint64 size, qint64 modifiedMs)
{
    m_remoteSize = size;
    m_remoteModifiedMs = modifiedMs;
    setTotal(size);
    if (!QFileInfo::exists(localPath())) {
        m_targetPath = localPath();
        prepareTarget();
        return;
    }
    handleExistingDestination(localPath());
}

void DbfsDownload::continueAfterConflict(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::KeepBoth: {
        const QFileInfo wanted(localPath());
        for (int n = 1;; ++n) {
            const QString candidate =
                wanted.dir().filePath(dbfspath::numberedName(wanted.fileName(), n));
            if (!QFileInfo::exists(candidate)) {
                m_targetPath = candidate;
                break;
            }
        }
        break;
    }
    default:
        m_targetPath = localPath();
    }
    prepareTarget();
}

void DbfsDownload::prepareTarget()
{
    setFinalPath(m_targetPath);
    if (!QDir().mkpath(QFileInfo(m_targetPath).absolutePath()))
        return abortWith(
            tr("Cannot create the folder %1").arg(QFileInfo(m_targetPath).absolutePath()));
    openPartFile();
    setState(TransferState::Running);
    if (m_writtenBytes == m_remoteSize)
        return finishWriting();
    pump();
}

void DbfsDownload::openPartFile()
{
    const QString partPath = partPathFor(m_targetPath);
    // Resume only what was written from this very file: same path, size and modification time.
    // Blocks are appended in order and only after their length was checked, so every byte of
    // the part file is verified: its size is where to go on.
    bool sameSource = false;
    QFile noteFile(noteFor(partPath));
    if (noteFile.open(QIODevice::ReadOnly)) {
        const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
        sameSource =
            note.value(QStringLiteral("remote")).toString() == remotePath() &&
            qint64(note.value(QStringLiteral("size")).toDouble(-1)) == m_remoteSize &&
            qint64(note.value(QStringLiteral("modified")).toDouble(-1)) == m_remoteModifiedMs;
    }
    const qint64 verified = sameSource ? qMin(QFileInfo(partPath).size(), m_remoteSize) : 0;

    // A writer per attempt: whatever an earlier attempt's writer still had to say goes with it.
    m_writer = std::make_unique<BlockFileWriter>();
    connect(m_writer.get(), &BlockFileWriter::written, this, &DbfsDownload::onWritten);
    connect(m_writer.get(), &BlockFileWriter::failed, this,
            [this](const QString &reason) { abortWith(reason); });
    connect(m_writer.get(), &BlockFileWriter::closed, this, [this] {
        if (m_active && state() == TransferState::Finishing)
            verifyAndPlace();
    });
    connect(m_writer.get(), &BlockFileWriter::discarded, this, [this] {
        if (m_cancelling) {
            m_cancelling = false;
            setState(TransferState::Cancelled);
        }
    });
    m_partPath = partPath;
    m_writer->open(partPath, verified);
    m_writtenBytes = m_handedBytes = verified;
    setResumedFrom(verified);
    m_nextOffset = verified;
    m_waiting.clear();
    setProgress(verified);
    writeNote();
}

void DbfsDownload::writeNote() const
{
    QSaveFile note(noteFor(m_partPath));
    if (!note.open(QIODevice::WriteOnly))
        return; // without a note the download still works; it just cannot resume
    const QJsonObject json{{QStringLiteral("remote"), remotePath()},
                           {QStringLiteral("size"), m_remoteSize},
                           {QStringLiteral("modified"), m_remoteModifiedMs}};
    note.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    note.commit();
}

void DbfsDownload::pump()
{
    m_reads.removeAll(nullptr);
    // Blocks waiting for an earlier one or for the disk count against the limit too: memory
    // stays bounded even when one early read or the disk is slow.
    const auto blocksHeld = [this] {
        return m_readsInFlight + int(m_waiting.size()) +
               int((m_handedBytes - m_writtenBytes + m_blockBytes - 1) / m_blockBytes);
    };
    while (m_active && m_nextOffset < m_remoteSize && blocksHeld() < m_parallelReads * 2 &&
           m_readsInFlight < m_parallelReads) {
        const qint64 offset = m_nextOffset;
        const qint64 length = qMin(m_blockBytes, m_remoteSize - offset);
        m_nextOffset += length;
        ++m_readsInFlight;
        m_reads.append(m_client->read(
            remotePath(), offset, length, this,
            [this, offset, length](const DbfsResult<DbfsReadAnswer> &result) {
                --m_readsInFlight; // a finished call lingers until deleteLater: not in m_reads
                if (!result.ok())
                    return abortWith(result.error.summary(), result.error);
                onBlock(offset, length, result.value.data, result.value.bytesRead);
            }));
    }
}

void DbfsDownload::onBlock(qint64 offset, qint64 expected, const QByteArray &data, qint64 bytesRead)
{
    if (!m_active)
        return;
    if (bytesRead != expected) {
        // Shorter than get-status promised: the file changed under us. Nothing here is usable.
        m_writer->discard({noteFor(m_partPath)});
        return abortWith(tr("%1 changed on DBFS during the download (expected %2 bytes at offset "
                            "%3, got %4)")
                             .arg(remotePath())
                             .arg(expected)
                             .arg(offset)
                             .arg(bytesRead));
    }
    m_waiting.emplace(offset, data);
    for (auto it = m_waiting.begin(); it != m_waiting.end() && it->first == m_handedBytes;
         it = m_waiting.erase(it)) {
        m_writer->append(it->second);
        m_handedBytes += it->second.size();
    }
    pump();
}

void DbfsDownload::onWritten(qint64 fileSize)
{
    if (!m_active)
        return;
    m_writtenBytes = fileSize;
    setProgress(m_writtenBytes);
    if (!m_active) // whoever heard of the progress may have cancelled
        return;
    if (m_writtenBytes == m_remoteSize)
        return finishWriting();
    pump();
}

void DbfsDownload::finishWriting()
{
    setState(TransferState::Finishing);
    m_writer->close(); // verifyAndPlace() once the file is closed
}

void DbfsDownload::verifyAndPlace()
{
    // Checked again at the end: only a copy of the file as it is now goes into place.
    m_reads.append(
        m_client->getStatus(remotePath(), this, [this](const DbfsResult<DbfsFileInfo> &result) {
            if (!result.ok())
                return abortWith(result.error.summary(), result.error);
            if (result.value.size != m_remoteSize ||
                result.value.modifiedMs != m_remoteModifiedMs) {
                m_writer->discard({noteFor(m_partPath)});
                return abortWith(tr("%1 changed on DBFS during the download").arg(remotePath()));
            }
            const qint64 partSize = QFileInfo(m_partPath).size();
            if (partSize != m_remoteSize)
                return abortWith(tr("The downloaded copy has %1 bytes, DBFS says %2")
                                     .arg(partSize)
                                     .arg(m_remoteSize));
            // rename(2) replaces the old file in one step: there is never no file, or half of one.
            std::error_code failure;
            std::filesystem::rename(std::filesystem::path(m_partPath.toStdU16String()),
                                    std::filesystem::path(m_targetPath.toStdU16String()), failure);
            if (failure)
                return abortWith(tr("Cannot put the file in place at %1: %2")
                                     .arg(m_targetPath, QString::fromStdString(failure.message())));
            QFile::remove(noteFor(m_partPath));
            m_active = false;
            setState(TransferState::Done);
        }));
}

void DbfsDownload::cancel()
{
    if (isFinal(state()) || m_cancelling)
        return;
    stopReads();
    m_active = false;
    if (!m_writer) {
        setState(TransferState::Cancelled);
        return;
    }
    // Cancelled once the part file is gone, so that nothing is left when the state says so.
    m_cancelling = true;
    m_writer->discard({noteFor(m_partPath)});
}

void DbfsDownload::abortWith(const QString &text, const ApiError &error)
{
    if (!m_active || m_cancelling)
        return; // ended already, or cancelling: a late failure has nothing to add
    stopReads();
    if (m_writer)
        m_writer->close(); // the part file stays with its note: retry() resumes from it
    m_active = false;
    fail(text, error);
}

void DbfsDownload::stopReads()
{
    m_readsInFlight = 0;
    const QList<QPointer<ApiCall>> reads = std::exchange(m_reads, {});
    for (const QPointer<ApiCall> &call : reads) {
        if (call)
            call->cancel();
    }
    m_waiting.clear();
}

} // namespace brickdesk
