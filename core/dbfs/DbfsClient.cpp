#include "DbfsClient.h"

#include "TypedCall.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

namespace brickdesk {

namespace {

const QString kApi = QStringLiteral("/api/2.0/dbfs/");

ApiRequest getRequest(const QString &call, QUrlQuery query)
{
    return ApiRequest::get(kApi + call, query);
}

ApiRequest postRequest(const QString &call, const QJsonObject &body, bool idempotent)
{
    ApiRequest request = ApiRequest::post(kApi + call, body);
    request.idempotent = idempotent;
    return request;
}

QUrlQuery pathQuery(const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    return query;
}

template<typename T> std::optional<T> nothing(const ApiResponse &, QString *)
{
    return T{};
}

// Adapts a parser of the answer's JSON object.
template<typename T>
std::function<std::optional<T>(const ApiResponse &, QString *)>
fromJson(std::optional<T> (*parse)(const QJsonObject &, QString *))
{
    return [parse](const ApiResponse &response, QString *error) {
        return parse(response.json, error);
    };
}

} // namespace

DbfsClient::DbfsClient(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DbfsClient::~DbfsClient()
{
    cancelAll();
}

void DbfsClient::cancelAll()
{
    // Listings being parsed: their relays go, and with them the answers.
    const QList<QPointer<QObject>> relays = std::exchange(m_relays, {});
    for (const QPointer<QObject> &relay : relays)
        delete relay.data();
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

template<typename T>
QPointer<ApiCall> DbfsClient::send(const ApiRequest &request, QObject *context, Parser<T> parse,
                                   Handler<T> handler)
{
    return track(sendTyped<DbfsResult<T>>(m_client, request, context, parse, std::move(handler)));
}

QPointer<ApiCall> DbfsClient::list(const QString &path, QObject *context,
                                   Handler<QList<DbfsFileInfo>> handler)
{
    using Listing = DbfsResult<QList<DbfsFileInfo>>;
    ApiRequest request = getRequest(QStringLiteral("list"), pathQuery(path));
    request.rawAnswer = true;
    // A folder of 100,000 entries answers ~10 MB of JSON, ~150 ms of parsing: that happens on a
    // pool thread. The relay, a child of `context`, hands the result back on this thread and dies
    // with the context (or with cancelAll()), so no answer reaches a caller that has gone.
    auto *relay = new QObject(context);
    m_relays.removeAll(nullptr);
    m_relays.append(relay);
    const auto parse = [](const QByteArray &body) {
        Listing result;
        QJsonParseError parseError;
        const QJsonDocument document = body.trimmed().isEmpty()
                                           ? QJsonDocument(QJsonObject())
                                           : QJsonDocument::fromJson(body, &parseError);
        QString problem = QStringLiteral("the answer is not a JSON object");
        std::optional<QList<DbfsFileInfo>> entries =
            document.isObject() ? dbfsListingFromJson(document.object(), &problem) : std::nullopt;
        if (entries) {
            result.value = std::move(*entries);
        } else {
            result.error.kind = ApiError::Kind::InvalidResponse;
            result.error.message = QStringLiteral("malformed answer: ") + problem;
        }
        return result;
    };
    const auto raw = [](const ApiResponse &response, QString *) {
        return std::optional<QByteArray>(response.raw);
    };
    ApiCall *call = sendTyped<DbfsResult<QByteArray>>(
        m_client, request, relay, raw,
        [relay, handler, parse](const DbfsResult<QByteArray> &answer) {
            if (!answer.ok() || answer.value.size() < kParseInlineBytes) {
                Listing result = answer.ok() ? parse(answer.value) : Listing();
                if (!answer.ok())
                    result.error = answer.error;
                relay->deleteLater();
                return handler(result);
            }
            auto promise = std::make_shared<QPromise<Listing>>();
            auto *watcher = new QFutureWatcher<Listing>(relay);
            QObject::connect(watcher, &QFutureWatcherBase::finished, relay,
                             [watcher, relay, handler] {
                                 const Listing result = watcher->result();
                                 relay->deleteLater();
                                 handler(result);
                             });
            watcher->setFuture(promise->future());
            promise->start();
            QThreadPool::globalInstance()->start([promise, parse, body = answer.value] {
                promise->addResult(parse(body));
                promise->finish();
            });
        });
    if (call) {
        // A cancelled call runs no handler: its relay goes now, not with the context.
        connect(call, &ApiCall::finished, relay, [relay](const ApiResponse &response) {
            if (response.error.kind == ApiError::Kind::Cancelled)
                relay->deleteLater();
        });
    }
    return track(call);
}

ApiCall *DbfsClient::track(ApiCall *call)
{
    if (!call)
        return nullptr;
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call] { m_calls.removeAll(call); });
    return call;
}

QPointer<ApiCall> DbfsClient::getStatus(const QString &path, QObject *context,
                                        Handler<DbfsFileInfo> handler)
{
    return send<DbfsFileInfo>(getRequest(QStringLiteral("get-status"), pathQuery(path)), context,
                              fromJson(&DbfsFileInfo::fromJson), std::move(handler));
}

QPointer<ApiCall> DbfsClient::read(const QString &path, qint64 offset, qint64 length,
                                   QObject *context, Handler<DbfsReadAnswer> handler)
{
    QUrlQuery query = pathQuery(path);
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("length"), QString::number(length));
    ApiRequest request = getRequest(QStringLiteral("read"), query);
    request.rawAnswer = true;
    return send<DbfsReadAnswer>(
        request, context,
        [](const ApiResponse &response, QString *error) {
            return dbfsReadAnswerFromBytes(response.raw, error);
        },
        std::move(handler));
}

QPointer<ApiCall> DbfsClient::mkdirs(const QString &path, QObject *context, Handler<Done> handler)
{
    return send<Done>(postRequest(QStringLiteral("mkdirs"), {{QStringLiteral("path"), path}}, true),
                      context, &nothing<Done>, std::move(handler));
}

QPointer<ApiCall> DbfsClient::move(const QString &from, const QString &to, QObject *context,
                                   Handler<Done> handler)
{
    return send<Done>(postRequest(QStringLiteral("move"),
                                  {{QStringLiteral("source_path"), from},
                                   {QStringLiteral("destination_path"), to}},
                                  false),
                      context, &nothing<Done>, std::move(handler));
}

QPointer<ApiCall> DbfsClient::deleteOnce(const QString &path, bool recursive, QObject *context,
                                         Handler<Done> handler)
{
    // Deleting twice is harmless, so a lost answer may be asked again.
    return send<Done>(
        postRequest(QStringLiteral("delete"),
                    {{QStringLiteral("path"), path}, {QStringLiteral("recursive"), recursive}},
                    true),
        context, &nothing<Done>, std::move(handler));
}

QPointer<ApiCall> DbfsClient::create(const QString &path, bool overwrite, QObject *context,
                                     Handler<qint64> handler)
{
    return send<qint64>(
        postRequest(QStringLiteral("create"),
                    {{QStringLiteral("path"), path}, {QStringLiteral("overwrite"), overwrite}},
                    false),
        context, fromJson(&dbfsHandleFromJson), std::move(handler));
}

QPointer<ApiCall> DbfsClient::addEncodedBlock(qint64 handle, const QByteArray &base64,
                                              QObject *context, Handler<Done> handler)
{
    // Written by hand: a megabyte of base64 need not go through a QJsonObject and back.
    ApiRequest request;
    request.method = "POST";
    request.path = kApi + QStringLiteral("add-block");
    request.idempotent = false;
    request.body.reserve(base64.size() + 40);
    request.body.append("{\"handle\":").append(QByteArray::number(handle)).append(",\"data\":\"");
    request.body.append(base64).append("\"}");
    return send<Done>(request, context, &nothing<Done>, std::move(handler));
}

QPointer<ApiCall> DbfsClient::close(qint64 handle, QObject *context, Handler<Done> handler)
{
    return send<Done>(
        postRequest(QStringLiteral("close"), {{QStringLiteral("handle"), handle}}, false), context,
        &nothing<Done>, std::move(handler));
}

} // namespace brickdesk
