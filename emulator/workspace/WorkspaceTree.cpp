#include "WorkspaceTree.h"

#include "StableHash.h"
#include "WorkspacePath.h"

#include <QJsonArray>
#include <algorithm>
#include <array>
#include <utility>

namespace brickdesk::emulator {

namespace {

// Object ids look like the service's (sixteen digits) and stay exact in every JSON reader.
constexpr qint64 kFirstObjectId = 1'642'381'977'250'113LL;
const QString kRoot = QStringLiteral("/");

struct TypeName
{
    WorkspaceObjectType type;
    const char *name;
};
constexpr std::array<TypeName, 6> kTypeNames = {{
    {WorkspaceObjectType::Notebook, "NOTEBOOK"},
    {WorkspaceObjectType::Directory, "DIRECTORY"},
    {WorkspaceObjectType::File, "FILE"},
    {WorkspaceObjectType::Repo, "REPO"},
    {WorkspaceObjectType::Library, "LIBRARY"},
    {WorkspaceObjectType::Dashboard, "DASHBOARD"},
}};

WorkspaceObject rootFolder()
{
    WorkspaceObject root;
    root.path = kRoot;
    root.type = WorkspaceObjectType::Directory;
    return root;
}

// "/a/" for "/a", "/" for the root: every path under the folder starts with it.
QString prefixOf(const QString &folder)
{
    return folder == kRoot ? kRoot : folder + QLatin1Char('/');
}

} // namespace

QString workspaceObjectTypeName(WorkspaceObjectType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<WorkspaceObjectType> parseWorkspaceObjectType(const QString &name)
{
    for (const TypeName &entry : kTypeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

bool isWorkspaceContainer(WorkspaceObjectType type)
{
    return type == WorkspaceObjectType::Directory || type == WorkspaceObjectType::Repo;
}

WorkspaceTree::WorkspaceTree()
    : m_nextObjectId(kFirstObjectId)
{
    m_objects.emplace(kRoot, rootFolder());
}

const WorkspaceObject *WorkspaceTree::object(const QString &path) const
{
    const auto it = m_objects.find(path);
    return it == m_objects.end() ? nullptr : &it->second;
}

QList<const WorkspaceObject *> WorkspaceTree::children(const QString &folder) const
{
    // Paths under a folder share its prefix, so they sit together in the sorted map.
    QList<const WorkspaceObject *> result;
    const QString prefix = prefixOf(folder);
    for (auto it = m_objects.lower_bound(prefix);
         it != m_objects.end() && it->first.startsWith(prefix); ++it) {
        if (it->first != prefix && !it->first.mid(prefix.size()).contains(QLatin1Char('/')))
            result.append(&it->second);
    }
    return result;
}

bool WorkspaceTree::hasChildren(const QString &folder) const
{
    const QString prefix = prefixOf(folder);
    auto it = m_objects.lower_bound(prefix);
    if (it != m_objects.end() && it->first == prefix) // the root itself
        ++it;
    return it != m_objects.end() && it->first.startsWith(prefix);
}

QList<const WorkspaceObject *> WorkspaceTree::subtree(const QString &root) const
{
    QList<const WorkspaceObject *> result;
    const WorkspaceObject *top = object(root);
    if (!top)
        return result;
    result.append(top);
    const QString prefix = prefixOf(root);
    for (auto it = m_objects.lower_bound(prefix);
         it != m_objects.end() && it->first.startsWith(prefix); ++it) {
        if (it->first != root)
            result.append(&it->second);
    }
    return result;
}

const WorkspaceObject &WorkspaceTree::put(WorkspaceObject object)
{
    const auto existing = m_objects.find(object.path);
    if (existing != m_objects.end()) {
        object.objectId = existing->second.objectId;
        object.createdAt = existing->second.createdAt;
        existing->second = std::move(object);
        return existing->second;
    }
    if (object.objectId == 0) {
        object.objectId = m_nextObjectId;
        // Steps of varying size, as the service's ids are not consecutive.
        m_nextObjectId +=
            1 + static_cast<qint64>(mixHash(static_cast<quint64>(m_nextObjectId)) % 9973);
    }
    const QString path = object.path;
    return m_objects.insert_or_assign(path, std::move(object)).first->second;
}

const WorkspaceObject &WorkspaceTree::write(const QString &path, WorkspaceObjectType type,
                                            const QString &language, const QByteArray &content,
                                            qint64 nowMs)
{
    WorkspaceObject object;
    object.path = path;
    object.type = type;
    object.language = type == WorkspaceObjectType::Notebook ? language : QString();
    object.content = content;
    object.createdAt = nowMs;
    object.modifiedAt = nowMs;
    if (const WorkspaceObject *existing = this->object(path))
        object.modifiedAt = std::max(nowMs, existing->modifiedAt + 1);
    return put(std::move(object));
}

void WorkspaceTree::makeFolders(const QString &path, qint64 nowMs)
{
    if (path == kRoot || m_objects.count(path) > 0)
        return;
    makeFolders(workspaceParentPath(path), nowMs);
    WorkspaceObject folder;
    folder.path = path;
    folder.type = WorkspaceObjectType::Directory;
    folder.createdAt = nowMs;
    folder.modifiedAt = nowMs;
    put(std::move(folder));
}

int WorkspaceTree::removeSubtree(const QString &path)
{
    if (path == kRoot)
        return 0;
    int removed = static_cast<int>(m_objects.erase(path));
    const QString prefix = prefixOf(path);
    auto it = m_objects.lower_bound(prefix);
    while (it != m_objects.end() && it->first.startsWith(prefix)) {
        it = m_objects.erase(it);
        ++removed;
    }
    return removed;
}

QJsonObject WorkspaceTree::objectInfo(const WorkspaceObject &object)
{
    QJsonObject info{{QStringLiteral("path"), object.path},
                     {QStringLiteral("object_type"), workspaceObjectTypeName(object.type)},
                     {QStringLiteral("object_id"), object.objectId},
                     {QStringLiteral("resource_id"), QString::number(object.objectId)}};
    if (object.type == WorkspaceObjectType::Notebook)
        info.insert(QStringLiteral("language"), object.language);
    // Folders and repos carry no times or size, as the service answers them.
    if (!isWorkspaceContainer(object.type)) {
        info.insert(QStringLiteral("created_at"), object.createdAt);
        info.insert(QStringLiteral("modified_at"), object.modifiedAt);
        info.insert(QStringLiteral("size"), object.content.size());
    }
    return info;
}

QJsonObject WorkspaceTree::toJson() const
{
    QJsonArray objects;
    for (const auto &[path, object] : m_objects) {
        if (path == kRoot)
            continue;
        QJsonObject json{{QStringLiteral("path"), object.path},
                         {QStringLiteral("object_type"), workspaceObjectTypeName(object.type)},
                         {QStringLiteral("object_id"), object.objectId},
                         {QStringLiteral("created_at"), object.createdAt},
                         {QStringLiteral("modified_at"), object.modifiedAt}};
        if (!object.language.isEmpty())
            json.insert(QStringLiteral("language"), object.language);
        if (!object.content.isEmpty()) {
            json.insert(QStringLiteral("content_base64"),
                        QString::fromLatin1(object.content.toBase64()));
        }
        objects.append(json);
    }
    return QJsonObject{{QStringLiteral("next_object_id"), m_nextObjectId},
                       {QStringLiteral("objects"), objects}};
}

bool WorkspaceTree::fromJson(const QJsonValue &json, QString *error)
{
    const QJsonObject root = json.toObject();
    if (!json.isObject() || !root.value(QStringLiteral("objects")).isArray()) {
        *error = QStringLiteral("\"workspace\" is not an object with an \"objects\" array");
        return false;
    }
    WorkspaceTree loaded;
    loaded.m_nextObjectId = static_cast<qint64>(
        root.value(QStringLiteral("next_object_id")).toDouble(double(kFirstObjectId)));
    const QJsonArray objects = root.value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &value : objects) {
        const QJsonObject item = value.toObject();
        WorkspaceObject object;
        const QString path = item.value(QStringLiteral("path")).toString();
        QString normalised;
        if (normaliseWorkspacePath(path, &normalised) || normalised != path || path == kRoot) {
            *error =
                QStringLiteral("workspace object path '%1' is not a normalised path").arg(path);
            return false;
        }
        const std::optional<WorkspaceObjectType> type =
            parseWorkspaceObjectType(item.value(QStringLiteral("object_type")).toString());
        const QByteArray::FromBase64Result content = QByteArray::fromBase64Encoding(
            item.value(QStringLiteral("content_base64")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!type || !content || loaded.m_objects.count(path) > 0) {
            *error = QStringLiteral("workspace object %1 is unusable (type, content or a "
                                    "duplicate path)")
                         .arg(path);
            return false;
        }
        object.path = path;
        object.type = *type;
        object.objectId = static_cast<qint64>(item.value(QStringLiteral("object_id")).toDouble());
        object.language = item.value(QStringLiteral("language")).toString();
        object.createdAt = static_cast<qint64>(item.value(QStringLiteral("created_at")).toDouble());
        object.modifiedAt =
            static_cast<qint64>(item.value(QStringLiteral("modified_at")).toDouble());
        object.content = content.decoded;
        loaded.m_objects.emplace(path, std::move(object));
    }
    *this = std::move(loaded);
    return true;
}

} // namespace brickdesk::emulator
