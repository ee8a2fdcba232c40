#pragma once

#include "AccessToken.h"
#include "ApiClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace brickdesk {

// A way to get Microsoft Entra ID access tokens. Tokens are kept per scope in memory and reused
// until they near their end (AccessToken::needsRefresh); concurrent requests for one scope share
// one fetch. Subclasses only fetch.
class AzureCredential : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        ClientSecret,
        ClientCertificate,
        DeviceCode,
        AzureCli
    };
    Q_ENUM(Kind)
    using Callback = std::function<void(const AccessTokenResult &)>;

    using QObject::QObject;
    // Requests still waiting hear that the sign-in is gone, instead of waiting for ever.
    ~AzureCredential() override;

    virtual Kind kind() const = 0;
    // For the user: "device code as ada@contoso.com", "Azure CLI", "application 1234…".
    virtual QString description() const = 0;

    // Calls `callback` (on this thread, not after `context` is gone) with a token for `scope`.
    void getToken(const QString &scope, bool forceRefresh, QObject *context, Callback callback);
    // The same, shaped for ApiClient's WorkspaceConnection::tokenProvider.
    TokenProvider tokenProvider(const QString &scope);

    QString account() const { return m_account; } // who the last token spoke for
    // Drops every cached access token (not a stored sign-in).
    void forgetTokens();
    int fetchCount() const { return m_fetchCount; } // tokens fetched so far (tests, Activity)

Q_SIGNALS:
    void accountChanged(const QString &account);

protected:
    // Fetches a new token for `scope` and calls `done` exactly once.
    virtual void fetchToken(const QString &scope, Callback done) = 0;

private:
    void deliver(const QString &scope, const AccessTokenResult &result);

    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, QList<Waiter>> m_waiting; // a scope is being fetched while it has an entry
    QString m_account;
    int m_fetchCount = 0;
};

} // namespace brickdesk
