#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace brickdesk::emulator {

enum class WorkspaceObjectType
{
    Notebook,
    Directory,
    File,
    Repo,
    Library,
    Dashboard
};

QString workspaceObjectTypeName(WorkspaceObjectType type); // "NOTEBOOK", ...
std::optional<WorkspaceObjectType> parseWorkspaceObjectType(const QString &name);
// Folders and repos hold other objects.
bool isWorkspaceContainer(WorkspaceObjectType type);

// One object of the workspace tree. Notebooks keep their source text as imported (UTF-8), so a
// SOURCE export answers exactly the bytes that came in; files, libraries and dashboards keep
// their bytes.
struct WorkspaceObject
{
    QString path; // normalised, "/Users/someone/notebook"
    WorkspaceObjectType type = WorkspaceObjectType::Directory;
    qint64 objectId = 0;
    QString language; // notebooks: PYTHON, SCALA, SQL or R
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    QByteArray content;
};

// The workspace's objects by path. The root "/" always exists (object_id 0, as the service
// answers for it). Pure data: the API checks and answers, the caller persists.
class WorkspaceTree
{
public:
    WorkspaceTree();

    const WorkspaceObject *object(const QString &path) const;
    // The objects directly inside `folder`, by path.
    QList<const WorkspaceObject *> children(const QString &folder) const;
    bool hasChildren(const QString &folder) const;
    // `root` and everything under it, parents before their children.
    QList<const WorkspaceObject *> subtree(const QString &root) const;

    // Inserts the object, or replaces the one at its path keeping that one's object_id and
    // created_at. A new object without an id gets the next one.
    const WorkspaceObject &put(WorkspaceObject object);
    // Writes a notebook, file, library or dashboard at `path` (its parent exists). A new object
    // is created at nowMs; one already there keeps its id and creation time, and its modified_at
    // moves forward by at least a millisecond, so that every overwrite can be told apart.
    const WorkspaceObject &write(const QString &path, WorkspaceObjectType type,
                                 const QString &language, const QByteArray &content, qint64 nowMs);
    // Makes the folder and its missing parents (the caller checked that none is a notebook or
    // file).
    void makeFolders(const QString &path, qint64 nowMs);
    // Removes `path` and everything under it; how many objects went.
    int removeSubtree(const QString &path);

    // The API's ObjectInfo.
    static QJsonObject objectInfo(const WorkspaceObject &object);

    QJsonObject toJson() const;
    // Replaces everything with `json` (the toJson() shape), or leaves the tree as it was.
    bool fromJson(const QJsonValue &json, QString *error);

private:
    std::map<QString, WorkspaceObject> m_objects; // by path
    qint64 m_nextObjectId;
};

} // namespace brickdesk::emulator
