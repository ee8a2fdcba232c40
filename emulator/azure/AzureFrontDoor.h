#pragma once

#include "ApiMessage.h"

#include <QString>

namespace brickdesk::emulator {

class ApiRouter;
class EntraService;

// Requests for the emulated Azure services: /entra/... (Entra ID, no credential needed) and
// /keyvault/<vault>/... (Key Vault: an Entra token for https://vault.azure.net and an api-version
// 7.x). They bypass the workspace's token check and answer in Azure's shapes, unknown paths
// included. A trailing slash is dropped first, as Azure SDKs send "secrets/<name>/?api-version"
// for the current version.
class AzureFrontDoor
{
public:
    AzureFrontDoor(const ApiRouter &router, const EntraService &entra);

    static bool serves(const QString &path);
    ApiResponse answer(ApiRequest request) const;

private:
    const ApiRouter &m_router;
    const EntraService &m_entra;
};

} // namespace brickdesk::emulator
