#include "Authentication.h"

#include "DemoSeed.h"
#include "azure/EntraScopes.h"
#include "azure/EntraTokens.h"

namespace brickdesk::emulator {

std::optional<QByteArray> bearerToken(const QByteArray &authorizationHeader)
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    const QByteArray header = authorizationHeader.trimmed();
    const QByteArray given = header.mid(scheme.size()).trimmed();
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme ||
        given.isEmpty() || given.contains(' ')) {
        return std::nullopt;
    }
    return given;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<ApiResponse> authenticateWorkspaceRequest(const QByteArray &authorizationHeader,
                                                        const QString &acceptedToken,
                                                        const EntraTokens *entraTokens,
                                                        ApiCaller *caller)
{
    const std::optional<QByteArray> given = bearerToken(authorizationHeader);
    if (!given) {
        return ApiResponse::error(401, QStringLiteral("UNAUTHENTICATED"),
                                  QStringLiteral("Missing or malformed Authorization header: "
                                                 "expected 'Bearer <token>'."));
    }
    if (!acceptedToken.isEmpty() && constantTimeEquals(*given, acceptedToken.toUtf8())) {
        caller->credential = ApiCaller::Credential::PersonalAccessToken;
        caller->principal = demoUserName();
        return std::nullopt;
    }
    const EntraTokens::AccessTokenInfo entra =
        entraTokens ? entraTokens->checkAccessToken(*given) : EntraTokens::AccessTokenInfo();
    switch (entra.status) {
    case EntraTokens::Status::Unknown:
        return ApiResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
                                  QStringLiteral("Invalid access token."));
    case EntraTokens::Status::Expired:
        return ApiResponse::error(401, QStringLiteral("UNAUTHENTICATED"),
                                  QStringLiteral("Token is expired."));
    case EntraTokens::Status::Valid:
        break;
    }
    if (entra.audience != QLatin1String(kAzureDatabricksAudience)) {
        return ApiResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
                                  QStringLiteral("Invalid access token: expected the aud claim to "
                                                 "be ") +
                                      QLatin1String(kAzureDatabricksAudience) +
                                      QStringLiteral(", but was ") + entra.audience +
                                      QLatin1Char('.'));
    }
    caller->credential = entra.who.isApplication ? ApiCaller::Credential::EntraApplication
                                                 : ApiCaller::Credential::EntraUser;
    caller->principal = entra.who.principal();
    return std::nullopt;
}

} // namespace brickdesk::emulator
