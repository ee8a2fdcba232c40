#include "WorkspaceImportApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "DbcArchive.h"
#include "NotebookFormats.h"
#include "NotebookSource.h"
#include "Simulation.h"
#include "WorkspaceErrors.h"
#include "WorkspaceFormats.h"
#include "WorkspacePath.h"
#include "WorkspaceTree.h"
#include "dbfs/DbfsBodies.h"

namespace brickdesk::emulator {

namespace {

struct ImportRequest
{
    QString path;
    QString format;
    std::optional<NotebookLanguage> language;
    bool overwrite = false;
    QByteArray content;
};

std::optional<ApiResponse> readImportRequest(const ApiRequest &request, ImportRequest *out)
{
    QJsonObject body;
    std::optional<QByteArray> contentText;
    if (auto error =
            readJsonBodyWithLargeField(request, QLatin1String("content"), &body, &contentText)) {
        return error;
    }
    QString path;
    if (auto error = requireStringField(body, QStringLiteral("path"), &path))
        return error;
    if (auto error = normaliseWorkspacePath(path, &out->path))
        return error;
    if (out->path == QStringLiteral("/"))
        return workspacePathExists(out->path);
    if (auto error = readStringField(body, QStringLiteral("format"), kFormatSource, &out->format))
        return error;
    if (!isKnownWorkspaceFormat(out->format))
        return unknownWorkspaceFormat(out->format);
    if (out->format == kFormatRMarkdown)
        return rMarkdownUnsupported();
    QString language;
    if (auto error = readStringField(body, QStringLiteral("language"), QString(), &language))
        return error;
    if (!language.isEmpty()) {
        out->language = notebookLanguage(language);
        if (!out->language) {
            return ApiResponse::invalidParameter(QStringLiteral("Invalid language '") + language +
                                                 QStringLiteral("': expected PYTHON, SCALA, SQL "
                                                                "or R."));
        }
    }
    if (auto error = readBoolField(body, QStringLiteral("overwrite"), false, &out->overwrite))
        return error;
    if (contentText && !decodeBase64(*contentText, &out->content)) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid value for field content: not valid base64."));
    }
    if (out->content.size() > kMaxWorkspaceContentBytes)
        return workspaceContentTooLarge(out->content.size());
    if (out->format == kFormatDbc && out->overwrite) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Overwrite is not supported for the DBC format: delete ") + out->path +
            QStringLiteral(" first."));
    }
    return std::nullopt;
}

// Drops ".suffix" (any case) from the path's last segment, when it has it.
bool stripSuffix(QString *path, const QString &suffix)
{
    if (!path->endsWith(suffix, Qt::CaseInsensitive) ||
        workspaceBaseName(*path).size() <= suffix.size())
        return false;
    path->chop(suffix.size());
    return true;
}

// AUTO: what the name and the content say. A notebook loses its extension, as on the service.
void detectFormat(ImportRequest *import)
{
    if (looksLikeDbc(import->content) ||
        import->path.endsWith(QStringLiteral(".dbc"), Qt::CaseInsensitive)) {
        stripSuffix(&import->path, QStringLiteral(".dbc"));
        import->format = kFormatDbc;
        return;
    }
    if (stripSuffix(&import->path, QStringLiteral(".ipynb")) || looksLikeJupyter(import->content)) {
        import->format = kFormatJupyter;
        return;
    }
    QString prefix;
    if (hasNotebookSourceHeader(import->content, &prefix)) {
        import->format = kFormatSource;
        const std::optional<NotebookLanguage> byExtension =
            notebookLanguageForExtension(workspaceExtension(import->path));
        if (byExtension && byExtension->commentPrefix == prefix) {
            import->path.chop(byExtension->extension.size() + 1);
            import->language = byExtension;
        } else if (prefix == QStringLiteral("--")) {
            import->language = notebookLanguage(QStringLiteral("SQL"));
        } else if (prefix == QStringLiteral("//")) {
            import->language = notebookLanguage(QStringLiteral("SCALA"));
        } else if (!import->language) {
            import->language = notebookLanguage(QStringLiteral("PYTHON"));
        }
        return;
    }
    QString withoutHtml = import->path;
    if (stripSuffix(&withoutHtml, QStringLiteral(".html")) &&
        notebookFromHtml(import->content, import->language)) {
        import->path = withoutHtml;
        import->format = kFormatHtml;
        return;
    }
    import->format = kFormatRaw;
}

std::optional<ApiResponse> checkTarget(const WorkspaceTree &tree, const ImportRequest &import)
{
    const QString parent = workspaceParentPath(import.path);
    const WorkspaceObject *folder = tree.object(parent);
    if (!folder) {
        return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                                  QStringLiteral("The parent folder (") + parent +
                                      QStringLiteral(") does not exist."));
    }
    if (!isWorkspaceContainer(folder->type)) {
        return ApiResponse::invalidParameter(
            QStringLiteral("The parent (") + parent + QStringLiteral(") is a ") +
            workspaceObjectTypeName(folder->type).toLower() + QStringLiteral(", not a folder."));
    }
    const WorkspaceObject *existing = tree.object(import.path);
    if (existing && (!import.overwrite || isWorkspaceContainer(existing->type) ||
                     import.format == kFormatDbc)) {
        return workspacePathExists(import.path);
    }
    return std::nullopt;
}

void importDbc(WorkspaceTree &tree, const QString &root, const QList<DbcEntry> &entries,
               qint64 nowMs)
{
    for (const DbcEntry &entry : entries) {
        const QString path = workspaceChildPath(root, entry.relativePath);
        if (isWorkspaceContainer(entry.type)) {
            WorkspaceObject folder;
            folder.path = path;
            folder.type = entry.type;
            folder.createdAt = nowMs;
            folder.modifiedAt = nowMs;
            tree.put(std::move(folder));
        } else {
            tree.write(path, entry.type, entry.language, entry.content, nowMs);
        }
    }
}

ApiResponse importObject(WorkspaceTree &tree, Simulation &sim, const ApiRequest &request)
{
    ImportRequest import;
    if (auto error = readImportRequest(request, &import))
        return *error;
    if (import.format == kFormatAuto)
        detectFormat(&import);

    std::optional<ConvertedNotebook> notebook;
    std::optional<QList<DbcEntry>> dbc;
    if (import.format == kFormatSource) {
        if (!import.language) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The language field is required to import a notebook in SOURCE "
                               "format (PYTHON, SCALA, SQL or R)."));
        }
        notebook = ConvertedNotebook{import.content, *import.language};
    } else if (import.format == kFormatJupyter) {
        notebook = notebookFromJupyter(import.content, import.language);
        if (!notebook) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The content is not a valid Jupyter notebook (.ipynb)."));
        }
    } else if (import.format == kFormatHtml) {
        notebook = notebookFromHtml(import.content, import.language);
        if (!notebook) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The content is not a notebook exported as HTML."));
        }
    } else if (import.format == kFormatDbc) {
        dbc = dbcEntries(import.content);
        if (!dbc) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The content is not a DBC archive exported by this workspace."));
        }
    }
    if (notebook && notebook->source.size() > kMaxWorkspaceContentBytes)
        return workspaceContentTooLarge(notebook->source.size());
    if (auto error = checkTarget(tree, import))
        return *error;

    const qint64 now = sim.nowMs();
    if (dbc)
        importDbc(tree, import.path, *dbc, now);
    else if (notebook)
        tree.write(import.path, WorkspaceObjectType::Notebook, notebook->language.name,
                   notebook->source, now);
    else
        tree.write(import.path, WorkspaceObjectType::File, QString(), import.content, now);
    sim.persist();
    return ApiResponse::ok();
}

} // namespace

void registerWorkspaceImportApi(ApiRouter &router, WorkspaceTree &tree, Simulation &sim)
{
    router.post(
        QStringLiteral("/api/2.0/workspace/import"),
        [&tree, &sim](const ApiRequest &request) { return importObject(tree, sim, request); });
}

} // namespace brickdesk::emulator
