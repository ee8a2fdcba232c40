#include "DbfsPage.h"

#include "DbfsClient.h"
#include "DbfsDeleteFlow.h"
#include "DbfsDeltaLogSource.h"
#include "DbfsDragMimeData.h"
#include "DbfsDropView.h"
#include "DbfsIcons.h"
#include "DbfsKind.h"
#include "DbfsPath.h"
#include "DbfsProxies.h"
#include "DbfsTreeModel.h"
#include "DeltaTablePage.h"
#include "PageAction.h"
#include "PreviewPane.h"
#include "TransferPanel.h"
#include "TransferQueue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace brickdesk {

DbfsPage::DbfsPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_model(new DbfsTreeModel(this))
    , m_folderProxy(new DbfsFolderProxy(this))
    , m_contentsProxy(new DbfsContentsProxy(this))
    , m_tree(new DbfsDropView(this))
    , m_list(new DbfsDropView(this))
    , m_pathEdit(new QLineEdit(this))
    , m_pathError(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_preview(new PreviewPane(this))
    , m_transfers(new TransferPanel(this))
    , m_stagingRoot(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                    QStringLiteral("/drag-out"))
{
    m_folderProxy->setSourceModel(m_model);
    m_contentsProxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    wireModel();
    updateActions();
    updateCount();
    // Off the GUI thread: old drags may have left tens of megabytes to delete.
    QThreadPool::globalInstance()->start(
        [root = m_stagingRoot] { DbfsDragMimeData::removeStaleStaging(root, 24 * 3600); });
}

DbfsPage::~DbfsPage()
{
    disconnectFrom(QString());
}

QAction *DbfsPage::makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip,
                              const char *icon)
{
    return makePageAction(this, text, shortcut, tip, icon);
}

void DbfsPage::buildActions()
{
    m_up = makeAction(tr("Up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Go to the parent folder"),
                      "go-up");
    connect(m_up, &QAction::triggered, this, [this] {
        if (m_folderPath != QLatin1String("/"))
            navigateTo(dbfspath::parentOf(m_folderPath));
    });
    m_refresh = makeAction(tr("Refresh"), QKeySequence(Qt::Key_F5), tr("List this folder again"),
                           "view-refresh");
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_folder.isValid())
            m_model->refresh(m_folder);
    });
    m_newFolder = makeAction(tr("New folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             tr("Create a folder here"), "folder-new");
    connect(m_newFolder, &QAction::triggered, this, &DbfsPage::newFolder);
    m_rename = makeAction(tr("Rename/Move…"), QKeySequence(Qt::Key_F2),
                          tr("Give the selected item a new name or path"), "edit-rename");
    connect(m_rename, &QAction::triggered, this, &DbfsPage::renameOrMove);
    m_delete = makeAction(tr("Delete…"), QKeySequence(Qt::Key_Delete),
                          tr("Delete the selected items (folders with everything in them)"),
                          "edit-delete");
    connect(m_delete, &QAction::triggered, this, &DbfsPage::deleteSelected);
    m_copyPath = makeAction(tr("Copy path"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                            tr("Copy the dbfs:/ path of the selected items"), "edit-copy");
    connect(m_copyPath, &QAction::triggered, this, [this] { copyPaths(false); });
    m_copyFusePath =
        makeAction(tr("Copy as /dbfs/ path"), {},
                   tr("Copy the path as code on a cluster sees it (/dbfs/…)"), "edit-copy");
    connect(m_copyFusePath, &QAction::triggered, this, [this] { copyPaths(true); });
    m_uploadFiles = makeAction(tr("Upload files…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                               tr("Upload local files into this folder"), "document-send");
    connect(m_uploadFiles, &QAction::triggered, this, &DbfsPage::askUploadFiles);
    m_uploadFolder = makeAction(
        tr("Upload folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        tr("Upload a local folder, with everything in it, into this folder"), "folder-open");
    connect(m_uploadFolder, &QAction::triggered, this, &DbfsPage::askUploadFolder);
    m_download = makeAction(tr("Download…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            tr("Download the selected files and folders to a local folder"),
                            "document-save");
    connect(m_download, &QAction::triggered, this, &DbfsPage::askDownload);
    m_openDelta = makeAction(tr("Delta history"), QKeySequence(Qt::CTRL | Qt::Key_H),
                             tr("Open the history of the selected Delta table in its own tab"),
                             "view-history");
    connect(m_openDelta, &QAction::triggered, this, [this] {
        const QString target = deltaTableTarget();
        if (!target.isEmpty())
            openDeltaTable(target);
    });
    m_findAction = makeAction(tr("Filter"), QKeySequence::Find,
                              tr("Filter the names in this folder"), "edit-find");
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    m_pathAction = makeAction(tr("Go to path"), QKeySequence(Qt::CTRL | Qt::Key_L),
                              tr("Type or paste a DBFS path"), "go-jump");
    connect(m_pathAction, &QAction::triggered, this, [this] {
        m_pathEdit->setFocus();
        m_pathEdit->selectAll();
    });
}

void DbfsPage::buildLayout()
{
    m_pathEdit->setPlaceholderText(tr("dbfs:/path, /dbfs/path or /path"));
    m_pathEdit->setAccessibleName(tr("DBFS path"));
    m_pathEdit->setClearButtonEnabled(true);
    connect(m_pathEdit, &QLineEdit::returnPressed, this,
            [this] { navigateTo(m_pathEdit->text()); });
    m_pathError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_pathError->setTextFormat(Qt::PlainText);
    m_pathError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathError->hide();
    m_filter->setPlaceholderText(tr("Filter names…"));
    m_filter->setAccessibleName(tr("Filter names in this folder"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_contentsProxy->setNameFilter(text.trimmed());
        updateCount();
    });

    auto *pathBar = new QToolBar(this);
    pathBar->setIconSize(QSize(16, 16));
    pathBar->addAction(m_up);
    pathBar->addAction(m_refresh);
    pathBar->addWidget(m_pathEdit);
    pathBar->addWidget(m_filter);
    auto *actionBar = new QToolBar(this);
    actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_newFolder, m_rename, m_delete})
        actionBar->addAction(action);
    actionBar->addSeparator();
    for (QAction *action : {m_uploadFiles, m_uploadFolder, m_download})
        actionBar->addAction(action);
    actionBar->addSeparator();
    actionBar->addAction(m_copyPath);
    actionBar->addAction(m_copyFusePath);
    actionBar->addSeparator();
    actionBar->addAction(m_openDelta);

    auto *delegate = new DbfsIconDelegate(this);
    m_tree->setModel(m_folderProxy);
    m_tree->setItemDelegate(delegate);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Folders"));
    m_list->setModel(m_contentsProxy);
    m_list->setItemDelegate(delegate);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DbfsTreeModel::NameColumn, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAccessibleName(tr("Folder contents"));
    m_list->header()->resizeSection(DbfsTreeModel::NameColumn, 280);
    m_list->header()->resizeSection(DbfsTreeModel::SizeColumn, 90);
    m_list->header()->resizeSection(DbfsTreeModel::ModifiedColumn, 130);
    m_list->setFallbackDropFolder([this] { return m_folderPath; });
    for (DbfsDropView *view : {m_tree, m_list}) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        for (QAction *action :
             {m_openDelta, m_newFolder, m_rename, m_delete, m_copyPath, m_copyFusePath,
              m_uploadFiles, m_uploadFolder, m_download, m_refresh})
            view->addAction(action);
        view->setMimeFactory([this, view](const QModelIndexList &rows) -> QMimeData * {
            QList<Entry> entries;
            for (const QModelIndex &row : rows) {
                const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
                const Entry entry = entryOf(proxy->mapToSource(row));
                if (!entry.path.isEmpty() && entry.path != QLatin1String("/"))
                    entries.append(entry);
            }
            return mimeDataFor(entries);
        });
        connect(view, &DbfsDropView::dropped, this, &DbfsPage::handleDrop);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showFolder(m_folderProxy->mapToSource(current));
            });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_contentsProxy->mapToSource(index.siblingAtColumn(0));
        if (source.data(DbfsTreeModel::IsDirRole).toBool())
            showFolder(source);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DbfsPage::onSelectionChanged);

    auto *browser = new QSplitter(Qt::Horizontal, this);
    browser->addWidget(m_tree);
    browser->addWidget(m_list);
    browser->addWidget(m_preview);
    browser->setStretchFactor(0, 1);
    browser->setStretchFactor(1, 3);
    browser->setStretchFactor(2, 2);
    browser->setSizes({200, 540, 400});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(browser);
    vertical->addWidget(m_transfers);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({520, 140});

    m_count->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_count);
    statusRow->addSpacing(16);
    statusRow->addWidget(m_message, 1);

    // The browser with its bars is the first tab; Delta tables open beside it.
    auto *files = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 4, 0, 0);
    filesLayout->addWidget(pathBar);
    filesLayout->addWidget(m_pathError);
    filesLayout->addWidget(actionBar);
    filesLayout->addWidget(vertical, 1);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(files, tr("Files"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the browser stays
    connect(m_tabs, &QTabWidget::currentChanged, this, &DbfsPage::updateActions);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0)
            delete m_tabs->widget(index);
    });
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);
}

void DbfsPage::wireModel()
{
    connect(m_model, &DbfsTreeModel::pathReady, this, &DbfsPage::onPathReady);
    connect(m_model, &DbfsTreeModel::pathFailed, this,
            [this](const QString &path, const QString &reason) {
                if (path == m_navigating) {
                    m_navigating.clear();
                    showPathError(reason);
                }
            });
    const auto settle = [this](const QString &path) {
        if (path == QLatin1String("/") && !m_settled && m_client) {
            m_settled = true;
            Q_EMIT settledChanged();
        }
        updateCount();
    };
    connect(m_model, &DbfsTreeModel::listingStarted, this, [this] { updateCount(); });
    connect(m_model, &DbfsTreeModel::listingFinished, this, settle);
    connect(m_model, &DbfsTreeModel::listingFailed, this,
            [this, settle](const QString &path, const QString &message) {
                if (path == m_folderPath)
                    showFailure(message);
                settle(path);
            });
    connect(m_model, &DbfsTreeModel::actionFailed, this, &DbfsPage::showFailure);
    connect(m_model, &DbfsTreeModel::actionSucceeded, this,
            [this](const QString &path, const QString &message) {
                if (m_deleteFlow && m_deleteFlow->isRunning())
                    return; // the flow reports deletes as a whole
                showResult(message);
                if (path == m_selectWhenShown) {
                    m_selectWhenShown.clear();
                    selectInContents(path);
                }
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DbfsPage::updateCount);
    // The Delta probe marks tables after the listing: the Delta action follows it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DbfsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        // The folder shown was deleted or moved away: show the nearest one still there.
        if (!m_folder.isValid() && m_client && !m_folderPath.isEmpty())
            navigateTo(dbfspath::parentOf(m_folderPath));
    });
}

// --- Connection ------------------------------------------------------------------------------

void DbfsPage::connectTo(const ConnectedWorkspace &workspace)
{
    if (m_client)
        disconnectFrom(QString());
    m_workspace = workspace;
    m_client = new DbfsClient(workspace.client, this);
    m_queue = new TransferQueue(m_client, this);
    m_transfers->setQueue(m_queue);
    connect(m_queue, &TransferQueue::transferChanged, this, &DbfsPage::onTransferChanged);
    connect(m_queue, &TransferQueue::idleChanged, this, [this](bool idle) {
        if (!idle || !m_queue)
            return;
        int done = 0;
        int failed = 0;
        for (int row = 0; row < m_queue->count(); ++row) {
            const TransferState state = m_queue->at(row)->state();
            done += state == TransferState::Done ? 1 : 0;
            failed += state == TransferState::Failed ? 1 : 0;
        }
        if (failed > 0)
            showFailure(tr("Transfers finished: %1 done, %2 failed (the State column says why).")
                            .arg(done)
                            .arg(failed));
        else
            showResult(tr("Transfers finished: %1 done.").arg(done));
    });
    connect(m_queue, &TransferQueue::folderListingFailed, this,
            [this](const QString &folder, const QString &reason) {
                showFailure(tr("Cannot download %1: %2").arg(folder, reason));
            });
    m_settled = false;
    m_message->clear();
    m_model->setClient(m_client);
    m_preview->setClient(m_client);
    navigateTo(QStringLiteral("/"));
    updateActions();
}

void DbfsPage::disconnectFrom(const QString &whyNot)
{
    int running = 0;
    if (m_queue) {
        for (int row = 0; row < m_queue->count(); ++row)
            running += isFinal(m_queue->at(row)->state()) ? 0 : 1;
    }
    if (m_deleteFlow) {
        m_deleteFlow->cancel();
        m_deleteFlow->deleteLater();
    }
    // Delta tabs read through this workspace's client: they close with it.
    while (m_tabs && m_tabs->count() > 1)
        delete m_tabs->widget(1);
    m_model->setClient(nullptr);
    m_preview->setClient(nullptr);
    m_transfers->setQueue(nullptr);
    // The transfers belong to the workspace they were started in: they end with it.
    delete m_queue;
    m_queue = nullptr;
    if (m_client)
        m_client->cancelAll();
    delete m_client;
    m_client = nullptr;
    m_workspace = {};
    m_folder = QPersistentModelIndex();
    m_folderPath.clear();
    m_navigating.clear();
    m_notedUploads.clear();
    m_pathEdit->clear();
    m_pathError->hide();
    const bool wasSettled = m_settled;
    m_settled = false;
    if (running > 0)
        showResult(
            tr("Switched workspace: %1 running or queued transfer(s) cancelled.").arg(running));
    else
        m_message->setText(whyNot);
    m_preview->showMessage(whyNot);
    updateActions();
    updateCount();
    if (wasSettled)
        Q_EMIT settledChanged();
}

// --- Navigation ------------------------------------------------------------------------------

bool DbfsPage::navigateTo(const QString &typed)
{
    QString error;
    const std::optional<QString> path = dbfspath::normalize(typed, &error);
    if (!path) {
        showPathError(error);
        return false;
    }
    if (!m_client) {
        showPathError(tr("Not connected to a workspace."));
        return false;
    }
    m_pathError->hide();
    m_navigating = *path;
    m_model->ensurePath(*path);
    return true;
}

void DbfsPage::showPathError(const QString &reason)
{
    m_pathError->setText(reason);
    m_pathError->show();
}

void DbfsPage::onPathReady(const QModelIndex &index)
{
    const QString path = DbfsTreeModel::pathOf(index);
    if (path != m_navigating)
        return;
    m_navigating.clear();
    if (index.data(DbfsTreeModel::IsDirRole).toBool()) {
        showFolder(index);
        return;
    }
    showFolder(index.parent());
    selectInContents(path);
}

void DbfsPage::showFolder(const QModelIndex &sourceFolder)
{
    if (!sourceFolder.isValid())
        return;
    const bool changed = QPersistentModelIndex(sourceFolder) != m_folder;
    m_folder = sourceFolder;
    m_folderPath = DbfsTreeModel::pathOf(sourceFolder);
    m_contentsProxy->setFolder(sourceFolder);
    m_list->setRootIndex(m_contentsProxy->mapFromSource(sourceFolder));
    const QModelIndex inTree = m_folderProxy->mapFromSource(sourceFolder);
    for (QModelIndex up = inTree.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->expand(inTree);
    if (m_tree->currentIndex() != inTree) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(inTree);
    }
    m_tree->scrollTo(inTree);
    m_pathEdit->setText(dbfspath::toUri(m_folderPath));
    m_pathError->hide();
    if (m_model->canFetchMore(sourceFolder))
        m_model->fetchMore(sourceFolder);
    if (changed) {
        m_list->clearSelection();
        m_preview->showMessage(tr("Select a file to see its first megabyte here."));
    }
    updateActions();
    updateCount();
}

void DbfsPage::selectInContents(const QString &path)
{
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return;
    if (source.parent() != m_folder)
        showFolder(source.parent());
    const QModelIndex proxy = m_contentsProxy->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_list->setCurrentIndex(proxy);
    m_list->selectionModel()->select(proxy, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_list->scrollTo(proxy);
}

DbfsPage::Entry DbfsPage::entryOf(const QModelIndex &sourceIndex) const
{
    const QModelIndex name = sourceIndex.siblingAtColumn(DbfsTreeModel::NameColumn);
    return {name.data(DbfsTreeModel::PathRole).toString(),
            name.data(DbfsTreeModel::IsDirRole).toBool(),
            name.data(DbfsTreeModel::SizeRole).toLongLong()};
}

QList<DbfsPage::Entry> DbfsPage::selectedEntries() const
{
    QList<Entry> entries;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        entries.append(entryOf(m_contentsProxy->mapToSource(row)));
    return entries;
}

QList<DbfsPage::Entry> DbfsPage::actionTargets() const
{
    // The folder tree acts on its folder; anywhere else, on what the contents view selects.
    if (m_tree->hasFocus()) {
        if (m_folder.isValid() && m_folderPath != QLatin1String("/"))
            return {entryOf(m_folder)};
        return {};
    }
    return selectedEntries();
}

void DbfsPage::onSelectionChanged()
{
    const QList<Entry> entries = selectedEntries();
    if (entries.size() == 1 && !entries.first().isDir)
        m_preview->showFile(entries.first().path, entries.first().size);
    else if (entries.size() == 1)
        m_preview->showMessage(tr("%1 is a folder.").arg(dbfspath::toUri(entries.first().path)));
    else if (entries.size() > 1)
        m_preview->showMessage(tr("%1 items selected.").arg(entries.size()));
    updateActions();
}

void DbfsPage::updateActions()
{
    // With a Delta tab in front, the browser's keys (Delete, F2, F5 …) must not act on the
    // selection hidden behind it.
    const bool connected = m_client != nullptr && (!m_tabs || m_tabs->currentIndex() == 0);
    const bool hasFolder = connected && m_folder.isValid();
    const bool hasSelection = connected && m_list->selectionModel()->hasSelection();
    for (QAction *action : {m_refresh, m_newFolder, m_uploadFiles, m_uploadFolder, m_copyPath,
                            m_copyFusePath, m_pathAction, m_findAction})
        action->setEnabled(hasFolder);
    m_up->setEnabled(hasFolder && m_folderPath != QLatin1String("/"));
    // The tree's folder can be renamed, deleted or downloaded too, so these stay on with a
    // folder shown; they do nothing without a target.
    for (QAction *action : {m_rename, m_delete, m_download})
        action->setEnabled(hasSelection || (hasFolder && m_folderPath != QLatin1String("/")));
    m_pathEdit->setEnabled(connected);
    m_filter->setEnabled(connected);
    m_openDelta->setEnabled(connected && !deltaTableTarget().isEmpty());
}

QString DbfsPage::deltaTableTarget() const
{
    if (!m_client)
        return QString();
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.size() == 1) {
        const QModelIndex source = m_contentsProxy->mapToSource(rows.first());
        if (source.data(DbfsTreeModel::KindRole).toInt() == static_cast<int>(DbfsKind::DeltaTable))
            return source.data(DbfsTreeModel::PathRole).toString();
    }
    if (!m_folder.isValid())
        return QString();
    if (m_folder.data(DbfsTreeModel::KindRole).toInt() == static_cast<int>(DbfsKind::DeltaTable))
        return m_folderPath;
    if (dbfspath::nameOf(m_folderPath) == QLatin1String("_delta_log"))
        return dbfspath::parentOf(m_folderPath);
    return QString();
}

DeltaTablePage *DbfsPage::openDeltaTable(const QString &path)
{
    if (!m_client)
        return nullptr;
    for (int index = 1; index < m_tabs->count(); ++index) {
        auto *page = qobject_cast<DeltaTablePage *>(m_tabs->widget(index));
        if (page && page->tableLocation() == dbfspath::toUri(path)) {
            m_tabs->setCurrentIndex(index);
            return page;
        }
    }
    auto *page = new DeltaTablePage(new DbfsDeltaLogSource(m_client, path), m_workspace.profile,
                                    m_workspace.client, m_tabs);
    connect(page, &DeltaTablePage::message, this, &DbfsPage::showResult);
    const QString name = dbfspath::nameOf(path);
    const int index = m_tabs->addTab(page, tr("Delta: %1").arg(name.isEmpty() ? path : name));
    m_tabs->setTabToolTip(index, dbfspath::toUri(path));
    m_tabs->setCurrentIndex(index);
    return page;
}

void DbfsPage::updateCount()
{
    if (!m_folder.isValid()) {
        m_count->clear();
        return;
    }
    if (m_model->isListing(m_folder) && m_model->rowCount(m_folder) == 0) {
        m_count->setText(tr("Listing %1…").arg(m_folderPath));
        return;
    }
    const int loaded = m_model->rowCount(m_folder);
    const int pending = m_model->pendingCount(m_folder);
    const int shown = m_contentsProxy->rowCount(m_contentsProxy->mapFromSource(m_folder));
    QString text = loaded + pending == 1 ? tr("1 item") : tr("%L1 items").arg(loaded + pending);
    if (pending > 0)
        text += QLatin1Char(' ') + tr("(%L1 shown so far; scroll for more)").arg(loaded);
    if (!m_contentsProxy->nameFilter().isEmpty())
        text +=
            QLatin1Char(' ') + tr("— %L1 match “%2”").arg(shown).arg(m_contentsProxy->nameFilter());
    m_count->setText(text);
}

void DbfsPage::showResult(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    Q_EMIT statusMessage(message);
}

void DbfsPage::showFailure(const QString &message)
{
    // The workspace's words as they came: users search for them.
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
}

// --- Actions ---------------------------------------------------------------------------------

void DbfsPage::newFolder()
{
    if (!m_client || !m_folder.isValid())
        return;
    const QString folder = m_folderPath;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New folder"), tr("Name of the new folder in %1:").arg(dbfspath::toUri(folder)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_selectWhenShown = dbfspath::join(folder, name.trimmed());
    m_model->mkdir(folder, name);
}

void DbfsPage::renameOrMove()
{
    const QList<Entry> targets = actionTargets();
    if (!m_client || targets.size() != 1) {
        if (targets.size() > 1)
            showFailure(tr("Rename one item at a time; drag several onto a folder to move them."));
        return;
    }
    const QString from = targets.first().path;
    bool ok = false;
    const QString answer =
        QInputDialog::getText(
            this, tr("Rename or move"),
            tr("New name for %1, or a full path (dbfs:/…) to move it:").arg(dbfspath::toUri(from)),
            QLineEdit::Normal, dbfspath::nameOf(from), &ok)
            .trimmed();
    if (!ok || answer.isEmpty())
        return;
    QString to;
    if (answer.contains(QLatin1Char('/')) || answer.startsWith(QLatin1String("dbfs:"))) {
        QString error;
        const std::optional<QString> path = dbfspath::normalize(answer, &error);
        if (!path) {
            showFailure(error);
            return;
        }
        to = *path;
    } else {
        to = dbfspath::join(dbfspath::parentOf(from), answer);
    }
    if (to == from)
        return;
    m_selectWhenShown = to;
    m_model->move(from, to);
}

void DbfsPage::deleteSelected()
{
    const QList<Entry> targets = actionTargets();
    if (!m_client || targets.isEmpty() || (m_deleteFlow && m_deleteFlow->isRunning()))
        return;
    QList<DbfsDeleteFlow::Target> list;
    for (const Entry &entry : targets)
        list.append({entry.path, entry.isDir});
    auto *flow = new DbfsDeleteFlow(m_model, m_workspace.profile, this);
    m_deleteFlow = flow;
    connect(flow, &DbfsDeleteFlow::status, this, &DbfsPage::showResult);
    connect(flow, &DbfsDeleteFlow::failed, this, &DbfsPage::showFailure);
    connect(flow, &DbfsDeleteFlow::finished, flow, &QObject::deleteLater);
    flow->start(list);
}

void DbfsPage::copyPaths(bool fuseForm)
{
    QList<Entry> targets = actionTargets();
    if (targets.isEmpty() && m_folder.isValid())
        targets.append(entryOf(m_folder));
    QStringList paths;
    for (const Entry &entry : std::as_const(targets)) {
        paths.append(fuseForm ? QString(QStringLiteral("/dbfs") +
                                        (entry.path == QLatin1String("/") ? QString() : entry.path))
                              : dbfspath::toUri(entry.path));
    }
    if (paths.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
    showResult(paths.size() == 1 ? tr("Copied %1").arg(paths.first())
                                 : tr("Copied %1 paths").arg(paths.size()));
}

void DbfsPage::askUploadFiles()
{
    if (!m_queue || !m_folder.isValid())
        return;
    const QString folder = m_folderPath;
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Upload files to %1").arg(dbfspath::toUri(folder)));
    uploadFiles(files, folder);
}

void DbfsPage::askUploadFolder()
{
    if (!m_queue || !m_folder.isValid())
        return;
    const QString folder = m_folderPath;
    const QString local = QFileDialog::getExistingDirectory(
        this, tr("Upload a folder to %1").arg(dbfspath::toUri(folder)));
    if (!local.isEmpty())
        uploadFolder(local, folder);
}

void DbfsPage::askDownload()
{
    QList<Entry> targets = actionTargets();
    if (!m_queue || targets.isEmpty())
        return;
    const QString local = QFileDialog::getExistingDirectory(
        this, tr("Download %n item(s) to", nullptr, static_cast<int>(targets.size())));
    if (!local.isEmpty())
        download(targets, local);
}

void DbfsPage::uploadFiles(const QStringList &localFiles, const QString &folder)
{
    if (!m_queue || localFiles.isEmpty())
        return;
    int added = 0;
    for (const QString &local : localFiles) {
        if (m_queue->upload(local, dbfspath::join(folder, QFileInfo(local).fileName())) >= 0)
            ++added;
    }
    showResult(tr("Uploading %1 file(s) to %2.").arg(added).arg(dbfspath::toUri(folder)));
}

void DbfsPage::uploadFolder(const QString &localFolder, const QString &parentFolder)
{
    if (!m_queue)
        return;
    if (m_queue->uploadFolder(localFolder, parentFolder) < 0) {
        showFailure(tr("Nothing to upload in %1.").arg(localFolder));
        return;
    }
    showResult(tr("Uploading %1 to %2.")
                   .arg(QFileInfo(localFolder).fileName(), dbfspath::toUri(parentFolder)));
}

void DbfsPage::download(const QList<Entry> &entries, const QString &localFolder)
{
    if (!m_queue)
        return;
    for (const Entry &entry : entries) {
        if (entry.isDir)
            m_queue->downloadFolder(entry.path, localFolder);
        else
            m_queue->download(entry.path,
                              localFolder + QLatin1Char('/') + dbfspath::nameOf(entry.path));
    }
    showResult(tr("Downloading %1 item(s) to %2.").arg(entries.size()).arg(localFolder));
}

void DbfsPage::onTransferChanged(int row)
{
    const Transfer *transfer = m_queue ? m_queue->at(row) : nullptr;
    if (!transfer || transfer->direction() != TransferDirection::Upload ||
        transfer->state() != TransferState::Done || m_notedUploads.contains(transfer->id()))
        return;
    m_notedUploads.insert(transfer->id());
    m_model->noteUploaded(transfer->finalPath().isEmpty() ? transfer->remotePath()
                                                          : transfer->finalPath());
}

// --- Drag and drop ---------------------------------------------------------------------------

void DbfsPage::handleDrop(const QMimeData *mime, const QString &folder)
{
    if (!m_client || !mime || folder.isEmpty())
        return;
    const QStringList dbfsPaths = DbfsDragMimeData::pathsOf(mime);
    if (!dbfsPaths.isEmpty()) {
        QStringList moving;
        for (const QString &path : dbfsPaths) {
            if (path != folder && dbfspath::parentOf(path) != folder)
                moving.append(path);
        }
        if (moving.isEmpty())
            return;
        const QString question = moving.size() == 1
                                     ? tr("Move %1 into %2?").arg(moving.first(), folder)
                                     : tr("Move %1 items into %2?").arg(moving.size()).arg(folder);
        if (QMessageBox::question(this, tr("Move in DBFS"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        for (const QString &path : std::as_const(moving))
            m_model->move(path, dbfspath::join(folder, dbfspath::nameOf(path)));
        return;
    }
    QStringList files;
    QStringList folders;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            folders.append(info.absoluteFilePath());
        else if (info.isFile())
            files.append(info.absoluteFilePath());
    }
    for (const QString &local : std::as_const(folders))
        m_queue->uploadFolder(local, folder);
    for (const QString &local : std::as_const(files))
        m_queue->upload(local, dbfspath::join(folder, QFileInfo(local).fileName()));
    if (!files.isEmpty() || !folders.isEmpty()) {
        showResult(tr("Uploading %1 file(s) and %2 folder(s) to %3.")
                       .arg(files.size())
                       .arg(folders.size())
                       .arg(dbfspath::toUri(folder)));
    }
}

QMimeData *DbfsPage::mimeDataFor(const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return nullptr;
    QStringList paths;
    qint64 total = 0;
    bool onlyFiles = true;
    for (const Entry &entry : entries) {
        paths.append(entry.path);
        total += entry.size;
        onlyFiles = onlyFiles && !entry.isDir;
    }
    const bool dragOut = onlyFiles && total <= DbfsDragMimeData::kMaxDragOutBytes;
    if (!dragOut) {
        showResult(tr("Dragging out of Brickdesk works for files up to %1 MB in all; use "
                      "Download… for folders and bigger files. Dropping on a DBFS folder moves.")
                       .arg(DbfsDragMimeData::kMaxDragOutBytes / (1024 * 1024)));
    }
    return new DbfsDragMimeData(paths, dragOut ? m_queue : nullptr, m_stagingRoot);
}

} // namespace brickdesk
