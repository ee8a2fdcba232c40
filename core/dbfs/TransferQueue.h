#pragma once

#include "DbfsFileInfo.h"
#include "Transfer.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace brickdesk {

class DbfsClient;

// Every upload and download of one workspace, in the order they were asked for. Runs a few files
// at a time; folders are expanded into their files (local folders at once, DBFS folders by
// listing them). Transfers stay listed when finished until clearFinished().
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    explicit TransferQueue(DbfsClient *client, QObject *parent = nullptr);
    ~TransferQueue() override;

    void setMaxRunning(int count);
    void setParallelReadsPerDownload(int count) { m_parallelReads = qMax(1, count); }
    void setBlockBytes(qint64 bytes) { m_blockBytes = bytes; } // tests use small blocks
    // Applied to transfers added from now on; Ask (the default) lets the user decide each time.
    void setConflictChoice(ConflictChoice choice) { m_conflictChoice = choice; }

    // Each returns the id of the (first) transfer added, or -1 when nothing was added.
    int download(const QString &remotePath, const QString &localPath);
    int upload(const QString &localPath, const QString &remotePath);
    // A local folder: its files under remoteFolder/<folder name>/..., folders made with mkdirs.
    int uploadFolder(const QString &localFolder, const QString &remoteParent);
    // A DBFS folder: listed recursively, then each file to localParent/<folder name>/...
    void downloadFolder(const QString &remoteFolder, const QString &localParent);

    int count() const { return static_cast<int>(m_transfers.size()); }
    Transfer *at(int row) const { return m_transfers.value(row); }
    Transfer *find(int id) const;
    int rowOf(int id) const;

    void cancel(int id);
    void retry(int id);
    void cancelAll();
    void clearFinished();
    // Answers a WaitingForDecision transfer; with applyToAll, also every one waiting or to come.
    void resolveConflict(int id, ConflictChoice choice, bool applyToAll = false);

    bool isIdle() const; // nothing queued, running or waiting

Q_SIGNALS:
    void transferAdded(int row);
    void transferChanged(int row);
    void aboutToRemoveRows(int first, int last);
    void rowsRemoved();
    void conflictAsked(int id);
    void folderListingFailed(const QString &remoteFolder, const QString &reason);
    void idleChanged(bool idle);

private:
    int add(Transfer *transfer);
    void startMore();
    void onTransferChanged(Transfer *transfer);

    QPointer<DbfsClient> m_client;
    QList<Transfer *> m_transfers;
    int m_nextId = 1;
    int m_maxRunning = 2;
    int m_parallelReads = 12;
    qint64 m_blockBytes = 1024 * 1024;
    ConflictChoice m_conflictChoice = ConflictChoice::Ask;
    bool m_wasIdle = true;
};

} // namespace brickdesk
