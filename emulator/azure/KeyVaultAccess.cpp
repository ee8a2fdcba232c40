#include "KeyVaultAccess.h"

#include "Authentication.h"
#include "AzureErrors.h"
#include "EntraScopes.h"
#include "EntraService.h"

namespace brickdesk::emulator {

namespace {

ApiResponse unauthorized(const EntraService &entra, const QString &message)
{
    ApiResponse response = azureError(401, QStringLiteral("Unauthorized"), message);
    const QString challenge = QStringLiteral("Bearer authorization=\"") +
                              entra.authority().toString() + QLatin1Char('/') + entra.tenantId() +
                              QStringLiteral("\", resource=\"") + QLatin1String(kKeyVaultAudience) +
                              QLatin1Char('"');
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"), challenge.toUtf8()});
    return response;
}

} // namespace

std::optional<ApiResponse> checkKeyVaultAccess(const ApiRequest &request, const EntraService &entra)
{
    const std::optional<QByteArray> token = bearerToken(request.authorization);
    if (!token)
        return unauthorized(entra, QStringLiteral("AKV10000: Request is missing a Bearer or PoP "
                                                  "token."));
    const EntraTokens::AccessTokenInfo info = entra.tokens().checkAccessToken(*token);
    switch (info.status) {
    case EntraTokens::Status::Unknown:
        return unauthorized(entra, QStringLiteral("The access token is not valid: it was not "
                                                  "issued by this emulator's Microsoft Entra ID."));
    case EntraTokens::Status::Expired:
        return unauthorized(entra, QStringLiteral("The access token has expired."));
    case EntraTokens::Status::Valid:
        break;
    }
    if (info.audience != QLatin1String(kKeyVaultAudience)) {
        return azureError(403, QStringLiteral("Forbidden"),
                          QStringLiteral("Invalid audience. Expected ") +
                              QLatin1String(kKeyVaultAudience) + QStringLiteral(", found: ") +
                              info.audience + QLatin1Char('.'));
    }
    return std::nullopt;
}

} // namespace brickdesk::emulator
