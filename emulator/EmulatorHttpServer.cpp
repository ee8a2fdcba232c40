#include "EmulatorHttpServer.h"

#include "ApiRouter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <utility>

namespace brickdesk::emulator {

namespace {

Q_LOGGING_CATEGORY(lcEmulator, "brickdesk.emulator", QtWarningMsg)

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// QHttpServerResponder throws on a status outside its table; anything unusual becomes 500.
QHttpServerResponder::StatusCode statusCode(int status)
{
    switch (status) {
    case 200:
    case 201:
    case 202:
    case 204:
    case 400:
    case 401:
    case 403:
    case 404:
    case 405:
    case 408:
    case 409:
    case 410:
    case 413:
    case 429:
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
        return static_cast<QHttpServerResponder::StatusCode>(status);
    default:
        qCWarning(lcEmulator, "Unsupported HTTP status %d, answering 500 instead", status);
        return QHttpServerResponder::StatusCode::InternalServerError;
    }
}

// Clients that leave Nagle's algorithm on (Qt's HTTP client does) hold the last piece of a large
// request body until the previous ones are acknowledged; Linux delays that acknowledgement by up
// to 40 ms. Acknowledging at once after every read keeps 1 MB uploads from stalling on that.
// TCP_QUICKACK does not stick, so it is set again whenever data arrives.
void acknowledgeQuickly(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    static const char *const kWatched = "brickdesk_quickack";
    const auto set = [socket] {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    set();
    if (socket->property(kWatched).toBool())
        return;
    socket->setProperty(kWatched, true);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, set);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool EmulatorHttpServer::listenOnLoopback(quint16 port, QString *error)
{
    auto tcpServer = std::make_unique<QTcpServer>();
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(tcpServer->errorString());
        return false;
    }
    bind(tcpServer.release()); // the HTTP server adopts it
    return true;
}

bool EmulatorHttpServer::isListening() const
{
    return !servers().isEmpty();
}

quint16 EmulatorHttpServer::port() const
{
    const QList<QTcpServer *> tcpServers = servers();
    return tcpServers.isEmpty() ? 0 : tcpServers.first()->serverPort();
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm and the
    // client's delayed ACK hold every answer back by ~40 ms on loopback.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgeQuickly(socket);
    const ApiRequest apiRequest = toApiRequest(request);
    const RequestOutcome outcome = m_handler(apiRequest);
    // Method and path only: the Authorization header and the query never reach a log.
    if (outcome.dropConnection) {
        qCInfo(lcEmulator, "%s %s -> connection dropped", apiRequest.method.constData(),
               qUtf8Printable(apiRequest.path));
        socket->abort();
        return true;
    }
    qCInfo(lcEmulator, "%s %s -> %d%s", apiRequest.method.constData(),
           qUtf8Printable(apiRequest.path), outcome.response.status,
           outcome.cutMidway ? " (cut midway)" : "");

    if (outcome.latencyMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, socket, outcome);
        return true;
    }
    // The responder only needs the socket: keep both until the timer fires, and give up quietly if
    // the client went away meanwhile.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(outcome.latencyMs, this, [responder, guard, outcome] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            send(*responder, guard.data(), outcome);
    });
    return true;
}

void EmulatorHttpServer::send(QHttpServerResponder &responder, QTcpSocket *socket,
                              const RequestOutcome &outcome)
{
    if (outcome.cutMidway)
        writeCutMidway(responder, socket, outcome.response);
    else
        write(responder, outcome.response);
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, ApiRouter::endpointNotFound(methodName(request.method()),
                                                 request.url().path(QUrl::FullyDecoded)));
}

ApiRequest EmulatorHttpServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest result;
    result.method = methodName(request.method());
    result.path = request.url().path(QUrl::FullyDecoded);
    result.query = request.query();
    result.body = request.body();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare(QByteArrayLiteral("authorization"), Qt::CaseInsensitive) == 0)
            result.authorization = value;
        else if (name.compare(QByteArrayLiteral("content-type"), Qt::CaseInsensitive) == 0)
            result.contentType = value;
    }
    return result;
}

namespace {

QByteArray serializedBody(const ApiResponse &response)
{
    if (!response.rawBody.isEmpty())
        return response.rawBody;
    return QJsonDocument(response.body).toJson(QJsonDocument::Compact);
}

void writeHead(QHttpServerResponder &responder, const ApiResponse &response, qsizetype bodySize)
{
    responder.writeStatusLine(statusCode(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(bodySize));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
}

} // namespace

void EmulatorHttpServer::write(QHttpServerResponder &responder, const ApiResponse &response)
{
    if (response.status == 204) { // no content: no body, no Content-Type
        responder.writeStatusLine(statusCode(response.status));
        for (const auto &[name, value] : response.headers)
            responder.writeHeader(name, value);
        responder.writeBody(QByteArray());
        return;
    }
    const QByteArray body = serializedBody(response);
    writeHead(responder, response, body.size());
    responder.writeBody(body);
}

void EmulatorHttpServer::writeCutMidway(QHttpServerResponder &responder, QTcpSocket *socket,
                                        const ApiResponse &response)
{
    const QByteArray body = serializedBody(response);
    writeHead(responder, response, body.size());
    responder.writeBody(body.constData(), body.size() / 2);
    // abort() would throw away what is still buffered: wait until the half body has left.
    QPointer<QTcpSocket> guard(socket);
    const auto abortWhenSent = [guard] {
        if (guard && guard->bytesToWrite() == 0)
            QMetaObject::invokeMethod(guard.data(), &QTcpSocket::abort, Qt::QueuedConnection);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, abortWhenSent);
    abortWhenSent();
    // Should the client stop reading, the connection still ends.
    QTimer::singleShot(5000, socket, [guard] {
        if (guard)
            guard->abort();
    });
}

} // namespace brickdesk::emulator
