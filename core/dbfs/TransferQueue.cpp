#include "TransferQueue.h"

#include "DbfsClient.h"
#include "DbfsDownload.h"
#include "DbfsPath.h"
#include "DbfsTreeWalker.h"
#include "DbfsUpload.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace brickdesk {

namespace {

bool isBusy(TransferState state)
{
    return state == TransferState::Checking || state == TransferState::Running ||
           state == TransferState::Finishing;
}

} // namespace

TransferQueue::TransferQueue(DbfsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TransferQueue::~TransferQueue()
{
    for (Transfer *transfer : std::as_const(m_transfers))
        transfer->disconnect(this);
    cancelAll();
    qDeleteAll(m_transfers);
}

void TransferQueue::setMaxRunning(int count)
{
    m_maxRunning = qMax(1, count);
    startMore();
}

Transfer *TransferQueue::find(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : m_transfers.at(row);
}

int TransferQueue::rowOf(int id) const
{
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (m_transfers.at(row)->id() == id)
            return row;
    }
    return -1;
}

int TransferQueue::add(Transfer *transfer)
{
    transfer->setConflictChoice(m_conflictChoice);
    m_transfers.append(transfer);
    connect(transfer, &Transfer::changed, this, [this, transfer] { onTransferChanged(transfer); });
    connect(transfer, &Transfer::conflictFound, this,
            [this, transfer] { Q_EMIT conflictAsked(transfer->id()); });
    connect(transfer, &Transfer::finished, this, &TransferQueue::startMore, Qt::QueuedConnection);
    Q_EMIT transferAdded(int(m_transfers.size()) - 1);
    startMore();
    return transfer->id();
}

int TransferQueue::download(const QString &remotePath, const QString &localPath)
{
    auto *transfer = new DbfsDownload(m_nextId++, m_client, remotePath, localPath);
    transfer->setParallelReads(m_parallelReads);
    transfer->setBlockBytes(m_blockBytes);
    return add(transfer);
}

int TransferQueue::upload(const QString &localPath, const QString &remotePath)
{
    if (QFileInfo(localPath).isDir())
        return uploadFolder(localPath, dbfspath::parentOf(remotePath));
    auto *transfer = new DbfsUpload(m_nextId++, m_client, localPath, remotePath);
    transfer->setBlockBytes(m_blockBytes);
    return add(transfer);
}

int TransferQueue::uploadFolder(const QString &localFolder, const QString &remoteParent)
{
    const QDir root(localFolder);
    const QString remoteRoot = dbfspath::join(remoteParent, root.dirName());
    int first = -1;
    bool anyFile = false;
    // Symbolic links are not followed: a link loop must not upload forever.
    QDirIterator it(localFolder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QStringList emptyFolders;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString remote = dbfspath::join(remoteRoot, root.relativeFilePath(path));
        if (info.isSymLink())
            continue;
        if (info.isDir()) {
            if (QDir(path).isEmpty())
                emptyFolders.append(remote);
            continue;
        }
        anyFile = true;
        const int id = upload(path, remote);
        if (first < 0)
            first = id;
    }
    if (!anyFile)
        emptyFolders.append(remoteRoot);
    for (const QString &folder : std::as_const(emptyFolders)) {
        if (m_client)
            m_client->mkdirs(folder, this, [this, folder](const DbfsResult<DbfsClient::Done> &r) {
                if (!r.ok())
                    Q_EMIT folderListingFailed(folder, r.error.summary());
            });
    }
    return first;
}

void TransferQueue::downloadFolder(const QString &remoteFolder, const QString &localParent)
{
    const QString localRoot = QDir(localParent).filePath(dbfspath::nameOf(remoteFolder));
    QDir().mkpath(localRoot);
    auto *walker = new DbfsTreeWalker(m_client, this);
    const QString prefix =
        remoteFolder.endsWith(QLatin1Char('/')) ? remoteFolder : remoteFolder + QLatin1Char('/');
    connect(walker, &DbfsTreeWalker::found, this,
            [this, prefix, localRoot](const QList<DbfsFileInfo> &entries) {
                for (const DbfsFileInfo &entry : entries) {
                    const QString local = QDir(localRoot).filePath(entry.path.mid(prefix.size()));
                    if (entry.isDir)
                        QDir().mkpath(local);
                    else
                        download(entry.path, local);
                }
            });
    connect(walker, &DbfsTreeWalker::finished, this,
            [this, walker, remoteFolder](const ApiError &error) {
                if (error.isError() && error.kind != ApiError::Kind::Cancelled)
                    Q_EMIT folderListingFailed(remoteFolder, error.summary());
                walker->deleteLater();
            });
    walker->start(remoteFolder);
}

void TransferQueue::startMore()
{
    int running = 0;
    for (const Transfer *transfer : std::as_const(m_transfers))
        running += isBusy(transfer->state()) ? 1 : 0;
    for (Transfer *transfer : std::as_const(m_transfers)) {
        if (running >= m_maxRunning)
            break;
        if (transfer->state() == TransferState::Queued) {
            ++running;
            transfer->start();
        }
    }
    const bool idle = isIdle();
    if (idle != m_wasIdle) {
        m_wasIdle = idle;
        Q_EMIT idleChanged(idle);
    }
}

void TransferQueue::onTransferChanged(Transfer *transfer)
{
    const int row = int(m_transfers.indexOf(transfer));
    if (row >= 0)
        Q_EMIT transferChanged(row);
}

void TransferQueue::cancel(int id)
{
    if (Transfer *transfer = find(id))
        transfer->cancel();
}

void TransferQueue::retry(int id)
{
    Transfer *transfer = find(id);
    if (!transfer || (transfer->state() != TransferState::Failed &&
                      transfer->state() != TransferState::Cancelled))
        return;
    transfer->start(); // a retried transfer goes first: the user asked for it now
}

void TransferQueue::cancelAll()
{
    for (Transfer *transfer : std::as_const(m_transfers))
        transfer->cancel();
}

void TransferQueue::clearFinished()
{
    // Contiguous runs of finished rows are removed together, last first, so rows stay valid.
    for (int row = int(m_transfers.size()) - 1; row >= 0;) {
        if (!isFinal(m_transfers.at(row)->state())) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && isFinal(m_transfers.at(first - 1)->state()))
            --first;
        Q_EMIT aboutToRemoveRows(first, row);
        for (int i = row; i >= first; --i) {
            Transfer *transfer = m_transfers.takeAt(i);
            transfer->disconnect(this);
            transfer->deleteLater();
        }
        Q_EMIT rowsRemoved();
        row = first - 1;
    }
}

void TransferQueue::resolveConflict(int id, ConflictChoice choice, bool applyToAll)
{
    if (choice == ConflictChoice::Ask)
        return;
    if (applyToAll) {
        m_conflictChoice = choice;
        for (Transfer *transfer : std::as_const(m_transfers)) {
            if (transfer->state() == TransferState::Queued)
                transfer->setConflictChoice(choice);
        }
        for (Transfer *transfer : std::as_const(m_transfers)) {
            if (transfer->state() == TransferState::WaitingForDecision)
                transfer->resolveConflict(choice);
        }
    } else if (Transfer *transfer = find(id)) {
        transfer->resolveConflict(choice);
    }
    startMore();
}

bool TransferQueue::isIdle() const
{
    for (const Transfer *transfer : m_transfers) {
        if (!isFinal(transfer->state()))
            return false;
    }
    return true;
}

} // namespace brickdesk
