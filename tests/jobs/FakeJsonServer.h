#pragma once

// A one-route HTTP server on 127.0.0.1 that answers every request with the same status and body:
// a workspace that sends malformed answers, which the emulator never does.
#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class FakeJsonServer : public QTcpServer
{
public:
    explicit FakeJsonServer(QByteArray body, int status = 200)
        : m_body(std::move(body))
        , m_status(status)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return; // the requests here have no body worth waiting for
                    m_buffer.remove(socket);
                    ++m_requests;
                    socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                                  " X\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(m_body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests() const { return m_requests; }

private:
    QByteArray m_body;
    int m_status;
    int m_requests = 0;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};
