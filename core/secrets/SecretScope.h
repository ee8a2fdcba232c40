#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace brickdesk {

enum class SecretBackend
{
    Databricks,
    AzureKeyVault
};

QString secretBackendId(SecretBackend backend); // DATABRICKS / AZURE_KEYVAULT

// One secret scope as scopes/list describes it.
struct SecretScope
{
    QString name;
    SecretBackend backend = SecretBackend::Databricks;
    QString keyVaultResourceId; // Azure Key Vault-backed scopes only
    QString keyVaultDnsName;    // e.g. https://my-vault.vault.azure.net/

    bool isKeyVaultBacked() const { return backend == SecretBackend::AzureKeyVault; }
};

// A secret's metadata; the value can never be read over the REST API.
struct SecretMetadata
{
    QString key;
    QDateTime lastUpdated; // invalid when the workspace did not say
};

enum class SecretPermission
{
    Read,
    Write,
    Manage
};

QString secretPermissionId(SecretPermission permission); // READ / WRITE / MANAGE
std::optional<SecretPermission> secretPermissionFromId(const QString &id);

struct SecretAcl
{
    QString principal;
    SecretPermission permission = SecretPermission::Read;
};

// What scopes/create needs. Key Vault-backed scopes name their vault; `usersCanManage` sends
// initial_manage_principal = "users", which Standard-tier workspaces require.
struct SecretScopeSpec
{
    QString name;
    SecretBackend backend = SecretBackend::Databricks;
    QString keyVaultResourceId;
    QString keyVaultDnsName;
    bool usersCanManage = false;

    QJsonObject toJson() const;
};

// Parsers of the answers; nullopt with `error` naming the wrong field when an answer is malformed.
namespace secretAnswers {
std::optional<QList<SecretScope>> scopes(const QJsonObject &answer, QString *error);
std::optional<QList<SecretMetadata>> secrets(const QJsonObject &answer, QString *error);
std::optional<QList<SecretAcl>> acls(const QJsonObject &answer, QString *error);
std::optional<SecretAcl> acl(const QJsonObject &answer, QString *error);
} // namespace secretAnswers

} // namespace brickdesk
