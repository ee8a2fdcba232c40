#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace brickdesk::emulator {

// Key Vault's limits: names of letters, digits and '-' (1..127), values up to 25 KB.
inline constexpr int kMaxVaultSecretNameLength = 127;
inline constexpr qsizetype kMaxVaultSecretValueBytes = 25 * 1024;
inline constexpr qint64 kVaultRecoverableDays = 90;

bool isValidVaultSecretName(const QString &name);
bool isValidVaultName(const QString &name); // 3..24 letters, digits and '-'

// One version of a secret. Times are epoch seconds, as Key Vault writes them.
struct VaultSecretVersion
{
    QString version; // 32 hex digits
    QString value;
    QString contentType;
    QJsonObject tags;
    bool enabled = true;
    std::optional<qint64> notBefore;
    std::optional<qint64> expires;
    qint64 created = 0;
    qint64 updated = 0;
};

// A secret: its versions, oldest first (the last is the current one), and when deleted, the
// dates of the soft delete.
struct VaultSecret
{
    QString name;
    QList<VaultSecretVersion> versions;
    std::optional<qint64> deletedDate;
    std::optional<qint64> scheduledPurgeDate;

    bool isDeleted() const { return deletedDate.has_value(); }
    const VaultSecretVersion &current() const { return versions.constLast(); }
};

// Properties a set or an update may give; unset ones are left alone (update) or default (set).
struct VaultSecretChanges
{
    std::optional<QString> contentType;
    std::optional<QJsonObject> tags;
    std::optional<bool> enabled;
    std::optional<std::optional<qint64>> notBefore; // set to null clears it
    std::optional<std::optional<qint64>> expires;
};

// The emulated vaults and their secrets, names compared without case as Key Vault does. Pure
// data: the API answers, and the caller persists.
class KeyVaultStore
{
public:
    using Secrets = std::map<QString, VaultSecret>; // by case-folded name

    bool hasVault(const QString &vault) const;
    void addVault(const QString &vault); // keeps an existing one
    QStringList vaultNames() const;

    const Secrets *secrets(const QString &vault) const;
    // nullptr when the vault or the secret does not exist (deleted ones included).
    const VaultSecret *secret(const QString &vault, const QString &name) const;

    // A new version; the secret must not be soft-deleted. Returns it.
    const VaultSecretVersion &setSecret(const QString &vault, const QString &name,
                                        const QString &value, const VaultSecretChanges &changes,
                                        qint64 nowSeconds);
    // Adds or replaces a whole secret, versions and deletion included (seeds).
    void putSecret(const QString &vault, const VaultSecret &secret);
    // Changes one version in place; returns it, or nullptr when there is no such version.
    const VaultSecretVersion *updateVersion(const QString &vault, const QString &name,
                                            const QString &version,
                                            const VaultSecretChanges &changes, qint64 nowSeconds);
    bool softDelete(const QString &vault, const QString &name, qint64 nowSeconds);
    bool recover(const QString &vault, const QString &name);
    bool purge(const QString &vault, const QString &name);

    QJsonObject toJson() const;
    // Replaces everything with `json` (the toJson() shape), or leaves the store as it was.
    bool fromJson(const QJsonValue &json, QString *error);

private:
    VaultSecret *find(const QString &vault, const QString &name);

    std::map<QString, Secrets> m_vaults;     // by case-folded vault name
    std::map<QString, QString> m_vaultNames; // case-folded → as configured
};

} // namespace brickdesk::emulator
