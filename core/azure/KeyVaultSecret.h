#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <optional>

namespace brickdesk {

struct KeyVaultAttributes
{
    bool enabled = true;
    QDateTime notBefore; // invalid when not set
    QDateTime expires;   // invalid when the secret never expires
    QDateTime created;
    QDateTime updated;
    QString recoveryLevel;
};

// A Key Vault secret (bundle or list item). `value` is set only by get/set answers; never log it.
struct KeyVaultSecret
{
    QString id; // https://{vault}/secrets/{name}[/{version}]
    QString name;
    QString version; // empty for list items, which name the secret without a version
    std::optional<QString> value;
    QString contentType;
    KeyVaultAttributes attributes;
    QMap<QString, QString> tags;
    bool managed = false; // backs a certificate; read-only
    // Deleted secrets only.
    QString recoveryId;
    QDateTime deletedDate;
    QDateTime scheduledPurgeDate;
};

struct KeyVaultPage
{
    QList<KeyVaultSecret> items;
    QUrl nextLink; // empty on the last page
};

// Changes to a secret's properties (set, update); unset fields are left as they are.
struct KeyVaultSecretProperties
{
    std::optional<QString> contentType;
    std::optional<bool> enabled;
    std::optional<QDateTime> expires;   // an invalid QDateTime clears it
    std::optional<QDateTime> notBefore; // the same
    std::optional<QMap<QString, QString>> tags;

    QJsonObject toJson() const;
};

enum class KeyVaultExpiry
{
    Never,
    Valid,
    ExpiresSoon,
    Expired
};
// "Soon" is within `soonDays` days of `now`.
KeyVaultExpiry keyVaultExpiry(const KeyVaultAttributes &attributes, const QDateTime &now,
                              int soonDays = 30);

namespace keyVaultAnswers {
std::optional<KeyVaultSecret> secret(const QJsonObject &answer, QString *error);
std::optional<KeyVaultPage> page(const QJsonObject &answer, QString *error);
} // namespace keyVaultAnswers

// A vault's base URL, normalised (scheme://host[:port][/path], no trailing slash). https only,
// except plain http on loopback where the demo workspace runs. Empty with `error` set otherwise.
QUrl normaliseVaultUrl(const QString &input, QString *error);

// Whether `vaultUrl` is on an Azure Key Vault domain (public, China, US Government, Germany,
// Managed HSM) or on this machine. A vault address that came from a workspace (a Key Vault-backed
// scope's dns_name) must pass before a vault token or a value is sent to it.
bool isKeyVaultHost(const QUrl &vaultUrl);

// Whether a paging link stays on `vaultUrl` (scheme, host, port — the default one written or
// not — and a path under the vault's), so that following it sends the token nowhere else.
bool isLinkIntoVault(const QUrl &link, const QUrl &vaultUrl);

} // namespace brickdesk
