#pragma once

#include "AzureCredential.h"
#include "ClientAssertion.h"
#include "EntraEndpoint.h"

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;

// An application signing in with a certificate: each token request carries a freshly signed
// client assertion (OAuth 2.0 client credentials with a JWT bearer assertion).
class ClientCertificateCredential final : public AzureCredential
{
    Q_OBJECT

public:
    ClientCertificateCredential(QNetworkAccessManager *network, ActivityLog *activity,
                                EntraEndpoint endpoint, ClientCertificate certificate,
                                QObject *parent = nullptr);

    Kind kind() const override { return Kind::ClientCertificate; }
    QString description() const override;

protected:
    void fetchToken(const QString &scope, Callback done) override;

private:
    ApiClient *m_entra;
    EntraEndpoint m_endpoint;
    ClientCertificate m_certificate;
};

} // namespace brickdesk
