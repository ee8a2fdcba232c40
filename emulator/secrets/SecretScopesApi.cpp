#include "SecretScopesApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "DemoSeed.h"
#include "SecretLimits.h"
#include "SecretStore.h"
#include "SecretsBackend.h"
#include "Simulation.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

const QString kDatabricksBackend = QStringLiteral("DATABRICKS");
const QString kKeyVaultBackend = QStringLiteral("AZURE_KEYVAULT");

// backend_azure_keyvault's two fields, both required.
std::optional<ApiResponse> readKeyVaultMetadata(const QJsonObject &body, SecretScope *scope)
{
    QJsonObject metadata;
    if (auto error = readObjectField(body, QStringLiteral("backend_azure_keyvault"), &metadata))
        return error;
    scope->resourceId = metadata.value(QStringLiteral("resource_id")).toString();
    scope->dnsName = metadata.value(QStringLiteral("dns_name")).toString();
    QStringList missing;
    if (scope->resourceId.isEmpty())
        missing.append(QStringLiteral("backend_azure_keyvault.resource_id"));
    if (scope->dnsName.isEmpty())
        missing.append(QStringLiteral("backend_azure_keyvault.dns_name"));
    if (!missing.isEmpty()) {
        return ApiResponse::invalidParameter(QStringLiteral("Missing required fields: ") +
                                             missing.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

bool isEntraCaller(const ApiCaller &caller)
{
    return caller.credential == ApiCaller::Credential::EntraUser ||
           caller.credential == ApiCaller::Credential::EntraApplication;
}

ApiResponse createScope(SecretsBackend &backend, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    SecretScope scope;
    if (auto error = requireStringField(body, QStringLiteral("scope"), &scope.name))
        return *error;
    if (auto error = checkScopeName(scope.name))
        return *error;
    QString initialManager;
    if (auto error = readStringField(body, QStringLiteral("initial_manage_principal"), QString(),
                                     &initialManager)) {
        return *error;
    }
    if (!initialManager.isEmpty() && initialManager != SecretStore::kAllUsers) {
        return ApiResponse::invalidParameter(
            QStringLiteral("Invalid initial_manage_principal '") + initialManager +
            QStringLiteral("': the only supported principal is 'users'."));
    }
    QString backendType;
    if (auto error = readStringField(body, QStringLiteral("scope_backend_type"), kDatabricksBackend,
                                     &backendType)) {
        return *error;
    }
    if (backendType != kDatabricksBackend && backendType != kKeyVaultBackend) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid scope_backend_type '") +
                                             backendType +
                                             QStringLiteral("': expected DATABRICKS or "
                                                            "AZURE_KEYVAULT."));
    }
    if (backendType == kKeyVaultBackend) {
        scope.keyVaultBacked = true;
        if (auto error = readKeyVaultMetadata(body, &scope))
            return *error;
        if (!isEntraCaller(request.caller)) {
            return ApiResponse::invalidParameter(
                QStringLiteral("Scope with Azure KeyVault must have userAADToken defined!"));
        }
        scope.emulatorVault = backend.vaultForDnsName(scope.dnsName).value_or(QString());
    }
    if (const SecretScope *existing = backend.store().scope(scope.name)) {
        return ApiResponse::error(400, QStringLiteral("RESOURCE_ALREADY_EXISTS"),
                                  QStringLiteral("Scope ") + existing->name +
                                      QStringLiteral(" already exists!"));
    }
    if (backend.store().scopeCount() >= kMaxSecretScopes) {
        return ApiResponse::error(400, QStringLiteral("RESOURCE_LIMIT_EXCEEDED"),
                                  QStringLiteral("This workspace already has the maximum of %1 "
                                                 "secret scopes.")
                                      .arg(kMaxSecretScopes));
    }
    // The emulator has one current user (SCIM Me), the creator whatever the credential; an
    // application that creates a scope manages it too, so that it can use what it made.
    scope.acls[demoUserName()] = SecretPermission::Manage;
    scope.acls[request.caller.principal] = SecretPermission::Manage;
    if (!initialManager.isEmpty())
        scope.acls[SecretStore::kAllUsers] = SecretPermission::Manage;
    backend.store().addScope(scope);
    backend.sim().persist();
    return ApiResponse::ok();
}

ApiResponse listScopes(SecretsBackend &backend)
{
    QJsonArray scopes;
    const QList<const SecretScope *> all = backend.store().scopes();
    for (const SecretScope *scope : all) {
        QJsonObject item{{QStringLiteral("name"), scope->name},
                         {QStringLiteral("backend_type"),
                          scope->keyVaultBacked ? kKeyVaultBackend : kDatabricksBackend}};
        if (scope->keyVaultBacked) {
            item.insert(QStringLiteral("keyvault_metadata"),
                        QJsonObject{{QStringLiteral("resource_id"), scope->resourceId},
                                    {QStringLiteral("dns_name"), backend.shownDnsName(*scope)}});
        }
        scopes.append(item);
    }
    // The service leaves an empty list out.
    return ApiResponse::ok(scopes.isEmpty() ? QJsonObject()
                                            : QJsonObject{{QStringLiteral("scopes"), scopes}});
}

ApiResponse deleteScope(SecretsBackend &backend, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString name;
    if (auto error = requireStringField(body, QStringLiteral("scope"), &name))
        return *error;
    SecretScope *scope = nullptr;
    if (auto error = backend.findScope(name, &scope))
        return *error;
    if (auto error = backend.requirePermission(*scope, request.caller, SecretPermission::Manage))
        return *error;
    backend.store().removeScope(name);
    backend.sim().persist();
    return ApiResponse::ok();
}

} // namespace

void registerSecretScopesApi(ApiRouter &router, SecretsBackend &backend)
{
    router.post(QStringLiteral("/api/2.0/secrets/scopes/create"),
                [&backend](const ApiRequest &request) { return createScope(backend, request); });
    router.get(QStringLiteral("/api/2.0/secrets/scopes/list"),
               [&backend](const ApiRequest &) { return listScopes(backend); });
    router.post(QStringLiteral("/api/2.0/secrets/scopes/delete"),
                [&backend](const ApiRequest &request) { return deleteScope(backend, request); });
}

} // namespace brickdesk::emulator
