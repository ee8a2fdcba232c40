#include "WorkspaceBrowserPage.h"

#include "ConfirmByNameDialog.h"
#include "DbfsFormat.h"
#include "NotebookEditorTab.h"
#include "PageAction.h"
#include "WorkspaceClient.h"
#include "WorkspaceContentsCounter.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceIcons.h"
#include "WorkspaceObjectDetails.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

QString formatName(WorkspaceFormat format)
{
    switch (format) {
    case WorkspaceFormat::Source:
        return WorkspaceBrowserPage::tr("source");
    case WorkspaceFormat::Html:
        return WorkspaceBrowserPage::tr("HTML");
    case WorkspaceFormat::Jupyter:
        return WorkspaceBrowserPage::tr("Jupyter notebook");
    case WorkspaceFormat::Dbc:
        return WorkspaceBrowserPage::tr("DBC archive");
    case WorkspaceFormat::RMarkdown:
        return WorkspaceBrowserPage::tr("R Markdown");
    case WorkspaceFormat::Auto:
        break;
    }
    return WorkspaceBrowserPage::tr("file");
}

QString objectsText(int n)
{
    return n == 1 ? WorkspaceBrowserPage::tr("1 object")
                  : WorkspaceBrowserPage::tr("%L1 objects").arg(n);
}

QString foldersText(int n)
{
    return n == 1 ? WorkspaceBrowserPage::tr("1 folder")
                  : WorkspaceBrowserPage::tr("%L1 folders").arg(n);
}

// Rows of the filtered tree whose own name matches (the folders above them are shown too).
int countMatches(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    int count = 0;
    const int rows = model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(WorkspaceTreeModel::RowKindRole).toInt() !=
            static_cast<int>(WorkspaceTreeModel::RowKind::Object))
            continue;
        if (index.data().toString().contains(text, Qt::CaseInsensitive))
            ++count;
        count += countMatches(model, index, text);
    }
    return count;
}

} // namespace

WorkspaceBrowserPage::WorkspaceBrowserPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_callContext(std::make_unique<QObject>())
    , m_model(new WorkspaceTreeModel(this))
    , m_proxy(new WorkspaceFilterProxy(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_details(new WorkspaceObjectDetails(this))
    , m_sideTabs(new QTabWidget(this))
    , m_lastLocalFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    if (m_lastLocalFolder.isEmpty())
        m_lastLocalFolder = QDir::homePath();
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    wireModel();
    m_details->showMessage(tr("Not connected to a workspace."));
    updateActions();
    updateCount();
    updateBusy();
}

WorkspaceBrowserPage::~WorkspaceBrowserPage()
{
    const QSignalBlocker blocker(this);
    disconnectFrom(QString());
}

void WorkspaceBrowserPage::buildActions()
{
    // The actions belong to the tree: their keys work there (and in its context menu) and leave
    // the notebook editors beside it their own (Ctrl+F, Delete, Ctrl+C ...).
    m_open = makePageAction(m_tree, tr("Open"), {},
                            tr("Open the selected notebook in an editor (Enter, double-click)"),
                            "document-open");
    connect(m_open, &QAction::triggered, this, [this] { openObject(currentObject()); });
    m_export = makePageAction(m_tree, tr("Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              tr("Save the selected notebook or folder to a local file"),
                              "document-save-as");
    connect(m_export, &QAction::triggered, this, &WorkspaceBrowserPage::askExport);
    m_import = makePageAction(m_tree, tr("Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                              tr("Put a local notebook (.py, .sql, .scala, .r, .ipynb, .dbc, "
                                 ".html) or file into the selected folder"),
                              "document-import");
    connect(m_import, &QAction::triggered, this, &WorkspaceBrowserPage::askImport);
    m_newFolder =
        makePageAction(m_tree, tr("New folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                       tr("Create a folder in the selected folder"), "folder-new");
    connect(m_newFolder, &QAction::triggered, this, &WorkspaceBrowserPage::newFolder);
    m_rename = makePageAction(m_tree, tr("Rename/Move…"), QKeySequence(Qt::Key_F2),
                              tr("Give the selected notebook or folder a new name or path"),
                              "edit-rename");
    connect(m_rename, &QAction::triggered, this, &WorkspaceBrowserPage::renameOrMove);
    m_delete = makePageAction(m_tree, tr("Delete…"), QKeySequence(Qt::Key_Delete),
                              tr("Delete the selected object (a folder with everything in it)"),
                              "edit-delete");
    connect(m_delete, &QAction::triggered, this, &WorkspaceBrowserPage::deleteSelected);
    m_copyPath = makePageAction(m_tree, tr("Copy path"), QKeySequence(Qt::CTRL | Qt::Key_C),
                                tr("Copy the workspace path of the selected object"), "edit-copy");
    connect(m_copyPath, &QAction::triggered, this, &WorkspaceBrowserPage::copyPath);
    m_refresh = makePageAction(m_tree, tr("Refresh"), QKeySequence(Qt::Key_F5),
                               tr("List the selected folder (or the selection's folder) again"),
                               "view-refresh");
    connect(m_refresh, &QAction::triggered, this, &WorkspaceBrowserPage::refresh);
    m_findAction = makePageAction(m_tree, tr("Filter"), QKeySequence::Find,
                                  tr("Filter the names loaded so far"), "edit-find");
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
}

void WorkspaceBrowserPage::buildLayout()
{
    m_filter->setPlaceholderText(tr("Filter loaded names…"));
    m_filter->setAccessibleName(tr("Filter the workspace names loaded so far"));
    m_filter->setToolTip(tr("Searches the names loaded so far; expand a folder to search in it."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setNameFilter(text.trimmed());
        expandFilterMatches();
        updateCount();
    });

    auto *actionBar = new QToolBar(this);
    actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_open, m_export, m_import})
        actionBar->addAction(action);
    actionBar->addSeparator();
    for (QAction *action : {m_newFolder, m_rename, m_delete})
        actionBar->addAction(action);
    actionBar->addSeparator();
    actionBar->addAction(m_copyPath);
    actionBar->addAction(m_refresh);
    auto *spacer = new QWidget(actionBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    actionBar->addWidget(spacer);
    actionBar->addWidget(m_filter);

    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new WorkspaceItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Workspace"));
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WorkspaceTreeModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(WorkspaceTreeModel::TypeColumn, 80);
    header->resizeSection(WorkspaceTreeModel::LanguageColumn, 90);
    header->resizeSection(WorkspaceTreeModel::ModifiedColumn, 125);
    header->resizeSection(WorkspaceTreeModel::SizeColumn, 75);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(m_tree);
        menu.addActions({m_open, m_export, m_import});
        menu.addSeparator();
        menu.addActions({m_newFolder, m_rename, m_delete});
        menu.addSeparator();
        menu.addActions({m_copyPath, m_refresh});
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    m_tree->installEventFilter(this);

    // The right side: the selection's details, then one tab per open notebook.
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->setTabsClosable(true);
    m_sideTabs->setMovable(true);
    m_sideTabs->setAccessibleName(tr("Details and open notebooks"));
    m_sideTabs->addTab(m_details, tr("Details"));
    m_sideTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_sideTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_sideTabs, &QTabWidget::tabCloseRequested, this, &WorkspaceBrowserPage::closeTab);
    m_details->setMinimumWidth(240);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({760, 300});

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setAccessibleName(tr("Working"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText);
    // The count keeps its room; a long message wraps instead.
    m_count->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 4);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_message, 1);
    statusRow->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(actionBar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);
}

void WorkspaceBrowserPage::wireModel()
{
    connect(m_model, &WorkspaceTreeModel::listingFinished, this, [this](const QString &path) {
        if (path == QLatin1String("/") && !m_settled) {
            m_settled = true;
            showResult(tr("Listed the workspace."));
            Q_EMIT settledChanged();
        }
        updateCount();
        selectWhenShown();
    });
    connect(m_model, &WorkspaceTreeModel::listingFailed, this,
            [this](const QString &path, const QString &message) {
                showFailure(message);
                if (path == QLatin1String("/") && !m_settled) {
                    m_settled = true;
                    Q_EMIT settledChanged();
                }
                updateCount();
            });
    connect(m_model, &WorkspaceTreeModel::actionSucceeded, this,
            &WorkspaceBrowserPage::onActionSucceeded);
    connect(m_model, &WorkspaceTreeModel::actionFailed, this,
            &WorkspaceBrowserPage::onActionFailed);
    connect(m_model, &WorkspaceTreeModel::busyChanged, this, &WorkspaceBrowserPage::updateBusy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                spanPlaceholders(parent, first, last);
                updateCount();
                if (!m_proxy->nameFilter().isEmpty())
                    QMetaObject::invokeMethod(this, &WorkspaceBrowserPage::expandFilterMatches,
                                              Qt::QueuedConnection);
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        onSelectionChanged();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        onSelectionChanged();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A "Loading…" row that became an error row: its message across all columns.
                spanPlaceholders(topLeft.parent(), topLeft.row(), bottomRight.row());
                // The selected object's details (a refresh brings its new time or size).
                if (!m_tree->selectionModel()->selectedRows().isEmpty())
                    onSelectionChanged();
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkspaceBrowserPage::onSelectionChanged);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const WorkspaceObject object = m_model->objectAt(m_proxy->mapToSource(index));
        if (object.type == WorkspaceObjectType::Notebook)
            openObject(object);
    });
}

// --- Connection ------------------------------------------------------------------------------

void WorkspaceBrowserPage::connectTo(const ConnectedWorkspace &workspace)
{
    if (m_client)
        disconnectFrom(QString());
    ++m_generation;
    m_workspace = workspace;
    m_client = new WorkspaceClient(workspace.client, this);
    connect(m_client, &WorkspaceClient::busyChanged, this, &WorkspaceBrowserPage::updateBusy);
    m_settled = false;
    m_details->showMessage(tr("Select a notebook, folder or file to see it here."));
    showResult(tr("Listing the workspace…"));
    m_model->setClient(m_client);
    // Notebooks kept open with unsaved changes since the last disconnect save again once their
    // own workspace is back (a reconnect); another workspace's stay unconnected.
    for (NotebookEditorTab *tab : notebookTabs()) {
        if (sameWorkspace(tab->profile(), workspace.profile))
            tab->setClient(m_client);
    }
    updateActions();
    updateCount();
    updateBusy();
}

bool WorkspaceBrowserPage::sameWorkspace(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.host == b.host;
}

void WorkspaceBrowserPage::disconnectFrom(const QString &whyNot)
{
    if (m_counter)
        m_counter->deleteLater();
    m_counter = nullptr;
    ++m_generation;
    // Handlers of exports and imports under way never run; their calls stop with the client.
    m_callContext = std::make_unique<QObject>();
    m_model->setClient(nullptr);
    // Notebooks of this workspace close; one with unsaved changes stays, so that its text is not
    // lost (it can be copied; it cannot be saved without the workspace).
    closeTabsOf(QString(), true);
    for (NotebookEditorTab *tab : notebookTabs())
        tab->setClient(nullptr);
    delete m_client;
    m_client = nullptr;
    m_workspace = ConnectedWorkspace();
    m_deleting.clear();
    m_moving.clear();
    m_selectWhenShown.clear();
    m_message->setStyleSheet(QString());
    m_message->setText(whyNot);
    m_details->showMessage(whyNot.isEmpty() ? tr("Not connected to a workspace.") : whyNot);
    const bool wasSettled = m_settled;
    m_settled = false;
    updateActions();
    updateCount();
    updateBusy();
    if (wasSettled)
        Q_EMIT settledChanged();
}

bool WorkspaceBrowserPage::isBusy() const
{
    return (m_client && m_client->isBusy()) || m_model->isBusy();
}

// --- State -----------------------------------------------------------------------------------

QModelIndex WorkspaceBrowserPage::currentSourceIndex() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.first());
}

WorkspaceObject WorkspaceBrowserPage::currentObject() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? m_model->objectAt(index) : WorkspaceObject{};
}

QString WorkspaceBrowserPage::targetFolder() const
{
    const WorkspaceObject object = currentObject();
    if (object.path.isEmpty())
        return QStringLiteral("/");
    return object.isFolder() ? object.path : workspacePath::parentOf(object.path);
}

bool WorkspaceBrowserPage::selectPath(const QString &path)
{
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void WorkspaceBrowserPage::selectWhenShown()
{
    if (!m_selectWhenShown.isEmpty() && selectPath(m_selectWhenShown))
        m_selectWhenShown.clear();
}

void WorkspaceBrowserPage::onSelectionChanged()
{
    const WorkspaceObject object = currentObject();
    if (!object.path.isEmpty())
        m_details->showObject(object);
    else if (m_client)
        m_details->showMessage(tr("Select a notebook, folder or file to see it here."));
    updateActions();
}

void WorkspaceBrowserPage::updateActions()
{
    const bool connected = m_client != nullptr;
    const WorkspaceObject object = currentObject();
    const bool has = connected && !object.path.isEmpty();
    const bool movable = object.type == WorkspaceObjectType::Notebook ||
                         object.type == WorkspaceObjectType::Directory;
    m_open->setEnabled(has && object.type == WorkspaceObjectType::Notebook);
    m_export->setEnabled(has && !exportFormatsFor(object).isEmpty());
    m_rename->setEnabled(has && movable);
    m_delete->setEnabled(has);
    m_copyPath->setEnabled(has);
    for (QAction *action : {m_import, m_newFolder, m_refresh, m_findAction})
        action->setEnabled(connected);
    m_filter->setEnabled(connected);
}

void WorkspaceBrowserPage::updateCount()
{
    if (!m_client) {
        m_count->clear();
        return;
    }
    if (m_model->listingState({}) == WorkspaceTreeModel::ListingState::Listing && !m_settled) {
        m_count->setText(tr("Listing /…"));
        return;
    }
    const WorkspaceTreeModel::KnownContents known = m_model->knownContents({});
    const int total = known.objects + known.folders;
    QString text = total == 1 ? tr("1 object loaded") : tr("%L1 objects loaded").arg(total);
    if (!m_proxy->nameFilter().isEmpty()) {
        text = tr("%L1 of %L2 loaded names match “%3”")
                   .arg(countMatches(m_proxy, {}, m_proxy->nameFilter()))
                   .arg(total)
                   .arg(m_proxy->nameFilter());
    }
    m_count->setText(text);
}

void WorkspaceBrowserPage::updateBusy()
{
    m_busy->setVisible(isBusy());
}

void WorkspaceBrowserPage::showResult(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    Q_EMIT statusMessage(message);
}

void WorkspaceBrowserPage::showFailure(const QString &message)
{
    // The workspace's words as they came: users search for them.
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
    Q_EMIT statusMessage(message);
}

void WorkspaceBrowserPage::spanPlaceholders(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const bool placeholder =
            m_proxy->index(row, 0, parent).data(WorkspaceTreeModel::RowKindRole).toInt() !=
            static_cast<int>(WorkspaceTreeModel::RowKind::Object);
        if (placeholder != m_tree->isFirstColumnSpanned(row, parent))
            m_tree->setFirstColumnSpanned(row, parent, placeholder);
    }
}

void WorkspaceBrowserPage::expandFilterMatches()
{
    if (m_proxy->nameFilter().isEmpty())
        return;
    // Only folders the filter kept for something below them, all loaded already: expanding
    // them lists nothing.
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        const int rows = m_proxy->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_proxy->rowCount(index) > 0) {
                m_tree->expand(index);
                stack.append(index);
            }
        }
    }
}

void WorkspaceBrowserPage::fitColumns()
{
    // A narrow tree (an editor open beside it) keeps the names readable: Type, then Size and
    // Modified give way.
    const int width = m_tree->width();
    m_tree->setColumnHidden(WorkspaceTreeModel::TypeColumn, width < 660);
    m_tree->setColumnHidden(WorkspaceTreeModel::SizeColumn, width < 560);
    m_tree->setColumnHidden(WorkspaceTreeModel::ModifiedColumn, width < 460);
}

bool WorkspaceBrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            const QModelIndex index = m_tree->currentIndex();
            const WorkspaceObject object = m_model->objectAt(m_proxy->mapToSource(index));
            if (object.isFolder()) {
                m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index));
                return true;
            }
            if (!object.path.isEmpty()) {
                openObject(object);
                return true;
            }
        }
    }
    return WorkspacePage::eventFilter(watched, event);
}

// --- Results of the model's actions ----------------------------------------------------------

void WorkspaceBrowserPage::onActionSucceeded(WorkspaceTreeModel::Action action, const QString &path,
                                             const QString &message)
{
    showResult(message);
    if (action == WorkspaceTreeModel::Action::Delete) {
        m_deleting.remove(path);
        // Its editors have nothing to show any more (one with unsaved changes stays).
        closeTabsOf(path, true);
        return;
    }
    if (action == WorkspaceTreeModel::Action::Move)
        closeTabsOf(m_moving.take(path), true);
    // Show where it went: its folder expanded (listed now if it never was), then selected.
    const QModelIndex folder = m_model->indexForPath(workspacePath::parentOf(path));
    if (folder.isValid())
        m_tree->expand(m_proxy->mapFromSource(folder));
    selectWhenShown();
}

void WorkspaceBrowserPage::onActionFailed(WorkspaceTreeModel::Action action, const QString &path,
                                          const ApiError &error, const QString &message)
{
    showFailure(message);
    if (action == WorkspaceTreeModel::Action::Move)
        m_moving.remove(m_moving.key(path));
    if (action != WorkspaceTreeModel::Action::Delete)
        return;
    const bool sentRecursive = m_deleting.take(path);
    if (sentRecursive || error.errorCode != QLatin1String("DIRECTORY_NOT_EMPTY"))
        return;
    // The folder looked empty when the user said yes, but something is in it now: ask again,
    // from the event loop (not inside the answer's handler).
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, path, error] {
            if (generation != m_generation || !m_client)
                return;
            const bool yes = confirm(
                tr("Folder not empty"),
                tr("The workspace did not delete %1: “%2”. Delete it with everything in it?")
                    .arg(path, error.message),
                tr("Delete everything"));
            if (!yes || generation != m_generation || !m_client) {
                showResult(tr("Nothing was deleted."));
                return;
            }
            m_deleting.insert(path, true);
            showResult(tr("Deleting %1 with everything in it…").arg(path));
            m_model->remove(path, true);
        },
        Qt::QueuedConnection);
}

// --- Actions ---------------------------------------------------------------------------------

bool WorkspaceBrowserPage::confirm(const QString &title, const QString &question,
                                   const QString &confirmText)
{
    if (m_workspace.profile.isProd()) {
        QString action = question;
        if (action.endsWith(QLatin1Char('?')))
            action.chop(1);
        ConfirmByNameDialog dialog(action, m_workspace.profile.name, this);
        dialog.setConfirmText(confirmText);
        return dialog.exec() == QDialog::Accepted;
    }
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void WorkspaceBrowserPage::openObject(const WorkspaceObject &object)
{
    if (!m_client || object.path.isEmpty())
        return;
    if (object.type != WorkspaceObjectType::Notebook) {
        if (!object.isFolder())
            showResult(tr("Only notebooks open here; use Export… to save %1.").arg(object.path));
        return;
    }
    Q_EMIT openNotebookRequested(m_client, object);
    if (!m_hostTabs)
        return;
    if (NotebookEditorTab *open = notebookTab(object.path)) {
        m_sideTabs->setCurrentWidget(open);
        open->setFocus();
        return;
    }
    auto *tab = new NotebookEditorTab(m_client, object, m_workspace.profile, m_sideTabs);
    const int index = m_sideTabs->addTab(
        tab, workspaceObjectIcon(object.type, object.language, style()), tab->title());
    m_sideTabs->setTabToolTip(index, object.path);
    connect(tab, &NotebookEditorTab::titleChanged, this, [this, tab](const QString &title) {
        const int at = m_sideTabs->indexOf(tab);
        if (at >= 0)
            m_sideTabs->setTabText(at, title);
    });
    connect(tab, &NotebookEditorTab::closeRequested, this, [this, tab] {
        const int at = m_sideTabs->indexOf(tab);
        if (at > 0) {
            m_sideTabs->removeTab(at);
            tab->deleteLater();
        }
    });
    connect(tab, &NotebookEditorTab::statusMessage, this, &WorkspacePage::statusMessage);
    m_sideTabs->setCurrentWidget(tab);
    // An editor needs room: the first one takes most of the width.
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) < sizes.at(0)) {
        const int total = sizes.at(0) + sizes.at(1);
        m_splitter->setSizes({total * 3 / 10, total - total * 3 / 10});
    }
    showResult(tr("Opened %1.").arg(object.path));
}

QList<NotebookEditorTab *> WorkspaceBrowserPage::notebookTabs() const
{
    QList<NotebookEditorTab *> tabs;
    for (int i = 0; i < m_sideTabs->count(); ++i) {
        if (auto *tab = qobject_cast<NotebookEditorTab *>(m_sideTabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

NotebookEditorTab *WorkspaceBrowserPage::notebookTab(const QString &path) const
{
    const QList<NotebookEditorTab *> tabs = notebookTabs();
    // A path names a notebook within one workspace: another profile's tab is not this one.
    for (NotebookEditorTab *tab : tabs) {
        if (tab->path() == path && sameWorkspace(tab->profile(), m_workspace.profile))
            return tab;
    }
    return nullptr;
}

void WorkspaceBrowserPage::closeTab(int index)
{
    auto *tab = qobject_cast<NotebookEditorTab *>(m_sideTabs->widget(index));
    if (!tab || !tab->canClose())
        return;
    m_sideTabs->removeTab(m_sideTabs->indexOf(tab));
    tab->deleteLater();
}

bool WorkspaceBrowserPage::closeNotebookTabs()
{
    const QList<NotebookEditorTab *> tabs = notebookTabs();
    for (NotebookEditorTab *tab : tabs) {
        m_sideTabs->setCurrentWidget(tab);
        if (!tab->canClose())
            return false;
        m_sideTabs->removeTab(m_sideTabs->indexOf(tab));
        tab->deleteLater();
    }
    return true;
}

void WorkspaceBrowserPage::closeTabsOf(const QString &path, bool onlyUnmodified)
{
    const QList<NotebookEditorTab *> tabs = notebookTabs();
    for (NotebookEditorTab *tab : tabs) {
        const bool matches = path.isEmpty() || tab->path() == path ||
                             tab->path().startsWith(path + QLatin1Char('/'));
        if (!matches || (onlyUnmodified && tab->isModified()))
            continue;
        m_sideTabs->removeTab(m_sideTabs->indexOf(tab));
        tab->deleteLater();
    }
}

QList<WorkspaceFormat> WorkspaceBrowserPage::exportFormatsFor(const WorkspaceObject &object)
{
    if (object.isFolder())
        return {WorkspaceFormat::Dbc};
    switch (object.type) {
    case WorkspaceObjectType::Notebook: {
        QList<WorkspaceFormat> formats{WorkspaceFormat::Source, WorkspaceFormat::Html,
                                       WorkspaceFormat::Jupyter, WorkspaceFormat::Dbc};
        if (object.language == CodeLanguage::R)
            formats.append(WorkspaceFormat::RMarkdown);
        return formats;
    }
    case WorkspaceObjectType::File:
        return {WorkspaceFormat::Source};
    default:
        return {};
    }
}

QString WorkspaceBrowserPage::exportFileName(const WorkspaceObject &object, WorkspaceFormat format)
{
    if (object.type == WorkspaceObjectType::File)
        return object.name();
    return object.name() + QLatin1Char('.') + exportExtension(format, object.language);
}

void WorkspaceBrowserPage::askExport()
{
    const WorkspaceObject object = currentObject();
    const QList<WorkspaceFormat> formats = exportFormatsFor(object);
    if (!m_client || formats.isEmpty())
        return;
    const QString suggested =
        QDir(m_lastLocalFolder).filePath(exportFileName(object, formats.first()));
    const std::optional<ExportChoice> choice = m_exportChooser
                                                   ? m_exportChooser(object, formats, suggested)
                                                   : chooseExportFile(object, formats, suggested);
    if (!choice || choice->filePath.isEmpty())
        return;
    exportTo(object, choice->format, choice->filePath);
}

std::optional<WorkspaceBrowserPage::ExportChoice>
WorkspaceBrowserPage::chooseExportFile(const WorkspaceObject &object,
                                       const QList<WorkspaceFormat> &formats,
                                       const QString &suggestedPath)
{
    QStringList filters;
    for (const WorkspaceFormat format : formats) {
        const QString extension = object.type == WorkspaceObjectType::File
                                      ? QFileInfo(object.name()).suffix()
                                      : exportExtension(format, object.language);
        filters.append(extension.isEmpty() ? tr("%1 (*)").arg(formatName(format))
                                           : tr("%1 (*.%2)").arg(formatName(format), extension));
    }
    QFileDialog dialog(this, tr("Export %1").arg(object.path));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.selectFile(suggestedPath);
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const qsizetype at = filters.indexOf(filter);
        if (at < 0 || object.type == WorkspaceObjectType::File)
            return;
        // The file name follows the format: report.py becomes report.html.
        dialog.selectFile(exportFileName(object, formats.at(at)));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    ExportChoice choice;
    const qsizetype at = filters.indexOf(dialog.selectedNameFilter());
    choice.format = formats.at(at < 0 ? 0 : at);
    choice.filePath = dialog.selectedFiles().first();
    if (QFileInfo(choice.filePath).suffix().isEmpty() && object.type != WorkspaceObjectType::File)
        choice.filePath += QLatin1Char('.') + exportExtension(choice.format, object.language);
    return choice;
}

void WorkspaceBrowserPage::exportTo(const WorkspaceObject &object, WorkspaceFormat format,
                                    const QString &filePath)
{
    if (!m_client || object.path.isEmpty()) {
        Q_EMIT exportFinished(filePath, false, tr("Not connected to a workspace."));
        return;
    }
    showResult(tr("Exporting %1 as %2…").arg(object.path, formatName(format)));
    m_client->exportObject(
        object.path, format, m_callContext.get(),
        [this, object, format, filePath](const CallResult<QByteArray> &result) {
            if (!result.ok()) {
                const QString message =
                    tr("Could not export %1: %2").arg(object.path, result.error.summary());
                showFailure(message);
                Q_EMIT exportFinished(filePath, false, message);
                return;
            }
            // Written aside and renamed into place: a failed write leaves no partial file (and
            // an older file of that name as it was). Exports are at most 10 MB.
            QSaveFile file(filePath);
            const bool written = file.open(QIODevice::WriteOnly) &&
                                 file.write(result.value) == result.value.size() && file.commit();
            if (!written) {
                const QString message =
                    tr("Could not write %1: %2").arg(filePath, file.errorString());
                file.cancelWriting();
                showFailure(message);
                Q_EMIT exportFinished(filePath, false, message);
                return;
            }
            m_lastLocalFolder = QFileInfo(filePath).absolutePath();
            const QString message = tr("Exported %1 as %2 to %3 (%4).")
                                        .arg(object.path, formatName(format), filePath,
                                             dbfsformat::humanSize(result.value.size()));
            showResult(message);
            Q_EMIT exportFinished(filePath, true, message);
        });
    updateBusy();
}

void WorkspaceBrowserPage::askImport()
{
    if (!m_client)
        return;
    const QString folder = targetFolder();
    const QString file = m_importChooser ? m_importChooser(folder) : chooseImportFile(folder);
    if (!file.isEmpty())
        importFile(file, folder);
}

QString WorkspaceBrowserPage::chooseImportFile(const QString &folder)
{
    return QFileDialog::getOpenFileName(
        this, tr("Import into %1").arg(folder), m_lastLocalFolder,
        tr("Notebooks and files (*.py *.scala *.sql *.r *.R *.ipynb *.dbc *.html *.Rmd);;"
           "All files (*)"));
}

void WorkspaceBrowserPage::importFile(const QString &localFile, const QString &folder)
{
    const auto fail = [this](const QString &target, const QString &message) {
        showFailure(message);
        Q_EMIT importFinished(target, false, message);
    };
    if (!m_client) {
        fail(QString(), tr("Not connected to a workspace."));
        return;
    }
    const QFileInfo info(localFile);
    if (!info.isFile()) {
        fail(QString(), tr("%1 is not a file.").arg(localFile));
        return;
    }
    // Refused before reading: the workspace takes at most 10 MB, and nothing bigger is read.
    if (info.size() > WorkspaceClient::kMaxImportBytes) {
        fail(QString(), tr("%1 is %2; the workspace imports at most %3.")
                            .arg(info.fileName(), dbfsformat::humanSize(info.size()),
                                 dbfsformat::humanSize(WorkspaceClient::kMaxImportBytes)));
        return;
    }
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QString(), tr("Could not read %1: %2").arg(localFile, file.errorString()));
        return;
    }
    const QByteArray content = file.read(WorkspaceClient::kMaxImportBytes + 1);
    if (content.size() > WorkspaceClient::kMaxImportBytes) {
        fail(QString(), tr("%1 is larger than the workspace's 10 MB limit.").arg(info.fileName()));
        return;
    }
    m_lastLocalFolder = info.absolutePath();
    const ImportPlan plan = planImport(info.fileName(), content.left(4096));
    if (const QString problem = workspacePath::checkName(plan.objectName); !problem.isEmpty()) {
        fail(QString(), tr("Cannot import %1: %2").arg(info.fileName(), problem));
        return;
    }
    WorkspaceImport spec;
    spec.path = workspacePath::join(folder, plan.objectName);
    spec.format = plan.format;
    spec.language = plan.language;
    spec.content = content;
    QString kind = tr("workspace file");
    if (plan.format == WorkspaceFormat::Source)
        kind = tr("%1 notebook").arg(codeLanguageName(plan.language));
    else if (plan.notebook)
        kind = formatName(plan.format);
    showResult(tr("Importing %1 into %2…").arg(info.fileName(), folder));
    const int generation = m_generation;
    m_client->status(
        spec.path, m_callContext.get(),
        [this, spec, localFile, kind, fail,
         generation](const CallResult<WorkspaceObject> &existing) {
            if (!existing.ok()) {
                if (existing.error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST")) {
                    writeImport(spec, localFile, kind);
                    return;
                }
                fail(spec.path,
                     tr("Could not check %1: %2").arg(spec.path, existing.error.summary()));
                return;
            }
            if (spec.format == WorkspaceFormat::Dbc) {
                fail(spec.path, tr("%1 already exists, and a DBC archive cannot overwrite (the "
                                   "workspace API does not allow it): delete or rename %1 first.")
                                    .arg(spec.path));
                return;
            }
            if (existing.value.isFolder()) {
                fail(spec.path, tr("%1 is a folder: import the file under another name, or into "
                                   "that folder.")
                                    .arg(spec.path));
                return;
            }
            // Asked from the event loop, not inside the answer's handler.
            QMetaObject::invokeMethod(
                this,
                [this, spec, localFile, kind, fail, generation] {
                    if (generation != m_generation || !m_client)
                        return;
                    const bool yes = confirm(tr("Overwrite?"),
                                             tr("%1 already exists. Overwrite it with %2?")
                                                 .arg(spec.path, QFileInfo(localFile).fileName()),
                                             tr("Overwrite"));
                    if (generation != m_generation || !m_client)
                        return;
                    if (!yes) {
                        const QString message = tr("Nothing was imported.");
                        showResult(message);
                        Q_EMIT importFinished(spec.path, false, message);
                        return;
                    }
                    WorkspaceImport overwriting = spec;
                    overwriting.overwrite = true;
                    writeImport(overwriting, localFile, kind);
                },
                Qt::QueuedConnection);
        });
    updateBusy();
}

void WorkspaceBrowserPage::writeImport(const WorkspaceImport &spec, const QString &localFile,
                                       const QString &kind)
{
    const QString fileName = QFileInfo(localFile).fileName();
    m_client->importObject(
        spec, m_callContext.get(), [this, spec, fileName, kind](const CallResult<Done> &result) {
            if (!result.ok()) {
                const QString message = tr("Could not import %1 as %2: %3")
                                            .arg(fileName, spec.path, result.error.summary());
                showFailure(message);
                Q_EMIT importFinished(spec.path, false, message);
                return;
            }
            m_selectWhenShown = spec.path;
            const QString folder = workspacePath::parentOf(spec.path);
            if (!m_model->refreshPath(folder)) {
                // Its folder was never listed: expanding it lists it, with the new object.
                const QModelIndex index = m_model->indexForPath(folder);
                if (index.isValid())
                    m_tree->expand(m_proxy->mapFromSource(index));
            }
            const QString message =
                spec.overwrite ? tr("Replaced %1 with %2 (%3).").arg(spec.path, fileName, kind)
                               : tr("Imported %1 as %2 (%3).").arg(fileName, spec.path, kind);
            showResult(message);
            Q_EMIT importFinished(spec.path, true, message);
        });
}

void WorkspaceBrowserPage::newFolder()
{
    if (!m_client)
        return;
    const QString folder = targetFolder();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New folder"),
                                               tr("Name of the new folder in %1:").arg(folder),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || !m_client)
        return;
    if (const QString problem = workspacePath::checkName(name); !problem.isEmpty()) {
        showFailure(problem);
        return;
    }
    m_selectWhenShown = workspacePath::join(folder, name);
    showResult(tr("Creating %1…").arg(m_selectWhenShown));
    m_model->createFolder(folder, name);
}

void WorkspaceBrowserPage::renameOrMove()
{
    const WorkspaceObject object = currentObject();
    if (!m_client || object.path.isEmpty())
        return;
    if (object.type == WorkspaceObjectType::Directory) {
        // A DBC archive carries notebooks and folders only: the rest would go with the original.
        showFailure(tr("Folders cannot be moved safely through the workspace API: export the "
                       "folder as DBC, import it at the new place, check it, then delete the "
                       "original."));
        return;
    }
    if (object.type != WorkspaceObjectType::Notebook) {
        showFailure(tr("Only notebooks can be renamed or moved here."));
        return;
    }
    // Its tab would keep saving to the old path, putting the original back.
    if (const NotebookEditorTab *tab = notebookTab(object.path); tab && tab->isModified()) {
        showFailure(
            tr("%1 has unsaved changes in its tab: save or discard them first.").arg(object.path));
        return;
    }
    const QString what = tr("the notebook gets a new object ID and loses its revision history");
    bool ok = false;
    const QString answer =
        QInputDialog::getText(
            this, tr("Rename or move"),
            tr("New name for %1, or a full path (/…) to move it.\n\n"
               "The workspace API has no move or rename: Brickdesk exports it, imports it at the "
               "new path, then deletes the original — %2.")
                .arg(object.path, what),
            QLineEdit::Normal, object.name(), &ok)
            .trimmed();
    if (!ok || answer.isEmpty() || !m_client)
        return;
    QString to;
    if (answer.startsWith(QLatin1Char('/'))) {
        to = answer;
        while (to.size() > 1 && to.endsWith(QLatin1Char('/')))
            to.chop(1);
    } else if (const QString problem = workspacePath::checkName(answer); !problem.isEmpty()) {
        showFailure(problem + QLatin1Char(' ') + tr("Start a path with '/' to move."));
        return;
    } else {
        to = workspacePath::join(workspacePath::parentOf(object.path), answer);
    }
    if (to == object.path)
        return;
    // A move deletes the original once the copy is in: on prod that asks for the profile name.
    if (m_workspace.profile.isProd() &&
        !confirm(tr("Move"), tr("Move %1 to %2 (the original is deleted)?").arg(object.path, to),
                 tr("Move")))
        return;
    m_selectWhenShown = to;
    m_moving.insert(to, object.path);
    showResult(tr("Moving %1 to %2…").arg(object.path, to));
    m_model->move(object.path, to);
}

void WorkspaceBrowserPage::deleteSelected()
{
    const QModelIndex index = currentSourceIndex();
    const WorkspaceObject object = m_model->objectAt(index);
    if (!m_client || object.path.isEmpty() || (m_counter && m_counter->isRunning()))
        return;
    if (!object.isFolder()) {
        confirmDelete(object, 0, 0, true);
        return;
    }
    const WorkspaceTreeModel::KnownContents known = m_model->knownContents(index);
    if (known.complete) {
        confirmDelete(object, known.objects, known.folders, true);
        return;
    }
    // Not everything below it is loaded: count first, so that the question says what goes.
    auto *counter = new WorkspaceContentsCounter(m_client, this);
    m_counter = counter;
    connect(counter, &WorkspaceContentsCounter::progressed, this,
            [this, object](int objects, int folders) {
                showResult(tr("Counting what is in %1… %2 and %3 so far")
                               .arg(object.path, objectsText(objects), foldersText(folders)));
            });
    // Queued: the question is asked from the event loop, not inside a listing's handler.
    connect(
        counter, &WorkspaceContentsCounter::finished, this,
        [this, counter, object](const ApiError &error) {
            counter->deleteLater();
            if (m_counter != counter || !m_client)
                return;
            if (error.isError())
                showFailure(
                    tr("Could not count what is in %1: %2").arg(object.path, error.summary()));
            confirmDelete(object, counter->objectCount(), counter->folderCount(),
                          !error.isError() && counter->isComplete());
        },
        Qt::QueuedConnection);
    showResult(tr("Counting what is in %1…").arg(object.path));
    counter->start(object.path);
    updateBusy();
}

void WorkspaceBrowserPage::confirmDelete(const WorkspaceObject &object, int objects, int folders,
                                         bool complete)
{
    const bool folder = object.isFolder();
    const bool empty = folder && complete && objects == 0 && folders == 0;
    QString question;
    if (object.type == WorkspaceObjectType::Notebook)
        question = tr("Delete the notebook %1?").arg(object.path);
    else if (!folder)
        question = tr("Delete %1?").arg(object.path);
    else if (empty)
        question = tr("Delete the empty folder %1?").arg(object.path);
    else if (complete)
        question = tr("Delete %1 and the %2 and %3 in it?")
                       .arg(object.path, objectsText(objects), foldersText(folders));
    else
        question = tr("Delete %1 and everything in it (at least %2 and %3)?")
                       .arg(object.path, objectsText(objects), foldersText(folders));
    const int generation = m_generation;
    const bool yes =
        confirm(tr("Delete from the workspace"),
                question + QLatin1Char('\n') + tr("This cannot be undone."), tr("Delete"));
    if (generation != m_generation || !m_client)
        return;
    if (!yes) {
        showResult(tr("Nothing was deleted."));
        return;
    }
    // An empty folder is deleted without "recursive": if something appeared in it meanwhile,
    // the workspace says DIRECTORY_NOT_EMPTY and the user is asked again.
    const bool recursive = folder && !empty;
    m_deleting.insert(object.path, recursive);
    showResult(tr("Deleting %1…").arg(object.path));
    m_model->remove(object.path, recursive);
}

void WorkspaceBrowserPage::copyPath()
{
    const WorkspaceObject object = currentObject();
    if (object.path.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(object.path);
    showResult(tr("Copied %1").arg(object.path));
}

void WorkspaceBrowserPage::refresh()
{
    if (!m_client)
        return;
    const QModelIndex index = currentSourceIndex();
    QModelIndex folder = index;
    if (index.isValid()) {
        const WorkspaceObject object = m_model->objectAt(index);
        // A folder never listed has nothing to refresh: its own folder is listed again.
        if (!object.isFolder() ||
            m_model->listingState(index) == WorkspaceTreeModel::ListingState::NotListed)
            folder = index.parent();
    }
    const QString path =
        folder.isValid() ? WorkspaceTreeModel::pathOf(folder) : QStringLiteral("/");
    showResult(tr("Refreshing %1…").arg(path));
    m_model->refresh(folder);
}

} // namespace brickdesk
