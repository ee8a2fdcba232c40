#pragma once

#include <QString>
#include <QUrl>
#include <functional>

namespace brickdesk::emulator {

class ApiRouter;
class KeyVaultStore;
class Simulation;

// The Key Vault data plane (secrets, api-version 7.x) under /keyvault/{vault}: list (paged by
// maxresults 1..25 and nextLink), versions, get, set, update, soft delete, deleted secrets,
// purge and recover, with Azure's error shape. Authentication and the api-version check happen
// before (AzureFrontDoor). `vaultUrl` gives a vault's base URL, for ids and nextLink.
void registerKeyVaultApi(ApiRouter &router, KeyVaultStore &store, Simulation &sim,
                         std::function<QUrl(const QString &vault)> vaultUrl);

} // namespace brickdesk::emulator
