#pragma once

#include "ApiClient.h"
#include "CallResult.h"
#include "CallTracker.h"
#include "SecretScope.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

// The secrets API (/api/2.0/secrets/*) as typed asynchronous calls. Names, keys and values are
// checked before anything is sent: a value over 128 KB never leaves the machine, the handler
// hears INVALID_PARAMETER_VALUE from the event loop instead. Handlers run only while `context`
// lives and never for a cancelled call; cancelAll() stops everything this client started.
class SecretsClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Handler = std::function<void(const CallResult<T> &)>;

    explicit SecretsClient(ApiClient *client, QObject *parent = nullptr);

    ApiClient *apiClient() const { return m_client; }
    QString profile() const;
    bool isBusy() const { return m_tracker->isBusy(); }
    void cancelAll() { m_tracker->cancelAll(); }

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

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    template<typename T>
    using Parser = std::function<std::optional<T>(const QJsonObject &, QString *)>;
    template<typename T>
    QPointer<ApiCall> send(const ApiRequest &request, QObject *context, Parser<T> parse,
                           Handler<T> handler);
    QPointer<ApiCall> put(const QString &scope, const QString &key, const QByteArray &valueBytes,
                          const QJsonObject &body, QObject *context, Handler<Done> handler);

    QPointer<ApiClient> m_client;
    CallTracker *m_tracker;
};

} // namespace brickdesk
