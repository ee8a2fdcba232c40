#include "DbfsDownload.h"

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
    switch (conflictChoice()) {
    case ConflictChoice::Ask:
        m_active = false;
        askAboutConflict(localPath());
        return;
    default:
        resolveConflict(conflictChoice());
    }
}

void DbfsDownload::resolveConflict(ConflictChoice choice)
{
    if (choice == ConflictChoice::Ask || isFinal(state()))
        return;
    setConflictChoice(choice);
    m_active = true;
    switch (choice) {
    case ConflictChoice::Skip:
        m_active = false;
        setState(TransferState::Skipped);
        return;
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
    if (!openPartFile())
        return;
    setState(TransferState::Running);
    if (m_writtenBytes == m_remoteSize)
        return complete();
    pump();
}

bool DbfsDownload::openPartFile()
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
    m_part = std::make_unique<QFile>(partPath);
    if (verified > 0 && m_part->size() >= verified && m_part->open(QIODevice::ReadWrite) &&
        m_part->resize(verified) && m_part->seek(verified)) {
        m_writtenBytes = verified;
        setResumedFrom(verified);
    } else {
        m_part->close();
        if (!m_part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            abortWith(tr("Cannot write %1: %2").arg(partPath, m_part->errorString()));
            return false;
        }
        m_writtenBytes = 0;
        setResumedFrom(0);
    }
    m_nextOffset = m_writtenBytes;
    m_waiting.clear();
    setProgress(m_writtenBytes);
    return writeNote();
}

bool DbfsDownload::writeNote() const
{
    QSaveFile note(noteFor(m_part->fileName()));
    if (!note.open(QIODevice::WriteOnly))
        return true; // without a note the download still works; it just cannot resume
    const QJsonObject json{{QStringLiteral("remote"), remotePath()},
                           {QStringLiteral("size"), m_remoteSize},
                           {QStringLiteral("modified"), m_remoteModifiedMs}};
    note.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    note.commit();
    return true;
}

void DbfsDownload::pump()
{
    m_reads.removeAll(nullptr);
    // Blocks waiting for an earlier one count against the limit too: memory stays bounded even
    // when one early read is slow.
    while (m_active && m_nextOffset < m_remoteSize &&
           m_readsInFlight + int(m_waiting.size()) < m_parallelReads * 2 &&
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
        stopReads();
        removePartFiles();
        return abortWith(tr("%1 changed on DBFS during the download (expected %2 bytes at offset "
                            "%3, got %4)")
                             .arg(remotePath())
                             .arg(expected)
                             .arg(offset)
                             .arg(bytesRead));
    }
    m_waiting.emplace(offset, data);
    bool wrote = false;
    for (auto it = m_waiting.begin(); it != m_waiting.end() && it->first == m_writtenBytes;
         it = m_waiting.erase(it)) {
        if (m_part->write(it->second) != it->second.size())
            return abortWith(
                tr("Cannot write %1: %2").arg(m_part->fileName(), m_part->errorString()));
        m_writtenBytes += it->second.size();
        wrote = true;
    }
    if (wrote) {
        if (!m_part->flush())
            return abortWith(
                tr("Cannot write %1: %2").arg(m_part->fileName(), m_part->errorString()));
        setProgress(m_writtenBytes);
    }
    if (m_writtenBytes == m_remoteSize)
        return complete();
    pump();
}

void DbfsDownload::complete()
{
    setState(TransferState::Finishing);
    m_part->close();
    // Checked again at the end: only a copy of the file as it is now goes into place.
    m_reads.append(
        m_client->getStatus(remotePath(), this, [this](const DbfsResult<DbfsFileInfo> &result) {
            if (!result.ok())
                return abortWith(result.error.summary(), result.error);
            if (result.value.size != m_remoteSize ||
                result.value.modifiedMs != m_remoteModifiedMs) {
                removePartFiles();
                return abortWith(tr("%1 changed on DBFS during the download").arg(remotePath()));
            }
            const QString partPath = m_part->fileName();
            if (QFileInfo(partPath).size() != m_remoteSize)
                return abortWith(tr("The downloaded copy has %1 bytes, DBFS says %2")
                                     .arg(QFileInfo(partPath).size())
                                     .arg(m_remoteSize));
            // rename(2) replaces the old file in one step: there is never no file, or half of one.
            std::error_code failure;
            std::filesystem::rename(partPath.toStdString(), m_targetPath.toStdString(), failure);
            if (failure)
                return abortWith(tr("Cannot put the file in place at %1: %2")
                                     .arg(m_targetPath, QString::fromStdString(failure.message())));
            QFile::remove(noteFor(partPath));
            m_active = false;
            m_part.reset();
            setState(TransferState::Done);
        }));
}

void DbfsDownload::cancel()
{
    if (isFinal(state()))
        return;
    stopReads();
    removePartFiles();
    m_active = false;
    setState(TransferState::Cancelled);
}

void DbfsDownload::abortWith(const QString &text, const ApiError &error)
{
    stopReads();
    if (m_part)
        m_part->close(); // kept with its note: retry() resumes from it
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

void DbfsDownload::removePartFiles()
{
    QString partPath;
    if (m_part) {
        m_part->close();
        partPath = m_part->fileName();
        m_part.reset();
    } else if (!m_targetPath.isEmpty()) {
        partPath = partPathFor(m_targetPath);
    }
    if (!partPath.isEmpty()) {
        QFile::remove(partPath);
        QFile::remove(noteFor(partPath));
    }
}

} // namespace brickdesk
