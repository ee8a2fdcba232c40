#include "WorkspaceTreeModel.h"

#include "DbfsFormat.h"
#include "WorkspaceClient.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace brickdesk {

struct WorkspaceTreeModel::Node
{
    WorkspaceObject object;
    QString name;
    Node *parent = nullptr;
    int row = 0;
    RowKind kind = RowKind::Object;
    QString message; // Loading/Error rows: their text
    ListingState state = ListingState::NotListed;
    QString error; // a folder's last listing error
    std::vector<std::unique_ptr<Node>> children;
    // Lives while a listing is in flight: the client runs the handler only while it does, so a
    // node that is gone never hears its answer.
    std::unique_ptr<QObject> callContext;
    QPointer<ApiCall> call;

    ~Node() { dropListingCall(); }
    bool isFolder() const { return kind == RowKind::Object && object.isFolder(); }
    bool hasPlaceholder() const
    {
        return children.size() == 1 && children.front()->kind != RowKind::Object;
    }
    bool hasObjects() const { return !children.empty() && !hasPlaceholder(); }
    void dropListingCall()
    {
        if (call)
            call->cancel();
        call = nullptr;
        callContext.reset();
    }
};

namespace {

// A row's identity across listings: its name, and whether it sorts with the folders.
QString keyOf(const WorkspaceObject &object)
{
    return (object.isFolder() ? QLatin1Char('d') : QLatin1Char('f')) + object.name();
}

bool sameObject(const WorkspaceObject &a, const WorkspaceObject &b)
{
    return a.path == b.path && a.type == b.type && a.language == b.language &&
           a.objectId == b.objectId && a.createdAt == b.createdAt && a.modifiedAt == b.modifiedAt &&
           a.size == b.size;
}

QString why(const ApiError &error)
{
    // The workspace's words as they came: users search for them.
    return error.summary();
}

} // namespace

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_actionContexts(std::make_unique<QObject>())
{
    setClient(nullptr);
}

WorkspaceTreeModel::~WorkspaceTreeModel()
{
    // No row changes while going away: the calls stop, and their handlers never run.
    m_actionContexts.reset();
    if (m_calls)
        m_calls->cancelAll();
}

bool WorkspaceTreeModel::lessThan(const WorkspaceObject &left, const WorkspaceObject &right)
{
    const bool leftFolder = left.isFolder();
    if (leftFolder != right.isFolder())
        return leftFolder;
    const QString leftName = left.name();
    const QString rightName = right.name();
    const int byCase = QString::compare(leftName, rightName, Qt::CaseInsensitive);
    return byCase != 0 ? byCase < 0 : leftName < rightName;
}

QColor WorkspaceTreeModel::languageColour(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QColor(0x37, 0x76, 0xab);
    case CodeLanguage::Sql:
        return QColor(0xe3, 0x8c, 0x00);
    case CodeLanguage::Scala:
        return QColor(0xdc, 0x32, 0x2f);
    case CodeLanguage::R:
        return QColor(0x6f, 0x42, 0xc1);
    default:
        return QColor();
    }
}

void WorkspaceTreeModel::setClient(WorkspaceClient *client)
{
    cancelAll();
    // Views and testers ask canFetchMore from modelReset: the listing of "/" starts below.
    m_changingRows = true;
    beginResetModel();
    if (m_calls) {
        m_calls->disconnect(this);
        delete m_calls;
        m_calls = nullptr;
    }
    m_client = client;
    if (client) {
        m_calls = new WorkspaceClient(client->apiClient(), this);
        connect(m_calls, &WorkspaceClient::busyChanged, this, &WorkspaceTreeModel::busyChanged);
    }
    m_root = std::make_unique<Node>();
    m_root->object.path = QStringLiteral("/");
    m_root->object.type = WorkspaceObjectType::Directory;
    m_root->name = QStringLiteral("/");
    endResetModel();
    m_changingRows = false;
    if (client)
        startListing(m_root.get());
}

void WorkspaceTreeModel::cancelAll()
{
    // Handlers of actions under way never run; then every call this model started stops.
    m_actionContexts = std::make_unique<QObject>();
    if (m_calls)
        m_calls->cancelAll();
    if (!m_root)
        return;
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (node->state == ListingState::Listing) {
            node->dropListingCall();
            // A refresh that was cut short leaves the rows it had.
            node->state = node->hasObjects() ? ListingState::Listed : ListingState::NotListed;
            // A "Loading…" row would never end: the folder lists again when asked.
            if (node->hasPlaceholder())
                removePlaceholder(node);
            folderChanged(node);
        }
        for (const auto &child : node->children) {
            if (child->isFolder())
                stack.push_back(child.get());
        }
    }
}

bool WorkspaceTreeModel::isBusy() const
{
    return m_calls && m_calls->isBusy();
}

QObject *WorkspaceTreeModel::actionContext()
{
    return new QObject(m_actionContexts.get());
}

std::unique_ptr<WorkspaceTreeModel::Node>
WorkspaceTreeModel::makeNode(const WorkspaceObject &object, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->object = object;
    node->name = object.name();
    node->parent = parent;
    return node;
}

WorkspaceTreeModel::Node *WorkspaceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

WorkspaceTreeModel::Node *WorkspaceTreeModel::nodeForPath(const QString &path) const
{
    Node *node = m_root.get();
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        const auto found =
            std::find_if(node->children.cbegin(), node->children.cend(),
                         [&segment](const std::unique_ptr<Node> &child) {
                             return child->kind == RowKind::Object && child->name == segment;
                         });
        if (found == node->children.cend())
            return nullptr;
        node = found->get();
    }
    return node;
}

QModelIndex WorkspaceTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex WorkspaceTreeModel::indexForPath(const QString &path) const
{
    return indexOf(nodeForPath(path));
}

WorkspaceObject WorkspaceTreeModel::objectAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node->kind == RowKind::Object ? node->object : WorkspaceObject{};
}

WorkspaceTreeModel::ListingState WorkspaceTreeModel::listingState(const QModelIndex &folder) const
{
    return nodeOf(folder)->state;
}

QString WorkspaceTreeModel::listingError(const QModelIndex &folder) const
{
    return nodeOf(folder)->error;
}

WorkspaceTreeModel::KnownContents WorkspaceTreeModel::knownContents(const QModelIndex &folder) const
{
    KnownContents known;
    const Node *top = nodeOf(folder);
    if (!top->isFolder())
        return known;
    known.complete = true;
    std::vector<const Node *> stack{top};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->state != ListingState::Listed)
            known.complete = false;
        for (const auto &child : node->children) {
            if (child->kind != RowKind::Object)
                continue;
            if (child->isFolder()) {
                ++known.folders;
                stack.push_back(child.get());
            } else {
                ++known.objects;
            }
        }
    }
    return known;
}

// --- QAbstractItemModel --------------------------------------------------------------------

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(static_cast<size_t>(row)).get());
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool WorkspaceTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->isFolder())
        return false;
    // Not listed yet: it may hold something (the view shows an expander and asks fetchMore).
    return node->state != ListingState::Listed || !node->children.empty();
}

bool WorkspaceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0 || m_changingRows || !m_client)
        return false;
    const Node *node = nodeOf(parent);
    return node->isFolder() && node->state == ListingState::NotListed;
}

void WorkspaceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startListing(nodeOf(parent));
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const int column = index.column();
    if (role == RowKindRole)
        return static_cast<int>(node->kind);
    if (node->kind != RowKind::Object) {
        switch (role) {
        case Qt::DisplayRole:
            return column == NameColumn ? node->message : QString();
        case Qt::ToolTipRole:
        case ErrorRole:
            return node->kind == RowKind::Error ? node->message : QString();
        case Qt::ForegroundRole:
            return node->kind == RowKind::Error ? QColor(0xc6, 0x28, 0x28) : QColor(Qt::gray);
        default:
            return {};
        }
    }
    const WorkspaceObject &object = node->object;
    const bool notebook = object.type == WorkspaceObjectType::Notebook;
    switch (role) {
    case PathRole:
        return object.path;
    case TypeRole:
        return static_cast<int>(object.type);
    case LanguageRole:
        return static_cast<int>(object.language);
    case ObjectRole:
        return QVariant::fromValue(object);
    case IsFolderRole:
        return object.isFolder();
    case ObjectIdRole:
        return object.objectId;
    case ModifiedRole:
        return object.modifiedAt.isValid() ? object.modifiedAt.toMSecsSinceEpoch() : qint64(0);
    case SizeRole:
        return object.size;
    case ListingStateRole:
        return static_cast<int>(node->state);
    case ErrorRole:
        return node->error;
    case SortRole:
        switch (column) {
        case TypeColumn:
            return workspaceObjectTypeName(object.type);
        case LanguageColumn:
            return notebook ? codeLanguageName(object.language) : QString();
        case ModifiedColumn:
            return object.modifiedAt.isValid() ? object.modifiedAt.toMSecsSinceEpoch() : qint64(0);
        case SizeColumn:
            return object.size;
        default:
            return node->name;
        }
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return node->name;
        case TypeColumn:
            return workspaceObjectTypeName(object.type);
        case LanguageColumn:
            return notebook ? codeLanguageName(object.language) : QString();
        case ModifiedColumn:
            // Sortable at a glance and the same width on every row, whatever the locale.
            return object.modifiedAt.isValid() ? object.modifiedAt.toLocalTime().toString(
                                                     QStringLiteral("yyyy-MM-dd HH:mm"))
                                               : QString();
        case SizeColumn:
            return object.size >= 0 && !object.isFolder() ? dbfsformat::humanSize(object.size)
                                                          : QString();
        default:
            return QString();
        }
    case Qt::DecorationRole:
        // A coloured square before the language: the same colour as the notebook's badge.
        if (column == LanguageColumn && notebook)
            return languageColour(object.language);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            QString tip = object.path;
            if (object.objectId != 0)
                tip += QLatin1Char('\n') + tr("Object ID %1").arg(object.objectId);
            if (!node->error.isEmpty())
                tip += QLatin1Char('\n') + node->error;
            return tip;
        }
        if (column == SizeColumn && object.size >= 0)
            return tr("%L1 bytes").arg(object.size);
        if (column == ModifiedColumn && object.modifiedAt.isValid())
            return QLocale().toString(object.modifiedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        // A folder whose last listing failed: its name in red, the reason in the tooltip.
        if (column == NameColumn && !node->error.isEmpty())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant WorkspaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LanguageColumn:
        return tr("Language");
    case ModifiedColumn:
        return tr("Modified");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

Qt::ItemFlags WorkspaceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    if (node->kind != RowKind::Object)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node->isFolder())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

// --- Listing ---------------------------------------------------------------------------------

void WorkspaceTreeModel::folderChanged(Node *folder)
{
    if (folder == m_root.get())
        return;
    Q_EMIT dataChanged(indexOf(folder, 0), indexOf(folder, ColumnCount - 1),
                       {ListingStateRole, ErrorRole, Qt::ToolTipRole, Qt::ForegroundRole});
}

void WorkspaceTreeModel::startListing(Node *folder)
{
    if (!folder->isFolder())
        return;
    folder->dropListingCall();
    if (!m_client || !m_calls) {
        onListingFailed(folder, ApiError{ApiError::Kind::Configuration, 0, QString(),
                                         tr("Not connected to a workspace.")});
        return;
    }
    const QString path = folder->object.path;
    folder->state = ListingState::Listing;
    if (!folder->hasObjects())
        setPlaceholder(folder, RowKind::Loading, tr("Loading…"));
    folderChanged(folder);
    Q_EMIT listingStarted(path);
    folder->callContext = std::make_unique<QObject>();
    folder->call = m_calls->list(path, folder->callContext.get(),
                                 [this, folder](const CallResult<QList<WorkspaceObject>> &result) {
                                     // The context goes after this handler returns; the call is
                                     // over.
                                     folder->callContext.release()->deleteLater();
                                     folder->call = nullptr;
                                     if (result.ok())
                                         onListed(folder, result.value);
                                     else
                                         onListingFailed(folder, result.error);
                                 });
}

void WorkspaceTreeModel::onListed(Node *folder, QList<WorkspaceObject> objects)
{
    const QString path = folder->object.path;
    // Objects must be direct children with distinct names: anything else is a malformed answer,
    // and a folder is shown whole or not at all.
    QSet<QString> names;
    names.reserve(objects.size());
    for (const WorkspaceObject &object : std::as_const(objects)) {
        const QString name = object.name();
        if (name.isEmpty() || workspacePath::parentOf(object.path) != path ||
            names.contains(name)) {
            onListingFailed(
                folder,
                ApiError{ApiError::Kind::InvalidResponse, 200, QString(),
                         tr("The answer lists %1 in %2, which cannot be.").arg(object.path, path)});
            return;
        }
        names.insert(name);
    }
    std::sort(objects.begin(), objects.end(), &WorkspaceTreeModel::lessThan);
    folder->state = ListingState::Listed;
    folder->error.clear();
    if (folder->hasPlaceholder())
        removePlaceholder(folder);
    applyListing(folder, objects);
    folderChanged(folder);
    Q_EMIT listingFinished(path);
}

void WorkspaceTreeModel::onListingFailed(Node *folder, const ApiError &error)
{
    const QString path = folder->object.path;
    const QString message = error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST")
                                ? tr("No such folder: %1 (%2)").arg(path, why(error))
                                : tr("Cannot list %1: %2").arg(path, why(error));
    folder->error = message;
    if (folder->hasObjects()) {
        // A refresh that failed: what was shown stays, the folder says why in red.
        folder->state = ListingState::Listed;
    } else {
        folder->state = ListingState::Failed;
        setPlaceholder(folder, RowKind::Error, message);
    }
    folderChanged(folder);
    Q_EMIT listingFailed(path, message);
}

void WorkspaceTreeModel::setPlaceholder(Node *folder, RowKind kind, const QString &message)
{
    if (folder->hasPlaceholder()) {
        Node *placeholder = folder->children.front().get();
        placeholder->kind = kind;
        placeholder->message = message;
        Q_EMIT dataChanged(indexOf(placeholder, 0), indexOf(placeholder, ColumnCount - 1));
        return;
    }
    if (!folder->children.empty())
        return;
    auto placeholder = std::make_unique<Node>();
    placeholder->kind = kind;
    placeholder->message = message;
    placeholder->parent = folder;
    m_changingRows = true;
    beginInsertRows(indexOf(folder), 0, 0);
    folder->children.push_back(std::move(placeholder));
    endInsertRows();
    m_changingRows = false;
}

void WorkspaceTreeModel::removePlaceholder(Node *folder)
{
    removeRows(folder, 0, 0);
}

void WorkspaceTreeModel::removeRows(Node *folder, int first, int last)
{
    m_changingRows = true;
    beginRemoveRows(indexOf(folder), first, last);
    folder->children.erase(folder->children.begin() + first, folder->children.begin() + last + 1);
    renumber(folder, first);
    endRemoveRows();
    m_changingRows = false;
}

void WorkspaceTreeModel::renumber(Node *folder, int from)
{
    for (size_t i = static_cast<size_t>(from); i < folder->children.size(); ++i)
        folder->children[i]->row = static_cast<int>(i);
}

void WorkspaceTreeModel::applyListing(Node *folder, const QList<WorkspaceObject> &sorted)
{
    // 1. Rows whose object is gone, in runs from the end so that row numbers stay right.
    QSet<QString> keys;
    keys.reserve(sorted.size());
    for (const WorkspaceObject &object : sorted)
        keys.insert(keyOf(object));
    for (int row = static_cast<int>(folder->children.size()) - 1; row >= 0;) {
        if (keys.contains(keyOf(folder->children[static_cast<size_t>(row)]->object))) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 &&
               !keys.contains(keyOf(folder->children[static_cast<size_t>(row - 1)]->object)))
            --row;
        removeRows(folder, row, last);
        --row;
    }
    // 2. What is left is in the listing's order: walk both, updating kept rows and inserting the
    // new ones in runs.
    const int count = static_cast<int>(sorted.size());
    for (int i = 0; i < count;) {
        const size_t at = static_cast<size_t>(i);
        if (at < folder->children.size() &&
            keyOf(folder->children[at]->object) == keyOf(sorted.at(i))) {
            Node *node = folder->children[at].get();
            if (!sameObject(node->object, sorted.at(i))) {
                node->object = sorted.at(i);
                Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
            }
            ++i;
            continue;
        }
        const QString nextKept =
            at < folder->children.size() ? keyOf(folder->children[at]->object) : QString();
        int end = i;
        while (end < count && keyOf(sorted.at(end)) != nextKept)
            ++end;
        m_changingRows = true;
        beginInsertRows(indexOf(folder), i, end - 1);
        std::vector<std::unique_ptr<Node>> added;
        added.reserve(static_cast<size_t>(end - i));
        for (int k = i; k < end; ++k)
            added.push_back(makeNode(sorted.at(k), folder));
        folder->children.insert(folder->children.begin() + i,
                                std::make_move_iterator(added.begin()),
                                std::make_move_iterator(added.end()));
        renumber(folder, i);
        endInsertRows();
        m_changingRows = false;
        i = end;
    }
}

void WorkspaceTreeModel::removeNode(Node *node)
{
    Node *folder = node->parent;
    removeRows(folder, node->row, node->row);
}

void WorkspaceTreeModel::refresh(const QModelIndex &index)
{
    Node *folder = nodeOf(index);
    if (folder->kind != RowKind::Object)
        folder = folder->parent;
    if (!folder->isFolder() && folder != m_root.get())
        folder = folder->parent;
    startListing(folder);
}

bool WorkspaceTreeModel::refreshPath(const QString &folderPath)
{
    Node *folder = nodeForPath(folderPath);
    if (!folder || (folder != m_root.get() && !folder->isFolder()) ||
        folder->state == ListingState::NotListed)
        return false;
    startListing(folder);
    return true;
}

// --- Actions ---------------------------------------------------------------------------------

void WorkspaceTreeModel::createFolder(const QString &parentPath, const QString &name)
{
    const QString trimmed = name.trimmed();
    const QString path = workspacePath::join(parentPath, trimmed);
    ApiError refused{ApiError::Kind::Configuration, 0, QStringLiteral("INVALID_PARAMETER_VALUE"),
                     workspacePath::checkName(trimmed)};
    if (refused.message.isEmpty() && !m_calls)
        refused.message = tr("Not connected to a workspace.");
    if (!refused.message.isEmpty()) {
        Q_EMIT actionFailed(Action::CreateFolder, path, refused,
                            tr("Cannot create folder %1: %2").arg(path, refused.message));
        return;
    }
    m_calls->mkdirs(path, actionContext(), [this, path](const CallResult<Done> &result) {
        if (!result.ok()) {
            Q_EMIT actionFailed(Action::CreateFolder, path, result.error,
                                tr("Could not create folder %1: %2").arg(path, why(result.error)));
            return;
        }
        refreshPath(workspacePath::parentOf(path));
        Q_EMIT actionSucceeded(Action::CreateFolder, path, tr("Created folder %1.").arg(path));
    });
}

void WorkspaceTreeModel::remove(const QString &path, bool recursive)
{
    if (!m_calls) {
        Q_EMIT actionFailed(Action::Delete, path,
                            ApiError{ApiError::Kind::Configuration, 0, QString(),
                                     tr("Not connected to a workspace.")},
                            tr("Not connected to a workspace."));
        return;
    }
    m_calls->remove(path, recursive, actionContext(), [this, path](const CallResult<Done> &result) {
        if (!result.ok()) {
            Q_EMIT actionFailed(Action::Delete, path, result.error,
                                tr("Could not delete %1: %2").arg(path, why(result.error)));
            // Part of a folder may be gone: show what is left.
            refreshPath(path);
            return;
        }
        if (Node *node = nodeForPath(path); node && node != m_root.get())
            removeNode(node);
        Q_EMIT actionSucceeded(Action::Delete, path, tr("Deleted %1.").arg(path));
    });
}

void WorkspaceTreeModel::move(const QString &fromPath, const QString &toPath)
{
    const Node *node = nodeForPath(fromPath);
    QString problem;
    if (!m_calls)
        problem = tr("Not connected to a workspace.");
    else if (!node || node == m_root.get())
        problem = tr("%1 is not shown here; refresh and try again.").arg(fromPath);
    else if (fromPath == toPath)
        problem = tr("%1 is already there.").arg(fromPath);
    if (!problem.isEmpty()) {
        Q_EMIT actionFailed(Action::Move, fromPath,
                            ApiError{ApiError::Kind::Configuration, 0,
                                     QStringLiteral("INVALID_PARAMETER_VALUE"), problem},
                            tr("Cannot move %1: %2").arg(fromPath, problem));
        return;
    }
    const bool sameFolder = workspacePath::parentOf(fromPath) == workspacePath::parentOf(toPath);
    m_calls->move(
        node->object, toPath, actionContext(),
        [this, fromPath, toPath, sameFolder](const CallResult<Done> &result) {
            if (!result.ok()) {
                Q_EMIT actionFailed(
                    Action::Move, fromPath, result.error,
                    tr("Could not move %1 to %2: %3").arg(fromPath, toPath, why(result.error)));
                // An import that worked before a delete that did not leaves two copies: show them.
                refreshPath(workspacePath::parentOf(toPath));
                refreshPath(workspacePath::parentOf(fromPath));
                return;
            }
            if (Node *old = nodeForPath(fromPath); old && old != m_root.get())
                removeNode(old);
            refreshPath(workspacePath::parentOf(toPath));
            const QString message = sameFolder ? tr("Renamed %1 to %2.")
                                                     .arg(fromPath.section(QLatin1Char('/'), -1),
                                                          toPath.section(QLatin1Char('/'), -1))
                                               : tr("Moved %1 to %2.").arg(fromPath, toPath);
            Q_EMIT actionSucceeded(Action::Move, toPath, message);
        });
}

} // namespace brickdesk
