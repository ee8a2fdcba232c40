#pragma once

#include "DbfsDeleteFlow.h"
#include "WorkspacePage.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QSplitter;
class QTabWidget;
class QUrl;

namespace brickdesk {

class DbfsClient;
class DeltaTablePage;
class DbfsContentsProxy;

class DbfsDropView;
class DbfsFolderProxy;
class DbfsTreeModel;
class PreviewPane;
class TransferPanel;
class TransferQueue;

// The DBFS section: a path bar, the folder tree, the current folder's contents (sortable,
// filterable), a preview of the selected file, and the transfers of this workspace. Every action
// is a toolbar button, a context menu entry and a shortcut; local files dropped on a folder are
// uploaded there, DBFS items dragged onto a folder are moved (after asking), and small files can
// be dragged out to the desktop.
class DbfsPage : public WorkspacePage
{
    Q_OBJECT

public:
    struct Entry
    {
        QString path;
        bool isDir = false;
        qint64 size = 0;
    };

    explicit DbfsPage(QWidget *parent = nullptr);
    ~DbfsPage() override;

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    bool isSettled() const override { return m_settled; }

    // Goes to a path as typed ("dbfs:/a", "/dbfs/a", "/a"); a file opens its folder and is
    // selected. False (with the reason under the path bar) when the text is not a DBFS path;
    // a path that is not there is said there too, once the workspace answered.
    bool navigateTo(const QString &typed);
    QString currentFolder() const { return m_folderPath; }
    QList<Entry> selectedEntries() const; // in the contents view

    // Opens (or shows again) the "Delta table" tab of the table at `path` (a normalised DBFS
    // path). Null when not connected.
    DeltaTablePage *openDeltaTable(const QString &path);
    // The Delta table the "Delta history" action would open: the selected Delta table, else the
    // folder shown when it is one (or its _delta_log). Empty when there is none.
    QString deltaTableTarget() const;
    QTabWidget *tabs() const { return m_tabs; }
    QAction *openDeltaAction() const { return m_openDelta; }

    void uploadFiles(const QStringList &localFiles, const QString &folder);
    void uploadFolder(const QString &localFolder, const QString &parentFolder);
    void download(const QList<Entry> &entries, const QString &localFolder);
    // A drop on `folder`: local files and folders upload, DBFS items move (after asking).
    void handleDrop(const QMimeData *mime, const QString &folder);
    void setDragStagingRoot(const QString &path) { m_stagingRoot = path; }
    // What a drag of the selected items carries (nullptr: nothing to drag).
    QMimeData *mimeDataFor(const QList<Entry> &entries);

    DbfsTreeModel *model() const { return m_model; }
    DbfsClient *dbfsClient() const { return m_client; }
    TransferQueue *transferQueue() const { return m_queue; }
    DbfsDropView *folderTree() const { return m_tree; }
    DbfsDropView *contentsView() const { return m_list; }
    DbfsContentsProxy *contentsProxy() const { return m_contentsProxy; }
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QLabel *pathErrorLabel() const { return m_pathError; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    QLabel *messageLabel() const { return m_message; }
    PreviewPane *preview() const { return m_preview; }
    TransferPanel *transferPanel() const { return m_transfers; }

    QAction *upAction() const { return m_up; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *copyFusePathAction() const { return m_copyFusePath; }
    QAction *uploadFilesAction() const { return m_uploadFiles; }
    QAction *uploadFolderAction() const { return m_uploadFolder; }
    QAction *downloadAction() const { return m_download; }

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip,
                        const char *icon);
    void buildActions();
    void buildLayout();
    void wireModel();
    void updateActions();
    void updateCount();
    void showResult(const QString &message);
    void showFailure(const QString &message);
    void showPathError(const QString &reason);
    void showFolder(const QModelIndex &sourceFolder);
    void selectInContents(const QString &path);
    void onPathReady(const QModelIndex &index);
    void onSelectionChanged();
    void onTransferChanged(int row);
    QList<Entry> actionTargets() const;
    Entry entryOf(const QModelIndex &sourceIndex) const;

    void newFolder();
    void renameOrMove();
    void deleteSelected();
    void copyPaths(bool fuseForm);
    void askUploadFiles();
    void askUploadFolder();
    void askDownload();

    ConnectedWorkspace m_workspace;
    DbfsClient *m_client = nullptr;
    TransferQueue *m_queue = nullptr;
    DbfsTreeModel *m_model;
    DbfsFolderProxy *m_folderProxy;
    DbfsContentsProxy *m_contentsProxy;
    DbfsDropView *m_tree;
    DbfsDropView *m_list;
    QLineEdit *m_pathEdit;
    QLabel *m_pathError;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_message;
    PreviewPane *m_preview;
    TransferPanel *m_transfers;
    QPointer<DbfsDeleteFlow> m_deleteFlow;
    QPersistentModelIndex m_folder; // in m_model
    QString m_folderPath;
    QString m_navigating; // the path asked for last, until it is ready or failed
    QString m_selectWhenShown;
    QString m_stagingRoot;
    QSet<int> m_notedUploads;
    bool m_settled = false;

    QAction *m_up = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_copyFusePath = nullptr;
    QAction *m_uploadFiles = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_download = nullptr;
    QAction *m_openDelta = nullptr;
    QTabWidget *m_tabs = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_pathAction = nullptr;
};

} // namespace brickdesk
