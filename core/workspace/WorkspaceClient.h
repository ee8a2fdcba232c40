#pragma once

#include "ApiClient.h"
#include "CallResult.h"
#include "CallTracker.h"
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
class WorkspaceClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Handler = std::function<void(const CallResult<T> &)>;

    explicit WorkspaceClient(ApiClient *client, QObject *parent = nullptr);

    ApiClient *apiClient() const { return m_client; }
    QString profile() const;
    bool isBusy() const { return m_tracker->isBusy(); }
    void cancelAll() { m_tracker->cancelAll(); }

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

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    template<typename T>
    using Parser = std::function<std::optional<T>(const QJsonObject &, QString *)>;
    template<typename T>
    QPointer<ApiCall> send(const ApiRequest &request, QObject *context, Parser<T> parse,
                           Handler<T> handler);

    QPointer<ApiClient> m_client;
    CallTracker *m_tracker;
};

} // namespace brickdesk
