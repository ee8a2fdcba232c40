#include "SecretScope.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace brickdesk {

QString secretBackendId(SecretBackend backend)
{
    return backend == SecretBackend::AzureKeyVault ? QStringLiteral("AZURE_KEYVAULT")
                                                   : QStringLiteral("DATABRICKS");
}

QString secretPermissionId(SecretPermission permission)
{
    switch (permission) {
    case SecretPermission::Read:
        return QStringLiteral("READ");
    case SecretPermission::Write:
        return QStringLiteral("WRITE");
    case SecretPermission::Manage:
        return QStringLiteral("MANAGE");
    }
    return QString();
}

std::optional<SecretPermission> secretPermissionFromId(const QString &id)
{
    for (SecretPermission permission :
         {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage}) {
        if (secretPermissionId(permission) == id)
            return permission;
    }
    return std::nullopt;
}

QJsonObject SecretScopeSpec::toJson() const
{
    QJsonObject body{{QStringLiteral("scope"), name},
                     {QStringLiteral("scope_backend_type"), secretBackendId(backend)}};
    if (usersCanManage)
        body.insert(QStringLiteral("initial_manage_principal"), QStringLiteral("users"));
    if (backend == SecretBackend::AzureKeyVault)
        body.insert(QStringLiteral("backend_azure_keyvault"),
                    QJsonObject{{QStringLiteral("resource_id"), keyVaultResourceId},
                                {QStringLiteral("dns_name"), keyVaultDnsName}});
    return body;
}

namespace secretAnswers {

namespace {

// A required non-empty string field.
QString requiredName(const JsonFields &fields, const QString &key)
{
    const QString value = fields.string(key);
    if (fields.ok() && value.isEmpty())
        fields.fail(fields.path(key) + QStringLiteral(": missing or empty"));
    return value;
}

template<typename T, typename Read>
std::optional<QList<T>> readList(const QJsonObject &answer, const QString &arrayKey, QString *error,
                                 Read read)
{
    const JsonFields fields(answer, QString());
    const QJsonArray array = fields.array(arrayKey); // absent when empty, as the API does
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i)
        items.append(read(fields.item(array, i, arrayKey)));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return items;
}

SecretAcl readAcl(const JsonFields &fields)
{
    SecretAcl acl;
    acl.principal = requiredName(fields, QStringLiteral("principal"));
    const QString permission = fields.string(QStringLiteral("permission"));
    if (!fields.ok())
        return acl;
    if (const auto known = secretPermissionFromId(permission))
        acl.permission = *known;
    else
        fields.fail(fields.path(QStringLiteral("permission")) +
                    QStringLiteral(": '%1' is not READ, WRITE or MANAGE").arg(permission.left(40)));
    return acl;
}

} // namespace

std::optional<QList<SecretScope>> scopes(const QJsonObject &answer, QString *error)
{
    return readList<SecretScope>(
        answer, QStringLiteral("scopes"), error, [](const JsonFields &fields) {
            SecretScope scope;
            scope.name = requiredName(fields, QStringLiteral("name"));
            const QString backend = fields.string(QStringLiteral("backend_type"));
            if (backend == QLatin1String("AZURE_KEYVAULT")) {
                scope.backend = SecretBackend::AzureKeyVault;
                const JsonFields vault = fields.child(QStringLiteral("keyvault_metadata"));
                scope.keyVaultResourceId = vault.string(QStringLiteral("resource_id"));
                scope.keyVaultDnsName = vault.string(QStringLiteral("dns_name"));
            } else if (!backend.isEmpty() && backend != QLatin1String("DATABRICKS")) {
                fields.fail(fields.path(QStringLiteral("backend_type")) +
                            QStringLiteral(": unknown backend '%1'").arg(backend.left(40)));
            }
            return scope;
        });
}

std::optional<QList<SecretMetadata>> secrets(const QJsonObject &answer, QString *error)
{
    return readList<SecretMetadata>(
        answer, QStringLiteral("secrets"), error, [](const JsonFields &fields) {
            SecretMetadata secret;
            secret.key = requiredName(fields, QStringLiteral("key"));
            secret.lastUpdated = fields.epochMs(QStringLiteral("last_updated_timestamp"));
            return secret;
        });
}

std::optional<QList<SecretAcl>> acls(const QJsonObject &answer, QString *error)
{
    return readList<SecretAcl>(answer, QStringLiteral("items"), error, readAcl);
}

std::optional<SecretAcl> acl(const QJsonObject &answer, QString *error)
{
    const JsonFields fields(answer, QString());
    SecretAcl value = readAcl(fields);
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    return value;
}

} // namespace secretAnswers

} // namespace brickdesk
