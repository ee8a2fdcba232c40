#pragma once

#include "ApiMessage.h"

#include <optional>

namespace brickdesk::emulator {

class EntraService;

// Checks the bearer token of a Key Vault request: nothing when it is an unexpired access token
// issued by the emulator's Entra ID for https://vault.azure.net. Otherwise 401 Unauthorized with
// Key Vault's challenge (WWW-Authenticate: Bearer authorization="<authority>/<tenant>",
// resource="https://vault.azure.net") for no token, a token not issued here (a workspace PAT) or
// an expired one, and 403 Forbidden for a token meant for another audience.
std::optional<ApiResponse> checkKeyVaultAccess(const ApiRequest &request,
                                               const EntraService &entra);

} // namespace brickdesk::emulator
