#include "KeyVaultJson.h"

namespace brickdesk::emulator::keyVaultJson {

namespace {

QString secretId(const QUrl &vaultUrl, const VaultSecret &secret)
{
    return vaultUrl.toString() + QStringLiteral("/secrets/") + secret.name;
}

QJsonObject attributes(const VaultSecretVersion &version)
{
    QJsonObject result{{QStringLiteral("enabled"), version.enabled},
                       {QStringLiteral("created"), version.created},
                       {QStringLiteral("updated"), version.updated},
                       {QStringLiteral("recoveryLevel"), QStringLiteral("Recoverable+Purgeable")},
                       {QStringLiteral("recoverableDays"), kVaultRecoverableDays}};
    if (version.notBefore)
        result.insert(QStringLiteral("nbf"), *version.notBefore);
    if (version.expires)
        result.insert(QStringLiteral("exp"), *version.expires);
    return result;
}

// The fields every shape shares; Key Vault leaves out contentType and tags when unset.
QJsonObject common(const QString &id, const VaultSecretVersion &version)
{
    QJsonObject result{{QStringLiteral("id"), id},
                       {QStringLiteral("attributes"), attributes(version)}};
    if (!version.contentType.isEmpty())
        result.insert(QStringLiteral("contentType"), version.contentType);
    if (!version.tags.isEmpty())
        result.insert(QStringLiteral("tags"), version.tags);
    return result;
}

void addDeletion(QJsonObject *object, const QUrl &vaultUrl, const VaultSecret &secret)
{
    const QString recoveryId =
        vaultUrl.toString() + QStringLiteral("/deletedsecrets/") + secret.name;
    object->insert(QStringLiteral("recoveryId"), recoveryId);
    object->insert(QStringLiteral("deletedDate"), secret.deletedDate.value_or(0));
    object->insert(QStringLiteral("scheduledPurgeDate"), secret.scheduledPurgeDate.value_or(0));
}

} // namespace

QJsonObject bundle(const QUrl &vaultUrl, const VaultSecret &secret,
                   const VaultSecretVersion &version, bool withValue)
{
    QJsonObject result =
        common(secretId(vaultUrl, secret) + QLatin1Char('/') + version.version, version);
    if (withValue)
        result.insert(QStringLiteral("value"), version.value);
    return result;
}

QJsonObject listItem(const QUrl &vaultUrl, const VaultSecret &secret)
{
    return common(secretId(vaultUrl, secret), secret.current());
}

QJsonObject versionItem(const QUrl &vaultUrl, const VaultSecret &secret,
                        const VaultSecretVersion &version)
{
    return bundle(vaultUrl, secret, version, false);
}

QJsonObject deletedBundle(const QUrl &vaultUrl, const VaultSecret &secret)
{
    QJsonObject result = bundle(vaultUrl, secret, secret.current(), false);
    addDeletion(&result, vaultUrl, secret);
    return result;
}

QJsonObject deletedListItem(const QUrl &vaultUrl, const VaultSecret &secret)
{
    QJsonObject result = listItem(vaultUrl, secret);
    addDeletion(&result, vaultUrl, secret);
    return result;
}

} // namespace brickdesk::emulator::keyVaultJson
