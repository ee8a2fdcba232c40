#pragma once

#include "AzureCredential.h"
#include "KeyVaultClient.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace brickdesk {

class ActivityLog;
class AzureSignIn;

// Opens a KeyVaultClient on one vault, signed in as a profile signs in to Azure (its
// AzureSignInSettings or what its auth type implies). Asking for a credential may wait for the
// user (device code): opened() or failed() comes once per open(), the last one wins.
class KeyVaultConnector : public QObject
{
    Q_OBJECT

public:
    KeyVaultConnector(QNetworkAccessManager *network, ActivityLog *activity, AzureSignIn *azure,
                      QProcessEnvironment environment, QObject *parent = nullptr);

    void open(const Profile &profile, const QString &vaultUrl);
    void close();
    KeyVaultClient *client() const { return m_client; } // nullptr until opened
    QString vaultUrl() const { return m_vaultUrl; }
    AzureCredential *credential() const { return m_credential; }

Q_SIGNALS:
    void opened(brickdesk::KeyVaultClient *client);
    void failed(const QString &error);

private:
    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    QPointer<AzureSignIn> m_azure;
    QProcessEnvironment m_environment;
    QPointer<KeyVaultClient> m_client;
    QPointer<AzureCredential> m_credential;
    QString m_vaultUrl;
    quint64 m_generation = 0;
};

} // namespace brickdesk
