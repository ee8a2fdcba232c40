#include "SecretStore.h"

#include <QJsonArray>
#include <algorithm>

namespace brickdesk::emulator {

const QString SecretStore::kAllUsers = QStringLiteral("users");

namespace {

QString folded(const QString &name)
{
    return name.toCaseFolded();
}

QJsonObject scopeToJson(const SecretScope &scope)
{
    QJsonObject secrets;
    for (const auto &[key, secret] : scope.secrets) {
        secrets.insert(
            key, QJsonObject{
                     {QStringLiteral("value_base64"), QString::fromLatin1(secret.value.toBase64())},
                     {QStringLiteral("last_updated_timestamp"), secret.lastUpdatedMs}});
    }
    QJsonObject acls;
    for (const auto &[principal, permission] : scope.acls)
        acls.insert(principal, secretPermissionName(permission));
    QJsonObject json{{QStringLiteral("name"), scope.name},
                     {QStringLiteral("secrets"), secrets},
                     {QStringLiteral("acls"), acls}};
    if (scope.keyVaultBacked) {
        json.insert(QStringLiteral("keyvault"),
                    QJsonObject{{QStringLiteral("resource_id"), scope.resourceId},
                                {QStringLiteral("dns_name"), scope.dnsName},
                                {QStringLiteral("emulator_vault"), scope.emulatorVault}});
    }
    return json;
}

std::optional<SecretScope> scopeFromJson(const QJsonValue &value, QString *error)
{
    const QJsonObject json = value.toObject();
    SecretScope scope;
    scope.name = json.value(QStringLiteral("name")).toString();
    if (!value.isObject() || scope.name.isEmpty()) {
        *error = QStringLiteral("a secret scope has no name");
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("keyvault"))) {
        const QJsonObject keyVault = json.value(QStringLiteral("keyvault")).toObject();
        scope.keyVaultBacked = true;
        scope.resourceId = keyVault.value(QStringLiteral("resource_id")).toString();
        scope.dnsName = keyVault.value(QStringLiteral("dns_name")).toString();
        scope.emulatorVault = keyVault.value(QStringLiteral("emulator_vault")).toString();
    }
    const QJsonObject secrets = json.value(QStringLiteral("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        const QJsonObject secret = it.value().toObject();
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            secret.value(QStringLiteral("value_base64")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QStringLiteral("secret %1 of scope %2 has no valid value")
                         .arg(it.key(), scope.name);
            return std::nullopt;
        }
        scope.secrets[it.key()] = StoredSecret{
            decoded.decoded,
            static_cast<qint64>(secret.value(QStringLiteral("last_updated_timestamp")).toDouble())};
    }
    const QJsonObject acls = json.value(QStringLiteral("acls")).toObject();
    for (auto it = acls.constBegin(); it != acls.constEnd(); ++it) {
        const std::optional<SecretPermission> permission =
            parseSecretPermission(it.value().toString());
        if (!permission) {
            *error = QStringLiteral("the ACL of %1 on scope %2 is not READ, WRITE or MANAGE")
                         .arg(it.key(), scope.name);
            return std::nullopt;
        }
        scope.acls[it.key()] = *permission;
    }
    return scope;
}

} // namespace

const SecretScope *SecretStore::scope(const QString &name) const
{
    const auto it = m_scopes.find(folded(name));
    return it == m_scopes.end() ? nullptr : &it->second;
}

SecretScope *SecretStore::scope(const QString &name)
{
    const auto it = m_scopes.find(folded(name));
    return it == m_scopes.end() ? nullptr : &it->second;
}

QList<const SecretScope *> SecretStore::scopes() const
{
    QList<const SecretScope *> result;
    result.reserve(static_cast<qsizetype>(m_scopes.size()));
    for (const auto &[key, scope] : m_scopes)
        result.append(&scope);
    return result;
}

SecretScope &SecretStore::addScope(const SecretScope &scope)
{
    return m_scopes[folded(scope.name)] = scope;
}

bool SecretStore::removeScope(const QString &name)
{
    return m_scopes.erase(folded(name)) > 0;
}

std::optional<SecretPermission> SecretStore::permissionOf(const SecretScope &scope,
                                                          const QString &principal)
{
    std::optional<SecretPermission> result;
    for (const QString &holder : {principal, kAllUsers}) {
        const auto it = scope.acls.find(holder);
        if (it != scope.acls.end() && (!result || *result < it->second))
            result = it->second;
    }
    return result;
}

QJsonObject SecretStore::toJson() const
{
    QJsonArray scopes;
    for (const auto &[key, scope] : m_scopes)
        scopes.append(scopeToJson(scope));
    return QJsonObject{{QStringLiteral("scopes"), scopes}};
}

bool SecretStore::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isObject() || !json.toObject().value(QStringLiteral("scopes")).isArray()) {
        *error = QStringLiteral("\"secrets\" is not an object with a \"scopes\" array");
        return false;
    }
    std::map<QString, SecretScope> scopes;
    const QJsonArray array = json.toObject().value(QStringLiteral("scopes")).toArray();
    for (const QJsonValue &value : array) {
        std::optional<SecretScope> scope = scopeFromJson(value, error);
        if (!scope)
            return false;
        if (scopes.count(folded(scope->name)) > 0) {
            *error = QStringLiteral("secret scope %1 appears twice").arg(scope->name);
            return false;
        }
        scopes[folded(scope->name)] = std::move(*scope);
    }
    m_scopes = std::move(scopes);
    return true;
}

} // namespace brickdesk::emulator
