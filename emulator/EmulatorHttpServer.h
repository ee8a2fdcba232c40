#pragma once

#include "ApiMessage.h"

#include <QAbstractHttpServer>
#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
QT_END_NAMESPACE

namespace brickdesk::emulator {

// The HTTP side: turns each request into an ApiRequest, asks the handler what to do, and then
// drops the connection or writes the JSON answer, later when there is latency (a timer, never
// a blocking wait). Listens on 127.0.0.1 only.
class EmulatorHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<RequestOutcome(const ApiRequest &)>;

    explicit EmulatorHttpServer(Handler handler, QObject *parent = nullptr);

    // 0 = any free port. On failure returns false and says why in *error.
    bool listenOnLoopback(quint16 port, QString *error);
    bool isListening() const;
    quint16 port() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static ApiRequest toApiRequest(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const ApiResponse &response);
    // The status line, the headers (with the full Content-Length) and the first half of the
    // body; the connection is aborted once that much has left.
    static void writeCutMidway(QHttpServerResponder &responder, QTcpSocket *socket,
                               const ApiResponse &response);
    static void send(QHttpServerResponder &responder, QTcpSocket *socket,
                     const RequestOutcome &outcome);

    Handler m_handler;
};

} // namespace brickdesk::emulator
