#include "WorkspaceExportApi.h"

#include "ApiRouter.h"
#include "DbcArchive.h"
#include "NotebookFormats.h"
#include "NotebookSource.h"
#include "RequestParams.h"
#include "WorkspaceErrors.h"
#include "WorkspaceFormats.h"
#include "WorkspacePath.h"
#include "WorkspaceTree.h"
#include "dbfs/DbfsBodies.h"

namespace brickdesk::emulator {

namespace {

struct Exported
{
    QByteArray content;
    QString fileType; // empty: no file_type in the answer
};

std::optional<ApiResponse> exportContainer(const WorkspaceTree &tree, const WorkspaceObject &object,
                                           const QString &format, Exported *out)
{
    if (format != kFormatDbc && format != kFormatAuto) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Export of the folder ") + object.path + QStringLiteral(" as ") +
            format +
            QStringLiteral(" is not supported: folders export only with format DBC or "
                           "AUTO."));
    }
    *out = Exported{dbcFromObjects(tree.subtree(object.path)), QStringLiteral("dbc")};
    return std::nullopt;
}

std::optional<ApiResponse> exportNotebook(const WorkspaceTree &tree, const WorkspaceObject &object,
                                          const QString &format, Exported *out)
{
    const std::optional<NotebookLanguage> language = notebookLanguage(object.language);
    const NotebookLanguage effective =
        language ? *language : *notebookLanguage(QStringLiteral("PYTHON"));
    const QString name = workspaceBaseName(object.path);
    if (format == kFormatSource || format == kFormatAuto || format == kFormatRaw)
        *out = Exported{object.content, effective.extension};
    else if (format == kFormatHtml)
        *out = Exported{htmlFromNotebook(object.content, effective, name), QStringLiteral("html")};
    else if (format == kFormatJupyter)
        *out =
            Exported{jupyterFromNotebook(object.content, effective, name), QStringLiteral("ipynb")};
    else if (format == kFormatDbc)
        *out = Exported{dbcFromObjects(tree.subtree(object.path)), QStringLiteral("dbc")};
    else
        return rMarkdownUnsupported();
    return std::nullopt;
}

std::optional<ApiResponse> exportFile(const WorkspaceObject &object, const QString &format,
                                      Exported *out)
{
    if (format != kFormatSource && format != kFormatAuto && format != kFormatRaw) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Export of the ") + workspaceObjectTypeName(object.type).toLower() +
            QLatin1Char(' ') + object.path + QStringLiteral(" as ") + format +
            QStringLiteral(" is not supported: it exports as SOURCE, RAW or AUTO."));
    }
    *out = Exported{object.content, workspaceExtension(object.path)};
    return std::nullopt;
}

ApiResponse exportObject(const WorkspaceTree &tree, const ApiRequest &request)
{
    QString path;
    QString text;
    if (auto error = readRequiredString(request, QStringLiteral("path"), &text))
        return *error;
    if (auto error = normaliseWorkspacePath(text, &path))
        return *error;
    const QString format = request.hasQueryItem(QStringLiteral("format"))
                               ? request.queryValue(QStringLiteral("format"))
                               : kFormatSource;
    if (!isKnownWorkspaceFormat(format))
        return unknownWorkspaceFormat(format);
    bool directDownload = false;
    if (auto error =
            readBoolean(request, QStringLiteral("direct_download"), false, &directDownload))
        return *error;
    const WorkspaceObject *object = tree.object(path);
    if (!object)
        return workspacePathNotFound(path);

    Exported exported;
    std::optional<ApiResponse> error;
    if (isWorkspaceContainer(object->type))
        error = exportContainer(tree, *object, format, &exported);
    else if (object->type == WorkspaceObjectType::Notebook)
        error = exportNotebook(tree, *object, format, &exported);
    else
        error = exportFile(*object, format, &exported);
    if (error)
        return *error;
    if (exported.content.size() > kMaxWorkspaceContentBytes)
        return workspaceContentTooLarge(exported.content.size());
    if (directDownload)
        return ApiResponse::okRaw(exported.content);
    // Built by hand: the content may be 13 MB of base64.
    QByteArray json;
    json.reserve(exported.content.size() * 4 / 3 + 64);
    json.append("{\"content\":\"");
    json.append(exported.content.toBase64());
    json.append('"');
    if (!exported.fileType.isEmpty()) {
        json.append(",\"file_type\":");
        appendJsonString(&json, exported.fileType);
    }
    json.append('}');
    return ApiResponse::okRaw(json);
}

} // namespace

void registerWorkspaceExportApi(ApiRouter &router, const WorkspaceTree &tree)
{
    router.get(QStringLiteral("/api/2.0/workspace/export"),
               [&tree](const ApiRequest &request) { return exportObject(tree, request); });
}

} // namespace brickdesk::emulator
