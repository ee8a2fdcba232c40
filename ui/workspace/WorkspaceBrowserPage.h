#pragma once

#include "WorkspaceObject.h"
#include "WorkspacePage.h"
#include "WorkspaceTreeModel.h"

#include <QHash>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace brickdesk {

class NotebookEditorTab;
class WorkspaceClient;
class WorkspaceContentsCounter;
class WorkspaceFilterProxy;
class WorkspaceObjectDetails;
struct WorkspaceImport;

// The Workspace section: the workspace tree (folders listed as they are expanded), a filter over
// the names loaded so far, and on the right a Details tab for the selected object beside the
// notebooks opened for editing (NotebookEditorTab, one tab per notebook); actions — open a
// notebook, export, import, new folder, rename/move, delete (on prod by typing the profile name),
// copy path, refresh. Every action is a toolbar button, a context menu entry and a shortcut: Enter
// opens, F2 renames, Del deletes, F5 refreshes, Ctrl+C copies the path. The workspace's own message
// is shown when it refuses.
class WorkspaceBrowserPage : public WorkspacePage
{
    Q_OBJECT

public:
    // Where an export goes and in which format; nothing when the user cancelled.
    struct ExportChoice
    {
        QString filePath;
        WorkspaceFormat format = WorkspaceFormat::Source;
    };
    using ExportChooser = std::function<std::optional<ExportChoice>(
        const WorkspaceObject &object, const QList<WorkspaceFormat> &formats,
        const QString &suggestedPath)>;
    // The local file to import into `folder`; empty when the user cancelled.
    using ImportChooser = std::function<QString(const QString &folder)>;

    explicit WorkspaceBrowserPage(QWidget *parent = nullptr);
    ~WorkspaceBrowserPage() override;

    void connectTo(const ConnectedWorkspace &workspace) override;
    void disconnectFrom(const QString &whyNot) override;
    // True once the listing of "/" after connectTo() finished or failed.
    bool isSettled() const override { return m_settled; }

    // The file dialogs, replaceable (tests answer them without a dialog).
    void setExportChooser(ExportChooser chooser) { m_exportChooser = std::move(chooser); }
    void setImportChooser(ImportChooser chooser) { m_importChooser = std::move(chooser); }
    // The export formats offered for an object: DBC only for folders, the object's own bytes
    // for workspace files, SOURCE/HTML/JUPYTER/DBC (and R Markdown for R) for notebooks.
    static QList<WorkspaceFormat> exportFormatsFor(const WorkspaceObject &object);
    // The file name an export is offered under: "<name>.<exportExtension>" (a workspace file
    // keeps its name).
    static QString exportFileName(const WorkspaceObject &object, WorkspaceFormat format);

    // Selects a loaded row (its folders expanded); false when `path` is not loaded.
    bool selectPath(const QString &path);
    WorkspaceObject currentObject() const; // the selected object; path empty when none
    // Where New folder and Import put things: the selected folder, the selected object's folder,
    // or "/".
    QString targetFolder() const;

    // The actions' work, without their dialogs.
    void exportTo(const WorkspaceObject &object, WorkspaceFormat format, const QString &filePath);
    void importFile(const QString &localFile, const QString &folder);
    // Emits openNotebookRequested and, when the page hosts editors (the default), opens the
    // notebook in a tab of its own or brings its tab forward.
    void openObject(const WorkspaceObject &object);

    // Whether Open puts notebooks in tabs on this page (true) or only emits
    // openNotebookRequested for someone else to host them (false).
    void setHostsNotebookTabs(bool host) { m_hostTabs = host; }
    bool hostsNotebookTabs() const { return m_hostTabs; }
    QList<NotebookEditorTab *> notebookTabs() const;
    NotebookEditorTab *notebookTab(const QString &path) const;
    // Closes every notebook tab, asking about unsaved changes (Save / Discard / Cancel) as each
    // tab does; false when one stays open (the window should not close then).
    bool closeNotebookTabs();
    QTabWidget *sideTabs() const { return m_sideTabs; }

    WorkspaceTreeModel *model() const { return m_model; }
    WorkspaceFilterProxy *proxy() const { return m_proxy; }
    WorkspaceClient *workspaceClient() const { return m_client; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *countLabel() const { return m_count; }
    QProgressBar *busyIndicator() const { return m_busy; }
    bool isBusy() const;

    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *refreshAction() const { return m_refresh; }

Q_SIGNALS:
    // A notebook to open in an editor. `client` stays valid until disconnectFrom() (hold it in
    // a QPointer).
    void openNotebookRequested(brickdesk::WorkspaceClient *client,
                               const brickdesk::WorkspaceObject &notebook);
    // The end of exportTo() / importFile(): the local file or the workspace path, and what the
    // user was told.
    void exportFinished(const QString &filePath, bool ok, const QString &message);
    void importFinished(const QString &workspacePath, bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool sameWorkspace(const Profile &a, const Profile &b);
    void buildActions();
    void buildLayout();
    void wireModel();
    void updateActions();
    void updateCount();
    void updateBusy();
    void showResult(const QString &message);
    void showFailure(const QString &message);
    void onSelectionChanged();
    void onActionSucceeded(WorkspaceTreeModel::Action action, const QString &path,
                           const QString &message);
    void onActionFailed(WorkspaceTreeModel::Action action, const QString &path,
                        const ApiError &error, const QString &message);
    void selectWhenShown();
    void expandFilterMatches();
    void closeTab(int index);
    void fitColumns();
    void closeTabsOf(const QString &path, bool onlyUnmodified);
    void spanPlaceholders(const QModelIndex &parent, int first, int last);
    QModelIndex currentSourceIndex() const;

    void askExport();
    void askImport();
    void newFolder();
    void renameOrMove();
    void deleteSelected();
    void confirmDelete(const WorkspaceObject &object, int objects, int folders, bool complete);
    bool confirm(const QString &title, const QString &question, const QString &confirmText);
    void copyPath();
    void refresh();
    void writeImport(const WorkspaceImport &spec, const QString &localFile, const QString &kind);

    std::optional<ExportChoice> chooseExportFile(const WorkspaceObject &object,
                                                 const QList<WorkspaceFormat> &formats,
                                                 const QString &suggestedPath);
    QString chooseImportFile(const QString &folder);

    ConnectedWorkspace m_workspace;
    WorkspaceClient *m_client = nullptr;
    // Handlers of this page's own calls (export, import) run while it lives; disconnecting
    // replaces it.
    std::unique_ptr<QObject> m_callContext;
    QPointer<WorkspaceContentsCounter> m_counter;
    WorkspaceTreeModel *m_model;
    WorkspaceFilterProxy *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_message;
    QProgressBar *m_busy;
    WorkspaceObjectDetails *m_details;
    QTabWidget *m_sideTabs;
    QSplitter *m_splitter = nullptr;
    ExportChooser m_exportChooser;
    ImportChooser m_importChooser;
    QString m_lastLocalFolder;
    QString m_selectWhenShown;
    QHash<QString, bool> m_deleting;  // path → sent recursive
    QHash<QString, QString> m_moving; // new path → old path
    int m_generation = 0;             // one more at each connect and disconnect
    bool m_settled = false;
    bool m_hostTabs = true;

    QAction *m_open = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace brickdesk
