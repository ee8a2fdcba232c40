#include "KeyVaultStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace brickdesk::emulator {

namespace {

QString folded(const QString &name)
{
    return name.toCaseFolded();
}

QString newVersionId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

void apply(VaultSecretVersion *version, const VaultSecretChanges &changes)
{
    if (changes.contentType)
        version->contentType = *changes.contentType;
    if (changes.tags)
        version->tags = *changes.tags;
    if (changes.enabled)
        version->enabled = *changes.enabled;
    if (changes.notBefore)
        version->notBefore = *changes.notBefore;
    if (changes.expires)
        version->expires = *changes.expires;
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<qint64> readOptionalNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

QJsonObject versionToJson(const VaultSecretVersion &version)
{
    return QJsonObject{{QStringLiteral("version"), version.version},
                       {QStringLiteral("value"), version.value},
                       {QStringLiteral("content_type"), version.contentType},
                       {QStringLiteral("tags"), version.tags},
                       {QStringLiteral("enabled"), version.enabled},
                       {QStringLiteral("nbf"), optionalNumber(version.notBefore)},
                       {QStringLiteral("exp"), optionalNumber(version.expires)},
                       {QStringLiteral("created"), version.created},
                       {QStringLiteral("updated"), version.updated}};
}

std::optional<VaultSecretVersion> versionFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    VaultSecretVersion version;
    version.version = object.value(QStringLiteral("version")).toString();
    if (!json.isObject() || version.version.isEmpty() ||
        !object.value(QStringLiteral("value")).isString()) {
        return std::nullopt;
    }
    version.value = object.value(QStringLiteral("value")).toString();
    version.contentType = object.value(QStringLiteral("content_type")).toString();
    version.tags = object.value(QStringLiteral("tags")).toObject();
    version.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    version.notBefore = readOptionalNumber(object.value(QStringLiteral("nbf")));
    version.expires = readOptionalNumber(object.value(QStringLiteral("exp")));
    version.created = readOptionalNumber(object.value(QStringLiteral("created"))).value_or(0);
    version.updated = readOptionalNumber(object.value(QStringLiteral("updated"))).value_or(0);
    return version;
}

} // namespace

bool isValidVaultSecretName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z-]+$"));
    return !name.isEmpty() && name.size() <= kMaxVaultSecretNameLength &&
           pattern.match(name).hasMatch();
}

bool isValidVaultName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z-]{3,24}$"));
    return pattern.match(name).hasMatch();
}

bool KeyVaultStore::hasVault(const QString &vault) const
{
    return m_vaults.count(folded(vault)) > 0;
}

void KeyVaultStore::addVault(const QString &vault)
{
    const QString key = folded(vault);
    if (m_vaults.count(key) > 0)
        return;
    m_vaults[key];
    m_vaultNames[key] = vault;
}

QStringList KeyVaultStore::vaultNames() const
{
    QStringList names;
    for (const auto &[key, name] : m_vaultNames)
        names.append(name);
    return names;
}

const KeyVaultStore::Secrets *KeyVaultStore::secrets(const QString &vault) const
{
    const auto it = m_vaults.find(folded(vault));
    return it == m_vaults.end() ? nullptr : &it->second;
}

const VaultSecret *KeyVaultStore::secret(const QString &vault, const QString &name) const
{
    const Secrets *all = secrets(vault);
    if (!all)
        return nullptr;
    const auto it = all->find(folded(name));
    return it == all->end() ? nullptr : &it->second;
}

VaultSecret *KeyVaultStore::find(const QString &vault, const QString &name)
{
    const auto vaultIt = m_vaults.find(folded(vault));
    if (vaultIt == m_vaults.end())
        return nullptr;
    const auto it = vaultIt->second.find(folded(name));
    return it == vaultIt->second.end() ? nullptr : &it->second;
}

const VaultSecretVersion &KeyVaultStore::setSecret(const QString &vault, const QString &name,
                                                   const QString &value,
                                                   const VaultSecretChanges &changes,
                                                   qint64 nowSeconds)
{
    addVault(vault);
    VaultSecret &secret = m_vaults[folded(vault)][folded(name)];
    if (secret.name.isEmpty())
        secret.name = name;
    VaultSecretVersion version;
    version.version = newVersionId();
    version.value = value;
    version.created = nowSeconds;
    version.updated = nowSeconds;
    apply(&version, changes);
    secret.versions.append(version);
    return secret.versions.constLast();
}

void KeyVaultStore::putSecret(const QString &vault, const VaultSecret &secret)
{
    addVault(vault);
    m_vaults[folded(vault)][folded(secret.name)] = secret;
}

const VaultSecretVersion *KeyVaultStore::updateVersion(const QString &vault, const QString &name,
                                                       const QString &version,
                                                       const VaultSecretChanges &changes,
                                                       qint64 nowSeconds)
{
    VaultSecret *secret = find(vault, name);
    if (!secret || secret->isDeleted())
        return nullptr;
    for (VaultSecretVersion &candidate : secret->versions) {
        if (candidate.version.compare(version, Qt::CaseInsensitive) == 0) {
            apply(&candidate, changes);
            candidate.updated = nowSeconds;
            return &candidate;
        }
    }
    return nullptr;
}

bool KeyVaultStore::softDelete(const QString &vault, const QString &name, qint64 nowSeconds)
{
    VaultSecret *secret = find(vault, name);
    if (!secret || secret->isDeleted())
        return false;
    secret->deletedDate = nowSeconds;
    secret->scheduledPurgeDate = nowSeconds + kVaultRecoverableDays * 24 * 60 * 60;
    return true;
}

bool KeyVaultStore::recover(const QString &vault, const QString &name)
{
    VaultSecret *secret = find(vault, name);
    if (!secret || !secret->isDeleted())
        return false;
    secret->deletedDate.reset();
    secret->scheduledPurgeDate.reset();
    return true;
}

bool KeyVaultStore::purge(const QString &vault, const QString &name)
{
    const VaultSecret *secret = find(vault, name);
    if (!secret || !secret->isDeleted())
        return false;
    m_vaults[folded(vault)].erase(folded(name));
    return true;
}

QJsonObject KeyVaultStore::toJson() const
{
    QJsonObject vaults;
    for (const auto &[key, secrets] : m_vaults) {
        QJsonArray secretArray;
        for (const auto &[secretKey, secret] : secrets) {
            QJsonArray versions;
            for (const VaultSecretVersion &version : secret.versions)
                versions.append(versionToJson(version));
            secretArray.append(
                QJsonObject{{QStringLiteral("name"), secret.name},
                            {QStringLiteral("versions"), versions},
                            {QStringLiteral("deleted_date"), optionalNumber(secret.deletedDate)},
                            {QStringLiteral("scheduled_purge_date"),
                             optionalNumber(secret.scheduledPurgeDate)}});
        }
        vaults.insert(m_vaultNames.at(key), secretArray);
    }
    return vaults;
}

bool KeyVaultStore::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isObject()) {
        *error = QStringLiteral("\"key_vaults\" is not an object");
        return false;
    }
    std::map<QString, Secrets> vaults;
    std::map<QString, QString> vaultNames;
    const QJsonObject object = json.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isValidVaultName(it.key()) || !it.value().isArray()) {
            *error = QStringLiteral("key vault \"%1\" is not valid").arg(it.key());
            return false;
        }
        Secrets &secrets = vaults[folded(it.key())];
        vaultNames[folded(it.key())] = it.key();
        const QJsonArray secretArray = it.value().toArray();
        for (const QJsonValue &value : secretArray) {
            const QJsonObject secretObject = value.toObject();
            VaultSecret secret;
            secret.name = secretObject.value(QStringLiteral("name")).toString();
            const QJsonArray versions = secretObject.value(QStringLiteral("versions")).toArray();
            for (const QJsonValue &versionJson : versions) {
                std::optional<VaultSecretVersion> version = versionFromJson(versionJson);
                if (!version) {
                    *error = QStringLiteral("a version of secret \"%1\" in key vault \"%2\" is "
                                            "not valid")
                                 .arg(secret.name, it.key());
                    return false;
                }
                secret.versions.append(*version);
            }
            if (!isValidVaultSecretName(secret.name) || secret.versions.isEmpty()) {
                *error = QStringLiteral("a secret in key vault \"%1\" has no valid name or no "
                                        "version")
                             .arg(it.key());
                return false;
            }
            secret.deletedDate =
                readOptionalNumber(secretObject.value(QStringLiteral("deleted_date")));
            secret.scheduledPurgeDate =
                readOptionalNumber(secretObject.value(QStringLiteral("scheduled_purge_date")));
            secrets[folded(secret.name)] = secret;
        }
    }
    m_vaults = std::move(vaults);
    m_vaultNames = std::move(vaultNames);
    return true;
}

} // namespace brickdesk::emulator
