#include "SecretWriter.h"

#include "ActivityLog.h"
#include "AzureCredential.h"
#include "KeyVaultClient.h"
#include "SecretRules.h"
#include "SecretsClient.h"
#include "TypedCall.h"

#include <QStringDecoder>
#include <QTimer>

namespace brickdesk {

SecretWriter::SecretWriter(SecretsClient *secrets, QNetworkAccessManager *network,
                           ActivityLog *activity, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_activity(activity)
{}

void SecretWriter::cancelAll()
{
    for (const QPointer<KeyVaultClient> &vault : std::exchange(m_vaults, {})) {
        if (vault) {
            vault->cancelAll();
            vault->deleteLater();
        }
    }
}

void SecretWriter::write(const SecretScope &scope, const QString &key, const QByteArray &value,
                         QObject *context, Handler handler)
{
    SecretWriteOutcome outcome{scope.name, key, {}, {}};
    if (!scope.isKeyVaultBacked()) {
        if (!m_secrets) {
            answerLater<CallResult<SecretWriteOutcome>>(
                context, invalidInputError(QStringLiteral("not connected to a workspace")),
                handler);
            return;
        }
        auto done = [outcome, handler](const CallResult<Done> &result) {
            CallResult<SecretWriteOutcome> written;
            written.error = result.error;
            written.value = outcome;
            handler(written);
        };
        if (secretRules::isUtf8Text(value))
            m_secrets->putString(scope.name, key, QString::fromUtf8(value), context, done);
        else
            m_secrets->putBytes(scope.name, key, value, context, done);
        return;
    }

    // Key Vault-backed: the Databricks API cannot write; the backing vault can.
    outcome.keyVaultName = secretRules::keyVaultNameForKey(key);
    QString problem = secretRules::checkKeyVaultName(outcome.keyVaultName);
    if (problem.isEmpty())
        problem = secretRules::checkKeyVaultText(value);
    QString urlError;
    const QUrl vaultUrl = normaliseVaultUrl(scope.keyVaultDnsName, &urlError);
    if (problem.isEmpty() && vaultUrl.isEmpty())
        problem = QStringLiteral("The scope's Key Vault address cannot be used: ") + urlError;
    // The address came from the workspace: a vault token and the value go to Key Vault only.
    if (problem.isEmpty() && !isKeyVaultHost(vaultUrl))
        problem = QStringLiteral("The scope's vault address %1 is not an Azure Key Vault "
                                 "(*.vault.azure.net); nothing was sent")
                      .arg(vaultUrl.host());
    if (problem.isEmpty() && !m_vaultCredential)
        problem = QStringLiteral("Sign in to Azure to write to the Key Vault behind scope '%1'")
                      .arg(scope.name);
    if (!problem.isEmpty()) {
        answerLater<CallResult<SecretWriteOutcome>>(context, invalidInputError(problem), handler);
        return;
    }
    outcome.vaultUrl = vaultUrl.toString();
    auto *vault = new KeyVaultClient(m_network, m_activity, this);
    vault->setVault(vaultUrl, m_vaultCredential);
    m_vaults.removeAll(nullptr);
    m_vaults.append(vault);
    vault->setSecret(outcome.keyVaultName, QString::fromUtf8(value), {}, context,
                     [vault, outcome, handler](const CallResult<KeyVaultSecret> &result) {
                         vault->deleteLater();
                         CallResult<SecretWriteOutcome> written;
                         written.error = result.error;
                         written.value = outcome;
                         handler(written);
                     });
}

} // namespace brickdesk
