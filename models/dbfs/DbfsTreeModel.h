#pragma once

#include "DbfsClient.h"
#include "DbfsFileInfo.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>
#include <vector>

namespace brickdesk {

class ApiCall;

class DbfsDeleter;
class DbfsDeltaProbe;
struct ApiError;

// DBFS as a tree, like QFileSystemModel: one top row "/", folders listed when a view asks
// (fetchMore), folders first then names without regard to case. dbfs/list has no paging, so a
// folder of 100,000 entries arrives in one answer: its entries are kept aside and inserted in
// batches (500 at once, then 2000 per fetchMore) so that no insert keeps the event loop long.
// Actions (mkdir, move, delete) change only the rows they affect. Every call can be cancelled
// and none outlives the model or a setClient().
class DbfsTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        IsDirRole,
        SizeRole,     // bytes (qint64)
        ModifiedRole, // epoch ms (qint64); 0 when unknown
        KindRole,     // DbfsKind as int
        SortRole      // per column: name, bytes, ms
    };
    static constexpr int kFirstBatch = 500;
    static constexpr int kBatch = 2000;

    explicit DbfsTreeModel(QObject *parent = nullptr);
    ~DbfsTreeModel() override;

    // Empties the model and cancels every call; with a client, "/" is ready to be listed.
    void setClient(DbfsClient *client);
    DbfsClient *client() const { return m_client; }
    void cancelAll();
    DbfsDeltaProbe *deltaProbe() const { return m_probe; }

    QModelIndex rootIndex() const;                       // the "/" row
    QModelIndex indexForPath(const QString &path) const; // invalid until loaded
    static QString pathOf(const QModelIndex &index) { return index.data(PathRole).toString(); }
    bool isListing(const QModelIndex &folder) const;
    bool isListed(const QModelIndex &folder) const;
    int pendingCount(const QModelIndex &folder) const; // listed but not inserted yet
    QString listingError(const QModelIndex &folder) const;

    // Lists each folder from "/" down to `path` (normalised) and `path` itself when it is a
    // folder, then pathReady(index), or
    // pathFailed(path, reason). A newer call replaces an older one still going.
    void ensurePath(const QString &path);
    void refresh(const QModelIndex &folder);
    void mkdir(const QString &parentPath, const QString &name);
    void move(const QString &fromPath, const QString &toPath);
    void rename(const QString &fromPath, const QString &toPath) { move(fromPath, toPath); }
    void remove(const QString &path);
    bool isDeleting() const;
    // A transfer put `path` in DBFS: show it if its folder is listed.
    void noteUploaded(const QString &path);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pathReady(const QModelIndex &index);
    void pathFailed(const QString &path, const QString &reason);
    void listingStarted(const QString &path);
    void listingFinished(const QString &path);
    void listingFailed(const QString &path, const QString &message);
    void actionSucceeded(const QString &path, const QString &message);
    void actionFailed(const QString &message);
    void deleteProgress(const QString &path, qint64 filesDeleted, int rounds);
    // After actionSucceeded or actionFailed of a remove(), naming its path.
    void deleteFinished(const QString &path, bool ok, const QString &message);

private:
    struct Node;
    enum class ListState
    {
        NotListed,
        Listing,
        Listed,
        Failed
    };

    Node *nodeOf(const QModelIndex &index) const;
    Node *nodeForPath(const QString &path) const;
    Node *childNamed(const Node *folder, const QString &name) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    std::unique_ptr<Node> makeNode(const DbfsFileInfo &info, Node *parent) const;

    void startListing(Node *folder);
    void onListed(Node *folder, const QList<DbfsFileInfo> &entries);
    void onListingFailed(Node *folder, const ApiError &error);
    void removeAllChildren(Node *folder);
    void insertPending(Node *folder, int count);
    void insertSorted(Node *folder, const DbfsFileInfo &info);
    void removeNode(Node *node);
    bool removeEntry(const QString &path); // a row or a pending entry
    void renumber(Node *folder, int from);
    void probeSubfolders(Node *folder);
    void onDeltaTableFound(const QString &path);

    void continueEnsure();
    void failEnsure(const QString &reason);

    QPointer<DbfsClient> m_client;
    DbfsDeltaProbe *m_probe;
    std::unique_ptr<Node> m_root; // invisible; its one child is "/"
    QSet<QString> m_deltaTables;
    QList<QPointer<DbfsDeleter>> m_deleters;
    QList<QPointer<ApiCall>> m_actionCalls;
    QString m_ensureTarget; // empty when no ensurePath is going on
    // True between begin and end of a row change: views and testers ask canFetchMore from the
    // signals, and a nested insert would corrupt the rows being changed.
    bool m_changingRows = false;
};

} // namespace brickdesk
