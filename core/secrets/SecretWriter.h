#pragma once

#include "ActivityLog.h"
#include "AzureCredential.h"
#include "CallResult.h"
#include "KeyVaultClient.h"
#include "SecretScope.h"
#include "SecretsClient.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace brickdesk {

// Where a value went.
struct SecretWriteOutcome
{
    QString scope;
    QString key;
    QString keyVaultName; // set when written to the scope's backing vault
    QString vaultUrl;
};

// Puts a value under scope/key in one workspace, whatever backs the scope: through the secrets
// API for a Databricks-backed scope; for an Azure Key Vault-backed scope (read-only in the
// Databricks API) into the backing vault, under keyVaultNameForKey(key), with `vaultCredential`.
// Checks the value against the limits of where it goes before anything is sent.
class SecretWriter : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const CallResult<SecretWriteOutcome> &)>;

    SecretWriter(SecretsClient *secrets, QNetworkAccessManager *network, ActivityLog *activity,
                 QObject *parent = nullptr);

    // Needed only for Key Vault-backed scopes.
    void setVaultCredential(AzureCredential *credential) { m_vaultCredential = credential; }

    void write(const SecretScope &scope, const QString &key, const QByteArray &value,
               QObject *context, Handler handler);
    void cancelAll();

private:
    QPointer<SecretsClient> m_secrets;
    QNetworkAccessManager *m_network;
    QPointer<ActivityLog> m_activity;
    QPointer<AzureCredential> m_vaultCredential;
    QList<QPointer<KeyVaultClient>> m_vaults;
};

} // namespace brickdesk
