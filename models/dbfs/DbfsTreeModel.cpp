#include "DbfsTreeModel.h"

#include "DbfsClient.h"
#include "DbfsDeltaProbe.h"
#include "DbfsFormat.h"
#include "DbfsKind.h"
#include "DbfsPath.h"
#include "DbfsTreeWalker.h"

#include <QDateTime>
#include <algorithm>

namespace brickdesk {

struct DbfsTreeModel::Node
{
    DbfsFileInfo info;
    QString name;
    Node *parent = nullptr;
    int row = 0;
    bool isDelta = false;
    ListState state = ListState::NotListed;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> byName;
    // The sorted rest of a listing, not inserted yet: pending[pendingStart..].
    QList<DbfsFileInfo> pending;
    qsizetype pendingStart = 0;
    // Lives while a listing is in flight: DbfsClient runs the handler only while it does, so
    // a node that is gone never hears its answer.
    std::unique_ptr<QObject> callContext;
    QPointer<ApiCall> call;
    QString error;

    ~Node()
    {
        if (call)
            call->cancel();
    }
    int pendingCount() const { return static_cast<int>(pending.size() - pendingStart); }
    void dropListingCall()
    {
        if (call)
            call->cancel();
        call = nullptr;
        callContext.reset();
    }
};

namespace {

// Folders first, then names without regard to case (ties by exact name, so the order is total).
bool naturalLess(bool leftDir, const QString &left, bool rightDir, const QString &right)
{
    if (leftDir != rightDir)
        return leftDir;
    const int byCase = QString::compare(left, right, Qt::CaseInsensitive);
    return byCase != 0 ? byCase < 0 : left < right;
}

QString why(const ApiError &error, const QString &path)
{
    if (error.errorCode == QLatin1String("RESOURCE_ALREADY_EXISTS"))
        return DbfsTreeModel::tr("%1 already exists (%2)").arg(path, error.summary());
    if (error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST"))
        return DbfsTreeModel::tr("%1 does not exist (%2)").arg(path, error.summary());
    return error.summary();
}

} // namespace

DbfsTreeModel::DbfsTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_probe(new DbfsDeltaProbe(this))
{
    connect(m_probe, &DbfsDeltaProbe::deltaTableFound, this, &DbfsTreeModel::onDeltaTableFound);
    setClient(nullptr);
}

DbfsTreeModel::~DbfsTreeModel()
{
    cancelAll();
}

void DbfsTreeModel::setClient(DbfsClient *client)
{
    beginResetModel();
    cancelAll();
    m_client = client;
    m_probe->setClient(client);
    m_deltaTables.clear();
    m_ensureTarget.clear();
    m_root = std::make_unique<Node>();
    m_root->info.isDir = true;
    m_root->state = ListState::Listed;
    DbfsFileInfo slash;
    slash.path = QStringLiteral("/");
    slash.isDir = true;
    auto top = makeNode(slash, m_root.get());
    m_root->byName.insert(QString(), top.get());
    m_root->children.push_back(std::move(top));
    endResetModel();
}

void DbfsTreeModel::cancelAll()
{
    m_ensureTarget.clear();
    m_probe->cancelAll();
    for (const QPointer<ApiCall> &call : std::as_const(m_actionCalls)) {
        if (call)
            call->cancel();
    }
    m_actionCalls.clear();
    // Taken out first: a cancelled deleter reports at once, and its handler edits the list.
    const QList<QPointer<DbfsDeleter>> deleters = std::exchange(m_deleters, {});
    for (const QPointer<DbfsDeleter> &deleter : deleters) {
        if (deleter)
            deleter->cancel();
    }
    if (!m_root)
        return;
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (node->state == ListState::Listing) {
            node->dropListingCall();
            node->state = ListState::NotListed;
        }
        for (const auto &child : node->children) {
            if (child->info.isDir)
                stack.push_back(child.get());
        }
    }
}

std::unique_ptr<DbfsTreeModel::Node> DbfsTreeModel::makeNode(const DbfsFileInfo &info,
                                                             Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->info = info;
    node->name = info.name();
    node->parent = parent;
    node->isDelta = info.isDir && m_deltaTables.contains(info.path);
    return node;
}

DbfsTreeModel::Node *DbfsTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

DbfsTreeModel::Node *DbfsTreeModel::childNamed(const Node *folder, const QString &name) const
{
    return folder->byName.value(name, nullptr);
}

DbfsTreeModel::Node *DbfsTreeModel::nodeForPath(const QString &path) const
{
    Node *node = m_root->children.front().get();
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        node = childNamed(node, segment);
        if (!node)
            return nullptr;
    }
    return node;
}

QModelIndex DbfsTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex DbfsTreeModel::rootIndex() const
{
    return indexOf(m_root->children.front().get());
}

QModelIndex DbfsTreeModel::indexForPath(const QString &path) const
{
    return indexOf(nodeForPath(path));
}

bool DbfsTreeModel::isListing(const QModelIndex &folder) const
{
    return nodeOf(folder)->state == ListState::Listing;
}

bool DbfsTreeModel::isListed(const QModelIndex &folder) const
{
    return nodeOf(folder)->state == ListState::Listed;
}

int DbfsTreeModel::pendingCount(const QModelIndex &folder) const
{
    return nodeOf(folder)->pendingCount();
}

QString DbfsTreeModel::listingError(const QModelIndex &folder) const
{
    return nodeOf(folder)->error;
}

bool DbfsTreeModel::isDeleting() const
{
    return std::any_of(m_deleters.cbegin(), m_deleters.cend(),
                       [](const QPointer<DbfsDeleter> &deleter) { return !deleter.isNull(); });
}

// --- QAbstractItemModel --------------------------------------------------------------------

QModelIndex DbfsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(static_cast<size_t>(row)).get());
}

QModelIndex DbfsTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int DbfsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int DbfsTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DbfsTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->info.isDir)
        return false;
    if (node->state == ListState::NotListed || node->state == ListState::Listing)
        return true;
    return !node->children.empty() || node->pendingCount() > 0;
}

bool DbfsTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0 || m_changingRows)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->info.isDir)
        return false;
    return (node->state == ListState::NotListed && m_client) || node->pendingCount() > 0;
}

void DbfsTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    if (node->state == ListState::NotListed)
        startListing(node);
    else
        insertPending(node, kBatch);
}

QVariant DbfsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const DbfsFileInfo &info = node->info;
    const int column = index.column();
    switch (role) {
    case PathRole:
        return info.path;
    case IsDirRole:
        return info.isDir;
    case SizeRole:
        return info.size;
    case ModifiedRole:
        return info.modifiedMs;
    case KindRole:
        return static_cast<int>(dbfsKindOf(node->name, info.isDir, node->isDelta));
    case SortRole:
        if (column == SizeColumn)
            return info.isDir ? qint64(-1) : info.size;
        if (column == ModifiedColumn)
            return info.modifiedMs;
        return node->name;
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == NameColumn)
            return info.path == QLatin1String("/") ? info.path : node->name;
        if (column == SizeColumn)
            return info.isDir ? QString() : dbfsformat::humanSize(info.size);
        if (column == ModifiedColumn && info.modifiedMs > 0) {
            // Sortable at a glance and the same width on every row, whatever the locale.
            return QDateTime::fromMSecsSinceEpoch(info.modifiedMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return QString();
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QString tip = dbfspath::toUri(info.path);
            if (node->isDelta)
                tip += QLatin1Char('\n') + tr("Delta table");
            if (!node->error.isEmpty())
                tip += QLatin1Char('\n') + node->error;
            return tip;
        }
        if (column == SizeColumn && !info.isDir)
            return tr("%L1 bytes").arg(info.size);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DbfsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

Qt::ItemFlags DbfsTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->info.path != QLatin1String("/"))
        flags |= Qt::ItemIsDragEnabled;
    if (node->info.isDir)
        flags |= Qt::ItemIsDropEnabled;
    else
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

// --- Listing ---------------------------------------------------------------------------------

void DbfsTreeModel::startListing(Node *folder)
{
    folder->dropListingCall();
    const QString path = folder->info.path;
    if (!m_client) {
        onListingFailed(folder, ApiError{ApiError::Kind::Configuration, 0, QString(),
                                         tr("Not connected to a workspace.")});
        return;
    }
    folder->state = ListState::Listing;
    folder->error.clear();
    folder->callContext = std::make_unique<QObject>();
    Q_EMIT listingStarted(path);
    const QPointer<ApiCall> call =
        m_client->list(path, folder->callContext.get(),
                       [this, folder](const DbfsResult<QList<DbfsFileInfo>> &result) {
                           // The context goes after this handler returns; the call is over.
                           folder->callContext.release()->deleteLater();
                           folder->call = nullptr;
                           if (result.ok())
                               onListed(folder, result.value);
                           else
                               onListingFailed(folder, result.error);
                       });
    if (folder->state == ListState::Listing && folder->callContext) {
        folder->call = call;
        if (!call) {
            folder->callContext.reset();
            onListingFailed(folder, ApiError{ApiError::Kind::Configuration, 0, QString(),
                                             tr("Not connected to a workspace.")});
        }
    }
}

void DbfsTreeModel::onListed(Node *folder, const QList<DbfsFileInfo> &entries)
{
    const QString path = folder->info.path;
    // Entries must be direct children with distinct names: anything else is a malformed answer,
    // and a folder is shown whole or not at all.
    struct Keyed
    {
        QString name;
        qsizetype index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(static_cast<size_t>(entries.size()));
    QSet<QString> names;
    names.reserve(entries.size());
    bool hasDeltaLog = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DbfsFileInfo &entry = entries.at(i);
        const QString name = entry.name();
        if (name.isEmpty() || dbfspath::parentOf(entry.path) != path || names.contains(name)) {
            onListingFailed(
                folder,
                ApiError{ApiError::Kind::InvalidResponse, 200, QString(),
                         tr("The answer lists %1 in %2, which cannot be.").arg(entry.path, path)});
            return;
        }
        names.insert(name);
        hasDeltaLog = hasDeltaLog || (entry.isDir && name == QLatin1String("_delta_log"));
        keyed.push_back({name, i});
    }
    std::sort(keyed.begin(), keyed.end(), [&entries](const Keyed &a, const Keyed &b) {
        return naturalLess(entries.at(a.index).isDir, a.name, entries.at(b.index).isDir, b.name);
    });

    removeAllChildren(folder);
    folder->state = ListState::Listed;
    folder->error.clear();
    folder->pending.reserve(static_cast<qsizetype>(keyed.size()));
    for (const Keyed &k : keyed)
        folder->pending.append(entries.at(k.index));
    folder->pendingStart = 0;
    const QModelIndex folderIndex = indexOf(folder);
    if (hasDeltaLog && !folder->isDelta) {
        folder->isDelta = true;
        m_deltaTables.insert(path);
    }
    insertPending(folder, kFirstBatch);
    // Its icon may change (Delta table), and an empty folder loses its expander.
    Q_EMIT dataChanged(folderIndex, folderIndex, {KindRole, Qt::DecorationRole});
    probeSubfolders(folder);
    Q_EMIT listingFinished(path);
    continueEnsure();
}

void DbfsTreeModel::onListingFailed(Node *folder, const ApiError &error)
{
    const QString path = folder->info.path;
    const bool shown = !folder->children.empty() || folder->pendingCount() > 0;
    // What was shown stays (a refresh that failed); a folder never listed shows nothing.
    folder->state = shown ? ListState::Listed : ListState::Failed;
    const QString message = error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST")
                                ? tr("No such file or folder: %1").arg(path)
                                : tr("Cannot list %1: %2").arg(path, error.summary());
    folder->error = message;
    const QModelIndex folderIndex = indexOf(folder);
    Q_EMIT dataChanged(folderIndex, folderIndex, {Qt::ToolTipRole});
    Q_EMIT listingFailed(path, message);
    if (!m_ensureTarget.isEmpty() && dbfspath::isUnder(m_ensureTarget, path)) {
        failEnsure(error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST")
                       ? tr("No such file or folder: %1").arg(m_ensureTarget)
                       : message);
    }
}

void DbfsTreeModel::removeAllChildren(Node *folder)
{
    m_probe->cancelUnder(folder->info.path);
    folder->pending.clear();
    folder->pendingStart = 0;
    if (folder->children.empty())
        return;
    m_changingRows = true;
    beginRemoveRows(indexOf(folder), 0, static_cast<int>(folder->children.size()) - 1);
    folder->byName.clear();
    folder->children.clear();
    endRemoveRows();
    m_changingRows = false;
}

void DbfsTreeModel::insertPending(Node *folder, int count)
{
    const int n = std::min(count, folder->pendingCount());
    if (n <= 0)
        return;
    const int first = static_cast<int>(folder->children.size());
    m_changingRows = true;
    beginInsertRows(indexOf(folder), first, first + n - 1);
    folder->children.reserve(folder->children.size() + static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        auto node = makeNode(folder->pending.at(folder->pendingStart + i), folder);
        node->row = first + i;
        folder->byName.insert(node->name, node.get());
        folder->children.push_back(std::move(node));
    }
    folder->pendingStart += n;
    if (folder->pendingStart >= folder->pending.size()) {
        folder->pending.clear();
        folder->pendingStart = 0;
    }
    endInsertRows();
    m_changingRows = false;
}

void DbfsTreeModel::renumber(Node *folder, int from)
{
    for (size_t i = static_cast<size_t>(from); i < folder->children.size(); ++i)
        folder->children[i]->row = static_cast<int>(i);
}

void DbfsTreeModel::insertSorted(Node *folder, const DbfsFileInfo &info)
{
    const QString name = info.name();
    if (Node *existing = childNamed(folder, name)) {
        existing->info = info;
        Q_EMIT dataChanged(indexOf(existing, 0), indexOf(existing, ColumnCount - 1));
        return;
    }
    const auto lessThanInfo = [](const DbfsFileInfo &a, const DbfsFileInfo &b) {
        return naturalLess(a.isDir, a.name(), b.isDir, b.name());
    };
    if (folder->pendingCount() > 0 &&
        !lessThanInfo(info, folder->pending.at(folder->pendingStart))) {
        // It belongs among the entries not shown yet.
        auto begin = folder->pending.begin() + folder->pendingStart;
        auto at = std::lower_bound(begin, folder->pending.end(), info, lessThanInfo);
        if (at != folder->pending.end() && at->name() == name)
            *at = info;
        else
            folder->pending.insert(at, info);
        return;
    }
    const auto at =
        std::lower_bound(folder->children.begin(), folder->children.end(), info,
                         [&name, &info](const std::unique_ptr<Node> &child, const DbfsFileInfo &) {
                             return naturalLess(child->info.isDir, child->name, info.isDir, name);
                         });
    const int row = static_cast<int>(at - folder->children.begin());
    m_changingRows = true;
    beginInsertRows(indexOf(folder), row, row);
    auto node = makeNode(info, folder);
    folder->byName.insert(node->name, node.get());
    folder->children.insert(at, std::move(node));
    renumber(folder, row);
    endInsertRows();
    m_changingRows = false;
}

void DbfsTreeModel::removeNode(Node *node)
{
    Node *folder = node->parent;
    const int row = node->row;
    m_probe->cancelUnder(node->info.path);
    m_changingRows = true;
    beginRemoveRows(indexOf(folder), row, row);
    folder->byName.remove(node->name);
    folder->children.erase(folder->children.begin() + row);
    renumber(folder, row);
    endRemoveRows();
    m_changingRows = false;
}

bool DbfsTreeModel::removeEntry(const QString &path)
{
    if (Node *node = nodeForPath(path); node && node->parent != m_root.get()) {
        removeNode(node);
        return true;
    }
    Node *folder = nodeForPath(dbfspath::parentOf(path));
    if (!folder)
        return false;
    for (qsizetype i = folder->pendingStart; i < folder->pending.size(); ++i) {
        if (folder->pending.at(i).path == path) {
            folder->pending.removeAt(i);
            return true;
        }
    }
    return false;
}

void DbfsTreeModel::probeSubfolders(Node *folder)
{
    QStringList subfolders;
    // Entries before pendingStart are children already: the loop below covers them.
    for (qsizetype i = folder->pendingStart;
         i < folder->pending.size() && subfolders.size() < DbfsDeltaProbe::kMaxPerFolder; ++i) {
        const DbfsFileInfo &entry = folder->pending.at(i);
        if (!entry.isDir)
            break; // folders come first
        if (!entry.name().startsWith(QLatin1Char('_')) && !m_deltaTables.contains(entry.path))
            subfolders.append(entry.path);
    }
    for (const auto &child : folder->children) {
        if (subfolders.size() >= DbfsDeltaProbe::kMaxPerFolder || !child->info.isDir)
            break;
        if (!child->name.startsWith(QLatin1Char('_')) && !child->isDelta)
            subfolders.append(child->info.path);
    }
    if (!subfolders.isEmpty())
        m_probe->probe(folder->info.path, subfolders);
}

void DbfsTreeModel::onDeltaTableFound(const QString &path)
{
    m_deltaTables.insert(path);
    Node *node = nodeForPath(path);
    if (!node || node->isDelta)
        return;
    node->isDelta = true;
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index, {KindRole, Qt::DecorationRole, Qt::ToolTipRole});
}

void DbfsTreeModel::refresh(const QModelIndex &folderIndex)
{
    Node *folder = folderIndex.isValid() ? nodeOf(folderIndex) : m_root->children.front().get();
    if (!folder->info.isDir)
        folder = folder->parent;
    m_probe->cancelUnder(folder->info.path);
    startListing(folder);
}

// --- ensurePath ------------------------------------------------------------------------------

void DbfsTreeModel::ensurePath(const QString &path)
{
    m_ensureTarget = path.isEmpty() ? QStringLiteral("/") : path;
    if (!m_client) {
        failEnsure(tr("Not connected to a workspace."));
        return;
    }
    continueEnsure();
}

void DbfsTreeModel::failEnsure(const QString &reason)
{
    const QString target = m_ensureTarget;
    m_ensureTarget.clear();
    Q_EMIT pathFailed(target, reason);
}

void DbfsTreeModel::continueEnsure()
{
    if (m_ensureTarget.isEmpty())
        return;
    const QString target = m_ensureTarget;
    const QStringList segments = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Node *node = m_root->children.front().get();
    for (const QString &segment : segments) {
        if (!node->info.isDir) {
            failEnsure(tr("Not a folder: %1").arg(node->info.path));
            return;
        }
        if (node->state == ListState::Listing)
            return; // onListed comes back here
        if (node->state != ListState::Listed) {
            startListing(node);
            return;
        }
        Node *child = childNamed(node, segment);
        if (!child) {
            // Maybe among the entries not inserted yet: bring them in, batch by batch.
            bool pending = false;
            for (qsizetype i = node->pendingStart; i < node->pending.size() && !pending; ++i)
                pending = node->pending.at(i).name() == segment;
            while (pending && !child) {
                insertPending(node, kBatch);
                child = childNamed(node, segment);
            }
        }
        if (!child) {
            failEnsure(tr("No such file or folder: %1").arg(target));
            return;
        }
        node = child;
    }
    // A folder is ready when its contents are known too.
    if (node->info.isDir && node->state == ListState::Listing)
        return;
    if (node->info.isDir && node->state != ListState::Listed) {
        startListing(node);
        return;
    }
    m_ensureTarget.clear();
    Q_EMIT pathReady(indexOf(node));
}

// --- Actions ---------------------------------------------------------------------------------

void DbfsTreeModel::mkdir(const QString &parentPath, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')) || trimmed == QLatin1String(".") ||
        trimmed == QLatin1String("..")) {
        Q_EMIT actionFailed(
            tr("'%1' is not a folder name: it must not be empty, '.', '..' or contain '/'.")
                .arg(name));
        return;
    }
    if (!m_client) {
        Q_EMIT actionFailed(tr("Not connected to a workspace."));
        return;
    }
    const QString path = dbfspath::join(parentPath, trimmed);
    m_actionCalls.removeAll(nullptr);
    m_actionCalls.append(
        m_client->mkdirs(path, this, [this, path](const DbfsResult<DbfsClient::Done> &result) {
            if (!result.ok()) {
                Q_EMIT actionFailed(
                    tr("Could not create folder %1: %2").arg(path, why(result.error, path)));
                return;
            }
            // get-status for the time the workspace gives it; the folder is there either way.
            m_actionCalls.append(m_client->getStatus(
                path, this, [this, path](const DbfsResult<DbfsFileInfo> &status) {
                    DbfsFileInfo info = status.ok() ? status.value : DbfsFileInfo{};
                    info.path = path;
                    info.isDir = true;
                    if (Node *folder = nodeForPath(dbfspath::parentOf(path));
                        folder && folder->state == ListState::Listed)
                        insertSorted(folder, info);
                    Q_EMIT actionSucceeded(path, tr("Created folder %1.").arg(path));
                }));
        }));
}

void DbfsTreeModel::move(const QString &fromPath, const QString &toPath)
{
    if (fromPath == toPath)
        return;
    if (fromPath == QLatin1String("/")) {
        Q_EMIT actionFailed(tr("The root folder cannot be moved."));
        return;
    }
    if (dbfspath::isUnder(toPath, fromPath)) {
        Q_EMIT actionFailed(tr("Cannot move %1 into itself (%2).").arg(fromPath, toPath));
        return;
    }
    if (!m_client) {
        Q_EMIT actionFailed(tr("Not connected to a workspace."));
        return;
    }
    const bool sameFolder = dbfspath::parentOf(fromPath) == dbfspath::parentOf(toPath);
    m_actionCalls.removeAll(nullptr);
    m_actionCalls.append(m_client->move(
        fromPath, toPath, this,
        [this, fromPath, toPath, sameFolder](const DbfsResult<DbfsClient::Done> &result) {
            if (!result.ok()) {
                const QString target =
                    result.error.errorCode == QLatin1String("RESOURCE_ALREADY_EXISTS") ? toPath
                                                                                       : fromPath;
                Q_EMIT actionFailed(tr("Could not move %1 to %2: %3")
                                        .arg(fromPath, toPath, why(result.error, target)));
                return;
            }
            const Node *node = nodeForPath(fromPath);
            const bool wasDelta = (node && node->isDelta) || m_deltaTables.contains(fromPath);
            m_deltaTables.removeIf(
                [&fromPath](const QString &path) { return dbfspath::isUnder(path, fromPath); });
            if (wasDelta)
                m_deltaTables.insert(toPath);
            removeEntry(fromPath);
            const QString message =
                sameFolder ? tr("Renamed %1 to %2.")
                                 .arg(dbfspath::nameOf(fromPath), dbfspath::nameOf(toPath))
                           : tr("Moved %1 to %2.").arg(fromPath, toPath);
            m_actionCalls.append(m_client->getStatus(
                toPath, this, [this, toPath, message](const DbfsResult<DbfsFileInfo> &status) {
                    if (status.ok()) {
                        if (Node *folder = nodeForPath(dbfspath::parentOf(toPath));
                            folder && folder->state == ListState::Listed)
                            insertSorted(folder, status.value);
                    }
                    Q_EMIT actionSucceeded(toPath, message);
                }));
        }));
}

void DbfsTreeModel::remove(const QString &path)
{
    if (path == QLatin1String("/")) {
        Q_EMIT actionFailed(tr("The root folder cannot be deleted."));
        return;
    }
    if (!m_client) {
        Q_EMIT actionFailed(tr("Not connected to a workspace."));
        return;
    }
    const Node *node = nodeForPath(path);
    auto *deleter = new DbfsDeleter(m_client, this);
    m_deleters.removeAll(nullptr);
    m_deleters.append(deleter);
    connect(deleter, &DbfsDeleter::progressed, this, [this, path](qint64 filesDeleted, int rounds) {
        Q_EMIT deleteProgress(path, filesDeleted, rounds);
    });
    connect(deleter, &DbfsDeleter::finished, this, [this, path, deleter](const ApiError &error) {
        m_deleters.removeAll(deleter);
        deleter->deleteLater();
        if (error.kind == ApiError::Kind::Cancelled)
            return; // the workspace is going away: nothing to report or reload
        if (error.isError()) {
            const QString message = tr("Could not delete %1: %2").arg(path, why(error, path));
            Q_EMIT actionFailed(message);
            Q_EMIT deleteFinished(path, false, message);
            // Part of it may be gone: show what is left.
            if (Node *left = nodeForPath(path);
                left && left->info.isDir && left->state == ListState::Listed)
                refresh(indexOf(left));
            return;
        }
        removeEntry(path);
        const qint64 files = deleter->deletedSoFar();
        const QString message = files > 0 ? tr("Deleted %1 (%L2 files).").arg(path).arg(files)
                                          : tr("Deleted %1.").arg(path);
        Q_EMIT actionSucceeded(path, message);
        Q_EMIT deleteFinished(path, true, message);
    });
    deleter->start(path, !node || node->info.isDir);
}

void DbfsTreeModel::noteUploaded(const QString &path)
{
    if (!m_client)
        return;
    // The first piece of the path the tree does not show yet, below a listed folder.
    Node *folder = m_root->children.front().get();
    QString shown = QStringLiteral("/");
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (folder->state != ListState::Listed)
            return;
        shown = dbfspath::join(shown, segment);
        Node *child = childNamed(folder, segment);
        if (!child)
            break;
        folder = child; // shown already: get-status below brings its new size
    }
    m_actionCalls.removeAll(nullptr);
    m_actionCalls.append(
        m_client->getStatus(shown, this, [this, shown](const DbfsResult<DbfsFileInfo> &status) {
            if (!status.ok())
                return;
            if (Node *parent = nodeForPath(dbfspath::parentOf(shown));
                parent && parent->state == ListState::Listed)
                insertSorted(parent, status.value);
        }));
}

} // namespace brickdesk
