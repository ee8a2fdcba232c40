#include "ClientSecretCredential.h"

#include "EntraRequests.h"

namespace brickdesk {

ClientSecretCredential::ClientSecretCredential(QNetworkAccessManager *network,
                                               ActivityLog *activity, EntraEndpoint endpoint,
                                               QString clientSecret, QObject *parent)
    : AzureCredential(parent)
    , m_entra(makeEntraClient(network, activity, endpoint, this))
    , m_endpoint(std::move(endpoint))
    , m_clientSecret(std::move(clientSecret))
{}

QString ClientSecretCredential::description() const
{
    return QStringLiteral("application %1 (client secret)").arg(m_endpoint.clientId);
}

void ClientSecretCredential::setClientSecret(const QString &clientSecret)
{
    m_clientSecret = clientSecret;
    forgetTokens();
}

void ClientSecretCredential::fetchToken(const QString &scope, Callback done)
{
    const QString problem = m_endpoint.problem();
    if (!problem.isEmpty() || m_clientSecret.isEmpty()) {
        AccessTokenResult result;
        result.error = problem.isEmpty()
                           ? QStringLiteral("no client secret is stored for application %1")
                                 .arg(m_endpoint.clientId)
                           : problem;
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    ApiRequest::FormFields form;
    form.append(std::pair<QString, QString>{QStringLiteral("grant_type"),
                                            QStringLiteral("client_credentials")});
    form.append(std::pair<QString, QString>{QStringLiteral("client_id"), m_endpoint.clientId});
    form.append(std::pair<QString, QString>{QStringLiteral("client_secret"), m_clientSecret});
    form.append(std::pair<QString, QString>{QStringLiteral("scope"), scope});
    requestEntraToken(m_entra, m_endpoint, form, this,
                      [done](const AccessTokenResult &result, const QString &, const QString &) {
                          done(result);
                      });
}

} // namespace brickdesk
