#pragma once

#include "SecretScope.h"
#include "TypedApiClient.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

// The secrets API (/api/2.0/secrets/*) as typed asynchronous calls. Names, keys and values are
// checked before anything is sent: a value over 128 KB never leaves the machine, the handler
// hears INVALID_PARAMETER_VALUE from the event loop instead. Handlers run only while `context`
// lives and never for a cancelled call; cancelAll() stops everything this client started.
class SecretsClient : public TypedApiClient
{
    Q_OBJECT

public:
    explicit SecretsClient(ApiClient *client, QObject *parent = nullptr)
        : TypedApiClient(client, parent)
    {}

    QPointer<ApiCall> listScopes(QObject *context, Handler<QList<SecretScope>> handler);
    QPointer<ApiCall> createScope(const SecretScopeSpec &spec, QObject *context,
                                  Handler<Done> handler);
    QPointer<ApiCall> deleteScope(const QString &scope, QObject *context, Handler<Done> handler);

    QPointer<ApiCall> listSecrets(const QString &scope, QObject *context,
                                  Handler<QList<SecretMetadata>> handler);
    // A text value goes as string_value; anything else (a file's bytes) as bytes_value.
    QPointer<ApiCall> putString(const QString &scope, const QString &key, const QString &value,
                                QObject *context, Handler<Done> handler);
    QPointer<ApiCall> putBytes(const QString &scope, const QString &key, const QByteArray &value,
                               QObject *context, Handler<Done> handler);
    QPointer<ApiCall> deleteSecret(const QString &scope, const QString &key, QObject *context,
                                   Handler<Done> handler);

    QPointer<ApiCall> listAcls(const QString &scope, QObject *context,
                               Handler<QList<SecretAcl>> handler);
    QPointer<ApiCall> putAcl(const QString &scope, const SecretAcl &acl, QObject *context,
                             Handler<Done> handler);
    QPointer<ApiCall> deleteAcl(const QString &scope, const QString &principal, QObject *context,
                                Handler<Done> handler);

private:
    QPointer<ApiCall> put(const QString &scope, const QString &key, const QByteArray &valueBytes,
                          const QJsonObject &body, QObject *context, Handler<Done> handler);
};

} // namespace brickdesk
