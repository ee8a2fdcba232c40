#pragma once

#include "ApiClient.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace brickdesk {

// "Test connection": asks a workspace who the token belongs to (SCIM Me) and says what came of it.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    ConnectionTester(QNetworkAccessManager *network, ActivityLog *activity, QObject *parent = nullptr);

    void test(const QString &host, const QString &token, const QString &caBundlePath = {});
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void succeeded(const QString &userName);
    void failed(const QString &message);

private:
    ApiClient m_client;
    QPointer<ApiCall> m_call;
};

} // namespace brickdesk
