#pragma once

#include "ApiError.h"
#include "DbfsFileInfo.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace brickdesk {

class DbfsClient;
class ApiCall;

// Lists a DBFS folder and everything under it, one dbfs/list at a time, reporting what it finds
// as it goes: for "delete N files?" counts and for downloading folders.
class DbfsTreeWalker : public QObject
{
    Q_OBJECT

public:
    explicit DbfsTreeWalker(DbfsClient *client, QObject *parent = nullptr);

    void start(const QString &rootPath);
    void cancel();
    qint64 fileCount() const { return m_files; }
    qint64 folderCount() const { return m_folders; }

Q_SIGNALS:
    void found(const QList<brickdesk::DbfsFileInfo> &entries); // one folder's entries
    void finished(const brickdesk::ApiError &error);           // error.kind None on success

private:
    void next();

    QPointer<DbfsClient> m_client;
    QStringList m_pending;
    QPointer<ApiCall> m_call;
    qint64 m_files = 0;
    qint64 m_folders = 0;
    bool m_running = false;
    int m_generation = 0;
};

// Deletes a path, recursively when asked, repeating the call while the service answers
// PARTIAL_DELETE and reporting how many files it says are gone so far.
class DbfsDeleter : public QObject
{
    Q_OBJECT

public:
    explicit DbfsDeleter(DbfsClient *client, QObject *parent = nullptr);

    void start(const QString &path, bool recursive);
    void cancel(); // stops after the call in flight; what is deleted stays deleted
    int rounds() const { return m_rounds; }
    qint64 deletedSoFar() const { return m_deleted; }

Q_SIGNALS:
    void progressed(qint64 filesDeleted, int rounds);
    void finished(const brickdesk::ApiError &error);

private:
    void round();

    QPointer<DbfsClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_path;
    bool m_recursive = false;
    int m_rounds = 0;
    qint64 m_deleted = 0;
};

} // namespace brickdesk
