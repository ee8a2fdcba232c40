#pragma once

#include "ApiMessage.h"

#include <QString>
#include <optional>

namespace brickdesk::emulator {

// The audiences the fake Entra ID issues tokens for.
inline constexpr char kKeyVaultAudience[] = "https://vault.azure.net";
inline constexpr char kAzureDatabricksAudience[] = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";
inline constexpr char kMicrosoftGraphAudience[] = "00000003-0000-0000-c000-000000000000";

// What a token request's `scope` parameter asks for.
struct RequestedScope
{
    QString audience;           // the resource the access token is for
    QString grantedScope;       // the resource scopes, as the answer's `scope` repeats them
    bool offlineAccess = false; // offline_access: the answer carries a refresh token
};

// Reads a space-separated `scope` ("https://vault.azure.net/.default offline_access"). The
// resources: Key Vault and Azure Databricks (as a URI or the application id), with /.default or
// /user_impersonation; without any resource, Microsoft Graph. Client credentials need exactly
// one resource with /.default. The error answers are Entra's (invalid_scope, invalid_resource).
std::optional<ApiResponse> resolveScope(const QString &scope, const QString &tenantId,
                                        bool clientCredentials, RequestedScope *requested);

} // namespace brickdesk::emulator
