#pragma once

#include "ApiError.h"
#include "WorkspaceClient.h"
#include "WorkspaceObject.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <memory>
#include <vector>

namespace brickdesk {

// The workspace tree (/api/2.0/workspace), listed lazily: the top rows are the children of "/",
// listed as soon as a client is set; a folder (DIRECTORY or REPO) is listed when a view asks
// (canFetchMore/fetchMore, i.e. when it is expanded). While a folder that shows nothing yet is
// being listed it holds one "Loading…" row; if that listing fails the row becomes an error row
// with the workspace's message. A folder whose refresh fails keeps its rows and carries the
// message in ErrorRole. Folders come first, then names without regard to case.
//
// A refresh lists a folder again and changes only what changed: rows that went away are removed,
// new ones inserted, changed ones updated (dataChanged); listed subfolders keep their rows. The
// model never resets except in setClient().
//
// Its calls go through a WorkspaceClient of its own over the given client's ApiClient, so that
// cancelAll() stops exactly the calls this model started (listings and actions), no others.
class WorkspaceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        LanguageColumn,
        ModifiedColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString; empty on Loading/Error rows
        TypeRole,                    // WorkspaceObjectType as int
        LanguageRole,                // CodeLanguage as int (notebooks; Plain otherwise)
        ObjectRole,                  // WorkspaceObject
        IsFolderRole,                // bool: DIRECTORY or REPO
        ObjectIdRole,                // qint64
        ModifiedRole,                // epoch ms (qint64); 0 when unknown
        SizeRole,                    // bytes (qint64); -1 when not given
        RowKindRole,                 // RowKind as int
        ListingStateRole,            // ListingState as int (folders)
        ErrorRole,                   // QString: an error row's text, a folder's last listing error
        SortRole                     // per column: name, type name, language name, ms, bytes
    };
    enum class RowKind
    {
        Object,
        Loading,
        Error
    };
    enum class ListingState
    {
        NotListed,
        Listing,
        Listed,
        Failed
    };
    enum class Action
    {
        CreateFolder,
        Delete,
        Move
    };
    Q_ENUM(Action)

    // What the model knows is inside a folder: the objects of every loaded level below it, and
    // whether that is all (every folder below has been listed).
    struct KnownContents
    {
        int objects = 0; // notebooks, files, libraries ... (not folders)
        int folders = 0;
        bool complete = false;
    };

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    // Empties the model and cancels every call; with a client, "/" is listed at once.
    void setClient(WorkspaceClient *client);
    WorkspaceClient *client() const { return m_client; }
    // Stops every listing and action this model started; their handlers never run. Folders
    // being listed go back to "not listed" (they list again when asked).
    void cancelAll();
    bool isBusy() const;

    QModelIndex indexForPath(const QString &path) const; // invalid until loaded ("/" too)
    WorkspaceObject objectAt(const QModelIndex &index) const;
    static QString pathOf(const QModelIndex &index) { return index.data(PathRole).toString(); }
    // `folder` invalid means "/".
    ListingState listingState(const QModelIndex &folder) const;
    bool isListed(const QModelIndex &folder) const
    {
        return listingState(folder) == ListingState::Listed;
    }
    QString listingError(const QModelIndex &folder) const;
    KnownContents knownContents(const QModelIndex &folder) const;

    // Lists the folder again (for an object: its folder; invalid: "/").
    void refresh(const QModelIndex &index = {});
    // Lists `folderPath` again if it is shown and listed (or being listed); false otherwise.
    bool refreshPath(const QString &folderPath);

    // Actions. Each ends with actionSucceeded or actionFailed, naming the action and its path;
    // the rows they affect change when they succeed (a created folder appears when its parent is
    // listed again, which happens at once when the parent is listed).
    void createFolder(const QString &parentPath, const QString &name);
    void remove(const QString &path, bool recursive);
    // Export and import (WorkspaceClient::move): the object gets a new id and no history.
    void move(const QString &fromPath, const QString &toPath);

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

    // The colour of a notebook language's badge; invalid for Plain and other languages.
    static QColor languageColour(CodeLanguage language);
    // Folders first, then names without regard to case (ties by exact name).
    static bool lessThan(const WorkspaceObject &left, const WorkspaceObject &right);

Q_SIGNALS:
    void listingStarted(const QString &path);
    void listingFinished(const QString &path);
    void listingFailed(const QString &path, const QString &message);
    void actionSucceeded(brickdesk::WorkspaceTreeModel::Action action, const QString &path,
                         const QString &message);
    // `error` is the workspace's own (error_code DIRECTORY_NOT_EMPTY ...); `message` says it
    // for the user.
    void actionFailed(brickdesk::WorkspaceTreeModel::Action action, const QString &path,
                      const brickdesk::ApiError &error, const QString &message);
    void busyChanged(bool busy);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    Node *nodeForPath(const QString &path) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    std::unique_ptr<Node> makeNode(const WorkspaceObject &object, Node *parent) const;

    void startListing(Node *folder);
    void onListed(Node *folder, QList<WorkspaceObject> objects);
    void onListingFailed(Node *folder, const ApiError &error);
    void setPlaceholder(Node *folder, RowKind kind, const QString &message);
    void removePlaceholder(Node *folder);
    void applyListing(Node *folder, const QList<WorkspaceObject> &sorted);
    void removeRows(Node *folder, int first, int last);
    void removeNode(Node *node);
    void renumber(Node *folder, int from);
    void folderChanged(Node *folder);
    QObject *actionContext();

    QPointer<WorkspaceClient> m_client;
    WorkspaceClient *m_calls = nullptr; // the model's own client over m_client's ApiClient
    std::unique_ptr<Node> m_root;       // invisible: "/"
    // Action handlers run while their context lives; cancelAll() deletes them all.
    std::unique_ptr<QObject> m_actionContexts;
    // True between begin and end of a row change: views and testers ask canFetchMore from the
    // signals, and a nested insert would corrupt the rows being changed.
    bool m_changingRows = false;
};

} // namespace brickdesk
