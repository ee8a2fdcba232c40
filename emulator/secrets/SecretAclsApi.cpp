#include "SecretAclsApi.h"

#include "ApiRouter.h"
#include "BodyParams.h"
#include "RequestParams.h"
#include "SecretStore.h"
#include "SecretsBackend.h"
#include "Simulation.h"

#include <QJsonArray>

namespace brickdesk::emulator {

namespace {

QJsonObject aclItem(const QString &principal, SecretPermission permission)
{
    return QJsonObject{{QStringLiteral("principal"), principal},
                       {QStringLiteral("permission"), secretPermissionName(permission)}};
}

ApiResponse noAcl(const QString &principal, const SecretScope &scope)
{
    return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                              QStringLiteral("No ACL for principal ") + principal +
                                  QStringLiteral(" in scope ") + scope.name + QLatin1Char('.'));
}

// The scope named by `scopeName`, when the caller may manage it.
std::optional<ApiResponse> manageableScope(SecretsBackend &backend, const ApiRequest &request,
                                           const QString &scopeName, SecretScope **scope)
{
    if (auto error = backend.findScope(scopeName, scope))
        return error;
    return backend.requirePermission(**scope, request.caller, SecretPermission::Manage);
}

ApiResponse putAcl(SecretsBackend &backend, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString scopeName;
    QString principal;
    QString permissionName;
    if (auto error = requireStringField(body, QStringLiteral("scope"), &scopeName))
        return *error;
    if (auto error = requireStringField(body, QStringLiteral("principal"), &principal))
        return *error;
    if (auto error = requireStringField(body, QStringLiteral("permission"), &permissionName))
        return *error;
    const std::optional<SecretPermission> permission = parseSecretPermission(permissionName);
    if (!permission) {
        return ApiResponse::invalidParameter(QStringLiteral("Invalid permission '") +
                                             permissionName +
                                             QStringLiteral("': expected READ, WRITE or "
                                                            "MANAGE."));
    }
    SecretScope *scope = nullptr;
    if (auto error = manageableScope(backend, request, scopeName, &scope))
        return *error;
    scope->acls[principal] = *permission;
    backend.sim().persist();
    return ApiResponse::ok();
}

ApiResponse getAcl(SecretsBackend &backend, const ApiRequest &request)
{
    QString scopeName;
    QString principal;
    if (auto error = readRequiredString(request, QStringLiteral("scope"), &scopeName))
        return *error;
    if (auto error = readRequiredString(request, QStringLiteral("principal"), &principal))
        return *error;
    SecretScope *scope = nullptr;
    if (auto error = manageableScope(backend, request, scopeName, &scope))
        return *error;
    const auto it = scope->acls.find(principal);
    if (it == scope->acls.end())
        return noAcl(principal, *scope);
    return ApiResponse::ok(aclItem(it->first, it->second));
}

ApiResponse listAcls(SecretsBackend &backend, const ApiRequest &request)
{
    QString scopeName;
    if (auto error = readRequiredString(request, QStringLiteral("scope"), &scopeName))
        return *error;
    SecretScope *scope = nullptr;
    if (auto error = manageableScope(backend, request, scopeName, &scope))
        return *error;
    QJsonArray items;
    for (const auto &[principal, permission] : scope->acls)
        items.append(aclItem(principal, permission));
    return ApiResponse::ok(items.isEmpty() ? QJsonObject()
                                           : QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse deleteAcl(SecretsBackend &backend, const ApiRequest &request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, &body))
        return *error;
    QString scopeName;
    QString principal;
    if (auto error = requireStringField(body, QStringLiteral("scope"), &scopeName))
        return *error;
    if (auto error = requireStringField(body, QStringLiteral("principal"), &principal))
        return *error;
    SecretScope *scope = nullptr;
    if (auto error = manageableScope(backend, request, scopeName, &scope))
        return *error;
    if (scope->acls.erase(principal) == 0)
        return noAcl(principal, *scope);
    backend.sim().persist();
    return ApiResponse::ok();
}

} // namespace

void registerSecretAclsApi(ApiRouter &router, SecretsBackend &backend)
{
    router.post(QStringLiteral("/api/2.0/secrets/acls/put"),
                [&backend](const ApiRequest &request) { return putAcl(backend, request); });
    router.get(QStringLiteral("/api/2.0/secrets/acls/get"),
               [&backend](const ApiRequest &request) { return getAcl(backend, request); });
    router.get(QStringLiteral("/api/2.0/secrets/acls/list"),
               [&backend](const ApiRequest &request) { return listAcls(backend, request); });
    router.post(QStringLiteral("/api/2.0/secrets/acls/delete"),
                [&backend](const ApiRequest &request) { return deleteAcl(backend, request); });
}

} // namespace brickdesk::emulator
