#include "WorkspaceTransferApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "DbcArchive.h"
#include "NotebookFormats.h"
#include "NotebookSource.h"
#include "RequestParams.h"
#include "Simulation.h"
#include "WorkspaceErrors.h"
#include "WorkspacePath.h"
#include "WorkspaceTree.h"
#include "dbfs/DbfsBodies.h"

namespace brickdesk::emulator {

namespace {

const QString kSource = QStringLiteral("SOURCE");
const QString kHtml = QStringLiteral("HTML");
const QString kJupyter = QStringLiteral("JUPYTER");
const QString kDbc = QStringLiteral("DBC");
const QString kAuto = QStringLiteral("AUTO");
const QString kRaw = QStringLiteral("RAW");
const QString kRMarkdown = QStringLiteral("R_MARKDOWN");

bool isKnownFormat(const QString &format)
{
    for (const QString &known : {kSource, kHtml, kJupyter, kDbc, kAuto, kRaw, kRMarkdown}) {
        if (format == known)
            return true;
    }
    return false;
}

ApiResponse unknownFormat(const QString &format)
{
    return ApiResponse::invalidParameter(QStringLiteral("Invalid format '") + format +
                                         QStringLiteral("': expected SOURCE, HTML, JUPYTER, DBC, "
                                                        "R_MARKDOWN, AUTO or RAW."));
}

ApiResponse rMarkdownUnsupported()
{
    return ApiResponse::invalidParameter(
        QStringLiteral("The emulator does not convert notebooks to or from R Markdown "
                       "(R_MARKDOWN); use SOURCE."));
}

// ---- export ----

struct Exported
{
    QByteArray content;
    QString fileType; // empty: no file_type in the answer
};

QString extensionOf(const QString &path)
{
    const QString name = workspaceBaseName(path);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1);
}

std::optional<ApiResponse> exportContainer(const WorkspaceTree &tree, const WorkspaceObject &object,
                                           const QString &format, Exported *out)
{
    if (format != kDbc && format != kAuto) {
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
    if (format == kSource || format == kAuto || format == kRaw)
        *out = Exported{object.content, effective.extension};
    else if (format == kHtml)
        *out = Exported{htmlFromNotebook(object.content, effective, name), QStringLiteral("html")};
    else if (format == kJupyter)
        *out =
            Exported{jupyterFromNotebook(object.content, effective, name), QStringLiteral("ipynb")};
    else if (format == kDbc)
        *out = Exported{dbcFromObjects(tree.subtree(object.path)), QStringLiteral("dbc")};
    else
        return rMarkdownUnsupported();
    return std::nullopt;
}

std::optional<ApiResponse> exportFile(const WorkspaceObject &object, const QString &format,
                                      Exported *out)
{
    if (format != kSource && format != kAuto && format != kRaw) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Export of the ") + workspaceObjectTypeName(object.type).toLower() +
            QLatin1Char(' ') + object.path + QStringLiteral(" as ") + format +
            QStringLiteral(" is not supported: it exports as SOURCE, RAW or AUTO."));
    }
    *out = Exported{object.content, extensionOf(object.path)};
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
                               : kSource;
    if (!isKnownFormat(format))
        return unknownFormat(format);
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

// ---- import ----

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
    if (auto error = readStringField(body, QStringLiteral("format"), kSource, &out->format))
        return error;
    if (!isKnownFormat(out->format))
        return unknownFormat(out->format);
    if (out->format == kRMarkdown)
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
    if (out->format == kDbc && out->overwrite) {
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
        import->format = kDbc;
        return;
    }
    if (stripSuffix(&import->path, QStringLiteral(".ipynb")) || looksLikeJupyter(import->content)) {
        import->format = kJupyter;
        return;
    }
    QString prefix;
    if (hasNotebookSourceHeader(import->content, &prefix)) {
        import->format = kSource;
        const std::optional<NotebookLanguage> byExtension =
            notebookLanguageForExtension(extensionOf(import->path));
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
        import->format = kHtml;
        return;
    }
    import->format = kRaw;
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
    if (existing &&
        (!import.overwrite || isWorkspaceContainer(existing->type) || import.format == kDbc)) {
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
    if (import.format == kAuto)
        detectFormat(&import);

    std::optional<ConvertedNotebook> notebook;
    std::optional<QList<DbcEntry>> dbc;
    if (import.format == kSource) {
        if (!import.language) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The language field is required to import a notebook in SOURCE "
                               "format (PYTHON, SCALA, SQL or R)."));
        }
        notebook = ConvertedNotebook{import.content, *import.language};
    } else if (import.format == kJupyter) {
        notebook = notebookFromJupyter(import.content, import.language);
        if (!notebook) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The content is not a valid Jupyter notebook (.ipynb)."));
        }
    } else if (import.format == kHtml) {
        notebook = notebookFromHtml(import.content, import.language);
        if (!notebook) {
            return ApiResponse::invalidParameter(
                QStringLiteral("The content is not a notebook exported as HTML."));
        }
    } else if (import.format == kDbc) {
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

void registerWorkspaceTransferApi(ApiRouter &router, WorkspaceTree &tree, Simulation &sim)
{
    router.get(QStringLiteral("/api/2.0/workspace/export"),
               [&tree](const ApiRequest &request) { return exportObject(tree, request); });
    router.post(
        QStringLiteral("/api/2.0/workspace/import"),
        [&tree, &sim](const ApiRequest &request) { return importObject(tree, sim, request); });
}

} // namespace brickdesk::emulator
