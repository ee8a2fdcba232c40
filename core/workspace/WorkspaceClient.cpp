#include "WorkspaceClient.h"

#include "TypedCall.h"

#include <QCoreApplication>

namespace brickdesk {

namespace {

const QString kBase = QStringLiteral("/api/2.0/workspace/");

QUrlQuery pathQuery(const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    return query;
}

QString checkPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("WorkspaceClient", "Workspace paths start with '/': %1")
            .arg(path);
    return QString();
}

} // namespace

QPointer<ApiCall> WorkspaceClient::list(const QString &path, QObject *context,
                                        Handler<QList<WorkspaceObject>> handler)
{
    if (const QString problem = checkPath(path); !problem.isEmpty()) {
        answerLater<CallResult<QList<WorkspaceObject>>>(context, invalidInputError(problem),
                                                        std::move(handler));
        return nullptr;
    }
    return send<QList<WorkspaceObject>>(
        ApiRequest::get(kBase + QStringLiteral("list"), pathQuery(path)), context,
        &workspaceAnswers::objects, std::move(handler));
}

QPointer<ApiCall> WorkspaceClient::status(const QString &path, QObject *context,
                                          Handler<WorkspaceObject> handler)
{
    if (const QString problem = checkPath(path); !problem.isEmpty()) {
        answerLater<CallResult<WorkspaceObject>>(context, invalidInputError(problem),
                                                 std::move(handler));
        return nullptr;
    }
    return send<WorkspaceObject>(
        ApiRequest::get(kBase + QStringLiteral("get-status"), pathQuery(path)), context,
        &workspaceAnswers::object, std::move(handler));
}

QPointer<ApiCall> WorkspaceClient::exportObject(const QString &path, WorkspaceFormat format,
                                                QObject *context, Handler<QByteArray> handler)
{
    if (const QString problem = checkPath(path); !problem.isEmpty()) {
        answerLater<CallResult<QByteArray>>(context, invalidInputError(problem),
                                            std::move(handler));
        return nullptr;
    }
    QUrlQuery query = pathQuery(path);
    query.addQueryItem(QStringLiteral("format"), workspaceFormatId(format));
    return send<QByteArray>(ApiRequest::get(kBase + QStringLiteral("export"), query), context,
                            &workspaceAnswers::exportedContent, std::move(handler));
}

QPointer<ApiCall> WorkspaceClient::importObject(const WorkspaceImport &spec, QObject *context,
                                                Handler<Done> handler)
{
    QString problem = checkPath(spec.path);
    if (problem.isEmpty() && spec.format == WorkspaceFormat::Source &&
        apiLanguageId(spec.language).isEmpty())
        problem = QCoreApplication::translate(
            "WorkspaceClient", "A source notebook needs a language (Python, Scala, SQL or R).");
    if (problem.isEmpty() && spec.format == WorkspaceFormat::Dbc && spec.overwrite)
        problem = QCoreApplication::translate(
            "WorkspaceClient", "A DBC archive cannot overwrite: delete the old object first.");
    if (problem.isEmpty() && spec.content.size() > kMaxImportBytes)
        problem = QCoreApplication::translate("WorkspaceClient",
                                              "%1 is larger than the workspace's 10 MB limit.")
                      .arg(spec.path);
    if (!problem.isEmpty()) {
        answerLater<CallResult<Done>>(context, invalidInputError(problem), std::move(handler));
        return nullptr;
    }
    QJsonObject body{{QStringLiteral("path"), spec.path},
                     {QStringLiteral("format"), workspaceFormatId(spec.format)},
                     {QStringLiteral("content"), QString::fromLatin1(spec.content.toBase64())},
                     {QStringLiteral("overwrite"), spec.overwrite}};
    if (spec.format == WorkspaceFormat::Source)
        body.insert(QStringLiteral("language"), apiLanguageId(spec.language));
    ApiRequest request = ApiRequest::post(kBase + QStringLiteral("import"), body);
    request.idempotent = spec.overwrite; // the same content twice leaves the same notebook
    return send<Done>(request, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> WorkspaceClient::mkdirs(const QString &path, QObject *context,
                                          Handler<Done> handler)
{
    if (const QString problem = checkPath(path); !problem.isEmpty()) {
        answerLater<CallResult<Done>>(context, invalidInputError(problem), std::move(handler));
        return nullptr;
    }
    ApiRequest request =
        ApiRequest::post(kBase + QStringLiteral("mkdirs"), {{QStringLiteral("path"), path}});
    request.idempotent = true;
    return send<Done>(request, context, &parseNothing<Done>, std::move(handler));
}

QPointer<ApiCall> WorkspaceClient::remove(const QString &path, bool recursive, QObject *context,
                                          Handler<Done> handler)
{
    if (const QString problem = checkPath(path); !problem.isEmpty() || path == QLatin1String("/")) {
        answerLater<CallResult<Done>>(
            context,
            invalidInputError(problem.isEmpty()
                                  ? QCoreApplication::translate(
                                        "WorkspaceClient", "The workspace root cannot be deleted.")
                                  : problem),
            std::move(handler));
        return nullptr;
    }
    return send<Done>(ApiRequest::post(kBase + QStringLiteral("delete"),
                                       {{QStringLiteral("path"), path},
                                        {QStringLiteral("recursive"), recursive}}),
                      context, &parseNothing<Done>, std::move(handler));
}

void WorkspaceClient::move(const WorkspaceObject &object, const QString &newPath, QObject *context,
                           Handler<Done> handler)
{
    QString problem = checkPath(newPath);
    // A folder would travel as a DBC archive, which carries notebooks and folders only: files,
    // libraries, repos and dashboards in it — and anything added between export and import —
    // would be deleted with the original. Only notebooks move.
    if (problem.isEmpty() && object.type == WorkspaceObjectType::Directory)
        problem = QCoreApplication::translate(
            "WorkspaceClient",
            "Folders cannot be moved safely through the workspace API (an archive carries only "
            "notebooks and folders): export the folder as DBC, import it at the new place, check "
            "it, then delete the original.");
    if (problem.isEmpty() && object.type != WorkspaceObjectType::Notebook)
        problem =
            QCoreApplication::translate("WorkspaceClient", "Only notebooks can be moved here.");
    if (problem.isEmpty() &&
        (newPath == object.path || newPath.startsWith(object.path + QLatin1Char('/'))))
        problem = QCoreApplication::translate("WorkspaceClient", "%1 cannot be moved into itself.")
                      .arg(object.path);
    if (!problem.isEmpty()) {
        answerLater<CallResult<Done>>(context, invalidInputError(problem), std::move(handler));
        return;
    }
    const WorkspaceFormat format = WorkspaceFormat::Source;
    const QPointer<WorkspaceClient> self(this);
    exportObject(
        object.path, format, context,
        [self, object, newPath, format, context, handler](const CallResult<QByteArray> &exported) {
            if (!self || !exported.ok()) {
                CallResult<Done> failed;
                failed.error = exported.error;
                handler(failed);
                return;
            }
            WorkspaceImport spec;
            spec.path = newPath;
            spec.format = format;
            spec.language = object.language;
            spec.content = exported.value;
            self->importObject(spec, context,
                               [self, object, context, handler](const CallResult<Done> &imported) {
                                   if (!self || !imported.ok()) {
                                       handler(imported);
                                       return;
                                   }
                                   self->remove(object.path, true, context, handler);
                               });
        });
}

} // namespace brickdesk
