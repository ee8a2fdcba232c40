#pragma once

#include "ActivityLog.h"
#include "AzureCredential.h"
#include "EntraEndpoint.h"
#include "Profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace brickdesk {

class TokenStore;
class DeviceCodeCredential;

// How a profile signs in to Microsoft Entra ID (for its Key Vaults, and for Azure Databricks
// profiles with auth_type azure-*). Holds no secret: a client secret lives in the keychain under
// clientSecretKey().
struct AzureSignInConfig
{
    AzureCredential::Kind method = AzureCredential::Kind::DeviceCode;
    EntraEndpoint endpoint;
    QString certificatePath; // ClientCertificate only

    QString clientSecretKey() const; // keychain key of the client secret
    QString id() const;              // identifies one credential: method, authority, tenant, client
};

// How `profile` signs in to Entra ID for its Key Vaults: its AzureSignInSettings where set, else
// from the profile — auth_type azure-client-secret → client secret (azure_client_id,
// azure_tenant_id), azure-cli → Azure CLI, anything else → device code with the developer sign-in
// client id and tenant "organizations".
AzureSignInConfig azureSignInFor(const Profile &profile, const QProcessEnvironment &environment);
// How a profile with auth_type azure-client-secret or azure-cli signs in to its workspace: from
// the auth type and the azure_* keys only, as the Databricks CLI does (Brickdesk's Key Vault
// sign-in settings do not apply), the authority from azure_environment / AZURE_AUTHORITY_HOST.
AzureSignInConfig workspaceAzureSignIn(const Profile &profile,
                                       const QProcessEnvironment &environment);
AzureCredential::Kind azureSignInMethodFromId(const QString &id, bool *ok = nullptr);
QString azureSignInMethodId(AzureCredential::Kind kind); // device-code / azure-cli / client-secret

// The app's Azure credentials, one per AzureSignInConfig::id(), shared by every profile and
// vault that signs in the same way (one device-code sign-in serves them all).
class AzureSignIn : public QObject
{
    Q_OBJECT

public:
    AzureSignIn(QNetworkAccessManager *network, ActivityLog *activity, TokenStore *keychain,
                QObject *parent = nullptr);

    // With a UI: device-code credentials made from now on wait for the user instead of failing.
    void setInteractive(bool interactive);

    // The credential for `config`, made on first use. A client-secret credential reads its secret
    // from the keychain: `callback` hears the credential or why there is none.
    // `inlineClientSecret` (from the config file or ARM_CLIENT_SECRET) wins over the keychain.
    void credential(const AzureSignInConfig &config, QObject *context,
                    std::function<void(AzureCredential *credential, const QString &error)> callback,
                    const QString &inlineClientSecret = {});
    // Stores a client secret for `config` in the keychain (replacing a credential made earlier).
    void storeClientSecret(const AzureSignInConfig &config, const QString &secret, QObject *context,
                           std::function<void(const QString &error)> callback);

    QList<AzureCredential *> credentials() const;

Q_SIGNALS:
    // A device-code credential needs the user (see DeviceCodeCredential::signInRequired).
    void signInRequired(brickdesk::DeviceCodeCredential *credential, const QString &reason);

private:
    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    QPointer<TokenStore> m_keychain;
    bool m_interactive = false;
    QHash<QString, QPointer<AzureCredential>> m_credentials;
};

} // namespace brickdesk
