#include "Authentication.h"

namespace brickdesk::emulator {

namespace {

// Compares without stopping at the first difference, so timing says nothing about the token.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

std::optional<ApiResponse> checkBearerToken(const QByteArray &authorizationHeader,
                                            const QString &acceptedToken)
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    const QByteArray header = authorizationHeader.trimmed();
    const QByteArray given = header.mid(scheme.size()).trimmed();
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme ||
        given.isEmpty() || given.contains(' ')) {
        return ApiResponse::error(401, QStringLiteral("UNAUTHENTICATED"),
                                  QStringLiteral("Missing or malformed Authorization header: "
                                                 "expected 'Bearer <token>'."));
    }
    if (acceptedToken.isEmpty() || !constantTimeEquals(given, acceptedToken.toUtf8())) {
        return ApiResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
                                  QStringLiteral("Invalid access token."));
    }
    return std::nullopt;
}

} // namespace brickdesk::emulator
