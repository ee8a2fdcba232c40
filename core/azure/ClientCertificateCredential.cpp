#include "ClientCertificateCredential.h"

#include "EntraRequests.h"

namespace brickdesk {

ClientCertificateCredential::ClientCertificateCredential(QNetworkAccessManager *network,
                                                         ActivityLog *activity,
                                                         EntraEndpoint endpoint,
                                                         ClientCertificate certificate,
                                                         QObject *parent)
    : AzureCredential(parent)
    , m_entra(makeEntraClient(network, activity, endpoint, this))
    , m_endpoint(std::move(endpoint))
    , m_certificate(std::move(certificate))
{}

QString ClientCertificateCredential::description() const
{
    return QStringLiteral("application %1 (certificate)").arg(m_endpoint.clientId);
}

void ClientCertificateCredential::fetchToken(const QString &scope, Callback done)
{
    QString problem = m_endpoint.problem();
    QByteArray assertion;
    if (problem.isEmpty()) {
        QUrl audience = m_endpoint.authorityHost;
        audience.setPath(audience.path() + m_endpoint.tokenPath());
        assertion = makeClientAssertion(m_certificate, m_endpoint.clientId, audience.toString(),
                                        QDateTime::currentDateTimeUtc(), &problem);
    }
    if (!problem.isEmpty()) {
        AccessTokenResult result;
        result.error = problem;
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    ApiRequest::FormFields form;
    form.append(std::pair<QString, QString>{QStringLiteral("grant_type"),
                                            QStringLiteral("client_credentials")});
    form.append(std::pair<QString, QString>{QStringLiteral("client_id"), m_endpoint.clientId});
    form.append(std::pair<QString, QString>{QStringLiteral("client_assertion_type"),
                                            QString::fromLatin1(kClientAssertionType)});
    form.append(std::pair<QString, QString>{QStringLiteral("client_assertion"),
                                            QString::fromLatin1(assertion)});
    form.append(std::pair<QString, QString>{QStringLiteral("scope"), scope});
    requestEntraToken(m_entra, m_endpoint, form, this,
                      [done](const AccessTokenResult &result, const QString &, const QString &) {
                          done(result);
                      });
}

} // namespace brickdesk
