#pragma once

#include "ApiMessage.h"
#include "SecretPermission.h"

#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace brickdesk::emulator {

class KeyVaultStore;
class SecretStore;
class Simulation;
struct SecretScope;

// What the secrets API works with: the scopes, the emulated vaults that Key Vault-backed scopes
// read, the simulation (clock, persistence), and each vault's URL. Plus the checks every call
// shares.
class SecretsBackend
{
public:
    using VaultUrl = std::function<QUrl(const QString &vault)>;

    SecretsBackend(SecretStore &store, const KeyVaultStore &vaults, Simulation &sim,
                   VaultUrl vaultUrl);

    SecretStore &store() { return m_store; }
    const KeyVaultStore &vaults() const { return m_vaults; }
    Simulation &sim() { return m_sim; }

    // The scope, or 404 RESOURCE_DOES_NOT_EXIST "Scope <name> does not exist!".
    std::optional<ApiResponse> findScope(const QString &name, SecretScope **scope);
    // 403 PERMISSION_DENIED when the caller's permission on the scope is below `needed`.
    std::optional<ApiResponse> requirePermission(const SecretScope &scope, const ApiCaller &caller,
                                                 SecretPermission needed) const;

    // The emulator vault whose URL is `dnsName` (scheme and host without regard to case, a
    // trailing slash ignored), if any.
    std::optional<QString> vaultForDnsName(const QString &dnsName) const;
    // The vault a Key Vault-backed scope reads, if it names one of the emulator's.
    std::optional<QString> vaultOfScope(const SecretScope &scope) const;
    // The dns_name scopes/list shows: the vault's current URL when the scope reads an emulator
    // vault (so it follows the port), else the dns_name as given.
    QString shownDnsName(const SecretScope &scope) const;

private:
    SecretStore &m_store;
    const KeyVaultStore &m_vaults;
    Simulation &m_sim;
    VaultUrl m_vaultUrl;
};

} // namespace brickdesk::emulator
