#pragma once

#include "ApiMessage.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace brickdesk::emulator {

class EntraTokens;

// The token of an "Authorization: Bearer <token>" header (scheme in any case), or nothing when
// the header is missing or malformed.
std::optional<QByteArray> bearerToken(const QByteArray &authorizationHeader);

// Compares without stopping at the first difference, so timing says nothing about a secret.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Checks the credential of a workspace (Databricks REST) request and says who sent it. Accepted:
// the workspace's personal access token (the demo user), and an unexpired access token issued by
// the emulator's Entra ID for the Azure Databricks resource (its user or application). Otherwise
// 401 UNAUTHENTICATED (no or malformed header, or an expired Entra token) or 403
// PERMISSION_DENIED (any other token, or an Entra token for another audience).
// The answers never contain a token, the given one or the expected one.
std::optional<ApiResponse> authenticateWorkspaceRequest(const QByteArray &authorizationHeader,
                                                        const QString &acceptedToken,
                                                        const EntraTokens *entraTokens,
                                                        ApiCaller *caller);

} // namespace brickdesk::emulator
