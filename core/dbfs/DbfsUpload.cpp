#include "DbfsUpload.h"

#include "DbfsClient.h"
#include "DbfsPath.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

namespace brickdesk {

namespace {

constexpr int kMaxRestarts = 3;

bool isAmbiguous(const ApiError &error)
{
    // No answer at all: the block may or may not have been appended.
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
}

} // namespace

DbfsUpload::DbfsUpload(int id, DbfsClient *client, QString localPath, QString remotePath,
                       QObject *parent)
    : Transfer(id, TransferDirection::Upload, std::move(localPath), std::move(remotePath), parent)
    , m_client(client)
{}

DbfsUpload::~DbfsUpload()
{
    if (m_active)
        cleanUpRemote();
}

void DbfsUpload::setBlockBytes(qint64 bytes)
{
    m_blockBytes = qBound<qint64>(1, bytes, DbfsClient::kMaxBlockBytes);
}

QString DbfsUpload::temporaryPathFor(const QString &remotePath, const QString &unique)
{
    return dbfspath::join(dbfspath::parentOf(remotePath),
                          QLatin1Char('.') + dbfspath::nameOf(remotePath) +
                              QStringLiteral(".brickdesk-upload-") + unique);
}

void DbfsUpload::start()
{
    if (m_active)
        return;
    if (state() != TransferState::Queued)
        resetForRetry();
    m_restarts = 0;
    begin();
}

void DbfsUpload::begin()
{
    if (!m_client)
        return fail(tr("Not connected to a workspace"));
    m_file = std::make_unique<QFile>(localPath());
    if (!m_file->open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(localPath(), m_file->errorString()));
    m_active = true;
    setTotal(m_file->size());
    setProgress(0);
    setState(TransferState::Checking);
    m_call =
        m_client->getStatus(remotePath(), this, [this](const DbfsResult<DbfsFileInfo> &result) {
            if (result.isMissing())
                return decide(false);
            if (!result.ok())
                return abortWith(result.error.summary(), result.error);
            if (result.value.isDir)
                return abortWith(tr("A folder is in the way at %1").arg(remotePath()));
            decide(true);
        });
}

void DbfsUpload::decide(bool targetExists)
{
    if (!targetExists) {
        m_targetPath = remotePath();
        m_overwrite = false;
        return createTemporary();
    }
    handleExistingDestination(remotePath());
}

void DbfsUpload::releaseOnSkip()
{
    m_file.reset();
}

void DbfsUpload::continueAfterConflict(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::Overwrite:
        m_targetPath = remotePath();
        m_overwrite = true;
        return createTemporary();
    default:
        break;
    }
    // Keep both: the first numbered name that is free, from one listing of the folder.
    const QString folder = dbfspath::parentOf(remotePath());
    m_call =
        m_client->list(folder, this, [this, folder](const DbfsResult<QList<DbfsFileInfo>> &result) {
            if (!result.ok())
                return abortWith(result.error.summary(), result.error);
            QSet<QString> taken;
            for (const DbfsFileInfo &entry : result.value)
                taken.insert(entry.name());
            for (int n = 1;; ++n) {
                const QString name = dbfspath::numberedName(dbfspath::nameOf(remotePath()), n);
                if (!taken.contains(name)) {
                    m_targetPath = dbfspath::join(folder, name);
                    m_overwrite = false;
                    return createTemporary();
                }
            }
        });
}

void DbfsUpload::createTemporary()
{
    setFinalPath(m_targetPath);
    const QString unique = QString::number(QRandomGenerator::global()->generate64(), 36);
    m_temporaryPath = temporaryPathFor(m_targetPath, unique);
    m_sent = 0;
    setProgress(0);
    setState(TransferState::Running);
    m_call =
        m_client->create(m_temporaryPath, false, this, [this](const DbfsResult<qint64> &result) {
            if (!result.ok()) {
                if (isAmbiguous(result.error))
                    return restartAfterAmbiguousFailure(result.error);
                return abortWith(result.error.summary(), result.error);
            }
            m_handle = result.value;
            sendNextBlock();
        });
}

void DbfsUpload::sendNextBlock()
{
    // Usually read and encoded while the previous block was on its way.
    PreparedBlock block = std::exchange(m_prepared, PreparedBlock());
    if (block.offset != m_sent || block.base64.isNull()) {
        block = prepareBlock(m_sent);
        if (block.base64.isNull())
            return abortWith(tr("Cannot read %1: %2").arg(localPath(), m_file->errorString()));
    }
    if (block.size == 0) {
        if (m_sent != bytesTotal())
            return abortWith(tr("%1 changed while it was being uploaded").arg(localPath()));
        return closeHandle();
    }
    const qint64 size = block.size;
    m_call = m_client->addEncodedBlock(
        m_handle, block.base64, this, [this, size](const DbfsResult<DbfsClient::Done> &result) {
            if (!result.ok()) {
                if (isAmbiguous(result.error))
                    return restartAfterAmbiguousFailure(result.error);
                return abortWith(result.error.summary(), result.error);
            }
            m_sent += size;
            setProgress(m_sent);
            if (m_active) // whoever heard of the progress may have cancelled
                sendNextBlock();
        });
    m_prepared = prepareBlock(m_sent + size);
}

DbfsUpload::PreparedBlock DbfsUpload::prepareBlock(qint64 offset)
{
    PreparedBlock block;
    if (!m_file || !m_file->seek(offset))
        return block; // null: could not read
    const QByteArray bytes = m_file->read(m_blockBytes);
    if (bytes.isEmpty() && m_file->error() != QFileDevice::NoError)
        return block;
    block.offset = offset;
    block.size = bytes.size();
    block.base64 = bytes.isEmpty() ? QByteArray("") : bytes.toBase64();
    return block;
}

void DbfsUpload::closeHandle()
{
    setState(TransferState::Finishing);
    m_call = m_client->close(m_handle, this, [this](const DbfsResult<DbfsClient::Done> &result) {
        if (!result.ok()) {
            if (isAmbiguous(result.error))
                return restartAfterAmbiguousFailure(result.error);
            return abortWith(result.error.summary(), result.error);
        }
        m_handle = 0;
        placeFile();
    });
}

void DbfsUpload::placeFile()
{
    // The size on DBFS proves no block went missing or twice before the copy replaces anything.
    m_call =
        m_client->getStatus(m_temporaryPath, this, [this](const DbfsResult<DbfsFileInfo> &result) {
            if (!result.ok())
                return abortWith(result.error.summary(), result.error);
            if (result.value.size != bytesTotal()) {
                ApiError error;
                error.kind = ApiError::Kind::InvalidResponse;
                error.message =
                    tr("DBFS holds %1 bytes of %2").arg(result.value.size).arg(bytesTotal());
                return restartAfterAmbiguousFailure(error);
            }
            if (!m_overwrite)
                return moveIntoPlace();
            m_call = m_client->deleteOnce(
                m_targetPath, false, this, [this](const DbfsResult<DbfsClient::Done> &deleted) {
                    if (!deleted.ok() && !deleted.isMissing())
                        return abortWith(deleted.error.summary(), deleted.error);
                    moveIntoPlace();
                });
        });
}

void DbfsUpload::moveIntoPlace()
{
    m_call = m_client->move(m_temporaryPath, m_targetPath, this,
                            [this](const DbfsResult<DbfsClient::Done> &result) {
                                if (!result.ok())
                                    return abortWith(result.error.summary(), result.error);
                                m_active = false;
                                m_temporaryPath.clear();
                                m_file.reset();
                                setState(TransferState::Done);
                            });
}

void DbfsUpload::restartAfterAmbiguousFailure(const ApiError &error)
{
    if (++m_restarts > kMaxRestarts)
        return abortWith(error.summary(), error);
    cleanUpRemote();
    createTemporary();
}

void DbfsUpload::cancel()
{
    if (isFinal(state()))
        return;
    if (m_call)
        m_call->cancel();
    cleanUpRemote();
    m_active = false;
    m_file.reset();
    setState(TransferState::Cancelled);
}

void DbfsUpload::abortWith(const QString &text, const ApiError &error)
{
    cleanUpRemote();
    m_active = false;
    m_file.reset();
    fail(text, error);
}

void DbfsUpload::cleanUpRemote()
{
    if (!m_client || m_temporaryPath.isEmpty())
        return;
    // The client, not this transfer, owns the clean-up calls: they finish even if the transfer
    // is removed from the list. The delete follows the close, or the close could bring the
    // temporary file back after it was deleted.
    QPointer<DbfsClient> client = m_client;
    const QString temporary = std::exchange(m_temporaryPath, QString());
    auto deleteTemporary = [client, temporary] {
        if (client)
            client->deleteOnce(temporary, false, client, [](const auto &) {});
    };
    const qint64 handle = std::exchange(m_handle, 0);
    if (handle == 0)
        return deleteTemporary();
    client->close(handle, client, [deleteTemporary](const auto &) { deleteTemporary(); });
}

} // namespace brickdesk
