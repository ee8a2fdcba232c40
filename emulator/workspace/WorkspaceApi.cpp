#include "WorkspaceApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "RequestParams.h"
#include "Simulation.h"
#include "WorkspaceErrors.h"
#include "WorkspacePath.h"
#include "WorkspaceTree.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

// The folders every workspace has; they cannot be deleted.
bool isSystemFolder(const QString &path)
{
    return path == QStringLiteral("/") || path == QStringLiteral("/Users") ||
           path == QStringLiteral("/Shared") || path == QStringLiteral("/Repos");
}

std::optional<ApiResponse> queryPath(const ApiRequest &request, QString *path)
{
    QString text;
    if (auto error = readRequiredString(request, QStringLiteral("path"), &text))
        return error;
    return normaliseWorkspacePath(text, path);
}

std::optional<ApiResponse> bodyPath(const QJsonObject &body, QString *path)
{
    QString text;
    if (auto error = requireStringField(body, QStringLiteral("path"), &text))
        return error;
    return normaliseWorkspacePath(text, path);
}

ApiResponse list(const WorkspaceTree &tree, const ApiRequest &request)
{
    QString path;
    if (auto error = queryPath(request, &path))
        return *error;
    const WorkspaceObject *object = tree.object(path);
    if (!object)
        return workspacePathNotFound(path);
    QJsonArray objects;
    if (!isWorkspaceContainer(object->type)) {
        objects.append(WorkspaceTree::objectInfo(*object));
    } else {
        const QList<const WorkspaceObject *> children = tree.children(path);
        for (const WorkspaceObject *child : children)
            objects.append(WorkspaceTree::objectInfo(*child));
    }
    // The service leaves the key out for an empty folder.
    return ApiResponse::ok(objects.isEmpty() ? QJsonObject()
                                             : QJsonObject{{QStringLiteral("objects"), objects}});
}

ApiResponse getStatus(const WorkspaceTree &tree, const ApiRequest &request)
{
    QString path;
    if (auto error = queryPath(request, &path))
        return *error;
    const WorkspaceObject *object = tree.object(path);
    if (!object)
        return workspacePathNotFound(path);
    return ApiResponse::ok(WorkspaceTree::objectInfo(*object));
}

ApiResponse mkdirs(WorkspaceTree &tree, Simulation &sim, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString path;
    if (auto error = bodyPath(body, &path))
        return *error;
    // Every existing object on the way must be a folder (or repo).
    for (QString step = path; !step.isEmpty(); step = workspaceParentPath(step)) {
        const WorkspaceObject *object = tree.object(step);
        if (object && !isWorkspaceContainer(object->type)) {
            return ApiResponse::error(
                400, QStringLiteral("RESOURCE_ALREADY_EXISTS"),
                QStringLiteral("Cannot create directory ") + path + QStringLiteral(" because ") +
                    step + QStringLiteral(" is an existing ") +
                    workspaceObjectTypeName(object->type).toLower() + QLatin1Char('.'));
        }
    }
    if (!tree.object(path)) {
        tree.makeFolders(path, sim.nowMs());
        sim.persist();
    }
    return ApiResponse::ok();
}

ApiResponse remove(WorkspaceTree &tree, Simulation &sim, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString path;
    if (auto error = bodyPath(body, &path))
        return *error;
    bool recursive = false;
    if (auto error = readBoolField(body, QStringLiteral("recursive"), false, &recursive))
        return *error;
    const WorkspaceObject *object = tree.object(path);
    if (!object)
        return workspacePathNotFound(path);
    if (isSystemFolder(path)) {
        return ApiResponse::invalidParameter(QStringLiteral("The folder ") + path +
                                             QStringLiteral(" is a system folder: it cannot be "
                                                            "deleted."));
    }
    if (isWorkspaceContainer(object->type) && !recursive && tree.hasChildren(path)) {
        return ApiResponse::error(400, QStringLiteral("DIRECTORY_NOT_EMPTY"),
                                  QStringLiteral("Folder (") + path +
                                      QStringLiteral(") is not empty; delete it with "
                                                     "recursive=true."));
    }
    tree.removeSubtree(path);
    sim.persist();
    return ApiResponse::ok();
}

} // namespace

void registerWorkspaceApi(ApiRouter &router, WorkspaceTree &tree, Simulation &sim)
{
    router.get(QStringLiteral("/api/2.0/workspace/list"),
               [&tree](const ApiRequest &request) { return list(tree, request); });
    router.get(QStringLiteral("/api/2.0/workspace/get-status"),
               [&tree](const ApiRequest &request) { return getStatus(tree, request); });
    router.post(QStringLiteral("/api/2.0/workspace/mkdirs"),
                [&tree, &sim](const ApiRequest &request) { return mkdirs(tree, sim, request); });
    router.post(QStringLiteral("/api/2.0/workspace/delete"),
                [&tree, &sim](const ApiRequest &request) { return remove(tree, sim, request); });
}

} // namespace brickdesk::emulator
