#include "SecretsBackend.h"

#include "SecretStore.h"
#include "azure/KeyVaultStore.h"

namespace brickdesk::emulator {

namespace {

// A URL compared as a vault address: scheme and host in lower case, no trailing slash.
QString vaultKey(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() +
           QLatin1Char(':') + QString::number(url.port(-1)) + path;
}

} // namespace

SecretsBackend::SecretsBackend(SecretStore &store, const KeyVaultStore &vaults, Simulation &sim,
                               VaultUrl vaultUrl)
    : m_store(store)
    , m_vaults(vaults)
    , m_sim(sim)
    , m_vaultUrl(std::move(vaultUrl))
{}

std::optional<ApiResponse> SecretsBackend::findScope(const QString &name, SecretScope **scope)
{
    *scope = m_store.scope(name);
    if (*scope)
        return std::nullopt;
    return ApiResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
                              QStringLiteral("Scope ") + name + QStringLiteral(" does not exist!"));
}

std::optional<ApiResponse> SecretsBackend::requirePermission(const SecretScope &scope,
                                                             const ApiCaller &caller,
                                                             SecretPermission needed) const
{
    const std::optional<SecretPermission> held = SecretStore::permissionOf(scope, caller.principal);
    if (held && *held >= needed)
        return std::nullopt;
    return ApiResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
                              QStringLiteral("User ") + caller.principal +
                                  QStringLiteral(" does not have ") + secretPermissionName(needed) +
                                  QStringLiteral(" permission on scope ") + scope.name +
                                  QStringLiteral(" to perform this action."));
}

std::optional<QString> SecretsBackend::vaultForDnsName(const QString &dnsName) const
{
    const QUrl url(dnsName, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString wanted = vaultKey(url);
    const QStringList vaults = m_vaults.vaultNames();
    for (const QString &vault : vaults) {
        if (vaultKey(m_vaultUrl(vault)) == wanted)
            return vault;
    }
    return std::nullopt;
}

std::optional<QString> SecretsBackend::vaultOfScope(const SecretScope &scope) const
{
    if (!scope.keyVaultBacked)
        return std::nullopt;
    if (!scope.emulatorVault.isEmpty() && m_vaults.hasVault(scope.emulatorVault))
        return scope.emulatorVault;
    return vaultForDnsName(scope.dnsName);
}

QString SecretsBackend::shownDnsName(const SecretScope &scope) const
{
    if (scope.emulatorVault.isEmpty() || !m_vaults.hasVault(scope.emulatorVault))
        return scope.dnsName;
    QString url = m_vaultUrl(scope.emulatorVault).toString();
    if (scope.dnsName.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return url;
}

} // namespace brickdesk::emulator
