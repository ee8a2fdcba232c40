#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

// Checks an Authorization header against the one accepted bearer token. Nothing when it matches;
// otherwise 401 UNAUTHENTICATED (no or malformed header) or 403 PERMISSION_DENIED (another token).
// The answers never contain the token, the given one or the expected one.
std::optional<ApiResponse> checkBearerToken(const QByteArray &authorizationHeader,
                                            const QString &acceptedToken);

} // namespace brickdesk::emulator
