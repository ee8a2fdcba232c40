#include "KeyVaultConnector.h"

#include "AzureSignIn.h"
#include "KeyVaultSecret.h"

namespace brickdesk {

KeyVaultConnector::KeyVaultConnector(QNetworkAccessManager *network, ActivityLog *activity,
                                     AzureSignIn *azure, QProcessEnvironment environment,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_activity(activity)
    , m_azure(azure)
    , m_environment(std::move(environment))
{}

void KeyVaultConnector::close()
{
    ++m_generation;
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
    }
    m_client = nullptr;
    m_credential = nullptr;
    m_vaultUrl.clear();
}

void KeyVaultConnector::open(const Profile &profile, const QString &vaultUrl)
{
    close();
    const quint64 generation = m_generation;
    QString error;
    const QUrl url = normaliseVaultUrl(vaultUrl, &error);
    if (url.isEmpty()) {
        Q_EMIT failed(tr("%1 is not a Key Vault address: %2").arg(vaultUrl, error));
        return;
    }
    if (!m_azure) {
        Q_EMIT failed(tr("Azure sign-in is not available."));
        return;
    }
    m_vaultUrl = url.toString();
    m_azure->credential(
        azureSignInFor(profile, m_environment), this,
        [this, generation, url](AzureCredential *credential, const QString &why) {
            if (generation != m_generation)
                return;
            if (!credential) {
                Q_EMIT failed(tr("Cannot sign in to Azure: %1").arg(why));
                return;
            }
            m_credential = credential;
            m_client = new KeyVaultClient(m_network, m_activity, this);
            m_client->setVault(url, credential);
            Q_EMIT opened(m_client);
        },
        profile.inlineClientSecret);
}

} // namespace brickdesk
