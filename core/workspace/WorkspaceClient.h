#pragma once

#include "TypedApiClient.h"
#include "WorkspaceObject.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

struct WorkspaceImport
{
    QString path;
    WorkspaceFormat format = WorkspaceFormat::Source;
    CodeLanguage language = CodeLanguage::Plain; // required for SOURCE notebooks
    QByteArray content;
    bool overwrite = false;
};

// The workspace API (/api/2.0/workspace/*) as typed asynchronous calls. Handlers run only while
// `context` lives and never for a cancelled call; cancelAll() stops everything this client started.
class WorkspaceClient : public TypedApiClient
{
    Q_OBJECT

public:
    explicit WorkspaceClient(ApiClient *client, QObject *parent = nullptr)
        : TypedApiClient(client, parent)
    {}

    QPointer<ApiCall> list(const QString &path, QObject *context,
                           Handler<QList<WorkspaceObject>> handler);
    QPointer<ApiCall> status(const QString &path, QObject *context,
                             Handler<WorkspaceObject> handler);
    // The object's bytes in `format` (decoded from the answer's base64).
    QPointer<ApiCall> exportObject(const QString &path, WorkspaceFormat format, QObject *context,
                                   Handler<QByteArray> handler);
    // Refused before sending: a relative path, a SOURCE import without a notebook language,
    // a DBC import with overwrite (the API forbids it), content over 10 MB.
    QPointer<ApiCall> importObject(const WorkspaceImport &spec, QObject *context,
                                   Handler<Done> handler);
    QPointer<ApiCall> mkdirs(const QString &path, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> remove(const QString &path, bool recursive, QObject *context,
                             Handler<Done> handler);

    // The workspace API has no move: a notebook is exported as SOURCE and imported at `newPath`,
    // then the original is deleted. The new object gets a new id and no revision history; nothing
    // is deleted unless the import succeeded. Folders are refused (see the message).
    void move(const WorkspaceObject &object, const QString &newPath, QObject *context,
              Handler<Done> handler);

    static constexpr qsizetype kMaxImportBytes = 10 * 1024 * 1024;
};

} // namespace brickdesk
