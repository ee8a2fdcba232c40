#pragma once

#include "ApiClient.h"
#include "DbfsFileInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

template<typename T> struct DbfsResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
    // The path is not there (RESOURCE_DOES_NOT_EXIST).
    bool isMissing() const { return error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST"); }
};

// The DBFS API (/api/2.0/dbfs/*) as typed asynchronous calls. Handlers run only while `context`
// lives and never for a cancelled call; cancelAll() stops everything this client started.
// Sizes: read and add-block move at most kMaxBlockBytes each.
class DbfsClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBlockBytes = kDbfsMaxBlockBytes;
    // Listing answers up to this size are parsed at once; larger ones on a pool thread.
    static constexpr qsizetype kParseInlineBytes = 256 * 1024;

    template<typename T> using Handler = std::function<void(const DbfsResult<T> &)>;
    struct Done
    {};

    explicit DbfsClient(ApiClient *client, QObject *parent = nullptr);
    ~DbfsClient() override;

    ApiClient *apiClient() const { return m_client; }
    void cancelAll();

    QPointer<ApiCall> list(const QString &path, QObject *context,
                           Handler<QList<DbfsFileInfo>> handler);
    QPointer<ApiCall> getStatus(const QString &path, QObject *context,
                                Handler<DbfsFileInfo> handler);
    QPointer<ApiCall> read(const QString &path, qint64 offset, qint64 length, QObject *context,
                           Handler<DbfsReadAnswer> handler);
    QPointer<ApiCall> mkdirs(const QString &path, QObject *context, Handler<Done> handler);
    QPointer<ApiCall> move(const QString &from, const QString &to, QObject *context,
                           Handler<Done> handler);
    // One delete call. A large recursive delete answers PARTIAL_DELETE (503) after part of the
    // work; that answer is not retried here — DbfsDeleter repeats it and reports progress.
    QPointer<ApiCall> deleteOnce(const QString &path, bool recursive, QObject *context,
                                 Handler<Done> handler);
    QPointer<ApiCall> create(const QString &path, bool overwrite, QObject *context,
                             Handler<qint64> handler);
    // A block already in base64 (of at most kMaxBlockBytes bytes decoded).
    QPointer<ApiCall> addEncodedBlock(qint64 handle, const QByteArray &base64, QObject *context,
                                      Handler<Done> handler);
    QPointer<ApiCall> close(qint64 handle, QObject *context, Handler<Done> handler);

private:
    template<typename T>
    using Parser = std::function<std::optional<T>(const ApiResponse &, QString *)>;
    template<typename T>
    QPointer<ApiCall> send(const ApiRequest &request, QObject *context, Parser<T> parse,
                           Handler<T> handler);

    QPointer<ApiClient> m_client;
    ApiCall *track(ApiCall *call); // for cancelAll(); passes null through
    QList<QPointer<ApiCall>> m_calls;
    QList<QPointer<QObject>> m_relays; // of listings, see list()
};

} // namespace brickdesk
