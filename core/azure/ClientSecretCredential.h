#pragma once

#include "AzureCredential.h"
#include "EntraEndpoint.h"

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;

// An application signing in with its client secret (OAuth 2.0 client credentials grant). There is
// no refresh token: a token near its end is replaced by asking again.
class ClientSecretCredential final : public AzureCredential
{
    Q_OBJECT

public:
    ClientSecretCredential(QNetworkAccessManager *network, ActivityLog *activity,
                           EntraEndpoint endpoint, QString clientSecret, QObject *parent = nullptr);

    Kind kind() const override { return Kind::ClientSecret; }
    QString description() const override;
    const EntraEndpoint &endpoint() const { return m_endpoint; }
    // A new secret (stored again, or changed in the file): cached tokens go, users keep this
    // object.
    void setClientSecret(const QString &clientSecret);
    bool hasClientSecret(const QString &clientSecret) const
    {
        return m_clientSecret == clientSecret;
    }

protected:
    void fetchToken(const QString &scope, Callback done) override;

private:
    ApiClient *m_entra;
    EntraEndpoint m_endpoint;
    QString m_clientSecret; // never print it
};

} // namespace brickdesk
